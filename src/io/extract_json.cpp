#include "io/extract_json.h"

#include <cmath>

#include "io/document_json.h"

namespace vitext {
namespace {

nlohmann::json number_or_null(double v) { return std::isnan(v) ? nlohmann::json() : nlohmann::json(v); }

nlohmann::json entity_json(const Document& doc, const Entity& e) {
  nlohmann::json je = {{"start", e.span.start}, {"end", e.span.end}, {"label", entity_label_name(e.label)},
                       {"text", surface(doc, e.span, e.view)}, {"sentence", e.sentence}};
  if (!e.type.empty()) je["type"] = e.type;
  if (!e.outer) je["nested"] = true;
  if (!e.normalized.empty()) je["normalized"] = e.normalized;
  if (!e.expansion.empty()) je["expansion"] = e.expansion;
  if (!e.province_after_2025.empty()) je["province_after_2025"] = e.province_after_2025;
  return je;
}

nlohmann::json person_json(const Person& p) {
  nlohmann::json jp = nlohmann::json::object();
  if (!p.name.empty()) jp["name"] = p.name;
  if (!p.rank.empty()) jp["rank"] = p.rank;
  jp["titles"] = p.titles;
  if (!p.org.empty()) jp["org"] = p.org;
  if (!p.org_normalized.empty()) jp["org_normalized"] = p.org_normalized;
  nlohmann::json mentions = nlohmann::json::array();
  for (const Span& m : p.mentions) mentions.push_back({m.start, m.end});
  jp["mentions"] = std::move(mentions);
  jp["sentences"] = p.sentences;
  return jp;
}

nlohmann::json date_json(const Document& doc, const DateMention& d) {
  nlohmann::json jd = {{"start", d.span.start}, {"end", d.span.end}, {"text", surface(doc, d.span, d.view)},
                       {"kind", date_kind_name(d.kind)}, {"sentence", d.sentence}};
  if (!d.iso.empty()) jd["iso"] = d.iso;
  if (!d.iso_end.empty()) jd["iso_end"] = d.iso_end;
  if (!d.holiday.empty()) jd["holiday"] = d.holiday;
  if (!d.note.empty()) jd["note"] = d.note;
  return jd;
}

nlohmann::json fact_json(const Document& doc, const Fact& f) {
  nlohmann::json jf = {{"start", f.span.start}, {"end", f.span.end}, {"text", surface(doc, f.span, f.view)},
                       {"value", number_or_null(f.value)}, {"sentence", f.sentence}};
  if (!(f.lo == f.value && f.hi == f.value)) jf["range"] = {number_or_null(f.lo), number_or_null(f.hi)};
  if (!f.unit.empty()) jf["unit"] = f.unit;
  if (!f.what.empty()) jf["what"] = f.what;
  if (!f.qualifier.empty()) jf["qualifier"] = f.qualifier;
  if (f.share) jf["share"] = true;
  if (!f.phrase.empty()) jf["phrase"] = f.phrase;
  if (!f.subject.empty()) jf["subject"] = f.subject;
  return jf;
}

nlohmann::json award_json(const Award& a) {
  nlohmann::json ja = {{"start", a.span.start}, {"end", a.span.end}, {"award", a.award}, {"sentence", a.sentence}};
  if (!a.recipient.empty()) ja["recipient"] = a.recipient;
  if (!a.recipient_person.empty()) ja["recipient_person"] = a.recipient_person;
  if (!a.giver.empty()) ja["giver"] = a.giver;
  return ja;
}

}  // namespace

std::vector<JsonLayer> extraction_layers(const Document& doc) {
  bool any = !doc.entities.empty() || !doc.dates.empty() || !doc.facts.empty() || !doc.people.empty() ||
             !doc.awards.empty();
  if (!any) return {};
  const Document* d = &doc;
  return {
      {"entities", doc.entities.size(), [d](size_t i) { return entity_json(*d, d->entities[i]); }},
      {"people", doc.people.size(), [d](size_t i) { return person_json(d->people[i]); }},
      {"dates", doc.dates.size(), [d](size_t i) { return date_json(*d, d->dates[i]); }},
      {"facts", doc.facts.size(), [d](size_t i) { return fact_json(*d, d->facts[i]); }},
      {"awards", doc.awards.size(), [d](size_t i) { return award_json(d->awards[i]); }},
  };
}

}  // namespace vitext
