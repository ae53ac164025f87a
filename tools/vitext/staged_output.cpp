#include "staged_output.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

namespace vitext::cli {

Status StagedOutput::open(const std::string& path) {
  path_ = writing_ = path;
  if (path == "-") return Status::Ok();
  struct stat st {};
  const bool exists = ::stat(path.c_str(), &st) == 0;
  staged_ = !exists || S_ISREG(st.st_mode);
  if (staged_) writing_ = path + ".part";
  file_.open(writing_, std::ios::binary | std::ios::trunc);
  if (!file_) return Status::IoError("cannot write " + writing_ + ": " + std::strerror(errno));
  return Status::Ok();
}

std::ostream& StagedOutput::stream() {
  if (path_ == "-") return std::cout;
  return file_;
}

Status StagedOutput::commit() {
  if (path_ == "-") return Status::Ok();
  file_.close();
  if (!file_) return Status::IoError("cannot write " + writing_ + ": " + std::strerror(errno));
  if (staged_ && std::rename(writing_.c_str(), path_.c_str()) != 0)
    return Status::IoError("cannot rename " + writing_ + " to " + path_ + ": " + std::strerror(errno));
  return Status::Ok();
}

void StagedOutput::discard() {
  if (path_ == "-") return;
  file_.close();
  if (staged_) std::remove(writing_.c_str());
}

}  // namespace vitext::cli
