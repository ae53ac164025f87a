// The accurate parser's neural members: BiLSTM + biaffine graph parsers (Dozat and Manning,
// "Deep biaffine attention for neural dependency parsing", 2017), trained by
// train/biaffine_parser.py and run here. Several members are averaged, and another parser's
// tree (vitext's perceptron) may vote; Eisner's algorithm then picks the best projective tree.
//
// Model file sections (src/core/model_file.h):
//   meta    JSON: component "parser-biaffine", training files, members' seeds and epochs
//   config  u32 format version, members, word_dim, tag_dim, hidden, layers, max syllables;
//           f32 vote weight; u32 arc_dim, rel_dim; optionally f32 label vote weight (else 0)
//   vocab   five string lists (u32 count, then u32 length + bytes each): word keys, syllable
//           keys, UPOS, XPOS (id = index + 3; 0 pad, 1 unknown, 2 root) and labels (id = index)
//   m<k>/<name>  member k's PyTorch tensors: u32 rank, u32 sizes, float16 values
// A loaded model is immutable: share it across threads.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vitext/status.h"

namespace vitext::parse {

// A row-major float matrix.
struct Matrix {
  uint32_t rows = 0, cols = 0;
  std::vector<float> values;
  const float* row(size_t r) const { return values.data() + r * cols; }
};

// y = x W^T + b, with W stored transposed (inputs x outputs) for parse::matmul_add.
struct Linear {
  Matrix weight_t;
  std::vector<float> bias;
};

// One direction of one LSTM layer, PyTorch's gate order (input, forget, cell, output).
struct LstmDirection {
  Matrix input_t;            // inputs x 4 hidden
  Matrix recurrent_t;        // hidden x 4 hidden
  std::vector<float> bias;   // b_ih + b_hh
  // Layer 0 only: each UPOS and XPOS vector times its rows of input_t, made at load time
  // (one row per tag id), so that a word's tags cost two row additions, not a product.
  Matrix upos_gates, xpos_gates;
};

// An embedding table as the file stores it, float16 (IEEE binary16): a parse reads a few of
// its rows per word, and turning a large vocabulary's table into floats at load would cost a
// short document more than its parse (and twice the memory).
struct HalfMatrix {
  uint32_t rows = 0, cols = 0;
  std::vector<uint16_t> values;
  // out[0 .. cols) += row r, as floats.
  void add_row(size_t r, float* out) const;
};

// A float16 value as a float (exact: every float16 is a float).
float half_to_float(uint16_t h);

struct BiaffineMember {
  HalfMatrix word, syllable;                   // embeddings, one row per id
  Matrix upos, xpos;
  std::vector<LstmDirection> lstm;             // layer 0 forward, layer 0 backward, layer 1 ...
  Linear arc_dep, arc_head, rel_dep, rel_head;
  Matrix arc;                                  // (arc_dim + 1) x arc_dim: the last row is the bias
  Matrix rel_t;  // the label tensor W[l][i][j] as rel_t[i][l * (rel_dim + 1) + j]: one product for all labels
};

class BiaffineModel {
 public:
  static constexpr int kPad = 0, kUnknown = 1, kRoot = 2;

  static Status load(std::string_view bytes, BiaffineModel& out);

  // Ids of a word's lookup key (tag::WordInfo::lower), of a folded syllable key, of tags.
  int word_id(uint64_t lower_key) const { return words_.find(lower_key); }
  int syllable_id(uint64_t syllable_key) const { return syllables_.find(syllable_key); }
  int upos_id(std::string_view tag) const { return find(upos_, tag); }
  int xpos_id(std::string_view tag) const { return find(xpos_, tag); }

  const std::vector<std::string>& labels() const { return labels_; }
  const std::vector<BiaffineMember>& members() const { return members_; }
  size_t root_label() const { return root_label_; }
  float vote_weight() const { return vote_weight_; }
  float label_vote_weight() const { return label_vote_weight_; }
  uint32_t max_syllables() const { return max_syllables_; }
  uint32_t hidden() const { return hidden_; }
  uint32_t input_dim() const { return 2 * word_dim_ + 2 * tag_dim_; }

 private:
  template <typename Map, typename Key>
  static int find(const Map& map, const Key& key) {
    auto it = map.find(key);
    return it == map.end() ? kUnknown : it->second;
  }
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using TagMap = std::unordered_map<std::string, int, StringHash, std::equal_to<>>;

  // Word and syllable keys to ids: open addressing in two flat arrays, because a vocabulary
  // of 100k+ pre-trained words built as node-based map entries costs a short document more
  // time (allocation, rehashing, freeing) than parsing it.
  class KeyIds {
   public:
    void reserve(size_t n);             // room for n keys (insert grows it as needed)
    void insert(uint64_t key, int id);  // the first id given a key stays
    int find(uint64_t key) const;       // kUnknown when absent
   private:
    size_t slot(uint64_t key) const;
    std::vector<uint64_t> keys_;
    std::vector<int> ids_;  // 0 (kPad, never a vocabulary id): an empty slot
    size_t size_ = 0;
  };
  KeyIds words_, syllables_;
  TagMap upos_, xpos_;
  std::vector<std::string> labels_;
  size_t root_label_ = 0;
  std::vector<BiaffineMember> members_;
  float vote_weight_ = 0, label_vote_weight_ = 0;
  uint32_t word_dim_ = 0, tag_dim_ = 0, hidden_ = 0, layers_ = 0, max_syllables_ = 0, arc_dim_ = 0, rel_dim_ = 0;
};

}  // namespace vitext::parse
