// ByteSource: a stream of bytes from a file or stdin, with gzip and zstd decompressed
// transparently (chosen by the magic bytes, not the file name).
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "vitext/status.h"

namespace vitext {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` bytes; returns the count, 0 at the end. Errors go to status().
  virtual size_t read(char* buf, size_t n) = 0;
  const Status& status() const { return status_; }
  // "gzip", "zstd" or "plain".
  virtual const char* compression() const = 0;

 protected:
  Status status_;
};

// Opens `path` ("-" = standard input).
Status open_byte_source(const std::string& path, std::unique_ptr<ByteSource>& out);
// Bytes already in memory (an HTTP request body), read as they are: no decompression.
std::unique_ptr<ByteSource> memory_byte_source(std::string bytes);

}  // namespace vitext
