#include "io/json_layers.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "io/document_json.h"

namespace vitext {
namespace {

using nlohmann::json;

std::string streamed(const json& small, const std::vector<JsonLayer>& layers) {
  std::ostringstream out;
  write_object_line(out, small, layers);
  return out.str();
}

std::string tree(json small, const std::vector<JsonLayer>& layers) {
  add_layers(layers, small);
  return dump_json_line(small);
}

JsonLayer numbers(const std::string& key, size_t n) {
  return {key, n, [](size_t i) { return json{{"i", i}, {"chữ", "số " + std::to_string(i)}}; }};
}

TEST(JsonLayers, StreamedObjectEqualsTheTreeWhereverTheLayersSort) {
  const json small = {{"id", "văn bản 1"}, {"meta", {{"bytes", 12}}}, {"errors", json::array()}};
  const std::vector<std::vector<JsonLayer>> cases = {
      {},
      {numbers("sentences", 3)},
      {numbers("awards", 0), numbers("facts", 2), numbers("zz", 1), numbers("a", 4)},
      {numbers("id", 2)},  // a layer replaces the small member of the same key, as in the tree
      {numbers("đ", 1), numbers("Z", 1)},
  };
  for (const auto& layers : cases) {
    const std::string line = streamed(small, layers);
    EXPECT_EQ(line, tree(small, layers));
    EXPECT_EQ(line, dump_json_line(json::parse(line)));
  }
}

TEST(JsonLayers, EmptySmallObjectAndEmptyLayers) {
  EXPECT_EQ(streamed(json::object(), {}), "{}");
  EXPECT_EQ(streamed(json::object(), {numbers("x", 0)}), "{\"x\":[]}");
  EXPECT_EQ(streamed(json::object(), {numbers("x", 1)}), tree(json::object(), {numbers("x", 1)}));
}

}  // namespace
}  // namespace vitext
