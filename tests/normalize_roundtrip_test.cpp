// Round-trip property of the Document model (issue 2, item 2): after normalisation, the
// original bytes under any whitespace- or punctuation-delimited piece of the view
// normalise to exactly that piece. The input is large and deliberately messy: NFC and NFD
// (marks in both orders), both tone styles, mixed case, zero-width characters, odd
// spaces, CR LF, emoji, foreign words, lookalikes and punctuation; it is generated from a
// seeded RNG so failures are reproducible.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "vitext/normalize.h"

namespace vitext {
namespace {

// Syllables as onset + rhyme; the tone is added separately so both placements can be made.
const char* const kOnsets[] = {"", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l",
                               "m", "n", "ng", "ngh", "nh", "ph", "qu", "s", "t", "th", "tr", "v", "x"};
const char* const kOpenRhymes[] = {"a", "e", "i", "o", "u", "y", "ơ", "ư", "ô", "ê", "oa", "oe", "uy",
                                   "ai", "ao", "au", "ay", "ây", "âu", "eo", "ia", "iu", "oi", "ôi", "ơi",
                                   "ua", "ui", "ưa", "ưu", "uê", "uơ", "oai", "oay", "uôi", "ươi", "iêu",
                                   "ươu", "uya", "uyu", "oeo"};
const char* const kClosedRhymes[] = {"an", "ang", "anh", "at", "ac", "ach", "am", "ap", "ăn", "ăng",
                                     "ân", "ât", "em", "en", "êt", "ênh", "in", "inh", "ich", "on",
                                     "ong", "ôn", "ông", "ơn", "un", "ung", "ưng", "ươc", "ương", "uôn",
                                     "iên", "iêt", "yên", "oan", "oang", "oat", "oăn", "uân", "uyên",
                                     "uyêt", "uynh", "oong"};
const char* const kForeign[] = {"Facebook", "José", "café", "Москва", "Αθήνα", "naïve", "COVID-19",
                                "iPhone", "Google", "résumé", "Hyundai", "Zalo", "東京", "http://vnexpress.net"};
const char* const kEmoji[] = {"😀", "👍🏽", "👨\u200D👩\u200D👧", "❤️", "🇻🇳", "1️⃣"};
const char* const kPunct[] = {",", ".", "!", "?", ":", ";", "…", "“", "”", "(", ")", "-", "\u2010", "\"", "'"};
const char* const kSeparators[] = {" ", " ", " ", " ", " ", " ", "\u00A0", "\u2009", "\u3000", "\n",
                                   "\r\n", "\r", "\t", "  ", " \u200B"};
const char* const kToneMarks[] = {"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"};
const char* const kInvisible[] = {"\u200B", "\u00AD", "\uFEFF", "\u200C", "\u2060", "\u200D", "\x01"};

class Generator {
 public:
  explicit Generator(uint32_t seed) : rng_(seed) {}

  std::string text(size_t words) {
    std::string out;
    for (size_t w = 0; w < words; ++w) {
      uint32_t r = pick(100);
      if (r < 78) out += syllable();
      else if (r < 83) out += pick_of(kForeign);
      else if (r < 86) out += pick_of(kEmoji);
      else if (r < 90) out += number();
      else if (r < 93) out += lookalike_word();
      else out += pick_of(kPunct);
      if (pick(6) == 0) out += pick_of(kPunct);
      out += pick_of(kSeparators);
    }
    return out;
  }

 private:
  uint32_t pick(uint32_t n) { return static_cast<uint32_t>(rng_() % n); }
  template <size_t N>
  const char* pick_of(const char* const (&list)[N]) { return list[pick(N)]; }

  // A syllable in decomposed form first (base letters + combining marks), then composed
  // or not, with the tone mark on either vowel of oa/oe/uy, in some case, maybe with a
  // zero-width character inside.
  std::string syllable() {
    bool closed = pick(2) == 0;
    std::string rhyme = closed ? pick_of(kClosedRhymes) : pick_of(kOpenRhymes);
    std::string onset = pick_of(kOnsets);
    std::string nfd = decompose(onset + rhyme);
    std::string tone = pick_of(kToneMarks);
    if (!tone.empty()) nfd = insert_tone(nfd, tone);
    uint32_t form = pick(10);
    std::string s = form < 6 ? normalize_text(nfd, keep_tone()) : nfd;  // NFC, or NFD as it is
    if (form == 9) s = swap_marks(s);
    uint32_t casing = pick(10);
    if (casing == 0) s = upper(s);
    else if (casing < 4) s = title(s);
    if (pick(30) == 0) s = insert_at_char_boundary(s, pick_of(kInvisible));
    return s;
  }

  std::string number() {
    switch (pick(4)) {
      case 0: return std::to_string(pick(100000));
      case 1: return "1.000.000";
      case 2: return "3,5%";
      default: return "\uFF11\uFF12\uFF13";  // fullwidth 123
    }
  }

  std::string lookalike_word() {
    switch (pick(4)) {
      case 0: return "H\u0430";          // Cyrillic а
      case 1: return "N\u1ED9\u0456";    // Cyrillic і
      case 2: return "\uFF35\uFF22\uFF2E\uFF24";  // fullwidth UBND
      default: return "C\u043Eng";       // Cyrillic о
    }
  }

  static NormalizeOptions keep_tone() {
    NormalizeOptions o;
    o.tone = ToneStyle::kKeep;
    return o;
  }

  // Letters with circumflex/breve/horn written as base + combining mark.
  static std::string decompose(const std::string& s) {
    static const std::pair<const char*, const char*> kParts[] = {
        {"â", "a\u0302"}, {"ă", "a\u0306"}, {"ê", "e\u0302"}, {"ô", "o\u0302"},
        {"ơ", "o\u031B"}, {"ư", "u\u031B"}};
    std::string out = s;
    for (auto [composed, parts] : kParts) {
      for (size_t at; (at = out.find(composed)) != std::string::npos;) out.replace(at, 2, parts);
    }
    return out;
  }

  // Puts the tone mark after one vowel (with its modifier marks): a random vowel of the
  // run, so both styles and some misplacements appear.
  std::string insert_tone(const std::string& nfd, const std::string& tone) {
    std::vector<size_t> after_vowel;
    for (size_t i = 0; i < nfd.size(); ++i) {
      char c = nfd[i];
      if (std::string("aeiouy").find(c) == std::string::npos) continue;
      size_t end = i + 1;
      while (nfd.compare(end, 2, "\u0302") == 0 || nfd.compare(end, 2, "\u0306") == 0 ||
             nfd.compare(end, 2, "\u031B") == 0) {
        end += 2;
      }
      after_vowel.push_back(end);
    }
    if (after_vowel.empty()) return nfd;
    std::string out = nfd;
    out.insert(after_vowel[pick(static_cast<uint32_t>(after_vowel.size()))], tone);
    return out;
  }

  // In decomposed text, swap a modifier and a following tone mark (both orders occur).
  static std::string swap_marks(std::string s) {
    for (size_t i = 0; i + 4 <= s.size(); ++i) {
      if (static_cast<unsigned char>(s[i]) == 0xCC && static_cast<unsigned char>(s[i + 2]) == 0xCC) {
        std::swap(s[i + 1], s[i + 3]);
        break;
      }
    }
    return s;
  }

  static std::string upper(const std::string& s) {
    std::string out;
    for (char c : s) out.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c);
    return out;
  }
  static std::string title(std::string s) {
    if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 32);
    return s;
  }

  std::string insert_at_char_boundary(const std::string& s, const char* what) {
    std::vector<size_t> bounds;
    for (size_t i = 0; i <= s.size(); ++i) {
      if (i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) bounds.push_back(i);
    }
    std::string out = s;
    out.insert(bounds[pick(static_cast<uint32_t>(bounds.size()))], what);
    return out;
  }

  std::mt19937 rng_;
};

bool is_view_space(char c) { return c == ' ' || c == '\n' || c == '\t'; }
bool is_ascii_punct(char c) {
  return c > 0x20 && c < 0x7F && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9');
}

// Pieces of the view between separators chosen by `is_separator`.
template <typename Pred>
std::vector<Span> pieces(const std::string& text, Pred is_separator) {
  std::vector<Span> out;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || is_separator(text[i])) {
      if (i > start) out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(i)});
      start = i + 1;
    }
  }
  return out;
}

void check_round_trip(const std::string& input, const NormalizeOptions& options) {
  Document doc(input);
  ASSERT_TRUE(normalize(doc, options).ok());
  ASSERT_EQ(doc.text, normalize_text(input, options));
  ASSERT_EQ(doc.map.view_size(), doc.text.size());
  for (Span v : pieces(doc.text, is_view_space)) {
    ASSERT_EQ(normalize_text(doc.view_of(v), options), doc.view_of(v)) << "normalisation is not idempotent";
  }
  EXPECT_GT(doc.decode.dropped_chars, 0u);

  size_t checked = 0, failures = 0;
  auto check = [&](const std::vector<Span>& spans) {
    for (Span v : spans) {
      Span o = doc.map.to_original(v);
      std::string again = normalize_text(doc.original_of(o), options);
      ++checked;
      if (again != doc.view_of(v) && ++failures <= 10) {
        ADD_FAILURE() << "view [" << v.start << "," << v.end << ") \"" << doc.view_of(v) << "\" <- original \""
                      << doc.original_of(o) << "\" normalises to \"" << again << "\"";
      }
    }
  };
  check(pieces(doc.text, is_view_space));
  check(pieces(doc.text, [](char c) { return is_view_space(c) || is_ascii_punct(c); }));
  EXPECT_EQ(failures, 0u) << "of " << checked << " pieces";
  EXPECT_GT(checked, 10000u);
}

TEST(NormalizeRoundTrip, EveryPieceOfTheViewComesFromOriginalBytesThatNormaliseToIt) {
  std::string input = Generator(20231227).text(40000);
  for (ToneStyle tone : {ToneStyle::kNew, ToneStyle::kOld, ToneStyle::kKeep}) {
    NormalizeOptions options;
    options.tone = tone;
    SCOPED_TRACE(static_cast<int>(tone));
    check_round_trip(input, options);
  }
}

TEST(NormalizeRoundTrip, HoldsWithEveryRuleSwitchedOff) {
  NormalizeOptions options;
  options.drop_invisible = false;
  options.unify_spaces = false;
  options.fold_lookalikes = false;
  std::string input = Generator(7).text(20000);
  Document doc(input);
  ASSERT_TRUE(normalize(doc, options).ok());
  for (Span v : pieces(doc.text, is_view_space)) {
    ASSERT_EQ(normalize_text(doc.original_of(doc.map.to_original(v)), options), doc.view_of(v));
  }
}

TEST(NormalizeRoundTrip, ViewHasNoDecomposedVietnameseAndOneToneStyle) {
  std::string input = Generator(99).text(20000);
  std::string view = normalize_text(input, {});
  for (const char* mark : {"\u0300", "\u0301", "\u0302", "\u0303", "\u0306", "\u0309", "\u031B", "\u0323"}) {
    EXPECT_EQ(view.find(mark), std::string::npos) << "combining mark left in the view";
  }
  for (const char* old : {" hoà ", " hoá ", " thuỷ ", " khoẻ ", "\u200B", "\u00A0", "\r"}) {
    EXPECT_EQ(view.find(old), std::string::npos) << old;
  }
}

}  // namespace
}  // namespace vitext
