// decode(): chooses the encoding, rejects what cannot be text, and runs one decoder.
#include "vitext/decode.h"

#include <array>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <limits>
#include <string>

#include "core/view_builder.h"
#include "decode/detect.h"
#include "decode/encoding.h"
#include "decode/utf8_validate.h"

namespace vitext {
namespace {

using decoding::Encoding;

constexpr size_t kBinarySample = 64 * 1024;

// How to ask for lenient decoding, named for every command: the analysis commands are
// lenient unless given --strict, while convert and serve are strict unless given --lenient.
constexpr std::string_view kLenientHint = "lenient decoding (no --strict; convert, serve: --lenient)";

std::string joined_encodings() {
  std::string s;
  for (auto n : supported_encodings()) s += (s.empty() ? "" : ", ") + std::string(n);
  return s;
}

// Control bytes that text does not hold (NUL is counted apart): C0 controls other than
// TAB LF VT FF CR and ESC, and DEL.
constexpr std::array<uint8_t, 256> make_control_bytes() {
  std::array<uint8_t, 256> t{};
  for (int b = 1; b < 0x20; ++b) t[b] = 1;
  for (int b : {0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1B}) t[b] = 0;  // TAB LF VT FF CR ESC
  t[0x7F] = 1;
  return t;
}
constexpr std::array<uint8_t, 256> kControlByte = make_control_bytes();

// Whether any byte may be NUL, a control byte that text does not hold, or DEL. The vector
// test also says yes for VT, FF and ESC; the exact count that follows sorts those out.
bool has_control_bytes(std::string_view s) {
  size_t i = 0;
#ifdef __SSE2__
  const __m128i space = _mm_set1_epi8(0x20);
  const __m128i tab = _mm_set1_epi8('\t'), lf = _mm_set1_epi8('\n'), cr = _mm_set1_epi8('\r');
  const __m128i del = _mm_set1_epi8(0x7F);
  for (; i + 16 <= s.size(); i += 16) {
    __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    // Signed compare: bytes >= 0x80 are negative but not controls, so mask them off.
    __m128i low = _mm_andnot_si128(_mm_cmplt_epi8(x, _mm_setzero_si128()), _mm_cmplt_epi8(x, space));
    __m128i usual = _mm_or_si128(_mm_cmpeq_epi8(x, tab), _mm_or_si128(_mm_cmpeq_epi8(x, lf), _mm_cmpeq_epi8(x, cr)));
    __m128i odd = _mm_or_si128(_mm_andnot_si128(usual, low), _mm_cmpeq_epi8(x, del));
    if (_mm_movemask_epi8(odd) != 0) return true;
  }
#endif
  for (; i < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b == 0 || kControlByte[b]) return true;
  }
  return false;
}

// Binary data (or UTF-16) is not text in any encoding vitext reads: say so, even in lenient
// mode, rather than produce a view full of junk.
Status check_not_binary(std::string_view in) {
  std::string_view s = in.substr(0, kBinarySample);
  if (s.starts_with("\xFF\xFE") || s.starts_with("\xFE\xFF"))
    return Status::InvalidInput("input looks like UTF-16 (byte order mark); convert it first: "
                                "iconv -f UTF-16 -t UTF-8", 0);
  if (!has_control_bytes(s)) return Status::Ok();  // text: the common case, 16 bytes a step
  size_t nul = 0, nul_odd = 0, ctrl = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b == 0) {
      ++nul;
      nul_odd += i & 1;
    } else {
      ctrl += kControlByte[b];  // VISCII and TCVN put a few capitals here, hence the generous threshold below
    }
  }
  if (nul >= 4 && nul * 4 > s.size() && (nul_odd * 10 > nul * 9 || nul_odd * 10 < nul))
    return Status::InvalidInput("input looks like UTF-16 (a NUL byte beside every letter); convert it first: "
                                "iconv -f UTF-16 -t UTF-8", 0);
  // Random bytes (compressed data, images) have ~0.4% NUL and ~10% other controls.
  // A stray NUL or two in a short text is not "binary": those are dropped (or rejected when strict).
  if (nul + ctrl < 8) return Status::Ok();
  if (nul * 100 > s.size() || (nul > 0 && (nul + ctrl) * 100 > s.size() * 5) || ctrl * 100 > s.size() * 20) {
    size_t pct = (nul + ctrl) * 100 / s.size();
    auto first = s.find('\0');
    return Status::InvalidInput("binary input: " + std::to_string(pct) + "% of the first " +
                                    std::to_string(s.size()) +
                                    " bytes are NUL or control bytes; vitext reads text (UTF-8 or a "
                                    "Vietnamese legacy encoding)",
                                first == std::string_view::npos ? 0 : static_cast<int64_t>(first));
  }
  return Status::Ok();
}

bool is_ascii(std::string_view s) {
  uint64_t acc = 0;
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    acc |= w;
    if ((i & 4095) == 0 && (acc & 0x8080808080808080ULL)) return false;  // stop early on non-ASCII
  }
  for (; i < s.size(); ++i) acc |= static_cast<unsigned char>(s[i]);
  return (acc & 0x8080808080808080ULL) == 0;
}

size_t count_high_bytes(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += static_cast<unsigned char>(c) >> 7;
  return n;
}

std::string hex_byte(unsigned char b) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", b);
  return buf;
}

void finish(Document& doc, ViewBuilder& vb, Encoding e, double confidence, const decoding::DecodeCounters& c) {
  doc.text = vb.take_text();
  doc.map = vb.take_map();
  doc.decode.encoding = std::string(decoding::encoding_name(e));
  doc.decode.confidence = confidence;
  doc.decode.invalid_bytes = c.invalid_bytes;
  doc.decode.first_invalid_offset = c.first_invalid;
}

}  // namespace

Status decode(Document& doc, const DecodeOptions& options) {
  doc.text.clear();
  doc.map = OffsetMap();
  doc.decode = DecodeReport();
  std::string from = canonical_encoding_name(options.from);
  if (from.empty())
    return Status::InvalidArgument("unknown encoding '" + options.from + "'; use one of: " + joined_encodings());
  std::string_view in = doc.original;
  if (in.size() >= std::numeric_limits<uint32_t>::max())
    return Status::InvalidInput("input is larger than 4 GiB; split it into documents");
  if (in.empty()) {
    doc.decode.encoding = from == "auto" ? "utf-8" : from;
    return Status::Ok();
  }
  if (Status st = check_not_binary(in); !st.ok()) return st;
  if (options.strict) {
    if (const void* p = std::memchr(in.data(), 0, in.size())) {
      auto at = static_cast<int64_t>(static_cast<const char*>(p) - in.data());
      return Status::InvalidInput("NUL byte at offset " + std::to_string(at) +
                                      ": this looks like a binary file; " + std::string(kLenientHint) + " drops NUL bytes",
                                  at);
    }
  }

  ViewBuilder vb;
  decoding::DecodeCounters counters;
  uint32_t start = 0;
  bool utf8_possible = from == "auto" || from == "utf-8";
  if (utf8_possible && in.starts_with("\xEF\xBB\xBF")) {
    vb.replace(0, 3, {});  // the BOM says "UTF-8"; it is not text
    start = 3;
    from = "utf-8";
  }
  std::string_view body = in.substr(start);
  Encoding enc = Encoding::kUtf8;
  double confidence = 1.0;

  if (utf8_possible) {
    size_t bad = decoding::valid_utf8_prefix(body);
    if (bad == body.size()) {
      double viqr_conf = 0;
      if (from == "auto" && is_ascii(body) && decoding::looks_like_viqr(decoding::detection_sample(body, 64 * 1024), &viqr_conf)) {
        enc = Encoding::kViqr;
        confidence = viqr_conf;
      } else if (!std::memchr(body.data(), 0, body.size())) {
        // The common case: one copy, one map piece.
        vb.reserve(body.size());
        vb.copy(start, body);
        finish(doc, vb, Encoding::kUtf8, 1.0, counters);
        return Status::Ok();
      }
    } else {
      std::string what = "invalid UTF-8 at byte " + std::to_string(start + bad) + " (" +
                         decoding::describe_invalid_utf8(body, bad) + ")";
      if (from == "auto") {
        decoding::Detection d = decoding::detect_encoding(decoding::detection_sample(body, options.detect_sample_bytes));
        enc = d.encoding;
        confidence = d.confidence;
      }
      if (enc == Encoding::kUtf8 && options.strict) {
        std::string advice = from == "auto"
                                 ? "; no Vietnamese legacy encoding fits either: name one with --from, or use " + std::string(kLenientHint)
                                 : "; use --from auto or " + std::string(kLenientHint);
        return Status::InvalidInput(what + advice, static_cast<int64_t>(start + bad));
      }
    }
  } else if (from == "tcvn3") {
    enc = decoding::choose_tcvn_variant(decoding::detection_sample(body, options.detect_sample_bytes));
  } else {
    for (Encoding e : {Encoding::kTcvn5712, Encoding::kVni, Encoding::kViscii, Encoding::kViqr, Encoding::kCp1258})
      if (decoding::encoding_name(e) == from) enc = e;
  }

  vb.reserve(body.size() + body.size() / 2);
  if (enc != Encoding::kUtf8) vb.reserve_pieces(2 * count_high_bytes(body) + 16);  // a piece or two per letter
  decoding::decode_as(enc, body, start, vb, counters);
  if (options.strict && counters.invalid > 0) {
    auto at = static_cast<size_t>(counters.first_invalid);
    return Status::InvalidInput("byte " + hex_byte(static_cast<unsigned char>(in[at])) + " at offset " +
                                    std::to_string(at) + " is not defined in " +
                                    std::string(decoding::encoding_name(enc)) + "; use " + std::string(kLenientHint) + " to replace it with U+FFFD",
                                static_cast<int64_t>(at));
  }
  finish(doc, vb, enc, confidence, counters);
  return Status::Ok();
}

}  // namespace vitext
