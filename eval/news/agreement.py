#!/usr/bin/python3
"""Agreement between two annotation files of eval/news on the articles both cover.

  agreement.py A.tsv B.tsv [--data DIR] [--diff]

Rows as score.py's (PER, LOC, ORG, ENT, DATE, DATE-rel, FACT, PERSON), matched with the
scorer's own one-to-one matching (score.match) and value checks; each column is an F1 between
the annotators, 2 x agreeing / (mentions of A + mentions of B), which does not depend on which
file is taken as the reference:
- exact: same span and label; overlap: the spans share a byte;
- value (DATE, FACT, PERSON): overlap and the same value both ways round (score.py's
  date_value_ok / fact_value_ok / person_value_ok with either file as the gold): a date's iso
  and end; a fact's number or range and unit; a person's rank and title;
- PERSON: PER mentions carrying rank= or title=; overlap = both files give the mention a rank
  or a title, value = the same rank and a matching title (one contains the other, as scored:
  "Tổng thống" and "Tổng thống Mỹ" agree).
--diff lists each disagreement with its text: only in A, only in B, boundary, value, and
titles that agree but are worded differently (WORDING).
Needs the articles' text (../shared/data), read at run time.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import HERE, covered_ids, load_annotations, load_texts  # noqa: E402
from gold_as_pred import as_pred, as_person  # noqa: E402
from score import ROWS, VALUE, differences, gold_items, match  # noqa: E402


def items(path, common, texts):
    """A file's scored items on the common articles, each with the JSON vitext would give
    for it (`raw`), so that the scorer's value checks take either file as the prediction."""
    rows = [a for a in load_annotations(path) if a["aid"] in common]
    by_span = {(a["aid"], a["start"], a["end"], a["label"]): a for a in rows}
    out = gold_items(rows)
    for g in out:
        base = {"PERSON": "PER", "DATE-rel": "DATE"}.get(g["label"], g["label"])
        a = by_span[(g["sid"], g["start"], g["end"], base)]
        _, item = as_pred(a, texts[a["aid"]])
        g["raw"] = as_person(a, item) if g["label"] == "PERSON" else item
    return out


def value_agrees(name, a, b):
    return VALUE[name](a, b) and VALUE[name](b, a)


def f1(agree, na, nb):
    return 2 * agree / (na + nb) if na + nb else float("nan")


def table(A, B):
    """[(row, n A, n B, exact F1, overlap F1, value F1 or None)]"""
    out = []
    for name, labels in ROWS:
        na = sum(x["label"] in labels for x in A)
        nb = sum(x["label"] in labels for x in B)
        ex = match(A, B, labels, True)[0]
        ov = match(A, B, labels, False)[0]
        val = None
        if name in VALUE:
            val = f1(sum(value_agrees(name, A[i], B[j]) for i, j in ov), na, nb)
        out.append((name, na, nb, f1(len(ex), na, nb), f1(len(ov), na, nb), val))
    return out


def print_table(rows, title):
    print(title)
    print(f"{'type':<9}{'A':>5}{'B':>5} | {'exact F1':>8} | {'overlap F1':>10} | {'value F1':>8}")
    def pc(x):  # no mention on either side: nothing to agree on
        return "-" if x != x else f"{100 * x:.1f}"

    for name, na, nb, ex, ov, val in rows:
        v = "" if val is None else pc(val)
        e = "" if name == "PERSON" else pc(ex)
        print(f"{name:<9}{na:>5}{nb:>5} | {e:>8} | {pc(ov):>10} | {v:>8}")


def print_diff(A, B, texts):
    def t(x):
        return texts[x["sid"]][x["start"]:x["end"]].decode("utf-8").replace("\n", " ")

    def attrs(x):
        return ";".join(f"{k}={v}" for k, v in x["attrs"].items())

    for kind, name, x, y in differences(A, B, ("ENT",), value_agrees):
        if kind == "MISS":
            print(f"ONLY-A\t{name}\t{x['sid']}\t[{t(x)}]\t{attrs(x)}")
        elif kind == "SPURIOUS":
            print(f"ONLY-B\t{name}\t{y['sid']}\t[{t(y)}]\t{attrs(y)}")
        elif kind == "BOUND":
            print(f"BOUND\t{name}\t{x['sid']}\tA [{t(x)}]\tB [{t(y)}]")
        else:
            print(f"VALUE\t{name}\t{x['sid']}\t[{t(x)}]\tA {attrs(x)}\tB {attrs(y)}")
    for i, j in match(A, B, ["PERSON"], False)[0]:  # agreeing titles worded differently
        x, y = A[i], B[j]
        if x["attrs"] != y["attrs"] and value_agrees("PERSON", x, y):
            print(f"WORDING\tPERSON\t{x['sid']}\t[{t(x)}]\tA {attrs(x)}\tB {attrs(y)}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "..", "shared", "data"))
    ap.add_argument("--diff", action="store_true")
    args = ap.parse_args()
    if not os.path.exists(os.path.join(args.data, "unlabelled", "news-baomoi.jsonl.zst")):
        print("skipped: data not found")
        return
    common = covered_ids(args.a) & covered_ids(args.b)
    if not common:
        sys.exit("agreement.py: the two files cover no article in common")
    texts = load_texts(args.data, common)
    A, B = items(args.a, common, texts), items(args.b, common, texts)
    print_table(table(A, B), f"== {len(common)} articles both cover; "
                f"A = {os.path.basename(args.a)}, B = {os.path.basename(args.b)}")
    if args.diff:
        print_diff(A, B, texts)


if __name__ == "__main__":
    main()
