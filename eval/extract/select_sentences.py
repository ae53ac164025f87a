#!/usr/bin/python3
"""Choose the sentences of the extraction evaluation set, reproducibly.

From each of vi_vtb-ud-dev.conllu and vi_vtb-ud-train.conllu, in file order:
  - the first FIRST[file] sentences that contain a digit or a word starting with a capital
    letter anywhere but at the start of the sentence (where names, dates and numbers are);
  - plus RANDOM[file] further sentences drawn uniformly from the rest of the file with
    random.Random(SEED), so that sentences with no such cue are represented too.
Every third chosen sentence (positions 2, 5, 8 ... of the combined list) goes to the held-out
part, the others to the dev part.

Prints `sent_id<TAB>part` lines (the content of sentences.tsv). Only ids are written: the
treebank text is read from ../shared at run time, never copied into the repository.
"""
import random
import sys

FILES = [("vi_vtb-ud-dev.conllu", 150, 25), ("vi_vtb-ud-train.conllu", 100, 25)]
SEED = 20261125


def text_of(line):
    """The sentence of a `# text =` line (train writes no space after `=`)."""
    text = line[len("# text ="):].rstrip("\n")
    return text[1:] if text.startswith(" ") else text


def read_texts(path):
    out, sid = [], None
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("# sent_id = "):
                sid = line[len("# sent_id = "):].strip()
            elif line.startswith("# text =") and sid is not None:
                out.append((sid, text_of(line)))
                sid = None
    return out


def has_cue(text):
    if any(c.isdigit() for c in text):
        return True
    words = text.split()
    return any(w[:1].isupper() for w in words[1:])


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ud-vtb"
    rng = random.Random(SEED)
    chosen = []
    for name, first, nrandom in FILES:
        sents = read_texts(f"{data}/{name}")
        picked = [sid for sid, text in sents if has_cue(text)][:first]
        taken = set(picked)
        rest = [i for i, (sid, _) in enumerate(sents) if sid not in taken]
        picked += [sents[i][0] for i in sorted(rng.sample(rest, nrandom))]
        chosen += picked
    for i, sid in enumerate(chosen):
        print(f"{sid}\t{'heldout' if i % 3 == 2 else 'dev'}")


if __name__ == "__main__":
    main()
