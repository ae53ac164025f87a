#include "core/model_file.h"

#include <gtest/gtest.h>

namespace vitext {
namespace {

TEST(ModelFile, RoundTripsSections) {
  ByteWriter w;
  w.put<uint32_t>(7);
  w.put_string("Công an");
  w.put_array(std::vector<float>{1.5f, -2.0f});
  ModelWriter m;
  m.add("meta", R"({"component":"test"})");
  m.add("weights", w.take());
  std::string bytes = m.serialize();

  ModelReader r;
  ASSERT_TRUE(ModelReader::open(bytes, r).ok());
  EXPECT_EQ(r.section("meta"), R"({"component":"test"})");
  ByteReader br(r.section("weights"));
  EXPECT_EQ(br.get<uint32_t>(), 7u);
  EXPECT_EQ(br.get_string(), "Công an");
  EXPECT_EQ(br.get_array<float>(), (std::vector<float>{1.5f, -2.0f}));
  EXPECT_TRUE(br.ok());
  EXPECT_TRUE(br.at_end());
}

TEST(ModelFile, RejectsCorruptAndTruncatedFiles) {
  ModelWriter m;
  m.add("weights", std::string(100, 'x'));
  std::string bytes = m.serialize();
  ModelReader r;
  std::string corrupt = bytes;
  corrupt[corrupt.size() - 10] ^= 1;
  EXPECT_EQ(ModelReader::open(corrupt, r).code(), StatusCode::kModelError);
  EXPECT_EQ(ModelReader::open(bytes.substr(0, 40), r).code(), StatusCode::kModelError);
  EXPECT_EQ(ModelReader::open("not a model", r).code(), StatusCode::kModelError);
}

TEST(ModelFile, ByteReaderFailsCleanlyWhenTruncated) {
  ByteWriter w;
  w.put_array(std::vector<int32_t>{1, 2, 3});
  std::string b = w.take();
  ByteReader r(std::string_view(b).substr(0, b.size() - 1));
  EXPECT_TRUE(r.get_array<int32_t>().empty());
  EXPECT_FALSE(r.ok());
}

}  // namespace
}  // namespace vitext
