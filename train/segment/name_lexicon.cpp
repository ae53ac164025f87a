#include "segment/name_lexicon.h"

#include <algorithm>
#include <fstream>
#include <string_view>
#include <unordered_map>

#include "segment/syllable_key.h"

namespace vitext::train {
namespace {

// Common Vietnamese family names (covering nearly all of the population), plus the
// Sino-Vietnamese readings of frequent Chinese surnames seen in the news.
constexpr const char* kFamilyNames[] = {
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
    "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Đinh", "Lâm", "Phùng", "Mai", "Tô", "Trương", "Tạ", "Hà",
    "Lưu", "Lương", "Cao", "Thái", "Châu", "Quách", "Hứa", "Tăng", "Lại", "Kiều", "La", "Chu", "Khúc", "Mạc",
    "Thân", "Tôn", "Tống", "Triệu", "Từ", "Viên", "Âu", "Bạch", "Cù", "Diệp", "Doãn", "Giang", "Hàn", "Kim",
    "Khổng", "Khương", "Lạc", "Lã", "Lò", "Lục", "Mạch", "Mẫn", "Nghiêm", "Ninh", "Nông", "Phí", "Quan",
    "Tiêu", "Thạch", "Thiều", "Trà", "Ưng", "Vi", "Bế", "Cấn", "Chế", "Chử", "Cung", "Đàm", "Đồng", "Giáp",
    "Hầu", "Khuất", "Kha", "Mã", "Mông", "Nhữ", "Phó", "Sầm", "Tiết", "Trình", "Ứng",
};

void add(std::unordered_map<uint64_t, uint8_t>& bits, std::string_view syllable, uint8_t bit) {
  if (!syllable.empty()) bits[segment::fold_syllable(syllable).key] |= bit;
}

}  // namespace

Status build_name_lexicon(const std::vector<std::string>& given_name_files, segment::FingerprintMap& out) {
  std::unordered_map<uint64_t, uint8_t> bits;
  for (const char* name : kFamilyNames) add(bits, name, kFamilyName);
  for (const auto& path : given_name_files) {
    std::ifstream in(path);
    if (!in) return Status::IoError("cannot read given-name list " + path);
    std::string line;
    while (std::getline(in, line)) {
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
      size_t sp = line.rfind(' ');
      if (line.empty()) continue;
      if (sp == std::string::npos) {
        add(bits, line, kGivenNameLast);
      } else {
        add(bits, std::string_view(line).substr(0, line.find(' ')), kGivenNameFirst);
        add(bits, std::string_view(line).substr(sp + 1), kGivenNameLast);
      }
    }
  }
  std::vector<std::pair<uint64_t, uint8_t>> entries(bits.begin(), bits.end());
  std::sort(entries.begin(), entries.end());
  out = segment::FingerprintMap::build(entries);
  return Status::Ok();
}

}  // namespace vitext::train
