// SHA-256 (FIPS 180-4), for model provenance: the hashes of the files a model was trained
// on, and the identity of a model's weights (core/model_file.h, ModelReader::content_sha256).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace vitext {

class Sha256 {
 public:
  Sha256();
  void update(std::string_view bytes);
  // The digest as 64 lower-case hex digits; the object is spent afterwards.
  std::string hex_digest();

 private:
  void block(const unsigned char* p);
  std::array<uint32_t, 8> h_;
  std::array<unsigned char, 64> buf_{};
  size_t buffered_ = 0;
  uint64_t length_ = 0;
};

std::string sha256_hex(std::string_view bytes);

}  // namespace vitext
