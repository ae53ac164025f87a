// PipelineCache: one immutable Pipeline per distinct set of options a request asks for,
// created on first use and then shared by every worker (Pipeline::run is const).
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "vitext/pipeline.h"
#include "vitext/status.h"

namespace vitext::server {

class PipelineCache {
 public:
  // Returns the pipeline for `options` (model paths are taken from the defaults given to the
  // server; requests cannot name files). Creating one loads its models under the lock: the
  // first request with new options waits, the others find it ready.
  Status get(const PipelineOptions& options, std::shared_ptr<const Pipeline>& out);
  size_t size() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, std::shared_ptr<const Pipeline>> pipelines_;  // by pipeline_options_key
};

}  // namespace vitext::server
