// People: each PER entity joined with the rank before it and the titles and organisation
// around it ("Đại tá Nguyễn Hữu Mạnh, Phó Giám đốc - Thủ trưởng Cơ quan An ninh điều tra
// Công an tỉnh"); repeated mentions of one name merged; and mentions by title alone
// ("đồng chí Phó Giám đốc") linked to the one named person who holds that title, when
// exactly one does.
#include <algorithm>
#include <unordered_map>

#include "extract/context.h"
#include "extract/fold.h"

namespace vitext::extract {
namespace {

class PeopleFinder {
 public:
  explicit PeopleFinder(Work& w) : w_(w), p_(w.p) {}

  void run(std::vector<Person>& out) {
    for (const EntityHit& e : w_.entities) {
      if (e.label != EntityLabel::kPer || e.nested) continue;
      Person person;
      person.name = w_.text(e.r);
      describe(e.r, person);
      merge(out, std::move(person), e.r);
    }
    link_title_mentions(out);
    for (Person& person : out) {
      // Mentions in text order (title-only mentions were added after the named ones).
      std::vector<std::pair<Span, Span>> m;
      for (size_t k = 0; k < person.mentions.size(); ++k) m.emplace_back(person.mention_views[k], person.mentions[k]);
      std::sort(m.begin(), m.end(), [](const auto& x, const auto& y) { return x.first.start < y.first.start; });
      for (size_t k = 0; k < m.size(); ++k) {
        person.mention_views[k] = m[k].first;
        person.mentions[k] = m[k].second;
      }
      std::sort(person.sentences.begin(), person.sentences.end());
      person.sentences.erase(std::unique(person.sentences.begin(), person.sentences.end()), person.sentences.end());
    }
  }

 private:
  const RoleHit* role_at(size_t b, bool by_end) const {
    return by_end ? w_.role_ending_at(b) : w_.role_starting_at(b);
  }
  const EntityHit* org_ending_at(size_t e) const { return w_.entity_ending_at(e, EntityLabel::kOrg); }

  // Adds a title and the organisation after it (if any) starting at piece j; returns the
  // end. "Thủ trưởng Cơ quan An ninh điều tra Công an tỉnh": the title takes the inner
  // units ("Thủ trưởng Cơ quan An ninh điều tra") and the person the outermost ("Công an tỉnh").
  size_t title_with_org(size_t j, Person& person) const {
    const RoleHit* t = role_at(j, false);
    if (!t || t->rank) return j;
    std::string title = w_.text(t->r);
    size_t end = t->r.e;
    if (const EntityHit* org = w_.entity_at(end, EntityLabel::kOrg)) {
      for (size_t k = 0; k + 1 < org->parts.size(); ++k) title += " " + w_.text(org->parts[k]);
      set_org(person, *org);
      end = org->r.e;
    }
    person.titles.push_back(title);
    return end;
  }

  void set_org(Person& person, const EntityHit& org) const {
    if (!person.org.empty()) return;
    const Range& top = org.parts.empty() ? org.r : org.parts.back();
    person.org = w_.text(top);
    if (org.generic_admin && !w_.home_province.empty() && org.parts.size() > 1) {
      person.org_normalized = person.org + " " + w_.home_province;
    } else if (!org.normalized.empty() && org.parts.size() <= 1) {
      person.org_normalized = org.normalized;
    }
  }

  void describe(Range name, Person& person) {
    // Before the name: a rank ("Đại tá"), or a title with its organisation
    // ("Giám đốc Công an tỉnh Nguyễn Văn A").
    size_t b = name.b;
    if (const RoleHit* r = role_at(b, true); r && r->rank) {
      person.rank = w_.text(r->r);
      b = r->r.b;
    } else if (const RoleHit* t = role_at(b, true); t && !t->rank) {
      person.titles.push_back(w_.text(t->r));
      b = t->r.b;
    } else if (const EntityHit* org = org_ending_at(b)) {
      if (const RoleHit* t2 = role_at(org->r.b, true); t2 && !t2->rank) {
        title_with_org(t2->r.b, person);
        b = t2->r.b;
      }
    }
    // After the name: ", Phó Giám đốc - Thủ trưởng Cơ quan ... Công an tỉnh".
    size_t j = name.e;
    if (p_.punct(j, ',') || p_.punct(j, '-') || p_.str(j) == "–") ++j;
    for (;;) {
      size_t e = title_with_org(j, person);
      if (e == j) break;
      j = e;
      bool joiner = p_.punct(j, '-') || p_.str(j) == "–" || w_.is(j, "kiêm") || p_.punct(j, ',') ||
                    w_.is(j, "và");
      if (!joiner || !role_at(j + 1, false)) break;
      ++j;
    }
    // Titles without their own organisation belong to the person's.
    person.mentions.push_back(w_.original(w_.view(name)));
    person.mention_views.push_back(w_.view(name));
    person.sentences.push_back(p_[name.b].sentence);
    (void)b;
  }

  void merge(std::vector<Person>& people, Person person, Range) {
    std::string key = fold_phrase(person.name);
    auto [it, inserted] = by_name_.try_emplace(key, people.size());
    if (!inserted) {
      Person& q = people[it->second];
      if (q.rank.empty()) q.rank = person.rank;
      for (const std::string& t : person.titles) {
        if (std::find(q.titles.begin(), q.titles.end(), t) == q.titles.end()) q.titles.push_back(t);
      }
      if (q.org.empty()) {
        q.org = person.org;
        q.org_normalized = person.org_normalized;
      }
      q.mentions.insert(q.mentions.end(), person.mentions.begin(), person.mentions.end());
      q.mention_views.insert(q.mention_views.end(), person.mention_views.begin(), person.mention_views.end());
      q.sentences.insert(q.sentences.end(), person.sentences.begin(), person.sentences.end());
      return;
    }
    people.push_back(std::move(person));
  }

  // "đồng chí Phó Giám đốc [phụ trách An ninh | Công an tỉnh]": a title after "đồng chí"
  // with no name after it refers to a person introduced elsewhere in the text.
  void link_title_mentions(std::vector<Person>& people) {
    // Folded title -> (a named person holding it, how many do).
    std::unordered_map<std::string, std::pair<size_t, int>> holders;
    for (size_t k = 0; k < people.size(); ++k) {
      if (people[k].name.empty()) continue;
      for (const std::string& t : people[k].titles) {
        auto [it, inserted] = holders.try_emplace(fold_phrase(t), k, 0);
        if (inserted || it->second.first != k) ++it->second.second;
      }
    }
    for (const RoleHit& r : w_.roles) {
      if (r.rank || r.r.b < 2) continue;
      if (!w_.is(r.r.b - 2, "đồng chí")) continue;
      if (w_.entity_at(r.r.e, EntityLabel::kPer)) continue;  // a name follows: already a person
      auto holder = holders.find(fold_phrase(w_.text(r.r)));
      Person* match = holder != holders.end() && holder->second.second == 1 ? &people[holder->second.first] : nullptr;
      // The mention: "đồng chí" + title (+ organisation when one follows).
      Range m{r.r.b - 2, r.r.e};
      if (const EntityHit* org = w_.entity_at(r.r.e, EntityLabel::kOrg)) m.e = org->r.e;
      Span view = w_.view(m);
      if (match) {
        match->mentions.push_back(w_.original(view));
        match->mention_views.push_back(view);
        match->sentences.push_back(p_[m.b].sentence);
      } else {
        Person anon;
        anon.titles.push_back(w_.text(r.r));
        if (const EntityHit* org = w_.entity_at(r.r.e, EntityLabel::kOrg)) set_org(anon, *org);
        anon.mentions.push_back(w_.original(view));
        anon.mention_views.push_back(view);
        anon.sentences.push_back(p_[m.b].sentence);
        people.push_back(std::move(anon));
      }
    }
  }

  Work& w_;
  const TokenIndex& p_;
  std::unordered_map<std::string, size_t> by_name_;  // folded name -> index in people
};

}  // namespace

void find_people(Work& w, std::vector<Person>& out) { PeopleFinder(w).run(out); }

}  // namespace vitext::extract
