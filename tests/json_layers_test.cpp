#include "io/json_layers.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "io/document_json.h"

namespace vitext {
namespace {

using nlohmann::json;

std::string streamed(const json& small, const std::vector<JsonLayer>& layers, int indent = -1) {
  std::ostringstream out;
  write_object(out, small, layers, indent);
  return out.str();
}

std::string tree(json small, const std::vector<JsonLayer>& layers, int indent = -1) {
  add_layers(layers, small);
  return small.dump(indent, ' ', false, json::error_handler_t::replace);
}

JsonLayer numbers(const std::string& key, size_t n) {
  return {key, n, [](size_t i) {
            return json{{"i", i}, {"chữ", "số\n" + std::to_string(i)}, {"lồng", {{"a", json::array({i, "x"})}}}};
          }};
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
    for (int indent : {0, 2, 4}) EXPECT_EQ(streamed(small, layers, indent), tree(small, layers, indent)) << indent;
  }
}

TEST(JsonLayers, EmptySmallObjectAndEmptyLayers) {
  EXPECT_EQ(streamed(json::object(), {}), "{}");
  EXPECT_EQ(streamed(json::object(), {numbers("x", 0)}), "{\"x\":[]}");
  EXPECT_EQ(streamed(json::object(), {numbers("x", 1)}), tree(json::object(), {numbers("x", 1)}));
  for (int indent : {-1, 2}) {
    EXPECT_EQ(streamed(json::object(), {}, indent), "{}");
    EXPECT_EQ(streamed(json::object(), {numbers("x", 0)}, indent), tree(json::object(), {numbers("x", 0)}, indent));
    EXPECT_EQ(streamed({{"m", json::object()}}, {}, indent), tree({{"m", json::object()}}, {}, indent));
  }
}

}  // namespace
}  // namespace vitext
