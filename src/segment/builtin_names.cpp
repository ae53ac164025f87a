#include "segment/builtin_names.h"

namespace vitext::segment {
namespace {

constexpr const char* kMinistryNames =
    "Bộ Chính trị\n"  // the Politburo, spelt as a ministry
    "Bộ Công an\n"
    "Bộ Quốc phòng\n"
    "Bộ Ngoại giao\n"
    "Bộ Nội vụ\n"
    "Bộ Tư pháp\n"
    "Bộ Tài chính\n"
    "Bộ Công thương\n"
    "Bộ Xây dựng\n"
    "Bộ Y tế\n";

UserDictionary build() {
  UserDictionary d = UserDictionary::parse(kMinistryNames, nullptr);
  d.title_case_first = true;
  return d;
}

}  // namespace

const UserDictionary& builtin_names() {
  static const UserDictionary names = build();
  return names;
}

}  // namespace vitext::segment
