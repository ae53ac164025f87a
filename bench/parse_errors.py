#!/usr/bin/env python3
"""Parser error analysis: gold CoNLL-U vs system CoNLL-U with the same words.

    /usr/bin/python3 bench/parse_errors.py GOLD.conllu SYSTEM.conllu

Prints head and label accuracy by gold relation (universal part), by gold arc length and
direction, for the root word, and the most frequent label confusions among right heads.
"""
import collections
import sys


def sentences(path):
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if sent:
                    yield sent
                sent = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                sent.append((int(cols[0]), cols[1], cols[3], int(cols[6]), cols[7].split(":")[0]))
    if sent:
        yield sent


def bucket(d):
    a = abs(d)
    b = "1" if a == 1 else "2" if a == 2 else "3-4" if a <= 4 else "5-7" if a <= 7 else "8+"
    return ("head right " if d < 0 else "head left ") + b


def main():
    gold_path, sys_path = sys.argv[1], sys.argv[2]
    by_rel = collections.defaultdict(lambda: [0, 0, 0])
    by_len = collections.defaultdict(lambda: [0, 0, 0])
    confusions = collections.Counter()
    total = [0, 0, 0]
    for g, s in zip(sentences(gold_path), sentences(sys_path)):
        assert len(g) == len(s), "the two files must have the same words"
        for (i, form, upos, gh, gl), (_, _, _, sh, sl) in zip(g, s):
            key_len = "root" if gh == 0 else bucket(i - gh)
            for table, key in ((by_rel, gl), (by_len, key_len)):
                row = table[key]
                row[0] += 1
                row[1] += gh == sh
                row[2] += gh == sh and gl == sl
            total[0] += 1
            total[1] += gh == sh
            total[2] += gh == sh and gl == sl
            if gh == sh and gl != sl:
                confusions[(gl, sl)] += 1
    n = total[0]
    print(f"words {n}  UAS {100*total[1]/n:.2f}  LAS {100*total[2]/n:.2f}")
    for name, table in (("relation", by_rel), ("head side+distance", by_len)):
        print(f"\n{name:20s} {'count':>6s} {'share':>6s} {'UAS':>6s} {'LAS':>6s} {'LAS lost':>8s}")
        for key, (c, u, l) in sorted(table.items(), key=lambda kv: -(kv[1][0] - kv[1][2])):
            print(f"{key:20s} {c:6d} {100*c/n:6.1f} {100*u/c:6.1f} {100*l/c:6.1f} {100*(c-l)/n:8.2f}")
    print("\nlabel confusions with the right head (gold -> system):")
    for (g, s), c in confusions.most_common(15):
        print(f"  {g:12s} -> {s:12s} {c:5d} ({100*c/n:.2f} LAS)")


if __name__ == "__main__":
    main()
