#include "io/json_layers.h"

#include <algorithm>
#include <cassert>

namespace vitext {

void add_layers(const std::vector<JsonLayer>& layers, nlohmann::json& object) {
  for (const JsonLayer& layer : layers) {
    nlohmann::json array = nlohmann::json::array();
    for (size_t i = 0; i < layer.size; ++i) array.push_back(layer.item(i));
    object[layer.key] = std::move(array);
  }
}

void JsonLayout::value(const nlohmann::json& v, int depth) {
  const std::string text = v.dump(indent_, ' ', false, nlohmann::json::error_handler_t::replace);
  if (indent_ <= 0 || depth == 0) {
    out_ << text;
    return;
  }
  // JSON strings hold no raw line break, so every '\n' of the dump is layout and takes the
  // padding of that depth.
  const std::string pad(static_cast<size_t>(indent_ * depth), ' ');
  size_t from = 0;
  for (size_t nl; (nl = text.find('\n', from)) != std::string::npos; from = nl + 1) {
    out_.write(text.data() + from, static_cast<std::streamsize>(nl + 1 - from));
    out_ << pad;
  }
  out_.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

void JsonLayout::element(bool first, int depth) {
  if (!first) out_ << ',';
  if (indent_ >= 0) out_ << '\n' << std::string(static_cast<size_t>(indent_ * depth), ' ');
}

void JsonLayout::key(const std::string& k) {
  value(nlohmann::json(k), 0);
  out_ << (indent_ >= 0 ? ": " : ":");
}

void JsonLayout::close(char bracket, int depth) {
  if (indent_ >= 0) out_ << '\n' << std::string(static_cast<size_t>(indent_ * depth), ' ');
  out_ << bracket;
}

namespace {

// A layer is an array member of the top-level object: its items stand two levels deep.
void write_layer(JsonLayout& layout, const JsonLayer& layer) {
  if (layer.size == 0) {
    layout.out() << "[]";
    return;
  }
  layout.out() << '[';
  std::string compact;
  for (size_t i = 0; i < layer.size; ++i) {
    layout.element(i == 0, 2);
    if (layer.compact && layout.one_line()) {
      compact.clear();
      layer.compact(i, compact);
      layout.out() << compact;
    } else {
      layout.value(layer.item(i), 2);
    }
  }
  layout.close(']', 1);
}

}  // namespace

void write_object(std::ostream& out, const nlohmann::json& small, const std::vector<JsonLayer>& layers, int indent) {
  assert(small.is_object());
  // nlohmann::json keeps an object's members in a std::map, so it writes them sorted by key;
  // merging the layers into that order gives the tree's bytes.
  std::vector<const JsonLayer*> sorted;
  for (const JsonLayer& layer : layers) sorted.push_back(&layer);
  std::sort(sorted.begin(), sorted.end(), [](const JsonLayer* a, const JsonLayer* b) { return a->key < b->key; });
  JsonLayout layout(out, indent);
  auto next_layer = sorted.begin();
  bool first = true;
  auto member = [&](const std::string& key) {
    layout.element(first, 1);
    layout.key(key);
    first = false;
  };
  auto write_layers_before = [&](const std::string* key) {
    for (; next_layer != sorted.end() && (!key || (*next_layer)->key < *key); ++next_layer) {
      member((*next_layer)->key);
      write_layer(layout, **next_layer);
    }
  };
  out << '{';
  for (auto it = small.begin(); it != small.end(); ++it) {
    write_layers_before(&it.key());
    // A layer with a member's key would replace it in the tree (add_layers assigns).
    if (next_layer != sorted.end() && (*next_layer)->key == it.key()) continue;
    member(it.key());
    layout.value(it.value(), 1);
  }
  write_layers_before(nullptr);
  if (first) out << '}';
  else layout.close('}', 0);
}

}  // namespace vitext
