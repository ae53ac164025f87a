#include "train_names.h"

#include <algorithm>
#include <array>
#include <fstream>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "extract/name_lexicon.h"
#include "provenance.h"
#include "train_io.h"
#include "vitext/extract.h"
#include "vitext/pipeline.h"
#include "vitext/reader.h"

namespace vitext::train {

namespace {

Status read_excluded(const std::vector<std::string>& paths, std::unordered_set<std::string>& out) {
  for (const std::string& path : paths) {
    std::ifstream in(path);
    if (!in) return Status::IoError("cannot read " + path);
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      out.insert(line.substr(0, line.find('\t')));
    }
  }
  return Status::Ok();
}

// Counts per run: PER, LOC, ORG, untyped; then the run's length in words.
using Counts = std::array<uint32_t, 5>;

}  // namespace

Status train_names(const NamesTrainOptions& o, std::ostream& log) {
  std::unordered_set<std::string> excluded;
  if (Status st = read_excluded(o.exclude_paths, excluded); !st.ok()) return st;
  // The stages extraction reads (tokens, sentences), then the rules alone: not the lexicon
  // the binary may already hold.
  PipelineOptions popt;
  popt.until = StageId::kSentences;
  std::unique_ptr<Pipeline> pipeline;
  if (Status st = Pipeline::create(popt, pipeline); !st.ok()) return st;
  ExtractOptions eopt;
  eopt.learned_names = false;
  Extractor extractor;
  if (Status st = Extractor::load_default(extractor, eopt); !st.ok()) return st;

  std::unordered_map<uint64_t, Counts> counts;
  size_t documents = 0, skipped = 0, bad = 0;
  // A bad record (malformed JSON, no text, too long) or a document the stages refuse is
  // reported and skipped; the others still count.
  auto report = [&](const std::string& path, const Document& doc, const Status& st) {
    ++bad;
    log << "names: " << path << ": skipped record " << (doc.meta.id.empty() ? "(no id)" : doc.meta.id) << ": "
        << st.message() << "\n";
  };
  for (const std::string& path : o.corpus_paths) {
    ReaderOptions ropt;
    ropt.format = InputFormat::kJsonl;
    std::unique_ptr<DocumentReader> reader;
    if (Status st = DocumentReader::open(path, ropt, reader); !st.ok()) return st;
    Document doc;
    Status record;
    while ((o.max_documents == 0 || documents < o.max_documents) && reader->next(doc, record)) {
      if (!record.ok()) {
        report(path, doc, record);
        continue;
      }
      if (excluded.count(doc.meta.id)) {
        ++skipped;
        continue;
      }
      Status st = pipeline->run(doc);
      if (st.ok()) st = extractor.apply(doc);
      if (!st.ok()) {
        report(path, doc, st);
        continue;
      }
      ++documents;
      extract::observe_name_runs(doc, [&](uint64_t fp, uint32_t words, std::optional<EntityLabel> label) {
        Counts& c = counts[fp & ~uint64_t(3)];
        ++c[label ? static_cast<size_t>(*label) : 3];
        c[4] = words;
      });
    }
    if (!reader->stream_status().ok()) return reader->stream_status();
  }

  // A single word needs more evidence than a longer name: many are also ordinary words
  // written with a capital ("Bắc", "Nam", "Trung").
  std::vector<uint64_t> entries;
  for (const auto& [fp, c] : counts) {
    const uint32_t typed = c[0] + c[1] + c[2];
    if (typed == 0) continue;
    const size_t best = static_cast<size_t>(std::max_element(c.begin(), c.begin() + 3) - c.begin());
    if (typed < (c[4] >= 2 ? o.min_typed : o.min_typed_single)) continue;
    if (c[best] < o.min_share * typed) continue;
    if (typed < o.min_typed_ratio * (typed + c[3])) continue;
    entries.push_back(extract::NameLexicon::entry(fp, static_cast<EntityLabel>(best)));
  }
  std::sort(entries.begin(), entries.end());
  const nlohmann::json meta = {
      {"component", "names"},
      {"version", 1},
      {"training_data", o.corpus_paths},
      {"excluded", o.exclude_paths},
      {"settings",
       {{"max_documents", o.max_documents},
        {"min_typed", o.min_typed},
        {"min_typed_single", o.min_typed_single},
        {"min_share", o.min_share},
        {"min_typed_ratio", o.min_typed_ratio}}},
      {"documents", documents},
      {"entries", entries.size()},
      {"content", "fingerprints of capitalised runs with their dominant type; no strings"},
      {"licence", "CC BY-SA 4.0 (derived counts from unlabelled news, models/LICENSE)"}};
  std::string bytes = extract::NameLexicon::serialize(entries, meta.dump());
  std::vector<std::string> data = o.corpus_paths;
  data.insert(data.end(), o.exclude_paths.begin(), o.exclude_paths.end());
  if (Status st = stamp_provenance(bytes, data); !st.ok()) return st;
  log << "names: " << documents << " documents (" << skipped << " excluded, " << bad << " bad, skipped), "
      << counts.size()
      << " distinct runs, " << entries.size() << " kept\n";
  return write_model_bytes(o.out_path, bytes);
}

}  // namespace vitext::train
