#include "vitext/models.h"

#include "models/embedded_models.h"
#include "core/model_file.h"

namespace vitext {
namespace {

Status describe_bytes(const std::string& name, std::string source, std::string_view bytes, ModelInfo& out) {
  ModelReader reader;
  Status st = ModelReader::open(bytes, reader);
  if (!st.ok()) return Status::ModelError(name + " model (" + source + "): " + st.message());
  out.name = name;
  out.source = std::move(source);
  out.bytes = bytes.size();
  out.content_sha256 = reader.content_sha256();
  out.meta_json = std::string(reader.section("meta"));
  out.tagger_sha256 = std::string(reader.section(kTaggerSha256Section));
  return Status::Ok();
}

}  // namespace

std::vector<ModelInfo> embedded_models() {
  std::vector<ModelInfo> out;
  for (const char* name : {"segmenter", "segmenter-vlsp", "tagger", "parser", "parser-accurate", "names"}) {
    std::string_view bytes = embedded::find(name);
    ModelInfo info;
    if (!bytes.empty() && describe_bytes(name, "embedded", bytes, info).ok()) out.push_back(std::move(info));
  }
  return out;
}

Status describe_model(const std::string& name, const std::string& path, ModelInfo& out) {
  if (path.empty()) {
    std::string_view bytes = embedded::find(name);
    if (bytes.empty()) return Status::ModelError("this build has no embedded " + name + " model");
    return describe_bytes(name, "embedded", bytes, out);
  }
  std::string bytes;
  Status st = read_file(path, bytes);
  if (!st.ok()) return st;
  return describe_bytes(name, path, bytes, out);
}

std::string tagger_mismatch_warning(const ModelInfo& tagger, const ModelInfo& parser) {
  if (parser.tagger_sha256.empty() || parser.tagger_sha256 == tagger.content_sha256) return "";
  return "the " + parser.name + " model (" + parser.source + ") was trained on the tags of tagger " +
         parser.tagger_sha256.substr(0, 12) + ", but the tagger in use (" + tagger.source + ") is " +
         tagger.content_sha256.substr(0, 12) +
         ": parsing will be less accurate. Use the tagger it was trained with, or retrain the parser with "
         "--tagger (models/README.md).";
}

}  // namespace vitext
