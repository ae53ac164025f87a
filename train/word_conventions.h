// Harmonises a few words that UD Vietnamese VTB train and dev tag and attach differently.
//
// Dev follows a later annotation than train (relation_conventions.h). For a handful of
// frequent words the difference is lexical, not a relation: train tags "sau" (after) a
// preposition, dev a noun that heads the time phrase; train's "hơn" (more than) is an
// adverb, dev's an adjective. A model trained on train alone learns train's choice and
// loses every such dev word, tags and heads both. Each function below rewrites the
// training trees by dev's rule for one group of words. Counts are of UD VTB train (20k
// words) and dev (26k); models/README.md says what each is worth on dev.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "vitext/conllu.h"
#include "vitext/status.h"

namespace vitext::train {

// "sau", "trước", "ngoài" (after, before, outside) and "khoảng" (about) before the nominal
// they introduce become NOUN heads of it, as dev has them: "sau ba năm", "khoảng 20 km".
// Dev tags "sau" NOUN 79 of 80 times and "khoảng" 29 of 30, the phrase's noun hanging on
// them by nmod; train tags "sau" ADP (case) 38 of 59 times and "khoảng" ADJ (advmod:adj).
// The promoted word takes its phrase's head and relation; the phrase's noun becomes its
// nmod (a clause, acl:tmod); "khi" of "sau khi" becomes its compound and hands it its
// clause, as dev does. Words the phrase had before the promoted one move to it, so the
// tree stays projective. Other ADP uses of "sau", "trước", "ngoài" are retagged NOUN and
// an ADJ "sau" ("hôm sau") becomes a NOUN modifier (nmod). Returns how many words changed.
size_t promote_relational_nouns(std::vector<ConlluSentence>& sentences);

// An approximating modifier (hơn, gần, hàng, trên, chừng) right before a number that
// counts the same noun ("hơn 30 năm", "gần 20 người", "hàng trăm nhà") hangs on the
// number, by advmod:adj: dev attaches 63 of them there and 10 to the noun; train 1 and 15.
size_t attach_numeral_modifiers(std::vector<ConlluSentence>& sentences);

// "hơn" (more than, -er) is ADJ in dev (73 of 73) and mostly ADV in train (17 of 23);
// its advmod becomes advmod:adj, dev's relation for it. Returns how many words changed.
size_t tag_comparative_hon(std::vector<ConlluSentence>& sentences);

// Abbreviated names are PROPN (XPOS NNPY) in dev and NOUN (Ny) in train: "VN" (dev 38 of
// 38, train 35 NOUN) and "HCM" (dev 22 of 24), and a name's initial ("H.", "K.": dev 8 of
// 8 PROPN). Returns how many words changed.
size_t tag_name_abbreviations(std::vector<ConlluSentence>& sentences);

// The mappings by name: "relational-nouns", "numeral-modifiers", "comparative-hon",
// "name-abbreviations". `spec` is "dev" (all), "train" (none) or a comma-separated list.
// Logs how many words each changed. Running a mapping twice changes nothing more.
Status apply_word_conventions(std::string_view spec, std::vector<ConlluSentence>& sentences, std::ostream& log);

// Whether `spec` is valid for apply_word_conventions.
bool valid_word_conventions(std::string_view spec);

}  // namespace vitext::train
