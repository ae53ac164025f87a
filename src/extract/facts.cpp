// Quantitative facts: every number, percentage or vague quantity ("hàng trăm", "nhiều")
// with the qualifier before it ("trên", "gần", "vượt mức", "đạt"), what it counts (the
// noun phrase after it, or for "đạt 99%" the clause before), the clause it belongs to,
// and the subject organisation ("lực lượng An ninh Công an tỉnh Thanh Hóa") — from the
// sentence, or carried from an earlier sentence of the same paragraph.
#include <cmath>
#include <limits>

#include "extract/context.h"
#include "extract/fold.h"
#include "extract/numbers.h"

namespace vitext::extract {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

class FactFinder {
 public:
  explicit FactFinder(Work& w) : w_(w), p_(w.p), lx_(w.lx) {}

  void run(std::vector<Fact>& out) {
    find_subjects();
    scan_matches<Fact>(
        p_.size(), [&](size_t i, Fact& f) { return match(i, f); },
        [&](size_t, size_t, Fact& f) { out.push_back(std::move(f)); });
  }

 private:
  bool is(size_t i, const char* word) const { return w_.is(i, word); }
  bool word(size_t i) const { return i < p_.size() && p_[i].kind == PieceKind::kWord; }
  Range range(size_t b, size_t e) const { return {static_cast<uint32_t>(b), static_cast<uint32_t>(e)}; }

  // ---- subjects ----

  // "lực lượng An ninh nhân dân Công an tỉnh Thanh Hóa", "lực lượng An ninh".
  size_t force_phrase(size_t k) const {
    if (!(is(k, "lực") && is(k + 1, "lượng"))) return k;
    size_t j = k + 2;
    while (j < p_.size() && p_[j].sentence == p_[k].sentence) {
      if (const EntityHit* org = w_.entity_at(j, EntityLabel::kOrg)) return org->r.e;
      if (auto ow = lx_.org_words.longest(p_, j)) {
        j += ow.length;
        continue;
      }
      if (word(j) && p_[j].upper) {
        ++j;
        continue;
      }
      break;
    }
    return j > k + 2 ? j : k;
  }

  // An organisation that opens a clause: "Công an tỉnh ... đã", "đồng chí Phó Giám đốc Công an tỉnh".
  bool org_subject(size_t k, Range& r) const {
    const EntityHit* org = w_.entity_at(k, EntityLabel::kOrg);
    if (!org) return false;
    size_t b = k;
    if (const RoleHit* role = w_.role_ending_at(b); role && !role->rank) b = role->r.b;
    if (b >= 2 && is(b - 2, "đồng chí")) b -= 2;
    // At the start of the sentence, or after a short opening adverbial ("Nhân dịp này,").
    size_t s0 = b;
    while (s0 > 0 && p_[s0 - 1].sentence == p_[b].sentence) --s0;
    bool opens = b == s0 || ((p_.punct(b - 1, ',') || p_.punct(b - 1, ';')) && b - s0 <= 8);
    if (!opens) return false;
    r = range(b, org->r.e);
    return true;
  }

  void find_subjects() {
    subject_.assign(p_.size(), Range{});
    Range current{};
    uint32_t paragraph = UINT32_MAX;
    size_t i = 0;
    while (i < p_.size()) {
      uint32_t s = p_[i].sentence;
      if (p_[i].paragraph != paragraph) {
        paragraph = p_[i].paragraph;
        current = {};
      }
      size_t e = i;
      while (e < p_.size() && p_[e].sentence == s) ++e;
      // The earliest subject of the sentence applies from where it stands to the end.
      Range found{};
      for (size_t k = i; k < e && found.empty(); ++k) {
        size_t f = force_phrase(k);
        if (f > k) {
          found = range(k, f);
        } else {
          org_subject(k, found);
        }
      }
      for (size_t k = i; k < e; ++k) {
        if (!found.empty() && k >= found.e) current = found;
        subject_[k] = current;
      }
      i = e;
    }
  }

  // ---- quantities ----

  // A quantity at i: returns its length and fills value/lo/hi/qualifier.
  size_t quantity(size_t i, Fact& f) const {
    if (w_.used[i] & (kUsedByDate | kUsedByEntity)) return 0;
    // Numbers that are names or references, not quantities.
    if (i > 0 && p_[i].kind == PieceKind::kNumber) {
      static const char* const kNotQuantity[] = {"số", "điều", "khoản", "hạng", "thứ", "khóa", "mã", "kỳ", "phường",
                                                 "quận", "lúc", "mục", "tầng", "lộ", "đường", "phòng", "trang",
                                                 "quý", "quí", "lớp", "phần", "chương", "tập", "km", "tổ", "SN"};
      // "đoạn đường 110 km" is a length, "đường 9" a road.
      bool measured = lx_.counters.longest(p_, i + 1).length > 0;
      // "trong số 4 người": "số" of "among" is no numbering.
      const bool among = i >= 2 && is(i - 1, "số") && is(i - 2, "trong");
      for (const char* w : kNotQuantity) {
        if (is(i - 1, w) && !among && !(measured && (is(i - 1, "đường") || is(i - 1, "lộ")))) return 0;
      }
      // "05922", "2017": a number with a leading zero is an identifier; a year alone is a date.
      std::string_view digits = p_.str(i);
      if (digits.size() > 1 && digits[0] == '0' && digits.find_first_of(".,") == std::string_view::npos) return 0;
    }
    // "11 giờ đêm", "17 giờ 20 phút": a time of day, not a duration.
    if (p_[i].kind == PieceKind::kNumber && (is(i + 1, "giờ") || is(i + 1, "g")) &&
        (is(i + 2, "sáng") || is(i + 2, "trưa") || is(i + 2, "chiều") || is(i + 2, "tối") || is(i + 2, "đêm") ||
         (i + 2 < p_.size() && p_[i + 2].kind == PieceKind::kNumber))) {
      return 0;
    }
    if (auto v = lx_.vague.longest(p_, i)) {
      size_t j = i + v.length;
      if (!word(j) || (p_[j].upper && !lx_.counters.longest(p_, j)) || lx_.stops.longest(p_, j)) return 0;
      const auto& q = lex::vague_quantities()[v.payload];
      // "nhiều", "một số", "vài", "mấy" alone give no number: not a fact to report. With a
      // scale they do ("vài trăm": 200-900).
      if (std::isnan(q.lo) || (!std::isnan(q.hi) && q.hi < 10)) return 0;
      f.lo = q.lo;
      f.hi = q.hi;
      f.qualifier = std::string(p_.str(i, j));
      return v.length;
    }
    double value = 0;
    size_t n = 0;
    if (p_[i].kind == PieceKind::kDate) {
      // "10-12 giờ", "từ 12-14h": the tokenizer types a dash between two small numbers as
      // a day and month; what no date rule took is a range.
      return dash_range(i, f);
    }
    if (p_[i].kind == PieceKind::kPercent) {
      std::string_view s = p_.str(i);
      if (!parse_digits(s.substr(0, s.size() - 1), value)) return 0;
      n = 1;
      f.unit = "%";
    } else {
      n = glued_unit(i, f, value);
      if (n > 0) {
        f.value = f.lo = f.hi = value;
        return n;
      }
      n = read_number(p_, i, lx_, value);
      if (n == 0) return 0;
      // "đầu tư": the "tư" of a compound word is no four.
      if (n == 1 && word(i) && i > 0 && is(i - 1, "đầu")) return 0;
      // "1A", "F5": a number glued to letters is a name, unless the letters are a unit
      // ("2.085m2", "31km").
      if (word(i + n) && !p_[i + n].space_before && !lx_.counters.longest(p_, i + n)) return 0;
      // "một" alone is mostly the article "a" ("một buổi chiều"), not a count, unless a
      // qualifier bounds it ("ít nhất một người").
      if (n == 1 && word(i) && value == 1 && !qualified(i)) return 0;
      if (p_.punct(i + n, '%')) {
        ++n;
        f.unit = "%";
      } else if (is(i + n, "phần") && is(i + n + 1, "trăm")) {
        n += 2;
        f.unit = "%";
      }
    }
    f.value = value;
    f.lo = f.hi = value;
    // A range: "5 - 10", "từ 5 đến 10", "900 -1.000" (the minus glued to the second number).
    size_t j = i + n;
    if (p_[i].kind == PieceKind::kNumber && j < p_.size() && p_[j].kind == PieceKind::kNumber && p_.str(j)[0] == '-') {
      double hi = 0;
      size_t m = read_number(p_, j, lx_, hi);
      if (m > 0 && -hi > value) {
        f.hi = -hi;
        n = j + m - i;
      }
    } else if ((p_.punct(j, '-') || p_.str(j) == "–" || is(j, "đến") || is(j, "tới")) && j + 1 < p_.size()) {
      double hi = 0;
      size_t m = read_number(p_, j + 1, lx_, hi);
      if (m > 0 && hi > value) {
        f.hi = hi;
        n = j + 1 + m - i;
        if (p_.punct(i + n, '%')) ++n;
        // "250-300 triệu đồng": the scale word after the second number scales the first.
        if (n == j + 1 + m - i && m >= 2 && word(j + m)) {
          int32_t w = lx_.number_words.find(p_.key(j + m));
          if (w >= 0 && lex::number_words()[w].scale && f.lo * lex::number_words()[w].value <= hi) {
            f.lo *= lex::number_words()[w].value;
            f.value = f.lo;
          }
        }
      }
    }
    return n;
  }

  // A qualifier ends right before piece i ("ít nhất", "hơn").
  bool qualified(size_t i) const {
    for (size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) {
      auto m = lx_.qualifiers.longest(p_, k);
      if (m && k + m.length == i) return true;
    }
    return false;
  }

  // "8GB", "4K": digits and a unit in one token.
  size_t glued_unit(size_t i, Fact& f, double& value) const {
    if (!word(i)) return 0;
    std::string_view s = p_.str(i);
    size_t d = 0;
    while (d < s.size() && s[d] >= '0' && s[d] <= '9') ++d;
    if (d == 0 || d == s.size() || !parse_digits(s.substr(0, d), value)) return 0;
    if (lx_.counters.find(fold(s.substr(d))) < 0) return 0;
    f.unit = std::string(s.substr(d));
    return 1;
  }

  // "10-12" as a range lo..hi (lo < hi); 0 when it is not one.
  size_t dash_range(size_t i, Fact& f) const {
    std::string_view s = p_.str(i);
    size_t dash = s.find('-');
    double lo = 0, hi = 0;
    if (dash == std::string_view::npos || s.find('-', dash + 1) != std::string_view::npos ||
        !parse_digits(s.substr(0, dash), lo) || !parse_digits(s.substr(dash + 1), hi) || !(lo < hi)) {
      return 0;
    }
    f.value = f.lo = lo;
    f.hi = hi;
    return 1;
  }

  // The qualifier ending right before piece i; returns its first piece (or i).
  size_t qualifier(size_t i, Fact& f, bool stacked = false) const {
    size_t best = i;
    for (size_t k = i >= 3 ? i - 3 : 0; k < i; ++k) {
      auto m = lx_.qualifiers.longest(p_, k);
      if (m && k + m.length == i) {
        best = k;
        break;
      }
    }
    if (best == i) return i;
    const auto& q = lex::qualifiers()[lx_.qualifiers.find(fold_phrase(p_.str(best, i)))];
    // "khoảng hơn hai tuần": an approximation before another qualifier joins it.
    if (!f.qualifier.empty() && stacked && q.bound != '~') return i;
    if (!f.qualifier.empty()) {  // "trên hàng trăm": keep both
      f.qualifier = std::string(p_.str(best, i)) + " " + f.qualifier;
      return best;
    }
    f.qualifier = std::string(p_.str(best, i));
    bool exact = !std::isnan(f.value) && f.lo == f.hi;
    if (exact && q.bound == '>') f.hi = kNaN;
    if (exact && q.bound == '<') f.lo = kNaN;
    if (exact && q.bound == '~') f.lo = f.hi = kNaN;
    if (is(best, "từ") && f.lo != f.hi) f.qualifier = "từ";
    return best;
  }

  // What the quantity counts: the noun phrase after it, up to a stop word or punctuation.
  // "162 lượt tập thể, cá nhân": a comma followed by another counter continues it.
  size_t what(size_t j, Fact& f) const {
    size_t k = j;
    size_t counter_end = j;  // a comma continues the phrase only right after a counter
    if (auto c = lx_.counters.longest(p_, j)) {
      if (f.unit.empty()) f.unit = std::string(p_.str(j, j + c.length));
      counter_end = j + c.length;
      k = counter_end;  // a unit written with a sign ("°C") is not a word
    }
    size_t limit = j + 7;
    while (k < p_.size() && k < limit && p_[k].sentence == p_[j].sentence) {
      if (const EntityHit* e = w_.entity_at(k, EntityLabel::kOrg)) {
        k = e->r.e;
        continue;
      }
      if (p_.punct(k, ',') && k > j) {
        auto c = lx_.counters.longest(p_, k + 1);
        if (c && k == counter_end && !(k + 1 + c.length < p_.size() && p_[k + 1 + c.length].kind == PieceKind::kNumber)) {
          k += 1 + c.length;
          counter_end = k;
          continue;
        }
        break;
      }
      if (!word(k) || (w_.used[k] & kUsedByDate)) break;
      if (lx_.stops.longest(p_, k)) break;
      if (lx_.vague.longest(p_, k) || lx_.qualifiers.longest(p_, k)) break;
      if (k == counter_end && k > j) {  // "lượt tập thể": counters in a row
        if (auto c = lx_.counters.longest(p_, k)) {
          k += c.length;
          counter_end = k;
          continue;
        }
      }
      ++k;
    }
    f.what = k > j ? std::string(p_.str(j, k)) : std::string();
    return k;
  }

  size_t match(size_t i, Fact& f) {
    size_t n = quantity(i, f);
    if (n == 0) return 0;
    size_t q = qualifier(i, f);
    if (q < i) q = qualifier(q, f, true);
    size_t end = what(i + n, f);
    // "qua tuổi 20": the unit written before the number.
    if (f.unit.empty() && q == i && i > 0 && is(i - 1, "tuổi")) {
      f.unit = "tuổi";
      q = i - 1;
    }
    // "nộp phạt được 10 triệu": millions and billions with nothing counted are money.
    if (f.unit.empty() && n > 0 && (is(i + n - 1, "triệu") || is(i + n - 1, "tỷ") || is(i + n - 1, "tỉ"))) {
      f.unit = "đồng";
    }
    // A bare number with nothing counted is not a fact we can state ("Nghị quyết 57", "lữ
    // đoàn 125"), unless a qualifier says what it is ("đạt 99%" has its unit).
    if (f.unit.empty() && f.what.empty()) return 0;
    // With no unit, a year ("2017 vẫn") or a number before a name ("iPhone 7 Plus", "quận 10
    // Hà Nội") is no count.
    if (f.unit.empty() && n == 1 && p_[i].kind == PieceKind::kNumber) {
      double year = f.value;
      if (p_.str(i).size() == 4 && year >= 1900 && year <= 2100) return 0;
      if (i + n < p_.size() && p_[i + n].upper) return 0;
    }
    if (f.unit == "%" && f.what.empty() && q < i) {
      // "vận động treo cờ ... đạt 99%": the clause before the verb is what the rate is of.
      uint32_t b = skip_clause_openers(w_, clause_start(w_, static_cast<uint32_t>(q)), static_cast<uint32_t>(q));
      const Range subject = subject_[q];
      if (!subject.empty() && subject.b >= b && subject.e <= q) b = skip_clause_openers(w_, subject.e, static_cast<uint32_t>(q));
      // "tỷ lệ ... đạt trên 90%": the verb before the nearest qualifier is not part of it.
      size_t cut = q;
      for (bool more = true; more && cut > b;) {
        more = false;
        for (size_t len = 1; len <= 2 && len <= cut - b; ++len) {
          auto m = lx_.qualifiers.longest(p_, cut - len);
          if (m && m.length == len) {
            cut -= len;
            more = true;
            break;
          }
        }
      }
      if (b < cut) f.what = std::string(p_.str(b, cut));
    }
    bool change = f.qualifier == "tăng" || f.qualifier == "giảm" || f.qualifier == "tăng thêm";
    f.share = f.unit == "%" && !f.what.empty() && !change;
    Range span = range(q, std::max(end, i + n));
    f.view = w_.view(span);
    f.span = w_.original(f.view);
    f.sentence = p_[i].sentence;
    // The clause it belongs to, without the subject and leading connectors.
    uint32_t cb = clause_start(w_, static_cast<uint32_t>(q));
    uint32_t ce = std::max<uint32_t>(clause_end(w_, static_cast<uint32_t>(span.e)), span.e);
    if (w_.used[q] & kUsedByDate) cb = static_cast<uint32_t>(q);
    const Range subject = subject_[i];
    if (!subject.empty()) {
      f.subject = w_.text(subject);
      if (subject.b >= cb && subject.e <= q) cb = subject.e;
    }
    cb = skip_clause_openers(w_, cb, static_cast<uint32_t>(q));
    Range phrase = range(cb, ce);
    f.phrase_span = w_.original(w_.view(phrase));
    f.phrase = w_.text(phrase);
    return std::max(end, i + n) - i;
  }

  Work& w_;
  const TokenIndex& p_;
  const Lexicons& lx_;
  std::vector<Range> subject_;  // per piece: the subject in force there
};

}  // namespace

void find_facts(Work& w, std::vector<Fact>& out) { FactFinder(w).run(out); }

}  // namespace vitext::extract
