// make_index_record: what the index keeps of an analysed document. Runs on the analysis
// threads, so everything that costs (folding every word) is done here, not in Index::add.
#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "core/sha256.h"
#include "search/fold_terms.h"
#include "vitext/search.h"

namespace vitext {
namespace {

// Bumped when what is stored for a document changes, so that a rerun re-indexes it.
constexpr std::string_view kRecordFormat = "vitext-search-record-2";
constexpr size_t kTitleBytes = 120;

// The first line of the view, cut at a space near kTitleBytes.
std::string first_line(std::string_view text) {
  size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return {};
  text.remove_prefix(start);
  text = text.substr(0, text.find('\n'));
  if (text.size() > kTitleBytes) {
    size_t cut = text.rfind(' ', kTitleBytes);
    text = text.substr(0, cut == std::string_view::npos || cut < kTitleBytes / 2 ? kTitleBytes : cut);
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.remove_suffix(1);
    if (!text.empty() && static_cast<unsigned char>(text.back()) >= 0xC0) text.remove_suffix(1);
  }
  while (!text.empty() && (text.back() == ' ' || text.back() == '\r')) text.remove_suffix(1);
  return std::string(text);
}

constexpr size_t kMaxTitleWordSyllables = 6;  // as the query side groups syllables

// The title as FTS tokens. It is not segmented on its own (the analysis covers the text
// only): its folded syllables are grouped, longest first, into words the document's text
// has, so "Công an Thanh Hóa" becomes "cong_an thanh_hoa" when the text segments it so, the
// tokens a query for those words looks up.
std::string title_tokens(std::string_view title, const std::vector<IndexRecord::Word>& words) {
  std::vector<std::string> syl;
  search::split_runs(title, &syl, nullptr);
  std::unordered_set<std::string_view> known;
  for (const auto& w : words) known.insert(w.folded);
  std::string out;
  for (size_t i = 0; i < syl.size();) {
    std::string word = syl[i];
    size_t used = 1;
    for (size_t k = std::min(kMaxTitleWordSyllables, syl.size() - i); k >= 2; --k) {
      std::string longer = syl[i];
      for (size_t j = i + 1; j < i + k; ++j) longer += "_" + syl[j];
      if (known.count(longer)) {
        word = std::move(longer);
        used = k;
        break;
      }
    }
    if (!out.empty()) out.push_back(' ');
    out += word;
    i += used;
  }
  return out;
}

std::optional<double> number(double v) { return std::isnan(v) ? std::nullopt : std::optional<double>(v); }

}  // namespace

std::string content_hash(const Document& doc) {
  std::string all;
  all.reserve(kRecordFormat.size() + doc.meta.id.size() + doc.meta.title.size() + doc.meta.date.size() +
              doc.original.size() + 4);
  for (std::string_view part : {kRecordFormat, std::string_view(doc.meta.id), std::string_view(doc.meta.title),
                                std::string_view(doc.meta.date), std::string_view(doc.original)}) {
    all.append(part);
    all.push_back('\0');
  }
  return sha256_hex(all);
}

IndexRecord make_index_record(const Document& doc) {
  IndexRecord r;
  r.id = doc.meta.id;
  r.title = doc.meta.title.empty() ? first_line(doc.text) : doc.meta.title;
  r.date = doc.meta.date;
  r.source = doc.meta.source;
  r.text = doc.original;
  r.content_hash = content_hash(doc);
  if (!parse_date_range(r.date, r.date_lo, r.date_hi).ok()) r.date_lo.clear(), r.date_hi.clear();

  r.words.reserve(doc.words.size());
  for (const Word& w : doc.words) {
    IndexRecord::Word iw{w.span, {}};
    search::append_folded(doc.view_of(w.view), '_', iw.folded);
    if (!iw.folded.empty()) r.words.push_back(std::move(iw));
  }
  r.title_words = title_tokens(r.title, r.words);
  for (const Entity& e : doc.entities) {
    r.entities.push_back({e.span, entity_label_name(e.label), std::string(doc.original_of(e.span)), e.normalized,
                          e.type});
  }
  for (const Person& p : doc.people) {
    if (p.name.empty()) continue;  // named by a title only: nothing a name filter can find
    IndexRecord::Person ip{p.name, p.rank, {}, p.org_normalized.empty() ? p.org : p.org_normalized, p.mentions};
    for (const std::string& t : p.titles) ip.titles += (ip.titles.empty() ? "" : "; ") + t;
    r.people.push_back(std::move(ip));
  }
  for (const DateMention& d : doc.dates) {
    IndexRecord::Date id{d.span, date_kind_name(d.kind), std::string(doc.original_of(d.span)), d.iso, d.iso_end, {}, {}};
    std::string lo, hi, lo2, hi2;
    if (parse_date_range(d.iso, lo, hi).ok()) {
      if (!d.iso_end.empty() && parse_date_range(d.iso_end, lo2, hi2).ok()) hi = hi2;
      id.lo = lo;
      id.hi = hi;
    }
    r.dates.push_back(std::move(id));
  }
  for (const Fact& f : doc.facts) {
    r.facts.push_back({f.span, std::string(doc.original_of(f.span)), f.unit, f.what, f.qualifier, number(f.value),
                       number(f.lo), number(f.hi)});
  }
  return r;
}

}  // namespace vitext
