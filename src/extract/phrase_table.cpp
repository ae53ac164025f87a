#include "extract/phrase_table.h"

#include "extract/fold.h"

namespace vitext::extract {

void PhraseTable::add(std::string_view phrase, int32_t payload) { add_folded(fold_phrase(phrase), payload); }

void PhraseTable::add_folded(const std::string& key, int32_t payload) {
  if (key.empty()) return;
  for (size_t i = 0; i < key.size(); ++i) {
    if (key[i] == ' ') map_.try_emplace(key.substr(0, i), -1);
  }
  auto [it, inserted] = map_.try_emplace(key, payload);
  if (inserted) {
    ++entries_;
  } else if (it->second < 0) {
    it->second = payload;
    ++entries_;
  }
}

PhraseTable::Match PhraseTable::longest(const TokenIndex& pieces, size_t i) const {
  Match best;
  if (i >= pieces.size()) return best;
  if (bit_ && !pieces.first_mask.empty() && !(pieces.first_mask[i] & bit_)) return best;
  std::string key;
  uint32_t sentence = pieces[i].sentence;
  for (size_t j = i; j < pieces.size() && pieces[j].sentence == sentence && j - i < 12; ++j) {
    if (j > i) key.push_back(' ');
    key.append(pieces.key(j));
    auto it = map_.find(key);
    if (it == map_.end()) break;
    if (it->second >= 0) best = {it->second, static_cast<uint32_t>(j - i + 1)};
  }
  return best;
}

int32_t PhraseTable::find(std::string_view folded_key) const {
  auto it = map_.find(std::string(folded_key));
  return it == map_.end() ? -1 : it->second;
}

}  // namespace vitext::extract
