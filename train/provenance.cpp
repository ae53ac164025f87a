#include "provenance.h"

#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "core/model_file.h"
#include "core/sha256.h"

namespace vitext::train {
namespace {

// The command line of this process, arguments with spaces quoted (Linux: /proc/self/cmdline).
std::string command_line() {
  std::ifstream f("/proc/self/cmdline", std::ios::binary);
  std::string raw((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  std::string out;
  size_t start = 0;
  while (start < raw.size()) {
    size_t end = raw.find('\0', start);
    if (end == std::string::npos) end = raw.size();
    std::string arg = raw.substr(start, end - start);
    if (!out.empty()) out += ' ';
    out += arg.find_first_of(" \t'\"") == std::string::npos ? arg : "'" + arg + "'";
    start = end + 1;
  }
  return out;
}

Status file_sha256(const std::string& path, std::string& hex) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return Status::IoError("cannot open " + path);
  Sha256 h;
  char buf[1 << 16];
  while (f.read(buf, sizeof buf) || f.gcount() > 0) h.update(std::string_view(buf, static_cast<size_t>(f.gcount())));
  hex = h.hex_digest();
  return Status::Ok();
}

}  // namespace

Status stamp_provenance(std::string& bytes, const std::vector<std::string>& data_files, const std::string& tagger_path) {
  ModelReader model;
  Status st = ModelReader::open(bytes, model);
  if (!st.ok()) return st;
  nlohmann::json meta = nlohmann::json::parse(model.section("meta"), nullptr, false);
  if (!meta.is_object()) meta = nlohmann::json::object();
  nlohmann::json data = nlohmann::json::array();
  for (const std::string& path : data_files) {
    std::string hex;
    if (st = file_sha256(path, hex); !st.ok()) return st;
    data.push_back({{"path", path}, {"sha256", hex}});
  }
  nlohmann::json provenance = {{"data", data}, {"commit", source_commit()}, {"command", command_line()}};
  std::vector<std::pair<std::string, std::string>> changes;
  if (!tagger_path.empty()) {
    std::string tagger_bytes;
    ModelReader tagger;
    if (st = read_file(tagger_path, tagger_bytes); !st.ok()) return st;
    if (st = ModelReader::open(tagger_bytes, tagger); !st.ok()) return Status::ModelError(tagger_path + ": " + st.message());
    provenance["tagger_sha256"] = tagger.content_sha256();
    changes.emplace_back(std::string(kTaggerSha256Section), tagger.content_sha256());
  }
  meta["provenance"] = provenance;
  changes.emplace_back("meta", meta.dump());
  bytes = rewrite_model(model, changes);
  return Status::Ok();
}

}  // namespace vitext::train
