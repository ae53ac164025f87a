// Pins the Python trainer's word key (train/word_key.py) to the C++ one (core/word_key.h):
// this side writes word -> key pairs for a varied list of forms, the Python side must give
// the same key for every one. The accurate parser's vocabulary is built in Python and read
// through the C++ key, so a disagreement would silently turn known words into <unk>.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "core/word_key.h"

namespace vitext {
namespace {

std::string hex(std::string_view s) {
  static const char* kDigits = "0123456789abcdef";
  std::string out;
  for (unsigned char c : s) {
    out.push_back(kDigits[c >> 4]);
    out.push_back(kDigits[c & 15]);
  }
  return out.empty() ? "-" : out;  // "-" for the empty string: the fixture is split on white space
}

std::vector<std::string> varied_forms() {
  return {
      "công", "Công", "CÔNG", "công_an", "Công_An", "Ủy_ban", "ỦY BAN", "Thanh  Hóa", "thanh\thoá",
      "hoa\u0300",                  // NFD tone mark stays as written
      "Vie\u0323\u0302t",           // NFD with the modifier after the tone
      "Năm 2023", "12.3.2020", "٣٤", "１２３",  // only ASCII digits become 0
      "LBKT", "RBKT", "lbkt", "(", ")", "...", "-", "_", "__", " _ a _ ",
      "a\u00a0b", "a\u2003b", "a\u202fb",  // no-break space folds; other spaces are kept
      "Đà_Nẵng", "ĐÀ NẴNG", "Quốc_hội", "NGƯỜI", "ƯƠ", "Ỹ", "Ỵ",
      "İstanbul", "ΣΟΦΟΣ", "Σ", "ΌΣΑ", "Straße", "STRASSE", "Ǆemal", "ǅ", "Москва", "ÆØÅ",
      "Ꭰ", "Ⴀ", "Ა", "Ａｂｃ", "ℌ", "Ω", "K", "Å", "😀", "x@y.vn", "http://a.b/C",
      "ﬁ", "ŉ", "ǰ", "ẞ", "Ⅻ", "ⓐⒶ", "𐐀", "𞤀",
  };
}

TEST(WordKeyPython, TrainerKeyEqualsTheCppKey) {
  const std::string python = "/usr/bin/python3";
  if (!std::filesystem::exists(python)) GTEST_SKIP() << "no " << python;
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("vitext_word_key_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                     "_" + std::to_string(reinterpret_cast<uintptr_t>(&python)));
  std::filesystem::create_directories(dir);
  const std::filesystem::path fixture = dir / "word_keys.txt";
  {
    std::ofstream out(fixture);
    for (const std::string& form : varied_forms()) out << hex(form) << ' ' << hex(word_key(form)) << '\n';
  }
  const std::string script = std::string(VITEXT_SOURCE_DIR) + "/train/word_key.py";
  const std::string command = python + " '" + script + "' '" + fixture.string() + "' > '" + (dir / "log").string() + "' 2>&1";
  const int rc = std::system(command.c_str());
  std::ifstream log(dir / "log");
  const std::string report((std::istreambuf_iterator<char>(log)), std::istreambuf_iterator<char>());
  EXPECT_EQ(rc, 0) << report;
  EXPECT_NE(report.find(std::to_string(varied_forms().size()) + " of " + std::to_string(varied_forms().size())),
            std::string::npos)
      << report;
  std::filesystem::remove_all(dir);
}

TEST(WordKey, FoldsCaseDigitsAndSpaces) {
  EXPECT_EQ(word_key("Công  An"), "công an");
  EXPECT_EQ(word_key("Năm 2023"), "năm 0000");
  EXPECT_EQ(word_key("ỦY_BAN"), "ủy ban");
  EXPECT_EQ(word_key(" _a_ "), "a");
  EXPECT_EQ(word_key("LBKT"), "(");
  EXPECT_EQ(word_key("RBKT"), ")");
}

}  // namespace
}  // namespace vitext
