#include "vitext/conllu.h"

#include <charconv>
#include <fstream>
#include <ostream>
#include <string_view>

namespace vitext {
namespace {

// Splits a line into exactly 10 tab-separated fields; false if the count is wrong.
bool split_fields(std::string_view line, std::string_view (&f)[10]) {
  size_t n = 0, start = 0;
  for (size_t i = 0; i <= line.size(); ++i) {
    if (i == line.size() || line[i] == '\t') {
      if (n == 10) return false;
      f[n++] = line.substr(start, i - start);
      start = i + 1;
    }
  }
  return n == 10;
}

std::string field(std::string_view v) { return v == "_" ? std::string() : std::string(v); }

}  // namespace

Status read_conllu(std::istream& in, std::vector<ConlluSentence>& out) {
  std::string line;
  ConlluSentence current;
  bool open = false;
  size_t lineno = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (open) out.push_back(std::move(current));
      current = ConlluSentence();
      open = false;
      continue;
    }
    open = true;
    if (line[0] == '#') {
      std::string_view c(line);
      c.remove_prefix(1);
      if (!c.empty() && c[0] == ' ') c.remove_prefix(1);
      if (c.starts_with("sent_id = ")) current.sent_id = std::string(c.substr(10));
      if (c.starts_with("text = ")) current.text = std::string(c.substr(7));
      current.comments.emplace_back(c);
      continue;
    }
    std::string_view f[10];
    if (!split_fields(line, f)) {
      return Status::InvalidInput("CoNLL-U line " + std::to_string(lineno) + ": expected 10 tab-separated fields");
    }
    if (f[0].find_first_of("-.") != std::string_view::npos) continue;  // multiword token or empty node
    ConlluWord w;
    w.form = std::string(f[1]);
    w.lemma = field(f[2]);
    w.upos = field(f[3]);
    w.xpos = field(f[4]);
    w.feats = field(f[5]);
    if (f[6] != "_") {
      int head = -1;
      auto [p, ec] = std::from_chars(f[6].data(), f[6].data() + f[6].size(), head);
      if (ec != std::errc() || p != f[6].data() + f[6].size() || head < 0) {
        return Status::InvalidInput("CoNLL-U line " + std::to_string(lineno) + ": bad HEAD '" + std::string(f[6]) + "'");
      }
      w.head = head;
    }
    w.deprel = field(f[7]);
    w.deps = field(f[8]);
    w.misc = field(f[9]);
    current.words.push_back(std::move(w));
  }
  if (open) out.push_back(std::move(current));
  return Status::Ok();
}

Status read_conllu_file(const std::string& path, std::vector<ConlluSentence>& out) {
  std::ifstream f(path);
  if (!f) return Status::IoError("cannot open " + path);
  return read_conllu(f, out);
}

void write_conllu(std::ostream& out, const ConlluSentence& s) {
  auto col = [](const std::string& v) -> const std::string& {
    static const std::string underscore = "_";
    return v.empty() ? underscore : v;
  };
  for (const auto& c : s.comments) out << "# " << c << "\n";
  for (size_t i = 0; i < s.words.size(); ++i) {
    const ConlluWord& w = s.words[i];
    out << (i + 1) << '\t' << w.form << '\t' << col(w.lemma) << '\t' << col(w.upos) << '\t' << col(w.xpos) << '\t'
        << col(w.feats) << '\t' << (w.head < 0 ? std::string("_") : std::to_string(w.head)) << '\t'
        << col(w.deprel) << '\t' << col(w.deps) << '\t' << col(w.misc) << '\n';
  }
  out << '\n';
}

}  // namespace vitext
