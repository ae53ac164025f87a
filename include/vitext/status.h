// Status: how every fallible vitext call reports failure. No exceptions cross the API.
#pragma once

#include <cstdint>
#include <string>
#include <utility>

namespace vitext {

enum class StatusCode {
  kOk = 0,
  kInvalidInput,   // the document itself is bad (encoding, NUL bytes, too long, ...)
  kInvalidArgument,// a caller's option is bad
  kIoError,        // a file could not be read or written
  kModelError,     // a model is missing, corrupt or of the wrong version
  kInternal,
};

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message, int64_t offset = -1)
      : code_(code), message_(std::move(message)), offset_(offset) {}

  static Status Ok() { return {}; }
  static Status InvalidInput(std::string m, int64_t offset = -1) {
    return {StatusCode::kInvalidInput, std::move(m), offset};
  }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status ModelError(std::string m) { return {StatusCode::kModelError, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // Byte offset into the original input where the problem is, or -1.
  int64_t offset() const { return offset_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  int64_t offset_ = -1;
};

}  // namespace vitext
