// vitext search: queries one or more search indexes (shards, searched as one) made by
// `vitext index`: words and "quoted phrases", folded for case and diacritics, and filters on
// the analysis (people, entities, dates, facts). Text for a person or JSON Lines.
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <memory>

#include "commands.h"
#include "vitext/search.h"

namespace vitext::cli {
namespace {

struct SearchCliOptions {
  std::vector<std::string> dbs;
  std::vector<std::string> words;
  SearchQuery query;
  double fact_min = 0, fact_max = 0;
  bool has_min = false, has_max = false;
  std::string format = "text";
};

// The snippet with each match in it marked: bold on a terminal, «» otherwise.
std::string marked_snippet(const SearchHit& hit, bool terminal) {
  const char* open = terminal ? "\x1b[1m" : "«";
  const char* close = terminal ? "\x1b[0m" : "»";
  std::string out;
  uint32_t at = hit.snippet_span.start, end = hit.snippet_span.end;
  for (Span m : hit.matches) {
    if (m.start < at || m.end > end) continue;  // outside the snippet, or inside the last mark
    out.append(hit.snippet, at - hit.snippet_span.start, m.start - at);
    out += open;
    out.append(hit.snippet, m.start - hit.snippet_span.start, m.size());
    out += close;
    at = m.end;
  }
  out.append(hit.snippet, at - hit.snippet_span.start, end - at);
  for (char& c : out)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return out;
}

std::string number(std::optional<double> v) {
  if (!v) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.10g", *v);
  return buf;
}

void write_text(const SearchHit& hit, size_t rank, bool terminal) {
  std::cout << rank << ". " << (hit.title.empty() ? hit.id : hit.title);
  if (!hit.date.empty()) std::cout << " (" << hit.date << ")";
  char score[32];
  std::snprintf(score, sizeof score, "%.3g", hit.score);
  std::cout << "  [" << hit.id << ", score " << score << "]\n";
  std::cout << "   " << (hit.snippet_span.start > 0 ? "…" : "") << marked_snippet(hit, terminal) << "…\n";
  for (const auto& p : hit.people) {
    std::cout << "   person: " << (p.rank.empty() ? "" : p.rank + " ") << p.name;
    if (!p.titles.empty()) std::cout << ", " << p.titles;
    if (!p.org.empty()) std::cout << ", " << p.org;
    std::cout << " (" << p.mentions.size() << (p.mentions.size() == 1 ? " mention)\n" : " mentions)\n");
  }
  for (const auto& e : hit.entities) std::cout << "   entity: " << e.text << " " << e.label << "\n";
  for (const auto& d : hit.dates) std::cout << "   date: " << d.text << " = " << d.iso << "\n";
  for (const auto& f : hit.facts) {
    std::cout << "   fact: " << f.text << " (" << number(f.value) << (f.value ? " " : "") << f.unit << ")\n";
  }
}

int run_search(SearchCliOptions o) {
  const char* kCommand = "vitext search";
  for (const std::string& w : o.words) o.query.text += (o.query.text.empty() ? "" : " ") + w;
  if (o.has_min) o.query.fact_min = o.fact_min;
  if (o.has_max) o.query.fact_max = o.fact_max;
  Status st = validate_query(o.query);
  if (!st.ok()) {
    std::cerr << kCommand << ": " << st.message() << "\n";
    return kExitUsage;
  }
  std::vector<std::unique_ptr<Index>> indexes;
  std::vector<const Index*> shards;
  for (const std::string& path : o.dbs) {
    std::unique_ptr<Index> index;
    st = Index::open(path, Index::Mode::kRead, index);
    if (!st.ok()) {
      std::cerr << kCommand << ": " << st.message() << "\n";
      return kExitUsage;
    }
    shards.push_back(index.get());
    indexes.push_back(std::move(index));
  }
  std::vector<SearchHit> hits;
  st = search_shards(shards, o.query, hits);
  if (!st.ok()) {
    std::cerr << kCommand << ": " << st.message() << "\n";
    return kExitUsage;
  }
  bool terminal = isatty(STDOUT_FILENO) != 0;
  for (size_t i = 0; i < hits.size(); ++i) {
    if (o.format == "json") std::cout << search_hit_json(hits[i]) << "\n";
    else write_text(hits[i], i + 1, terminal);
  }
  if (o.format == "text" && hits.empty()) std::cerr << kCommand << ": no document matches\n";
  std::cout.flush();
  return std::cout ? kExitOk : kExitUsage;
}

}  // namespace

void add_search_command(CLI::App& root, Action& action) {
  auto o = std::make_shared<SearchCliOptions>();
  auto* sub = root.add_subcommand(
      "search",
      "Search indexes made by `vitext index`: words and \"quoted phrases\" (with or without diacritics, any case), "
      "ranked by BM25, filtered by people, entities, dates and facts");
  sub->add_option("--db", o->dbs, "An index file; repeat for shards, searched as one")->required()->allow_extra_args(false);
  sub->add_option("query", o->words, "Words (all must occur) and \"quoted phrases\"");
  sub->add_option("--person", o->query.person, "A person the analysis found: a name, or whole words of it");
  sub->add_option("--entity", o->query.entity, "An entity's text or canonical form (whole words)");
  sub->add_option("--type", o->query.entity_type, "The entity's type: PER, LOC, ORG or MISC");
  sub->add_option("--since", o->query.since,
                  "A date the document mentions, or its own date, is on or after this (YYYY, YYYY-MM, YYYY-MM-DD)");
  sub->add_option("--until", o->query.until, "... and on or before this");
  sub->add_option("--fact-unit", o->query.fact_unit, "A fact with this unit (\"tập thể\", \"đồng\", \"%\")");
  sub->add_option("--fact-min", o->fact_min, "A fact whose value is at least this")->each([o](const std::string&) {
    o->has_min = true;
  });
  sub->add_option("--fact-max", o->fact_max, "A fact whose value is at most this")->each([o](const std::string&) {
    o->has_max = true;
  });
  sub->add_option("-n,--limit", o->query.limit, "Hits to show")->capture_default_str();
  sub->add_option("-f,--format", o->format, "text (for a person) or json (JSON Lines, one hit a line)")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  sub->callback([o, &action] { action = [o] { return run_search(*o); }; });
}

}  // namespace vitext::cli
