#include "vitext/tagger.h"

#include <algorithm>

#include "core/model_file.h"
#include "core/sentence_words.h"
#include "ml/sparse_linear.h"
#include "models/model_loading.h"
#include "segment/fingerprint_map.h"
#include "tag/syllable_classes.h"
#include "tag/tag_dictionary.h"
#include "tag/tag_features.h"
#include "tag/word_clusters.h"
#include "tag/word_info.h"

namespace vitext {

Tagger::Tagger() = default;
Tagger::~Tagger() = default;
Tagger::Tagger(Tagger&&) noexcept = default;
Tagger& Tagger::operator=(Tagger&&) noexcept = default;

std::string Tagger::serialize(const ml::SparseLinear& weights, const tag::TagDictionary& dictionary,
                              const segment::FingerprintMap& classes, const tag::WordClusters& clusters,
                              const std::vector<std::string>& upos, const std::vector<std::string>& xpos,
                              const std::string& meta_json, uint32_t feature_version) {
  ByteWriter w;
  w.put<uint32_t>(feature_version);
  w.put<uint32_t>(static_cast<uint32_t>(upos.size()));
  for (size_t i = 0; i < upos.size(); ++i) {
    w.put_string(upos[i]);
    w.put_string(xpos[i]);
  }
  weights.serialize(w);
  ByteWriter d;
  dictionary.serialize(d);
  ModelWriter mw;
  mw.add("meta", meta_json);
  mw.add("tagger", w.take());
  mw.add("tagdict", d.take());
  add_written(mw, "classes", classes);
  add_written(mw, "wordclusters", clusters);
  return mw.serialize();
}

Status Tagger::load(std::string_view bytes, Tagger& out) {
  ModelReader reader;
  ByteReader in{std::string_view()};
  uint32_t version = 0;
  if (Status s = open_component_model(bytes, "tagger", tag::kOldestTagFeatureVersion, tag::kTagFeatureVersion, reader,
                                      in, version);
      !s.ok())
    return s;
  uint32_t n = in.get<uint32_t>();
  if (!in.ok() || n == 0 || n > 4096) return Status::ModelError("tagger model: bad tag count");
  Tagger t;
  for (uint32_t i = 0; i < n && in.ok(); ++i) {
    t.upos_.push_back(in.get_string());
    t.xpos_.push_back(in.get_string());
  }
  auto model = std::make_unique<ml::SparseLinear>();
  if (!in.ok()) return Status::ModelError("tagger model: truncated tag list");
  if (Status s = ml::SparseLinear::deserialize(in, *model); !s.ok()) return s;
  if (model->num_classes() != n) return Status::ModelError("tagger model: class count mismatch");
  if (!in.at_end()) return Status::ModelError("tagger model: trailing bytes");
  auto dictionary = std::make_unique<tag::TagDictionary>();
  ByteReader din(reader.section("tagdict"));
  if (Status s = tag::TagDictionary::deserialize(din, *dictionary); !s.ok()) return s;
  if (!din.at_end()) return Status::ModelError("tag dictionary: trailing bytes");
  auto classes = std::make_unique<segment::FingerprintMap>();
  ByteReader cin(reader.section("classes"));
  if (!classes->read(cin) || !cin.at_end()) return Status::ModelError("tagger model: corrupt syllable classes");
  auto clusters = std::make_unique<tag::WordClusters>();
  ByteReader win(reader.section("wordclusters"));
  if (!clusters->read(win) || !win.at_end()) return Status::ModelError("tagger model: corrupt word clusters");
  t.feature_version_ = version;
  t.model_ = std::move(model);
  t.dictionary_ = std::move(dictionary);
  t.classes_ = std::move(classes);
  t.clusters_ = std::move(clusters);
  out = std::move(t);
  return Status::Ok();
}

Status Tagger::load_default(Tagger& out) {
  return load_embedded_model("tagger", "this build has no embedded tagger model (models/tagger.bin)", out);
}

Status Tagger::load_file(const std::string& path, Tagger& out) { return load_model_file(path, out); }

void Tagger::tag_ids(std::span<const std::string_view> words, std::vector<uint16_t>& ids) const {
  ids.assign(words.size(), 0);
  if (!model_ || words.empty()) return;
  std::vector<tag::WordInfo> info;
  tag::describe_words(words, info);
  dictionary_->annotate(info);
  tag::annotate_classes(*classes_, info);
  clusters_->annotate(info);
  std::vector<uint64_t> keys;
  keys.reserve(64);
  std::vector<float> scores(model_->num_classes());
  int prev1 = tag::kNoTag, prev2 = tag::kNoTag;
  for (size_t i = 0; i < words.size(); ++i) {
    keys.clear();
    tag::static_tag_features(info, i, feature_version_, keys);
    tag::dynamic_tag_features(info, i, prev1, prev2, keys);
    model_->score(keys, scores.data());
    int best = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    ids[i] = static_cast<uint16_t>(best);
    prev2 = prev1;
    prev1 = best;
  }
}

void Tagger::tag(std::span<const std::string_view> words, std::vector<std::string>& upos,
                 std::vector<std::string>& xpos) const {
  std::vector<uint16_t> ids;
  tag_ids(words, ids);
  upos.resize(ids.size());
  xpos.resize(ids.size());
  for (size_t i = 0; i < ids.size(); ++i) {
    upos[i] = loaded() ? upos_[ids[i]] : std::string();
    xpos[i] = loaded() ? xpos_[ids[i]] : std::string();
  }
}

void Tagger::apply(ConlluSentence& sentence) const {
  std::vector<std::string_view> forms;
  for (const ConlluWord& w : sentence.words) forms.push_back(w.form);
  std::vector<std::string> upos, xpos;
  tag(forms, upos, xpos);
  for (size_t i = 0; i < sentence.words.size(); ++i) {
    sentence.words[i].upos = std::move(upos[i]);
    sentence.words[i].xpos = std::move(xpos[i]);
  }
}

Status Tagger::apply(Document& doc) const {
  if (!model_) return Status::ModelError("tagger: no model loaded");
  std::vector<std::string_view> forms;
  std::vector<uint16_t> ids;
  auto tag_range = [&](size_t begin, size_t end) {
    forms.clear();
    for (size_t i = begin; i < end; ++i) forms.push_back(doc.view_of(doc.words[i].view));
    tag_ids(forms, ids);
    for (size_t i = begin; i < end; ++i) {
      doc.words[i].upos = upos_[ids[i - begin]];
      doc.words[i].xpos = xpos_[ids[i - begin]];
    }
  };
  return for_each_sentence_words(doc, "tagger", tag_range);
}

}  // namespace vitext
