// Test helper: extraction as `vitext facts` runs it, through a Pipeline that runs only the
// stages extraction reads (decode, normalize, tokenize, sentences) and extraction itself.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "vitext/pipeline.h"

namespace vitext::testing_extract {

// `only`: the stages to run with what they read (kExtract, or kSentences for a document
// prepared for extraction without running it).
inline std::unique_ptr<Pipeline> pipeline_for(std::vector<StageId> only) {
  PipelineOptions po;
  po.only = std::move(only);
  std::unique_ptr<Pipeline> p;
  Status st = Pipeline::create(po, p);
  EXPECT_TRUE(st.ok()) << st.message();
  return p;
}

inline Document extracted(const std::string& text, const std::string& date = "") {
  static const std::unique_ptr<Pipeline> pipeline = pipeline_for({StageId::kExtract});
  Document doc(text);
  doc.meta.date = date;
  Status st = pipeline->run(doc);
  EXPECT_TRUE(st.ok()) << st.message();
  return doc;
}

}  // namespace vitext::testing_extract
