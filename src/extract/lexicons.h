// Lexicons: the hand-written tables of lexicons/ turned into phrase tables once, at load.
// Immutable afterwards and shared by every thread.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "extract/lexicons/lexicon_data.h"
#include "extract/phrase_table.h"

namespace vitext::extract {

struct Place {
  std::string name;        // canonical: "Thanh Hóa"
  std::string after_2025;  // the province it is part of after the 2025 merger
  bool current = false;    // one of the 34 provinces after the merger
};

struct Lexicons {
  std::vector<Place> places;      // payloads of `provinces`
  PhraseTable provinces;          // 63 + 34 + aliases -> places
  PhraseTable regions;            // countries, regions
  PhraseTable districts;          // district names before 2025
  PhraseTable admin;              // -> lex::admin_levels()
  PhraseTable organisations;      // complete names
  PhraseTable org_heads;          // payload 1 = stands alone, 0 = needs a name after it,
                                  // 2 = needs a name and a capital, 3 = needs a
                                  // capital and a country right after it
  PhraseTable org_words;
  PhraseTable acronyms;           // -> lex::acronyms()
  PhraseTable ranks, titles, surnames, person_markers, award_heads;
  PhraseTable number_words, vague, qualifiers, counters, stops;
  PhraseTable holidays, relative;
  PhraseTable foreign_stops;  // payload: lex::ForeignWord::kind
  PhraseTable common_acronyms;
  // Keys of the number words that build tens and hundreds.
  std::string key_muoi_ten, key_muoi, key_chuc, key_tram, key_nua;
  std::string key_nhung, key_cac;  // plural markers: "những năm tháng" is not "five months"

  static const Lexicons& get();

  // Fills pieces.first_mask: one lookup per piece instead of one per table and rule.
  void mark_first_pieces(TokenIndex& pieces) const;
  std::unordered_map<std::string, uint32_t> first_piece_mask;  // built on first use (thread-safe static)
};

}  // namespace vitext::extract
