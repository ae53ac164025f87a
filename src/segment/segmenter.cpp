#include "vitext/segmenter.h"

#include <vector>

#include "core/model_file.h"
#include "models/model_loading.h"
#include "segment/builtin_names.h"
#include "segment/decoder.h"
#include "segment/features.h"
#include "segment/segmenter_model.h"
#include "segment/units.h"
#include "segment/user_dictionary.h"

namespace vitext {
namespace segment {

struct Scratch {
  std::vector<Unit> units;
  SentenceFeatures features;
  std::vector<float> inside;          // score of I given a B before
  std::vector<float> inside_after_i;  // score of I given an I before
  std::vector<int8_t> forced;
  std::vector<uint8_t> tags;
  std::vector<uint8_t> back;
  // The feature hashes of one gap: its own, then those weighed by the tag before.
  struct GapHashes {
    uint64_t gap[kMaxFeatures];
    uint64_t prev_tag[kMaxPrevTagFeatures];
    int gap_count = 0, prev_tag_count = 0;
  };
  GapHashes hashes[2];  // the gap being scored and the next one, whose weights are on their way
};

}  // namespace segment

SegmenterWorkspace::SegmenterWorkspace() : scratch_(std::make_unique<segment::Scratch>()) {}
SegmenterWorkspace::~SegmenterWorkspace() = default;
SegmenterWorkspace::SegmenterWorkspace(SegmenterWorkspace&&) noexcept = default;
SegmenterWorkspace& SegmenterWorkspace::operator=(SegmenterWorkspace&&) noexcept = default;

Segmenter::Segmenter() = default;
Segmenter::~Segmenter() = default;
Segmenter::Segmenter(const Segmenter&) = default;
Segmenter& Segmenter::operator=(const Segmenter&) = default;

Status Segmenter::load(std::string_view model_bytes, Segmenter& out) {
  auto model = std::make_shared<segment::SegmenterModel>();
  if (Status s = segment::SegmenterModel::parse(model_bytes, *model); !s.ok()) return s;
  out.model_ = std::move(model);
  out.user_.reset();
  return Status::Ok();
}

Status Segmenter::load_file(const std::string& path, Segmenter& out) {
  return load_model_file(path, out, /*name_file=*/true);
}

Status Segmenter::load_default(Segmenter& out) { return load_default(out, WordConventions::kVtb); }

Status Segmenter::load_default(Segmenter& out, WordConventions conventions) {
  if (conventions == WordConventions::kVlsp)
    return load_embedded_model("segmenter-vlsp",
                               "no vlsp segmenter model is embedded in this build; pass --model FILE, or train one "
                               "with bench/train_vlsp.sh into models/segmenter-vlsp.bin and rebuild", out);
  return load_embedded_model("segmenter",
                             "no segmenter model is embedded in this build; pass --model FILE, or train one with "
                             "`vitext train segmenter` into models/segmenter.bin and rebuild", out);
}

Status Segmenter::with_user_dictionary(std::string_view dictionary_text, Segmenter& out) const {
  if (!model_) return Status::InvalidArgument("segmenter has no model loaded");
  auto dict = std::make_shared<segment::UserDictionary>(segment::UserDictionary::parse(dictionary_text, user_.get()));
  Segmenter result(*this);
  result.user_ = std::move(dict);
  out = std::move(result);
  return Status::Ok();
}

Status Segmenter::with_user_dictionary_file(const std::string& path, Segmenter& out) const {
  std::string bytes;
  if (Status s = read_file(path, bytes); !s.ok()) return s;
  return with_user_dictionary(bytes, out);
}

const std::string& Segmenter::model_info() const {
  static const std::string kNone;
  return model_ ? model_->meta_json : kNone;
}

size_t Segmenter::user_word_count() const { return user_ ? user_->count : 0; }

Status Segmenter::apply(Document& doc) const {
  SegmenterWorkspace workspace;
  return apply(doc, workspace);
}

Status Segmenter::apply(Document& doc, SegmenterWorkspace& workspace) const {
  if (!model_) return Status::InvalidArgument("segmenter has no model loaded");
  segment::Scratch& ws = *workspace.scratch_;
  const segment::SegmenterModel& model = *model_;
  const segment::Lexicon lexicon = model.lexicon();

  for (const Sentence& sentence : doc.sentences) {
    if (sentence.token_end > doc.tokens.size() || sentence.token_begin > sentence.token_end) {
      return Status::Internal("sentence token range out of bounds");
    }
  }
  doc.words.clear();
  doc.words.reserve(doc.tokens.size());
  auto segment_range = [&](uint32_t begin, uint32_t end) {
    segment::build_units(doc, begin, end, ws.units);
    const size_t n = ws.units.size();
    if (n == 0) return;
    if (ws.inside.size() < n) {
      ws.inside.resize(n);
      ws.inside_after_i.resize(n);
      ws.forced.resize(n);
      ws.tags.resize(n);
    }
    ws.features.prepare(ws.units.data(), n, lexicon);
    ws.inside[0] = ws.inside_after_i[0] = 0.0f;
    ws.forced[0] = segment::kBegin;
    // Gap i's features are hashed, and their weights fetched, while the gap before is summed.
    auto next_free = [&](size_t i) {
      while (i < n && !ws.units[i].joinable) ++i;
      return i;
    };
    auto hash_gap = [&](size_t i, segment::Scratch::GapHashes& h) {
      h.gap_count = ws.features.gap_features(i, h.gap);
      h.prev_tag_count = ws.features.prev_tag_features(i, h.prev_tag);
      for (int f = 0; f < h.gap_count; ++f) model.prefetch(h.gap[f]);
      for (int f = 0; f < h.prev_tag_count; ++f) {
        model.prefetch(segment::with_prev_tag(h.prev_tag[f], segment::kBegin));
        model.prefetch(segment::with_prev_tag(h.prev_tag[f], segment::kInside));
      }
    };
    int current = 0;
    size_t free_gap = next_free(1);
    if (free_gap < n) hash_gap(free_gap, ws.hashes[current]);
    for (size_t i = 1; i < n; ++i) {
      if (i != free_gap) {
        ws.forced[i] = ws.units[i].attached ? segment::kInside : segment::kBegin;
        ws.inside[i] = ws.inside_after_i[i] = 0.0f;
        continue;
      }
      ws.forced[i] = segment::kFree;
      free_gap = next_free(i + 1);
      if (free_gap < n) hash_gap(free_gap, ws.hashes[current ^ 1]);
      const segment::Scratch::GapHashes& h = ws.hashes[current];
      current ^= 1;
      float score = 0.0f;
      for (int f = 0; f < h.gap_count; ++f) score += model.weight(h.gap[f]);
      float after_b = score, after_i = score;
      for (int f = 0; f < h.prev_tag_count; ++f) {
        after_b += model.weight(segment::with_prev_tag(h.prev_tag[f], segment::kBegin));
        after_i += model.weight(segment::with_prev_tag(h.prev_tag[f], segment::kInside));
      }
      ws.inside[i] = after_b;
      ws.inside_after_i[i] = after_i;
    }
    segment::builtin_names().force(ws.units.data(), n, ws.forced.data());
    if (user_) user_->force(ws.units.data(), n, ws.forced.data());  // the user's words win
    segment::viterbi(ws.inside.data(), ws.inside_after_i.data(), ws.forced.data(), n, model.trans, ws.tags.data(),
                     ws.back);
    for (size_t i = 0; i < n; ++i) {
      const Token& tok = doc.tokens[begin + i];
      if (ws.tags[i] == segment::kBegin) {
        Word& w = doc.words.emplace_back();
        w.span = tok.span;
        w.view = tok.view;
        w.token_begin = begin + static_cast<uint32_t>(i);
        w.token_end = w.token_begin + 1;
      } else {
        Word& w = doc.words.back();
        w.span.end = tok.span.end;
        w.view.end = tok.view.end;
        w.token_end = begin + static_cast<uint32_t>(i) + 1;
      }
    }
  };

  if (doc.sentences.empty()) {
    segment_range(0, static_cast<uint32_t>(doc.tokens.size()));
    return Status::Ok();
  }
  for (Sentence& sentence : doc.sentences) {
    sentence.word_begin = static_cast<uint32_t>(doc.words.size());
    segment_range(sentence.token_begin, sentence.token_end);
    sentence.word_end = static_cast<uint32_t>(doc.words.size());
  }
  return Status::Ok();
}

}  // namespace vitext
