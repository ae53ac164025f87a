#!/usr/bin/python3
"""Syllable statistics for the word segmenter, from the unlabelled text and the RDR words.

    train/segment_stats.py news < text-lines        > news.tsv
    train/segment_stats.py rdr  < rdr-segmented-lines > rdr.tsv

`news` reads plain text (one paragraph a line) and counts syllables and pairs of adjacent
syllables (two letter tokens with nothing but spaces between them). `rdr` reads lines
segmented by VnCoreNLP's RDRsegmenter (syllables of a word joined by `_`) and counts, for
each pair of adjacent letter syllables, how often it occurs and how often RDR puts both in
one word. Output lines (tab-separated, lower case; the trainer folds keys further):

    u  SYLLABLE  COUNT                   (news)
    p  LEFT  RIGHT  COUNT                (news; pairs seen at least --min-count times)
    r  LEFT  RIGHT  TOTAL  JOINED        (rdr; pairs seen at least --min-count times)

Sorted by key, so the same input gives the same file. train/segment_stats.sh runs both on
the shared data; `vitext train segmenter --syllable-stats` reads the concatenation.
"""
import argparse
import collections
import json
import re
import sys

TOKEN = re.compile(r"\w+|[^\w\s]")


def is_syllable(tok):
    return tok.isalpha()


def news(lines, min_count):
    uni, pairs = collections.Counter(), collections.Counter()
    for line in lines:
        if line.startswith("{"):
            text = json.loads(line).get("text", "")
        else:
            text = line
        for para in text.split("\n"):
            toks = TOKEN.findall(para.lower())
            prev = None
            for tok in toks:
                if is_syllable(tok):
                    uni[tok] += 1
                    if prev is not None:
                        pairs[(prev, tok)] += 1
                    prev = tok
                else:
                    prev = None
    out = sys.stdout
    for syl in sorted(uni):
        out.write("u\t%s\t%d\n" % (syl, uni[syl]))
    for (a, b) in sorted(pairs):
        c = pairs[(a, b)]
        if c >= min_count:
            out.write("p\t%s\t%s\t%d\n" % (a, b, c))


def rdr(lines, min_count):
    total, joined = collections.Counter(), collections.Counter()
    for line in lines:
        seq = []  # (syllable or None, word index)
        for w, word in enumerate(line.split()):
            for syl in word.split("_"):
                seq.append((syl.lower() if is_syllable(syl) else None, w))
        for (a, wa), (b, wb) in zip(seq, seq[1:]):
            if a is None or b is None:
                continue
            total[(a, b)] += 1
            if wa == wb:
                joined[(a, b)] += 1
    out = sys.stdout
    for (a, b) in sorted(total):
        t = total[(a, b)]
        if t >= min_count:
            out.write("r\t%s\t%s\t%d\t%d\n" % (a, b, t, joined[(a, b)]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("kind", choices=["news", "rdr"])
    ap.add_argument("--min-count", type=int, default=2)
    args = ap.parse_args()
    lines = (l.rstrip("\n") for l in sys.stdin)
    (news if args.kind == "news" else rdr)(lines, args.min_count)


if __name__ == "__main__":
    main()
