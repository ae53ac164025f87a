#include "vitext/decode.h"

#include <gtest/gtest.h>

#include <string>

#include "core/utf8.h"
#include "core/letters.h"
#include "testing/legacy_encoders.h"

namespace vitext {
namespace {

using namespace std::string_literals;

Document decoded(std::string bytes, DecodeOptions o = {}) {
  Document d(std::move(bytes));
  Status st = decode(d, o);
  EXPECT_TRUE(st.ok()) << st.message();
  return d;
}

Status decode_status(std::string bytes, DecodeOptions o = {}) {
  Document d(std::move(bytes));
  return decode(d, o);
}

DecodeOptions strict() {
  DecodeOptions o;
  o.strict = true;
  return o;
}

DecodeOptions from(std::string enc) {
  DecodeOptions o;
  o.from = std::move(enc);
  return o;
}

// Every decoded letter (vowels with diacritics, đ) of the Vietnamese alphabet: the 134
// that legacy encodings must carry, lowercase then uppercase.
std::u32string all_134_letters() {
  std::u32string out;
  for (bool upper : {false, true}) {
    for (int v = 0; v < viet::kVowelCount; ++v)
      for (int t = 0; t < viet::kToneCount; ++t) {
        char32_t c = viet::vowel_letter(static_cast<viet::Vowel>(v), static_cast<viet::Tone>(t), upper);
        if (c >= 0x80) out.push_back(c);
      }
    out.push_back(upper ? viet::kDStrokeUpper : viet::kDStroke);
  }
  return out;
}

// For every non-ASCII character of the view: its original span, which must be the bytes it
// was decoded from (checked by decoding those bytes alone, explicitly).
void expect_letters_map_to_their_bytes(const Document& d, const std::string& encoding) {
  size_t i = 0;
  while (i < d.text.size()) {
    size_t start = i;
    char32_t c = utf8::next(d.text, i);
    if (c < 0x80) continue;
    Span orig = d.map.to_original({static_cast<uint32_t>(start), static_cast<uint32_t>(i)});
    ASSERT_GE(orig.size(), 1u);
    ASSERT_LE(orig.size(), 3u);
    if (encoding == "viqr") continue;  // a mark alone is not a syllable, so not converted
    Document piece(std::string(d.original_of(orig)));
    ASSERT_TRUE(decode(piece, from(encoding)).ok());
    EXPECT_EQ(piece.text, d.text.substr(start, i - start)) << "at view byte " << start;
  }
}

TEST(Decode, EmptyInputIsValid) {
  Document d = decoded("");
  EXPECT_EQ(d.text, "");
  EXPECT_EQ(d.decode.encoding, "utf-8");
  EXPECT_TRUE(decode_status("", strict()).ok());
}

TEST(Decode, ValidUtf8IsCopiedWithOneMapPiece) {
  std::string s = "Công an tỉnh Thanh Hóa\n";
  Document d = decoded(s, strict());
  EXPECT_EQ(d.text, s);
  EXPECT_TRUE(d.map.is_identity());
  EXPECT_EQ(d.decode.encoding, "utf-8");
  EXPECT_DOUBLE_EQ(d.decode.confidence, 1.0);
  EXPECT_EQ(d.decode.invalid_bytes, 0u);
  EXPECT_EQ(d.decode.first_invalid_offset, -1);
}

TEST(Decode, StrictModeReportsTheFirstBadByte) {
  Status st = decode_status("Hà Nội \xC3\x28 abc", [] { auto o = strict(); o.from = "utf-8"; return o; }());
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(st.offset(), 10);
  EXPECT_NE(st.message().find("invalid UTF-8 at byte 10 (0xC3 0x28: not a valid continuation byte)"),
            std::string::npos)
      << st.message();
  EXPECT_NE(st.message().find("--lenient"), std::string::npos);
}

TEST(Decode, StrictModeExplainsOtherKindsOfBadBytes) {
  auto o = strict();
  o.from = "utf-8";
  EXPECT_NE(decode_status("ab\x80", o).message().find("continuation byte without a lead"), std::string::npos);
  EXPECT_NE(decode_status("ab\xC0\xAF", o).message().find("overlong"), std::string::npos);
  EXPECT_NE(decode_status("ab\xED\xA0\x80", o).message().find("surrogate"), std::string::npos);
  EXPECT_NE(decode_status("ab\xE1\xBB", o).message().find("cut off"), std::string::npos);
  EXPECT_NE(decode_status("ab\xFF", o).message().find("never occurs"), std::string::npos);
}

TEST(Decode, LenientModeReplacesMaximalSubparts) {
  // The example of Unicode 15 section 3.9 (table 3-8): 6 replacements for 9 bad bytes.
  auto o = from("utf-8");
  Document d = decoded("a\xF1\x80\x80\xE1\x80\xC2" "b\x80" "c\x80\xBF" "d", o);
  EXPECT_EQ(d.text, "a\uFFFD\uFFFD\uFFFDb\uFFFDc\uFFFD\uFFFDd");
  EXPECT_EQ(d.decode.invalid_bytes, 9u);
  EXPECT_EQ(d.decode.first_invalid_offset, 1);
  // Each U+FFFD maps to the bytes it replaced.
  EXPECT_EQ(d.map.to_original({1, 4}), (Span{1, 4}));
  EXPECT_EQ(d.map.to_original({4, 7}), (Span{4, 6}));
  // Surrogates and overlongs: one U+FFFD per byte.
  EXPECT_EQ(decoded("\xED\xA0\x80", o).text, "\uFFFD\uFFFD\uFFFD");
  EXPECT_EQ(decoded("\xC0\xAF", o).text, "\uFFFD\uFFFD");
  EXPECT_EQ(decoded("\xE0\x80\x80", o).text, "\uFFFD\uFFFD\uFFFD");
  EXPECT_EQ(decoded("x\xF4\x90\x80\x80", o).text, "x\uFFFD\uFFFD\uFFFD\uFFFD");
}

TEST(Decode, AutoModeKeepsMostlyUtf8AsUtf8) {
  Document d = decoded("Người dân Việt Nam yêu nước \xFF và hòa bình");
  EXPECT_EQ(d.decode.encoding, "utf-8");
  EXPECT_EQ(d.text, "Người dân Việt Nam yêu nước \uFFFD và hòa bình");
  EXPECT_EQ(d.decode.invalid_bytes, 1u);
  Status st = decode_status("Người dân Việt Nam yêu nước \xFF và hòa bình", strict());
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_EQ(st.offset(), 38);
}

TEST(Decode, NulBytes) {
  Status st = decode_status("Hà Nội\0abc"s, strict());
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.offset(), 9);
  EXPECT_NE(st.message().find("NUL byte at offset 9: this looks like a binary file"), std::string::npos);
  std::string with_nul = "Hà Nội, một ngày đẹp trời\0abc"s;
  size_t nul = with_nul.find('\0');
  Document d = decoded(with_nul);
  EXPECT_EQ(d.text, "Hà Nội, một ngày đẹp trờiabc");
  auto n = static_cast<uint32_t>(nul);
  EXPECT_EQ(d.map.to_original({n, n + 1}), (Span{n + 1, n + 2}));  // "a" after the dropped NUL
}

TEST(Decode, BinaryInputIsAnErrorEvenWhenLenient) {
  std::string bin;
  for (int i = 0; i < 4096; ++i) bin.push_back(static_cast<char>((i * 7919) % 256));
  Status st = decode_status(bin);
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("binary input"), std::string::npos) << st.message();
  std::string utf16 = "V\0i\0\xC7\x1Et\0 \0N\0a\0m\0"s;  // "Việt Nam" in UTF-16LE
  EXPECT_NE(decode_status(utf16).message().find("UTF-16"), std::string::npos);
  EXPECT_NE(decode_status("\xFF\xFEV\0").message().find("UTF-16"), std::string::npos);
}

TEST(Decode, BomIsDroppedFromTheView) {
  Document d = decoded("\xEF\xBB\xBFViệt Nam");
  EXPECT_EQ(d.text, "Việt Nam");
  EXPECT_EQ(d.map.to_original({0, 1}), (Span{3, 4}));
  EXPECT_EQ(d.decode.encoding, "utf-8");
}

TEST(Decode, UnknownEncodingNameIsAnArgumentError) {
  Status st = decode_status("abc", from("latin-9"));
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(st.message().find("tcvn3"), std::string::npos);
}

TEST(Decode, EncodingAliases) {
  EXPECT_EQ(canonical_encoding_name("ABC"), "tcvn3");
  EXPECT_EQ(canonical_encoding_name("TCVN5712"), "tcvn3");
  EXPECT_EQ(canonical_encoding_name("tcvn"), "tcvn3");
  EXPECT_EQ(canonical_encoding_name("VNI-Windows"), "vni");
  EXPECT_EQ(canonical_encoding_name("windows-1258"), "cp1258");
  EXPECT_EQ(canonical_encoding_name("UTF8"), "utf-8");
  EXPECT_EQ(canonical_encoding_name("TCVN5712-1"), "tcvn5712-1");
  EXPECT_EQ(canonical_encoding_name("koi8-r"), "");
}

// --- legacy encodings, hand-written ---

TEST(Decode, Tcvn3FontText) {
  // "Tiếng Việt có dấu, đường phố" in TCVN3 (ABC): ế=0xD5 ệ=0xD6 ó=0xE3 ấ=0xCA đ=0xAE ư=0xAD ờ=0xEA ố=0xE8
  std::string abc = "Ti\xD5ng Vi\xD6t c\xE3 d\xCAu, \xAE\xAD\xEAng ph\xE8";
  Document d = decoded(abc);
  EXPECT_EQ(d.text, "Tiếng Việt có dấu, đường phố");
  EXPECT_EQ(d.decode.encoding, "tcvn3");
  EXPECT_GT(d.decode.confidence, 0.8);
  EXPECT_EQ(decoded(abc, from("abc")).text, d.text);
  // Smart quotes typed on Windows in VN3 text are Windows-1252 quotes, not VN1 capitals.
  Document q = decoded("\x93Vi\xD6t Nam\x94 l\xB5 t\xAAn n\xAD\xED\x63");
  EXPECT_EQ(q.text, "“Việt Nam” là tên nước");
  EXPECT_EQ(q.decode.encoding, "tcvn3");
}

TEST(Decode, Tcvn3HeadingsTypedInACapitalsFont) {
  // ".VnTimeH" headings use the lowercase codes: "HÀ NỘI" arrives as "H\xB5 N\xE9I".
  // A two-letter word like "Hà" cannot be told from a capitalised one and stays as it is.
  Document d = decoded("H\xB5 N\xE9I - TH\xA2NH PH\xE8 \xAE\xA2Y \xAE\xE3 - H\xB5 N\xE9i", from("tcvn3"));
  EXPECT_EQ(d.text, "Hà NỘI - THÂNH PHỐ ĐÂY đó - Hà Nội");
}

TEST(Decode, Tcvn5712Vn1Capitals) {
  // "ĐẠI HỌC Ở HUẾ": Đ=0xA7 Ạ=0x84 Ọ=0x96 Ở=0x99 Ế=0xDA (VN1 capitals in C1 and upper half)
  std::string vn1 = "\xA7\x84I H\x96\x43 \x99 HU\xDA";
  Document d = decoded(vn1, from("tcvn3"));
  EXPECT_EQ(d.text, "ĐẠI HỌC Ở HUẾ");
  EXPECT_EQ(d.decode.encoding, "tcvn5712-1");
}

TEST(Decode, VniWindows) {
  // "Tiếng Việt, Đà Nẵng, thương, Quỳnh": ế = e + 0xE1, ệ = e + 0xE4, Đ = 0xD1, à = a + 0xF8,
  // ẵ = a + 0xFC, ư = 0xF6, ơ = 0xF4, ỳ = y + 0xF8
  std::string vni = "Tie\xE1ng Vie\xE4t, \xD1\x61\xF8 Na\xFCng, th\xF6\xF4ng, Quy\xF8nh";
  Document d = decoded(vni);
  EXPECT_EQ(d.text, "Tiếng Việt, Đà Nẵng, thương, Quỳnh");
  EXPECT_EQ(d.decode.encoding, "vni");
  // A letter and its mark are one atomic piece mapping to both bytes.
  EXPECT_EQ(d.map.to_original({2, 5}), (Span{2, 4}));
  // Uppercase marks after uppercase letters.
  EXPECT_EQ(decoded("VIE\xC4T NAM", from("vni-windows")).text, "VIỆT NAM");
}

TEST(Decode, Viscii) {
  // "Nguyễn Thị Thủy ở Đà Lạt": ễ=0xAD ị=0xB8 ủ=0xFC ở=0xB7 Đ=0xD0 à=0xE0 ạ=0xD5
  Document d = decoded("Nguy\xADn Th\xB8 Th\xFCy \xB7 \xD0\xE0 L\xD5t");
  EXPECT_EQ(d.text, "Nguyễn Thị Thủy ở Đà Lạt");
  EXPECT_EQ(d.decode.encoding, "viscii");
}

TEST(Decode, Cp1258KeepsCombiningTones) {
  // "Việt Nam đẹp": ê=0xEA + dot 0xF2, đ=0xF0, e + dot
  Document d = decoded("Vi\xEA\xF2t Nam \xF0\x65\xF2p qu\xE1 \xF0i");
  EXPECT_EQ(d.text, "Viê\u0323t Nam đe\u0323p quá đi");
  EXPECT_EQ(d.decode.encoding, "cp1258");
  Status st = decode_status("abc \x81", [] { auto o = strict(); o.from = "cp1258"; return o; }());
  EXPECT_EQ(st.offset(), 4);
  EXPECT_NE(st.message().find("0x81"), std::string::npos);
}

TEST(Decode, Viqr) {
  Document d = decoded("Vie^.t Nam, Ha` No^.i, DDa` Na(~ng, thu+o+ng, d-i ho.c, Thu?y.");
  EXPECT_EQ(d.text, "Việt Nam, Hà Nội, Đà Nẵng, thương, đi học, Thủy.");
  EXPECT_EQ(d.decode.encoding, "viqr");
  // The escape keeps a mark literal; a period ending an unmarked word stays a period.
  EXPECT_EQ(decoded("Ha Noi. Ca'c ba.n", from("viqr")).text, "Ha Noi. Các bạn");
  // Text that escapes punctuation (RFC 1456) has every bare '.' and '?' read as a tone.
  EXPECT_EQ(decoded("TP\\. HCM, chi. Lan\\.", from("viqr")).text, "TP. HCM, chị Lan.");
  // '.' and '?' ending a word: tones when the sentence goes on, punctuation otherwise.
  EXPECT_EQ(decoded("Anh ta? no'i: ddi dda^u?\nEm ddi ho.c. To^i ve^`.", from("viqr")).text,
            "Anh tả nói: đi đâu?\nEm đi học. Tôi về.");
  // Marks that would not make a Vietnamese syllable are left alone.
  EXPECT_EQ(decoded("Hello? What's x^2 (a+b)", from("viqr")).text, "Hello? What's x^2 (a+b)");
}

TEST(Decode, PlainAsciiIsUtf8NotViqr) {
  Document d = decoded("The meeting is at 10 a.m. (see notes). Don't be late?");
  EXPECT_EQ(d.decode.encoding, "utf-8");
  EXPECT_TRUE(d.map.is_identity());
}

// --- all 134 letters through each legacy encoding ---

TEST(Decode, VniAll134Letters) {
  std::u32string letters = all_134_letters();
  ASSERT_EQ(letters.size(), 134u);
  std::string vni, expected;
  for (char32_t c : letters) {
    vni += testing::vni_char(c) + " ";
    utf8::append(expected, c);
    expected += " ";
  }
  Document d = decoded(vni, from("vni"));
  EXPECT_EQ(d.text, expected);
  expect_letters_map_to_their_bytes(d, "vni");
}

TEST(Decode, ViqrAll134Letters) {
  // Each letter in a syllable that can carry it: "t" + vowel, or "t" + ă/â + "n".
  std::string viqr, expected;
  const char* quality[] = {"", "(", "^", "", "^", "", "", "^", "+", "", "+", ""};
  const char* base = "aaaeeiooouuy";
  const char tones[] = {0, '`', '?', '~', '\'', '.'};
  for (bool upper : {false, true})
    for (int v = 0; v < viet::kVowelCount; ++v)
      for (int t = 0; t < viet::kToneCount; ++t) {
        char32_t c = viet::vowel_letter(static_cast<viet::Vowel>(v), static_cast<viet::Tone>(t), upper);
        if (c < 0x80) continue;
        bool coda = v == viet::kAw || v == viet::kAa;
        viqr += upper ? "T" : "t";
        viqr.push_back(static_cast<char>(upper ? base[v] - 0x20 : base[v]));
        viqr += quality[v];
        if (tones[t]) viqr.push_back(tones[t]);
        if (coda) viqr += upper ? "N" : "n";
        viqr += ", ";
        expected += upper ? "T" : "t";
        utf8::append(expected, c);
        if (coda) expected += upper ? "N" : "n";
        expected += ", ";
      }
  viqr += "dda DDa";
  expected += "đa Đa";
  Document d = decoded(viqr);
  EXPECT_EQ(d.decode.encoding, "viqr");
  EXPECT_EQ(d.text, expected);
  expect_letters_map_to_their_bytes(d, "viqr");
}

}  // namespace
}  // namespace vitext
