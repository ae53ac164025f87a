#!/usr/bin/python3
"""Check annotation files of eval/news against the format of GUIDELINES.md.

  check.py FILE... [--data DIR]

FILE is dev.tsv or heldout.tsv (the part is taken from the name; a file with another name, such
as agreement/third.tsv, may hold articles of both parts). Without the text (DIR absent)
the structure is checked: known labels and attributes, ISO values, numbers, every span inside
one chosen sentence of an article of that part, no mention twice, no entity inside another.
With the text, also: spans on character boundaries, without spaces at either end, and a date's
iso=/end= the day and month its span writes.
Prints each problem and exits 1 when there is one.
"""
import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import HERE, load_annotations, load_sentences, load_texts  # noqa: E402

ISO = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?)$")
KEYS = {"PER": {"rank", "title"}, "LOC": set(), "ORG": set(), "DATE": {"iso", "end", "kind"},
        "FACT": {"v", "lo", "hi", "u", "q"}}


def is_number(s):
    try:
        float(s)
        return True
    except ValueError:
        return False


def attr_problems(a):
    label, at = a["label"], a["attrs"]
    if label not in KEYS:
        return [f"unknown label {label}"]
    out = [f"unknown attribute {k}" for k in at if k not in KEYS[label]]
    if label == "DATE":
        if at.get("kind") == "relative":
            if "iso" in at or "end" in at:
                out.append("a relative date has no iso/end")
        elif "kind" in at:
            out.append(f"kind={at['kind']}: only kind=relative is used")
        elif not ISO.match(at.get("iso", "")):
            out.append(f"iso={at.get('iso', '')!r} is not YYYY, YYYY-MM, YYYY-MM-DD, --MM or --MM-DD")
        if "end" in at and not ISO.match(at["end"]):
            out.append(f"end={at['end']!r} is not an ISO value")
    if label == "FACT":
        if "v" in at and ("lo" in at or "hi" in at):
            out.append("v together with lo/hi")
        if not ({"v", "lo", "hi"} & at.keys()):
            out.append("a fact needs v= or lo=/hi=")
        out += [f"{k}={at[k]!r} is not a number" for k in ("v", "lo", "hi") if k in at and not is_number(at[k])]
    return out


DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})[./-](\d{1,2})(?:[./-](\d{4}))?(?!\d)")
DAY_RANGE = re.compile(r"(?<![\d./-])\d{1,2}\s*[-–]\s*\d{1,2}[./]\d")  # "13-19.6", "7-8/7"


def date_text_problems(span, at):
    """A date whose span writes day and month ("ngày 24-6", "22.9.2017", "1/2/2016 – 31/1/2017")
    must carry the first in iso= and, for a range, the last in end= (with the year when one is
    written). Spans with a range of days ("13-19.6") or no day are not checked."""
    days = [(int(d), int(m), y) for d, m, y in DAY_MONTH.findall(span)]
    if at.get("kind") == "relative" or not days or DAY_RANGE.search(span) or \
            any(not (1 <= d <= 31 and 1 <= m <= 12) for d, m, _ in days):
        return []

    def same(value, d, m, y):
        return value in ((f"{y}-{m:02d}-{d:02d}",) if y else (f"--{m:02d}-{d:02d}",)) or \
            (not y and re.fullmatch(rf"\d{{4}}-{m:02d}-{d:02d}", value or "") is not None)

    out = []
    if not same(at.get("iso"), *days[0]):
        out.append(f"iso={at.get('iso')} but the text writes {days[0][0]}/{days[0][1]}")
    if len(days) > 1 and not same(at.get("end"), *days[-1]):
        out.append(f"end={at.get('end')} but the text ends at {days[-1][0]}/{days[-1][1]}")
    return out


def check_file(path, data):
    part = os.path.basename(path).split(".")[0]
    if part not in ("dev", "heldout"):
        part = "dev or heldout"
    rows = load_sentences({"dev", "heldout"} if part == "dev or heldout" else {part})
    sentences = {}
    for aid, _, s, e, _, _ in rows:
        sentences.setdefault(aid, []).append((s, e))
    ann = load_annotations(path)
    problems = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("# done ") and line.split()[2] not in sentences:
            problems.append(f"{line.strip()}: not an article of {part}")
    texts = load_texts(data, {a["aid"] for a in ann if a["aid"] in sentences}) if data else {}
    seen, entities = set(), {}
    for a in ann:
        where = f"{path}: {a['aid']} {a['start']}-{a['end']} {a['label']}"
        problems += [f"{where}: {p}" for p in attr_problems(a)]
        if a["aid"] not in sentences:
            problems.append(f"{where}: not an article of {part}")
            continue
        if not any(s <= a["start"] < a["end"] <= e for s, e in sentences[a["aid"]]):
            problems.append(f"{where}: not inside one chosen sentence")
        key = (a["aid"], a["start"], a["end"], a["label"])
        if key in seen:
            problems.append(f"{where}: twice")
        seen.add(key)
        if a["label"] in ("PER", "LOC", "ORG"):
            entities.setdefault(a["aid"], []).append(a)
        if a["aid"] in texts:
            try:
                span = texts[a["aid"]][a["start"]:a["end"]].decode("utf-8")
            except UnicodeDecodeError:
                problems.append(f"{where}: cuts a character")
                continue
            if span != span.strip():
                problems.append(f"{where}: spaces at an end of [{span}]")
            if a["label"] == "DATE":
                problems += [f"{where}: {p}" for p in date_text_problems(span, a["attrs"])]
    for aid, ents in entities.items():  # only the outermost entity is annotated
        for x in ents:
            for y in ents:
                if x is not y and x["start"] <= y["start"] and y["end"] <= x["end"]:
                    problems.append(f"{path}: {aid} {y['start']}-{y['end']} {y['label']} inside "
                                    f"{x['start']}-{x['end']} {x['label']}")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "..", "shared", "data"))
    args = ap.parse_args()
    news = os.path.join(args.data, "unlabelled", "news-baomoi.jsonl.zst")
    data = args.data if os.path.exists(news) else None
    problems = [p for f in args.files for p in check_file(f, data)]
    print("\n".join(problems) if problems else f"ok ({'with' if data else 'without'} the text)")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
