#!/usr/bin/python3
"""Write annotations as if vitext had found them: the JSON of `vitext facts --format json`, one
object per annotated article, for testing the scorer (tests/cli/eval_news.sh): scored against the
same annotations, every row must be 100.

  gold_as_pred.py FILE [--data DIR] [--drop N] > pred.jsonl

--drop N leaves out the N-th mention (0-based), so that a recall must fall below 100.
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import HERE, load_annotations, load_texts  # noqa: E402


def as_pred(a, text):
    at, item = a["attrs"], {"start": a["start"], "end": a["end"]}
    span = text[a["start"]:a["end"]].decode("utf-8")
    if a["label"] == "DATE":
        item["text"] = span
        if at.get("kind") == "relative":
            item["kind"] = "relative"
        else:
            item["iso"] = at["iso"]
            if "end" in at:
                item["iso_end"] = at["end"]
        return "dates", item
    if a["label"] == "FACT":
        item.update(text=span, unit=at.get("u"))
        if "v" in at:
            item["value"] = float(at["v"])
        else:
            item["value"] = None
            item["range"] = [float(at[k]) if k in at else None for k in ("lo", "hi")]
        return "facts", item
    item.update(label=a["label"], text=span)
    return "entities", item


def as_person(a, item):
    """A PER mention with rank= or title= as one of vitext's `people`."""
    at = a["attrs"]
    return {"name": item["text"], "mentions": [[a["start"], a["end"]]], "rank": at.get("rank"),
            "titles": at["title"].split("|") if "title" in at else []}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "..", "shared", "data"))
    ap.add_argument("--drop", type=int, default=-1)
    args = ap.parse_args()
    ann = load_annotations(args.file)
    texts = load_texts(args.data, {a["aid"] for a in ann})
    docs = {}
    for i, a in enumerate(ann):
        doc = docs.setdefault(a["aid"], {"id": a["aid"], "entities": [], "dates": [], "facts": [], "people": []})
        if i == args.drop:
            continue
        layer, item = as_pred(a, texts[a["aid"]])
        doc[layer].append(item)
        if a["label"] == "PER" and ("rank" in a["attrs"] or "title" in a["attrs"]):
            doc["people"].append(as_person(a, item))
    for doc in docs.values():
        print(json.dumps(doc, ensure_ascii=False))


if __name__ == "__main__":
    main()
