// Word segmentation: joins syllable tokens into words ("Công an tỉnh Thanh Hóa" ->
// "Công_an", "tỉnh", "Thanh_Hóa"), the way the UD Vietnamese VTB treebank does.
//
// Reads doc.sentences and doc.tokens (from the tokenizer and sentence splitter) and fills
// doc.words plus each sentence's word_begin/word_end. Words are token ranges, so their
// spans are always substrings of the original input. Typed tokens (numbers, dates, URLs,
// punctuation, ...) are words on their own, and no word crosses a line break.
//
// A Segmenter is immutable once loaded: share one across threads. apply() is const; give
// each thread its own SegmenterWorkspace to avoid any allocation once it has warmed up.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "vitext/conventions.h"
#include "vitext/document.h"
#include "vitext/stage.h"
#include "vitext/status.h"

namespace vitext {

namespace segment {
struct SegmenterModel;
struct UserDictionary;
struct Scratch;
}  // namespace segment

// Reusable scratch memory for Segmenter::apply (one per thread).
class SegmenterWorkspace {
 public:
  SegmenterWorkspace();
  ~SegmenterWorkspace();
  SegmenterWorkspace(SegmenterWorkspace&&) noexcept;
  SegmenterWorkspace& operator=(SegmenterWorkspace&&) noexcept;

 private:
  friend class Segmenter;
  std::unique_ptr<segment::Scratch> scratch_;
};

class Segmenter final : public Stage {
 public:
  Segmenter();
  ~Segmenter() override;
  Segmenter(const Segmenter&);
  Segmenter& operator=(const Segmenter&);

  // Loads a model from its bytes (copied; the bytes need not outlive the segmenter).
  static Status load(std::string_view model_bytes, Segmenter& out);
  static Status load_file(const std::string& path, Segmenter& out);
  // The model compiled into the binary (models/segmenter.bin at build time).
  static Status load_default(Segmenter& out);
  // The embedded model of those word conventions: models/segmenter.bin (vtb) or
  // models/segmenter-vlsp.bin (vlsp, what PhoBERT expects).
  static Status load_default(Segmenter& out, WordConventions conventions);

  // A segmenter that also keeps every user word whole. `dictionary_text` holds one word
  // per line, syllables separated by spaces ("An ninh điều tra"); blank lines and lines
  // starting with '#' are skipped. Matching ignores case, composition and tone placement;
  // where entries overlap, the leftmost longest wins. This segmenter is left unchanged.
  Status with_user_dictionary(std::string_view dictionary_text, Segmenter& out) const;
  Status with_user_dictionary_file(const std::string& path, Segmenter& out) const;

  std::string_view name() const override { return "segment"; }
  Status apply(Document& doc) const override;
  Status apply(Document& doc, SegmenterWorkspace& workspace) const;

  bool loaded() const { return model_ != nullptr; }
  // The model's metadata (JSON: version, training data, settings, licence).
  const std::string& model_info() const;
  size_t user_word_count() const;

 private:
  std::shared_ptr<const segment::SegmenterModel> model_;
  std::shared_ptr<const segment::UserDictionary> user_;
};

}  // namespace vitext
