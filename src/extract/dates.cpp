// Time expressions: explicit dates ("27/12", "ngày 27 tháng 12 năm 2023"), months
// ("tháng 12/2023"), years ("năm 2023"), relative expressions resolved against the
// document date ("sáng nay", "năm nay", "trong năm"), ranges ("từ ... đến ...",
// "giai đoạn 2021 - 2025") and named holidays (Tết Nguyên đán from a table of lunar new
// year dates; other lunar holidays are named without a Gregorian date).
#include <cstdio>
#include <optional>
#include <string>

#include "extract/context.h"
#include "extract/fold.h"
#include "extract/numbers.h"

namespace vitext::extract {

DocDate parse_document_date(std::string_view s) {
  DocDate d;
  int y = 0, m = 0, day = 0;
  int n = std::sscanf(std::string(s).c_str(), "%d-%d-%d", &y, &m, &day);
  if (n >= 1 && y >= 1000 && y <= 9999) d.year = y;
  if (n >= 2 && m >= 1 && m <= 12) d.month = m;
  if (n >= 3 && day >= 1 && day <= 31) d.day = day;
  return d;
}

namespace {

struct Ymd {
  int y = 0, m = 0, d = 0;
};

struct DateHit {
  Range r;
  DateKind kind = DateKind::kDate;
  Ymd a, b;  // b: end of a range
  std::string holiday, note;
  bool from_word = false;  // a range that takes a "từ" before it ("từ tháng 10-11/2016")
};

// Days since 1970-01-01 and back (H. Hinnant's civil-from-days algorithms).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}
Ymd civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

std::string iso(const Ymd& v) {
  char buf[64];
  if (v.y > 0 && v.m > 0 && v.d > 0) std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", v.y, v.m, v.d);
  else if (v.y > 0 && v.m > 0) std::snprintf(buf, sizeof buf, "%04d-%02d", v.y, v.m);
  else if (v.y > 0) std::snprintf(buf, sizeof buf, "%04d", v.y);
  else if (v.m > 0 && v.d > 0) std::snprintf(buf, sizeof buf, "--%02d-%02d", v.m, v.d);  // ISO 8601 without year
  else if (v.m > 0) std::snprintf(buf, sizeof buf, "--%02d", v.m);
  else return {};
  return buf;
}

bool small_int(const TokenIndex& p, size_t i, int lo, int hi, int& out) {
  if (i >= p.size() || p[i].kind != PieceKind::kNumber) return false;
  std::string_view s = p.str(i);
  if (s.size() > 4) return false;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + (c - '0');
  }
  if (v < lo || v > hi) return false;
  out = v;
  return true;
}

// "27/12", "12/2023", "27/12/2023", "27-12-2023"; `after_month_word`: "tháng 12/2023".
bool parse_date_piece(std::string_view s, bool after_month_word, Ymd& out, DateKind& kind) {
  int parts[3] = {0, 0, 0};
  int n = 0;
  int cur = 0, digits = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      cur = cur * 10 + (c - '0');
      ++digits;
    } else {
      if (n >= 2 || digits == 0) return false;
      parts[n++] = cur;
      cur = digits = 0;
    }
  }
  if (digits == 0) return false;
  parts[n++] = cur;
  auto valid_md = [](int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= 31; };
  if (n == 3 && parts[0] >= 1000) {  // "2023-12-27"
    if (!valid_md(parts[1], parts[2])) return false;
    out = {parts[0], parts[1], parts[2]};
    kind = DateKind::kDate;
    return true;
  }
  if (n == 3) {
    if (!valid_md(parts[1], parts[0]) || parts[2] < 1000) return false;
    out = {parts[2], parts[1], parts[0]};
    kind = DateKind::kDate;
    return true;
  }
  if (after_month_word || parts[1] >= 1000) {  // month/year
    if (parts[0] < 1 || parts[0] > 12 || parts[1] < 1000) return false;
    out = {parts[1], parts[0], 0};
    kind = DateKind::kMonth;
    return true;
  }
  if (!valid_md(parts[1], parts[0])) return false;
  out = {0, parts[1], parts[0]};
  kind = DateKind::kDate;
  return true;
}

class DateFinder {
 public:
  explicit DateFinder(Work& w) : w_(w), p_(w.p) {}

  void run(std::vector<DateMention>& out) {
    std::vector<DateHit> hits;
    scan_matches<DateHit>(
        p_.size(), [&](size_t i, DateHit& h) { return match(i, h); },
        [&](size_t i, size_t n, DateHit& h) {
          h.r = {static_cast<uint32_t>(i), static_cast<uint32_t>(i + n)};
          if (h.from_word && i > 0 && is(i - 1, "từ") && (hits.empty() || hits.back().r.e < i)) --h.r.b;
          const size_t lead = lead_words(i, h);
          if (lead < h.r.b && (hits.empty() || hits.back().r.e <= lead)) h.r.b = static_cast<uint32_t>(lead);
          hits.push_back(h);
        });
    merge_ranges(hits);
    for (DateHit& h : hits) {
      w_.mark(h.r, kUsedByDate);
      DateMention m;
      m.view = w_.view(h.r);
      m.kind = h.kind;
      m.sentence = p_[h.r.b].sentence;
      m.iso = iso(h.a);
      if (h.kind == DateKind::kRange) m.iso_end = iso(h.b);
      m.holiday = h.holiday;
      m.note = h.note;
      out.push_back(std::move(m));
    }
  }

 private:
  bool is(size_t i, const char* word) const { return w_.is(i, word); }

  bool number(size_t k) const { return k < p_.size() && p_[k].kind == PieceKind::kNumber; }

  // Words before a date that belong to its mention: a clock time ("15 giờ ngày 20/6", "8h30
  // sáng 9/6", "8 giờ 30 sáng nay (8-6)"), "rạng" of "rạng sáng", and "đầu", "cuối", "giữa" of a
  // month or a year ("cuối tháng 6"). Returns the first piece of the mention.
  size_t lead_words(size_t i, const DateHit& h) const {
    size_t k = i;
    if (k > 0 && is(k, "sáng") && is(k - 1, "rạng")) --k;
    if (k > 0 && (is(k, "tháng") || is(k, "năm")) && (is(k - 1, "đầu") || is(k - 1, "cuối") || is(k - 1, "giữa"))) {
      return k - 1;
    }
    if (h.kind == DateKind::kMonth || h.kind == DateKind::kYear) return k;
    if (k > 0 && p_[k - 1].token == TokenKind::kTime) return k - 1;
    if (k >= 4 && is(k - 1, "phút") && number(k - 2) && is(k - 3, "giờ") && number(k - 4)) return k - 4;
    if (k >= 3 && number(k - 1) && is(k - 2, "giờ") && number(k - 3)) return k - 3;
    if (k >= 2 && is(k - 1, "giờ") && number(k - 2)) return k - 2;
    return k;
  }

  // Fills the year from the document date when the text leaves it out.
  void complete_year(Ymd& v, std::string& note) const {
    if (v.y == 0 && w_.date.year > 0) {
      v.y = w_.date.year;
      note = "year from the document date";
    }
  }

  size_t match(size_t i, DateHit& h) {
    if (size_t n = match_holiday(i, h)) return n;
    if (size_t n = match_relative(i, h)) return n;
    if (size_t n = match_explicit(i, h)) return n;
    return 0;
  }

  size_t match_holiday(size_t i, DateHit& h) {
    auto m = w_.lx.holidays.longest(p_, i);
    size_t n = 0;
    const lex::Holiday* hol = nullptr;
    if (m && p_[i].upper) {
      hol = &lex::holidays()[m.payload];
      n = m.length;
    } else if (p_[i].upper && is(i, "Tết")) {  // "Tết" alone is the lunar new year
      hol = &lex::holidays()[0];
      n = 1;
    }
    if (!hol) return 0;
    h.kind = DateKind::kHoliday;
    h.holiday = hol->name;
    int year = 0;
    // "Tết Nguyên đán Giáp Thìn 2024", "Quốc khánh 2/9/2023", "Tết Nguyên đán năm 2024".
    size_t j = i + n;
    if (j + 1 < p_.size() && p_[j].upper && p_[j + 1].upper && p_[j].kind == PieceKind::kWord) j += 2;  // can chi
    if (is(j, "năm")) ++j;
    if (small_int(p_, j, 1900, 2100, year)) n = j + 1 - i;
    if (hol->lunar) {
      if (hol->day == 1 && hol->month == 1) {
        // Which Tết: the stated year, else the next one from the document date (a report
        // written from September on looks ahead to the coming Tết).
        if (year == 0 && w_.date.year > 0) year = w_.date.month >= 9 ? w_.date.year + 1 : w_.date.year;
        for (const auto& t : lex::lunar_new_years()) {
          if (t.year == year) {
            h.a = {t.year, t.month, t.day};
            h.note = "first day of the lunar year (table 2015-2029)";
            return n;
          }
        }
        h.a = {year, 0, 0};
        h.note = year ? "lunar new year; Gregorian date not in the table (2015-2029)" : "lunar new year";
      } else {
        h.a = {year, 0, 0};
        char buf[96];
        std::snprintf(buf, sizeof buf, "lunar %d/%d; Gregorian conversion not implemented", hol->day, hol->month);
        h.note = buf;
      }
      return n;
    }
    h.a = {year, hol->month, hol->day};
    if (year == 0) complete_year(h.a, h.note);
    return n;
  }

  size_t match_relative(size_t i, DateHit& h) {
    auto m = w_.lx.relative.longest(p_, i);
    if (!m) return 0;
    // "Bốn năm sau", "3 tháng trước": a duration before "sau"/"trước", not "next year".
    if (i > 0 && (p_[i - 1].kind == PieceKind::kNumber ||
                  (p_[i - 1].kind == PieceKind::kWord && w_.lx.number_words.find(p_.key(i - 1)) >= 0))) {
      return 0;
    }
    size_t n = m.length;
    // "trong năm 2023", "năm nay" vs "năm 2023": a year number after it is an explicit year.
    int year;
    if (small_int(p_, i + n, 1000, 2100, year)) return 0;
    if (is(i + n - 1, "năm") && (is(i + n, "tài khóa") || is(i + n, "tài chính") || is(i + n, "học"))) return 0;
    const auto& rel = lex::relative_times()[m.payload];
    h.kind = DateKind::kRelative;
    // "hôm qua 23-3": a date right after it pins it down.
    {
      Ymd v;
      if (size_t n2 = day_month(i + n, v)) {
        h.kind = DateKind::kDate;
        h.a = v;
        complete_year(h.a, h.note);
        return n + n2;
      }
    }
    // "sáng nay (27/12)", "sáng nay (6.6)", "sáng nay (8-6)": the date in brackets pins it down.
    if (p_.punct(i + n, '(')) {
      Ymd v;
      size_t m = day_month(i + n + 1, v);
      if (m == 0 && i + n + 1 < p_.size() && p_[i + n + 1].kind == PieceKind::kDate) {
        DateKind kind;
        if (parse_date_piece(p_.str(i + n + 1), false, v, kind)) m = 1;
      }
      if (m > 0 && p_.punct(i + n + 1 + m, ')')) {
        h.kind = DateKind::kDate;
        h.a = v;
        complete_year(h.a, h.note);
        return n + m + 2;
      }
    }
    const DocDate& d = w_.date;
    if (d.year == 0) {
      h.note = "relative; the document has no date";
      return n;
    }
    if (rel.unit == 'y') {
      h.a = {d.year + rel.offset, 0, 0};
    } else if (rel.unit == 'm') {
      if (d.month == 0) {
        h.a = {d.year, 0, 0};
        h.note = "the document date gives the year only";
      } else {
        int m0 = d.year * 12 + (d.month - 1) + rel.offset;
        h.a = {m0 / 12, m0 % 12 + 1, 0};
      }
    } else if (d.day > 0) {
      h.a = civil_from_days(days_from_civil(d.year, d.month, d.day) + rel.offset);
    } else {
      h.a = {d.year, d.month, 0};
      h.note = "the document date gives the month only";
    }
    return n;
  }

  bool date_separator(size_t k) const { return p_.punct(k, '-') || p_.punct(k, '/') || p_.str(k) == "–"; }

  // "23-3", "24 - 7 - 1962", "17 - 3 – 2004": day and month (and year) as separate pieces, as
  // hyphenated dates and tokenised text have them. Only after a word that announces a date.
  size_t split_date(size_t j, Ymd& v) const {
    int d = 0, m = 0, y = 0;
    if (!small_int(p_, j, 1, 31, d)) return 0;
    // "26 -1": the tokenizer glues the dash to the number after it (a minus sign).
    size_t e;
    Ymd month_year;
    DateKind kind = DateKind::kDate;
    if (date_separator(j + 1) && small_int(p_, j + 2, 1, 12, m)) {
      e = j + 3;
    } else if (date_separator(j + 1) && j + 2 < p_.size() && p_[j + 2].kind == PieceKind::kDate &&
               parse_date_piece(p_.str(j + 2), true, month_year, kind) && kind == DateKind::kMonth) {
      v = {month_year.y, month_year.m, d};  // "1 – 3-2017": the month and year are one date token
      return 3;
    } else if (negated_int(j + 1, 1, 12, m)) {
      e = j + 2;
    } else {
      return 0;
    }
    if (date_separator(e) && small_int(p_, e + 1, 1000, 2100, y) && p_[e + 1].view.size() == 4) {
      e += 2;
    } else if (negated_int(e, 1000, 2100, y) && p_[e].view.size() == 5) {
      e += 1;
    }
    v = {y, m, d};
    return e - j;
  }

  // "mùa hè 2017", "hè 2017": a season of a year; "mùa 2016/17", "mùa giải 2016-2017": a
  // season across two years; "nửa đầu 2017", "nửa cuối năm 2016": half a year.
  size_t season_or_half(size_t i, DateHit& h) const {
    size_t j = i;
    int half = 0;
    if (is(j, "nửa đầu")) half = 1;
    if (is(j, "nửa cuối") || is(j, "nửa sau")) half = 2;
    if (half) {
      j += 2;
    } else if (is(j, "mùa")) {
      ++j;
      if (is(j, "hè") || is(j, "đông") || is(j, "xuân") || is(j, "thu") || is(j, "giải") || is(j, "mưa") ||
          is(j, "khô")) {
        ++j;
      }
    } else if (is(j, "hè") && !p_[j].upper) {
      ++j;
    } else {
      return 0;
    }
    if (half && is(j, "năm")) ++j;
    int y = 0, y2 = 0;
    // "2016/17" is one code token: a season across two years.
    if (!half && j < p_.size() && p_[j].token == TokenKind::kCode) {
      std::string_view c = p_.str(j);
      const size_t slash = c.find('/');
      int a = 0, b = 0;
      bool digits = slash == 4 && (c.size() == 7 || c.size() == 9);
      for (size_t k = 0; digits && k < c.size(); ++k) {
        if (k == slash) continue;
        digits = c[k] >= '0' && c[k] <= '9';
        (k < slash ? a : b) = (k < slash ? a : b) * 10 + (c[k] - '0');
      }
      if (digits && c.size() == 7) b += a / 100 * 100;
      if (!digits || a < 1900 || a > 2100 || b != a + 1) return 0;
      h.kind = DateKind::kRange;
      h.a = {a, 0, 0};
      h.b = {b, 0, 0};
      return j + 1 - i;
    }
    if (!small_int(p_, j, 1900, 2100, y) || p_[j].view.size() != 4) return 0;
    h.a = {y, 0, 0};
    h.kind = DateKind::kYear;
    if (half) {
      h.kind = DateKind::kRange;
      h.a = {y, half == 1 ? 1 : 7, 0};
      h.b = {y, half == 1 ? 6 : 12, 0};
      return j + 1 - i;
    }
    // "2016/17", "2016-2017": the second year written in full or by its last two digits.
    if ((p_.punct(j + 1, '/') || date_separator(j + 1)) && small_int(p_, j + 2, 0, 2100, y2)) {
      if (p_[j + 2].view.size() == 2) y2 += y / 100 * 100;
      if (y2 == y + 1) {
        h.kind = DateKind::kRange;
        h.b = {y2, 0, 0};
        return j + 3 - i;
      }
    }
    return j + 1 - i;
  }

  // "ngày 13-14.7", "ngày 7-8/7": two days of one month written as day - date;
  // "tháng 7,8/2017": two months of a year.
  size_t day_range(size_t j, bool day_word, bool month_word, DateHit& h) const {
    int a = 0;
    if (day_word && small_int(p_, j, 1, 31, a) && date_separator(j + 1)) {
      Ymd v;
      if (size_t n = day_month(j + 2, v); n > 0 && v.d > a) {
        h.kind = DateKind::kRange;
        h.a = {v.y, v.m, a};
        h.b = v;
        return n + 2;
      }
    }
    if (month_word && number(j) && p_.punct(j + 1, '/')) {
      std::string_view s = p_.str(j);
      const size_t comma = s.find(',');
      int y = 0;
      if (comma == 1 || comma == 2) {
        int m1 = 0, m2 = 0;
        for (char c : s.substr(0, comma)) m1 = m1 * 10 + (c - '0');
        for (char c : s.substr(comma + 1)) m2 = c >= '0' && c <= '9' ? m2 * 10 + (c - '0') : 99;
        if (m1 >= 1 && m2 <= 12 && m1 < m2 && small_int(p_, j + 2, 1000, 2100, y)) {
          h.kind = DateKind::kRange;
          h.a = {y, m1, 0};
          h.b = {y, m2, 0};
          return 3;
        }
      }
    }
    return 0;
  }

  // "-1" as a dash and 1: a number token with a glued minus, its value in [lo, hi].
  bool negated_int(size_t j, int lo, int hi, int& out) const {
    if (j >= p_.size() || p_[j].kind != PieceKind::kNumber || p_.str(j).size() < 2 || p_.str(j)[0] != '-') return false;
    int v = 0;
    for (char c : p_.str(j).substr(1)) {
      if (c < '0' || c > '9' || v > 9999) return false;
      v = v * 10 + (c - '0');
    }
    if (v < lo || v > hi) return false;
    out = v;
    return true;
  }

  // "10-11" (a date token the tokenizer reads as day and month) as two numbers a < b.
  bool dash_pair(size_t j, int& a, int& b) const {
    if (!dash_day_month(j)) return false;
    std::string_view s = p_.str(j);
    size_t dash = s.find('-');
    auto number = [](std::string_view t, int& v) {
      v = 0;
      for (char c : t) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
      }
      return !t.empty() && t.size() <= 2;
    };
    return number(s.substr(0, dash), a) && number(s.substr(dash + 1), b) && a < b;
  }

  // "ngày 10-11/02", "ngày 10-11/2/2017": two days of one month. "tháng 10-11/2016": two months.
  size_t dash_pair_range(size_t j, bool day_word, bool month_word, DateHit& h) const {
    int a = 0, b = 0, m = 0, y = 0;
    if ((!day_word && !month_word) || !dash_pair(j, a, b) || !p_.punct(j + 1, '/')) return 0;
    if (month_word) {
      if (b > 12 || !small_int(p_, j + 2, 1000, 2100, y)) return 0;
      h.a = {y, a, 0};
      h.b = {y, b, 0};
      return 3;
    }
    size_t e = j + 3;
    Ymd v;
    DateKind kind;
    if (small_int(p_, j + 2, 1, 12, m)) {
      if (p_.punct(e, '/') && small_int(p_, e + 1, 1000, 2100, y)) e += 2;
    } else if (j + 2 < p_.size() && p_[j + 2].kind == PieceKind::kDate &&
               parse_date_piece(p_.str(j + 2), true, v, kind) && kind == DateKind::kMonth) {
      m = v.m;
      y = v.y;
    } else {
      return 0;
    }
    if (b > 31) return 0;
    h.a = {y, m, a};
    h.b = {y, m, b};
    return e - j;
  }

  // "22.9" (day and month), "9.2017" (month and year): the dotted dates several papers write,
  // which read as a decimal number (or a date token) and are dates only where a word announces
  // one ("ngày 22.9", "tháng 9.2017", "sáng 12.3").
  bool dotted_pair(size_t j, bool month_year, Ymd& v) const {
    if (j >= p_.size() || (p_[j].kind != PieceKind::kNumber && p_[j].kind != PieceKind::kDate)) return false;
    std::string_view s = p_.str(j);
    const size_t dot = s.find('.');
    if (dot == std::string_view::npos || s.find('.', dot + 1) != std::string_view::npos) return false;
    std::string_view a = s.substr(0, dot), b = s.substr(dot + 1);
    auto value = [](std::string_view t) {
      int n = 0;
      for (char c : t) {
        if (c < '0' || c > '9') return -1;
        n = n * 10 + (c - '0');
      }
      return t.empty() ? -1 : n;
    };
    const int x = a.size() <= 2 ? value(a) : -1, y = value(b);
    if (month_year) {
      if (x < 1 || x > 12 || b.size() != 4 || y < 1900 || y > 2100) return false;
      v = {y, x, 0};
      return true;
    }
    if (b.size() > 2 || x < 1 || x > 31 || y < 1 || y > 12) return false;
    v = {0, y, x};
    return true;
  }

  // A day and month at j: a date token ("23-3", "4.1.2017"), a dotted pair ("22.9") or the
  // split pieces of one ("24 - 7 - 1962"). Returns the pieces used.
  size_t day_month(size_t j, Ymd& v) const {
    if (dotted_pair(j, false, v)) return 1;
    DateKind kind = DateKind::kDate;
    if (j < p_.size() && p_[j].kind == PieceKind::kDate && parse_date_piece(p_.str(j), false, v, kind) &&
        kind == DateKind::kDate) {
      return 1;
    }
    return split_date(j, v);
  }

  // "23-3", "10-12": a day and month joined by a dash, which the tokenizer types as a date
  // but which is as often a range ("10-12 người"); a date only after a word announcing one.
  bool dash_day_month(size_t j) const {
    if (j >= p_.size() || p_[j].kind != PieceKind::kDate) return false;
    std::string_view s = p_.str(j);
    return s.find('-') != std::string_view::npos && s.find('-') == s.rfind('-');
  }

  // "tháng chín", "tháng mười hai": a month in words (not "tháng năm", "tháng một": too
  // often "months and years", "one month").
  size_t month_in_words(size_t j, int& month) const {
    if (j >= p_.size() || p_[j].kind != PieceKind::kWord || p_[j].upper) return 0;
    int32_t w = w_.lx.number_words.find(p_.key(j));
    if (w < 0) return 0;
    const auto& nw = lex::number_words()[w];
    if (nw.scale || nw.value < 2 || nw.value > 10 || is(j, "năm") || is(j, "lăm") || is(j, "nhăm")) return 0;
    month = static_cast<int>(nw.value);
    if (month == 10 && j + 1 < p_.size() && (is(j + 1, "một") || is(j + 1, "hai")) ) {
      month += is(j + 1, "một") ? 1 : 2;
      return 2;
    }
    return 1;
  }

  size_t match_explicit(size_t i, DateHit& h) {
    size_t start = i;
    // "Chiều 23-3", "sáng ngày 5 - 10": a part of the day before a date belongs to it.
    if (is(i, "sáng") || is(i, "trưa") || is(i, "chiều") || is(i, "tối") || is(i, "đêm") || is(i, "khuya") ||
        is(i, "hôm")) {
      size_t j = is(i + 1, "ngày") ? i + 2 : i + 1;
      Ymd v;
      size_t n = day_month(j, v);
      if (n == 0) return 0;
      h.kind = DateKind::kDate;
      h.a = v;
      complete_year(h.a, h.note);
      return j + n - start;
    }
    // "quý 1 - 2004", "quý II/2024", "quý 3 năm 2023": three months.
    if (is(i, "quý") || is(i, "quí")) {
      static const char* const kRoman[] = {"I", "II", "III", "IV"};
      int q = 0, y = 0;
      size_t j = i + 1;
      // "I-2017" is one acronym token: the quarter and its year.
      std::string_view roman = p_.str(j);
      int glued_year = 0;
      if (size_t dash = roman.find('-'); dash != std::string_view::npos && roman.size() == dash + 5) {
        for (char c : roman.substr(dash + 1)) glued_year = c >= '0' && c <= '9' ? glued_year * 10 + (c - '0') : -1;
        if (glued_year < 1000 || glued_year > 2100) glued_year = 0;
        if (glued_year) roman = roman.substr(0, dash);
      }
      Ymd month_year;
      DateKind kind = DateKind::kDate;
      if (j < p_.size() && p_[j].kind == PieceKind::kDate && parse_date_piece(p_.str(j), true, month_year, kind) &&
          kind == DateKind::kMonth && month_year.m <= 4) {
        q = month_year.m;  // "quý 2-2017": one date token, quarter and year
        glued_year = month_year.y;
      } else if (!small_int(p_, j, 1, 4, q)) {
        for (int k = 0; k < 4; ++k) {
          if (roman == kRoman[k]) q = k + 1;
        }
      }
      if (q == 0) return 0;
      size_t e = j + 1;
      if (glued_year) {
        y = glued_year;
      } else if ((date_separator(e) || is(e, "năm")) && small_int(p_, e + 1, 1000, 2100, y) &&
                 p_[e + 1].view.size() == 4) {
        e += 2;
      } else if (negated_int(e, 1000, 2100, y) && p_[e].view.size() == 5) {  // "quý 1 -2004"
        e += 1;
      } else if (w_.date.year > 0) {
        y = w_.date.year;
        h.note = "year from the document date";
      }
      h.kind = DateKind::kRange;
      h.a = {y, 3 * q - 2, 0};
      h.b = {y, 3 * q, 0};
      if (y == 0) h.note = "quarter " + std::to_string(q) + "; no year";
      return y ? e - start : 0;
    }
    if (size_t n = season_or_half(i, h)) return n;
    bool day_word = is(i, "ngày"), month_word = is(i, "tháng"), year_word = is(i, "năm");
    size_t j = (day_word || month_word || year_word) ? i + 1 : i;
    // "năm học 2017-2018", "năm tài khóa 2016": a school or fiscal year.
    if (year_word && (is(j, "học") || is(j, "tài khóa") || is(j, "tài chính"))) j += is(j, "học") ? 1 : 2;
    // "SN 1981": a year of birth.
    int born = 0;
    if (!year_word && i > 0 && is(i - 1, "SN") && small_int(p_, i, 1900, 2100, born) && p_[i].view.size() == 4) {
      h.kind = DateKind::kYear;
      h.a = {born, 0, 0};
      return 1;
    }
    if (size_t n = day_range(j, day_word, month_word, h)) return j + n - start;
    if (size_t n = dash_pair_range(j, day_word, month_word, h)) {
      h.kind = DateKind::kRange;
      h.from_word = true;
      complete_year(h.a, h.note);
      complete_year(h.b, h.note);
      return j + n - start;
    }
    if (Ymd v; (day_word || month_word) && dotted_pair(j, month_word, v)) {
      h.kind = month_word ? DateKind::kMonth : DateKind::kDate;
      h.a = v;
      complete_year(h.a, h.note);
      return j + 1 - start;
    }
    if (j < p_.size() && p_[j].kind == PieceKind::kDate) {
      // "10-12", "22.9" alone are as often ranges and decimals: dates after a word only.
      Ymd probe;
      if (j == i && (dash_day_month(j) || dotted_pair(j, false, probe))) return 0;
      DateKind kind;
      Ymd v;
      if (!parse_date_piece(p_.str(j), month_word, v, kind)) return 0;
      if (year_word) return 0;
      h.kind = kind;
      h.a = v;
      complete_year(h.a, h.note);
      return j + 1 - start;
    }
    int a = 0, b = 0, y = 0;
    if (day_word && small_int(p_, j, 1, 31, a)) {
      // "ngày 27 tháng 12 [năm 2023]" or "ngày 27" (month from the document)
      if (is(j + 1, "tháng") && small_int(p_, j + 2, 1, 12, b)) {
        size_t e = j + 3;
        if (is(e, "năm") && small_int(p_, e + 1, 1000, 2100, y)) e += 2;
        else if (p_.punct(e, '/') && small_int(p_, e + 1, 1000, 2100, y)) e += 2;
        h.kind = DateKind::kDate;
        h.a = {y, b, a};
        complete_year(h.a, h.note);
        return e - start;
      }
      Ymd v;
      // "ngày 22 và 23 - 10": two days of one month.
      if (is(j + 1, "và") || p_.punct(j + 1, ',')) {
        if (size_t n = day_month(j + 2, v)) {
          h.kind = DateKind::kRange;
          h.a = {v.y, v.m, a};
          h.b = v;
          complete_year(h.a, h.note);
          complete_year(h.b, h.note);
          return j + 2 + n - start;
        }
      }
      if (size_t n = split_date(j, v)) {
        h.kind = DateKind::kDate;
        h.a = v;
        complete_year(h.a, h.note);
        return j + n - start;
      }
      h.kind = DateKind::kDate;
      h.a = {w_.date.year, w_.date.month, w_.date.month ? a : 0};
      h.note = "month and year from the document date";
      return j + 1 - start;
    }
    int month_words = 0;
    if (month_word && (small_int(p_, j, 1, 12, b) || (month_words = static_cast<int>(month_in_words(j, b))) > 0)) {
      size_t e = j + (month_words ? month_words : 1);
      if (is(e, "năm") && small_int(p_, e + 1, 1000, 2100, y)) e += 2;
      // "tháng 8 – 2003", "Tháng 4 - 1997"
      else if (!month_words && date_separator(e) && small_int(p_, e + 1, 1000, 2100, y) && p_[e + 1].view.size() == 4) e += 2;
      h.kind = DateKind::kMonth;
      h.a = {y, b, 0};
      complete_year(h.a, h.note);
      return e - start;
    }
    if (year_word && small_int(p_, j, 1000, 2100, y)) {
      // "năm 2016 - 2017", "năm 2016 đến 2018": a period of years.
      size_t k = j + 1;
      if ((date_separator(k) || is(k, "đến")) && small_int(p_, k + 1, 1000, 2100, b) && b > y &&
          p_[k + 1].view.size() == 4) {
        h.kind = DateKind::kRange;
        h.a = {y, 0, 0};
        h.b = {b, 0, 0};
        return k + 2 - start;
      }
      h.kind = DateKind::kYear;
      h.a = {y, 0, 0};
      return j + 1 - start;
    }
    // A bare year in a period: "giai đoạn 2021 - 2025", "2021-2025", "nhiệm kỳ 2020 - 2025".
    if (!day_word && !month_word && !year_word && small_int(p_, i, 1900, 2100, y) && p_[i].view.size() == 4) {
      size_t k = i + 1;
      bool dash = p_.punct(k, '-') || p_.str(k) == "–" || is(k, "đến");
      if (dash && small_int(p_, k + 1, 1900, 2100, b) && b > y && p_[k + 1].view.size() == 4) {
        h.kind = DateKind::kRange;
        h.a = {y, 0, 0};
        h.b = {b, 0, 0};
        return k + 2 - start;
      }
    }
    return 0;
  }

  // "từ D1 đến D2", "D1 - D2": one range mention.
  void merge_ranges(std::vector<DateHit>& hits) {
    std::vector<DateHit> out;
    for (size_t k = 0; k < hits.size(); ++k) {
      DateHit h = hits[k];
      if (k + 1 < hits.size() && h.kind != DateKind::kRange && h.kind != DateKind::kRelative) {
        const DateHit& n = hits[k + 1];
        size_t gap = h.r.e;
        bool link = gap + 1 == n.r.b && (p_.punct(gap, '-') || p_.str(gap) == "–" || is(gap, "đến") || is(gap, "tới"));
        if (link && n.kind != DateKind::kRelative && n.kind != DateKind::kRange) {
          DateHit r;
          r.kind = DateKind::kRange;
          r.r = {h.r.b, n.r.e};
          if (h.r.b > 0 && is(h.r.b - 1, "từ")) r.r.b = h.r.b - 1;
          r.a = h.a;
          r.b = n.a;
          // "từ ngày 1 đến ngày 5/3": the start borrows what it leaves out from the end.
          if (r.a.m == 0 || (r.a.d > 0 && h.note == "month and year from the document date")) r.a.m = r.b.m;
          if (r.a.y == 0 || r.a.y != r.b.y) {
            if (h.note.empty() == false || r.a.y == 0) r.a.y = r.b.y;
          }
          r.note = n.note;
          out.push_back(r);
          ++k;
          continue;
        }
      }
      out.push_back(h);
    }
    hits.swap(out);
  }

  Work& w_;
  const TokenIndex& p_;
};

}  // namespace

void find_dates(Work& w, std::vector<DateMention>& out) { DateFinder(w).run(out); }

}  // namespace vitext::extract
