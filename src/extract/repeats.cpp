// Names that recur: a person or an organisation found once with a cue (a title, a marker, a
// bracketed abbreviation) is the same entity wherever the same name recurs in the document
// without one ("Mourinho" after "Jose Mourinho", "Petrolimex" after "Tập đoàn Xăng dầu Việt
// Nam (Petrolimex)"); a foreign person's last name alone refers to them too.
#include <string>
#include <vector>

#include "core/syllable.h"
#include "extract/context.h"

namespace vitext::extract {
namespace {

// The folded key of pieces [b, e) as PhraseTable compares them.
std::string key_of(const TokenIndex& p, uint32_t b, uint32_t e) {
  std::string key;
  for (uint32_t k = b; k < e; ++k) {
    if (k > b) key.push_back(' ');
    key.append(p.key(k));
  }
  return key;
}

// Payload offset of a Vietnamese given name registered alone (found inside a sentence only).
constexpr int32_t kGiven = 1 << 20;

bool capitalised(const TokenIndex& p, size_t k) { return k < p.size() && p[k].kind == PieceKind::kWord && p[k].upper; }

}  // namespace

void find_repeated_names(Work& w) {
  const TokenIndex& p = w.p;
  PhraseTable names;
  std::vector<const EntityHit*> sources;
  for (const EntityHit& e : w.entities) {
    if (e.nested || (e.label != EntityLabel::kPer && e.label != EntityLabel::kOrg)) continue;
    const uint32_t n = e.r.e - e.r.b;
    if (e.label == EntityLabel::kOrg && n > 3) continue;  // long names recur shortened, not whole
    names.add_folded(key_of(p, e.r.b, e.r.e), static_cast<int32_t>(sources.size()));
    sources.push_back(&e);
    // "Jose Mourinho" -> "Mourinho": a foreign surname alone; "Nguyễn Văn Dương" -> "Dương":
    // a Vietnamese given name alone, the way news refers to a person again (inside a
    // sentence only: at its start a given name may be any capitalised word, "Lan tỏa").
    if (e.label == EntityLabel::kPer && e.type == "person" && n >= 2 && p[e.r.e - 1].upper) {
      const bool vietnamese = is_vietnamese_syllable_any_form(p.str(e.r.e - 1));
      if (!vietnamese || (n >= 3 && w.lx.surnames.longest(p, e.r.b))) {
        names.add_folded(key_of(p, e.r.e - 1, e.r.e), static_cast<int32_t>(sources.size() - 1) + (vietnamese ? kGiven : 0));
      }
    }
  }
  if (sources.empty()) return;
  std::vector<EntityHit> found;
  for (size_t i = 0; i < p.size(); ++i) {
    if (w.used[i] || !(capitalised(p, i) || p[i].acronym)) continue;
    if (i > 0 && capitalised(p, i - 1) && p[i - 1].sentence == p[i].sentence) continue;  // inside a longer name
    auto m = names.longest(p, i);
    if (!m) continue;
    if (m.payload >= kGiven) {
      const bool start = i == 0 || p[i - 1].sentence != p[i].sentence;
      if (start || p[i].acronym) continue;
      m.payload -= kGiven;
    }
    const size_t e = i + m.length;
    bool free = true;
    for (size_t k = i; k < e; ++k) free = free && !w.used[k];
    if (!free || (capitalised(p, e) && p[e].sentence == p[i].sentence)) continue;
    // "OnePlus 5", "Oppo F3": a company's name before a model number names the product.
    if (sources[m.payload]->label == EntityLabel::kOrg && e < p.size() && p[e].sentence == p[i].sentence &&
        p[e].space_before && (p[e].kind == PieceKind::kNumber || p.str(e).find_first_of("0123456789") != std::string_view::npos)) {
      continue;
    }
    EntityHit hit;
    hit.label = sources[m.payload]->label;
    hit.type = sources[m.payload]->type;
    hit.r = {static_cast<uint32_t>(i), static_cast<uint32_t>(e)};
    found.push_back(hit);
    i = e - 1;
  }
  for (EntityHit& h : found) {
    w.mark(h.r, kUsedByEntity);
    w.entities.push_back(std::move(h));
  }
}

}  // namespace vitext::extract
