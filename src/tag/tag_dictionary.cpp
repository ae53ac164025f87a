#include "tag/tag_dictionary.h"

#include <algorithm>
#include <array>

namespace vitext::tag {

uint32_t upos_bit(std::string_view upos) {
  static constexpr std::array<std::string_view, 17> kUpos = {
      "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
      "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
  for (size_t i = 0; i < kUpos.size(); ++i)
    if (kUpos[i] == upos) return 1u << i;
  return 1u << 31;
}

TagDictionary TagDictionary::build(std::vector<std::pair<uint64_t, uint32_t>> entries) {
  std::sort(entries.begin(), entries.end());
  TagDictionary d;
  for (const auto& [key, bits] : entries) {
    if (!d.keys_.empty() && d.keys_.back() == key) {
      d.bits_.back() |= bits;
    } else {
      d.keys_.push_back(key);
      d.bits_.push_back(bits);
    }
  }
  return d;
}

uint32_t TagDictionary::lookup(uint64_t word) const {
  auto it = std::lower_bound(keys_.begin(), keys_.end(), word);
  if (it == keys_.end() || *it != word) return 0;
  return bits_[static_cast<size_t>(it - keys_.begin())];
}

void TagDictionary::annotate(std::span<WordInfo> words) const {
  for (WordInfo& w : words) {
    w.amb = lookup(w.lower);
    // Unknown compounds are often tagged like their syllables used as words.
    w.amb_first = w.syllables > 1 ? lookup(single_syllable_key(w.first)) : w.amb;
    w.amb_last = w.syllables > 1 ? lookup(single_syllable_key(w.last)) : w.amb;
  }
}

void TagDictionary::serialize(ByteWriter& out) const {
  out.put_array(keys_);
  out.put_array(bits_);
}

Status TagDictionary::deserialize(ByteReader& in, TagDictionary& out) {
  TagDictionary d;
  d.keys_ = in.get_array<uint64_t>();
  d.bits_ = in.get_array<uint32_t>();
  if (!in.ok() || d.keys_.size() != d.bits_.size() || !std::is_sorted(d.keys_.begin(), d.keys_.end()))
    return Status::ModelError("tag dictionary: corrupt");
  out = std::move(d);
  return Status::Ok();
}

}  // namespace vitext::tag
