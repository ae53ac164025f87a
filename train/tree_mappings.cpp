#include "tree_mappings.h"

#include <string>

namespace vitext::train {
namespace {

// Calls `f` with each comma-separated name of `spec`; stops at the first false.
template <class F>
bool for_each_name(std::string_view spec, F&& f) {
  while (!spec.empty()) {
    const size_t comma = spec.find(',');
    if (!f(spec.substr(0, comma))) return false;
    spec = comma == std::string_view::npos ? std::string_view() : spec.substr(comma + 1);
  }
  return true;
}

bool in_table(std::string_view name, std::span<const NamedTreeMapping> table) {
  for (const auto& m : table)
    if (m.name == name) return true;
  return false;
}

}  // namespace

bool valid_mapping_spec(std::string_view spec, std::span<const NamedTreeMapping> table) {
  if (spec == "dev" || spec == "train") return true;
  return !spec.empty() && for_each_name(spec, [&](std::string_view name) { return in_table(name, table); });
}

Status apply_mapping_spec(std::string_view spec, std::span<const NamedTreeMapping> table,
                          std::vector<ConlluSentence>& sentences, std::ostream& log, std::string_view what,
                          std::string_view verb) {
  if (!valid_mapping_spec(spec, table))
    return Status::InvalidArgument(std::string(what) + ": expected 'dev', 'train' or a list of mapping names");
  if (spec == "train") return Status::Ok();
  for (const auto& m : table) {
    const bool wanted = spec == "dev" || !for_each_name(spec, [&](std::string_view name) { return name != m.name; });
    if (wanted) log << what << ", " << m.name << ": " << m.apply(sentences) << " " << verb << "\n";
  }
  return Status::Ok();
}

}  // namespace vitext::train
