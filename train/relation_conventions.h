// Harmonises relations that UD Vietnamese VTB train and dev label by different conventions.
//
// Dev (and, judging by its scores, test) follows a later annotation than train for several
// constructions with the same heads; a parser trained on train learns train's labels and
// loses them on dev with every head right. Each function below relabels the training trees
// by the dev rule for one construction; heads and tags stay. Counts are of UD VTB train
// (20k words) and dev (26k); see models/README.md for what each is worth on dev.
#pragma once

#include <ostream>
#include <string_view>
#include <vector>

#include "vitext/conllu.h"
#include "vitext/status.h"

namespace vitext::train {

// A NOUN or PROPN right after the NOUN it modifies, with no dependents of its own ("huyện
// Mê Linh", "bệnh viện tỉnh"), related by plain nmod becomes compound. Dev: compound 1,006,
// nmod 294 for such words; train: 346 / 363. With dependents of its own the modifier is
// nmod in both (dev 328 of 371), so those stay, as do kinship nouns used as pronouns
// ("nhà anh", "con bà": anh, chị, ông, bà, cô, mình), possessors that dev relates by nmod.
size_t relate_noun_compounds(std::vector<ConlluSentence>& sentences);

// An obl (or obl:*) dependent after a NOUN that is not the sentence's root ("quyền lợi
// của người dân trong vùng", "cuộc họp với đối tác") becomes nmod: dev relates a nominal
// under a noun by nmod (the UD rule: obl attaches to predicates; dev keeps obl under a
// noun mostly when the noun is the predicate): dev has 19 obl in this position, train 184.
size_t relate_noun_obliques(std::vector<ConlluSentence>& sentences);

// An ADJ after its NOUN head, with dependents of its own ("ngôi nhà lớn nhất", "con đường
// dài 5 km"), related by amod becomes acl:subj, a clause modifying the noun (dev: acl 128,
// amod 18; train: amod 74, acl 12).
size_t relate_adjective_clauses(std::vector<ConlluSentence>& sentences);

// An ADJ before the NOUN it modifies ("nhiều người", "suốt đêm", "khắp nơi") related by amod
// becomes advmod:adj (dev: advmod 119, amod 1; train: amod 47, advmod 31).
size_t relate_quantity_adverbs(std::vector<ConlluSentence>& sentences);

// An ADJ right after the VERB it hangs on, with no dependents of its own ("buộc chặt",
// "nói rõ", "chạy nhanh"), related by amod, advmod or advmod:adj becomes xcomp, the verb's
// resultative or manner complement (dev: xcomp 143, advmod 16; train: xcomp 98, advmod 38,
// amod 16).
size_t relate_adjective_complements(std::vector<ConlluSentence>& sentences);

// A NOUN, PROPN or PRON after the ADJ it hangs on, related by obj with no case marker
// ("đủ sức", "gần nhà", "dài 5 m"), becomes obl:adj (dev: obl:adj 99, obj 15; train:
// obj 52, obl:adj 6).
size_t relate_adjective_obliques(std::vector<ConlluSentence>& sentences);

// An SCONJ subordinator (thì, nhưng, mà, nếu, nên, là, như, ...) related by cc becomes
// mark, and a coordinator tagged SCONJ (rồi, và, còn, hay, hoặc) related by mark becomes cc
// (dev: mark 385 / cc 7 and cc 59 / mark 4; train: cc 88 and mark 17 of them).
size_t relate_conjunctions(std::vector<ConlluSentence>& sentences);

// The mappings by name: "noun-compounds", "noun-obliques", "adjective-clauses",
// "quantity-adverbs", "adjective-complements", "adjective-obliques", "conjunctions". `spec`
// is "dev" (all of them), "train" (none: relations as in the files) or a comma-separated
// list of names. Logs how many relations each changed.
Status apply_relation_conventions(std::string_view spec, std::vector<ConlluSentence>& sentences,
                                  std::ostream& log);

// Whether `spec` is valid for apply_relation_conventions.
bool valid_relation_conventions(std::string_view spec);

}  // namespace vitext::train
