#include "extract/lexicons.h"

#include <iterator>

#include "extract/fold.h"

namespace vitext::extract {
namespace {

template <typename Span>
void add_all(PhraseTable& table, const Span& items) {
  int32_t i = 0;
  for (const char* s : items) table.add(s, i++);
}

Lexicons build() {
  Lexicons lx;
  for (const auto& p : lex::provinces_before_2025()) {
    lx.provinces.add(p.name, static_cast<int32_t>(lx.places.size()));
    lx.places.push_back({p.name, p.after_2025, false});
  }
  for (const char* name : lex::provinces_after_2025()) {
    int32_t found = lx.provinces.find(fold_phrase(name));
    if (found >= 0) {
      lx.places[found].current = true;
    } else {
      lx.provinces.add(name, static_cast<int32_t>(lx.places.size()));
      lx.places.push_back({name, name, true});
    }
  }
  for (const auto& a : lex::province_aliases()) {
    int32_t target = lx.provinces.find(fold_phrase(a.canonical));
    if (target >= 0) lx.provinces.add(a.variant, target);
  }
  add_all(lx.regions, lex::countries_and_regions());
  add_all(lx.districts, lex::district_names());
  {
    int32_t i = 0;
    for (const auto& a : lex::admin_levels()) lx.admin.add(a.word, i++);
  }
  add_all(lx.organisations, lex::organisations());
  for (const char* h : lex::organisation_heads_standalone()) lx.org_heads.add(h, 1);
  for (const char* h : lex::organisation_heads()) lx.org_heads.add(h, 0);
  for (const char* h : lex::organisation_heads_capitalised()) lx.org_heads.add(h, 2);
  for (const char* h : lex::organisation_heads_of_country()) lx.org_heads.add(h, 3);
  add_all(lx.org_words, lex::organisation_name_words());
  {
    int32_t i = 0;
    for (const auto& a : lex::acronyms()) {
      lx.acronyms.add(a.acronym, i);
      if (a.label == 'O') lx.org_heads.add(a.acronym, 1);
      ++i;
    }
  }
  add_all(lx.ranks, lex::ranks());
  add_all(lx.titles, lex::titles());
  add_all(lx.surnames, lex::surnames());
  add_all(lx.person_markers, lex::person_markers());
  add_all(lx.award_heads, lex::award_heads());
  {
    int32_t i = 0;
    for (const auto& w : lex::number_words()) lx.number_words.add(w.word, i++);
    i = 0;
    for (const auto& v : lex::vague_quantities()) lx.vague.add(v.phrase, i++);
    i = 0;
    for (const auto& q : lex::qualifiers()) lx.qualifiers.add(q.phrase, i++);
    i = 0;
    for (const auto& h : lex::holidays()) lx.holidays.add(h.name, i++);
    i = 0;
    for (const auto& r : lex::relative_times()) lx.relative.add(r.phrase, i++);
  }
  lx.key_muoi_ten = fold("mười");
  lx.key_muoi = fold("mươi");
  lx.key_chuc = fold("chục");
  lx.key_tram = fold("trăm");
  lx.key_nua = fold("nửa");
  lx.key_nhung = fold("những");
  lx.key_cac = fold("các");
  for (const auto& f : lex::foreign_name_stops()) lx.foreign_stops.add(f.word, f.kind);
  add_all(lx.common_acronyms, lex::common_acronyms());
  add_all(lx.counters, lex::counters());
  add_all(lx.stops, lex::phrase_stops());
  PhraseTable* tables[] = {&lx.provinces, &lx.regions, &lx.districts, &lx.admin, &lx.organisations, &lx.org_heads,
                           &lx.org_words, &lx.acronyms, &lx.ranks, &lx.titles, &lx.surnames,
                           &lx.person_markers, &lx.award_heads, &lx.number_words, &lx.vague,
                           &lx.qualifiers, &lx.counters, &lx.stops, &lx.holidays, &lx.relative,
                           &lx.foreign_stops, &lx.common_acronyms};
  static_assert(std::size(tables) <= 32);
  uint32_t bit = 1;
  for (PhraseTable* t : tables) {
    t->set_bit(bit);
    t->for_each_first_key([&](const std::string& key) { lx.first_piece_mask[key] |= bit; });
    bit <<= 1;
  }
  return lx;
}

}  // namespace

void Lexicons::mark_first_pieces(TokenIndex& pieces) const {
  pieces.first_mask.assign(pieces.size(), 0);
  std::string key;
  for (size_t i = 0; i < pieces.size(); ++i) {
    key.assign(pieces.key(i));
    auto it = first_piece_mask.find(key);
    if (it != first_piece_mask.end()) pieces.first_mask[i] = it->second;
  }
}

const Lexicons& Lexicons::get() {
  static const Lexicons instance = build();
  return instance;
}

}  // namespace vitext::extract
