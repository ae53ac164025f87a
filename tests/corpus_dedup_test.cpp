// MinHash signatures, LSH banding and the dedup index on small Vietnamese texts.
#include <gtest/gtest.h>

#include "corpus/dedup_index.h"
#include "corpus/minhash.h"

namespace vitext {
namespace {

const char* kNews =
    "Năm 2023, Công an tỉnh Thanh Hóa đã triển khai đồng bộ nhiều giải pháp bảo đảm an ninh trật tự, "
    "kiềm chế tội phạm, phục vụ phát triển kinh tế xã hội của địa phương trong dịp cuối năm.";
// The same report with a few edits, as a syndicating site would publish it.
const char* kNewsEdited =
    "Năm 2023, Công an tỉnh Thanh Hóa đã triển khai đồng bộ nhiều giải pháp bảo đảm an ninh trật tự, "
    "kiềm chế tội phạm, phục vụ phát triển kinh tế xã hội của tỉnh trong dịp cuối năm nay.";
const char* kOther =
    "Đội tuyển bóng đá quốc gia Việt Nam sẽ bước vào trận đấu quan trọng với đối thủ Indonesia "
    "trên sân vận động Mỹ Đình vào tối thứ Ba tuần tới, theo thông báo của liên đoàn.";

Fingerprint fingerprint(const std::string& text, const DedupOptions& o) {
  Fingerprint fp;
  fp.exact = exact_text_hash(text);
  if (o.mode == DedupMode::kNear) minhash_signature(text, o.minhash, fp.minhash);
  return fp;
}

TEST(MinHash, ExactHashIgnoresWhitespaceRunsOnly) {
  EXPECT_EQ(exact_text_hash("  Hà   Nội\n mùa thu "), exact_text_hash("Hà Nội mùa thu"));
  EXPECT_NE(exact_text_hash("Hà Nội mùa thu"), exact_text_hash("Hà Nội mùa thu."));
  EXPECT_NE(exact_text_hash("Hà Nội"), exact_text_hash("HàNội"));
}

TEST(MinHash, SimilarTextsAgreeOftenUnrelatedRarely) {
  MinHashOptions o;
  std::vector<uint32_t> a, b, c, a2;
  minhash_signature(kNews, o, a);
  minhash_signature(kNewsEdited, o, b);
  minhash_signature(kOther, o, c);
  minhash_signature(kNews, o, a2);
  ASSERT_EQ(a.size(), 128u);
  EXPECT_EQ(a, a2);  // deterministic
  EXPECT_GT(estimate_similarity(a.data(), b.data(), o.num_perm), 0.5);
  EXPECT_LT(estimate_similarity(a.data(), c.data(), o.num_perm), 0.1);
}

TEST(MinHash, CaseAndPunctuationDoNotMatterForShingles) {
  MinHashOptions o;
  std::vector<uint32_t> a, b;
  minhash_signature("Công an tỉnh Thanh Hóa triển khai kế hoạch", o, a);
  minhash_signature("CÔNG AN TỈNH THANH HÓA, triển khai kế hoạch!", o, b);
  EXPECT_EQ(a, b);
}

TEST(MinHash, BandsFollowTheThreshold) {
  LshBands high = choose_lsh_bands(0.9, 128), low = choose_lsh_bands(0.5, 128);
  EXPECT_LE(high.bands * high.rows, 128);
  EXPECT_LE(low.bands * low.rows, 128);
  // A higher threshold needs more rows per band (a stricter band match).
  EXPECT_GT(high.rows, low.rows);
}

TEST(DedupIndex, ExactModeKeepsTheFirstCopy) {
  DedupOptions o;
  o.mode = DedupMode::kExact;
  DedupIndex index(o);
  DedupResult r0 = index.check_and_add(fingerprint(kNews, o), "a");
  DedupResult r1 = index.check_and_add(fingerprint(kOther, o), "b");
  DedupResult r2 = index.check_and_add(fingerprint(std::string(kNews) + "\n", o), "c");
  DedupResult r3 = index.check_and_add(fingerprint(kNewsEdited, o), "d");
  EXPECT_FALSE(r0.duplicate);
  EXPECT_EQ(r0.cluster, "a");
  EXPECT_FALSE(r1.duplicate);
  EXPECT_EQ(r1.cluster, "b");
  EXPECT_TRUE(r2.duplicate);
  EXPECT_EQ(r2.cluster, "a");
  EXPECT_EQ(r2.duplicate_of, "a");
  EXPECT_FALSE(r3.duplicate);  // edited: not an exact copy
}

TEST(DedupIndex, NearModeFindsEditedCopies) {
  DedupOptions o;
  o.mode = DedupMode::kNear;
  o.threshold = 0.5;
  DedupIndex index(o);
  EXPECT_FALSE(index.check_and_add(fingerprint(kNews, o), "a").duplicate);
  EXPECT_FALSE(index.check_and_add(fingerprint(kOther, o), "b").duplicate);
  DedupResult r = index.check_and_add(fingerprint(kNewsEdited, o), "c");
  EXPECT_TRUE(r.duplicate);
  EXPECT_EQ(r.cluster, "a");
  EXPECT_EQ(r.duplicate_of, "a");
  EXPECT_GE(r.similarity, 0.5);
  EXPECT_LT(r.similarity, 1.0);
}

TEST(DedupIndex, NearModeRespectsAStrictThreshold) {
  DedupOptions o;
  o.mode = DedupMode::kNear;
  o.threshold = 0.99;
  DedupIndex index(o);
  EXPECT_FALSE(index.check_and_add(fingerprint(kNews, o), "a").duplicate);
  EXPECT_FALSE(index.check_and_add(fingerprint(kNewsEdited, o), "b").duplicate);
}

TEST(DedupIndex, ManyDistinctDocumentsStayDistinct) {
  DedupOptions o;
  o.mode = DedupMode::kNear;
  DedupIndex index(o);
  const char* syl[] = {"một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "trăm", "nghìn"};
  int dups = 0;
  for (int d = 0; d < 2000; ++d) {
    std::string text;
    unsigned x = static_cast<unsigned>(d) * 2654435761u + 1;
    for (int w = 0; w < 40; ++w) {
      x = x * 1103515245u + 12345u;
      text += syl[(x >> 16) % 12];
      text += ' ';
    }
    dups += index.check_and_add(fingerprint(text, o), std::to_string(d)).duplicate;
  }
  EXPECT_EQ(dups, 0);
}

}  // namespace
}  // namespace vitext
