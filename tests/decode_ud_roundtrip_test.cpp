// The "Done when" check of the decoding stage: the UD Vietnamese dev text, converted with
// iconv to VISCII, TCVN5712-1 and CP1258, is auto-detected and decodes back to exactly the
// NFC original. Also measures per-sentence detection (printed, loosely asserted).
#include <gtest/gtest.h>
#include <utf8proc.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "core/letters.h"
#include "testing/data_files.h"
#include "testing/iconv_helper.h"
#include "testing/legacy_encoders.h"
#include "vitext/decode.h"

namespace vitext {
namespace {

const std::string kDevPath = std::string(VITEXT_SHARED_DIR) + "/data/ud-vtb/vi_vtb-ud-dev.conllu";

std::string nfc(const std::string& s) {
  utf8proc_uint8_t* out = nullptr;
  auto n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                        &out, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  std::string r = n >= 0 ? std::string(reinterpret_cast<char*>(out), static_cast<size_t>(n)) : std::string();
  std::free(out);
  return r;
}

// Sentences whose every non-ASCII character is a Vietnamese letter: those every legacy
// encoding can represent (the treebank also has "–", "’", "¼" and "Ð" for Đ).
std::vector<std::string> representable_sentences() {
  std::vector<std::string> out;
  std::ifstream f(kDevPath);
  std::string line;
  const std::string prefix = "# text = ";
  while (std::getline(f, line)) {
    if (line.rfind(prefix, 0) != 0) continue;
    std::string text = nfc(line.substr(prefix.size()));
    bool ok = !text.empty();
    for (size_t i = 0; i < text.size() && ok;) {
      char32_t c = utf8::next(text, i);
      ok = c < 0x80 || viet::analyse_vowel(c).is_vowel || c == viet::kDStroke || c == viet::kDStrokeUpper;
    }
    if (ok) out.push_back(text);
  }
  return out;
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= s.size(); ++i)
    if (i == s.size() || s[i] == '\n') {
      if (i > start || i < s.size()) out.push_back(s.substr(start, i - start));
      start = i + 1;
    }
  return out;
}

struct Case {
  const char* iconv_name;
  std::vector<std::string> accepted;  // DecodeReport::encoding values that are right
};

bool accepted(const Case& c, const std::string& encoding) {
  return std::find(c.accepted.begin(), c.accepted.end(), encoding) != c.accepted.end();
}

struct SentenceStats {
  size_t exact = 0, with_marks = 0, detected = 0;
};

// Each sentence decoded on its own with --from auto: short inputs give detection less to go on.
SentenceStats per_sentence(const Case& c, const std::vector<std::string>& encoded,
                           const std::vector<std::string>& sentences) {
  SentenceStats st;
  for (size_t i = 0; i < encoded.size(); ++i) {
    Document d(encoded[i]);
    EXPECT_TRUE(decode(d, {}).ok());
    if (nfc(d.text) == sentences[i]) ++st.exact;
    if (encoded[i] != sentences[i]) {  // the encoding changed something: there is evidence
      ++st.with_marks;
      if (accepted(c, d.decode.encoding)) ++st.detected;
    }
  }
  return st;
}

void print_stats(const Case& c, const Document& whole, const SentenceStats& st, size_t n) {
  std::printf("%s: whole text detected as %s (confidence %.3f); per sentence: %zu/%zu exact (%.2f%%), "
              "encoding right for %zu/%zu sentences that differ from UTF-8\n",
              c.iconv_name, whole.decode.encoding.c_str(), whole.decode.confidence, st.exact, n,
              100.0 * static_cast<double>(st.exact) / static_cast<double>(n), st.detected, st.with_marks);
}

TEST(DecodeUdRoundTrip, LegacyEncodingsAreDetectedAndDecodedExactly) {
  VITEXT_NEED_DATA_FILE(kDevPath);
  if (!testing::have_iconv()) GTEST_SKIP() << "skipped: iconv not found";
  std::vector<std::string> sentences = representable_sentences();
  ASSERT_GT(sentences.size(), 500u);
  std::string original;
  for (const auto& s : sentences) original += s + "\n";

  for (const Case& c : {Case{"VISCII", {"viscii"}}, Case{"TCVN5712-1", {"tcvn5712-1", "tcvn3"}},
                        Case{"CP1258", {"cp1258"}}}) {
    SCOPED_TRACE(c.iconv_name);
    std::string legacy;
    ASSERT_TRUE(testing::run_iconv("UTF-8", c.iconv_name, original, legacy));
    Document doc(legacy);
    ASSERT_TRUE(decode(doc, {}).ok());
    EXPECT_TRUE(accepted(c, doc.decode.encoding)) << doc.decode.encoding;
    EXPECT_GT(doc.decode.confidence, 0.9);
    EXPECT_EQ(doc.decode.invalid_bytes, 0u);
    EXPECT_TRUE(nfc(doc.text) == original) << "decoded text differs from the NFC original";

    std::vector<std::string> lines = split_lines(legacy);
    ASSERT_EQ(lines.size(), sentences.size());
    SentenceStats st = per_sentence(c, lines, sentences);
    print_stats(c, doc, st, lines.size());
    double exact_rate = static_cast<double>(st.exact) / static_cast<double>(lines.size());
    EXPECT_GT(exact_rate, 0.95);
  }
}

// The encodings iconv does not know, through the test encoders.
TEST(DecodeUdRoundTrip, VniAndViqrAreDetectedAndDecoded) {
  VITEXT_NEED_DATA_FILE(kDevPath);
  std::vector<std::string> sentences = representable_sentences();
  std::string original;
  for (const auto& s : sentences) original += s + "\n";
  struct Encoder {
    Case c;
    std::string (*encode)(std::string_view);
    double min_exact;        // share of sentences that must come back exactly, one by one
    double min_exact_whole;  // ... and in the whole text decoded at once
  };
  // VIQR cannot be exact: bare '.' and '?' before a capitalised word are ambiguous ("chi. Lan"),
  // and acronyms ("QDD") are no syllables. Text with RFC 1456 escapes resolves the former.
  const Encoder encoders[] = {
      {{"VNI", {"vni"}}, [](std::string_view t) { return testing::encode_vni(t); }, 0.99, 1.0},
      {{"VIQR (RFC 1456, escaped)", {"viqr"}}, [](std::string_view t) { return testing::encode_viqr(t, true); },
       0.85, 0.97},
      {{"VIQR (bare marks)", {"viqr"}}, [](std::string_view t) { return testing::encode_viqr(t, false); }, 0.85,
       0.85},
  };
  for (const Encoder& e : encoders) {
    SCOPED_TRACE(e.c.iconv_name);
    Document doc(e.encode(original));
    ASSERT_TRUE(decode(doc, {}).ok());
    EXPECT_TRUE(accepted(e.c, doc.decode.encoding)) << doc.decode.encoding;
    std::vector<std::string> whole = split_lines(nfc(doc.text));
    size_t whole_exact = 0;
    for (size_t i = 0; i < sentences.size() && i < whole.size(); ++i) whole_exact += whole[i] == sentences[i];
    double whole_rate = static_cast<double>(whole_exact) / static_cast<double>(sentences.size());
    std::printf("%s: whole text decoded at once: %zu/%zu sentences exact\n", e.c.iconv_name, whole_exact,
                sentences.size());
    EXPECT_GE(whole_rate, e.min_exact_whole);
    std::vector<std::string> encoded;
    for (const auto& s : sentences) encoded.push_back(e.encode(s));
    SentenceStats st = per_sentence(e.c, encoded, sentences);
    print_stats(e.c, doc, st, sentences.size());
    EXPECT_GT(static_cast<double>(st.exact) / static_cast<double>(sentences.size()), e.min_exact);
  }
}

}  // namespace
}  // namespace vitext
