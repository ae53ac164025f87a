#!/usr/bin/python3
"""Compare the extraction scores of a run with the figures recorded in scores.tsv.

    bench/eval_extract.sh BUILD dev heldout > report.txt
    eval/extract/check_scores.py report.txt            # exit 1 when a score fell
    eval/extract/check_scores.py report.txt --write    # record this run's figures
    eval/extract/check_scores.py report.txt --scores OTHER.tsv

scores.tsv: `part<TAB>type<TAB>measure<TAB>value`, one row per score of the report's tables
(exact and overlap precision, recall and F1 of each type; the share of matched facts with
the right value and of matched dates with the right ISO value; all in percent) and the
sentence count of each part. A score more than TOLERANCE points below its recorded figure fails, and so does
a recorded row the report lacks or a part whose sentence count changed (the split moved).
Scores above the record pass; record them with --write when the gain is meant.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCORES = os.path.join(HERE, "scores.tsv")
TOLERANCE = 0.5
MEASURES = ["exact_p", "exact_r", "exact_f1", "overlap_p", "overlap_r", "overlap_f1"]


def parse(report):
    """(part, type, measure) -> value, from the tables bench/eval_extract.sh prints."""
    out, part = {}, None
    for line in report.splitlines():
        m = re.match(r"^== (\w+): (\d+) sentences", line)
        if m:
            part = m.group(1)
            out[(part, "-", "sentences")] = float(m.group(2))
            continue
        m = re.match(r"^facts, overlap ignoring type: \d+ matched; value/range right in \d+ \(([\d.]+)%\)", line)
        if m and part:
            out[(part, "FACT value", "right")] = float(m.group(1))
            continue
        m = re.match(r"^dates, overlap with an ISO value in gold: (\d+); ISO right in (\d+)", line)
        if m and part:
            out[(part, "DATE iso", "right")] = round(100.0 * int(m.group(2)) / max(1, int(m.group(1))), 1)
            continue
        m = re.match(r"^([A-Z]+(?: all)?)\s+\d+\s+\d+ \|\s+([\d.]+)\s+([\d.]+)\s+([\d.]+) \|\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$", line)
        if m and part:
            for measure, value in zip(MEASURES, m.groups()[1:]):
                out[(part, m.group(1), measure)] = float(value)
    return out


def main():
    global SCORES
    if "--scores" in sys.argv:
        SCORES = sys.argv[sys.argv.index("--scores") + 1]
    report = parse(open(sys.argv[1], encoding="utf-8").read())
    if not report:
        print("no score tables in the report")
        return 1
    if "--write" in sys.argv[2:]:
        with open(SCORES, "w", encoding="utf-8") as f:
            f.write("# part\ttype\tmeasure\tvalue  (written by check_scores.py --write; see README.md)\n")
            for (part, kind, measure), value in sorted(report.items()):
                f.write(f"{part}\t{kind}\t{measure}\t{value:g}\n")
        print(f"recorded {len(report)} figures in {SCORES}")
        return 0
    failures = 0
    for line in open(SCORES, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        part, kind, measure, value = line.rstrip("\n").split("\t")
        key, recorded = (part, kind, measure), float(value)
        got = report.get(key)
        if got is None:
            print(f"missing: {part} {kind} {measure} (recorded {recorded:g})")
            failures += 1
        elif measure == "sentences" and got != recorded:
            print(f"{part}: {got:g} sentences, recorded {recorded:g} (the split changed: record it again)")
            failures += 1
        elif got < recorded - TOLERANCE:
            print(f"fell: {part} {kind} {measure} {got:g} < recorded {recorded:g} - {TOLERANCE}")
            failures += 1
    print("scores: ok" if failures == 0 else f"scores: {failures} below the record")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
