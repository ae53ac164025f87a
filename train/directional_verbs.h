// Harmonises how training trees treat directional verbs after a verb.
//
// Vietnamese marks the direction or result of an action with a verb of motion placed after
// the main verb ("chạy ra", "đứng lên", "làm lại", "đi vào"). UD Vietnamese VTB dev tags
// these VERB and relates them with compound:dir or compound:svc (415 dev words), as the UD
// guidelines describe serial and directional verbs. Train mostly tags the same words ADV
// (sometimes ADP) and relates the postverbal "lại", "ra", "lên" by advmod or compound:prt:
// a tagger trained on train alone learns ADV for them, which costs 182 dev errors. Mapping
// the training trees to the dev convention makes it learnable (models/README.md).
#pragma once

#include <string_view>
#include <vector>

#include "vitext/conllu.h"

namespace vitext::train {

// The verbs of motion that Vietnamese grammar lists as directional complements.
bool is_directional_verb(std::string_view form);

enum class DirectionalUse {
  kNone,
  kSerial,      // ADV/ADP related to a VERB by compound:dir or compound:svc: a verb by the
                // relation's definition
  kComplement,  // a directional verb after the VERB it hangs on by advmod, advmod:dir or
                // compound:prt (train's names for the same construction)
};
// How word `i` (0-based) of `s` is used; kNone unless it is tagged ADV or ADP.
DirectionalUse directional_use(const ConlluSentence& s, size_t i);

// Retags serial and complement uses VERB (XPOS "V"), also those whose head becomes a VERB
// by this; heads and relations stay. Returns how many words changed.
size_t tag_directional_verbs(std::vector<ConlluSentence>& sentences);

// Relates complement uses to their verb by compound:dir, as dev does (the parser's side of
// the same convention); tags and heads stay. Returns how many words changed.
size_t relate_directional_complements(std::vector<ConlluSentence>& sentences);

}  // namespace vitext::train
