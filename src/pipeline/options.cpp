// The one place pipeline options given as text are read and checked (CLI, HTTP, Python).
#include <algorithm>
#include <array>
#include <utility>

#include "core/name_table.h"
#include "vitext/decode.h"
#include "vitext/pipeline.h"

namespace vitext {
namespace {

constexpr std::array<std::pair<StageId, std::string_view>, 8> kStages{{
    {StageId::kDecode, "decode"},
    {StageId::kNormalize, "normalize"},
    {StageId::kTokenize, "tokenize"},
    {StageId::kSentences, "sentences"},
    {StageId::kSegment, "segment"},
    {StageId::kTag, "tag"},
    {StageId::kParse, "parse"},
    {StageId::kExtract, "extract"},
}};
// Canonical names as canonical_encoding_name() gives them (it also reads the aliases).
constexpr std::array<std::pair<InputEncoding, std::string_view>, 8> kEncodings{{
    {InputEncoding::kAuto, "auto"},
    {InputEncoding::kUtf8, "utf-8"},
    {InputEncoding::kTcvn3, "tcvn3"},
    {InputEncoding::kTcvn5712_1, "tcvn5712-1"},
    {InputEncoding::kVni, "vni"},
    {InputEncoding::kViscii, "viscii"},
    {InputEncoding::kViqr, "viqr"},
    {InputEncoding::kCp1258, "cp1258"},
}};
constexpr std::array<std::pair<ToneStyle, std::string_view>, 3> kTones{{
    {ToneStyle::kNew, "new"},
    {ToneStyle::kOld, "old"},
    {ToneStyle::kKeep, "keep"},
}};
constexpr std::array<std::pair<ParserMode, std::string_view>, 2> kParserModes{{
    {ParserMode::kFast, "fast"},
    {ParserMode::kAccurate, "accurate"},
}};
constexpr std::array<std::pair<WordConventions, std::string_view>, 2> kConventions{{
    {WordConventions::kVtb, "vtb"},
    {WordConventions::kVlsp, "vlsp"},
}};

// "segmenter-model" and "segmenter_model" are the same option; "encoding" is Python's "from".
std::string canonical_option_name(std::string_view name) {
  std::string n(name);
  std::replace(n.begin(), n.end(), '-', '_');
  if (n == "encoding") n = "from";
  if (n == "user_dictionary" || n == "user_dictionaries") n = "user_dict";
  return n;
}

template <typename Table, typename E>
Status read_enum(const Table& table, std::string_view what, std::string_view value, E& out) {
  if (value_in(table, value, out)) return Status::Ok();
  return Status::InvalidArgument("unknown " + std::string(what) + " '" + std::string(value) + "' (use " +
                                 joined(table, ", ") + ")");
}

Status read_bool(std::string_view name, std::string_view v, bool& out) {
  if (v == "1" || v == "true" || v == "yes" || v == "on") out = true;
  else if (v == "0" || v == "false" || v == "no" || v == "off") out = false;
  else return Status::InvalidArgument("option '" + std::string(name) + "' wants true or false");
  return Status::Ok();
}

}  // namespace

std::string_view stage_name(StageId stage) { return name_in(kStages, stage); }
std::string_view encoding_name(InputEncoding encoding) { return name_in(kEncodings, encoding); }
std::string_view tone_style_name(ToneStyle tone) { return name_in(kTones, tone); }
std::string_view parser_mode_name(ParserMode mode) { return name_in(kParserModes, mode); }
std::string_view conventions_name(WordConventions conventions) { return name_in(kConventions, conventions); }

std::string option_values(std::string_view name, std::string_view sep) {
  const std::string n = canonical_option_name(name);
  if (n == "until") return joined(kStages, sep);
  if (n == "from") return joined(kEncodings, sep);
  if (n == "tone") return joined(kTones, sep);
  if (n == "parser") return joined(kParserModes, sep);
  if (n == "conventions") return joined(kConventions, sep);
  return {};
}

bool is_pipeline_option(std::string_view name) {
  static constexpr std::string_view kNames[] = {"until",        "from",         "strict",
                                                "tone",         "parser",       "segmenter_model",
                                                "tagger_model", "parser_model", "accurate_parser_model",
                                                "user_dict",    "conventions"};
  const std::string n = canonical_option_name(name);
  return std::find(std::begin(kNames), std::end(kNames), n) != std::end(kNames);
}

Status parse_pipeline_option(std::string_view name, std::string_view value, PipelineOptions& options) {
  const std::string n = canonical_option_name(name);
  PipelineOptions o = options;
  Status st = Status::Ok();
  if (n == "until") {
    st = read_enum(kStages, "stage", value, o.until);
  } else if (n == "from") {
    // canonical_encoding_name also knows the aliases (abc, vni-windows, windows-1258, ...).
    const std::string canonical = canonical_encoding_name(value);
    if (!value_in(kEncodings, canonical, o.from)) st = read_enum(kEncodings, "encoding", value, o.from);
  } else if (n == "strict") {
    st = read_bool(n, value, o.strict);
  } else if (n == "tone") {
    st = read_enum(kTones, "tone style", value, o.tone);
  } else if (n == "parser") {
    st = read_enum(kParserModes, "parser mode", value, o.parser);
  } else if (n == "conventions") {
    st = read_enum(kConventions, "word conventions", value, o.conventions);
  } else if (n == "segmenter_model") {
    o.segmenter_model = value;
  } else if (n == "tagger_model") {
    o.tagger_model = value;
  } else if (n == "parser_model") {
    o.parser_model = value;
  } else if (n == "accurate_parser_model") {
    o.accurate_parser_model = value;
  } else if (n == "user_dict") {
    o.user_dictionaries.emplace_back(value);
  } else {
    st = Status::InvalidArgument("unknown pipeline option '" + std::string(name) + "'");
  }
  if (st.ok()) options = std::move(o);
  return st;
}

Status check_pipeline_options(const PipelineOptions& options) {
  if (options.conventions == WordConventions::kVtb) return Status::Ok();
  for (StageId stage : Pipeline::planned_stages(options)) {
    if (stage == StageId::kTag || stage == StageId::kParse)
      return Status::InvalidArgument(
          "conventions 'vlsp' (PhoBERT's words) is for segmentation only: the tagger and parser were trained on "
          "vtb words and would tag and parse vlsp words worse; stop at the segment stage (until segment, or "
          "`vitext segment`), or use conventions vtb");
  }
  return Status::Ok();
}

std::string pipeline_options_key(const PipelineOptions& o) {
  // Paths may hold any byte but \x1f is as good as never in one; the count of dictionaries
  // keeps ("a", "") apart from ("a\x1f").
  constexpr char kSep = '\x1f';
  std::string key;
  for (std::string_view part :
       {stage_name(o.until), encoding_name(o.from), std::string_view(o.strict ? "strict" : "lenient"),
        tone_style_name(o.tone), parser_mode_name(o.parser), conventions_name(o.conventions),
        std::string_view(o.segmenter_model),
        std::string_view(o.tagger_model), std::string_view(o.parser_model),
        std::string_view(o.accurate_parser_model)}) {
    key += part;
    key += kSep;
  }
  key += std::to_string(o.user_dictionaries.size());
  for (const std::string& d : o.user_dictionaries) key += kSep + d;
  key += kSep;
  key += "only";
  for (StageId s : o.only) key += kSep + std::string(stage_name(s));
  return key;
}

}  // namespace vitext
