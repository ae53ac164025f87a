// A lexicon of names learned from unlabelled news (models/names.bin, `vitext train names`):
// capitalised runs that the rules typed PER, LOC or ORG where their context told them, kept
// as 64-bit fingerprints of the run's folded keys with the dominant type. At extraction it
// types the same run where the rules found no cue (find_lexicon_names); it never overrides
// a rule. The model holds no strings: only fingerprints of derived counts.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/token_index.h"
#include "vitext/document.h"
#include "vitext/status.h"

namespace vitext::extract {

// A vitext model file (core/model_file.h): section "meta" (JSON: component "names",
// version, data, settings, licence, provenance) and section "names", the sorted uint64
// entries (little-endian), each a run's fingerprint with its two low bits replaced by the
// label (0 PER, 1 LOC, 2 ORG).
inline constexpr std::string_view kNameLexiconSection = "names";

class NameLexicon {
 public:
  // A view over `bytes` (kept alive by the caller: the embedded model lives as long as the
  // program). An empty view is an empty lexicon.
  static Status load(std::string_view bytes, NameLexicon& out);
  // The one compiled in as models/names.bin (empty when the build has none); read once.
  static const NameLexicon& embedded();
  // `entries` as described above, sorted and deduplicated by the caller's writer, with the
  // model's `meta` JSON.
  static std::string serialize(const std::vector<uint64_t>& entries, const std::string& meta_json);
  static uint64_t entry(uint64_t fingerprint, EntityLabel label) {
    return (fingerprint & ~uint64_t(3)) | static_cast<uint64_t>(label);
  }

  std::optional<EntityLabel> find(uint64_t fingerprint) const;
  size_t size() const { return count_; }

 private:
  const char* data_ = nullptr;
  size_t count_ = 0;
};

// The spans a lexicon is asked about, in each maximal run of capitalised word pieces inside
// one sentence: the run itself, then (for a run that opens its sentence, whose first word
// may be capitalised only for that) the run without its first word. A lone word that opens
// its sentence is never asked about, nor a lone Vietnamese syllable: one syllable is a given
// name in one sentence and an ordinary word in the next ("Thanh", "Chiến", "Học").
// `ask(b, e)` returns true when it took the span; the run's later spans are then skipped.
void for_each_name_query(const TokenIndex& p, const std::function<bool(uint32_t, uint32_t)>& ask);
// Fingerprint of pieces [b, e): their folded keys joined by spaces.
uint64_t name_fingerprint(const TokenIndex& p, uint32_t b, uint32_t e);

// Training: for every run the lexicon would be asked about in `doc` (after extraction),
// `seen(fingerprint, words, label)` with the label of an entity that is exactly that run, or
// nullopt when no entity touches it (runs that an entity covers in part are not reported).
void observe_name_runs(const Document& doc,
                       const std::function<void(uint64_t, uint32_t, std::optional<EntityLabel>)>& seen);

}  // namespace vitext::extract
