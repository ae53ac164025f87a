#include "decode/detect.h"

#include <algorithm>
#include <array>
#include <string>

#include "core/utf8.h"
#include "core/syllable.h"

namespace vitext::decoding {
namespace {

// Characters that end a word. Other non-ASCII characters (including U+FFFD and C1
// controls) are part of it, so junk from a wrong table makes the word invalid.
bool is_separator(char32_t c) {
  if (c < 0x80) return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  return c == 0x00A0 || c == 0x00AB || c == 0x00BB || (c >= 0x2000 && c <= 0x206F) || c == 0x3000 ||
         c == 0xFEFF;
}

SyllableScore score_candidate(Encoding e, std::string_view sample) {
  ViewBuilder vb;
  vb.reserve(sample.size() * 2);
  DecodeCounters counters;
  decode_as(e, sample, 0, vb, counters);
  return score_vietnamese(vb.text());
}

int family(Encoding e) { return e == Encoding::kTcvn5712 ? static_cast<int>(Encoding::kTcvn3) : static_cast<int>(e); }

}  // namespace

SyllableScore score_vietnamese(std::string_view text) {
  SyllableScore score;
  size_t i = 0, word_start = 0;
  bool in_word = false, non_ascii = false;
  auto end_word = [&](size_t end) {
    if (in_word && non_ascii) {
      if (is_vietnamese_syllable_any_form(text.substr(word_start, end - word_start))) ++score.valid;
      else ++score.invalid;
    }
    in_word = non_ascii = false;
  };
  while (i < text.size()) {
    size_t at = i;
    char32_t c = utf8::next(text, i);
    if (is_separator(c)) {
      end_word(at);
      continue;
    }
    if (!in_word) {
      in_word = true;
      word_start = at;
    }
    if (c >= 0x80) non_ascii = true;
  }
  end_word(text.size());
  return score;
}

Detection detect_encoding(std::string_view sample) {
  constexpr std::array kCandidates = {Encoding::kUtf8, Encoding::kTcvn3, Encoding::kTcvn5712, Encoding::kVni,
                                      Encoding::kViscii, Encoding::kCp1258};
  std::array<SyllableScore, kCandidates.size()> scores;
  size_t best = 0;
  for (size_t k = 0; k < kCandidates.size(); ++k) {
    scores[k] = score_candidate(kCandidates[k], sample);
    if (scores[k].net() > scores[best].net()) best = k;  // ties keep the earlier (UTF-8 first)
  }
  const SyllableScore& b = scores[best];
  Detection d{kCandidates[best], 0.0};
  if (b.valid == 0) return {Encoding::kUtf8, 0.0};
  int64_t runner_up = INT64_MIN;
  for (size_t k = 0; k < kCandidates.size(); ++k)
    if (family(kCandidates[k]) != family(kCandidates[best])) runner_up = std::max(runner_up, scores[k].net());
  double total = static_cast<double>(b.valid + b.invalid);
  double share = static_cast<double>(b.valid) / total;
  double margin = static_cast<double>(b.net() - runner_up) / total;
  d.confidence = share * std::clamp(margin, 0.0, 1.0);
  return d;
}

Encoding choose_tcvn_variant(std::string_view sample) {
  // VN1 reads C0 and 0x80..0x9F bytes as capitals; VN3 as controls and Windows-1252.
  // Identical unless such bytes occur, and then the syllables tell.
  return score_candidate(Encoding::kTcvn5712, sample).net() > score_candidate(Encoding::kTcvn3, sample).net()
             ? Encoding::kTcvn5712
             : Encoding::kTcvn3;
}

bool looks_like_viqr(std::string_view sample, double* confidence) {
  // Cheap pre-filter: without a "strong" mark (^ ( + ` ~ or dd/d-) there is no VIQR evidence.
  bool any = false;
  for (size_t i = 0; i + 1 < sample.size() && !any; ++i) {
    char c = sample[i], n = sample[i + 1];
    any = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' &&
           (n == '^' || n == '(' || n == '+' || n == '`' || n == '~' || n == '-' || ((c | 0x20) == 'd' && (n | 0x20) == 'd')));
  }
  if (!any) return false;
  ViewBuilder vb;
  DecodeCounters counters;
  ViqrStats stats;
  decode_viqr(sample, 0, vb, counters, &stats);
  if (stats.strong_words == 0 || stats.converted_words * 4 < stats.words) return false;
  if (confidence)
    *confidence = std::min(1.0, 2.0 * static_cast<double>(stats.converted_words) / static_cast<double>(stats.words));
  return true;
}

std::string_view detection_sample(std::string_view in, size_t limit) {
  if (in.size() <= limit) return in;
  size_t cut = limit;
  for (size_t k = 0; k < 256 && cut > 0; ++k, --cut)
    if (in[cut - 1] == ' ' || in[cut - 1] == '\n') return in.substr(0, cut);
  return in.substr(0, limit);
}

}  // namespace vitext::decoding
