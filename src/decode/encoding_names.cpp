#include <algorithm>
#include <cctype>
#include <utility>

#include "decode/encoding.h"
#include "vitext/decode.h"

namespace vitext {
namespace decoding {

std::string_view encoding_name(Encoding e) {
  switch (e) {
    case Encoding::kUtf8: return "utf-8";
    case Encoding::kTcvn3: return "tcvn3";
    case Encoding::kTcvn5712: return "tcvn5712-1";
    case Encoding::kVni: return "vni";
    case Encoding::kViscii: return "viscii";
    case Encoding::kViqr: return "viqr";
    case Encoding::kCp1258: return "cp1258";
  }
  return "utf-8";
}

void decode_as(Encoding e, std::string_view in, uint32_t base, ViewBuilder& out, DecodeCounters& counters) {
  switch (e) {
    case Encoding::kUtf8: decode_utf8_lenient(in, base, out, counters); return;
    case Encoding::kTcvn3: decode_tcvn3_font(in, base, out, counters); return;
    case Encoding::kTcvn5712: decode_with_table(in, base, kTcvn5712Table, out, counters); return;
    case Encoding::kVni: decode_vni(in, base, out, counters); return;
    case Encoding::kViscii: decode_with_table(in, base, kVisciiTable, out, counters); return;
    case Encoding::kViqr: decode_viqr(in, base, out, counters); return;
    case Encoding::kCp1258: decode_with_table(in, base, kCp1258Table, out, counters); return;
  }
}

}  // namespace decoding

std::string canonical_encoding_name(std::string_view name) {
  std::string n;
  for (char c : name) {
    if (c == '_' || c == ' ') c = '-';
    n.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  }
  static constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
      {"auto", "auto"},
      {"utf-8", "utf-8"}, {"utf8", "utf-8"}, {"unicode", "utf-8"},
      {"tcvn3", "tcvn3"}, {"abc", "tcvn3"}, {"tcvn", "tcvn3"}, {"tcvn5712", "tcvn3"},
      {"tcvn-5712", "tcvn3"}, {"tcvn5712:1993", "tcvn3"}, {"vn3", "tcvn3"}, {"tcvn-3", "tcvn3"},
      {"vntime", "tcvn3"},
      {"tcvn5712-1", "tcvn5712-1"}, {"tcvn5712-1:1993", "tcvn5712-1"}, {"vn1", "tcvn5712-1"},
      {"vni", "vni"}, {"vni-windows", "vni"}, {"vniwin", "vni"}, {"vni-win", "vni"},
      {"viscii", "viscii"}, {"viscii1.1", "viscii"},
      {"viqr", "viqr"}, {"vietnet", "viqr"},
      {"cp1258", "cp1258"}, {"windows-1258", "cp1258"}, {"win1258", "cp1258"}, {"cp-1258", "cp1258"},
      {"win-1258", "cp1258"},
  };
  for (auto [alias, canonical] : kAliases)
    if (n == alias) return std::string(canonical);
  return {};
}

const std::vector<std::string_view>& supported_encodings() {
  static const std::vector<std::string_view> names = {"auto", "utf-8", "tcvn3", "tcvn5712-1", "vni",
                                                      "viscii", "viqr", "cp1258"};
  return names;
}

}  // namespace vitext
