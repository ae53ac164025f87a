// The layers the extraction stage adds to a Document: named entities, people, time
// expressions, quantitative facts and awards. Like tokens and words they are flat arrays
// of small structs; every mention carries `span` (ORIGINAL bytes) and `view` (normalised
// bytes). Strings are the canonical values a reader wants (a resolved name, an ISO date),
// never a replacement for the text: the text of a mention is always original_of(span).
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "vitext/span.h"

namespace vitext {

enum class EntityLabel : uint8_t { kPer, kLoc, kOrg, kMisc };
const char* entity_label_name(EntityLabel label);

// Entities may nest: "Công an tỉnh Thanh Hóa" is an ORG and "Thanh Hóa" inside it a LOC.
// The array is sorted by start, longer first; `outer` is false for a nested entity.
struct Entity {
  Span span;
  Span view;
  EntityLabel label = EntityLabel::kMisc;
  uint32_t sentence = 0;
  bool outer = true;
  // Canonical form when it differs from the text: a province under its official name, an
  // organisation completed from context ("Công an tỉnh" -> "Công an tỉnh Thanh Hóa").
  std::string normalized;
  std::string expansion;  // acronyms: "UBND" -> "Ủy ban nhân dân"
  std::string type;       // finer class: "province", "ministry", "rank", "award", "acronym" ...
  // Provinces named before the July 2025 merger: the province they belong to after it.
  std::string province_after_2025;
};

enum class DateKind : uint8_t { kDate, kMonth, kYear, kRelative, kRange, kHoliday };
const char* date_kind_name(DateKind kind);

struct DateMention {
  Span span;
  Span view;
  DateKind kind = DateKind::kDate;
  uint32_t sentence = 0;
  // ISO 8601 at the precision the text gives: "2023-12-27", "2023-12", "2023"; empty when
  // it cannot be resolved (a relative expression in an undated document).
  std::string iso;
  std::string iso_end;   // ranges: the last day/month/year included
  std::string holiday;   // "Tết Nguyên đán", "Quốc khánh" ...
  std::string note;      // how it was resolved, or why not
};

// One number, percentage or vague quantity and what it is about.
//   "hoàn thành vượt mức 40% chỉ tiêu Bộ Công an giao": value 40, unit "%", share = true
//   (40% OF the targets were exceeded), what "chỉ tiêu Bộ Công an giao", qualifier "vượt mức".
//   "hàng trăm đối tượng": no exact value, lo 100, hi 999, qualifier "hàng trăm", unit "đối tượng".
struct Fact {
  static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
  Span span;       // the quantity with its qualifier and what it counts
  Span view;
  uint32_t sentence = 0;
  double value = kNone;          // the number as written (NaN for vague quantities)
  double lo = kNone, hi = kNone; // the range it denotes ("từ 5 đến 10", "hàng chục" 10..99, "trên 50" lo 50)
  std::string unit;       // "%", a counter ("vụ", "đối tượng", "lượt"), a currency ("đồng")
  std::string what;       // what is counted or what the percentage is of
  std::string qualifier;  // "trên", "gần", "hơn", "khoảng", "vượt mức", "đạt", "hàng trăm", "nhiều" ...
  bool share = false;     // value is a percentage OF `what`
  std::string phrase;     // the clause it belongs to (the achievement or event)
  Span phrase_span;
  std::string subject;    // who achieved it, when the text says
};

// "<recipient> được <giver> tặng <award>"
struct Award {
  Span span;  // the award's name
  Span view;
  uint32_t sentence = 0;
  std::string award;
  std::string recipient;         // as written: "đồng chí Phó Giám đốc phụ trách An ninh"
  std::string recipient_person;  // the person it resolves to, when the text makes it clear
  std::string giver;
};

struct Person {
  std::string name;                 // empty when only a title names them ("đồng chí Phó Giám đốc")
  std::string rank;                 // "Đại tá"
  std::vector<std::string> titles;  // "Phó Giám đốc", "Thủ trưởng Cơ quan An ninh điều tra"
  std::string org;                  // as written: "Công an tỉnh"
  std::string org_normalized;       // completed from context: "Công an tỉnh Thanh Hóa"
  std::vector<Span> mentions;       // original bytes
  std::vector<Span> mention_views;
  std::vector<uint32_t> sentences;  // sorted, unique
};

}  // namespace vitext
