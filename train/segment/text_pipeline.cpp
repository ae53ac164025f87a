#include "segment/text_pipeline.h"

#include "vitext/decode.h"
#include "vitext/sentences.h"
#include "vitext/tokenize.h"

namespace vitext::train {

Status prepare_for_segmentation(Document& doc) {
  if (Status st = decode(doc, DecodeOptions{}); !st.ok()) return st;
  if (Status st = tokenize(doc); !st.ok()) return st;
  return split_sentences(doc);
}

}  // namespace vitext::train
