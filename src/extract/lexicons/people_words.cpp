// Ranks of the People's Police and People's Army (Law on the People's Public Security,
// Law on Officers of the People's Army), common leadership titles, common surnames, and
// the words that introduce a person.
#include "extract/lexicons/lexicon_data.h"

namespace vitext::extract::lex {

std::span<const char* const> ranks() {
  static constexpr const char* k[] = {
      "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng", "Đô đốc", "Phó Đô đốc", "Chuẩn Đô đốc",
      "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy",
      "Chuẩn úy", "Thượng sĩ", "Trung sĩ", "Hạ sĩ", "Binh nhất", "Binh nhì",
  };
  return k;
}

std::span<const char* const> titles() {
  static constexpr const char* k[] = {
      "Tổng Bí thư", "Chủ tịch nước", "Phó Chủ tịch nước", "Thủ tướng", "Phó Thủ tướng", "Thủ tướng Chính phủ",
      "Phó Thủ tướng Chính phủ", "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội", "Bộ trưởng", "Thứ trưởng",
      "Chủ nhiệm", "Phó Chủ nhiệm", "Chủ tịch", "Phó Chủ tịch", "Bí thư", "Phó Bí thư", "Bí thư Thường trực",
      "Ủy viên", "Ủy viên Bộ Chính trị", "Ủy viên Trung ương Đảng", "Ủy viên Ban Thường vụ", "Tỉnh ủy viên",
      "Đại biểu Quốc hội", "Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Thủ trưởng",
      "Phó Thủ trưởng", "Trưởng phòng", "Phó Trưởng phòng", "Trưởng Công an", "Phó Trưởng Công an",
      "Trưởng ban", "Phó Trưởng ban", "Trưởng Ban", "Phó Trưởng Ban", "Cục trưởng", "Phó Cục trưởng",
      "Tổng cục trưởng", "Phó Tổng cục trưởng", "Vụ trưởng", "Phó Vụ trưởng", "Chi cục trưởng",
      "Chánh Văn phòng", "Phó Chánh Văn phòng", "Chánh Thanh tra", "Chánh án", "Phó Chánh án", "Viện trưởng",
      "Phó Viện trưởng", "Tư lệnh", "Phó Tư lệnh", "Chính ủy", "Phó Chính ủy", "Chỉ huy trưởng",
      "Phó Chỉ huy trưởng", "Tham mưu trưởng", "Đồn trưởng", "Đội trưởng", "Phó Đội trưởng", "Hiệu trưởng",
      "Phó Hiệu trưởng", "Trưởng đoàn", "Tổng Biên tập", "Phó Tổng Biên tập", "Điều tra viên", "Kiểm sát viên",
      "Thẩm phán", "Trưởng thôn", "Trưởng bản", "Trưởng ấp", "Người phát ngôn",
      // Titles of news outside police reports: government, business, schools, hospitals,
      // courts and sport ("HLV Roberto Martinez", "tiền đạo Công Phượng").
      "Tổng thống", "Phó Tổng thống", "Ngoại trưởng", "Quốc vương", "Nhà vua", "Hoàng tử", "Công chúa",
      "Tổng thư ký", "Thống đốc", "Phó Thống đốc", "Thị trưởng", "Chủ tịch Hội đồng quản trị",
      "Giám đốc điều hành", "Phó Giám đốc điều hành", "Trưởng khoa", "Phó Trưởng khoa", "Trưởng trạm",
      "Trạm trưởng", "Hạt trưởng", "Phó Hạt trưởng", "Trưởng đồn", "Phó Trưởng đồn", "Trưởng Văn phòng",
      "Kế toán trưởng", "Thư ký", "Chấp hành viên", "Thanh tra viên", "Chủ tọa", "Hội thẩm",
      "HLV", "HLV trưởng", "huấn luyện viên", "huấn luyện viên trưởng", "trợ lý HLV", "đội trưởng", "thủ quân",
      "CEO", "Tổ trưởng", "Quyền Cục trưởng", "Quyền Giám đốc", "Quyền Chủ tịch", "GĐ", "PGĐ", "TGĐ",
      "lãnh đạo", "nhà lãnh đạo", "hoàng đế", "Đệ nhất phu nhân", "Người phát ngôn", "phát ngôn viên",
      // Academic and medical titles before a name ("BS. Lương", "PGS.TS Ngãi").
      "BS", "bác sĩ", "GS", "PGS", "TS", "ThS", "PGS.TS", "GS.TS", "GS.TSKH", "PGS.TSKH", "TS.BS", "ThS.BS",
      "BS.CKI", "BS.CKII", "giáo sư", "tiến sĩ", "thạc sĩ", "luật sư",   };
  return k;
}

std::span<const char* const> surnames() {
  static constexpr const char* k[] = {
      "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
      "Dương", "Lý", "Đào", "Đoàn", "Vương", "Trịnh", "Trương", "Lâm", "Phùng", "Mai", "Tô", "Hà", "Tạ",
      "Lương", "Đinh", "Cao", "Lưu", "Quách", "Thái", "Châu", "Chu", "Kiều", "Hứa", "Lại", "Giang", "Khúc",
      "Mạc", "Thân", "Tăng", "Triệu", "Nông", "Lò", "Hầu", "Vi", "Lục", "Doãn", "Tống", "Âu", "Khổng",
      "Nghiêm", "Từ", "Đàm", "Bạch", "Lã", "Tôn", "Diệp", "Ninh", "Quan", "Thạch", "Văn", "Kim", "Lục",
      "Hoàng Phủ", "Tôn Nữ", "Công Tôn", "Viên", "Ứng", "Yên", "Hàn", "Mã", "Phí", "Cù", "Cấn",
      "Lều", "Thiều", "Trình", "Bế", "Hoàng Văn", "La", "Sầm", "Vàng", "Giàng", "Sùng", "Thào", "Mùa",
  };
  return k;
}

std::span<const char* const> person_markers() {
  static constexpr const char* k[] = {
      "ông", "bà", "anh", "chị", "đồng chí", "em", "cháu", "cụ", "bạn", "nhà báo", "tác giả", "bác sĩ",
      "luật sư", "nghệ sĩ", "ca sĩ", "giáo sư", "tiến sĩ", "thạc sĩ", "PGS", "GS", "TS", "ThS",
      // Joined degrees are one acronym token each: "PGS.TS Ngãi".
      "PGS.TS", "GS.TS", "GS.TSKH", "PGS.TSKH", "TS.BS", "ThS.BS", "BS.CKI", "BS.CKII", "bị can",
      "bị cáo", "đối tượng", "nạn nhân", "chiến sĩ", "cán bộ",
      // Occupations and positions (not titles): "cầu thủ Messi", "tiền đạo Công Phượng".
      "cầu thủ", "tuyển thủ", "tiền đạo", "tiền vệ", "hậu vệ", "trung vệ", "thủ môn", "thủ thành",
      "vận động viên", "VĐV", "diễn viên", "người mẫu", "sinh viên", "học sinh", "nghi phạm", "tài xế",
      "đại gia", "tỷ phú", "hot girl", "danh thủ", "ngôi sao", "trò cũ", "bạn gái", "bạn trai", "cô vợ",
      "phu nhân", "chủ tàu", "ngư dân",
      // Kinship and occupation nouns that precede a given name in running text ("vợ Mười",
      // "thám tử Khoa", "già làng Bhling Chrlâng").
      "vợ", "chồng", "mẹ", "bố", "cha", "cô", "chú", "bác", "dì", "thầy", "già làng", "thám tử", "thư ký",
      "nhà văn", "nhà thơ", "nhạc sĩ", "họa sĩ", "thợ", "thợ săn", "thợ cả", "trùm", "công nhân", "linh mục",
      "thượng tọa", "hòa thượng", "thủy thủ",
  };
  return k;
}

std::span<const char* const> award_heads() {
  static constexpr const char* k[] = {
      "Huân chương", "Huân chương Sao vàng", "Huân chương Hồ Chí Minh", "Huân chương Độc lập",
      "Huân chương Quân công", "Huân chương Lao động", "Huân chương Chiến công", "Huân chương Bảo vệ Tổ quốc",
      "Huân chương Chiến sĩ vẻ vang", "Huân chương Dũng cảm", "Huân chương Hữu nghị", "Huân chương Kháng chiến",
      "Huy chương Chiến sĩ vẻ vang", "Huy chương Quân kỳ quyết thắng", "Huy chương", "Cờ thi đua của Chính phủ",
      "Cờ thi đua của Bộ Công an", "Bằng khen", "Giấy khen", "Cờ thi đua", "Danh hiệu", "Kỷ niệm chương",
      "Huy hiệu", "Giải thưởng", "Bằng Tổ quốc ghi công", "Chiến sĩ thi đua",
  };
  return k;
}

}  // namespace vitext::extract::lex
