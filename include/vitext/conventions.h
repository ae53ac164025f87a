// Word conventions: which words the segmenter makes.
//  - kVtb: the UD Vietnamese VTB treebank's words, the ones the tagger and parser were
//    trained on (the default);
//  - kVlsp: the words of VnCoreNLP's RDRsegmenter, what PhoBERT was pre-trained on and
//    expects ("người_dân", "bảo_hiểm_xã_hội"); segmentation only (bench/eval_vlsp.sh scores it).
#pragma once

#include <cstdint>

namespace vitext {

enum class WordConventions : uint8_t { kVtb, kVlsp };

}  // namespace vitext
