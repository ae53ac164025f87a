// Every fuzz target, by the name of its folders under fuzz/corpus/ and fuzz/regressions/.
// Each is defined in fuzz/<name>_fuzz.cpp.
#pragma once

#include <string_view>

#include "fuzz/checks/check.h"

namespace vitext::fuzz {

void decode_target(std::string_view data);
void normalize_target(std::string_view data);
void tokenize_target(std::string_view data);
void segment_target(std::string_view data);
void analyze_target(std::string_view data);
void reader_target(std::string_view data);
void server_target(std::string_view data);
void convert_target(std::string_view data);
void search_target(std::string_view data);

struct NamedTarget {
  std::string_view name;
  Target run;
};

inline constexpr NamedTarget kTargets[] = {
    {"decode", decode_target},   {"normalize", normalize_target}, {"tokenize", tokenize_target},
    {"segment", segment_target}, {"analyze", analyze_target},     {"reader", reader_target},
    {"server", server_target},   {"convert", convert_target},     {"search", search_target},
};

}  // namespace vitext::fuzz
