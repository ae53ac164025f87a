// Harmonises the part of speech of directional verbs after a verb.
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

#include "io/conllu.h"

namespace vitext::train {

// The verbs of motion that Vietnamese grammar lists as directional complements.
bool is_directional_verb(std::string_view form);

// Retags ADV/ADP words as VERB (XPOS "V") when they depend on a VERB and either
// - the relation is compound:dir or compound:svc (a verb by the relation's definition), or
// - the word is a directional verb that follows its head and hangs on it by advmod,
//   advmod:dir or compound:prt (train's names for the same construction).
// Heads and relations stay as they are. Returns how many words changed.
size_t tag_directional_verbs(std::vector<ConlluSentence>& sentences);

}  // namespace vitext::train
