#include "io/json_layers.h"

#include <algorithm>
#include <cassert>

#include "io/document_json.h"

namespace vitext {

void add_layers(const std::vector<JsonLayer>& layers, nlohmann::json& object) {
  for (const JsonLayer& layer : layers) {
    nlohmann::json array = nlohmann::json::array();
    for (size_t i = 0; i < layer.size; ++i) array.push_back(layer.item(i));
    object[layer.key] = std::move(array);
  }
}

namespace {

void write_layer(std::ostream& out, const JsonLayer& layer) {
  out << '[';
  for (size_t i = 0; i < layer.size; ++i) {
    if (i) out << ',';
    out << dump_json_line(layer.item(i));
  }
  out << ']';
}

}  // namespace

void write_object_line(std::ostream& out, const nlohmann::json& small, const std::vector<JsonLayer>& layers) {
  assert(small.is_object());
  // nlohmann::json keeps an object's members in a std::map, so it writes them sorted by key;
  // merging the layers into that order gives the tree's bytes.
  std::vector<const JsonLayer*> sorted;
  for (const JsonLayer& layer : layers) sorted.push_back(&layer);
  std::sort(sorted.begin(), sorted.end(), [](const JsonLayer* a, const JsonLayer* b) { return a->key < b->key; });
  auto next_layer = sorted.begin();
  bool first = true;
  auto member = [&](const std::string& key) {
    out << (first ? "" : ",") << dump_json_line(nlohmann::json(key)) << ':';
    first = false;
  };
  auto write_layers_before = [&](const std::string* key) {
    for (; next_layer != sorted.end() && (!key || (*next_layer)->key < *key); ++next_layer) {
      member((*next_layer)->key);
      write_layer(out, **next_layer);
    }
  };
  out << '{';
  for (auto it = small.begin(); it != small.end(); ++it) {
    write_layers_before(&it.key());
    // A layer with a member's key would replace it in the tree (add_layers assigns).
    if (next_layer != sorted.end() && (*next_layer)->key == it.key()) continue;
    member(it.key());
    out << dump_json_line(it.value());
  }
  write_layers_before(nullptr);
  out << '}';
}

}  // namespace vitext
