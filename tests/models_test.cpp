// Model identity and provenance: SHA-256, content_sha256 (unchanged by the meta), the
// provenance the trainers stamp, and the warning for a parser run with another tagger.
#include "vitext/models.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/model_file.h"
#include "core/sha256.h"
#include "hand_treebank.h"
#include "models/pairing.h"
#include "train_io.h"
#include "train_parser.h"
#include "train_tagger.h"

namespace vitext {
namespace {

TEST(Sha256, KnownVectors) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  // A million 'a', fed in uneven pieces: the buffering across update() calls.
  Sha256 h;
  std::string chunk(997, 'a');
  size_t left = 1000000;
  while (left > 0) {
    size_t n = std::min(left, chunk.size());
    h.update(std::string_view(chunk).substr(0, n));
    left -= n;
  }
  EXPECT_EQ(h.hex_digest(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(ModelFile, ContentIdentityIgnoresTheMetaAndRewriteKeepsTheRest) {
  ModelWriter w;
  w.add("meta", "{}");
  w.add("weights", std::string("\x01\x02\x03", 3));
  w.add("labels", "a b c");
  const std::string bytes = w.serialize();
  ModelReader before;
  ASSERT_TRUE(ModelReader::open(bytes, before).ok());

  const std::string stamped = rewrite_model(before, {{"meta", R"({"provenance":{}})"}});
  ModelReader after;
  ASSERT_TRUE(ModelReader::open(stamped, after).ok());
  EXPECT_EQ(after.content_sha256(), before.content_sha256());
  EXPECT_EQ(after.names(), (std::vector<std::string>{"meta", "weights", "labels"}));
  EXPECT_EQ(after.section("weights"), before.section("weights"));
  EXPECT_EQ(after.section("meta"), R"({"provenance":{}})");

  const std::string added = rewrite_model(before, {{"extra", "x"}});
  ModelReader more;
  ASSERT_TRUE(ModelReader::open(added, more).ok());
  EXPECT_EQ(more.names().back(), "extra");
  EXPECT_NE(more.content_sha256(), before.content_sha256());
}

// The embedded parsers learnt from the embedded tagger's tags, and say so.
TEST(Models, EmbeddedParsersRecordTheEmbeddedTagger) {
  std::vector<ModelInfo> models = embedded_models();
  auto named = [&](std::string_view name) -> const ModelInfo* {
    for (const ModelInfo& m : models)
      if (m.name == name) return &m;
    return nullptr;
  };
  // The vlsp segmenter (models/segmenter-vlsp.bin) is the one model a build may lack.
  ASSERT_EQ(models.size(), named("segmenter-vlsp") ? 6u : 5u);
  ASSERT_NE(named("names"), nullptr);  // the learned name lexicon (models/names.bin)
  EXPECT_EQ(models[0].name, "segmenter");
  const ModelInfo* tagger = named("tagger");
  ASSERT_NE(tagger, nullptr);
  for (const char* parser : {"parser", "parser-accurate"}) {
    ASSERT_NE(named(parser), nullptr) << parser;
    EXPECT_EQ(named(parser)->tagger_sha256, tagger->content_sha256) << parser;
    EXPECT_EQ(tagger_mismatch_warning(*tagger, *named(parser)), "");
  }
  for (const ModelInfo& m : models) {
    nlohmann::json meta = nlohmann::json::parse(m.meta_json);
    ASSERT_TRUE(meta.contains("provenance")) << m.name;
    EXPECT_EQ(meta["provenance"]["commit"].get<std::string>().size(), 40u) << m.name;
    EXPECT_FALSE(meta["provenance"]["data"].empty()) << m.name;
  }
}

// The trainers stamp the data files' hashes, the commit and the command; a parser trained
// with a tagger is paired with it, and run with another tagger it gets a warning.
TEST(Models, TrainersStampProvenanceAndTheParserItsTagger) {
  const std::string dir = ::testing::TempDir() + "/vitext_provenance_" + std::to_string(::getpid());
  const std::string data = dir + "_train.conllu";
  ASSERT_TRUE(train::write_model_bytes(data, testing::kHandTreebank).ok());
  std::ostringstream log;
  train::TaggerTrainOptions topt;
  topt.train_paths = {data};
  topt.out_path = dir + "_tagger.bin";
  topt.epochs = 2;
  topt.bigrams_path = "none";
  ASSERT_TRUE(train::train_tagger(topt, log).ok()) << log.str();
  train::ParserTrainOptions popt;
  popt.train_paths = {data};
  popt.tagger_path = topt.out_path;
  popt.jackknife = 2;
  popt.out_path = dir + "_parser.bin";
  popt.epochs = 1;
  ASSERT_TRUE(train::train_parser(popt, log).ok()) << log.str();

  ModelInfo tagger, parser, embedded_tagger;
  ASSERT_TRUE(describe_model("tagger", topt.out_path, tagger).ok());
  ASSERT_TRUE(describe_model("parser", popt.out_path, parser).ok());
  ASSERT_TRUE(describe_model("tagger", "", embedded_tagger).ok());
  EXPECT_EQ(parser.tagger_sha256, tagger.content_sha256);

  nlohmann::json p = nlohmann::json::parse(parser.meta_json)["provenance"];
  EXPECT_EQ(p["data"][0]["path"], data);
  EXPECT_EQ(p["data"][0]["sha256"], sha256_hex(testing::kHandTreebank));
  EXPECT_EQ(p["tagger_sha256"], tagger.content_sha256);
  EXPECT_FALSE(p["commit"].get<std::string>().empty());
  EXPECT_NE(p["command"].get<std::string>().find("vitext_tests"), std::string::npos);
  nlohmann::json t = nlohmann::json::parse(tagger.meta_json)["provenance"];
  EXPECT_EQ(t["data"][0]["sha256"], sha256_hex(testing::kHandTreebank));

  PipelineOptions options;
  options.tagger_model = topt.out_path;
  options.parser_model = popt.out_path;
  EXPECT_TRUE(tagger_pairing_warnings(options).empty());
  options.tagger_model.clear();  // the embedded tagger with a parser trained on another
  std::vector<std::string> warnings = tagger_pairing_warnings(options);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find(tagger.content_sha256.substr(0, 12)), std::string::npos) << warnings[0];
  EXPECT_NE(warnings[0].find(embedded_tagger.content_sha256.substr(0, 12)), std::string::npos) << warnings[0];
  for (const std::string& f : {data, topt.out_path, popt.out_path}) std::remove(f.c_str());
}

}  // namespace
}  // namespace vitext
