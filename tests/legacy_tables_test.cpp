// The committed code tables agree with glibc's iconv, byte by byte.
#include "decode/legacy_tables.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/utf8.h"
#include "testing/iconv_helper.h"

namespace vitext::decoding {
namespace {

void expect_table_matches_iconv(const CodeTable& table, const std::string& charset) {
  if (!testing::have_iconv()) GTEST_SKIP() << "skipped: iconv not found";
  // Every byte on its own line (so iconv cannot combine neighbours); -c drops undefined bytes.
  std::string in;
  for (int b = 0; b < 256; ++b) {
    if (b == '\n') continue;
    in.push_back(static_cast<char>(b));
    in.push_back('\n');
  }
  std::string out;
  testing::run_iconv(charset, "UTF-8", in, out, "-c");
  std::vector<std::string> lines;
  size_t start = 0;
  for (size_t i = 0; i < out.size(); ++i)
    if (out[i] == '\n') {
      lines.push_back(out.substr(start, i - start));
      start = i + 1;
    }
  ASSERT_EQ(lines.size(), 255u) << charset;
  size_t k = 0;
  for (int b = 0; b < 256; ++b) {
    if (b == '\n') continue;
    std::string expected;
    if (table[b] != kUndefinedByte) utf8::append(expected, table[b]);
    EXPECT_EQ(lines[k], expected) << charset << " byte " << b;
    ++k;
  }
}

TEST(LegacyTables, VisciiMatchesIconv) { expect_table_matches_iconv(kVisciiTable, "VISCII"); }
TEST(LegacyTables, Tcvn5712MatchesIconv) { expect_table_matches_iconv(kTcvn5712Table, "TCVN5712-1"); }
TEST(LegacyTables, Cp1258MatchesIconv) { expect_table_matches_iconv(kCp1258Table, "CP1258"); }
TEST(LegacyTables, Cp1252MatchesIconv) { expect_table_matches_iconv(kCp1252Table, "CP1252"); }

TEST(LegacyTables, Tcvn3FontTableKeepsControlsAndReadsC1AsWindows1252) {
  CodeTable t = tcvn3_font_table();
  EXPECT_EQ(t[0x01], 0x01);
  EXPECT_EQ(t[0x93], 0x201C);  // left double quotation mark
  EXPECT_EQ(t[0xB8], 0x00E1);  // á, as in VN1
  EXPECT_EQ(t[0xAE], 0x0111);  // đ
}

}  // namespace
}  // namespace vitext::decoding
