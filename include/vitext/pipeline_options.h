// PipelineOptions: every choice a Pipeline is built from, typed, and the one reader of
// those choices given as text (CLI flags, HTTP parameters, Python keyword arguments).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vitext/conventions.h"
#include "vitext/normalize.h"
#include "vitext/status.h"

namespace vitext {

// The stages, in pipeline order (a later stage reads what the earlier ones made).
enum class StageId : uint8_t { kDecode, kNormalize, kTokenize, kSentences, kSegment, kTag, kParse, kExtract };

// The encoding of the input bytes; kAuto detects legacy encodings and reads UTF-8 otherwise.
enum class InputEncoding : uint8_t { kAuto, kUtf8, kTcvn3, kTcvn5712_1, kVni, kViscii, kViqr, kCp1258 };

// kFast: the arc-hybrid perceptron. kAccurate: neural parsers voting with it (about 100
// times slower, better trees).
enum class ParserMode : uint8_t { kFast, kAccurate };

// Every choice a pipeline is built from. Two equal options build pipelines that give the
// same output, so the struct itself (operator==, pipeline_options_key) is a cache key.
struct PipelineOptions {
  StageId until = StageId::kExtract;
  InputEncoding from = InputEncoding::kAuto;
  bool strict = false;                // invalid UTF-8 is an error instead of U+FFFD
  ToneStyle tone = ToneStyle::kNew;   // tone placement of the normalised view
  // The words the segmenter makes; kVlsp picks the embedded vlsp model and stops at the
  // segment stage (the tagger and parser read vtb words: Pipeline::create refuses more).
  WordConventions conventions = WordConventions::kVtb;
  std::string segmenter_model;        // a model file, or empty for the embedded default of `conventions`
  std::string tagger_model;
  std::string parser_model;
  ParserMode parser = ParserMode::kFast;
  std::string accurate_parser_model;  // with ParserMode::kAccurate: a model file, or empty for the embedded one
  std::vector<std::string> user_dictionaries;  // files of extra multi-syllable words
  // When not empty: these stages and the ones whose layers they read (Pipeline::stage_reads),
  // in pipeline order; `until` is then not used. {kExtract}: decode .. sentences, extract.
  std::vector<StageId> only;

  bool operator==(const PipelineOptions&) const = default;
};

// The one reader of pipeline options given as text: CLI flags, HTTP parameters and Python
// keyword arguments all come through here, so they accept the same values and fail with the
// same messages. Names: until, from (alias encoding), strict, tone, parser, conventions,
// segmenter_model, tagger_model, parser_model, accurate_parser_model, user_dict (appends).
// Dashes in names are read as underscores ("segmenter-model"). An unknown name or value is
// InvalidArgument with a message that lists what is accepted; `options` is then unchanged.
Status parse_pipeline_option(std::string_view name, std::string_view value, PipelineOptions& options);
// True when parse_pipeline_option knows `name`.
bool is_pipeline_option(std::string_view name);

// Names as parse_pipeline_option reads them (the canonical spelling).
std::string_view stage_name(StageId stage);
std::string_view encoding_name(InputEncoding encoding);
std::string_view tone_style_name(ToneStyle tone);
std::string_view parser_mode_name(ParserMode mode);
std::string_view conventions_name(WordConventions conventions);
// The accepted values of an enumerated option, joined by `sep` ("decode|normalize|...").
std::string option_values(std::string_view name, std::string_view sep = ", ");

// InvalidArgument when the options cannot make one pipeline: vlsp words given to the tagger
// or parser, which were trained on vtb words (their output would be silently worse).
// Pipeline::create checks it.
Status check_pipeline_options(const PipelineOptions& options);

// One line that names every option (canonical values, model paths, dictionaries): equal
// keys exactly when the options are equal. For maps, logs and metrics.
std::string pipeline_options_key(const PipelineOptions& options);

}  // namespace vitext
