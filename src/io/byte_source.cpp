#include "io/byte_source.h"

#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

namespace vitext {
namespace {

// Plain reads from a FILE*, with bytes already peeked for the magic check replayed first.
class FileSource : public ByteSource {
 public:
  FileSource(std::FILE* f, bool owned, std::string name, std::string peeked)
      : f_(f), owned_(owned), name_(std::move(name)), peeked_(std::move(peeked)) {}
  ~FileSource() override {
    if (owned_) std::fclose(f_);
  }
  size_t read(char* buf, size_t n) override {
    size_t got = 0;
    if (peek_pos_ < peeked_.size()) {
      got = std::min(n, peeked_.size() - peek_pos_);
      std::memcpy(buf, peeked_.data() + peek_pos_, got);
      peek_pos_ += got;
      if (got == n) return got;
    }
    size_t r = std::fread(buf + got, 1, n - got, f_);
    if (r < n - got && std::ferror(f_)) status_ = Status::IoError("read error in " + name_ + ": " + std::strerror(errno));
    return got + r;
  }
  const char* compression() const override { return "plain"; }

 private:
  std::FILE* f_;
  bool owned_;
  std::string name_;
  std::string peeked_;
  size_t peek_pos_ = 0;
};

class GzipSource : public ByteSource {
 public:
  GzipSource(std::unique_ptr<ByteSource> raw, std::string name) : raw_(std::move(raw)), name_(std::move(name)), in_(1 << 16) {
    std::memset(&z_, 0, sizeof(z_));
    inflateInit2(&z_, 15 + 32);  // +32: accept gzip and zlib headers
  }
  ~GzipSource() override { inflateEnd(&z_); }
  size_t read(char* buf, size_t n) override {
    z_.next_out = reinterpret_cast<Bytef*>(buf);
    z_.avail_out = static_cast<uInt>(n);
    while (z_.avail_out > 0 && !done_) {
      if (z_.avail_in == 0) {
        size_t r = raw_->read(in_.data(), in_.size());
        if (r == 0) {
          if (!raw_->status().ok()) status_ = raw_->status();
          else if (!finished_member_) status_ = Status::IoError(name_ + ": gzip stream is truncated");
          done_ = true;
          break;
        }
        z_.next_in = reinterpret_cast<Bytef*>(in_.data());
        z_.avail_in = static_cast<uInt>(r);
      }
      int rc = inflate(&z_, Z_NO_FLUSH);
      finished_member_ = rc == Z_STREAM_END;
      if (rc == Z_STREAM_END) {
        inflateReset(&z_);  // concatenated gzip members are one stream
      } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
        status_ = Status::IoError(name_ + ": corrupt gzip data (" + (z_.msg ? z_.msg : "inflate error") + ")");
        done_ = true;
      } else if (rc == Z_BUF_ERROR && z_.avail_in > 0) {
        status_ = Status::IoError(name_ + ": corrupt gzip data");
        done_ = true;
      }
    }
    return n - z_.avail_out;
  }
  const char* compression() const override { return "gzip"; }

 private:
  std::unique_ptr<ByteSource> raw_;
  std::string name_;
  std::vector<char> in_;
  z_stream z_;
  bool done_ = false;
  bool finished_member_ = false;
};

class ZstdSource : public ByteSource {
 public:
  ZstdSource(std::unique_ptr<ByteSource> raw, std::string name)
      : raw_(std::move(raw)), name_(std::move(name)), in_(ZSTD_DStreamInSize()), dctx_(ZSTD_createDCtx()) {}
  ~ZstdSource() override { ZSTD_freeDCtx(dctx_); }
  size_t read(char* buf, size_t n) override {
    ZSTD_outBuffer out{buf, n, 0};
    while (out.pos < out.size && !done_) {
      if (input_.pos == input_.size) {
        size_t r = raw_->read(in_.data(), in_.size());
        if (r == 0) {
          if (!raw_->status().ok()) status_ = raw_->status();
          else if (last_ret_ != 0) status_ = Status::IoError(name_ + ": zstd stream is truncated");
          done_ = true;
          break;
        }
        input_ = {in_.data(), r, 0};
      }
      size_t ret = ZSTD_decompressStream(dctx_, &out, &input_);
      if (ZSTD_isError(ret)) {
        status_ = Status::IoError(name_ + ": corrupt zstd data (" + ZSTD_getErrorName(ret) + ")");
        done_ = true;
        break;
      }
      last_ret_ = ret;
    }
    return out.pos;
  }
  const char* compression() const override { return "zstd"; }

 private:
  std::unique_ptr<ByteSource> raw_;
  std::string name_;
  std::vector<char> in_;
  ZSTD_DCtx* dctx_;
  ZSTD_inBuffer input_{nullptr, 0, 0};
  size_t last_ret_ = 0;
  bool done_ = false;
};

class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string bytes) : bytes_(std::move(bytes)) {}
  size_t read(char* buf, size_t n) override {
    size_t got = std::min(n, bytes_.size() - pos_);
    std::memcpy(buf, bytes_.data() + pos_, got);
    pos_ += got;
    return got;
  }
  const char* compression() const override { return "plain"; }

 private:
  std::string bytes_;
  size_t pos_ = 0;
};

}  // namespace

std::unique_ptr<ByteSource> memory_byte_source(std::string bytes) {
  return std::make_unique<MemorySource>(std::move(bytes));
}

Status open_byte_source(const std::string& path, std::unique_ptr<ByteSource>& out) {
  std::FILE* f = nullptr;
  bool owned = true;
  if (path == "-") {
    f = stdin;
    owned = false;
  } else {
    f = std::fopen(path.c_str(), "rb");
    if (f == nullptr) return Status::IoError("cannot open " + path + ": " + std::strerror(errno));
  }
  std::string name = path == "-" ? "<stdin>" : path;
  char magic[4] = {0, 0, 0, 0};
  size_t got = std::fread(magic, 1, 4, f);
  std::string peeked(magic, got);
  auto raw = std::make_unique<FileSource>(f, owned, name, peeked);
  auto byte = [&](size_t i) { return static_cast<unsigned char>(magic[i]); };
  if (got >= 2 && byte(0) == 0x1f && byte(1) == 0x8b) {
    out = std::make_unique<GzipSource>(std::move(raw), name);
  } else if (got == 4 && byte(0) == 0x28 && byte(1) == 0xb5 && byte(2) == 0x2f && byte(3) == 0xfd) {
    out = std::make_unique<ZstdSource>(std::move(raw), name);
  } else {
    out = std::move(raw);
  }
  return Status::Ok();
}

}  // namespace vitext
