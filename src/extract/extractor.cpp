#include "vitext/extract.h"

#include <algorithm>

#include "extract/context.h"
#include "extract/lexicons.h"
#include "extract/token_index.h"

namespace vitext {

const char* entity_label_name(EntityLabel label) {
  switch (label) {
    case EntityLabel::kPer: return "PER";
    case EntityLabel::kLoc: return "LOC";
    case EntityLabel::kOrg: return "ORG";
    case EntityLabel::kMisc: return "MISC";
  }
  return "MISC";
}

const char* date_kind_name(DateKind kind) {
  switch (kind) {
    case DateKind::kDate: return "date";
    case DateKind::kMonth: return "month";
    case DateKind::kYear: return "year";
    case DateKind::kRelative: return "relative";
    case DateKind::kRange: return "range";
    case DateKind::kHoliday: return "holiday";
  }
  return "date";
}

namespace {

// Extraction reads the tokens and sentences (Pipeline runs tokenize and sentences before it):
// a document with text but without them is a caller's mistake, not a document without facts.
Status check_layers(const Document& doc) {
  if (!doc.tokens.empty()) {
    if (doc.sentences.empty() || doc.sentences.back().token_end != doc.tokens.size()) {
      return Status::InvalidArgument("extract reads the sentences layer: run the sentences stage first");
    }
    return Status::Ok();
  }
  // No tokens: fine for a blank text, a mistake when there is a letter or digit the
  // tokenizer would have made a token of.
  std::string_view text = doc.text.empty() ? std::string_view(doc.original) : std::string_view(doc.text);
  for (char c : text) {
    if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
      return Status::InvalidArgument("extract reads the tokens layer: run the decode, tokenize and sentences stages first");
    }
  }
  return Status::Ok();
}

}  // namespace

Status Extractor::load_default(Extractor& out, const ExtractOptions& options) {
  (void)extract::Lexicons::get();  // build the tables now, not on the first document
  out.options_ = options;
  out.loaded_ = true;
  return Status::Ok();
}

Status Extractor::apply(Document& doc) const {
  if (!loaded_) return Status::ModelError("extractor used before load_default()");
  using namespace extract;
  if (Status st = check_layers(doc); !st.ok()) return st;
  TokenIndex pieces = index_tokens(doc);
  Lexicons::get().mark_first_pieces(pieces);
  Work w(doc, pieces, Lexicons::get());
  w.learned_names = options_.learned_names;
  w.date = parse_document_date(doc.meta.date.empty() ? options_.default_date : doc.meta.date);

  std::vector<DateMention> dates;
  std::vector<Person> people;
  std::vector<Fact> facts;
  std::vector<Award> awards;
  find_dates(w, dates);
  find_entities(w);
  find_people(w, people);
  find_facts(w, facts);
  find_awards(w, people, awards);

  std::vector<Entity> entities;
  entities.reserve(w.entities.size());
  for (const EntityHit& h : w.entities) {
    Entity e;
    e.view = w.view(h.r);
    e.span = w.original(e.view);
    e.label = h.label;
    e.sentence = pieces[h.r.b].sentence;
    e.outer = !h.nested;
    e.normalized = h.normalized;
    e.expansion = h.expansion;
    e.type = h.type;
    e.province_after_2025 = h.after_2025;
    entities.push_back(std::move(e));
  }
  for (DateMention& d : dates) d.span = w.original(d.view);

  doc.entities = std::move(entities);
  doc.dates = std::move(dates);
  doc.people = std::move(people);
  doc.facts = std::move(facts);
  doc.awards = std::move(awards);
  return Status::Ok();
}

}  // namespace vitext
