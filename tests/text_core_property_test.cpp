// Property tests of tokenize + split_sentences over a large varied generated input:
// tokens tile the non-space text in order, spans map through the offset map, sentences
// tile the tokens.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "core/utf8.h"
#include "core/view_builder.h"
#include "text_core_helpers.h"
#include "tokens/char_class.h"

namespace vitext {
namespace {

const char* const kPieces[] = {
    "Công", "an", "tỉnh", "Thanh", "Hóa", "đã", "hoàn", "thành", "100%", "chỉ", "tiêu", "UBND", "ANTT", "TP.HCM",
    "TP.", "GS.", "v.v.", "Nguyễn", "V.", "A.", "1.000.000", "3,5", "27/12", "27/12/2023", "12/2023", "2023-12-27",
    "8h30", "08:30", "14g30", "5.000đ", "VNĐ", "$100", "https://congan.vn/a?b=(1)", "www.x.vn", "congan.thanhhoa.gov.vn",
    "a.b@gmail.com", "#AnNinh", "@user", "COVID-19", "F0", "U23", "😀", "👍🏽", "👨‍👩‍👧", "🇻🇳", "❤️", "1️⃣", ".", ",", "...",
    "…", "!", "?", "!?", "“", "”", "\"", "(", ")", "[", "]", "-", "--", "•", "–", ":", ";", "don't", "O’Neil", "©",
    "+", "=", "-5", "−3", "ho\xCC\x80" "a", "\xC2\xA0", "\xE2\x80\x8B", "\t", "Đại", "biểu", "HĐND", "3-4", "1/2",
    "xong.Anh", "a\x01" "b", "\xFF", "\xE1\xBA", "中文", "Москва", "٣", "ThS", "Th.S", "NXB.", "II.", "a)", "1.",
};

std::string generate(uint32_t seed, size_t bytes) {
  std::mt19937 rng(seed);
  const size_t n = sizeof kPieces / sizeof kPieces[0];
  std::string out;
  out.reserve(bytes + 64);
  while (out.size() < bytes) {
    out += kPieces[rng() % n];
    switch (rng() % 12) {
      case 0: break;  // glued to the next piece
      case 1: out += '\n'; break;
      case 2: out += "\n\n"; break;
      case 3: out += "  "; break;
      default: out += ' ';
    }
  }
  return out;
}

bool is_space_at(std::string_view s, size_t i, size_t* len) {
  utf8::Decoded d = utf8::decode(s, i);
  *len = d.len;
  return tokens::classify(d.cp) == tokens::CharClass::kSpace;
}

void check_layers(const Document& doc) {
  const std::string_view text = doc.text;
  size_t pos = 0;
  for (size_t k = 0; k < doc.tokens.size(); ++k) {
    const Token& t = doc.tokens[k];
    ASSERT_LT(t.view.start, t.view.end) << "empty token " << k;
    ASSERT_LE(t.view.end, text.size());
    ASSERT_GE(t.view.start, pos) << "overlap at token " << k;
    bool gap = false;
    for (size_t i = pos; i < t.view.start;) {  // between tokens: only whitespace
      size_t len;
      ASSERT_TRUE(is_space_at(text, i, &len)) << "byte " << i << " in no token";
      i += len;
      gap = true;
    }
    ASSERT_EQ(t.space_before, gap) << "token " << k;
    ASSERT_EQ(t.span, doc.map.to_original(t.view)) << "token " << k;
    pos = t.view.end;
  }
  for (size_t i = pos; i < text.size();) {
    size_t len;
    ASSERT_TRUE(is_space_at(text, i, &len)) << "trailing byte " << i << " in no token";
    i += len;
  }
  uint32_t next = 0;
  for (const Sentence& s : doc.sentences) {
    ASSERT_EQ(s.token_begin, next);
    ASSERT_LT(s.token_begin, s.token_end);
    ASSERT_EQ(s.view.start, doc.tokens[s.token_begin].view.start);
    ASSERT_EQ(s.view.end, doc.tokens[s.token_end - 1].view.end);
    ASSERT_LE(s.span.start, doc.tokens[s.token_begin].span.start);
    ASSERT_GE(s.span.end, doc.tokens[s.token_end - 1].span.end);
    next = s.token_end;
  }
  ASSERT_EQ(next, doc.tokens.size());
}

TEST(TextCoreProperty, TokensTileTheTextAndSentencesTileTheTokens) {
  for (uint32_t seed = 1; seed <= 4; ++seed) {
    Document doc = testing::plain_document(generate(seed, 300000));
    ASSERT_TRUE(tokenize(doc).ok());
    ASSERT_TRUE(split_sentences(doc).ok());
    ASSERT_GT(doc.tokens.size(), 10000u);
    ASSERT_GT(doc.sentences.size(), 100u);
    check_layers(doc);
  }
}

TEST(TextCoreProperty, SpansFollowANonIdentityMap) {
  // A view equal to the original but built of many atomic pieces: every token's span must
  // be the map's image of its view, rounded out to whole pieces.
  std::string original = generate(7, 100000);
  ViewBuilder builder;
  std::mt19937 rng(7);
  for (uint32_t i = 0; i < original.size();) {
    uint32_t len = std::min<uint32_t>(1 + rng() % 6, static_cast<uint32_t>(original.size()) - i);
    if (rng() % 3 == 0) {
      builder.replace(i, len, std::string_view(original).substr(i, len));
    } else {
      builder.copy(i, std::string_view(original).substr(i, len));
    }
    i += len;
  }
  Document doc(original);
  doc.text = builder.take_text();
  doc.map = builder.take_map();
  ASSERT_TRUE(tokenize(doc).ok());
  ASSERT_TRUE(split_sentences(doc).ok());
  check_layers(doc);
}

TEST(TextCoreProperty, RandomBytesNeverBreakTheTiling) {
  std::mt19937 rng(11);
  std::string bytes(200000, '\0');
  for (char& c : bytes) c = static_cast<char>(rng() % 256);
  Document doc = testing::plain_document(bytes);
  ASSERT_TRUE(tokenize(doc).ok());
  ASSERT_TRUE(split_sentences(doc).ok());
  check_layers(doc);
}

TEST(TextCoreProperty, ReusedDocumentDoesNotGrow) {
  Document doc;
  size_t capacity = 0;
  for (int round = 0; round < 3; ++round) {
    doc.text = generate(3, 50000);
    doc.original = doc.text;
    doc.map = OffsetMap::Identity(static_cast<uint32_t>(doc.text.size()));
    ASSERT_TRUE(tokenize(doc).ok());
    ASSERT_TRUE(split_sentences(doc).ok());
    if (round == 0) capacity = doc.tokens.capacity();
    EXPECT_EQ(doc.tokens.capacity(), capacity);
  }
}

}  // namespace
}  // namespace vitext
