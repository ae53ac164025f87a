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
#include "core/vietnamese_letters.h"
#include "testing/iconv_helper.h"
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

TEST(DecodeUdRoundTrip, LegacyEncodingsAreDetectedAndDecodedExactly) {
  if (!std::filesystem::exists(kDevPath)) {
    std::printf("skipped: data not found (%s)\n", kDevPath.c_str());
    GTEST_SKIP();
  }
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
    EXPECT_NE(std::find(c.accepted.begin(), c.accepted.end(), doc.decode.encoding), c.accepted.end())
        << doc.decode.encoding;
    EXPECT_GT(doc.decode.confidence, 0.9);
    EXPECT_EQ(doc.decode.invalid_bytes, 0u);
    EXPECT_TRUE(nfc(doc.text) == original) << "decoded text differs from the NFC original";

    // Sentence by sentence: short inputs give detection less to go on.
    std::vector<std::string> lines = split_lines(legacy);
    ASSERT_EQ(lines.size(), sentences.size());
    size_t exact = 0, with_legacy_bytes = 0, detected = 0;
    for (size_t i = 0; i < lines.size(); ++i) {
      Document d(lines[i]);
      ASSERT_TRUE(decode(d, {}).ok());
      if (nfc(d.text) == sentences[i]) ++exact;
      bool ascii = std::all_of(lines[i].begin(), lines[i].end(), [](char ch) { return (ch & 0x80) == 0; });
      if (!ascii) {
        ++with_legacy_bytes;
        if (std::find(c.accepted.begin(), c.accepted.end(), d.decode.encoding) != c.accepted.end()) ++detected;
      }
    }
    double exact_rate = static_cast<double>(exact) / static_cast<double>(lines.size());
    std::printf("%s: whole text detected as %s (confidence %.3f); per sentence: %zu/%zu exact (%.2f%%), "
                "encoding right for %zu/%zu sentences with non-ASCII bytes\n",
                c.iconv_name, doc.decode.encoding.c_str(), doc.decode.confidence, exact, lines.size(),
                100.0 * exact_rate, detected, with_legacy_bytes);
    EXPECT_GT(exact_rate, 0.95);
  }
}

}  // namespace
}  // namespace vitext
