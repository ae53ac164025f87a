#include "vitext/segmenter.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <utf8proc.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/hash.h"
#include "core/model_file.h"
#include "models/embedded_models.h"
#include "segment/bigram_list.h"
#include "segment/decoder.h"
#include "segment/name_lexicon.h"
#include "segment/segmenter_model.h"
#include "segment/segmenter_trainer.h"
#include "segment/syllable_key.h"
#include "segment/syllable_stats.h"
#include "testing/data_files.h"
#include "segment/text_pipeline.h"
#include "segment/units.h"

namespace vitext {
namespace {

std::string temp_path(const std::string& name) {
  return (std::filesystem::temp_directory_path() / ("vitext_seg_" + std::to_string(::getpid()) + "_" + name)).string();
}

std::string nfd(const std::string& s) {
  auto* out = utf8proc_NFD(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()));
  std::string r(reinterpret_cast<char*>(out));
  std::free(out);
  return r;
}

// Segments `text` and returns the original bytes of each word.
std::vector<std::string> words_of(const Segmenter& seg, const std::string& text, Document* keep = nullptr) {
  Document doc(text);
  EXPECT_TRUE(train::prepare_for_segmentation(doc).ok());
  Status s = seg.apply(doc);
  EXPECT_TRUE(s.ok()) << s.message();
  std::vector<std::string> out;
  for (const Word& w : doc.words) out.emplace_back(doc.original_of(w.span));
  if (keep) *keep = std::move(doc);
  return out;
}

using Words = std::vector<std::string>;

// The embedded model, or skip when this build has none.
const Segmenter* default_segmenter() {
  static Segmenter seg;
  static bool ok = Segmenter::load_default(seg).ok();
  return ok ? &seg : nullptr;
}
#define REQUIRE_MODEL(seg)                                                     \
  const Segmenter* seg = default_segmenter();                                   \
  if (!seg) VITEXT_MISSING_DATA("the embedded segmenter model")

TEST(SyllableKey, IgnoresCaseCompositionAndTonePlacement) {
  auto key = [](const std::string& s) { return segment::fold_syllable(s).key; };
  EXPECT_EQ(key("hóa"), key("hoá"));   // new and old tone placement
  EXPECT_EQ(key("hóa"), key("HÓA"));
  EXPECT_EQ(key("hóa"), key(nfd("hoá")));
  EXPECT_EQ(key("Thuỷ"), key("thủy"));
  EXPECT_EQ(key("Công"), key(nfd("công")));
  EXPECT_NE(key("hóa"), key("hòa"));   // the tone itself matters
  EXPECT_NE(key("đa"), key("da"));     // đ is its own letter
  EXPECT_NE(key("ơn"), key("ôn"));
  EXPECT_EQ(segment::fold_syllable("Hà").shape, segment::Shape::kTitle);
  EXPECT_EQ(segment::fold_syllable("UBND").shape, segment::Shape::kUpper);
  EXPECT_EQ(segment::fold_syllable("nội").shape, segment::Shape::kLower);
}

TEST(SyllableKey, OnsetAndRhymeIgnoreToneCaseAndComposition) {
  auto info = [](const std::string& s) { return segment::fold_syllable(s); };
  EXPECT_EQ(info("lập").rhyme, info("cập").rhyme);
  EXPECT_NE(info("lập").onset, info("cập").onset);
  EXPECT_EQ(info("thủng").onset, info("Thẳng").onset);
  EXPECT_NE(info("thủng").rhyme, info("thẳng").rhyme);
  EXPECT_EQ(info("quàng").onset, info("quạc").onset);  // "qu" is the onset
  EXPECT_EQ(info(nfd("lập")).rhyme, info("LẬP").rhyme);
  EXPECT_EQ(info("hoá").rhyme, info("hóa").rhyme);
}

TEST(SegmenterDecoder, ScoresOfJoiningDependOnTheTagBefore) {
  // Joining is good after a word start and bad inside a word: two-syllable words only.
  const float after_b[4] = {0, 2, 2, 2}, after_i[4] = {0, -5, -5, -5};
  const float trans[2][2] = {{0, 0}, {0, 0}};
  uint8_t tags[4];
  std::vector<uint8_t> back;
  segment::viterbi(after_b, after_i, nullptr, 4, trans, tags, back);
  EXPECT_EQ(std::vector<uint8_t>(tags, tags + 4),
            (std::vector<uint8_t>{segment::kBegin, segment::kInside, segment::kBegin, segment::kInside}));
  segment::viterbi(after_b, after_b, nullptr, 4, trans, tags, back);  // first order: one long word
  EXPECT_EQ(std::vector<uint8_t>(tags, tags + 4),
            (std::vector<uint8_t>{segment::kBegin, segment::kInside, segment::kInside, segment::kInside}));
}

TEST(Segmenter, EmbeddedModelSegmentsNewsText) {
  REQUIRE_MODEL(seg);
  EXPECT_EQ(words_of(*seg, "Công an tỉnh Thanh Hóa"), (Words{"Công an", "tỉnh", "Thanh Hóa"}));
  EXPECT_EQ(words_of(*seg, "Công an tỉnh Thanh Hóa bắt giữ Nguyễn Hữu Mạnh."),
            (Words{"Công an", "tỉnh", "Thanh Hóa", "bắt giữ", "Nguyễn Hữu Mạnh", "."}));
}

TEST(Segmenter, NumbersDatesUrlsAreNeverSplitOrGlued) {
  REQUIRE_MODEL(seg);
  Words w = words_of(*seg, "ngày 1/8/2014 có 1.000.000 người xem www.vnexpress.net và gửi thư cho ban@bao.vn");
  EXPECT_NE(std::find(w.begin(), w.end(), "1/8/2014"), w.end());
  EXPECT_NE(std::find(w.begin(), w.end(), "1.000.000"), w.end());
  EXPECT_NE(std::find(w.begin(), w.end(), "www.vnexpress.net"), w.end());
  EXPECT_NE(std::find(w.begin(), w.end(), "ban@bao.vn"), w.end());
}

TEST(Segmenter, PunctuationInsideWordsStays) {
  REQUIRE_MODEL(seg);
  Words w = words_of(*seg, "Công an TP.HCM cho biết");
  EXPECT_NE(std::find(w.begin(), w.end(), "TP.HCM"), w.end());
  EXPECT_EQ(w.front(), "Công an");
}

TEST(Segmenter, AbbreviationsAndInitialsKeepTheirPeriod) {
  REQUIRE_MODEL(seg);
  Words w = words_of(*seg, "Công an TP. Hồ Chí Minh cho biết ông H. đã đến q. 1 và đi Mỹ.");
  EXPECT_NE(std::find(w.begin(), w.end(), "TP."), w.end());
  EXPECT_NE(std::find(w.begin(), w.end(), "H."), w.end());
  EXPECT_NE(std::find(w.begin(), w.end(), "q."), w.end());
  EXPECT_EQ(w.back(), ".");  // a sentence's final period stays a word of its own
  EXPECT_TRUE(segment::abbreviation_like("TP"));
  EXPECT_TRUE(segment::abbreviation_like("h"));
  EXPECT_TRUE(segment::abbreviation_like("ThS"));
  EXPECT_FALSE(segment::abbreviation_like("ba"));  // a syllable: it has a vowel
  EXPECT_FALSE(segment::abbreviation_like("Mỹ"));
}

TEST(Segmenter, TightHyphensMakeOneWord) {
  REQUIRE_MODEL(seg);
  Words w = words_of(*seg, "Học võ Wai-kru giá 1.500-2.000 đồng - rẻ");
  EXPECT_NE(std::find(w.begin(), w.end(), "Wai-kru"), w.end());
  EXPECT_NE(std::find(w.begin(), w.end(), "1.500-2.000"), w.end());
  EXPECT_NE(std::find(w.begin(), w.end(), "-"), w.end());  // a spaced dash stays apart
}

TEST(Segmenter, PersonalNamesAreOneWordInAnyCase) {
  REQUIRE_MODEL(seg);
  Words w = words_of(*seg, "Ông Bùi Văn Luyến và bà Trần Thị Lan.");
  EXPECT_NE(std::find(w.begin(), w.end(), "Bùi Văn Luyến"), w.end());
  EXPECT_NE(std::find(w.begin(), w.end(), "Trần Thị Lan"), w.end());
  EXPECT_EQ(words_of(*seg, "ông bùi văn luyến"), (Words{"ông", "bùi văn luyến"}));
}

TEST(Segmenter, AllCapsSegmentsLikeLowerCase) {
  REQUIRE_MODEL(seg);
  EXPECT_EQ(words_of(*seg, "CÔNG AN TỈNH THANH HÓA BẮT GIỮ"), (Words{"CÔNG AN", "TỈNH", "THANH HÓA", "BẮT GIỮ"}));
  EXPECT_EQ(words_of(*seg, "công an tỉnh thanh hóa bắt giữ"), (Words{"công an", "tỉnh", "thanh hóa", "bắt giữ"}));
}

TEST(Segmenter, Reduplicatives) {
  REQUIRE_MODEL(seg);
  Words w = words_of(*seg, "Anh ta nhìn chằm chằm, nói thủng thẳng và cười khanh khách.");
  EXPECT_NE(std::find(w.begin(), w.end(), "chằm chằm"), w.end());
  EXPECT_NE(std::find(w.begin(), w.end(), "thủng thẳng"), w.end());
  EXPECT_NE(std::find(w.begin(), w.end(), "khanh khách"), w.end());
}

TEST(Segmenter, MixedCase) {
  REQUIRE_MODEL(seg);
  EXPECT_EQ(words_of(*seg, "ở Hà Nội"), (Words{"ở", "Hà Nội"}));
  EXPECT_EQ(words_of(*seg, "ở hà nội"), (Words{"ở", "hà nội"}));
}

TEST(Segmenter, EmptyAndBlankInput) {
  REQUIRE_MODEL(seg);
  EXPECT_TRUE(words_of(*seg, "").empty());
  EXPECT_TRUE(words_of(*seg, "  \n\n \n").empty());
  Document doc;
  EXPECT_EQ(words_of(*seg, "\n\nCông an\n\n\nHà Nội\n", &doc), (Words{"Công an", "Hà Nội"}));
  // A line break is a hard boundary.
  EXPECT_EQ(words_of(*seg, "Công\nan"), (Words{"Công", "an"}));
}

TEST(Segmenter, SentencesGetWordRangesAndWordsTileTokens) {
  REQUIRE_MODEL(seg);
  Document doc;
  words_of(*seg, "Công an tỉnh Thanh Hóa làm việc. Ông Nguyễn Hữu Mạnh cho biết.", &doc);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.sentences[0].word_begin, 0u);
  EXPECT_EQ(doc.sentences[0].word_end, doc.sentences[1].word_begin);
  EXPECT_EQ(doc.sentences[1].word_end, doc.words.size());
  uint32_t next = 0;
  for (const Word& w : doc.words) {
    EXPECT_EQ(w.token_begin, next);
    EXPECT_LT(w.token_begin, w.token_end);
    EXPECT_EQ(w.span.start, doc.tokens[w.token_begin].span.start);
    EXPECT_EQ(w.span.end, doc.tokens[w.token_end - 1].span.end);
    next = w.token_end;
  }
  EXPECT_EQ(next, doc.tokens.size());
}

TEST(Segmenter, NfcNfdOldAndNewToneGiveTheSameWordsAsOriginalBytes) {
  REQUIRE_MODEL(seg);
  const std::string variants[] = {"Công an tỉnh Thanh Hóa hòa giải", "Công an tỉnh Thanh Hoá hoà giải",
                                  nfd("Công an tỉnh Thanh Hóa hòa giải"), nfd("Công an tỉnh Thanh Hoá hoà giải")};
  std::vector<size_t> reference;
  for (const std::string& text : variants) {
    Document doc;
    Words w = words_of(*seg, text, &doc);
    std::vector<size_t> sizes;
    for (const Word& word : doc.words) sizes.push_back(word.token_end - word.token_begin);
    if (reference.empty()) reference = sizes;
    EXPECT_EQ(sizes, reference) << text;
    // Byte-exact substrings of the input, in order, covering every non-space byte.
    std::string joined;
    for (const auto& form : w) {
      EXPECT_NE(text.find(form), std::string::npos);
      joined += form + " ";
    }
    joined.pop_back();
    EXPECT_EQ(joined, text);
  }
  EXPECT_EQ(reference, (std::vector<size_t>{2, 1, 2, 2}));
}

TEST(Segmenter, TypedTokensAreWholeWordsAndWordsAreByteExactSubstrings) {
  REQUIRE_MODEL(seg);
  // NFD and old tone placement in the input: the words are still its own bytes.
  const std::string text = nfd("Theo Thông tư 64/2017/TT-BCA và Nghị định 100/2019/NĐ-CP, xe chạy 60 km/h, "
                               "lưu lượng 5 m3/s ở 30°C, mục 1.2.3 của Luật 15/2014; hoà giải.");
  Document doc;
  Words words = words_of(*seg, text, &doc);
  for (const char* typed : {"64/2017/TT-BCA", "100/2019/NĐ-CP", "km/h", "m3/s", "°C", "1.2.3", "15/2014"})
    EXPECT_NE(std::find(words.begin(), words.end(), typed), words.end()) << typed;
  ASSERT_EQ(words.size(), doc.words.size());
  size_t from = 0;
  for (size_t k = 0; k < words.size(); ++k) {
    const Word& w = doc.words[k];
    EXPECT_EQ(words[k], text.substr(w.span.start, w.span.size()));
    EXPECT_GE(w.span.start, from);  // in order, never overlapping
    from = w.span.end;
  }
}

TEST(Segmenter, UserDictionaryKeepsDomainWordsWhole) {
  REQUIRE_MODEL(seg);
  const std::string text = "Cơ quan An ninh điều tra Công an tỉnh";
  Words before = words_of(*seg, text);
  EXPECT_EQ(std::find(before.begin(), before.end(), "An ninh điều tra"), before.end());
  Segmenter with_dict;
  ASSERT_TRUE(seg->with_user_dictionary("# comment\nAn ninh điều tra\n\nxyz\n", with_dict).ok());
  EXPECT_EQ(with_dict.user_word_count(), 1u);
  Words after = words_of(with_dict, text);
  EXPECT_NE(std::find(after.begin(), after.end(), "An ninh điều tra"), after.end());
  // Case, composition and tone placement do not matter; the original segmenter is unchanged.
  const std::string lower_text = nfd("cơ quan an ninh điều tra");
  Words lower = words_of(with_dict, lower_text);
  EXPECT_EQ(lower.back(), lower_text.substr(lower_text.size() - nfd("an ninh điều tra").size()));
  EXPECT_EQ(words_of(*seg, text), before);
}

TEST(Segmenter, CapitalisedMinistryNamesAreOneWord) {
  REQUIRE_MODEL(seg);
  // The model alone made "Bộ_Công an_giao" of the reference report's first sentence.
  EXPECT_EQ(words_of(*seg, "chỉ tiêu Bộ Công an giao"), (Words{"chỉ tiêu", "Bộ Công an", "giao"}));
  EXPECT_EQ(words_of(*seg, "Bộ Quốc phòng giao"), (Words{"Bộ Quốc phòng", "giao"}));
  // A lower-case "bộ" stays apart, as the treebank writes "thứ trưởng bộ Ngoại_giao".
  Words lower = words_of(*seg, "thứ trưởng bộ Công an");
  EXPECT_EQ(std::find(lower.begin(), lower.end(), "bộ Công an"), lower.end());
  // A user's dictionary still wins where the two overlap.
  Segmenter with_dict;
  ASSERT_TRUE(seg->with_user_dictionary("Công an giao\n", with_dict).ok());
  Words user = words_of(with_dict, "Bộ Công an giao");
  EXPECT_EQ(user.back(), "Công an giao");
}

TEST(Segmenter, LoadErrorsAreClearStatuses) {
  Segmenter seg;
  EXPECT_FALSE(seg.loaded());
  Document doc("Công an");
  EXPECT_EQ(seg.apply(doc).code(), StatusCode::kInvalidArgument);
  Status s = Segmenter::load("not a model at all", seg);
  EXPECT_EQ(s.code(), StatusCode::kModelError);
  EXPECT_FALSE(s.message().empty());
  s = Segmenter::load_file(temp_path("does-not-exist.bin"), seg);
  EXPECT_FALSE(s.ok());

  segment::SegmenterModel model;
  model.hash_bits = 12;
  model.weights.assign(1u << 12, 0.5f);
  model.words = segment::FingerprintMap::build({});
  model.bigrams = segment::FingerprintMap::build({});
  model.meta_json = "{}";
  std::string bytes = model.serialize();
  ASSERT_TRUE(Segmenter::load(bytes, seg).ok());
  std::string corrupt = bytes;
  corrupt[corrupt.size() / 2] ^= 0x5a;
  s = Segmenter::load(corrupt, seg);
  EXPECT_EQ(s.code(), StatusCode::kModelError);
  EXPECT_NE(s.message().find("checksum"), std::string::npos) << s.message();
  s = Segmenter::load(std::string_view(bytes).substr(0, bytes.size() / 3), seg);
  EXPECT_EQ(s.code(), StatusCode::kModelError);
}

// One CoNLL-U sentence of the given words (null-terminated), `# text` their forms joined by spaces.
void write_sentence(std::ostream& f, const char* const* forms, const char* const* upos = nullptr) {
  std::string text;
  for (int i = 0; forms[i]; ++i) text += (i ? " " : "") + std::string(forms[i]);
  f << "# text = " << text << "\n";
  for (int i = 0; forms[i]; ++i)
    f << i + 1 << "\t" << forms[i] << "\t_\t" << (upos ? upos[i] : "_") << "\t_\t_\t0\t_\t_\t_\n";
  f << "\n";
}

// Options for a tiny training run on one file: two jackknife folds, a small weight table.
train::SegmenterTrainOptions tiny_training(const std::string& path, int epochs, uint32_t hash_bits) {
  train::SegmenterTrainOptions options;
  options.train_files = {path};
  options.epochs = epochs;
  options.hash_bits = hash_bits;
  options.folds = 2;
  return options;
}

TEST(SegmenterTraining, LearnsHandWrittenSentencesDeterministically) {
  const std::string path = temp_path("train.conllu");
  {
    std::ofstream f(path);
    const char* sentences[][8] = {
        {"Công an", "tỉnh", "Thanh Hóa", "bắt giữ", "đối tượng", nullptr},
        {"Công an", "huyện", "điều tra", "vụ", "án", nullptr},
        {"Ông", "Nguyễn Hữu Mạnh", "cho biết", "tỉnh", "Thanh Hóa", "mưa", nullptr},
        {"Người", "dân", "tỉnh", "Thanh Hóa", "bắt giữ", "kẻ", "trộm", nullptr},
        {"Bà", "Nguyễn Thị Lan", "làm", "công an", "xã", nullptr},
        {"Đối tượng", "bị", "bắt giữ", "ngày", "1/8/2014", nullptr},
    };
    for (auto& s : sentences) write_sentence(f, s);
  }
  train::SegmenterTrainOptions options = tiny_training(path, 8, 16);
  segment::SegmenterModel a, b;
  ASSERT_TRUE(train::train_segmenter(options, a).ok());
  ASSERT_TRUE(train::train_segmenter(options, b).ok());
  EXPECT_EQ(a.serialize(), b.serialize());  // same seed, same bytes
  Segmenter seg;
  ASSERT_TRUE(Segmenter::load(a.serialize(), seg).ok());
  EXPECT_EQ(words_of(seg, "Công an tỉnh Thanh Hóa bắt giữ đối tượng"),
            (Words{"Công an", "tỉnh", "Thanh Hóa", "bắt giữ", "đối tượng"}));
  EXPECT_NE(seg.model_info().find("CC BY-SA 4.0"), std::string::npos);
  std::filesystem::remove(path);
}

TEST(SegmenterTraining, OneSyllableWordsCarryTheirPartsOfSpeech) {
  // The word lexicon also holds each one-syllable training word with the parts of speech
  // it was seen with; a syllable seen only inside longer words ("giữ") is not in it.
  const std::string path = temp_path("pos.conllu");
  {
    std::ofstream f(path);
    const char* sentences[][2][6] = {
        {{"Công an", "tỉnh", "bắt giữ", "kẻ", "trộm", nullptr}, {"NOUN", "NOUN", "VERB", "NOUN", "VERB"}},
        {{"Kẻ", "trộm", "bị", "bắt giữ", nullptr}, {"NOUN", "NOUN", "AUX", "VERB"}},
    };
    for (auto& s : sentences) write_sentence(f, s[0], s[1]);
  }
  train::SegmenterTrainOptions options = tiny_training(path, 2, 12);
  segment::SegmenterModel model;
  ASSERT_TRUE(train::train_segmenter(options, model).ok());
  std::filesystem::remove(path);
  auto pos = [&](const char* syllable) {
    const uint64_t key = segment::fold_syllable(syllable).key;
    return model.words.find(segment::sequence_hash(&key, 1));
  };
  const uint8_t noun = segment::coarse_pos_bit("NOUN"), verb = segment::coarse_pos_bit("VERB");
  EXPECT_NE(noun, verb);
  EXPECT_EQ(pos("tỉnh"), segment::kStandalone | noun);
  EXPECT_EQ(pos("trộm"), segment::kStandalone | noun | verb);
  EXPECT_EQ(pos("bị"), segment::kStandalone | segment::coarse_pos_bit("AUX"));
  EXPECT_EQ(pos("giữ"), 0);
}

TEST(SegmenterTraining, SyllableClassesGroupSyllablesWithTheSameNeighbours) {
  // "bác", "ca", "nha" precede "sĩ" and "sư"; "nông", "lâm" precede "trường" and "nghiệp".
  std::vector<train::BigramPair> pairs;
  auto add = [&](const char* a, const char* b, double mass) {
    pairs.push_back({segment::fold_syllable(a).key, segment::fold_syllable(b).key, mass});
  };
  for (const char* left : {"bác", "ca", "nha"})
    for (const char* right : {"sĩ", "sư"}) add(left, right, 0.3);
  for (const char* left : {"nông", "lâm"})
    for (const char* right : {"trường", "nghiệp"}) add(left, right, 0.4);
  segment::FingerprintMap classes = train::cluster_syllables(pairs, 4, 100, 100);
  auto cls = [&](const char* s) { return classes.find(segment::fold_syllable(s).key); };
  EXPECT_NE(cls("bác"), 0);
  EXPECT_EQ(cls("bác"), cls("ca"));
  EXPECT_EQ(cls("bác"), cls("nha"));
  EXPECT_EQ(cls("nông"), cls("lâm"));
  EXPECT_EQ(cls("sĩ"), cls("sư"));
  EXPECT_EQ(cls("trường"), cls("nghiệp"));
  EXPECT_NE(cls("bác"), cls("nông"));
  EXPECT_NE(cls("sĩ"), cls("trường"));
  EXPECT_EQ(cls("xyz"), 0);  // not in the list: no class
}

TEST(SegmenterTraining, NameLexiconMarksFamilyAndGivenNameSyllables) {
  const std::string path = temp_path("given.txt");
  std::ofstream(path) << "An Khang\nLuyến\n";
  segment::FingerprintMap names;
  ASSERT_TRUE(train::build_name_lexicon({path}, names).ok());
  auto bits = [&](const char* s) { return names.find(segment::fold_syllable(s).key); };
  EXPECT_EQ(bits("Nguyễn"), train::kFamilyName);
  EXPECT_EQ(bits("an"), train::kGivenNameFirst);
  EXPECT_EQ(bits("KHANG"), train::kGivenNameLast);
  EXPECT_EQ(bits("Luyến"), train::kGivenNameLast);
  EXPECT_EQ(bits("bàn"), 0);
  EXPECT_FALSE(train::build_name_lexicon({path + ".missing"}, names).ok());
  std::filesystem::remove(path);
}

TEST(SegmenterTraining, SyllableStatsPackRdrJoinRatesAndNewsAssociation) {
  // Counts as train/segment_stats.py writes them; spelling variants ("hóa"/"hoá", case) pool.
  const std::string path = temp_path("stats.tsv");
  std::ofstream(path) << "u\tthích\t200\nu\tthú\t180\nu\tkhám\t300\nu\tbệnh\t900\nu\tlà\t50000\nu\tmột\t40000\n"
                         "p\tthích\tthú\t170\np\tkhám\tbệnh\t150\np\tlà\tmột\t2000\np\tlà\thiếm\t2\n"
                         "r\tthích\tthú\t60\t60\nr\tThích\tthú\t3\t3\nr\tkhám\tbệnh\t92\t0\nr\tlà\tmột\t50\t0\n"
                         "r\tquang\tcảnh\t35\t33\nr\thiếm\tkhi\t1\t1\n";
  segment::FingerprintMap stats;
  size_t pairs = 0;
  ASSERT_TRUE(train::pack_syllable_stats({path}, {}, stats, pairs).ok());
  std::filesystem::remove(path);
  auto value = [&](const char* a, const char* b) {
    return stats.find(hash::combine(segment::fold_syllable(a).key, segment::fold_syllable(b).key));
  };
  EXPECT_EQ(segment::corpus_joins(value("thích", "thú")), 7);  // always joined
  EXPECT_EQ(segment::corpus_joins(value("khám", "bệnh")), 1);  // never
  EXPECT_EQ(segment::corpus_joins(value("quang", "cảnh")), 6);  // almost always
  EXPECT_EQ(value("hiếm", "khi"), 0);                          // one RDR occurrence, below --stats-min-rdr
  EXPECT_EQ(value("là", "hiếm"), 0);                           // two news occurrences, below --stats-min-news
  // "thích thú" stands together far more often than its syllables' counts predict; "là một"
  // is frequent but its syllables are frequent everywhere.
  EXPECT_GT(segment::corpus_pmi(value("thích", "thú")), segment::corpus_pmi(value("là", "một")));
  EXPECT_GT(segment::corpus_count(value("là", "một")), segment::corpus_count(value("thích", "thú")));
  EXPECT_EQ(pairs, 4u);
  EXPECT_FALSE(train::pack_syllable_stats({path + ".missing"}, {}, stats, pairs).ok());
}

TEST(SegmenterTraining, SyllableStatsRefuseLinesTheyCannotRead) {
  // A wrong file (another tool's output, a truncated line) is an error naming the line, not a
  // model trained silently without the features.
  const char* bad[] = {"r\tthích\tthú\t60\n",          "r\tthích\tthú\t6\t60\n", "p\tthích\tthú\tx\n",
                       "u\tthích\t-1\n",              "thích_thú là\n"};
  const std::string path = temp_path("bad-stats.tsv");
  for (const char* line : bad) {
    std::ofstream(path) << "u\tthích\t200\n\n" << line;
    segment::FingerprintMap stats;
    size_t pairs = 0;
    const Status st = train::pack_syllable_stats({path}, {}, stats, pairs);
    EXPECT_EQ(st.code(), StatusCode::kInvalidArgument) << line;
    EXPECT_NE(st.message().find(path + ":3:"), std::string::npos) << st.message();
  }
  std::filesystem::remove(path);
}

TEST(SegmenterTraining, ModelsWithoutSyllableStatsHaveNoCorpusSection) {
  // The corpus features exist only when the model has statistics, so a model trained
  // without them (the vlsp segmenter) loads and scores exactly as before.
  const std::string path = temp_path("nostats.conllu");
  {
    std::ofstream f(path);
    const char* s1[] = {"Công an", "tỉnh", "bắt giữ", "kẻ", "trộm", nullptr};
    write_sentence(f, s1);
  }
  const std::string stats_path = temp_path("nostats.tsv");
  std::ofstream(stats_path) << "r\tcông\tan\t5\t5\nr\tbắt\tgiữ\t5\t5\n";
  train::SegmenterTrainOptions options = tiny_training(path, 2, 12);
  segment::SegmenterModel plain, with_stats;
  ASSERT_TRUE(train::train_segmenter(options, plain).ok());
  options.syllable_stats_files = {stats_path};
  ASSERT_TRUE(train::train_segmenter(options, with_stats).ok());
  std::filesystem::remove(path);
  std::filesystem::remove(stats_path);
  ModelReader reader;
  const std::string plain_bytes = plain.serialize(), stats_bytes = with_stats.serialize();
  ASSERT_TRUE(ModelReader::open(plain_bytes, reader).ok());
  EXPECT_FALSE(reader.has("corpus"));
  ASSERT_TRUE(ModelReader::open(stats_bytes, reader).ok());
  EXPECT_TRUE(reader.has("corpus"));
  segment::SegmenterModel reread;
  ASSERT_TRUE(segment::SegmenterModel::parse(stats_bytes, reread).ok());
  EXPECT_EQ(reread.corpus.size(), 2u);
  EXPECT_NE(plain.weights, with_stats.weights);  // the corpus features were learnt
}

}  // namespace
}  // namespace vitext
