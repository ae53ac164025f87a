#include "extract/name_lexicon.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "core/hash.h"
#include "core/model_file.h"
#include "core/syllable.h"
#include "models/embedded_models.h"

namespace vitext::extract {

namespace {

// As ByteReader::get reads what ByteWriter::put wrote (the section may be unaligned).
uint64_t read_u64(const char* at) {
  uint64_t v;
  std::memcpy(&v, at, sizeof v);
  return v;
}

bool run_piece(const TokenIndex& p, size_t i) { return p[i].kind == PieceKind::kWord && p[i].upper; }

}  // namespace

Status NameLexicon::load(std::string_view bytes, NameLexicon& out) {
  out = NameLexicon();
  if (bytes.empty()) return Status::Ok();
  ModelReader model;
  if (Status st = ModelReader::open(bytes, model); !st.ok()) return st;
  if (!model.has(kNameLexiconSection)) return Status::ModelError("not a name lexicon (no names section)");
  // The section is a view into `bytes`, which the caller keeps alive.
  const std::string_view entries = model.section(kNameLexiconSection);
  if (entries.size() % 8 != 0) return Status::ModelError("name lexicon: entries not whole");
  const size_t count = entries.size() / 8;
  for (size_t k = 1; k < count; ++k) {
    if (read_u64(entries.data() + 8 * (k - 1)) >= read_u64(entries.data() + 8 * k)) {
      return Status::ModelError("name lexicon: entries not sorted");
    }
  }
  out.data_ = entries.data();
  out.count_ = count;
  return Status::Ok();
}

const NameLexicon& NameLexicon::embedded() {
  // Immutable after this first read, shared by every extractor and thread.
  static const NameLexicon lexicon = [] {
    NameLexicon l;
    if (!load(vitext::embedded::find("names"), l).ok()) l = NameLexicon();
    return l;
  }();
  return lexicon;
}

std::string NameLexicon::serialize(const std::vector<uint64_t>& entries, const std::string& meta_json) {
  ByteWriter w;
  for (uint64_t e : entries) w.put<uint64_t>(e);
  ModelWriter model;
  model.add("meta", meta_json);
  model.add(std::string(kNameLexiconSection), w.take());
  return model.serialize();
}

std::optional<EntityLabel> NameLexicon::find(uint64_t fingerprint) const {
  const uint64_t key = fingerprint & ~uint64_t(3);
  size_t lo = 0, hi = count_;
  while (lo < hi) {  // first entry >= key
    const size_t mid = (lo + hi) / 2;
    if (read_u64(data_ + 8 * mid) < key) lo = mid + 1; else hi = mid;
  }
  if (lo == count_) return std::nullopt;
  const uint64_t e = read_u64(data_ + 8 * lo);
  if ((e & ~uint64_t(3)) != key) return std::nullopt;
  return static_cast<EntityLabel>(e & 3);
}

void for_each_name_query(const TokenIndex& p, const std::function<bool(uint32_t, uint32_t)>& ask) {
  auto askable = [&](uint32_t b, uint32_t e, bool opens) {
    if (e - b >= 2) return true;
    return !opens && !is_vietnamese_syllable_any_form(p.str(b));
  };
  for (size_t i = 0; i < p.size();) {
    if (!run_piece(p, i)) {
      ++i;
      continue;
    }
    size_t e = i + 1;
    while (e < p.size() && run_piece(p, e) && p[e].sentence == p[i].sentence && !p[e].newline_before) ++e;
    const auto b = static_cast<uint32_t>(i), end = static_cast<uint32_t>(e);
    const bool opens = i == 0 || p[i - 1].sentence != p[i].sentence || p[i].newline_before;
    const bool taken = askable(b, end, opens) && ask(b, end);
    if (!taken && opens && end - b >= 2 && askable(b + 1, end, false)) ask(b + 1, end);
    i = e;
  }
}

uint64_t name_fingerprint(const TokenIndex& p, uint32_t b, uint32_t e) {
  std::string key;
  for (uint32_t i = b; i < e; ++i) {
    if (i > b) key.push_back(' ');
    key.append(p.key(i));
  }
  return hash::hash_bytes(key);
}

void observe_name_runs(const Document& doc,
                       const std::function<void(uint64_t, uint32_t, std::optional<EntityLabel>)>& seen) {
  const TokenIndex p = index_tokens(doc);
  auto observe = [&](uint32_t b, uint32_t e) {
    const Span v = p.view(b, e);
    std::optional<EntityLabel> label;
    for (const Entity& ent : doc.entities) {
      if (ent.view.end <= v.start || ent.view.start >= v.end) continue;
      if (ent.view.start == v.start && ent.view.end == v.end) {
        // A byline is a person by its place at the end of an article, not by a cue, and
        // is as often a paper's name ("Tuổi Trẻ"): not evidence of a type.
        if (ent.label == EntityLabel::kMisc || ent.type == "byline") return;
        label = ent.label;
      } else if (ent.outer) {
        return;  // a part of a longer name, or a name inside the run: not this run's type
      }
    }
    seen(name_fingerprint(p, b, e), e - b, label);
  };
  for_each_name_query(p, [&](uint32_t b, uint32_t e) {
    observe(b, e);
    return false;  // training counts every span a lookup may ask about
  });
}

}  // namespace vitext::extract
