#include "io/extract_json.h"

#include <cmath>

#include "io/document_json.h"

namespace vitext {
namespace {

nlohmann::json number_or_null(double v) { return std::isnan(v) ? nlohmann::json() : nlohmann::json(v); }

}  // namespace

void add_extraction_json(const Document& doc, nlohmann::json& j) {
  using nlohmann::json;
  bool any = !doc.entities.empty() || !doc.dates.empty() || !doc.facts.empty() || !doc.people.empty() ||
             !doc.awards.empty();
  if (!any) return;
  json entities = json::array();
  for (const Entity& e : doc.entities) {
    json je = {{"start", e.span.start}, {"end", e.span.end}, {"label", entity_label_name(e.label)},
               {"text", surface(doc, e.span, e.view)}, {"sentence", e.sentence}};
    if (!e.type.empty()) je["type"] = e.type;
    if (!e.outer) je["nested"] = true;
    if (!e.normalized.empty()) je["normalized"] = e.normalized;
    if (!e.expansion.empty()) je["expansion"] = e.expansion;
    if (!e.province_after_2025.empty()) je["province_after_2025"] = e.province_after_2025;
    entities.push_back(std::move(je));
  }
  j["entities"] = std::move(entities);

  json people = json::array();
  for (const Person& p : doc.people) {
    json jp = json::object();
    if (!p.name.empty()) jp["name"] = p.name;
    if (!p.rank.empty()) jp["rank"] = p.rank;
    jp["titles"] = p.titles;
    if (!p.org.empty()) jp["org"] = p.org;
    if (!p.org_normalized.empty()) jp["org_normalized"] = p.org_normalized;
    json mentions = json::array();
    for (const Span& m : p.mentions) mentions.push_back({m.start, m.end});
    jp["mentions"] = std::move(mentions);
    jp["sentences"] = p.sentences;
    people.push_back(std::move(jp));
  }
  j["people"] = std::move(people);

  json dates = json::array();
  for (const DateMention& d : doc.dates) {
    json jd = {{"start", d.span.start}, {"end", d.span.end}, {"text", surface(doc, d.span, d.view)},
               {"kind", date_kind_name(d.kind)}, {"sentence", d.sentence}};
    if (!d.iso.empty()) jd["iso"] = d.iso;
    if (!d.iso_end.empty()) jd["iso_end"] = d.iso_end;
    if (!d.holiday.empty()) jd["holiday"] = d.holiday;
    if (!d.note.empty()) jd["note"] = d.note;
    dates.push_back(std::move(jd));
  }
  j["dates"] = std::move(dates);

  json facts = json::array();
  for (const Fact& f : doc.facts) {
    json jf = {{"start", f.span.start}, {"end", f.span.end}, {"text", surface(doc, f.span, f.view)},
               {"value", number_or_null(f.value)}, {"sentence", f.sentence}};
    if (!(f.lo == f.value && f.hi == f.value)) jf["range"] = {number_or_null(f.lo), number_or_null(f.hi)};
    if (!f.unit.empty()) jf["unit"] = f.unit;
    if (!f.what.empty()) jf["what"] = f.what;
    if (!f.qualifier.empty()) jf["qualifier"] = f.qualifier;
    if (f.share) jf["share"] = true;
    if (!f.phrase.empty()) jf["phrase"] = f.phrase;
    if (!f.subject.empty()) jf["subject"] = f.subject;
    facts.push_back(std::move(jf));
  }
  j["facts"] = std::move(facts);

  json awards = json::array();
  for (const Award& a : doc.awards) {
    json ja = {{"start", a.span.start}, {"end", a.span.end}, {"award", a.award}, {"sentence", a.sentence}};
    if (!a.recipient.empty()) ja["recipient"] = a.recipient;
    if (!a.recipient_person.empty()) ja["recipient_person"] = a.recipient_person;
    if (!a.giver.empty()) ja["giver"] = a.giver;
    awards.push_back(std::move(ja));
  }
  j["awards"] = std::move(awards);
}

}  // namespace vitext
