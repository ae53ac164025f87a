// The model file format shared by every trained component (segmenter, tagger, parser).
//
//   magic "VITEXTMD" (8 bytes) | u32 format version | u32 section count
//   per section: u32 name length | name bytes | u64 size | u32 crc32 | payload | pad to 8
//
// All integers and floats are little-endian (the loader refuses big-endian hosts).
// Sections are named ("meta" holds JSON: component, version, training data, settings,
// licence); each payload is checksummed. Loading is one pass over the bytes with no
// parsing of the payloads; components read their arrays straight from the sections.
#pragma once

#include <cstdint>
#include <cstring>
#include <map>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "vitext/status.h"

namespace vitext {

inline constexpr char kModelMagic[8] = {'V', 'I', 'T', 'E', 'X', 'T', 'M', 'D'};
inline constexpr uint32_t kModelFormatVersion = 1;
// The section in which a parser records the identity (content_sha256) of the tagger whose
// tags it learnt from (vitext/models.h).
inline constexpr std::string_view kTaggerSha256Section = "tagger-sha256";

class ModelWriter {
 public:
  void add(std::string name, std::string payload) { sections_.emplace_back(std::move(name), std::move(payload)); }
  std::string serialize() const;
  Status write_file(const std::string& path) const;

 private:
  std::vector<std::pair<std::string, std::string>> sections_;
};

// A parsed view over model bytes; the bytes must outlive it.
class ModelReader {
 public:
  static Status open(std::string_view bytes, ModelReader& out);
  bool has(std::string_view name) const { return sections_.count(std::string(name)) > 0; }
  // The payload of a section, or an empty view when absent.
  std::string_view section(std::string_view name) const;
  // Section names in file order.
  const std::vector<std::string>& names() const { return order_; }
  // The model's identity: SHA-256 over every section but "meta" (name, size, payload, in name
  // order), so provenance stamped into the meta afterwards leaves it unchanged.
  std::string content_sha256() const;

 private:
  std::map<std::string, std::string_view, std::less<>> sections_;
  std::vector<std::string> order_;
};

// The model's bytes again with the sections in `changes` replaced (or, when absent, added at
// the end); every other section is copied unchanged, in file order.
std::string rewrite_model(const ModelReader& model, const std::vector<std::pair<std::string, std::string>>& changes);

// Reads a whole file into a string.
Status read_file(const std::string& path, std::string& out);

// Little-endian append-only encoder for section payloads.
class ByteWriter {
 public:
  template <typename T>
  void put(T v) {
    static_assert(std::is_trivially_copyable_v<T>);
    char b[sizeof(T)];
    std::memcpy(b, &v, sizeof(T));
    out_.append(b, sizeof(T));
  }
  void put_string(std::string_view s) {
    put<uint32_t>(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  template <typename T>
  void put_array(const std::vector<T>& v) {
    static_assert(std::is_trivially_copyable_v<T>);
    put<uint64_t>(v.size());
    out_.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(T));
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

// Adds to `writer` the section `name` holding what `part.write(ByteWriter&)` writes.
template <typename Part>
void add_written(ModelWriter& writer, std::string name, const Part& part) {
  ByteWriter w;
  part.write(w);
  writer.add(std::move(name), w.take());
}

// Bounds-checked decoder matching ByteWriter. After any failed read, ok() is false and
// every later read returns zero values, so a truncated model fails cleanly.
class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  template <typename T>
  T get() {
    T v{};
    if (!ok_ || in_.size() - pos_ < sizeof(T)) {
      ok_ = false;
      return v;
    }
    std::memcpy(&v, in_.data() + pos_, sizeof(T));
    pos_ += sizeof(T);
    return v;
  }
  std::string get_string() {
    auto n = get<uint32_t>();
    if (!ok_ || in_.size() - pos_ < n) {
      ok_ = false;
      return {};
    }
    std::string s(in_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  template <typename T>
  std::vector<T> get_array() {
    auto n = get<uint64_t>();
    if (!ok_ || n > (in_.size() - pos_) / sizeof(T)) {
      ok_ = false;
      return {};
    }
    std::vector<T> v(n);
    // An empty vector's data() may be null, and memcpy(nullptr, …, 0) is undefined.
    if (n != 0) std::memcpy(v.data(), in_.data() + pos_, n * sizeof(T));
    pos_ += n * sizeof(T);
    return v;
  }
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == in_.size(); }

 private:
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

// Opens `bytes` as the model of `component` ("tagger", "parser"): the section of that name
// must be there and start with the feature version `expected`. On success `reader` is the
// opened model and `in` reads the section on from after the version (a section too short
// to hold one is left for the caller's reads to find truncated).
Status open_component_model(std::string_view bytes, const std::string& component, uint32_t expected,
                            ModelReader& reader, ByteReader& in);
// The same for a reader of several feature versions: any of `oldest`..`newest` is
// accepted and returned in `version`, so models trained before a bump keep working.
Status open_component_model(std::string_view bytes, const std::string& component, uint32_t oldest,
                            uint32_t newest, ModelReader& reader, ByteReader& in, uint32_t& version);

}  // namespace vitext
