// A document's JSON object is a few small members (id, meta, errors) and a few arrays that
// grow with the document (sentences, entities, facts ...). A JsonLayer describes one such
// array by its items, so the same description can either be put into a nlohmann::json tree
// (the server, Python, --pretty) or be written straight to a stream an item at a time (the
// CLI on a 100 MB document), with the same bytes either way.
#pragma once

#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

namespace vitext {

struct JsonLayer {
  std::string key;
  size_t size = 0;
  // The JSON of item i (0 <= i < size); built when it is written, never kept.
  std::function<nlohmann::json(size_t)> item;
};

// Adds each layer to `object` as an array under its key.
void add_layers(const std::vector<JsonLayer>& layers, nlohmann::json& object);

// Writes the object made of `small` (an object) and the layers on one line, byte for byte
// what dump_json_line gives for the tree add_layers would build: members in nlohmann::json's
// key order, invalid UTF-8 replaced. Only one item of a layer is in memory at a time.
void write_object_line(std::ostream& out, const nlohmann::json& small, const std::vector<JsonLayer>& layers);

}  // namespace vitext
