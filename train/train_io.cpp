#include "train_io.h"

#include <fstream>
#include <sstream>

namespace vitext::train {

Status read_conllu_files(const std::vector<std::string>& paths, std::vector<ConlluSentence>& out) {
  for (const auto& p : paths) {
    if (Status s = read_conllu_file(p, out); !s.ok()) return s;
  }
  return Status::Ok();
}

Status write_model_bytes(const std::string& path, std::string_view bytes) {
  std::ofstream f(path, std::ios::binary);
  if (!f) return Status::IoError("cannot open " + path + " for writing");
  f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!f) return Status::IoError("cannot write " + path);
  return Status::Ok();
}

Status write_conllu_file(const std::string& path, const std::vector<ConlluSentence>& sentences) {
  std::ostringstream out;
  for (const auto& s : sentences) write_conllu(out, s);
  return write_model_bytes(path, out.view());
}

}  // namespace vitext::train
