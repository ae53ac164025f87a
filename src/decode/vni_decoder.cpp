// VNI-Windows: the encoding of the VNI fonts. A Vietnamese letter is an ASCII base letter
// followed by a "mark" byte (tone, or circumflex/breve plus tone); ơ, ư, đ and the toned i
// (and ỵ) have single bytes. Every other byte is Windows-1252, the code page the fonts sat on.
#include <string>

#include "core/utf8.h"
#include "core/letters.h"
#include "decode/decoders.h"

namespace vitext::decoding {
namespace {

using viet::Tone;
using viet::Vowel;

// What a mark byte adds to a base vowel. Lowercase marks are 0x20 above the uppercase ones.
struct Mark {
  enum Kind : uint8_t { kNone, kTone, kCircumflex, kBreve } kind = kNone;
  Tone tone = viet::kNoTone;
};

Mark mark_of(unsigned char b) {
  if (b >= 0xE0) b = static_cast<unsigned char>(b - 0x20);  // marks are case-paired
  switch (b) {
    case 0xD9: return {Mark::kTone, viet::kAcute};
    case 0xD8: return {Mark::kTone, viet::kGrave};
    case 0xDB: return {Mark::kTone, viet::kHook};
    case 0xD5: return {Mark::kTone, viet::kTilde};
    case 0xCF: return {Mark::kTone, viet::kDot};
    case 0xC2: return {Mark::kCircumflex, viet::kNoTone};
    case 0xC1: return {Mark::kCircumflex, viet::kAcute};
    case 0xC0: return {Mark::kCircumflex, viet::kGrave};
    case 0xC5: return {Mark::kCircumflex, viet::kHook};
    case 0xC3: return {Mark::kCircumflex, viet::kTilde};
    case 0xC4: return {Mark::kCircumflex, viet::kDot};
    case 0xCA: return {Mark::kBreve, viet::kNoTone};
    case 0xC9: return {Mark::kBreve, viet::kAcute};
    case 0xC8: return {Mark::kBreve, viet::kGrave};
    case 0xDA: return {Mark::kBreve, viet::kHook};
    case 0xDC: return {Mark::kBreve, viet::kTilde};
    case 0xCB: return {Mark::kBreve, viet::kDot};
    default: return {};
  }
}

struct Base {
  bool ok = false;
  Vowel vowel = viet::kA;
  bool upper = false;
};

// Letters a mark byte can follow: ASCII vowels, and ơ (0xF4/0xD4), ư (0xF6/0xD6).
Base base_of(unsigned char b) {
  bool upper = b < 0x80 ? (b >= 'A' && b <= 'Z') : b < 0xE0;
  switch (b | 0x20) {
    case 'a': return {true, viet::kA, upper};
    case 'e': return {true, viet::kE, upper};
    case 'o': return {true, viet::kO, upper};
    case 'u': return {true, viet::kU, upper};
    case 'y': return {true, viet::kY, upper};
    case 0xF4: return {true, viet::kOw, upper};
    case 0xF6: return {true, viet::kUw, upper};
    default: return {};
  }
}

// Single bytes that are whole letters.
char32_t single_letter(unsigned char b) {
  bool upper = b < 0xE0;
  unsigned char lower = static_cast<unsigned char>(b | 0x20);
  switch (lower) {
    case 0xED: return viet::vowel_letter(viet::kI, viet::kAcute, upper);
    case 0xEC: return viet::vowel_letter(viet::kI, viet::kGrave, upper);
    case 0xE6: return viet::vowel_letter(viet::kI, viet::kHook, upper);
    case 0xF3: return viet::vowel_letter(viet::kI, viet::kTilde, upper);
    case 0xF2: return viet::vowel_letter(viet::kI, viet::kDot, upper);
    case 0xEE: return viet::vowel_letter(viet::kY, viet::kDot, upper);
    case 0xF1: return upper ? viet::kDStrokeUpper : viet::kDStroke;
    case 0xF4: return viet::vowel_letter(viet::kOw, viet::kNoTone, upper);
    case 0xF6: return viet::vowel_letter(viet::kUw, viet::kNoTone, upper);
    default: return 0;
  }
}

// The letter a base and a mark make, or 0 when the pair is not a VNI letter.
char32_t combine(Base base, Mark mark) {
  Vowel v = base.vowel;
  if (mark.kind == Mark::kNone) return 0;
  if (mark.kind != Mark::kTone) {
    v = viet::with_modifier(v, mark.kind == Mark::kCircumflex ? viet::kCircumflex : viet::kBreve);
    if (v == viet::kVowelCount) return 0;
  }
  return viet::vowel_letter(v, mark.tone, base.upper);
}

}  // namespace

void decode_vni(std::string_view in, uint32_t base, ViewBuilder& out, DecodeCounters& counters) {
  std::string buf;
  size_t run = 0;
  auto flush = [&](size_t i) {
    if (i > run) out.copy(base + static_cast<uint32_t>(run), in.substr(run, i - run));
  };
  for (size_t i = 0; i < in.size();) {
    auto b = static_cast<unsigned char>(in[i]);
    Base letter = base_of(b);
    if (letter.ok && i + 1 < in.size()) {
      if (char32_t c = combine(letter, mark_of(static_cast<unsigned char>(in[i + 1])))) {
        flush(i);
        buf.clear();
        utf8::append(buf, c);
        out.replace(base + static_cast<uint32_t>(i), 2, buf);
        ++counters.converted;
        i += 2;
        run = i;
        continue;
      }
    }
    if (b >= 0x80 || b == 0) {
      flush(i);
      uint32_t at = base + static_cast<uint32_t>(i);
      char32_t c = b >= 0x80 ? single_letter(b) : 0;
      if (b == 0) {
        out.replace(at, 1, {});
        ++counters.nul_dropped;
      } else if (c == 0 && kCp1252Table[b] == kUndefinedByte) {
        out.replace(at, 1, kReplacementChar);
        counters.note_invalid(at, 1);
      } else {
        buf.clear();
        utf8::append(buf, c ? c : kCp1252Table[b]);
        out.replace(at, 1, buf);
        ++counters.converted;
      }
      run = i + 1;
    }
    ++i;
  }
  flush(in.size());
}

}  // namespace vitext::decoding
