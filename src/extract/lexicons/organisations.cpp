// Central bodies of the Vietnamese state, party and mass organisations, and the words
// that begin an organisation's name. Written from the public record (government structure
// as of 2023-2025; both pre- and post-2025 ministry names are kept since old reports use them).
#include "extract/lexicons/lexicon_data.h"

namespace vitext::extract::lex {

std::span<const char* const> organisations() {
  static constexpr const char* k[] = {
      // Party and state.
      "Đảng", "Đảng Cộng sản Việt Nam", "Ban Chấp hành Trung ương", "Trung ương Đảng", "Bộ Chính trị",
      "Ban Bí thư", "Quốc hội", "Ủy ban Thường vụ Quốc hội", "Chính phủ", "Nhà nước", "Văn phòng Chính phủ",
      "Văn phòng Quốc hội", "Văn phòng Trung ương Đảng", "Trung ương", "Văn phòng Chủ tịch nước", "Thanh tra Chính phủ",
      "Kiểm toán Nhà nước", "Tòa án nhân dân tối cao", "Viện kiểm sát nhân dân tối cao",
      "Mặt trận Tổ quốc Việt Nam", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Hội đồng Bầu cử quốc gia",
      "Ban Tuyên giáo Trung ương", "Ban Tổ chức Trung ương", "Ban Nội chính Trung ương", "Ban Dân vận Trung ương",
      "Ban Kinh tế Trung ương", "Ban Đối ngoại Trung ương", "Ủy ban Kiểm tra Trung ương",
      "Ban Tuyên giáo và Dân vận Trung ương", "Đảng ủy Công an Trung ương", "Quân ủy Trung ương",
      // Ministries and ministry-level bodies (before and after 2025).
      "Bộ Công an", "Bộ Quốc phòng", "Bộ Ngoại giao", "Bộ Nội vụ", "Bộ Tư pháp", "Bộ Kế hoạch và Đầu tư",
      "Bộ Tài chính", "Bộ Công Thương", "Bộ Nông nghiệp và Phát triển nông thôn", "Bộ Nông nghiệp và Môi trường",
      "Bộ Giao thông vận tải", "Bộ Xây dựng", "Bộ Tài nguyên và Môi trường", "Bộ Thông tin và Truyền thông",
      "Bộ Lao động - Thương binh và Xã hội", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Khoa học và Công nghệ",
      "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Dân tộc và Tôn giáo", "Ủy ban Dân tộc",
      "Ngân hàng Nhà nước Việt Nam", "Ngân hàng Nhà nước", "Thông tấn xã Việt Nam", "Đài Truyền hình Việt Nam",
      "Đài Tiếng nói Việt Nam", "Bảo hiểm xã hội Việt Nam", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
      "Viện Hàn lâm Khoa học xã hội Việt Nam", "Ủy ban Quản lý vốn nhà nước tại doanh nghiệp",
      // Armed forces and police.
      "Công an nhân dân", "Quân đội nhân dân", "Quân đội nhân dân Việt Nam", "Bộ đội Biên phòng",
      "Cảnh sát biển", "Bộ Tổng Tham mưu", "Tổng cục Chính trị", "Cảnh sát cơ động", "Bộ Tư lệnh Cảnh sát cơ động",
      // Mass organisations.
      "Tổng Liên đoàn Lao động Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam", "Hội Nông dân Việt Nam",
      "Hội Cựu chiến binh Việt Nam", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Trung ương Đoàn",
      "Liên hợp quốc", "ASEAN", "Interpol",
  };
  return k;
}

std::span<const char* const> organisation_heads_standalone() {
  static constexpr const char* k[] = {
      "Công an", "Ủy ban nhân dân", "Hội đồng nhân dân", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy",
      "Thị ủy", "Đảng ủy", "Đảng bộ", "Ban Thường vụ", "Ủy ban Kiểm tra", "Mặt trận Tổ quốc",
      "Ủy ban Mặt trận Tổ quốc", "Cơ quan An ninh điều tra", "Cơ quan Cảnh sát điều tra", "Bộ Chỉ huy Quân sự",
      "Bộ Chỉ huy Bộ đội Biên phòng", "Tòa án nhân dân", "Viện kiểm sát nhân dân", "Kho bạc Nhà nước",
      "Bảo hiểm xã hội", "Liên đoàn Lao động", "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh",
      "Đoàn Thanh niên", "Cảnh sát Phòng cháy chữa cháy", "Hạt Kiểm lâm", "Chi cục Kiểm lâm",
  };
  return k;
}

std::span<const char* const> organisation_heads() {
  static constexpr const char* k[] = {
      "Chi bộ", "Bộ", "Sở", "Cục", "Tổng cục", "Chi cục", "Vụ", "Phòng", "Ban", "Viện",
      "Trung tâm", "Văn phòng", "Thanh tra", "Cơ quan", "Cơ quan Thi hành án", "Chi cục Thi hành án dân sự",
      "Bộ Tư lệnh", "Quân khu", "Quân đoàn", "Sư đoàn",
      "Lữ đoàn", "Trung đoàn", "Tiểu đoàn", "Đồn Biên phòng", "Đội", "Đoàn", "Hội", "Trường",
      "Trường Đại học", "Đại học", "Học viện", "Bệnh viện", "Công ty", "Tổng công ty", "Tập đoàn", "Ngân hàng",
      "Đài Phát thanh và Truyền hình", "Báo", "Tạp chí", "Trại giam", "Trại tạm giam", "Hợp tác xã", "Câu lạc bộ", "Quỹ",
      "Công ty cổ phần", "Công ty TNHH", "Công ty trách nhiệm hữu hạn", "Nhà hàng", "Khách sạn", "Hãng", "Nhà máy", "Nhà xuất bản", "Siêu thị",
      // Abbreviated and school heads as news writes them ("Cty CP BOT ...", "Trường THPT ...").
      "Cty", "Cty CP", "Cty TNHH", "Công ty CP", "Tổng Cty", "CLB", "Trường THPT", "Trường THCS", "Trường Tiểu học",
      "Trường Mầm non", "Trường Cao đẳng", "Trường Trung cấp", "Trường ĐH", "Học viện", "Ban Quản lý", "Hiệp hội",
      "Liên đoàn", "Đài", "Hội đồng", "Tòa án", "Văn phòng đại diện", "Tổ chức", "Quỹ",
      "Đội tuyển", "Câu lạc bộ bóng đá", "Học viện bóng đá", "Trung tâm đào tạo",
  };
  return k;
}

std::span<const char* const> organisation_heads_capitalised() {
  static constexpr const char* k[] = {
      "Ủy ban", "Liên minh", "Liên hiệp", "Thượng viện", "Hạ viện", "Nghị viện", "Quân đội",
  };
  return k;
}

std::span<const char* const> organisation_heads_of_country() {
  static constexpr const char* k[] = {"Không quân", "Hải quân", "Lục quân", "Thủy quân lục chiến", "Tuần duyên"};
  return k;
}

std::span<const char* const> organisation_name_words() {
  static constexpr const char* k[] = {
      "nhân dân", "điều tra", "hình sự", "kinh tế", "ma túy", "giao thông", "nghiệp vụ", "chính trị", "nội bộ",
      "quản lý", "hành chính", "trật tự", "xã hội", "cơ động", "phòng cháy", "chữa cháy", "cứu nạn", "cứu hộ",
      "môi trường", "đào tạo", "phát triển", "nông thôn", "quân sự", "tối cao", "thường vụ", "kiểm tra",
      "dân sự", "thi hành án", "tổng hợp", "đối ngoại", "tham mưu", "truyền thông", "đầu tư", "xây dựng",
      "tài chính", "kế hoạch", "y tế", "giáo dục", "tư pháp", "nội vụ", "công thương", "thương binh",
      "du lịch", "thể thao", "văn hóa", "khoa học", "công nghệ", "dân tộc", "tôn giáo", "cảnh sát", "an ninh",
      "quốc phòng", "biên phòng", "thông tin", "truyền hình", "phát thanh", "cổ phần", "trách nhiệm hữu hạn",
      "đa khoa", "nhà nước", "thanh niên", "phụ nữ", "nông dân", "lao động", "trung ương",
      // Fields of the departments of provinces and districts, and the kinds of schools and media.
      "tài nguyên", "vận tải", "giao thông vận tải", "nông nghiệp", "công nghiệp", "đô thị", "thủy sản",
      "thủy lợi", "lâm nghiệp", "kiểm lâm", "hải quan", "quốc gia", "quốc tế", "phổ thông", "trung học",
      "tiểu học", "mầm non", "cao đẳng", "đại học", "dân lập", "tư thục", "ngoại giao", "điện tử", "kỹ thuật",
      "hạ tầng", "hành chính công", "tìm kiếm", "thiên tai", "phòng chống", "vệ sinh", "an toàn thực phẩm",
  };
  return k;
}

std::span<const Acronym> acronyms() {
  static constexpr Acronym k[] = {
      {"UBND", "Ủy ban nhân dân", 'O'},
      {"HĐND", "Hội đồng nhân dân", 'O'},
      {"MTTQ", "Mặt trận Tổ quốc", 'O'},
      {"CAND", "Công an nhân dân", 'O'},
      {"QĐND", "Quân đội nhân dân", 'O'},
      {"TAND", "Tòa án nhân dân", 'O'},
      {"VKSND", "Viện kiểm sát nhân dân", 'O'},
      {"BCH", "Ban Chấp hành", 'O'},
      {"BCHQS", "Bộ Chỉ huy Quân sự", 'O'},
      {"BĐBP", "Bộ đội Biên phòng", 'O'},
      {"CSGT", "Cảnh sát giao thông", 'O'},
      {"PCCC", "phòng cháy chữa cháy", 'M'},
      {"CSĐT", "Cảnh sát điều tra", 'O'},
      {"ANĐT", "An ninh điều tra", 'O'},
      {"BHXH", "Bảo hiểm xã hội", 'O'},
      {"THPT", "trung học phổ thông", 'M'},
      {"THCS", "trung học cơ sở", 'M'},
      {"ĐH", "Đại học", 'O'},
      {"ANTT", "an ninh trật tự", 'M'},
      {"ANQG", "an ninh quốc gia", 'M'},
      {"TTATXH", "trật tự, an toàn xã hội", 'M'},
      {"TTATGT", "trật tự an toàn giao thông", 'M'},
      {"ATGT", "an toàn giao thông", 'M'},
      {"ANCT", "an ninh chính trị", 'M'},
      {"CTV", "cộng tác viên", 'M'},
      {"PV", "phóng viên", 'M'},
      {"CBCS", "cán bộ, chiến sĩ", 'M'},
      {"KT-XH", "kinh tế - xã hội", 'M'},
      {"CNH-HĐH", "công nghiệp hóa - hiện đại hóa", 'M'},
      {"BHYT", "bảo hiểm y tế", 'M'},
      {"GDP", "tổng sản phẩm quốc nội", 'M'},
      {"VN", "Việt Nam", 'L'},
      {"CPC", "Campuchia", 'L'},
      {"TP", "thành phố", 'M'},
      {"TP.HCM", "Thành phố Hồ Chí Minh", 'L'},
      {"TPHCM", "Thành phố Hồ Chí Minh", 'L'},
      {"HN", "Hà Nội", 'L'},
      {"ĐBSCL", "Đồng bằng sông Cửu Long", 'L'},
      {"UBKT", "Ủy ban Kiểm tra", 'O'},
      {"LĐLĐ", "Liên đoàn Lao động", 'O'},
      {"HLHPN", "Hội Liên hiệp Phụ nữ", 'O'},
      {"TNCS", "Thanh niên Cộng sản", 'M'},
      {"GTVT", "Giao thông vận tải", 'M'},
      {"TN-MT", "Tài nguyên - Môi trường", 'M'},
      {"TN&MT", "Tài nguyên và Môi trường", 'M'},
      {"NN-PTNT", "Nông nghiệp và Phát triển nông thôn", 'M'},
      {"NN&PTNT", "Nông nghiệp và Phát triển nông thôn", 'M'},
      {"LĐ-TB&XH", "Lao động - Thương binh và Xã hội", 'M'},
      {"GD-ĐT", "Giáo dục - Đào tạo", 'M'},
      {"GD&ĐT", "Giáo dục và Đào tạo", 'M'},
      {"KH&CN", "Khoa học và Công nghệ", 'M'},
      {"VH-TT&DL", "Văn hóa, Thể thao và Du lịch", 'M'},
      {"TT&TT", "Thông tin và Truyền thông", 'M'},
      {"KH&ĐT", "Kế hoạch và Đầu tư", 'M'},
      {"BQL", "Ban Quản lý", 'O'},
      {"HĐQT", "Hội đồng quản trị", 'O'},
      {"CLB", "Câu lạc bộ", 'O'},
  };
  return k;
}

}  // namespace vitext::extract::lex
