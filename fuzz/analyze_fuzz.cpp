// The whole analyze pipeline (decode -> ... -> parse -> extract) on the embedded models, as
// `vitext analyze` runs it: every layer's invariants, well-formed trees, and output writers
// that accept the result. The first byte picks one of two option sets.
#include <memory>

#include "fuzz/checks/invariants.h"
#include "fuzz/checks/targets.h"

#include "vitext/pipeline.h"

namespace vitext::fuzz {
namespace {

std::unique_ptr<Pipeline> make_pipeline(PipelineOptions options) {
  std::unique_ptr<Pipeline> out;
  Status st = Pipeline::create(options, out);
  if (!st.ok()) check_failed(__FILE__, __LINE__, "pipeline", st.message());
  return out;
}

const Pipeline& pipeline(bool variant) {
  static const std::unique_ptr<Pipeline> lenient = make_pipeline(PipelineOptions{});
  static const std::unique_ptr<Pipeline> strict_old = [] {
    PipelineOptions o;
    o.strict = true;
    o.tone = ToneStyle::kOld;
    return make_pipeline(o);
  }();
  return variant ? *strict_old : *lenient;
}

}  // namespace

void analyze_target(std::string_view data) {
  auto [selector, bytes] = split_selector(data);
  Document doc{std::string(bytes)};
  doc.meta.id = "fuzz";
  if (selector & 2) doc.meta.date = "2023-12-27";
  Status st = pipeline(selector & 1).run(doc);
  FUZZ_CHECK(doc.original == bytes, "the pipeline changed the original bytes");
  if (!st.ok()) {
    FUZZ_CHECK(st.code() == StatusCode::kInvalidInput, st.message());
    return;
  }
  check_view_map(doc);
  check_tokens(doc);
  check_sentences(doc, 512);
  check_words(doc);
  check_trees(doc);
  check_extraction(doc);
  check_writers(doc);
}

}  // namespace vitext::fuzz

VITEXT_FUZZ_TARGET(vitext::fuzz::analyze_target)
