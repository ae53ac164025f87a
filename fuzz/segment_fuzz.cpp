// Word segmentation with the embedded model, optionally with a user dictionary taken from
// the input (the part before the first blank line, when the first byte is odd): words are
// token ranges that tile each sentence, substrings of the original, never across a line.
#include <memory>

#include "fuzz/checks/invariants.h"
#include "fuzz/checks/targets.h"

#include "vitext/pipeline.h"
#include "vitext/segmenter.h"

namespace vitext::fuzz {
namespace {

const Pipeline& until_sentences() {
  static const std::unique_ptr<Pipeline> p = [] {
    std::unique_ptr<Pipeline> out;
    PipelineOptions o;
    o.until = StageId::kSentences;
    Status st = Pipeline::create(o, out);
    if (!st.ok()) check_failed(__FILE__, __LINE__, "pipeline", st.message());
    return out;
  }();
  return *p;
}

const Segmenter& default_segmenter() {
  static const Segmenter s = [] {
    Segmenter out;
    Status st = Segmenter::load_default(out);
    if (!st.ok()) check_failed(__FILE__, __LINE__, "segmenter", st.message());
    return out;
  }();
  return s;
}

}  // namespace

void segment_target(std::string_view data) {
  auto [selector, rest] = split_selector(data);
  const Segmenter* segmenter = &default_segmenter();
  Segmenter with_user;
  if (selector & 1) {
    size_t blank = rest.find("\n\n");
    std::string_view dictionary = rest.substr(0, blank);
    rest = blank == std::string_view::npos ? std::string_view() : rest.substr(blank + 2);
    Status st = default_segmenter().with_user_dictionary(dictionary, with_user);
    if (!st.ok()) {
      FUZZ_CHECK(st.code() == StatusCode::kInvalidInput || st.code() == StatusCode::kInvalidArgument, st.message());
      return;
    }
    segmenter = &with_user;
  }
  Document doc{std::string(rest)};
  if (!until_sentences().run(doc).ok()) return;
  Status st = (selector & 2) ? segmenter->apply(doc) : [&] {
    SegmenterWorkspace workspace;
    return segmenter->apply(doc, workspace);
  }();
  FUZZ_CHECK(st.ok(), st.message());
  check_view_map(doc);
  check_tokens(doc);
  check_sentences(doc, 512);
  check_words(doc);
  FUZZ_CHECK(doc.tokens.empty() || !doc.words.empty(), "tokens but no words");
}

}  // namespace vitext::fuzz

VITEXT_FUZZ_TARGET(vitext::fuzz::segment_target)
