// A tiny accurate-parser model (src/parse/biaffine_model.h) built in C++ for tests: the
// sections train/biaffine_parser.py `export` writes, with PyTorch's state_dict names and
// shapes, random weights that float16 holds exactly (multiples of 1/32 in [-1, 1]).
#pragma once

#include <cstdint>
#include <cstring>
#include <optional>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "core/model_file.h"

namespace vitext::testing {

// IEEE half precision, rounding to nearest; enough for tests (no NaN payloads).
inline uint16_t float_to_half(float f) {
  uint32_t bits;
  std::memcpy(&bits, &f, sizeof bits);
  const uint16_t sign = static_cast<uint16_t>((bits >> 16) & 0x8000u);
  if ((bits & 0x7FFFFFFFu) > 0x7F800000u) return sign | 0x7E00u;  // NaN
  const int exponent = static_cast<int>((bits >> 23) & 0xFFu) - 127 + 15;
  uint32_t mantissa = bits & 0x7FFFFFu;
  if (exponent >= 31) return sign | 0x7C00u;  // too large: infinity
  if (exponent <= 0) {                        // subnormal or zero
    if (exponent < -10) return sign;
    mantissa |= 0x800000u;
    const int shift = 14 - exponent;
    return static_cast<uint16_t>(sign | ((mantissa >> shift) + ((mantissa >> (shift - 1)) & 1u)));
  }
  // A carry out of the mantissa correctly moves to the next exponent.
  return static_cast<uint16_t>((sign | (exponent << 10) | (mantissa >> 13)) + ((mantissa >> 12) & 1u));
}

struct Tensor {
  std::string name;
  std::vector<uint32_t> shape;
  std::vector<float> values;
  float at(size_t i, size_t j) const { return values[i * shape[1] + j]; }
  float at(size_t i, size_t j, size_t k) const { return values[(i * shape[1] + j) * shape[2] + k]; }
};

// u32 rank, u32 sizes, float16 values.
inline std::string tensor_payload(const std::vector<uint32_t>& shape, const std::vector<float>& values) {
  ByteWriter w;
  w.put<uint32_t>(static_cast<uint32_t>(shape.size()));
  for (uint32_t s : shape) w.put<uint32_t>(s);
  for (float v : values) w.put<uint16_t>(float_to_half(v));
  return w.take();
}

struct SyntheticBiaffine {
  uint32_t version = 1, members = 2, word_dim = 4, tag_dim = 2, hidden = 3, layers = 2, max_syllables = 4;
  uint32_t arc_dim = 5, rel_dim = 3;
  float vote_weight = 2.0f;
  std::optional<float> label_vote_weight;  // unset: the config of the first format, without it
  std::vector<std::string> words = {"công an", "tỉnh", "bắt", "đối tượng", ".", "nói"};
  std::vector<std::string> syllables = {"công", "an", "tỉnh", "bắt", "đối", "tượng", ".", "nói"};
  std::vector<std::string> upos = {"NOUN", "VERB", "PUNCT", "ADV"}, xpos = {"N", "V", "PUNCT"};
  std::vector<std::string> labels = {"nsubj", "obj", "punct", "root"};
  uint32_t seed = 1;

  // Member k's tensors in state_dict order.
  std::vector<Tensor> tensors(uint32_t k) const {
    std::mt19937 rng(seed * 1000 + k);
    std::uniform_int_distribution<int> step(-32, 32);
    std::vector<Tensor> out;
    const auto add = [&](std::string name, std::vector<uint32_t> shape) {
      size_t count = 1;
      for (uint32_t s : shape) count *= s;
      std::vector<float> values(count);
      for (float& v : values) v = static_cast<float>(step(rng)) / 32.0f;
      out.push_back({std::move(name), std::move(shape), std::move(values)});
    };
    const auto count = [](const std::vector<std::string>& v) { return static_cast<uint32_t>(v.size() + 3); };
    add("word.weight", {count(words), word_dim});
    add("syll.weight", {count(syllables), word_dim});
    add("upos.weight", {count(upos), tag_dim});
    add("xpos.weight", {count(xpos), tag_dim});
    for (uint32_t layer = 0; layer < layers; ++layer)
      for (std::string suffix : {"", "_reverse"}) {
        const std::string l = "_l" + std::to_string(layer) + suffix;
        add("lstm.weight_ih" + l, {4 * hidden, layer == 0 ? 2 * word_dim + 2 * tag_dim : 2 * hidden});
        add("lstm.weight_hh" + l, {4 * hidden, hidden});
        add("lstm.bias_ih" + l, {4 * hidden});
        add("lstm.bias_hh" + l, {4 * hidden});
      }
    for (auto [name, dim] : {std::pair{"arc_dep", arc_dim}, {"arc_head", arc_dim}, {"rel_dep", rel_dim}, {"rel_head", rel_dim}}) {
      add(std::string(name) + ".linear.weight", {dim, 2 * hidden});
      add(std::string(name) + ".linear.bias", {dim});
    }
    add("arc_weight", {arc_dim + 1, arc_dim});
    add("rel_weight", {static_cast<uint32_t>(labels.size()), rel_dim + 1, rel_dim + 1});
    return out;
  }

  std::string config() const {
    ByteWriter w;
    for (uint32_t v : {version, members, word_dim, tag_dim, hidden, layers, max_syllables}) w.put<uint32_t>(v);
    w.put<float>(vote_weight);
    w.put<uint32_t>(arc_dim);
    w.put<uint32_t>(rel_dim);
    if (label_vote_weight) w.put<float>(*label_vote_weight);
    return w.take();
  }

  std::string vocab() const {
    ByteWriter w;
    for (const auto* list : {&words, &syllables, &upos, &xpos, &labels}) {
      w.put<uint32_t>(static_cast<uint32_t>(list->size()));
      for (const std::string& s : *list) w.put_string(s);
    }
    return w.take();
  }

  // Section name and payload, in the order export writes them.
  std::vector<std::pair<std::string, std::string>> sections() const {
    std::vector<std::pair<std::string, std::string>> out = {
        {"meta", "{\"component\":\"parser-biaffine\"}"}, {"config", config()}, {"vocab", vocab()}};
    for (uint32_t k = 0; k < members; ++k)
      for (const Tensor& t : tensors(k)) out.emplace_back("m" + std::to_string(k) + "/" + t.name, tensor_payload(t.shape, t.values));
    return out;
  }

  std::string bytes() const { return serialize(sections()); }

  static std::string serialize(const std::vector<std::pair<std::string, std::string>>& sections) {
    ModelWriter w;
    for (const auto& [name, payload] : sections) w.add(name, payload);
    return w.serialize();
  }
};

}  // namespace vitext::testing
