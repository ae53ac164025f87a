#include "vitext/pipeline.h"

#include <algorithm>
#include <functional>
#include <iostream>
#include <iterator>

#include "vitext/decode.h"
#include "vitext/extract.h"
#include "vitext/normalize.h"
#include "vitext/parser.h"
#include "vitext/tagger.h"
#include "vitext/segmenter.h"
#include "vitext/sentences.h"
#include "vitext/tokenize.h"
#include "models/pairing.h"

namespace vitext {
namespace {

// A stage that calls a free function with fixed options.
template <typename Options, Status (*Fn)(Document&, const Options&)>
class FunctionStage : public Stage {
 public:
  FunctionStage(std::string_view name, Options options) : name_(name), options_(std::move(options)) {}
  std::string_view name() const override { return name_; }
  Status apply(Document& doc) const override { return Fn(doc, options_); }

 private:
  std::string_view name_;
  Options options_;
};

// A stage around a loaded model component (Tagger, Parser) with `apply(Document&) const`.
template <typename Component>
class ComponentStage : public Stage {
 public:
  ComponentStage(std::string_view name, Component component) : name_(name), component_(std::move(component)) {}
  std::string_view name() const override { return name_; }
  Status apply(Document& doc) const override { return component_.apply(doc); }

 private:
  std::string_view name_;
  Component component_;
};

template <typename Component>
Status add_component(std::vector<std::unique_ptr<Stage>>& stages, std::string_view name, const std::string& path,
                     const std::function<Status(Component&)>& configure = nullptr) {
  Component component;
  Status st = path.empty() ? Component::load_default(component) : Component::load_file(path, component);
  if (st.ok() && configure) st = configure(component);
  if (!st.ok()) return Status::ModelError(std::string(name) + " model: " + st.message());
  stages.push_back(std::make_unique<ComponentStage<Component>>(name, std::move(component)));
  return st;
}

}  // namespace

const std::vector<std::string>& Pipeline::stage_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (int s = 0; s <= static_cast<int>(StageId::kExtract); ++s) all.emplace_back(stage_name(static_cast<StageId>(s)));
    return all;
  }();
  return names;
}

const std::vector<StageId>& Pipeline::stage_reads(StageId stage) {
  // What each stage's apply() reads, by the stage that makes it. Tokens are cut from the
  // normalised view; the segmenter joins the tokens of each sentence; the tagger reads the
  // words, the parser the tags; extraction reads the tokens and sentences only.
  using S = StageId;
  static const std::vector<StageId> reads[] = {
      /* decode */ {},
      /* normalize */ {S::kDecode},
      /* tokenize */ {S::kNormalize},
      /* sentences */ {S::kTokenize},
      /* segment */ {S::kTokenize, S::kSentences},
      /* tag */ {S::kSegment},
      /* parse */ {S::kTag},
      /* extract */ {S::kTokenize, S::kSentences},
  };
  static_assert(std::size(reads) == static_cast<size_t>(StageId::kExtract) + 1, "one entry per stage");
  return reads[static_cast<size_t>(stage)];
}

std::vector<StageId> Pipeline::planned_stages(const PipelineOptions& options) {
  constexpr size_t kStages = static_cast<size_t>(StageId::kExtract) + 1;
  bool wanted[kStages] = {};
  wanted[0] = true;  // every pipeline decodes
  if (options.only.empty()) {
    for (size_t i = 0; i <= static_cast<size_t>(options.until); ++i) wanted[i] = true;
  } else {
    std::vector<StageId> todo = options.only;
    while (!todo.empty()) {
      const StageId stage = todo.back();
      todo.pop_back();
      if (wanted[static_cast<size_t>(stage)]) continue;
      wanted[static_cast<size_t>(stage)] = true;
      for (StageId read : stage_reads(stage)) todo.push_back(read);
    }
  }
  std::vector<StageId> out;
  for (size_t i = 0; i < kStages; ++i) {
    if (wanted[i]) out.push_back(static_cast<StageId>(i));
  }
  return out;
}

Status Pipeline::create(const PipelineOptions& options, std::unique_ptr<Pipeline>& out) {
  const std::vector<StageId> planned = planned_stages(options);
  auto wanted = [&](StageId stage) { return std::find(planned.begin(), planned.end(), stage) != planned.end(); };

  if (Status st = check_pipeline_options(options); !st.ok()) return st;
  std::unique_ptr<Pipeline> p(new Pipeline());
  DecodeOptions decode;
  decode.from = encoding_name(options.from);
  decode.strict = options.strict;
  p->stages_.push_back(std::make_unique<DecodeStage>(decode));
  if (wanted(StageId::kNormalize)) {
    NormalizeOptions normalize;
    normalize.tone = options.tone;
    p->stages_.push_back(std::make_unique<NormalizeStage>(normalize));
  }
  if (wanted(StageId::kTokenize)) {
    p->stages_.push_back(std::make_unique<FunctionStage<TokenizeOptions, tokenize>>("tokenize", TokenizeOptions{}));
  }
  if (wanted(StageId::kSentences)) {
    p->stages_.push_back(
        std::make_unique<FunctionStage<SentenceOptions, split_sentences>>("sentences", SentenceOptions{}));
  }
  if (wanted(StageId::kSegment)) {
    Segmenter segmenter;
    Status st = options.segmenter_model.empty() ? Segmenter::load_default(segmenter, options.conventions)
                                                : Segmenter::load_file(options.segmenter_model, segmenter);
    for (size_t i = 0; st.ok() && i < options.user_dictionaries.size(); ++i) {
      st = segmenter.with_user_dictionary_file(options.user_dictionaries[i], segmenter);
    }
    if (!st.ok()) return st;
    p->stages_.push_back(std::make_unique<Segmenter>(std::move(segmenter)));
  }
  if (wanted(StageId::kTag)) {
    Status st = add_component<Tagger>(p->stages_, "tag", options.tagger_model);
    if (!st.ok()) return st;
  }
  if (wanted(StageId::kParse)) {
    Status st = add_component<Parser>(p->stages_, "parse", options.parser_model, [&](Parser& parser) {
      return parser.set_mode(options.parser, options.accurate_parser_model);
    });
    if (!st.ok()) return st;
    // A parser learnt from one tagger's tags; another tagger's still parse, less well.
    for (const std::string& warning : tagger_pairing_warnings(options)) std::cerr << "vitext: warning: " << warning << "\n";
  }
  if (wanted(StageId::kExtract)) {
    Extractor extractor;
    Status st = Extractor::load_default(extractor);
    if (!st.ok()) return st;
    p->stages_.push_back(std::make_unique<Extractor>(std::move(extractor)));
  }
  out = std::move(p);
  return Status::Ok();
}

Status Pipeline::run(Document& doc) const {
  for (const auto& stage : stages_) {
    Status st = stage->apply(doc);
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

}  // namespace vitext
