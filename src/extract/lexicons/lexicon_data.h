// The closed-class facts the extractor knows, written by hand as C++ tables (compiled into
// the binary). Each table lives in its own file beside this one. Spellings are given once;
// matching ignores case and tone-mark placement, so "Hòa"/"Hoà" need no second entry.
#pragma once

#include <span>

namespace vitext::extract::lex {

// A province or centrally run city before the 2025 merger, and the one it belongs to after.
struct Province {
  const char* name;
  const char* after_2025;
};
std::span<const Province> provinces_before_2025();   // 63
std::span<const char* const> provinces_after_2025(); // 34
// Other spellings: {variant, canonical name}.
struct Alias {
  const char* variant;
  const char* canonical;
};
std::span<const Alias> province_aliases();
std::span<const char* const> countries_and_regions();
// Districts, towns and provincial cities before 2025 (generated: districts.cpp).
std::span<const char* const> district_names();

// Administrative levels that precede a place name: "tỉnh", "huyện", "TP" ...
struct AdminLevel {
  const char* word;
  const char* level;  // "province", "district", "commune", "city", "village"
};
std::span<const AdminLevel> admin_levels();

// Organisations that are complete names ("Bộ Công an", "Chính phủ").
std::span<const char* const> organisations();
// Words that start an organisation's name and take a name or a place after them
// ("Sở", "Công an", "Ủy ban nhân dân", "Cơ quan An ninh điều tra").
std::span<const char* const> organisation_heads();
// Heads that name an organisation on their own ("Công an", "Tỉnh ủy", "Cơ quan An ninh điều tra").
std::span<const char* const> organisation_heads_standalone();
// Heads that start a name only when capitalised, as common nouns are not ("Ủy ban châu Âu",
// "Không quân Mỹ", "Thượng viện Nga"; "quân đội Mỹ" is the army of a country, no name).
std::span<const char* const> organisation_heads_capitalised();
// A country's forces, an organisation only with the country right after ("Không quân Mỹ").
std::span<const char* const> organisation_heads_of_country();
// Lower-case words that may continue an organisation's name ("Phòng Cảnh sát hình sự").
std::span<const char* const> organisation_name_words();

struct Acronym {
  const char* acronym;
  const char* expansion;
  char label;  // 'O' organisation (head), 'L' place, 'M' other
};
std::span<const Acronym> acronyms();

std::span<const char* const> ranks();
std::span<const char* const> titles();
std::span<const char* const> surnames();
// Words that introduce a person: "ông", "bà", "đồng chí" ...
std::span<const char* const> person_markers();

// Words that make a capitalised foreign run something other than a person ("Real Madrid",
// "Champions League", "App Store"), and upper-case abbreviations that name no organisation
// ("HIV", "USD", "SN").
// kind: 'O' an organisation, 'S' the last word of a company's name, 'E' an event or a product
// (not marked), 'L' a place or building.
struct ForeignWord {
  const char* word;
  char kind;
};
std::span<const ForeignWord> foreign_name_stops();
std::span<const char* const> common_acronyms();

// Award names: heads ("Huân chương", "Bằng khen") and the words that complete them.
std::span<const char* const> award_heads();

// Quantities.
struct NumberWord {
  const char* word;
  double value;
  bool scale;  // "trăm", "nghìn", "triệu", "tỷ" multiply
};
std::span<const NumberWord> number_words();
struct Vague {
  const char* phrase;  // "hàng trăm"
  double lo, hi;       // NaN when open
};
std::span<const Vague> vague_quantities();
struct Qualifier {
  const char* phrase;  // "trên", "vượt mức"
  char bound;          // '>' lower bound, '<' upper bound, '~' approximate, '=' exact/verb
};
std::span<const Qualifier> qualifiers();
// Counters and units that a number counts ("vụ", "đối tượng", "tỷ đồng").
std::span<const char* const> counters();
// Words that end the noun phrase of what is counted (verbs, prepositions, conjunctions).
std::span<const char* const> phrase_stops();

// Time.
struct Holiday {
  const char* name;
  int day, month;  // Gregorian, or lunar when `lunar`
  bool lunar;
};
std::span<const Holiday> holidays();
struct Relative {
  const char* phrase;
  char unit;   // 'd' day, 'm' month, 'y' year
  int offset;  // 0 this, -1 previous, +1 next
};
std::span<const Relative> relative_times();
// Gregorian date of Tết Nguyên đán (first day of the lunar year) for the years known.
struct LunarNewYear {
  int year, month, day;
};
std::span<const LunarNewYear> lunar_new_years();

}  // namespace vitext::extract::lex
