// Awards: "<recipient> được <giver> tặng <award>" and "<giver> tặng <award> cho <recipient>".
// The recipient is resolved to a person when a person's mention lies inside it.
#include "extract/context.h"
#include "extract/fold.h"

namespace vitext::extract {
namespace {

bool is(const Pieces& p, size_t i, const char* w) { return p.is(i, fold_phrase(w)); }

}  // namespace

void find_awards(Work& w, const std::vector<Person>& people, std::vector<Award>& out) {
  const Pieces& p = w.p;
  static const char* const kGive[] = {"trao tặng", "tặng", "trao", "khen thưởng", "tặng thưởng", "thưởng", "nhận"};
  for (const EntityHit& e : w.entities) {
    if (e.type != "award") continue;
    Award a;
    a.view = w.view(e.r);
    a.span = w.original(a.view);
    a.sentence = p[e.r.b].sentence;
    a.award = w.text(e.r);
    // The verb before the award.
    size_t v = e.r.b;
    for (const char* g : kGive) {
      std::string key = fold_phrase(g);
      size_t n = key.find(' ') == std::string::npos ? 1 : 2;
      if (e.r.b >= n && fold_phrase(p.str(e.r.b - n, e.r.b)) == key) {
        v = e.r.b - n;
        break;
      }
    }
    uint32_t cb = skip_clause_openers(w, clause_start(w, static_cast<uint32_t>(v), false), static_cast<uint32_t>(v));
    // "... được <giver> tặng": recipient before "được", giver between.
    size_t duoc = v;
    for (size_t k = v; k > cb; --k) {
      if (is(p, k - 1, "được")) {
        duoc = k - 1;
        break;
      }
    }
    if (duoc < v) {
      if (cb < duoc) a.recipient = std::string(p.str(cb, duoc));
      if (duoc + 1 < v) a.giver = std::string(p.str(duoc + 1, v));
    } else if (cb < v && v < e.r.b) {
      a.giver = std::string(p.str(cb, v));
      size_t k = e.r.e;
      if (is(p, k, "cho")) {
        uint32_t ce = clause_end(w, static_cast<uint32_t>(k + 1), false);
        if (k + 1 < ce) a.recipient = std::string(p.str(k + 1, ce));
      }
    }
    // A person mentioned inside the recipient phrase.
    if (!a.recipient.empty()) {
      std::string_view rec = a.recipient;
      size_t at = w.p.text.substr(0, a.view.start).rfind(rec);
      for (const Person& person : people) {
        for (const Span& m : person.mention_views) {
          if (at != std::string_view::npos && m.start >= at && m.end <= at + rec.size()) {
            a.recipient_person = person.name.empty() ? std::string(w.p.text.substr(m.start, m.size())) : person.name;
          }
        }
      }
    }
    out.push_back(std::move(a));
  }
}

}  // namespace vitext::extract
