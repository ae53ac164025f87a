"""Keeps the sentences two parses of the same text agree on, as training trees for the fast
parser (tri-training: what two different parsers agree on is right far more often than
what either says alone, so a parser can learn from unlabelled text).

    agreed_trees.py FAST.conllu ACCURATE.conllu [--min-words 3] [--max-words 40] > agreed.conllu

Both files come from `vitext analyze --format conllu` on the same text with the same
segmenter and tagger (train/agreed_trees.sh), so their sentences and words correspond one to
one; a sentence whose words differ is an error. A sentence is kept when every word has the
same head and the same relation in both, and its length is within the bounds. The output
keeps the first file's words, tags and features and a `# sent_id` numbering the kept
sentences; the counts go to stderr.
"""
import argparse
import sys

from conllu_io import read_sentences


def agree(a, b):
    """Whether two parses of the same words give every word the same head and relation."""
    return all(x[6] == y[6] and x[7] == y[7] for x, y in zip(a, b))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("first")
    ap.add_argument("second")
    ap.add_argument("--min-words", type=int, default=3)
    ap.add_argument("--max-words", type=int, default=40)
    args = ap.parse_args(argv)
    total = kept = words = 0
    out = sys.stdout
    second = read_sentences(args.second)
    for _, rows in read_sentences(args.first):
        other = next(second, None)
        if other is None:
            raise ValueError(f"{args.second}: fewer sentences than {args.first}")
        other_rows = other[1]
        if [r[1] for r in rows] != [r[1] for r in other_rows]:
            raise ValueError(f"sentence {total + 1}: the two files' words differ")
        total += 1
        if not args.min_words <= len(rows) <= args.max_words or not agree(rows, other_rows):
            continue
        kept += 1
        words += len(rows)
        out.write(f"# sent_id = agreed-{kept}\n")
        for r in rows:
            out.write("\t".join(r) + "\n")
        out.write("\n")
    if next(second, None) is not None:
        raise ValueError(f"{args.second}: more sentences than {args.first}")
    print(f"agreed_trees: {kept} of {total} sentences kept ({words} words)", file=sys.stderr)


if __name__ == "__main__":
    main()
