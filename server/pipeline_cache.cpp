#include "server/pipeline_cache.h"

namespace vitext::server {
namespace {

std::string key_of(const PipelineOptions& o) {
  std::string key = o.until + '\x1f' + o.from + '\x1f' + (o.strict ? "1" : "0") + '\x1f' + o.tone + '\x1f' +
                    o.segmenter_model + '\x1f' + o.tagger_model + '\x1f' + o.parser_model + '\x1f' + o.parser_mode + '\x1f' + o.accurate_parser_model;
  for (const std::string& d : o.user_dictionaries) key += '\x1f' + d;
  return key;
}

}  // namespace

Status PipelineCache::get(const PipelineOptions& options, std::shared_ptr<const Pipeline>& out) {
  const std::string key = key_of(options);
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = pipelines_.find(key);
  if (it != pipelines_.end()) {
    out = it->second;
    return Status::Ok();
  }
  std::unique_ptr<Pipeline> created;
  Status st = Pipeline::create(options, created);
  if (!st.ok()) return st;
  out = std::shared_ptr<const Pipeline>(std::move(created));
  pipelines_.emplace(key, out);
  return Status::Ok();
}

size_t PipelineCache::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return pipelines_.size();
}

}  // namespace vitext::server
