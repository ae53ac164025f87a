// Is a string a well-formed Vietnamese syllable? Onset + (medial) + nucleus + coda, with the
// spelling rules (k/gh/ngh before front vowels, qu, gi) and the tone rule (a syllable ending in
// p, t, c or ch takes only the sắc or nặng tone). Used to score legacy-encoding candidates,
// to decide where VIQR marks are marks, and by any stage that needs "is this Vietnamese?".
#pragma once

#include <string_view>

namespace vitext {

// `syllable` is one syllable in NFC, lowercase UTF-8 ("việt", "nguyễn", "quốc").
bool is_vietnamese_syllable(std::string_view nfc_lowercase_utf8);

// Same check, but any letter case and combining tone or vowel marks (NFD, Windows-1258)
// are accepted: "Việt", "VIỆT" and "Vie\u0323\u0302t" all pass.
bool is_vietnamese_syllable_any_form(std::string_view utf8);

}  // namespace vitext
