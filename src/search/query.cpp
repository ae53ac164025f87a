// The query text parser (fuzzed: fuzz/search_query_fuzz.cpp), the date ranges of the
// filters, and the checks of a whole SearchQuery.
#include <cmath>
#include <cstdio>
#include <string>

#include "search/fold_terms.h"
#include "vitext/search.h"

namespace vitext {
namespace {

constexpr size_t kMaxQuerySyllables = 64;

bool all_digits(std::string_view s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return !s.empty();
}

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

std::string ymd(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}

// Adds the syllables of `text` to `phrase`; false when the query grows too large.
bool add_runs(std::string_view text, QueryPhrase& phrase, size_t& syllables) {
  search::split_runs(text, &phrase.syllables, &phrase.keys);
  syllables += phrase.syllables.size();
  return syllables <= kMaxQuerySyllables;
}

}  // namespace

Status parse_query(std::string_view text, ParsedQuery& out) {
  out = ParsedQuery();
  if (text.size() > kMaxQueryBytes) {
    return Status::InvalidArgument("query too long: " + std::to_string(text.size()) + " bytes (at most " +
                                   std::to_string(kMaxQueryBytes) + ")");
  }
  size_t syllables = 0;
  size_t i = 0;
  auto too_large = [] {
    return Status::InvalidArgument("query too large: at most " + std::to_string(kMaxQuerySyllables) + " words and " +
                                   std::to_string(kMaxQueryPhrases) + " phrases");
  };
  while (i < text.size()) {
    size_t quote = text.find('"', i);
    std::string_view plain = text.substr(i, quote == std::string_view::npos ? std::string_view::npos : quote - i);
    QueryPhrase words;
    if (!add_runs(plain, words, syllables)) return too_large();
    if (!words.syllables.empty()) out.phrases.push_back(std::move(words));
    if (quote == std::string_view::npos) break;
    size_t close = text.find('"', quote + 1);
    if (close == std::string_view::npos) {
      return Status::InvalidArgument("unclosed quote at byte " + std::to_string(quote) + " of the query");
    }
    QueryPhrase phrase;
    phrase.quoted = true;
    if (!add_runs(text.substr(quote + 1, close - quote - 1), phrase, syllables)) return too_large();
    if (phrase.syllables.empty()) {
      return Status::InvalidArgument("empty phrase at byte " + std::to_string(quote) + " of the query");
    }
    out.phrases.push_back(std::move(phrase));
    i = close + 1;
  }
  if (out.phrases.size() > kMaxQueryPhrases) return too_large();
  if (out.phrases.empty() && text.find_first_not_of(" \t\r\n") != std::string_view::npos) {
    return Status::InvalidArgument("nothing to search for in the query (no letters or digits)");
  }
  return Status::Ok();
}

Status parse_date_range(std::string_view text, std::string& lo, std::string& hi) {
  auto bad = [&] {
    return Status::InvalidArgument("bad date '" + std::string(text) + "' (use YYYY, YYYY-MM or YYYY-MM-DD)");
  };
  std::string_view parts[3];
  int n = 0;
  std::string_view rest = text;
  while (n < 3) {
    size_t dash = rest.find('-');
    parts[n++] = rest.substr(0, dash);
    if (dash == std::string_view::npos) break;
    rest.remove_prefix(dash + 1);
    if (n == 3) return bad();
  }
  if (parts[0].size() != 4 || !all_digits(parts[0])) return bad();
  int y = std::stoi(std::string(parts[0]));
  if (n == 1) {
    lo = ymd(y, 1, 1);
    hi = ymd(y, 12, 31);
    return Status::Ok();
  }
  if (parts[1].size() != 2 || !all_digits(parts[1])) return bad();
  int m = std::stoi(std::string(parts[1]));
  if (m < 1 || m > 12) return bad();
  if (n == 2) {
    lo = ymd(y, m, 1);
    hi = ymd(y, m, days_in_month(y, m));
    return Status::Ok();
  }
  if (parts[2].size() != 2 || !all_digits(parts[2])) return bad();
  int d = std::stoi(std::string(parts[2]));
  if (d < 1 || d > days_in_month(y, m)) return bad();
  lo = hi = ymd(y, m, d);
  return Status::Ok();
}

Status validate_query(const SearchQuery& q) {
  ParsedQuery parsed;
  Status st = parse_query(q.text, parsed);
  if (!st.ok()) return st;
  std::string lo, hi;
  if (!q.since.empty() && !(st = parse_date_range(q.since, lo, hi)).ok()) return Status::InvalidArgument("since: " + st.message());
  if (!q.until.empty() && !(st = parse_date_range(q.until, lo, hi)).ok()) return Status::InvalidArgument("until: " + st.message());
  if (!q.since.empty() && !q.until.empty()) {
    std::string since_lo, until_hi;
    parse_date_range(q.since, since_lo, hi);
    parse_date_range(q.until, lo, until_hi);
    if (since_lo > until_hi) return Status::InvalidArgument("since " + q.since + " is after until " + q.until);
  }
  if (!q.entity_type.empty() && q.entity_type != "PER" && q.entity_type != "LOC" && q.entity_type != "ORG" &&
      q.entity_type != "MISC") {
    return Status::InvalidArgument("type: unknown entity type '" + q.entity_type + "' (use PER, LOC, ORG or MISC)");
  }
  if (q.limit < 1 || q.limit > kMaxSearchLimit) {
    return Status::InvalidArgument("limit must be between 1 and " + std::to_string(kMaxSearchLimit));
  }
  for (const std::optional<double>* v : {&q.fact_min, &q.fact_max}) {
    if (*v && !std::isfinite(**v)) return Status::InvalidArgument("fact-min and fact-max must be finite numbers");
  }
  if (q.fact_min && q.fact_max && *q.fact_min > *q.fact_max) {
    return Status::InvalidArgument("fact-min is larger than fact-max");
  }
  // White space alone is no query text either.
  if (parsed.phrases.empty() && q.person.empty() && q.entity.empty() && q.entity_type.empty() && q.since.empty() &&
      q.until.empty() && q.fact_unit.empty() && !q.fact_min && !q.fact_max) {
    return Status::InvalidArgument("nothing to search for: give a query or a filter");
  }
  for (auto [name, value] : {std::pair<const char*, const std::string*>{"person", &q.person},
                             {"entity", &q.entity}}) {
    if (!value->empty() && search::padded_key(*value).empty()) {
      return Status::InvalidArgument(std::string(name) + ": '" + *value + "' has no letters or digits");
    }
  }
  return Status::Ok();
}

}  // namespace vitext
