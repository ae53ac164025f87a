#include "core/model_file.h"

#include "core/sha256.h"

#include <zlib.h>

#include <bit>
#include <fstream>
#include <sstream>

namespace vitext {
namespace {

uint32_t crc_of(std::string_view bytes) {
  return static_cast<uint32_t>(
      crc32(0L, reinterpret_cast<const Bytef*>(bytes.data()), static_cast<uInt>(bytes.size())));
}

}  // namespace

std::string ModelWriter::serialize() const {
  ByteWriter w;
  std::string out(kModelMagic, sizeof(kModelMagic));
  w.put<uint32_t>(kModelFormatVersion);
  w.put<uint32_t>(static_cast<uint32_t>(sections_.size()));
  out += w.take();
  for (const auto& [name, payload] : sections_) {
    ByteWriter h;
    h.put_string(name);
    h.put<uint64_t>(payload.size());
    h.put<uint32_t>(crc_of(payload));
    out += h.take();
    out += payload;
    out.append((8 - out.size() % 8) % 8, '\0');
  }
  return out;
}

Status ModelWriter::write_file(const std::string& path) const {
  std::ofstream f(path, std::ios::binary);
  if (!f) return Status::IoError("cannot open " + path + " for writing");
  std::string bytes = serialize();
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!f) return Status::IoError("cannot write " + path);
  return Status::Ok();
}

Status ModelReader::open(std::string_view bytes, ModelReader& out) {
  if constexpr (std::endian::native != std::endian::little) {
    return Status::ModelError("vitext models are little-endian; this host is not");
  }
  if (bytes.size() < 16 || bytes.substr(0, 8) != std::string_view(kModelMagic, 8)) {
    return Status::ModelError("not a vitext model file (bad magic)");
  }
  ByteReader r(bytes.substr(8));
  auto version = r.get<uint32_t>();
  auto count = r.get<uint32_t>();
  if (version != kModelFormatVersion) {
    return Status::ModelError("model format version " + std::to_string(version) + " is not supported (expected " +
                              std::to_string(kModelFormatVersion) + ")");
  }
  size_t pos = 16;
  out.sections_.clear();
  out.order_.clear();
  for (uint32_t i = 0; i < count; ++i) {
    ByteReader h(bytes.substr(pos));
    std::string name = h.get_string();
    auto size = h.get<uint64_t>();
    auto crc = h.get<uint32_t>();
    if (!h.ok()) return Status::ModelError("model file truncated in section header " + std::to_string(i));
    size_t header = 4 + name.size() + 8 + 4;
    pos += header;
    if (size > bytes.size() - pos) return Status::ModelError("model file truncated in section '" + name + "'");
    std::string_view payload = bytes.substr(pos, size);
    if (crc_of(payload) != crc) return Status::ModelError("checksum mismatch in model section '" + name + "'");
    auto [it, fresh] = out.sections_.emplace(name, payload);
    if (fresh) out.order_.push_back(name);
    else it->second = payload;  // a repeated name: the last one counts
    pos += size;
    pos += (8 - pos % 8) % 8;
  }
  return Status::Ok();
}

std::string_view ModelReader::section(std::string_view name) const {
  auto it = sections_.find(name);
  return it == sections_.end() ? std::string_view() : it->second;
}

std::string ModelReader::content_sha256() const {
  Sha256 h;
  for (const auto& [name, payload] : sections_) {
    if (name == "meta") continue;
    ByteWriter w;
    w.put_string(name);
    w.put<uint64_t>(payload.size());
    h.update(w.take());
    h.update(payload);
  }
  return h.hex_digest();
}

std::string rewrite_model(const ModelReader& model, const std::vector<std::pair<std::string, std::string>>& changes) {
  ModelWriter out;
  auto changed = [&](std::string_view name) -> const std::string* {
    for (const auto& [n, payload] : changes)
      if (n == name) return &payload;
    return nullptr;
  };
  for (const std::string& name : model.names()) {
    const std::string* payload = changed(name);
    out.add(name, payload ? *payload : std::string(model.section(name)));
  }
  for (const auto& [name, payload] : changes)
    if (!model.has(name)) out.add(name, payload);
  return out.serialize();
}

Status read_file(const std::string& path, std::string& out) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return Status::IoError("cannot open " + path);
  std::ostringstream ss;
  ss << f.rdbuf();
  out = std::move(ss).str();
  return Status::Ok();
}

Status open_component_model(std::string_view bytes, const std::string& component, uint32_t oldest,
                            uint32_t newest, ModelReader& reader, ByteReader& in, uint32_t& version) {
  if (Status s = ModelReader::open(bytes, reader); !s.ok()) return s;
  if (!reader.has(component))
    return Status::ModelError("not a " + component + " model (no '" + component + "' section)");
  in = ByteReader(reader.section(component));
  version = in.get<uint32_t>();
  if (in.ok() && (version < oldest || version > newest))
    return Status::ModelError(component + " model has feature version " + std::to_string(version) +
                              ", this build reads " + std::to_string(oldest) +
                              (oldest == newest ? "" : " to " + std::to_string(newest)));
  return Status::Ok();
}

Status open_component_model(std::string_view bytes, const std::string& component, uint32_t expected,
                            ModelReader& reader, ByteReader& in) {
  uint32_t version = 0;
  return open_component_model(bytes, component, expected, expected, reader, in, version);
}

}  // namespace vitext
