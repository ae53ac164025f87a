// Small file helpers shared by the trainers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vitext/conllu.h"
#include "vitext/status.h"

namespace vitext::train {

// Reads and concatenates several CoNLL-U files.
Status read_conllu_files(const std::vector<std::string>& paths, std::vector<ConlluSentence>& out);
// Writes model bytes to `path`.
Status write_model_bytes(const std::string& path, std::string_view bytes);
// Writes sentences to `path` as CoNLL-U.
Status write_conllu_file(const std::string& path, const std::vector<ConlluSentence>& sentences);

}  // namespace vitext::train
