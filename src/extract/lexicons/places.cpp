// Provinces and centrally run cities of Viet Nam before and after the administrative
// reform of 2025 (Resolution 202/2025/QH15: 63 -> 34, effective 1 July 2025), written from
// the public record and checked against ../shared/data/gazetteers (vietnamadminunits, MIT).
#include "extract/lexicons/lexicon_data.h"

namespace vitext::extract::lex {

std::span<const Province> provinces_before_2025() {
  static constexpr Province k[] = {
      {"Hà Nội", "Hà Nội"},           {"Hồ Chí Minh", "Hồ Chí Minh"},  {"Hải Phòng", "Hải Phòng"},
      {"Đà Nẵng", "Đà Nẵng"},         {"Cần Thơ", "Cần Thơ"},          {"Thừa Thiên Huế", "Huế"},
      {"Cao Bằng", "Cao Bằng"},       {"Hà Giang", "Tuyên Quang"},     {"Tuyên Quang", "Tuyên Quang"},
      {"Yên Bái", "Lào Cai"},         {"Lào Cai", "Lào Cai"},          {"Điện Biên", "Điện Biên"},
      {"Lai Châu", "Lai Châu"},       {"Sơn La", "Sơn La"},            {"Bắc Kạn", "Thái Nguyên"},
      {"Thái Nguyên", "Thái Nguyên"}, {"Lạng Sơn", "Lạng Sơn"},        {"Quảng Ninh", "Quảng Ninh"},
      {"Vĩnh Phúc", "Phú Thọ"},       {"Hòa Bình", "Phú Thọ"},         {"Phú Thọ", "Phú Thọ"},
      {"Bắc Giang", "Bắc Ninh"},      {"Bắc Ninh", "Bắc Ninh"},        {"Hải Dương", "Hải Phòng"},
      {"Thái Bình", "Hưng Yên"},      {"Hưng Yên", "Hưng Yên"},        {"Hà Nam", "Ninh Bình"},
      {"Nam Định", "Ninh Bình"},      {"Ninh Bình", "Ninh Bình"},      {"Thanh Hóa", "Thanh Hóa"},
      {"Nghệ An", "Nghệ An"},         {"Hà Tĩnh", "Hà Tĩnh"},          {"Quảng Bình", "Quảng Trị"},
      {"Quảng Trị", "Quảng Trị"},     {"Quảng Nam", "Đà Nẵng"},        {"Kon Tum", "Quảng Ngãi"},
      {"Quảng Ngãi", "Quảng Ngãi"},   {"Ninh Thuận", "Khánh Hòa"},     {"Khánh Hòa", "Khánh Hòa"},
      {"Bình Định", "Gia Lai"},       {"Gia Lai", "Gia Lai"},          {"Phú Yên", "Đắk Lắk"},
      {"Đắk Lắk", "Đắk Lắk"},         {"Đắk Nông", "Lâm Đồng"},        {"Bình Thuận", "Lâm Đồng"},
      {"Lâm Đồng", "Lâm Đồng"},       {"Long An", "Tây Ninh"},         {"Tây Ninh", "Tây Ninh"},
      {"Bình Phước", "Đồng Nai"},     {"Đồng Nai", "Đồng Nai"},        {"Bà Rịa - Vũng Tàu", "Hồ Chí Minh"},
      {"Bình Dương", "Hồ Chí Minh"},  {"Bến Tre", "Vĩnh Long"},        {"Trà Vinh", "Vĩnh Long"},
      {"Vĩnh Long", "Vĩnh Long"},     {"Tiền Giang", "Đồng Tháp"},     {"Đồng Tháp", "Đồng Tháp"},
      {"Kiên Giang", "An Giang"},     {"An Giang", "An Giang"},        {"Sóc Trăng", "Cần Thơ"},
      {"Hậu Giang", "Cần Thơ"},       {"Bạc Liêu", "Cà Mau"},          {"Cà Mau", "Cà Mau"},
  };
  return k;
}

std::span<const char* const> provinces_after_2025() {
  static constexpr const char* k[] = {
      "Hà Nội",      "Hồ Chí Minh", "Hải Phòng",  "Đà Nẵng",    "Cần Thơ",   "Huế",        "Cao Bằng",
      "Tuyên Quang", "Lào Cai",     "Điện Biên",  "Lai Châu",   "Sơn La",    "Thái Nguyên", "Lạng Sơn",
      "Quảng Ninh",  "Phú Thọ",     "Bắc Ninh",   "Hưng Yên",   "Ninh Bình", "Thanh Hóa",  "Nghệ An",
      "Hà Tĩnh",     "Quảng Trị",   "Quảng Ngãi", "Khánh Hòa",  "Gia Lai",   "Đắk Lắk",    "Lâm Đồng",
      "Tây Ninh",    "Đồng Nai",    "Vĩnh Long",  "Đồng Tháp",  "An Giang",  "Cà Mau",
  };
  return k;
}

std::span<const Alias> province_aliases() {
  static constexpr Alias k[] = {
      {"TP.HCM", "Hồ Chí Minh"},          {"TP HCM", "Hồ Chí Minh"},           {"TPHCM", "Hồ Chí Minh"},
      {"HCM", "Hồ Chí Minh"},            {"TP. Hồ Chí Minh", "Hồ Chí Minh"},  {"TP Hồ Chí Minh", "Hồ Chí Minh"},
      {"TP.Hồ Chí Minh", "Hồ Chí Minh"},
      {"TP. HCM", "Hồ Chí Minh"},         {"Sài Gòn", "Hồ Chí Minh"},          {"Thừa Thiên - Huế", "Thừa Thiên Huế"},
      {"Thừa Thiên-Huế", "Thừa Thiên Huế"}, {"Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"}, {"Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu"},
      {"Đăk Lăk", "Đắk Lắk"},             {"Đắc Lắc", "Đắk Lắk"},              {"Đăk Nông", "Đắk Nông"},
      {"Đắc Nông", "Đắk Nông"},           {"Bắc Cạn", "Bắc Kạn"},              {"Kontum", "Kon Tum"},
      {"Huế", "Huế"},
  };
  return k;
}

std::span<const char* const> countries_and_regions() {
  static constexpr const char* k[] = {
      "Việt Nam", "Lào", "Campuchia", "Trung Quốc", "Thái Lan", "Myanmar", "Malaysia", "Singapore",
      "Indonesia", "Philippines", "Brunei", "Đông Timor", "Nhật Bản", "Hàn Quốc", "Triều Tiên", "Ấn Độ",
      "Mỹ", "Hoa Kỳ", "Canada", "Pháp", "Đức", "Vương quốc Anh", "nước Anh", "Nga", "Italy", "Tây Ban Nha", "Australia", "Úc",
      "Đài Loan", "Hồng Kông", "Ukraine", "Israel", "Cuba", "Brazil", "Đông Nam Á", "Châu Á", "Châu Âu",
      "Châu Phi", "Tây Nguyên", "Tây Bắc", "Đông Bắc", "Nam Bộ", "Bắc Bộ", "Trung Bộ", "Tây Nam Bộ",
      "Đồng bằng sông Cửu Long", "Đồng bằng sông Hồng", "Biển Đông", "Hoàng Sa", "Trường Sa",
      "Nam Trung Bộ", "Bắc Trung Bộ", "Đông Nam Bộ", "Miền Bắc", "Miền Trung", "Miền Nam", "Miền Tây",
      "Miền Đông", "Ba Lan", "Bồ Đào Nha", "Na Uy",
      // More countries and regions abroad as Vietnamese news writes them.
      "Ai Cập", "Qatar", "Saudi Arabia", "Ả Rập Xê Út", "Iran", "Iraq", "Syria", "Thổ Nhĩ Kỳ", "Bỉ", "Hà Lan",
      "Thụy Sĩ", "Thụy Điển", "Đan Mạch", "Phần Lan", "Hy Lạp", "Italia", "Séc", "Hungary", "Romania",
      "Mexico", "Argentina", "Chile", "Colombia", "Venezuela", "Peru", "Nam Phi", "Nigeria", "Pakistan",
      "Afghanistan", "Bangladesh", "Nepal", "Sri Lanka", "Mông Cổ", "New Zealand", "Ireland", "Scotland",
      "Jordan", "Kuwait", "Yemen", "Palestine", "Macau", "Croatia", "Serbia", "Kazakhstan", "Uzbekistan",
      "Trung Đông", "Nam Mỹ", "Bắc Mỹ", "Mỹ Latinh", "Đông Âu", "Tây Âu", "Bắc Âu", "Châu Mỹ",
      "Châu Đại Dương", "Vùng Vịnh", "Phía Bắc", "Phía Nam",
      // Short forms news uses for a country ("bán sang Nhật"); a given name "Nhật" comes after a
      // marker or a surname and goes to the person rules.
      "Nhật",
      // Capitals and large cities abroad that Vietnamese news names most.
      "Phnom Penh", "Viêng Chăn", "Bangkok", "Bắc Kinh", "Thượng Hải", "Hương Cảng", "Matxcơva",
      "Mát-xcơ-va", "Kuala Lumpur", "Jakarta", "Manila", "Tokyo", "Seoul", "Bình Nhưỡng", "Paris",
      "London", "Berlin", "Washington", "New York", "Geneva", "Genève", "Sydney",
  };
  return k;
}

std::span<const AdminLevel> admin_levels() {
  static constexpr AdminLevel k[] = {
      {"tỉnh", "province"},    {"thành phố", "city"},     {"TP", "city"},         {"TP.", "city"},
      {"thủ đô", "city"},      {"huyện", "district"},     {"quận", "district"},   {"thị xã", "district"},
      {"xã", "commune"},       {"phường", "commune"},     {"thị trấn", "commune"}, {"thôn", "village"},
      {"ấp", "village"},       {"làng", "village"},       {"tổ dân phố", "village"},
      {"khu phố", "village"},  {"đặc khu", "district"},
  };
  return k;
}

}  // namespace vitext::extract::lex
