// Part-of-speech tagger: UPOS and the VTB XPOS of every word, predicted jointly by a
// greedy left-to-right averaged perceptron over word, syllable, shape, tag-dictionary
// and context features (src/tag/tag_features.cpp). Loaded models are immutable: share one Tagger
// across threads.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "vitext/conllu.h"
#include "vitext/document.h"
#include "vitext/status.h"

namespace vitext {

namespace ml {
class SparseLinear;
}
namespace tag {
class TagDictionary;
class WordClusters;
}
namespace segment {
template <typename Value>
class FingerprintTable;
using FingerprintMap = FingerprintTable<uint8_t>;
}

class Tagger {
 public:
  Tagger();
  ~Tagger();
  Tagger(Tagger&&) noexcept;
  Tagger& operator=(Tagger&&) noexcept;

  // Loads a model from its bytes (the model file format of src/core/model_file.h).
  static Status load(std::string_view bytes, Tagger& out);
  // The model compiled into the binary (models/tagger.bin).
  static Status load_default(Tagger& out);
  static Status load_file(const std::string& path, Tagger& out);

  bool loaded() const { return model_ != nullptr; }

  // Tags doc.words sentence by sentence (forms are the normalised view text). Words
  // outside any sentence are tagged as one sequence.
  Status apply(Document& doc) const;
  // Tags words someone else segmented: replaces UPOS and XPOS of every word of `sentence`.
  void apply(ConlluSentence& sentence) const;

  // Lower-level API for pre-segmented input (e.g. CoNLL-U): one tag id per word.
  void tag_ids(std::span<const std::string_view> words, std::vector<uint16_t>& ids) const;
  void tag(std::span<const std::string_view> words, std::vector<std::string>& upos,
           std::vector<std::string>& xpos) const;
  const std::string& upos_of(uint16_t id) const { return upos_[id]; }
  const std::string& xpos_of(uint16_t id) const { return xpos_[id]; }
  size_t num_tags() const { return upos_.size(); }

  // Used by the trainer to assemble a model.
  // `classes`: distributional syllable classes (section "classes"; empty when trained without);
  // `clusters`: word clusters (section "wordclusters"; empty when trained without);
  // `feature_version`: the feature templates (src/tag/tag_features.h) the weights are for.
  static std::string serialize(const ml::SparseLinear& weights, const tag::TagDictionary& dictionary,
                               const segment::FingerprintMap& classes, const tag::WordClusters& clusters,
                               const std::vector<std::string>& upos, const std::vector<std::string>& xpos,
                               const std::string& meta_json, uint32_t feature_version);
  // The feature templates the model was trained with (older models keep theirs).
  uint32_t feature_version() const { return feature_version_; }
  // The word clusters the model was trained with (empty when none); the fast parser's
  // trainer takes them from the tagger it learns tags from.
  const tag::WordClusters& word_clusters() const { return *clusters_; }

 private:
  std::unique_ptr<ml::SparseLinear> model_;
  std::unique_ptr<tag::TagDictionary> dictionary_;
  std::unique_ptr<segment::FingerprintMap> classes_;
  std::unique_ptr<tag::WordClusters> clusters_;
  std::vector<std::string> upos_, xpos_;
  uint32_t feature_version_ = 0;
};

}  // namespace vitext
