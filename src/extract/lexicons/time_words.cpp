// Fixed public holidays and commemorations of Viet Nam, relative time expressions, and the
// Gregorian date of Tết Nguyên đán (lunar new year, Vietnamese calendar) for 2015-2029.
#include "extract/lexicons/lexicon_data.h"

namespace vitext::extract::lex {

std::span<const Holiday> holidays() {
  static constexpr Holiday k[] = {
      {"Tết Nguyên đán", 1, 1, true},        {"Tết Âm lịch", 1, 1, true},            {"Tết cổ truyền", 1, 1, true},
      {"Tết Dương lịch", 1, 1, false},       {"Tết Tây", 1, 1, false},                {"Giỗ Tổ Hùng Vương", 10, 3, true},
      {"Tết Trung thu", 15, 8, true},        {"Trung thu", 15, 8, true},              {"Rằm tháng Giêng", 15, 1, true},
      {"Tết Nguyên tiêu", 15, 1, true},      {"Lễ Vu Lan", 15, 7, true},              {"Tết Đoan ngọ", 5, 5, true},
      {"Quốc khánh", 2, 9, false},           {"Ngày Quốc khánh", 2, 9, false},        {"Giải phóng miền Nam", 30, 4, false},
      {"Quốc tế Lao động", 1, 5, false},     {"Ngày Quốc tế Phụ nữ", 8, 3, false},    {"Ngày Phụ nữ Việt Nam", 20, 10, false},
      {"Ngày Nhà giáo Việt Nam", 20, 11, false}, {"Ngày Thương binh - Liệt sĩ", 27, 7, false},
      {"Ngày Thương binh Liệt sĩ", 27, 7, false}, {"Ngày Quốc tế Thiếu nhi", 1, 6, false},
      {"Ngày thành lập Quân đội nhân dân Việt Nam", 22, 12, false},
      {"Ngày truyền thống Công an nhân dân", 19, 8, false}, {"Ngày hội toàn dân bảo vệ an ninh Tổ quốc", 19, 8, false},
      {"Giáng sinh", 25, 12, false},         {"Noel", 25, 12, false},                 {"Ngày Thầy thuốc Việt Nam", 27, 2, false},
      {"Ngày Báo chí Cách mạng Việt Nam", 21, 6, false}, {"Ngày thành lập Đảng", 3, 2, false},
  };
  return k;
}

std::span<const Relative> relative_times() {
  static constexpr Relative k[] = {
      {"hôm nay", 'd', 0},    {"sáng nay", 'd', 0},    {"trưa nay", 'd', 0},     {"chiều nay", 'd', 0},
      {"tối nay", 'd', 0},    {"đêm nay", 'd', 0},     {"ngày hôm nay", 'd', 0}, {"hôm qua", 'd', -1},
      {"sáng qua", 'd', -1},  {"chiều qua", 'd', -1},  {"tối qua", 'd', -1},     {"đêm qua", 'd', -1},
      {"ngày hôm qua", 'd', -1}, {"ngày mai", 'd', 1}, {"sáng mai", 'd', 1},     {"hôm sau", 'd', 1},
      {"tháng này", 'm', 0},  {"tháng nay", 'm', 0},   {"tháng trước", 'm', -1}, {"tháng tới", 'm', 1},
      {"tháng sau", 'm', 1},  {"năm nay", 'y', 0},     {"trong năm", 'y', 0},    {"cả năm", 'y', 0},
      {"đầu năm", 'y', 0},    {"cuối năm", 'y', 0},    {"năm ngoái", 'y', -1},   {"năm trước", 'y', -1},
      {"năm qua", 'y', 0},    {"năm tới", 'y', 1},     {"năm sau", 'y', 1},      {"sang năm", 'y', 1},
      // Weeks, as days from the document date.
      {"tuần qua", 'd', -7},  {"tuần rồi", 'd', -7},   {"tuần trước", 'd', -7},  {"cuối tuần qua", 'd', -7},
      {"tuần này", 'd', 0},   {"cuối tuần này", 'd', 0}, {"tuần tới", 'd', 7},   {"tuần sau", 'd', 7},
  };
  return k;
}

std::span<const LunarNewYear> lunar_new_years() {
  static constexpr LunarNewYear k[] = {
      {2015, 2, 19}, {2016, 2, 8},  {2017, 1, 28}, {2018, 2, 16}, {2019, 2, 5},
      {2020, 1, 25}, {2021, 2, 12}, {2022, 2, 1},  {2023, 1, 22}, {2024, 2, 10},
      {2025, 1, 29}, {2026, 2, 17}, {2027, 2, 6},  {2028, 1, 26}, {2029, 2, 13},
  };
  return k;
}

}  // namespace vitext::extract::lex
