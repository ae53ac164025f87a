#include "server/pipeline_cache.h"

namespace vitext::server {
Status PipelineCache::get(const PipelineOptions& options, std::shared_ptr<const Pipeline>& out) {
  const std::string key = pipeline_options_key(options);
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
