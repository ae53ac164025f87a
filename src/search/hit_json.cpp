// search_hit_json: the one JSON form of a hit (the CLI's --format json; the HTTP API and
// Python are to give the same).
#include <nlohmann/json.hpp>

#include "io/document_json.h"
#include "vitext/search.h"

namespace vitext {
namespace {

nlohmann::json span_json(Span s) { return nlohmann::json::array({s.start, s.end}); }

nlohmann::json number_or_null(std::optional<double> v) { return v ? nlohmann::json(*v) : nlohmann::json(); }

}  // namespace

std::string search_hit_json(const SearchHit& hit) {
  nlohmann::json j = {{"id", hit.id},           {"title", hit.title},   {"date", hit.date},
                      {"score", hit.score},     {"snippet", hit.snippet}, {"snippet_start", hit.snippet_span.start},
                      {"source", hit.source},   {"shard", hit.shard}};
  auto& matches = j["matches"] = nlohmann::json::array();
  for (Span s : hit.matches) matches.push_back(span_json(s));
  auto& people = j["people"] = nlohmann::json::array();
  for (const auto& p : hit.people) {
    nlohmann::json mentions = nlohmann::json::array();
    for (Span s : p.mentions) mentions.push_back(span_json(s));
    people.push_back({{"name", p.name}, {"rank", p.rank}, {"titles", p.titles}, {"org", p.org}, {"mentions", mentions}});
  }
  auto& entities = j["entities"] = nlohmann::json::array();
  for (const auto& e : hit.entities) {
    entities.push_back({{"start", e.span.start}, {"end", e.span.end}, {"label", e.label}, {"text", e.text},
                        {"normalized", e.normalized}, {"type", e.type}});
  }
  auto& dates = j["dates"] = nlohmann::json::array();
  for (const auto& d : hit.dates) {
    dates.push_back({{"start", d.span.start}, {"end", d.span.end}, {"kind", d.kind}, {"text", d.text},
                     {"iso", d.iso}, {"iso_end", d.iso_end}});
  }
  auto& facts = j["facts"] = nlohmann::json::array();
  for (const auto& f : hit.facts) {
    facts.push_back({{"start", f.span.start}, {"end", f.span.end}, {"text", f.text}, {"unit", f.unit},
                     {"what", f.what}, {"qualifier", f.qualifier}, {"value", number_or_null(f.value)},
                     {"lo", number_or_null(f.lo)}, {"hi", number_or_null(f.hi)}});
  }
  return dump_json_line(j);
}

}  // namespace vitext
