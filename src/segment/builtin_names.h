// Names the segmenter keeps whole whatever its model says: the ministries of the
// Vietnamese government, written with a capital ("Bộ Công an", "Bộ Quốc phòng").
//
// UD VTB writes a capitalised ministry name as one word ("Bộ Ngoại giao", "Bộ Chính trị")
// and splits a lower-case "bộ" from the name after it ("thứ trưởng bộ Ngoại_giao"). The
// treebank has too few of them for the model to learn the first: it splits "chỉ tiêu Bộ
// Công an giao" as "Bộ_Công an_giao". Written for this project from the public list of
// ministries; only two-syllable names after "Bộ", whose one-word spelling the treebank
// shows; longer ones ("Bộ Giáo dục và Đào tạo") are left to the model.
#pragma once

#include "segment/user_dictionary.h"

namespace vitext::segment {

// Built once, immutable; matches only where "Bộ" is capitalised.
const UserDictionary& builtin_names();

}  // namespace vitext::segment
