// The corpus-learned name lexicon (models/names.bin): its file format, the spans extraction
// asks it about, what training observes, and that it only types what no rule took.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <utility>
#include <vector>

#include <unistd.h>

#include "core/model_file.h"
#include "extract/name_lexicon.h"
#include "extract/token_index.h"
#include "extract_testing.h"
#include "train/train_names.h"
#include "vitext/extract.h"

namespace vitext {
namespace {

using extract::NameLexicon;

Document prepared(const std::string& text) {
  static const std::unique_ptr<Pipeline> prepare = testing_extract::pipeline_for({StageId::kSentences});
  Document doc(text);
  EXPECT_TRUE(prepare->run(doc).ok());
  return doc;
}

std::vector<std::string> queries(const std::string& text) {
  Document doc = prepared(text);
  const extract::TokenIndex p = extract::index_tokens(doc);
  std::vector<std::string> out;
  extract::for_each_name_query(p, [&](uint32_t b, uint32_t e) {
    out.emplace_back(p.str(b, e));
    return false;
  });
  return out;
}

uint64_t fingerprint_of(const std::string& text) {
  Document doc = prepared(text);
  const extract::TokenIndex p = extract::index_tokens(doc);
  return extract::name_fingerprint(p, 0, static_cast<uint32_t>(p.size()));
}

TEST(NameLexicon, FileRoundTripAndLookup) {
  const uint64_t a = fingerprint_of("Real Madrid"), b = fingerprint_of("Hà Nội");
  std::vector<uint64_t> entries = {NameLexicon::entry(a, EntityLabel::kOrg), NameLexicon::entry(b, EntityLabel::kLoc)};
  std::sort(entries.begin(), entries.end());
  const std::string bytes = NameLexicon::serialize(entries, R"({"component": "names"})");
  // A vitext model file: its meta and the entries, and nothing else (no strings).
  ModelReader model;
  ASSERT_TRUE(ModelReader::open(bytes, model).ok());
  EXPECT_EQ(model.names(), (std::vector<std::string>{"meta", "names"}));
  EXPECT_EQ(model.section("names").size(), 8u * entries.size());
  NameLexicon lx;
  ASSERT_TRUE(NameLexicon::load(bytes, lx).ok());
  EXPECT_EQ(lx.size(), 2u);
  EXPECT_EQ(lx.find(a), EntityLabel::kOrg);
  EXPECT_EQ(lx.find(b), EntityLabel::kLoc);
  EXPECT_EQ(lx.find(fingerprint_of("Madrid Real")), std::nullopt);
  // Case and tone placement do not change the key.
  EXPECT_EQ(fingerprint_of("HÀ NỘI"), b);
  EXPECT_EQ(fingerprint_of("Thanh Hoá"), fingerprint_of("Thanh Hóa"));
}

TEST(NameLexicon, RejectsMalformedFiles) {
  NameLexicon lx;
  EXPECT_TRUE(NameLexicon::load("", lx).ok());  // no model: an empty lexicon
  EXPECT_EQ(lx.size(), 0u);
  EXPECT_FALSE(NameLexicon::load("VXNAMES1........", lx).ok());  // the old ad-hoc format
  ModelWriter other;  // a model of another component
  other.add("meta", "{}");
  other.add("weights", std::string(8, 'x'));
  EXPECT_FALSE(NameLexicon::load(other.serialize(), lx).ok());
  std::string bytes = NameLexicon::serialize({8, 4}, "{}");  // not sorted
  EXPECT_FALSE(NameLexicon::load(bytes, lx).ok());
  bytes = NameLexicon::serialize({4, 8}, "{}");
  EXPECT_FALSE(NameLexicon::load(bytes.substr(0, bytes.size() - 12), lx).ok());  // truncated
  EXPECT_TRUE(NameLexicon::load(bytes, lx).ok());
}

TEST(NameLexicon, AsksAboutCapitalisedRunsButNotLoneOpenersOrSyllables) {
  // A run opening its sentence is asked as it is, then without its first word; a lone
  // word opening a sentence never; a lone Vietnamese syllable never; a lone foreign word is.
  EXPECT_EQ(queries("Đội Real Madrid thắng. Hôm qua Thanh gặp Deulofeu."),
            (std::vector<std::string>{"Đội Real Madrid", "Real Madrid", "Deulofeu"}));
}

TEST(NameLexicon, TrainingSeesTheRulesTypes) {
  Document doc = testing_extract::extracted("Hôm qua, ông Nguyễn Văn Bình mua Xyzab rồi đến Hà Nội.");
  std::vector<std::pair<uint64_t, std::optional<EntityLabel>>> seen;
  extract::observe_name_runs(doc, [&](uint64_t fp, uint32_t, std::optional<EntityLabel> label) {
    seen.emplace_back(fp, label);
  });
  auto label_of = [&](const std::string& name) -> std::optional<std::optional<EntityLabel>> {
    for (const auto& [fp, label] : seen)
      if (fp == fingerprint_of(name)) return label;
    return std::nullopt;
  };
  EXPECT_EQ(label_of("Nguyễn Văn Bình"), std::optional<EntityLabel>(EntityLabel::kPer));
  EXPECT_EQ(label_of("Hà Nội"), std::optional<EntityLabel>(EntityLabel::kLoc));
  ASSERT_TRUE(label_of("Xyzab").has_value());  // capitalised, untyped
  EXPECT_EQ(*label_of("Xyzab"), std::nullopt);
}

TEST(NameLexicon, OffMeansTheRulesAlone) {
  // Whatever the embedded lexicon holds, extraction without it has no learned entity, and
  // with it every learned entity lies where the rules found nothing.
  static const std::unique_ptr<Pipeline> prepare = testing_extract::pipeline_for({StageId::kSentences});
  const std::string text = "Real Madrid thắng Barcelona tại Madrid, còn Manchester United hòa Chelsea.";
  ExtractOptions off;
  off.learned_names = false;
  Extractor rules, learned;
  ASSERT_TRUE(Extractor::load_default(rules, off).ok());
  ASSERT_TRUE(Extractor::load_default(learned).ok());
  Document a(text), b(text);
  ASSERT_TRUE(prepare->run(a).ok() && prepare->run(b).ok());
  ASSERT_TRUE(rules.apply(a).ok() && learned.apply(b).ok());
  for (const Entity& e : a.entities) EXPECT_NE(e.type, "learned");
  for (const Entity& e : b.entities) {
    if (e.type != "learned") continue;
    for (const Entity& r : a.entities) EXPECT_TRUE(r.view.end <= e.view.start || r.view.start >= e.view.end);
  }
}

TEST(NameLexicon, TrainingReportsAndSkipsBadRecords) {
  // One bad record in the corpus is reported with its place and skipped; the others count.
  const std::string dir = ::testing::TempDir() + "/vitext_names_" + std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  const std::string corpus = dir + "/corpus.jsonl", exclude = dir + "/exclude.tsv", out = dir + "/names.bin";
  std::ofstream(corpus) << "{\"id\": \"a\", \"text\": \"Ông Nguyễn Văn An đến Hà Nội.\"}\n"
                           "not json\n"
                           "{\"id\": \"b\", \"text\": \"Bà Lê Thị Hoa ở Đà Nẵng.\"}\n"
                           "{\"id\": \"c\", \"text\": \"Anh Trần Văn Nam ở Huế.\"}\n";
  std::ofstream(exclude) << "c\t0\n";
  train::NamesTrainOptions o;
  o.corpus_paths = {corpus};
  o.exclude_paths = {exclude};
  o.out_path = out;
  std::ostringstream log;
  ASSERT_TRUE(train::train_names(o, log).ok()) << log.str();
  EXPECT_NE(log.str().find("skipped record"), std::string::npos) << log.str();
  EXPECT_NE(log.str().find("2 documents (1 excluded, 1 bad, skipped)"), std::string::npos) << log.str();
  EXPECT_TRUE(std::filesystem::exists(out));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace vitext
