#include "sentences/abbreviations.h"

#include <array>

namespace vitext::sentences {

namespace {

struct Entry {
  std::string_view form;  // without the final "."; case as written
  Abbreviation kind;
  // What it stands for, so the table can be reviewed by a reader of Vietnamese.
  std::string_view meaning;
};

constexpr Abbreviation T = Abbreviation::kTitle;
constexpr Abbreviation E = Abbreviation::kEnding;

constexpr std::array kAbbreviations = {
    // Administrative units: followed by a name or number.
    Entry{"TP", T, "thành phố (city)"},
    Entry{"Tp", T, "thành phố"},
    Entry{"tp", T, "thành phố"},
    Entry{"TX", T, "thị xã (town)"},
    Entry{"Tx", T, "thị xã"},
    Entry{"TT", T, "thị trấn (township)"},
    Entry{"Q", T, "quận (urban district)"},
    Entry{"q", T, "quận"},
    Entry{"P", T, "phường (ward)"},
    Entry{"p", T, "phường"},
    Entry{"X", T, "xã (commune)"},
    Entry{"H", T, "huyện (rural district)"},
    Entry{"Đ", T, "đường (street)"},
    // Academic and professional titles: followed by a name.
    Entry{"GS", T, "giáo sư (professor)"},
    Entry{"PGS", T, "phó giáo sư (associate professor)"},
    Entry{"TS", T, "tiến sĩ (doctor)"},
    Entry{"TSKH", T, "tiến sĩ khoa học (doctor of science)"},
    Entry{"ThS", T, "thạc sĩ (master)"},
    Entry{"Ths", T, "thạc sĩ"},
    Entry{"Th.S", T, "thạc sĩ"},
    Entry{"BS", T, "bác sĩ (physician)"},
    Entry{"Bs", T, "bác sĩ"},
    Entry{"BSCKI", T, "bác sĩ chuyên khoa I"},
    Entry{"BSCKII", T, "bác sĩ chuyên khoa II"},
    Entry{"DS", T, "dược sĩ (pharmacist)"},
    Entry{"KS", T, "kỹ sư (engineer)"},
    Entry{"CN", T, "cử nhân (bachelor)"},
    Entry{"NCS", T, "nghiên cứu sinh (doctoral candidate)"},
    Entry{"LS", T, "luật sư (lawyer)"},
    Entry{"NSND", T, "nghệ sĩ nhân dân (People's Artist)"},
    Entry{"NSƯT", T, "nghệ sĩ ưu tú (Meritorious Artist)"},
    Entry{"NGND", T, "nhà giáo nhân dân (People's Teacher)"},
    Entry{"NGƯT", T, "nhà giáo ưu tú (Meritorious Teacher)"},
    Entry{"Đ/c", T, "đồng chí (comrade)"},
    Entry{"đ/c", T, "đồng chí"},
    Entry{"Mr", T, "Mister"},
    Entry{"Mrs", T, "Mistress"},
    Entry{"Ms", T, "Miss"},
    Entry{"Dr", T, "Doctor"},
    Entry{"Prof", T, "Professor"},
    Entry{"St", T, "Saint / Street"},
    // References: followed by a name or number.
    Entry{"NXB", T, "nhà xuất bản (publisher)"},
    Entry{"Nxb", T, "nhà xuất bản"},
    Entry{"Tr", T, "trang (page)"},
    Entry{"tr", T, "trang"},
    Entry{"No", T, "number"},
    Entry{"Vol", T, "volume"},
    Entry{"ĐT", T, "điện thoại (telephone)"},
    Entry{"Tel", T, "telephone"},
    Entry{"Sđd", T, "sách đã dẫn (op. cit.)"},
    // May end a sentence.
    Entry{"v.v", E, "vân vân (et cetera)"},
    Entry{"vv", E, "vân vân"},
    Entry{"v.v.v", E, "vân vân"},
    Entry{"etc", E, "et cetera"},
    Entry{"Ltd", E, "limited (company)"},
    Entry{"Co", E, "company"},
    Entry{"Inc", E, "incorporated"},
    Entry{"Corp", E, "corporation"},
    Entry{"Jr", E, "junior"},
};

Abbreviation lookup(std::string_view word) {
  for (const Entry& e : kAbbreviations)
    if (e.form == word) return e.kind;
  return Abbreviation::kNone;
}

}  // namespace

Abbreviation find_abbreviation(std::string_view word) {
  if (word.empty()) return Abbreviation::kNone;
  if (Abbreviation a = lookup(word); a != Abbreviation::kNone) return a;
  // "GS.TS", "PGS.TS", "ThS.BS": titles joined by dots.
  if (word.find('.') == std::string_view::npos) return Abbreviation::kNone;
  size_t start = 0;
  while (start <= word.size()) {
    size_t dot = word.find('.', start);
    std::string_view part = word.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (lookup(part) != Abbreviation::kTitle) return Abbreviation::kNone;
    if (dot == std::string_view::npos) break;
    start = dot + 1;
  }
  return Abbreviation::kTitle;
}

}  // namespace vitext::sentences
