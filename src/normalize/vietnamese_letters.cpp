#include "normalize/vietnamese_letters.h"

#include <array>

namespace vitext::normalize_detail {
namespace {

// [vowel][tone]: level, grave, acute, hook above, tilde, dot below.
constexpr char32_t kLower[kVowelCount][kToneCount] = {
    {0x0061, 0x00E0, 0x00E1, 0x1EA3, 0x00E3, 0x1EA1},  // a à á ả ã ạ
    {0x0103, 0x1EB1, 0x1EAF, 0x1EB3, 0x1EB5, 0x1EB7},  // ă ằ ắ ẳ ẵ ặ
    {0x00E2, 0x1EA7, 0x1EA5, 0x1EA9, 0x1EAB, 0x1EAD},  // â ầ ấ ẩ ẫ ậ
    {0x0065, 0x00E8, 0x00E9, 0x1EBB, 0x1EBD, 0x1EB9},  // e è é ẻ ẽ ẹ
    {0x00EA, 0x1EC1, 0x1EBF, 0x1EC3, 0x1EC5, 0x1EC7},  // ê ề ế ể ễ ệ
    {0x0069, 0x00EC, 0x00ED, 0x1EC9, 0x0129, 0x1ECB},  // i ì í ỉ ĩ ị
    {0x006F, 0x00F2, 0x00F3, 0x1ECF, 0x00F5, 0x1ECD},  // o ò ó ỏ õ ọ
    {0x00F4, 0x1ED3, 0x1ED1, 0x1ED5, 0x1ED7, 0x1ED9},  // ô ồ ố ổ ỗ ộ
    {0x01A1, 0x1EDD, 0x1EDB, 0x1EDF, 0x1EE1, 0x1EE3},  // ơ ờ ớ ở ỡ ợ
    {0x0075, 0x00F9, 0x00FA, 0x1EE7, 0x0169, 0x1EE5},  // u ù ú ủ ũ ụ
    {0x01B0, 0x1EEB, 0x1EE9, 0x1EED, 0x1EEF, 0x1EF1},  // ư ừ ứ ử ữ ự
    {0x0079, 0x1EF3, 0x00FD, 0x1EF7, 0x1EF9, 0x1EF5},  // y ỳ ý ỷ ỹ ỵ
};
constexpr char32_t kUpper[kVowelCount][kToneCount] = {
    {0x0041, 0x00C0, 0x00C1, 0x1EA2, 0x00C3, 0x1EA0},  // A À Á Ả Ã Ạ
    {0x0102, 0x1EB0, 0x1EAE, 0x1EB2, 0x1EB4, 0x1EB6},  // Ă Ằ Ắ Ẳ Ẵ Ặ
    {0x00C2, 0x1EA6, 0x1EA4, 0x1EA8, 0x1EAA, 0x1EAC},  // Â Ầ Ấ Ẩ Ẫ Ậ
    {0x0045, 0x00C8, 0x00C9, 0x1EBA, 0x1EBC, 0x1EB8},  // E È É Ẻ Ẽ Ẹ
    {0x00CA, 0x1EC0, 0x1EBE, 0x1EC2, 0x1EC4, 0x1EC6},  // Ê Ề Ế Ể Ễ Ệ
    {0x0049, 0x00CC, 0x00CD, 0x1EC8, 0x0128, 0x1ECA},  // I Ì Í Ỉ Ĩ Ị
    {0x004F, 0x00D2, 0x00D3, 0x1ECE, 0x00D5, 0x1ECC},  // O Ò Ó Ỏ Õ Ọ
    {0x00D4, 0x1ED2, 0x1ED0, 0x1ED4, 0x1ED6, 0x1ED8},  // Ô Ồ Ố Ổ Ỗ Ộ
    {0x01A0, 0x1EDC, 0x1EDA, 0x1EDE, 0x1EE0, 0x1EE2},  // Ơ Ờ Ớ Ở Ỡ Ợ
    {0x0055, 0x00D9, 0x00DA, 0x1EE6, 0x0168, 0x1EE4},  // U Ù Ú Ủ Ũ Ụ
    {0x01AF, 0x1EEA, 0x1EE8, 0x1EEC, 0x1EEE, 0x1EF0},  // Ư Ừ Ứ Ử Ữ Ự
    {0x0059, 0x1EF2, 0x00DD, 0x1EF6, 0x1EF8, 0x1EF4},  // Y Ỳ Ý Ỷ Ỹ Ỵ
};

// Reverse lookup over the two ranges the letters live in: U+0000..U+01FF and U+1EA0..U+1EFF.
// Entry: 0 = not a vowel, else (vowel + 1) * 16 + tone * 2 + upper.
constexpr uint32_t kLowRange = 0x200, kHighStart = 0x1EA0, kHighRange = 0x60;

struct ReverseTable {
  std::array<uint8_t, kLowRange> low{};
  std::array<uint8_t, kHighRange> high{};
};

constexpr uint8_t pack(int v, int t, bool upper) {
  return static_cast<uint8_t>((v + 1) * 16 + t * 2 + (upper ? 1 : 0));
}

constexpr ReverseTable build_reverse() {
  ReverseTable r;
  for (int v = 0; v < kVowelCount; ++v) {
    for (int t = 0; t < kToneCount; ++t) {
      for (int up = 0; up < 2; ++up) {
        char32_t cp = up ? kUpper[v][t] : kLower[v][t];
        uint8_t packed = pack(v, t, up != 0);
        if (cp < kLowRange) r.low[cp] = packed;
        else r.high[cp - kHighStart] = packed;
      }
    }
  }
  return r;
}

constexpr ReverseTable kReverse = build_reverse();
static_assert((kVowelCount + 1) * 16 <= 256);

}  // namespace

bool vowel_info(char32_t cp, VowelInfo* info) {
  uint8_t packed = 0;
  if (cp < kLowRange) packed = kReverse.low[cp];
  else if (cp >= kHighStart && cp < kHighStart + kHighRange) packed = kReverse.high[cp - kHighStart];
  if (packed == 0) return false;
  info->vowel = static_cast<Vowel>(packed / 16 - 1);
  info->tone = static_cast<Tone>((packed % 16) / 2);
  info->upper = (packed & 1) != 0;
  return true;
}

char32_t vowel_letter(Vowel v, Tone t, bool upper) { return upper ? kUpper[v][t] : kLower[v][t]; }

char syllable_code(Vowel v) {
  static constexpr char kCodes[kVowelCount] = {'a', 'W', 'A', 'e', 'E', 'i', 'o', 'O', 'P', 'u', 'U', 'y'};
  return kCodes[v];
}

namespace {

enum Modifier { kNoModifier, kCircumflex, kBreve, kHorn };

// The tone a combining mark writes, or -1. U+0340/U+0341 are the deprecated tone-mark
// forms that canonically decompose to U+0300/U+0301.
int mark_tone(char32_t m) {
  switch (m) {
    case 0x0300: case 0x0340: return kGrave;
    case 0x0301: case 0x0341: return kAcute;
    case 0x0309: return kHook;
    case 0x0303: return kTilde;
    case 0x0323: return kDot;
    default: return -1;
  }
}

int mark_modifier(char32_t m) {
  switch (m) {
    case 0x0302: return kCircumflex;
    case 0x0306: return kBreve;
    case 0x031B: return kHorn;
    default: return kNoModifier;
  }
}

// The vowel a plain vowel becomes with a modifier, or -1 if it cannot take it.
int apply_modifier(Vowel v, int modifier) {
  switch (modifier) {
    case kCircumflex: return v == kA ? kAa : v == kE ? kEe : v == kO ? kOo : -1;
    case kBreve: return v == kA ? kAw : -1;
    case kHorn: return v == kO ? kOw : v == kU ? kUw : -1;
    default: return -1;
  }
}

}  // namespace

bool is_vietnamese_mark(char32_t cp) { return mark_tone(cp) >= 0 || mark_modifier(cp) != kNoModifier; }

char32_t compose_vietnamese(char32_t base, const char32_t* marks, int count) {
  VowelInfo info;
  if (!vowel_info(base, &info)) return 0;
  int vowel = info.vowel;
  int tone = info.tone;
  for (int k = 0; k < count; ++k) {
    int t = mark_tone(marks[k]);
    if (t >= 0) {
      if (tone != kLevel) return 0;
      tone = t;
      continue;
    }
    int m = mark_modifier(marks[k]);
    if (m == kNoModifier) return 0;
    vowel = apply_modifier(static_cast<Vowel>(vowel), m);
    if (vowel < 0) return 0;
  }
  return vowel_letter(static_cast<Vowel>(vowel), static_cast<Tone>(tone), info.upper);
}

}  // namespace vitext::normalize_detail
