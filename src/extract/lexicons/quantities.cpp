// Vietnamese number words, vague quantities, the qualifiers that bound a number, counters,
// and the words that end the phrase of what is counted.
#include "extract/lexicons/lexicon_data.h"

#include <limits>

namespace vitext::extract::lex {

std::span<const NumberWord> number_words() {
  static constexpr NumberWord k[] = {
      {"không", 0, false}, {"linh", 0, false},   {"lẻ", 0, false},     {"một", 1, false},
      {"mốt", 1, false},   {"hai", 2, false},    {"ba", 3, false},     {"bốn", 4, false},
      {"tư", 4, false},    {"năm", 5, false},    {"lăm", 5, false},    {"nhăm", 5, false},
      {"sáu", 6, false},   {"bảy", 7, false},    {"bẩy", 7, false},    {"tám", 8, false},
      {"chín", 9, false},  {"mười", 10, false},  {"mươi", 10, true},   {"chục", 10, true},
      {"trăm", 100, true}, {"nghìn", 1e3, true}, {"ngàn", 1e3, true},  {"vạn", 1e4, true},
      {"triệu", 1e6, true}, {"tỷ", 1e9, true},   {"tỉ", 1e9, true},    {"rưỡi", 0.5, false},
      {"nửa", 0.5, false},
  };
  return k;
}

std::span<const Vague> vague_quantities() {
  constexpr double kOpen = std::numeric_limits<double>::quiet_NaN();
  static constexpr Vague k[] = {
      {"hàng chục", 10, 99},        {"hàng trăm", 100, 999},       {"hàng nghìn", 1e3, 9999},
      {"hàng ngàn", 1e3, 9999},     {"hàng vạn", 1e4, 99999},      {"hàng chục nghìn", 1e4, 99999},
      {"hàng chục ngàn", 1e4, 99999}, {"hàng trăm nghìn", 1e5, 999999}, {"hàng triệu", 1e6, 9999999},
      {"hàng tỷ", 1e9, kOpen},      {"hàng chục triệu", 1e7, 99999999}, {"hàng trăm triệu", 1e8, 999999999},
      {"vài chục", 20, 90},         {"vài trăm", 200, 900},        {"vài nghìn", 2000, 9000},
      {"vài ngàn", 2000, 9000},     {"vài triệu", 2e6, 9e6},       {"vài tỷ", 2e9, 9e9},
      {"vài tỉ", 2e9, 9e9},         {"mấy chục", 20, 90},          {"mấy trăm", 200, 900},
      {"mấy nghìn", 2000, 9000},    {"mấy ngàn", 2000, 9000},      {"dăm chục", 50, 60},
      {"hàng tỉ", 1e9, kOpen},      {"chục tỷ", 1e10, 9.9e10},     {"chục tỉ", 1e10, 9.9e10},
      {"chục triệu", 1e7, 9.9e7},   {"chục nghìn", 1e4, 9.9e4},    {"chục ngàn", 1e4, 9.9e4},
      {"vài", 2, 9},                {"mấy", 2, 9},                 {"dăm", 5, 6},
      {"nhiều", kOpen, kOpen},      {"hàng loạt", kOpen, kOpen},   {"một số", kOpen, kOpen},
      {"hầu hết", kOpen, kOpen},    {"toàn bộ", kOpen, kOpen},     {"đông đảo", kOpen, kOpen},
  };
  return k;
}

std::span<const Qualifier> qualifiers() {
  static constexpr Qualifier k[] = {
      {"trên", '>'},       {"hơn", '>'},        {"ngoài", '>'},      {"ít nhất", '>'},  {"tối thiểu", '>'},
      {"từ", '>'},         {"gần", '<'},        {"dưới", '<'},       {"chưa đến", '<'}, {"chưa tới", '<'},
      {"tối đa", '<'},     {"không quá", '<'},  {"khoảng", '~'},     {"chừng", '~'},    {"xấp xỉ", '~'},
      {"ước", '~'},        {"ước tính", '~'},   {"gần như", '~'},    {"đạt", '='},      {"vượt", '='},
      {"vượt mức", '='},   {"hoàn thành", '='}, {"tăng", '+'},       {"giảm", '-'},     {"tăng thêm", '+'},
      {"bằng", '='},       {"chiếm", '='},      {"lên tới", '='},    {"lên đến", '='},  {"tới", '='},
      {"đến", '='},        {"ước chừng", '~'},  {"hàng", '~'},
  };
  return k;
}

std::span<const char* const> counters() {
  static constexpr const char* k[] = {
      "vụ", "vụ việc", "vụ án", "đối tượng", "văn bản", "lượt", "người", "tập thể", "cá nhân", "trường hợp",
      "hộ", "hộ dân", "học sinh", "ca", "tấn", "kg", "km", "ha", "m", "m2", "m3", "lít", "đồng", "nghìn đồng",
      "triệu đồng", "tỷ đồng", "USD", "triệu USD", "tỷ USD", "xe", "chiếc", "phương tiện", "đơn vị", "cơ quan",
      "tổ chức", "đoàn", "doanh nghiệp", "dự án", "căn", "ngôi nhà", "con", "lần", "điểm", "bài", "tin",
      "đầu mối", "chỉ tiêu", "tài liệu", "cuộc", "buổi", "lớp", "khẩu súng", "viên", "bánh", "gói", "cây",
      "tuổi", "giờ", "phút", "ngày", "tuần", "tháng", "năm", "cán bộ", "chiến sĩ", "đảng viên", "xã",
      "phường", "huyện", "tỉnh", "thôn", "bản", "nhóm", "băng nhóm", "đường dây", "tuyến", "hồ sơ", "đơn",
      "tin báo", "nguồn tin", "kế hoạch", "phương án", "đề án", "nhiệm vụ", "sự kiện", "hội nghị",
      // Classifiers and the commonest counted nouns and measures of news text.
      "đứa", "cái", "chiếc", "bức", "cuốn", "quyển", "tờ", "tấm", "ngôi", "căn nhà", "toa", "chuyến",
      "chai", "lon", "bao", "thùng", "hộp", "mét", "cm", "mm", "km2", "tạ", "yến", "g", "gam", "sào",
      "mẫu", "thửa", "lô", "héc-ta", "kW", "MW", "đ", "VND", "giây", "tiếng", "đêm", "ngày đêm",
      "thế kỷ", "quý", "thuyền", "tàu", "ghe", "địa điểm", "nét", "anh", "chị", "em", "vợ chồng",
      "bố con", "mẹ con", "cha con", "anh em", "trùm", "tầng", "nhà", "trường", "lao động", "công nhân",
      "nhân viên", "giáo viên", "liệt sĩ", "thương binh", "trẻ", "cháu", "con trai", "con gái", "tổ",
      "gia đình", "bàn", "phần", "nhân khẩu", "bệnh nhân", "loại", "món", "suất", "bộ",
      // Measures of weather, roads and land written with a sign or glued to the number.
      "°C", "° C", "độ C", "độ", "mm/h", "km/h", "km/giờ", "m/s", "ha", "làn", "làn đường", "làn xe",
      // Money abroad, storage, and the commonest counted nouns of news.
      "bảng", "bảng Anh", "euro", "yên", "nhân dân tệ", "won", "rúp", "GB", "MB", "TB", "chỗ", "lá", "camera",
      "thí sinh", "thi thể", "con bạc", "chủ tàu", "dòng xe", "cặp", "chuồng", "luống",
  };
  return k;
}

std::span<const char* const> phrase_stops() {
  static constexpr const char* k[] = {
      "được", "bị", "đã", "đang", "sẽ", "là", "của", "trong", "tại", "cho", "với", "để", "từ", "nhằm",
      "theo", "có", "và", "hoặc", "nhưng", "thì", "mà", "khi", "do", "vì", "bằng", "trên", "dưới", "về",
      "liên quan", "phục vụ", "lợi dụng", "hoạt động", "gây", "góp phần", "tham gia", "vi phạm", "đạt",
      "tăng", "giảm", "so với", "so", "ra", "vào", "đến", "tới", "qua", "sau", "trước", "nay", "này",
      "đó", "kia", "cũng", "đều", "như", "cùng", "nên", "nếu", "còn", "rồi", "thuộc", "gồm", "trị giá",
      "ở", "sang", "luôn", "rất", "mới", "làm", "không", "chưa", "chẳng", "lên", "xuống", "thành",
  };
  return k;
}

}  // namespace vitext::extract::lex
