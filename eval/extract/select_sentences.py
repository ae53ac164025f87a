#!/usr/bin/python3
"""Choose the sentences of the extraction evaluation set, reproducibly.

From each of vi_vtb-ud-dev.conllu and vi_vtb-ud-train.conllu, in file order:
  - the first FIRST[file] sentences that contain a digit or a word starting with a capital
    letter anywhere but at the start of the sentence (where names, dates and numbers are);
  - plus RANDOM[file] further sentences drawn uniformly from the rest of the file with
    random.Random(SEED), so that sentences with no such cue are represented too.
The parts are article-disjoint. The treebank marks no articles and its sentence order mixes
articles over hundreds of lines, so articles are recovered as the sentences (of both files, all
of them, not only the chosen) linked by a shared rare name: a run of capitalised words, not
sentence-initial, that occurs in 2 to MAX_NAME_DF sentences ("Hai Địa", "Mũi Đèn"). Until
2026-12 every third chosen sentence (positions 2, 5, 8 ... of the combined list) was held out
whatever its article; rules were written looking at the others only. An article now goes to
the held-out part when all its chosen sentences are such positions, else whole to dev. So the
held-out part was never used to write rules, and no rare name is in both parts (common names
such as VN, Hà Nội, Mỹ may be).

Prints `sent_id<TAB>part` lines (the content of sentences.tsv). Only ids are written: the
treebank text is read from ../shared at run time, never copied into the repository.
"""
import random
import sys
from collections import Counter

FILES = [("vi_vtb-ud-dev.conllu", 150, 25), ("vi_vtb-ud-train.conllu", 100, 25)]
SEED = 20261125
MAX_NAME_DF = 7  # a name in more sentences than this is common and links nothing


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


def names(text):
    """Runs of capitalised words after the first word (VTB's bracket tokens excluded)."""
    out, run = set(), []
    for j, w in enumerate(text.split() + ["."]):
        if j > 0 and w[:1].isupper() and any(c.isalpha() for c in w) and w not in ("LBKT", "RBKT"):
            run.append(w)
        elif run:
            out.add(" ".join(run))
            run = []
    return out


def article_of(sents):
    """sent_id -> a representative sent_id of its recovered article (see the module doc)."""
    found = [names(text) for _, text in sents]
    df = Counter(n for ns in found for n in ns)
    parent = list(range(len(sents)))

    def root(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first = {}
    for i, ns in enumerate(found):
        for n in sorted(ns):
            if 2 <= df[n] <= MAX_NAME_DF:
                if n in first:
                    parent[root(i)] = root(first[n])
                else:
                    first[n] = i
    return {sid: sents[root(i)][0] for i, (sid, _) in enumerate(sents)}


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/ud-vtb"
    rng = random.Random(SEED)
    chosen, everything = [], []
    for name, first, nrandom in FILES:
        sents = read_texts(f"{data}/{name}")
        everything += sents
        picked = [sid for sid, text in sents if has_cue(text)][:first]
        taken = set(picked)
        rest = [i for i, (sid, _) in enumerate(sents) if sid not in taken]
        picked += [sents[i][0] for i in sorted(rng.sample(rest, nrandom))]
        chosen += picked
    article = article_of(everything)
    dev_articles = {article[sid] for i, sid in enumerate(chosen) if i % 3 != 2}
    part = {sid: "dev" if article[sid] in dev_articles else "heldout" for sid in chosen}
    for sid in chosen:
        print(f"{sid}\t{part[sid]}")


if __name__ == "__main__":
    main()
