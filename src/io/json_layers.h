// A document's JSON object is a few small members (id, meta, errors) and a few arrays that
// grow with the document (sentences, entities, facts ...). A JsonLayer describes one such
// array by its items, so the same description can either be put into a nlohmann::json tree
// (the server, Python) or be written straight to a stream an item at a time (the CLI on a
// 100 MB document), with the same bytes either way.
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
  // Optional, for the layers with most items: appends item i as one-line JSON, the same bytes
  // as item(i).dump(), without building it. Used when the output is one line.
  std::function<void(size_t, std::string&)> compact = nullptr;
};

// nlohmann::json's own layout, written a piece at a time: indent < 0 is one line, else that
// many spaces per level.
class JsonLayout {
 public:
  JsonLayout(std::ostream& out, int indent) : out_(out), indent_(indent) {}

  // A value dumped on its own, written `depth` levels deep.
  void value(const nlohmann::json& v, int depth);
  // Before an element of a container whose contents are `depth` levels deep.
  void element(bool first, int depth);
  void key(const std::string& k);
  // Closes a non-empty container that stands `depth` levels deep.
  void close(char bracket, int depth);
  std::ostream& out() { return out_; }
  bool one_line() const { return indent_ < 0; }

 private:
  std::ostream& out_;
  int indent_;
};

// Adds each layer to `object` as an array under its key.
void add_layers(const std::vector<JsonLayer>& layers, nlohmann::json& object);

// Writes the object made of `small` (an object) and the layers, byte for byte what
// nlohmann::json's dump(indent) (invalid UTF-8 replaced) gives for the tree add_layers would
// build: members in its key order, indent < 0 for one line. Only one item of a layer is in
// memory at a time. Layer keys are distinct.
void write_object(std::ostream& out, const nlohmann::json& small, const std::vector<JsonLayer>& layers,
                  int indent = -1);

}  // namespace vitext
