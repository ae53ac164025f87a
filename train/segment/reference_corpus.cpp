#include "segment/reference_corpus.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unordered_set>
#include <vector>

#include "core/fold.h"
#include "core/sha256.h"
#include "core/utf8.h"
#include "segment/features.h"
#include "segment/reference_align.h"
#include "segment/text_pipeline.h"
#include "segment/units.h"
#include "vitext/conllu.h"

namespace vitext::train {
namespace {

Status open_lines(const std::string& path, std::ifstream& in) {
  in.open(path, std::ios::binary);
  if (!in) return Status::IoError("cannot read " + path);
  return Status::Ok();
}

Status open_out(const std::string& path, std::ofstream& out) {
  out.open(path, std::ios::binary);
  if (!out) return Status::IoError("cannot write " + path);
  return Status::Ok();
}

bool starts_upper(std::string_view syllable) {
  size_t i = 0;
  const char32_t cp = utf8::next(syllable, i);
  return cp < fold::kFoldedRange && (fold::letter(cp).flags & fold::kUpper);
}

std::string match_key(std::string_view s) {
  std::string key;
  fold::append_match_key(s, key);
  return key;
}

// Words that open a sentence or a byline ("Theo AFP", "Ảnh: ...", "Trong khi ...") and that
// RDRsegmenter glues, capitalised, onto the name ending the sentence before when the full
// stop is missing: "Phương_Linh_Theo_CNN", "Hoàng_Cường_Ảnh", "Man_City_Trong". Measured on
// the training lines: the capitalised syllables most often found after the first of an
// all-capitalised reference word whose lower-case form RDR writes alone at least 9 times in 10,
// keeping the function words (names like "Bắc" or "Triệu" are left out).
bool glued_opener(std::string_view syllable) {
  static const std::unordered_set<std::string> kOpeners = [] {
    std::unordered_set<std::string> keys;
    for (const char* w : {"Theo", "Ảnh", "Nguồn", "Trong", "Sau", "Với", "Tại", "Khi", "Từ", "Các", "Những", "Nhiều",
                          "Để", "Ở", "Nếu", "Cũng", "Và", "Là", "Của", "Trên", "Đang", "Nhưng", "Đó", "Thì", "Tới",
                          "Đến", "Mọi", "Bên", "Chiếc", "Trước", "Năm", "Tháng", "Thêm"})
      keys.insert(match_key(w));
    return keys;
  }();
  return starts_upper(syllable) && kOpeners.count(match_key(syllable));
}

// True when a reference word (raw bytes, syllables separated by spaces) is capitalised
// syllables glued across a missing sentence end.
bool glued_across_sentences(std::string_view word) {
  size_t count = 0;
  bool all_upper = true, opener = false;
  size_t i = 0;
  while (i < word.size()) {
    size_t j = word.find(' ', i);
    if (j == std::string_view::npos) j = word.size();
    std::string_view syllable = word.substr(i, j - i);
    if (!syllable.empty()) {
      all_upper &= starts_upper(syllable);
      if (count > 0 && glued_opener(syllable)) opener = true;
      ++count;
    }
    i = j + 1;
  }
  return count >= 2 && all_upper && opener;
}

struct PrepareCounts {
  size_t lines[3] = {0, 0, 0};
  size_t unaligned = 0, sentences = 0, written = 0, across_edge = 0, glued = 0, words = 0;
};

// One training line: its vitext sentences, each written as CoNLL-U unless a reference word
// crosses its edges or glues capitalised words across a missing sentence end.
void write_training_line(std::string_view raw, const std::vector<Span>& words, std::ostream& out,
                         PrepareCounts& counts) {
  Document doc{std::string(raw)};
  if (!prepare_for_segmentation(doc).ok()) return;
  size_t w = 0;
  for (const Sentence& s : doc.sentences) {
    ++counts.sentences;
    while (w < words.size() && words[w].end <= s.span.start) ++w;
    ConlluSentence conllu;
    bool keep = true;
    size_t k = w;
    if (k < words.size() && words[k].start < s.span.start) keep = false;  // began in the sentence before
    for (; k < words.size() && words[k].start < s.span.end; ++k) {
      if (words[k].end > s.span.end) {
        keep = false;
        break;
      }
      ConlluWord cw;
      cw.form = std::string(raw.substr(words[k].start, words[k].size()));
      conllu.words.push_back(std::move(cw));
    }
    if (!keep) {
      ++counts.across_edge;
      continue;
    }
    if (std::any_of(conllu.words.begin(), conllu.words.end(),
                    [](const ConlluWord& cw) { return glued_across_sentences(cw.form); })) {
      ++counts.glued;
      continue;
    }
    if (conllu.words.empty()) continue;
    std::string& text_line = conllu.comments.emplace_back("text = ");
    text_line.append(raw.substr(s.span.start, s.span.size()));
    counts.words += conllu.words.size();
    ++counts.written;
    write_conllu(out, conllu);
  }
}

}  // namespace

ReferenceSplit reference_split(std::string_view article_id) {
  Sha256 sha;
  sha.update(article_id);
  const std::string hex = sha.hex_digest();
  const int first_byte = std::stoi(hex.substr(0, 2), nullptr, 16);
  switch (first_byte % 20) {
    case 0: return ReferenceSplit::kTest;
    case 1: return ReferenceSplit::kDev;
    default: return ReferenceSplit::kTrain;
  }
}

Status prepare_reference(const ReferencePrepareOptions& o, std::ostream& log) {
  std::ifstream raw_in, seg_in, src_in;
  for (auto [path, in] : {std::pair{&o.raw, &raw_in}, {&o.segmented, &seg_in}, {&o.sources, &src_in}})
    if (Status s = open_lines(*path, *in); !s.ok()) return s;
  std::error_code ec;
  std::filesystem::create_directories(o.out_dir, ec);
  const std::string dir = o.out_dir + "/";
  std::ofstream train_out, held[2][3];  // [dev, test][txt, seg, src]
  if (Status s = open_out(dir + "train.conllu", train_out); !s.ok()) return s;
  const char* names[2] = {"dev", "test"};
  const char* exts[3] = {".txt", ".seg", ".src"};
  for (int h = 0; h < 2; ++h)
    for (int e = 0; e < 3; ++e)
      if (Status s = open_out(dir + names[h] + exts[e], held[h][e]); !s.ok()) return s;

  // Training lines are thinned evenly when asked: every `stride`-th training line.
  size_t stride = 1;
  if (o.max_train_lines > 0) {
    std::ifstream count_in;
    if (Status s = open_lines(o.sources, count_in); !s.ok()) return s;
    size_t train_lines = 0;
    for (std::string line; std::getline(count_in, line);)
      train_lines += reference_split(line.substr(0, line.find('\t'))) == ReferenceSplit::kTrain;
    stride = std::max<size_t>(1, (train_lines + o.max_train_lines - 1) / o.max_train_lines);
  }

  PrepareCounts counts;
  std::vector<Span> words;
  size_t train_seen = 0;
  for (std::string raw, seg, src; std::getline(raw_in, raw);) {
    if (!std::getline(seg_in, seg) || !std::getline(src_in, src))
      return Status::InvalidArgument("the raw, segmented and source files differ in length");
    const ReferenceSplit split = reference_split(std::string_view(src).substr(0, src.find('\t')));
    ++counts.lines[static_cast<int>(split)];
    if (split != ReferenceSplit::kTrain) {
      auto& out = held[split == ReferenceSplit::kDev ? 0 : 1];
      out[0] << raw << '\n';
      out[1] << seg << '\n';
      out[2] << src << '\n';
      continue;
    }
    if (train_seen++ % stride != 0) continue;
    if (!align_segmented_line(raw, seg, words)) {
      ++counts.unaligned;
      continue;
    }
    write_training_line(raw, words, train_out, counts);
  }
  log << "lines: " << counts.lines[0] << " train, " << counts.lines[1] << " dev, " << counts.lines[2] << " test\n"
      << "training lines used: " << (counts.lines[0] + stride - 1) / stride << " (every " << stride
      << "), not aligned: " << counts.unaligned << "\n"
      << "training sentences: " << counts.sentences << ", written " << counts.written << " (" << counts.words
      << " words); left out: " << counts.across_edge << " with a word across a sentence edge, " << counts.glued
      << " with capitalised words glued across a missing sentence end\n";
  return Status::Ok();
}

Status score_segmented_lines(const std::string& raw, const std::string& gold, const std::string& system,
                             SegmentationAgreement& out) {
  std::ifstream raw_in, gold_in, sys_in;
  for (auto [path, in] : {std::pair{&raw, &raw_in}, {&gold, &gold_in}, {&system, &sys_in}})
    if (Status s = open_lines(*path, *in); !s.ok()) return s;
  out = SegmentationAgreement{};
  std::vector<Span> g, s;
  for (std::string r, gl, sl; std::getline(raw_in, r);) {
    if (!std::getline(gold_in, gl) || !std::getline(sys_in, sl))
      return Status::InvalidArgument("the raw, gold and system files differ in length");
    if (!align_segmented_line(r, gl, g)) {
      ++out.gold_unaligned;
      continue;
    }
    ++out.lines;
    out.gold_words += g.size();
    if (!align_segmented_line(r, sl, s)) {
      ++out.system_unaligned;
      continue;
    }
    out.system_words += s.size();
    // Both lists are in order and do not overlap: a merge finds the equal spans.
    size_t correct = 0;
    for (size_t i = 0, j = 0; i < g.size() && j < s.size();) {
      if (g[i] == s[j]) ++correct, ++i, ++j;
      else if (g[i].start < s[j].start || (g[i].start == s[j].start && g[i].end < s[j].end)) ++i;
      else ++j;
    }
    out.correct += correct;
    out.identical_lines += correct == g.size() && correct == s.size();
  }
  return Status::Ok();
}

Status longest_match_lines(const std::string& train_conllu, const std::string& input, std::ostream& out) {
  std::vector<ConlluSentence> sentences;
  if (Status s = read_conllu_file(train_conllu, sentences); !s.ok()) return s;
  std::unordered_set<std::string> forms;
  for (const auto& sentence : sentences)
    for (const auto& w : sentence.words)
      if (w.form.find(' ') != std::string::npos) forms.insert(w.form);
  // The word list as the segmenter's own keys, so matching ignores what they ignore.
  std::unordered_set<uint64_t> words;
  size_t longest = 1;
  std::vector<segment::Unit> units;
  for (const std::string& form : forms) {
    Document doc{form};
    if (!prepare_for_segmentation(doc).ok()) continue;
    segment::build_units(doc, 0, static_cast<uint32_t>(doc.tokens.size()), units);
    if (units.size() < 2 || !std::all_of(units.begin() + 1, units.end(), [](const auto& u) { return u.joinable; }))
      continue;
    words.insert(segment::sequence_hash(units.data(), units.size()));
    longest = std::max(longest, units.size());
  }
  std::ifstream in;
  if (Status s = open_lines(input, in); !s.ok()) return s;
  for (std::string line; std::getline(in, line);) {
    Document doc{line};
    std::string written;
    if (prepare_for_segmentation(doc).ok()) {
      for (const Sentence& s : doc.sentences) {
        segment::build_units(doc, s.token_begin, s.token_end, units);
        for (size_t i = 0; i < units.size();) {
          size_t n = 1;
          for (size_t k = std::min(longest, units.size() - i); k > 1; --k) {
            bool joinable = true;
            for (size_t j = i + 1; j < i + k; ++j) joinable &= units[j].joinable;
            if (joinable && words.count(segment::sequence_hash(units.data() + i, k))) {
              n = k;
              break;
            }
          }
          if (!written.empty()) written += ' ';
          const Token& first = doc.tokens[s.token_begin + i];
          const Token& last = doc.tokens[s.token_begin + i + n - 1];
          for (char c : doc.original_of(Span{first.span.start, last.span.end}))
            written += (c == ' ' || c == '\t') ? '_' : c;
          i += n;
        }
      }
    }
    out << written << '\n';
  }
  return Status::Ok();
}

}  // namespace vitext::train
