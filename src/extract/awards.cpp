// Awards: "<recipient> được <giver> tặng <award>" and "<giver> tặng <award> cho <recipient>".
// The recipient is resolved to a person when a person's mention lies inside it.
#include "extract/context.h"
#include "extract/fold.h"

namespace vitext::extract {
namespace {


}  // namespace

void find_awards(Work& w, const std::vector<Person>& people, std::vector<Award>& out) {
  const TokenIndex& p = w.p;
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
      const std::string& key = w.key(g);
      size_t n = key.find(' ') == std::string::npos ? 1 : 2;
      if (e.r.b >= n && w.is(e.r.b - n, g)) {
        v = e.r.b - n;
        break;
      }
    }
    uint32_t cb = skip_clause_openers(w, clause_start(w, static_cast<uint32_t>(v), false), static_cast<uint32_t>(v));
    // "... được <giver> tặng": recipient before "được", giver between.
    size_t duoc = v;
    for (size_t k = v; k > cb; --k) {
      if (w.is(k - 1, "được")) {
        duoc = k - 1;
        break;
      }
    }
    Range recipient{};
    if (duoc < v) {
      recipient = {cb, static_cast<uint32_t>(duoc)};
      if (duoc + 1 < v) a.giver = std::string(p.str(duoc + 1, v));
    } else if (cb < v && v < e.r.b) {
      a.giver = std::string(p.str(cb, v));
      size_t k = e.r.e;
      if (w.is(k, "cho")) recipient = {static_cast<uint32_t>(k + 1), clause_end(w, static_cast<uint32_t>(k + 1), false)};
    }
    if (!recipient.empty()) {
      a.recipient = w.text(recipient);
      // A person mentioned inside the recipient phrase.
      Span rv = w.view(recipient);
      for (const Person& person : people) {
        if (person.sentences.empty() || person.sentences.front() > a.sentence || person.sentences.back() < a.sentence) continue;
        for (const Span& m : person.mention_views) {
          if (m.start >= rv.start && m.end <= rv.end) {
            a.recipient_person = person.name.empty() ? std::string(p.text.substr(m.start, m.size())) : person.name;
          }
        }
      }
    }
    out.push_back(std::move(a));
  }
}

}  // namespace vitext::extract
