// Evaluation of the place recogniser on the administrative gazetteers in ../shared/data
// (vietnamadminunits, MIT): sentences are generated around every district (before 2025) and
// every ward/commune (after 2025), and we count how many names come out as LOC with exactly
// the right span, and how many "UBND <level> <name>" come out as one ORG. Prints recall;
// asserts only a floor, so the numbers can be tracked in docs/benchmarks.md.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract_testing.h"
#include "testing/data_files.h"
#include "vitext/extract.h"

namespace vitext {
namespace {

const std::string kDir = std::string(VITEXT_SHARED_DIR) + "/data/gazetteers/";

std::vector<std::vector<std::string>> read_csv(const std::string& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (header) {
      header = false;
      continue;
    }
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> cells;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, ',')) cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

std::string lower_first_word(const std::string& s) {
  // "Huyện" -> "huyện", "Thị xã" -> "thị xã": admin levels are written in lower case in running text.
  std::string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(std::tolower(c)));
      ++i;
    } else if (s.compare(i, 2, "Đ") == 0) {
      out += "đ";
      i += 2;
    } else {
      out.push_back(s[i]);
      ++i;
    }
  }
  return out;
}

struct Score {
  int expected = 0, found = 0;
  double recall() const { return expected ? 100.0 * found / expected : 0; }
};

bool has(const Document& d, EntityLabel label, std::string_view text) {
  for (const Entity& e : d.entities) {
    if (e.label == label && d.original_of(e.span) == text) return true;
  }
  return false;
}

TEST(ExtractGazetteerEval, PlacesInGeneratedSentences) {
  VITEXT_NEED_DATA_FILE(kDir + "districts-before-2025.csv");
  Score district, province, ward, org;
  for (const auto& row : read_csv(kDir + "districts-before-2025.csv")) {
    if (row.size() < 6) continue;
    const std::string& level = row[3];
    std::string name = row[1].substr(level.size() + 1);  // "Quận Ba Đình" -> "Ba Đình"
    std::string prov = row[5];
    std::string prov_name = prov;
    if (prov.rfind("Tỉnh ", 0) == 0) prov_name = prov.substr(std::string("Tỉnh ").size());
    if (prov.rfind("Thành phố ", 0) == 0) prov_name = prov.substr(std::string("Thành phố ").size());
    std::string text = "Đoàn công tác đã đến " + lower_first_word(level) + " " + name + ", " +
                       (prov.rfind("Tỉnh", 0) == 0 ? "tỉnh " : "thành phố ") + prov_name +
                       " để kiểm tra. Sau đó UBND " + lower_first_word(level) + " " + name + " báo cáo.";
    Document d = testing_extract::extracted(text);
    ++district.expected;
    district.found += has(d, EntityLabel::kLoc, name);
    if (std::getenv("VITEXT_EVAL_VERBOSE") && !has(d, EntityLabel::kLoc, name)) std::printf("miss: %s\n", text.c_str());
    ++province.expected;
    province.found += has(d, EntityLabel::kLoc, prov_name);
    ++org.expected;
    org.found += has(d, EntityLabel::kOrg, "UBND " + lower_first_word(level) + " " + name);
  }
  for (const auto& row : read_csv(kDir + "wards-after-2025.csv")) {
    if (row.size() < 5) continue;
    std::string text = "Người dân " + lower_first_word(row[4]) + " " + row[3] + " phấn khởi đón Tết.";
    Document d = testing_extract::extracted(text);
    ++ward.expected;
    ward.found += has(d, EntityLabel::kLoc, row[3]);
    if (std::getenv("VITEXT_EVAL_VERBOSE") && !has(d, EntityLabel::kLoc, row[3])) std::printf("miss: %s\n", text.c_str());
  }
  std::printf("gazetteer LOC recall: districts %.1f%% (%d/%d), their provinces %.1f%% (%d/%d), "
              "wards after 2025 %.1f%% (%d/%d); ORG \"UBND <district>\" %.1f%% (%d/%d)\n",
              district.recall(), district.found, district.expected, province.recall(), province.found,
              province.expected, ward.recall(), ward.found, ward.expected, org.recall(), org.found, org.expected);
  EXPECT_GT(district.recall(), 90);
  EXPECT_GT(province.recall(), 95);
  EXPECT_GT(ward.recall(), 85);
  EXPECT_GT(org.recall(), 85);
}

}  // namespace
}  // namespace vitext
