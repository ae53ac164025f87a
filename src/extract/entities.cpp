// Named entities from lexicons and patterns:
//   ORG  a complete name ("Bộ Công an"), or a head ("Công an", "Sở", "UBND") with a name,
//        an admin level and a place after it ("Công an tỉnh Thanh Hóa"); a unit followed
//        by the body it belongs to is one chain ("Cơ quan An ninh điều tra Công an tỉnh").
//   LOC  provinces (before and after the 2025 merger), countries and regions, and any
//        capitalised name after an admin level ("huyện Mỏ Cày Bắc").
//   PER  a surname and capitalised given names, or capitalised names after a rank, a
//        title or a word such as "ông", "đồng chí"; the byline at the end of an article.
//   MISC acronyms with their expansion (ANTT, ANQG ...), award names.
// A place inside an organisation's name is also reported, as a nested LOC.
#include <algorithm>
#include <map>

#include "core/syllable.h"
#include "extract/context.h"
#include "extract/fold.h"
#include "extract/name_lexicon.h"

namespace vitext::extract {

namespace {

// (piece, hit) pairs in hit order -> one pair per piece, sorted by piece: the first hit at
// that piece or the last one.
void sort_by_piece(PieceHits& index, size_t pieces, bool keep_first) {
  auto& hits = index.hits;
  std::stable_sort(hits.begin(), hits.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  size_t n = 0;
  for (const auto& h : hits) {
    if (n > 0 && hits[n - 1].first == h.first) {
      if (!keep_first) hits[n - 1] = h;
      continue;
    }
    hits[n++] = h;
  }
  hits.resize(n);
  hits.shrink_to_fit();
  index.has.assign(pieces + 1, false);
  for (const auto& h : hits) index.has[h.first] = true;
}

const uint32_t* hit_at(const PieceHits& index, size_t piece) {
  if (piece >= index.has.size() || !index.has[piece]) return nullptr;
  auto it = std::lower_bound(index.hits.begin(), index.hits.end(), piece,
                             [](const auto& h, size_t i) { return h.first < i; });
  return &it->second;
}

}  // namespace

void Work::index() {
  for (PieceHits* index : {&entity_start_, &entity_end_, &role_start_, &role_end_}) index->hits.clear();
  for (uint32_t k = 0; k < entities.size(); ++k) {
    const EntityHit& e = entities[k];
    if (e.nested) continue;
    entity_start_.hits.emplace_back(e.r.b, k);
    entity_end_.hits.emplace_back(e.r.e, k);
  }
  for (uint32_t k = 0; k < roles.size(); ++k) {
    role_start_.hits.emplace_back(roles[k].r.b, k);
    role_end_.hits.emplace_back(roles[k].r.e, k);
  }
  sort_by_piece(entity_start_, p.size(), true);
  sort_by_piece(entity_end_, p.size(), false);
  sort_by_piece(role_start_, p.size(), false);
  sort_by_piece(role_end_, p.size(), false);
}

const EntityHit* Work::entity_at(size_t i, EntityLabel label) const {
  const uint32_t* k = hit_at(entity_start_, i);
  return k && entities[*k].label == label ? &entities[*k] : nullptr;
}

const EntityHit* Work::entity_ending_at(size_t i, EntityLabel label) const {
  const uint32_t* k = hit_at(entity_end_, i);
  return k && entities[*k].label == label ? &entities[*k] : nullptr;
}

const RoleHit* Work::role_starting_at(size_t i) const {
  const uint32_t* k = hit_at(role_start_, i);
  return k ? &roles[*k] : nullptr;
}

const RoleHit* Work::role_ending_at(size_t i) const {
  const uint32_t* k = hit_at(role_end_, i);
  return k ? &roles[*k] : nullptr;
}

namespace {

class EntityFinder {
 public:
  explicit EntityFinder(Work& w) : w_(w), p_(w.p), lx_(w.lx) {}

  void run() {
    for (size_t i = 0; i < p_.size();) {
      size_t n = 0;
      if (!(w_.used[i] & kUsedByDate)) n = match_at(i);
      i += n ? n : 1;
    }
    find_byline();
    find_repeated_names(w_);
    find_lexicon_names();  // last: every rule, repeats included, decides before it
    resolve_home_province();
    std::sort(w_.entities.begin(), w_.entities.end(), [](const EntityHit& a, const EntityHit& b) {
      return a.r.b != b.r.b ? a.r.b < b.r.b : a.r.e > b.r.e;
    });
    std::sort(w_.roles.begin(), w_.roles.end(), [](const RoleHit& a, const RoleHit& b) { return a.r.b < b.r.b; });
    w_.index();
  }

 private:
  bool word(size_t i) const { return i < p_.size() && p_[i].kind == PieceKind::kWord; }
  bool cap(size_t i) const { return word(i) && p_[i].upper; }
  bool free(size_t i) const { return i < p_.size() && !(w_.used[i] & kUsedByDate); }
  Range range(size_t b, size_t e) const { return {static_cast<uint32_t>(b), static_cast<uint32_t>(e)}; }

  // An admin level word inside a name: lower case ("tỉnh", "huyện"), or the acronym "TP"
  // ("Sở GTVT TP Cần Thơ", "Công an TP.Đà Nẵng"); a capitalised "Huyện", "Tỉnh" starts a
  // body's name ("Huyện ủy") instead.
  PhraseTable::Match admin_word(size_t i) const {
    if (cap(i) && !p_[i].acronym) return {};
    return lx_.admin.longest(p_, i);
  }

  // Something that starts a new unit or role, so a capitalised run must stop before it.
  bool starts_other(size_t i) const {
    return lx_.organisations.longest(p_, i) || lx_.org_heads.longest(p_, i) || lx_.titles.longest(p_, i) ||
           lx_.ranks.longest(p_, i) || lx_.admin.longest(p_, i);
  }

  size_t match_at(size_t i) {
    if (size_t n = match_org(i)) return n;
    if (size_t n = match_place(i)) return n;
    if (size_t n = match_person(i)) return n;
    if (size_t n = match_award(i)) return n;
    if (size_t n = match_acronym(i)) return n;
    if (size_t n = match_foreign_name(i)) return n;
    if (size_t n = match_credit(i)) return n;
    if (size_t n = match_bare_name(i)) return n;
    if (auto r = lx_.ranks.longest(p_, i)) {
      w_.roles.push_back({range(i, i + r.length), true});
      return r.length;
    }
    if (auto t = lx_.titles.longest(p_, i); t && cap(i)) {
      w_.roles.push_back({range(i, i + t.length), false});
      return t.length;
    }
    return 0;
  }

  // ---- places ----

  // A province or region name at i (capitalised). Returns its length.
  size_t place_name(size_t i, EntityHit& e) const {
    if (!cap(i) && !(i < p_.size() && p_[i].acronym)) {
      // "tp HCM", "biển Đông", "miền Nam": a lower-case generic word, then the capitalised name.
      if (!word(i)) return 0;
      auto m = lx_.provinces.longest(p_, i);
      auto r = lx_.regions.longest(p_, i);
      size_t len = std::max(m.length, r.length);
      if (len < 2 || !(cap(i + len - 1) || p_[i + len - 1].acronym)) return 0;
    }
    if (auto m = lx_.provinces.longest(p_, i)) {
      const Place& pl = lx_.places[m.payload];
      e.type = "province";
      e.normalized = pl.name;
      if (pl.after_2025 != pl.name || !pl.current) e.after_2025 = pl.after_2025;
      return m.length;
    }
    if (auto m = lx_.regions.longest(p_, i)) {
      e.type = "country_or_region";
      return m.length;
    }
    return 0;
  }

  // A surname and a capitalised given name: a person's name starts here ("Sở Y tế tỉnh Nghệ
  // An Dương Đình Chỉnh": the place ends before it).
  bool person_name_at(size_t i) const {
    auto s = lx_.surnames.longest(p_, i);
    return s && cap(i) && cap(i + s.length) && !p_[i + s.length].acronym && p_[i + s.length].sentence == p_[i].sentence;
  }

  // What ends a place name after an admin word: only multi-syllable heads, since one-syllable
  // heads are common in names ("Xuân Trường", "Gia Hội").
  bool ends_place_name(size_t i) const {
    auto head = lx_.org_heads.longest(p_, i);
    return (head && head.length >= 2) || lx_.organisations.longest(p_, i) || lx_.titles.longest(p_, i) ||
           lx_.ranks.longest(p_, i) || lx_.admin.longest(p_, i);
  }

  // The name after an admin word: capitalised syllables, joined by "-" or an apostrophe
  // ("Phan Rang-Tháp Chàm", "Cư M'gar"), maybe with a number ("Móng Cái 2"), or a number
  // alone ("phường 5").
  size_t admin_name(size_t i) const {
    if (i < p_.size() && p_[i].kind == PieceKind::kNumber && p_.str(i).size() <= 2) return 1;
    size_t j = i;
    uint32_t sentence = i < p_.size() ? p_[i].sentence : 0;
    while (j < p_.size() && j - i < 8 && p_[j].sentence == sentence) {
      if (cap(j) && !p_[j].acronym && !(j > i && ends_place_name(j)) && !(j >= i + 2 && person_name_at(j))) {
        ++j;
      } else if (j > i && (p_.punct(j, '-') || p_.str(j) == "'" || p_.str(j) == "’") && cap(j + 1) &&
                 !ends_place_name(j + 1)) {
        j += 2;
      } else if (j > i && word(j) && !p_[j].space_before && p_.str(j - 1) == "'") {
        ++j;  // "M'gar": the part after the apostrophe is lower case
      } else {
        break;
      }
    }
    if (j > i && j < p_.size() && p_[j].kind == PieceKind::kNumber && p_.str(j).size() <= 2 &&
        !lx_.counters.longest(p_, j + 1)) {
      ++j;
    }
    return j - i;
  }

  // "tỉnh Thanh Hóa", "huyện Mỏ Cày Bắc", "Thanh Hóa", "Việt Nam".
  // A lower-case word that announces a place's name: a street ("đường Nguyễn Huệ", named
  // after a person or not), a natural feature or a bridge whose name includes that word
  // ("sông Tranh", "biển Đông", "đảo Cát Bà", "cầu Ông Dầu": eval/extract's convention; the
  // news guidelines leave "đảo" and "cầu" out, an exact-span difference only), or a site
  // named after it without it: a harbour, a market, a temple, a base, a state abroad ("cửa
  // Rạch Gốc", "đền Ngọc Sơn", "căn cứ Offutt", "bang Nebraska"). At a sentence start the
  // word may be capitalised ("Đường Hoàng Cầu"). Sets the word's length in syllables.
  enum class PlaceWord { kNone, kStreet, kFeature, kSite };
  PlaceWord place_word(size_t i, size_t& length) const {
    static const char* const kStreet[] = {"đường", "phố"};
    static const char* const kFeature[] = {"sông", "biển", "mũi", "núi", "đầm", "hồ", "vịnh", "cù lao", "đèo", "suối",
                                           "kênh", "kinh", "rạch", "bán đảo", "quần đảo", "đảo", "cầu"};
    static const char* const kSite[] = {"cầu vượt", "căn cứ", "sân bay", "tiểu bang", "cửa",
                                        "bến",      "chợ",    "cảng",    "đền",       "chùa", "bang"};
    if (i >= p_.size() || (p_[i].upper && !sentence_start(i))) return PlaceWord::kNone;
    // "yêu cầu Nguyễn Văn A", "nhu cầu", "toàn cầu": the second syllable of another word.
    static const char* const kBeforeCau[] = {"yêu", "nhu", "toàn", "địa", "khẩn", "mưu", "thỉnh", "cần", "hoàn"};
    if (w_.is(i, "cầu") && i > 0) {
      for (const char* w : kBeforeCau) {
        if (w_.is(i - 1, w)) return PlaceWord::kNone;
      }
    }
    auto in = [&](const auto& words) {
      for (const char* w : words) {
        if (w_.is(i, w)) {
          length = w_.key(w).find(' ') == std::string::npos ? 1 : 2;
          return true;
        }
      }
      return false;
    };
    if (in(kStreet)) return PlaceWord::kStreet;
    if (in(kSite)) return PlaceWord::kSite;  // before the features: "cầu vượt" over "cầu"
    if (in(kFeature)) return PlaceWord::kFeature;
    return PlaceWord::kNone;
  }

  // No word before piece i in its sentence (quotes and brackets may be).
  bool sentence_start(size_t i) const {
    size_t b = i;
    while (b > 0 && p_[b - 1].sentence == p_[i].sentence && !word(b - 1) && !p_[b - 1].acronym) --b;
    return b == 0 || p_[b - 1].sentence != p_[i].sentence;
  }

  // "quốc lộ 1A", "tỉnh lộ 8", "QL1A": a numbered road is named with its word.
  size_t match_numbered_road(size_t i) {
    size_t lead = w_.is(i, "quốc lộ") || w_.is(i, "tỉnh lộ") || w_.is(i, "cao tốc") ? 2 : 0;
    if (lead == 0 || i + lead >= p_.size() || !p_[i + lead].space_before) return 0;
    std::string_view id = p_.str(i + lead);
    if (id.empty() || id[0] < '0' || id[0] > '9' || id.size() > 4) return 0;
    return add_span(EntityLabel::kLoc, "road", i, i + lead + 1, i);
  }

  size_t match_street(size_t i) {
    if (size_t n = match_numbered_road(i)) return n;
    size_t lead = 0;
    PlaceWord kind = place_word(i, lead);
    if (kind == PlaceWord::kNone) return 0;
    if (!cap(i + lead) || p_[i + lead].acronym) return 0;
    size_t j = i + lead;
    // One-syllable heads are common in names ("đường Đông Trường Sơn"); "Hoàng Cầu - Voi
    // Phục", "Kim Liên - Ô Chợ Dừa": a spaced dash joins the two ends of a street.
    while (j < p_.size() && j - i <= 8 && p_[j].sentence == p_[i].sentence) {
      if (cap(j) && !p_[j].acronym && !ends_place_name(j)) {
        ++j;
      } else if (kind == PlaceWord::kStreet && j > i + lead && p_.punct(j, '-') && p_[j].space_before &&
                 j + 1 < p_.size() && p_[j + 1].space_before && cap(j + 1) && !p_[j + 1].acronym && cap(j + 2) &&
                 !ends_place_name(j + 1)) {
        j += 1;
      } else {
        break;
      }
    }
    if (j == i + lead) return 0;
    // "bờ biển Sóc Trăng": the sea of a province, the province is the place ("mũi Cà Mau" is a cape).
    if (EntityHit probe; w_.is(i, "biển") && place_name(i + lead, probe) == j - i - lead) return 0;
    // "cầu Bình Triệu 2": a number may end the name.
    if (kind == PlaceWord::kFeature && j < p_.size() && p_[j].kind == PieceKind::kNumber && p_.str(j).size() <= 2 &&
        !lx_.counters.longest(p_, j + 1)) {
      ++j;
    }
    EntityHit e;
    e.label = EntityLabel::kLoc;
    e.type = kind == PlaceWord::kStreet ? "street" : kind == PlaceWord::kFeature ? "feature" : "place";
    e.r = range(kind == PlaceWord::kFeature ? i : i + lead, j);
    add(e);
    return j - i;
  }

  // "chủ tịch xã Bùi Văn Luyến": after a title and its admin word, a surname and a middle name
  // make the person holding it, not a place (wards are named after people too: "phường Lê
  // Văn Tám" alone stays a place).
  bool title_holder(size_t admin, size_t j) const {
    auto s = lx_.surnames.longest(p_, j);
    if (!s || !cap(j) || !(w_.is(j + s.length, "Văn") || w_.is(j + s.length, "Thị")) || !cap(j + s.length + 1)) {
      return false;
    }
    for (size_t k = admin >= 3 ? admin - 3 : 0; k < admin; ++k) {
      if (lx_.titles.longest(p_, k).length == admin - k) return true;
    }
    return false;
  }

  // The place named after an admin word of level `admin` (an admin_levels() index) that ends
  // at j: a known place's name, unless a local name is longer ("xã Mỹ Sơn", "xã Đức Hòa":
  // it wins over a country's name inside it) and is typed by the admin level. Sets `e`
  // (a LOC without range) and returns the name's length, 0 when there is none.
  size_t place_after_admin(size_t j, int32_t admin, EntityHit& e) const {
    e = EntityHit{};
    e.label = EntityLabel::kLoc;
    size_t n = place_name(j, e);
    if (size_t m = admin_name(j); m > n) {
      n = m;
      e = EntityHit{};
      e.label = EntityLabel::kLoc;
      e.type = lex::admin_levels()[admin].level;
    }
    return n;
  }

  // "giới trẻ Anh", "Anh và EU", "đưa Anh rời khỏi EU": a capitalised "Anh" inside a sentence
  // with no name before or after it is the country; at a sentence start only before "và" and a
  // name. The pronoun and the given name go to the person rules first ("anh Tuấn", "chị Anh",
  // "Nguyễn Tuấn Anh" start earlier); "Tuấn Anh", "Anh Tuấn" are names.
  size_t match_england(size_t i) {
    if (!cap(i) || p_[i].acronym || p_.str(i) != "Anh") return 0;
    const bool start = sentence_start(i);  // "\" Anh hỏi" starts one
    if (start && !(w_.is(i + 1, "và") && (cap(i + 2) || (i + 2 < p_.size() && p_[i + 2].acronym)))) return 0;
    if (!start && (cap(i - 1) || p_[i - 1].acronym)) return 0;
    if (cap(i + 1) && !p_[i + 1].acronym && !foreign(i + 1) && p_[i + 1].sentence == p_[i].sentence) return 0;
    return add_span(EntityLabel::kLoc, "country_or_region", i, i + 1, i);
  }

  size_t match_place(size_t i) {
    if (size_t n = match_street(i)) return n;
    if (size_t n = match_england(i)) return n;
    EntityHit e;
    e.label = EntityLabel::kLoc;
    if (auto a = lx_.admin.longest(p_, i)) {
      // "TP HCM", "TP. Hồ Chí Minh": the city's usual name has its admin word in it.
      if (size_t n = place_name(i, e); n > a.length) {
        e.r = range(i, i + n);
        add(e);
        return n;
      }
      size_t j = i + a.length;
      if (title_holder(i, j)) return 0;
      size_t n = place_after_admin(j, a.payload, e);
      if (n > 0) {
        // "quận 12", "phường 5": a number is no name, the place keeps its admin word.
        e.r = range(p_[j].kind == PieceKind::kNumber ? i : j, j + n);
        if (e.type != "province" && e.type != "country_or_region") e.type = lex::admin_levels()[a.payload].level;
        add(e);
        return a.length + n;
      }
      e = EntityHit{};  // "tp HCM": the admin word is part of the name
      e.label = EntityLabel::kLoc;
    }
    size_t n = place_name(i, e);
    if (n == 0) n = district_name(i, e);
    if (n == 0) return 0;
    e.r = range(i, i + n);
    add(e);
    return n;
  }

  // "miệt Rạch Giá", "vùng quê Duy Xuyên": a district's name (two syllables or more, all
  // capitalised) stands for the place even without "huyện". Names after "ông", "chị" ... are
  // taken by the person rule before this one is tried.
  size_t district_name(size_t i, EntityHit& e) const {
    auto d = lx_.districts.longest(p_, i);
    if (!d || d.length < 2) return 0;
    for (size_t k = i; k < i + d.length; ++k) {
      if (!cap(k) || p_[k].acronym) return 0;
    }
    if (cap(i + d.length) && !p_[i + d.length].acronym) return 0;  // part of a longer name
    e.type = "district";
    return d.length;
  }

  // ---- organisations ----

  // "Sở GTCC", "Báo TT": an acronym that is no known place, body or admin word names the
  // organisation before it.
  bool unknown_acronym(size_t k) const {
    return k < p_.size() && p_[k].acronym && !lx_.acronyms.longest(p_, k) && !starts_other(k) &&
           !lx_.provinces.longest(p_, k) && !lx_.regions.longest(p_, k);
  }

  // "GTVT", "TN&MT": an acronym of a field ('M' in the table, not a place) names the
  // department it follows ("Sở GTVT").
  size_t field_acronym(size_t k) const {
    auto m = k < p_.size() && p_[k].acronym ? lx_.acronyms.longest(p_, k) : PhraseTable::Match{};
    return m && lex::acronyms()[m.payload].label == 'M' ? m.length : 0;
  }

  // A capitalised word that continues a name rather than starting something else.
  bool name_goes_on(size_t k) const {
    return cap(k) && !p_[k].acronym && !starts_other(k) && !lx_.surnames.longest(p_, k) && !lx_.provinces.longest(p_, k);
  }

  // A name's words are capitalised on their first syllable only ("Trung tâm Dự báo Khí tượng
  // Thủy văn Trung ương", "Tập đoàn Xăng dầu Việt Nam"): after a capitalised syllable of the
  // name at j-1, one or two lower-case syllables at j belong to it when another capitalised
  // word of the name follows them, or when the name ends there at punctuation ("Nhà nước Hồi
  // giáo (IS)"). A function word or verb ("cho biết", "của", "tại") is no part of a name.
  // Returns how many lower-case syllables to take.
  size_t lower_syllables(size_t j) const {
    if (foreign(j - 1)) return 0;
    size_t k = j;
    // "Hàng không", "Một thành viên": a name's syllables that are function words elsewhere.
    auto stop = [&](size_t x) { return lx_.stops.longest(p_, x) && !w_.is(x, "không") && !w_.is(x, "thành"); };
    while (k < j + 2 && word(k) && !p_[k].upper && p_[k].sentence == p_[j - 1].sentence && p_[k].space_before &&
           !stop(k) && !admin_word(k) && !starts_other(k) && !lx_.counters.longest(p_, k)) {
      ++k;
    }
    if (k == j) return 0;
    if (cap(k) && !p_[k].acronym && p_[k].sentence == p_[j].sentence &&
        (name_goes_on(k) || lx_.org_words.longest(p_, k) || lx_.regions.longest(p_, k))) {
      return k - j;
    }
    if (k == j + 1 && (k >= p_.size() || p_[k].sentence != p_[j].sentence || p_.punct(k, ',') || p_.punct(k, '.') ||
                       p_.punct(k, '(') || p_.punct(k, ')'))) {
      return 1;
    }
    return 0;
  }

  // One unit: a complete name, or head + name + [admin [place]]. Returns its end (or i).
  size_t org_unit(size_t i, bool& generic_admin, std::vector<EntityHit>& places) const {
    generic_admin = false;
    auto full = lx_.organisations.longest(p_, i);
    auto head = lx_.org_heads.longest(p_, i);
    if (!cap(i) && !(i < p_.size() && p_[i].acronym)) {
      // Lower case (as news text often writes them): "ubnd tỉnh", or a head with a
      // capitalised name that is not a place ("công ty AnAnA", "báo Tuổi Trẻ").
      // One-syllable heads are common nouns in lower case ("bộ", "trường", "ban"): only
      // multi-syllable ones and "báo", "hãng" start a name.
      if (!word(i) || !head || head.payload >= 2) return i;
      EntityHit probe;
      bool acronym_head = lx_.acronyms.longest(p_, i).length == head.length;
      size_t k = i + head.length;
      bool head_ok = head.length >= 2 || w_.is(i, "báo") || w_.is(i, "hãng") || unknown_acronym(k);
      // A place right after it is where it is ("trung tâm Đà Nẵng"), except for a company
      // ("công ty cổ phần Biên Hòa") or when more of the name follows ("báo Pháp Luật").
      size_t place = place_name(k, probe);
      bool place_ok = place == 0 || w_.is(i, "công ty") || name_goes_on(k + place);
      if (!acronym_head && !(head_ok && cap(k) && (!p_[k].acronym || unknown_acronym(k)) && place_ok && !starts_other(k))) {
        return i;
      }
      full = {};
    }
    if (!full && !head) return i;
    if (EntityHit probe; !full && head.payload == 3 && !place_name(i + head.length, probe)) return i;
    // "Đài Loan", "Hội An": a place whose name starts with a head word.
    if (EntityHit probe; !full && place_name(i, probe) > head.length) return i;
    if (full && (!head || full.length >= head.length)) {
      size_t j = i + full.length;
      // "Bộ Công an" is complete; "Đảng" may take "bộ tỉnh" etc. only through heads.
      return j;
    }
    size_t j = i + head.length;
    bool standalone = head.payload == 1;
    bool named = false;
    // The name: capitalised words and the lower-case words organisation names use.
    while (j < p_.size() && p_[j].sentence == p_[i].sentence) {
      EntityHit probe;
      if (size_t pn = place_name(j, probe)) {
        // "Thượng viện Nga Viktor Ozerov": a foreign name after the place is a person's.
        if (!name_goes_on(j + pn) || foreign(j + pn)) break;
        j += pn;  // "Pháp Luật": a place's name inside the organisation's own name
        named = true;
        continue;
      }
      if (admin_word(j)) break;
      if (auto ow = lx_.org_words.longest(p_, j)) {  // "Y tế", "Cảnh sát hình sự"
        j += ow.length;
        named = true;
        continue;
      }
      if (size_t n = named || head.length > 0 ? field_acronym(j) : 0) {
        j += n;
        named = true;
        continue;
      }
      // A country's forces inside a name are part of it ("Bộ Tư lệnh Hải quân").
      if (cap(j) && (!p_[j].acronym || unknown_acronym(j)) &&
          (!starts_other(j) || lx_.org_heads.longest(p_, j).payload == 3)) {
        ++j;
        named = true;
        if (!p_[j - 1].acronym) j += lower_syllables(j);
        continue;
      }
      // "Sở Tài nguyên và Môi trường", "Lao động - Thương binh và Xã hội".
      if ((w_.is(j, "và") || p_.punct(j, '-')) && cap(j + 1) && named &&
          (!starts_other(j + 1) || lx_.org_words.longest(p_, j + 1)) && !person_name_at(j + 1)) {
        j += 1;
        continue;
      }
      break;
    }
    // "Hội An", "Đoàn Hùng": head and name together are a district.
    if (auto d = lx_.districts.longest(p_, i); d && d.length == j - i) return i;
    // Admin level and place: "tỉnh Thanh Hóa", "huyện Quảng Xương", or a bare "tỉnh"; "tp HCM"
    // is a place's name with its admin word in it.
    if (EntityHit place; admin_word(j) && place_name(j, place)) {
      place.label = EntityLabel::kLoc;
      size_t n = place_name(j, place);
      place.r = range(j, j + n);
      place.nested = true;
      places.push_back(place);
      return j + n;
    }
    if (auto a = admin_word(j)) {
      size_t k = j + a.length;
      // A bare "TP" with no place after it is no admin level of this body.
      if (EntityHit probe; p_[j].acronym && !place_after_admin(k, a.payload, probe)) return named || standalone ? j : i;
      EntityHit place;
      size_t n = place_after_admin(k, a.payload, place);
      if (n > 0) {
        place.r = range(k, k + n);
        place.nested = true;
        places.push_back(place);
        return k + n + place_of_place(k + n, places);
      }
      generic_admin = true;
      return k;
    }
    EntityHit place;
    place.label = EntityLabel::kLoc;
    if (size_t n = place_name(j, place)) {  // "Công an Thanh Hóa"
      place.r = range(j, j + n);
      place.nested = true;
      places.push_back(place);
      return j + n;
    }
    if (!named && !standalone) return i;
    return j + place_of_place(j, places, /*abbreviation_only=*/true);
  }

  // "Công an quận Thủ Đức TP.HCM", "Ngân hàng TMCP Xây dựng VN": the province or country of
  // the place (or of the name) right after it, with no comma, is part of the name; after a
  // name only an abbreviated one ("VN", "TP.HCM"), since a full name there starts a clause as
  // often ("Bộ Y tế Hà Nội ..." is rare, "... cho Hà Nội" is not). Returns its length.
  size_t place_of_place(size_t k, std::vector<EntityHit>& places, bool abbreviation_only = false) const {
    if (k >= p_.size() || k == 0 || p_[k].sentence != p_[k - 1].sentence || !p_[k].space_before) return 0;
    EntityHit place;
    place.label = EntityLabel::kLoc;
    size_t n = 0;
    if (auto ac = p_[k].acronym ? lx_.acronyms.longest(p_, k) : PhraseTable::Match{};
        ac && lex::acronyms()[ac.payload].label == 'L') {
      n = ac.length;
      place.type = "acronym";
    } else if (!abbreviation_only && cap(k)) {
      n = place_name(k, place);
      if (n > 0 && (place.type != "province" || name_goes_on(k + n))) n = 0;
    }
    if (n == 0) return 0;
    place.r = range(k, k + n);
    place.nested = true;
    places.push_back(place);
    return n;
  }

  size_t match_org(size_t i) {
    EntityHit e;
    e.label = EntityLabel::kOrg;
    std::vector<EntityHit> places;
    size_t j = i;
    for (;;) {
      bool generic = false;
      size_t end = org_unit(j, generic, places);
      if (end == j) break;
      e.parts.push_back(range(j, end));
      e.generic_admin = e.generic_admin || generic;
      j = end;
    }
    if (e.parts.empty()) return 0;
    // "các tỉnh, thành phố trực thuộc Trung ương": governed by the centre, no body named.
    if (j == i + 2 && w_.is(i, "Trung ương") && i > 0 && w_.is(i - 1, "thuộc")) return 2;
    e.r = range(i, j);
    e.type = "organisation";
    // Acronym heads are expanded in the normalised name: "UBND tỉnh" -> "Ủy ban nhân dân tỉnh".
    std::string norm;
    bool changed = false;
    for (size_t k = i; k < j; ++k) {
      if (k > i && p_[k].space_before) norm.push_back(' ');
      auto ac = p_[k].acronym ? lx_.acronyms.longest(p_, k) : PhraseTable::Match{};
      if (ac && ac.length == 1 && lex::acronyms()[ac.payload].label == 'O') {
        norm += lex::acronyms()[ac.payload].expansion;
        changed = true;
      } else {
        norm += p_.str(k);
      }
    }
    if (changed) e.normalized = norm;
    add(e);
    for (EntityHit& pl : places) add(pl);
    return j - i + bracketed_short_name(j);
  }

  // "Tập đoàn Xăng dầu Việt Nam (Petrolimex)", "Cục Cảnh sát ... (C50)": one or two
  // capitalised words in brackets right after an organisation are its short name, an
  // organisation of their own (found again where they recur, repeats.cpp). Returns the pieces
  // taken from j, 0 when there is none.
  size_t bracketed_short_name(size_t j) {
    if (!p_.punct(j, '(')) return 0;
    size_t k = j + 1;
    while (k < p_.size() && k - j <= 2 && (cap(k) || p_[k].acronym) && p_[k].sentence == p_[j].sentence && free(k) &&
           !lx_.common_acronyms.longest(p_, k)) {
      ++k;
    }
    if (k == j + 1 || !p_.punct(k, ')')) return 0;
    EntityHit probe;
    if (place_name(j + 1, probe) == k - j - 1) return 0;  // "(Trung Quốc)": where it is
    add_span(EntityLabel::kOrg, "organisation", j + 1, k, j);
    return k + 1 - j;
  }

  // ---- people ----

  // Capitalised given names after a surname or a marker: up to `max` syllables.
  // After a marker a country is not a name ("lấy chồng Đài Loan"); after a surname it may be
  // one ("Võ Đức Hơn").
  // A part joined by a hyphen with no space around it continues a name ("Park Hang-seo",
  // "Jean-Pierre").
  size_t given_names(size_t i, size_t max, bool stop_at_regions = false) const {
    size_t j = i;
    while (j < p_.size() && j - i < max && cap(j) && !p_[j].acronym && p_[j].kind == PieceKind::kWord &&
           p_.str(j).find_first_of("0123456789") == std::string_view::npos && p_[j].sentence == p_[i].sentence &&
           !starts_other(j) && !lx_.provinces.longest(p_, j) && !(stop_at_regions && lx_.regions.longest(p_, j)) &&
           !(j > i && starts_glued_sentence(j))) {
      ++j;
      if (p_.punct(j, '-') && !p_[j].space_before && word(j + 1) && !p_[j + 1].space_before && !p_[j + 1].acronym) j += 2;
    }
    return j - i;
  }

  // A caption glued to the next sentence without a stop ("... Mohamed Salah Tiền vệ người Ai
  // Cập", "Ảnh: T Khoảng 23h30"): a capitalised word that starts a marker phrase of two
  // syllables, or a qualifier before a number, or a date, begins something else.
  bool starts_glued_sentence(size_t j) const {
    if (!free(j)) return true;
    if (auto m = lx_.person_markers.longest(p_, j); m && m.length >= 2) return true;
    if (auto q = lx_.qualifiers.longest(p_, j); q && j + q.length < p_.size() && p_[j + q.length].kind == PieceKind::kNumber) {
      return true;
    }
    return false;
  }

  // "ông", "bà", "chị": after these a one-word country is a given name ("chị Nga"); after
  // "chồng", "vợ" it is where the spouse is from ("lấy chồng Đài Loan").
  bool polite(size_t i) const {
    static const char* const kPolite[] = {"ông", "bà", "anh", "chị", "cô", "em", "cụ", "cháu"};
    // Capitalised only at a sentence start ("Chị Nga cho biết").
    if (p_[i].upper && i > 0 && p_[i - 1].sentence == p_[i].sentence) return false;
    for (const char* w : kPolite) {
      if (w_.is(i, w)) return true;
    }
    return false;
  }

  // A word that is not a Vietnamese syllable ("Roberto", "Messi"): a foreign name.
  bool foreign(size_t i) const { return word(i) && !p_[i].acronym && !is_vietnamese_syllable_any_form(p_.str(i)); }

  size_t match_person(size_t i) {
    // Surname + given names: "Nguyễn Hữu Mạnh".
    if (cap(i)) {
      if (auto s = lx_.surnames.longest(p_, i)) {
        size_t n = given_names(i + s.length, 3);
        // "Phan Thiết", "Châu Thành": a place with the shape of a name.
        if (auto d = lx_.districts.longest(p_, i); d && d.length == s.length + n) {
          EntityHit e;
          e.label = EntityLabel::kLoc;
          e.type = "district";
          e.r = range(i, i + d.length);
          add(e);
          return d.length;
        }
        if (n >= 1) {
          EntityHit e;
          e.label = EntityLabel::kPer;
          e.type = "person";
          e.r = range(i, i + s.length + n);
          add(e);
          return s.length + n;
        }
      }
    }
    // A birth-order nickname: "Hai Địa", "Sáu Kế", "Mười Thơ" (places of that shape, "Ba Vì",
    // "Năm Căn", are districts and were taken before this rule).
    if (cap(i) && !p_[i].acronym && p_[i].kind == PieceKind::kWord) {
      int32_t nw = lx_.number_words.find(p_.key(i));
      if (nw >= 0 && !lex::number_words()[nw].scale && lex::number_words()[nw].value >= 2 &&
          lex::number_words()[nw].value <= 10) {
        size_t n = given_names(i + 1, 2, true);
        if (n >= 1 && !lx_.surnames.longest(p_, i + 1) && !lx_.districts.longest(p_, i)) {
          return add_span(EntityLabel::kPer, "person", i, i + 1 + n, i);
        }
      }
    }
    // Rank or marker + capitalised names: "Đại tá Mạnh", "ông Hùng", "đồng chí Nguyễn Văn A".
    size_t lead = 0;
    bool rank = false, title = false;
    if (auto r = lx_.ranks.longest(p_, i)) {
      lead = r.length;
      rank = true;
    } else if (auto t = lx_.titles.longest(p_, i)) {
      lead = t.length;
      title = true;
    } else if (auto m = lx_.person_markers.longest(p_, i)) {
      // A capitalised marker inside a sentence is part of a name ("Bà Rịa"), not "bà".
      bool sentence_start = i == 0 || p_[i - 1].sentence != p_[i].sentence;
      if (!p_[i].upper || sentence_start || p_[i].acronym) lead = m.length;
    }
    if (lead == 0) return 0;
    size_t k = i + lead;
    // "Tổng thống Mỹ Donald Trump", "Chủ tịch EC Jean-Claude Juncker": the country or body of
    // the title stands between it and the name, and belongs to the title.
    if (title) {
      EntityHit where;
      size_t between = place_name(k, where);
      if (between == 0 && k < p_.size() && p_[k].acronym && !lx_.common_acronyms.longest(p_, k)) between = 1;
      if (between > 0 && cap(k + between) && !p_[k + between].acronym &&
          (person_name_at(k + between) || given_names(k + between, 3, true) >= 2 || foreign(k + between))) {
        // The country is a place of its own too ("Tổng thống [Mỹ] Donald Trump").
        if (place_name(k, where) == between) {
          where.label = EntityLabel::kLoc;
          where.r = range(k, k + between);
          add(where);
        }
        lead += between;
        k += between;
      }
    }
    // A rank may be followed by a marker or a person already found by the surname rule.
    size_t n = 0;
    if (auto s = lx_.surnames.longest(p_, k); s && cap(k)) {
      size_t g = given_names(k + s.length, 3);
      if (g >= 1) n = s.length + g;
    }
    bool by_surname = n > 0;
    if (n == 0) n = given_names(k, 3, !polite(i));
    if (n == 0) return 0;
    // After a capitalised title a single Vietnamese syllable is more often a field or a
    // place ("Bộ trưởng Tài chính", "Giám đốc Sở") than a given name: a name there has a
    // surname, two capitalised syllables or a foreign word ("HLV Martinez").
    if (title && p_[i].upper && !by_surname && n < 2 && !foreign(k)) return 0;
    // "ông H. cúi xuống": an initial keeps its period when the sentence goes on.
    size_t last = k + n - 1;
    if (p_.str(last).size() == 1 && p_.punct(last + 1, '.') && !p_[last + 1].space_before &&
        last + 2 < p_.size() && p_[last + 2].sentence == p_[last].sentence) {
      ++n;
    }
    if (rank || title) w_.roles.push_back({range(i, i + lead), rank});
    EntityHit e;
    e.label = EntityLabel::kPer;
    e.type = "person";
    e.r = range(k, k + n);
    add(e);
    return lead + n;
  }

  // The byline: a short last line of capitalised names, maybe with "(CTV)" or "(PV)".
  void find_byline() {
    if (p_.size() == 0) return;
    size_t last = p_.size() - 1;
    size_t b = last;
    while (b > 0 && !p_[b].newline_before) --b;
    size_t e = p_.size();
    if (p_.punct(e - 1, ')') && e >= 3 && p_.punct(e - 3, '(') && p_[e - 2].acronym) e -= 3;
    if (e <= b || e - b > 4 || e - b < 2) return;
    for (size_t k = b; k < e; ++k) {
      if (!cap(k) || p_[k].acronym) return;
    }
    for (const EntityHit& x : w_.entities) {
      if (x.r.b < e && x.r.e > b) return;
    }
    EntityHit h;
    h.label = EntityLabel::kPer;
    h.type = "byline";
    h.r = range(b, e);
    add(h);
  }

  // ---- other ----

  // "U20 Nhật Bản", "U23 Việt Nam": an age-group team of a country.
  size_t match_team(size_t i) {
    std::string_view s = p_.str(i);
    if (s.size() != 3 || s[0] != 'U' || s[1] < '1' || s[1] > '9' || s[2] < '0' || s[2] > '9') return 0;
    EntityHit place;
    size_t n = place_name(i + 1, place);
    if (n == 0) return 0;
    return add_span(EntityLabel::kOrg, "team", i, i + 1 + n, i);
  }

  // An upper-case code with a dash before a digit ("E-4B", "F-16") or letters then digits
  // after a space ("F3" of "OPPO F3") names a model.
  bool model_name(size_t k) const {
    if (k >= p_.size()) return false;
    std::string_view s = p_.str(k);
    if (s.empty() || s[0] < 'A' || s[0] > 'Z' || s.size() > 6) return false;
    for (char c : s) {
      if (c >= 'a' && c <= 'z') return false;
    }
    size_t dash = s.find('-');
    if (dash != std::string_view::npos && dash + 1 < s.size() && s[dash + 1] >= '0' && s[dash + 1] <= '9') return true;
    return k > 0 && p_[k].space_before && p_[k - 1].upper && s.find_first_of("0123456789") != std::string_view::npos;
  }

  // An upper-case abbreviation the tables do not know ("EU", "TTXVN", "KCNA", "GD&TĐ") names
  // an organisation, unless it is a common one that names none ("HIV", "USD", "SN").
  size_t unknown_org_acronym(size_t i) {
    if (lx_.common_acronyms.longest(p_, i) || !unknown_acronym(i)) return 0;
    if (p_.str(i)[0] >= '0' && p_.str(i)[0] <= '9') return 0;  // "8GB": a quantity
    // "E-4B", "BTR-50": a model; "OPPO F3": a brand naming its model. Not organisations.
    if (model_name(i)) return left_unmarked(i, i + 1);
    if (model_name(i + 1)) return left_unmarked(i, i + 2);
    size_t n = 1;
    // "GD&TĐ": parts joined by "&" with no space.
    while (p_.punct(i + n, '&') && !p_[i + n].space_before && i + n + 1 < p_.size() && p_[i + n + 1].acronym &&
           !p_[i + n + 1].space_before) {
      n += 2;
    }
    return add_span(EntityLabel::kOrg, "acronym", i, i + n, i);
  }

  size_t match_acronym(size_t i) {
    if (size_t n = match_team(i)) return n;
    if (!p_[i].acronym) return 0;
    auto m = lx_.acronyms.longest(p_, i);
    if (!m) return unknown_org_acronym(i);
    const auto& a = lex::acronyms()[m.payload];
    EntityHit e;
    e.label = a.label == 'L' ? EntityLabel::kLoc : EntityLabel::kMisc;
    e.type = "acronym";
    e.expansion = a.expansion;
    e.r = range(i, i + m.length);
    add(e);
    return m.length;
  }

  // A capitalised word with no capital inside it and no digit ("Sergio", not "OnePlus").
  bool title_case(size_t k) const {
    if (!cap(k) || p_[k].acronym) return false;
    std::string_view s = p_.str(k);
    for (size_t c = 1; c < s.size(); ++c) {
      if ((s[c] >= 'A' && s[c] <= 'Z') || (s[c] >= '0' && s[c] <= '9')) return false;
    }
    return true;
  }

  // A lower-case particle inside a foreign name ("Hotel des Invalides", "Bank of America").
  bool foreign_particle(size_t k) const {
    static const char* const kParticles[] = {"de", "des", "du", "of", "the", "and", "van", "von", "der", "la", "le", "del"};
    if (!word(k) || p_[k].upper) return false;
    for (const char* w : kParticles) {
      if (p_.str(k) == w) return true;
    }
    return false;
  }

  // A run of two to four capitalised words of which one at least is no Vietnamese syllable
  // ("Sergio Ramos", "Jean-Claude Juncker", "Kim Jong-un") is a foreign person's name, unless
  // a word of it names a club or a company ("Real Madrid", "Allen & Company": an organisation),
  // a place ("Sun Valley") or an event or product ("Champions League", "App Store": not
  // marked). A run that starts with "The" names a team or a paper ("The Blues").
  // One or more such words before a bracketed country are a city ("Brussels (Bỉ)").
  size_t match_foreign_name(size_t i) {
    if (size_t n = match_camel_brand(i)) return n;
    if (!title_case(i)) return 0;
    size_t j = i;
    bool abroad = false;
    char kind = 0;  // the foreign_stops kind that decides: an event over an organisation over a place
    auto rank = [](char k) { return k == 'E' ? 3 : k == 'O' || k == 'S' ? 2 : k == 'L' ? 1 : 0; };
    const uint32_t sentence = p_[i].sentence;
    const bool article = p_.str(i) == "The" && title_case(i + 1);
    while (j < p_.size() && j - i < 5 && title_case(j) && p_[j].sentence == sentence && !starts_other(j) &&
           !lx_.provinces.longest(p_, j) && !lx_.regions.longest(p_, j) && !(j > i && starts_glued_sentence(j))) {
      abroad = abroad || foreign(j);
      if (auto f = lx_.foreign_stops.longest(p_, j); f && rank(static_cast<char>(f.payload)) > rank(kind)) {
        kind = static_cast<char>(f.payload);
      }
      ++j;
      if (kind == 'S') break;  // "Allen & Company Sun Valley": the company's name ends
      if (p_.punct(j, '-') && !p_[j].space_before && word(j + 1) && !p_[j + 1].space_before) {
        abroad = true;
        j += 2;
      } else if ((p_.punct(j, '&') || foreign_particle(j)) && title_case(j + 1) && p_[j + 1].sentence == sentence) {
        abroad = true;
        ++j;
      }
    }
    if (!abroad && !article) return 0;
    if (kind == 'E') return left_unmarked(i, j);
    // "Oppo F3", "cảm biến Sony": a brand naming a product, after the product's noun or before
    // its model, is not marked; after a function word it is the company ("của Sony").
    if (kind == 'O' && j == i + 1 && (model_name(j) || !(sentence_start(i) || !word(i - 1) || lx_.stops.longest(p_, i - 1)))) {
      return left_unmarked(i, j);
    }
    if (kind == 'O' || kind == 'S' || article) return add_span(EntityLabel::kOrg, "organisation", i, j, i);
    if (kind == 'L') return add_span(EntityLabel::kLoc, "place", i, j, i);
    // "(Nguồn: Sputnik)": the source of a text or a photo.
    if (j == i + 1 && i >= 2 && p_.punct(i - 1, ':') && w_.is(i - 2, "nguồn")) {
      return add_span(EntityLabel::kOrg, "organisation", i, j, i);
    }
    EntityHit country;
    if (p_.punct(j, '(') && place_name(j + 1, country) && p_.punct(j + 1 + place_name(j + 1, country), ')')) {
      return add_span(EntityLabel::kLoc, "place", i, j, i);
    }
    if (j - i >= 2) return add_span(EntityLabel::kPer, "person", i, j, i);
    return foreign_word_in_context(i);
  }

  // "OnePlus", "YouTube", "PetroVietnam": a word of letters with a capital inside it is a brand;
  // with its country in brackets after it, it names the company ("của OnePlus (Trung Quốc)").
  // Elsewhere it names a product as often ("ứng dụng AmpMe", "điện thoại OnePlus 5") and is
  // not marked.
  size_t match_camel_brand(size_t i) {
    if (!cap(i) || p_[i].acronym) return 0;
    std::string_view s = p_.str(i);
    bool inner = false;
    for (size_t c = 1; c < s.size(); ++c) {
      if (!((s[c] >= 'a' && s[c] <= 'z') || (s[c] >= 'A' && s[c] <= 'Z'))) return 0;
      inner = inner || (s[c] >= 'A' && s[c] <= 'Z' && s[c - 1] >= 'a' && s[c - 1] <= 'z');
    }
    EntityHit country;
    const size_t n = inner && p_.punct(i + 1, '(') ? place_name(i + 2, country) : 0;
    if (n == 0 || !p_.punct(i + 2 + n, ')') || country.type != "country_or_region") return 0;
    return add_span(EntityLabel::kOrg, "organisation", i, i + 1, i);
  }

  // One foreign word alone, typed by the words before it: a source or a club ("theo Reuters",
  // "gia nhập Chelsea") is an organisation, after "tại", "ở" it is a place ("tại Hamburg").
  // With no such word it is left unmarked (a person, a club, a brand or a product).
  size_t foreign_word_in_context(size_t i) {
    if (i == 0 || p_[i - 1].sentence != p_[i].sentence || !word(i - 1) || p_[i - 1].upper) return 0;
    static const char* const kOrgBefore[] = {"theo", "hãng tin", "tờ", "kênh", "gia nhập", "khoác áo", "nhà mạng"};
    for (const char* w : kOrgBefore) {
      size_t n = w_.key(w).find(' ') == std::string::npos ? 1 : 2;
      if (i >= n && w_.is(i - n, w)) return add_span(EntityLabel::kOrg, "organisation", i, i + 1, i);
    }
    return place_before(i) ? add_span(EntityLabel::kLoc, "place", i, i + 1, i) : 0;
  }

  // Two or three capitalised Vietnamese syllables inside a sentence that no lexicon knows and
  // no cue introduces, with a bracketed province or country after them or "tại", "ở" before
  // them, name a place ("như Phố Ràng (Lào Cai)", "tại Cẩm Phả"). Without such a cue they are
  // left alone: on the treebank's sentences they are places ("vùng Mũi Đèn", "quê tận Cà Ná")
  // and papers ("trả lời Tuổi Trẻ") as often as the stage and given names of fresh news.
  size_t match_bare_name(size_t i) {
    if (!cap(i) || sentence_start(i) || !(word(i - 1) && !p_[i - 1].upper) || foreign(i)) return 0;
    size_t j = i;
    while (j < p_.size() && j - i < 3 && cap(j) && !p_[j].acronym && !foreign(j) && free(j) &&
           p_[j].sentence == p_[i].sentence && !starts_other(j) && !lx_.provinces.longest(p_, j) &&
           !lx_.regions.longest(p_, j) && !lx_.districts.longest(p_, j) && !lx_.award_heads.longest(p_, j) &&
           !lx_.foreign_stops.longest(p_, j) && !(j > i && starts_glued_sentence(j))) {
      ++j;
    }
    if (j - i < 2 || (cap(j) && p_[j].sentence == p_[i].sentence)) return 0;
    EntityHit where;
    const size_t in_bracket = p_.punct(j, '(') ? place_name(j + 1, where) : 0;
    if ((in_bracket > 0 && p_.punct(j + 1 + in_bracket, ')')) || place_before(i)) {
      return add_span(EntityLabel::kLoc, "place", i, j, i);
    }
    return 0;
  }

  // "tại", "ở", "sang", "thăm": the name after it is a place.
  bool place_before(size_t i) const {
    static const char* const kLocBefore[] = {"tại", "ở", "sang", "thăm"};
    if (i == 0 || p_[i - 1].sentence != p_[i].sentence) return false;
    for (const char* w : kLocBefore) {
      if (w_.is(i - 1, w)) return true;
    }
    return false;
  }

  // "Ảnh: Thanh Hà/TTXVN", "Ảnh: Điền Quang.": the photographer named in a credit.
  size_t match_credit(size_t i) {
    if (!(w_.is(i, "ảnh") || w_.is(i, "nguồn")) || !p_.punct(i + 1, ':')) return 0;
    size_t k = i + 2;
    size_t n = given_names(k, 3, true);
    if (n < 2) return 0;
    for (size_t c = k; c < k + n; ++c) {
      if (foreign(c)) return 0;
    }
    return add_span(EntityLabel::kPer, "credit", k, k + n, i);
  }

  // "Huân chương Chiến công hạng Ba", "Bằng khen", "Cờ thi đua của Chính phủ".
  size_t match_award(size_t i) {
    auto h = lx_.award_heads.longest(p_, i);
    if (!h || (!cap(i) && h.length < 2)) return 0;
    size_t j = i + h.length;
    while (j < p_.size() && cap(j) && !p_[j].acronym && p_[j].sentence == p_[i].sentence && !starts_other(j)) ++j;
    if (w_.is(j, "hạng") && (cap(j + 1) || (j + 1 < p_.size() && p_[j + 1].kind == PieceKind::kNumber))) j += 2;
    if (j == i + h.length && w_.is(i, "Danh hiệu")) return 0;
    EntityHit e;
    e.label = EntityLabel::kMisc;
    e.type = "award";
    e.r = range(i, j);
    add(e);
    return j - i;
  }

  // Adds an entity over pieces [b, e) and returns how many pieces from `from` it ends at.
  size_t add_span(EntityLabel label, const char* type, size_t b, size_t e, size_t from) {
    EntityHit h;
    h.label = label;
    h.type = type;
    h.r = range(b, e);
    add(std::move(h));
    return e - from;
  }

  // Pieces [b, e) a rule decided are no entity (a model, a product, an event): the learned
  // lexicon leaves them alone too. Apart from Work::used, which the other rules read.
  size_t left_unmarked(size_t b, size_t e) {
    if (unmarked_.size() < p_.size()) unmarked_.assign(p_.size(), false);
    for (size_t k = b; k < e; ++k) unmarked_[k] = true;
    return e - b;
  }

  // Capitalised runs no rule has a cue for, typed as the corpus-learned lexicon saw them
  // typed elsewhere (models/names.bin); only where no rule took any of their pieces.
  void find_lexicon_names() {
    const NameLexicon& names = NameLexicon::embedded();
    if (!w_.learned_names || names.size() == 0) return;
    auto untouched = [&](uint32_t b, uint32_t e) {
      for (uint32_t i = b; i < e; ++i)
        if (w_.used[i] || (i < unmarked_.size() && unmarked_[i])) return false;
      return true;
    };
    auto try_run = [&](uint32_t b, uint32_t e) {
      if (!untouched(b, e)) return false;
      const auto label = names.find(name_fingerprint(p_, b, e));
      if (!label) return false;
      EntityHit h;
      h.r = range(b, e);
      h.label = *label;
      h.type = "learned";
      add(std::move(h));
      return true;
    };
    for_each_name_query(p_, try_run);
  }

  void add(EntityHit e) {
    w_.mark(e.r, kUsedByEntity);
    w_.entities.push_back(std::move(e));
  }

  // The province most often named decides what a bare "tỉnh" means ("Công an tỉnh").
  void resolve_home_province() {
    std::map<std::string, int> counts;
    for (const EntityHit& e : w_.entities) {
      if (e.label == EntityLabel::kLoc && e.type == "province") ++counts[e.normalized];
    }
    int best = 0;
    for (const auto& [name, n] : counts) {
      if (n > best) {
        best = n;
        w_.home_province = name;
      }
    }
    if (w_.home_province.empty()) return;
    for (EntityHit& e : w_.entities) {
      if (e.label != EntityLabel::kOrg || !e.generic_admin) continue;
      std::string base = e.normalized.empty() ? w_.text(e.r) : e.normalized;
      // Only a province-level bare admin word can be completed with the home province.
      const Range& top = e.parts.back();
      std::string_view last = p_.key(top.e - 1);
      if (last == w_.key("tỉnh") || w_.is(top.e - 2, "thành phố")) e.normalized = base + " " + w_.home_province;
    }
  }

  Work& w_;
  const TokenIndex& p_;
  const Lexicons& lx_;
  std::vector<bool> unmarked_;  // see left_unmarked()
};

}  // namespace

void find_entities(Work& w) { EntityFinder(w).run(); }

}  // namespace vitext::extract
