#include "tag/syllable_classes.h"

namespace vitext::tag {

void annotate_classes(const segment::FingerprintMap& classes, std::span<WordInfo> words) {
  for (WordInfo& w : words) {
    w.cls_first = classes.find(w.first);
    w.cls_last = w.syllables > 1 ? classes.find(w.last) : w.cls_first;
  }
}

}  // namespace vitext::tag
