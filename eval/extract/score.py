#!/usr/bin/python3
"""Score vitext's entities, dates and facts against the stand-off annotations of eval/extract.

  score.py PRED.jsonl PART [--data DIR] [--errors]

PRED.jsonl holds one JSON object per line of the `# text` lines of sentences.tsv (in that order),
as written by `vitext analyze --format json --input-format lines`. PART is dev, heldout or all.
Offsets: gold is in characters of the `# text` line, vitext in bytes; predictions are converted.
Matching: `exact` = same start, end and label; `overlap` = same label and at least one character
in common, each gold and predicted mention used once (largest overlap first).
Predicted entities: outer ones only (nested places inside an organisation are not scored), MISC
ignored (not annotated). A predicted fact's span is cut after its unit (see quantity_length):
the gold fact span is qualifier + number + unit, vitext's runs on to what is counted. Predicted facts get a type from their fields: no exact value -> VAGUE,
unit % -> PCT, a currency unit -> MONEY, else COUNT. `--errors` prints misses and false alarms
with the sentence text (read from the treebank at run time; nothing is stored).
"""
import argparse
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from select_sentences import FILES, read_texts  # noqa: E402

ENTITY_TYPES = ["PER", "LOC", "ORG"]
DATE_TYPES = ["DATE"]
FACT_TYPES = ["COUNT", "MONEY", "PCT", "VAGUE"]
CURRENCIES = ("đồng", "đ", "usd", "$", "euro", "yên", "nhân dân tệ", "bảng")


def load_sentences():
    rows = [l.rstrip("\n").split("\t") for l in open(os.path.join(HERE, "sentences.tsv"), encoding="utf-8")]
    return [(sid, part) for sid, part in rows]


def load_gold(parts):
    gold = []
    for part in parts:
        for line in open(os.path.join(HERE, f"{part}.tsv"), encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            sid, start, end, label, attrs = (line.rstrip("\n").split("\t") + [""])[:5]
            a = dict(kv.split("=", 1) for kv in attrs.split(";") if "=" in kv)
            gold.append({"sid": sid, "start": int(start), "end": int(end), "label": label, "attrs": a})
    return gold


def char_offset(text_bytes, byte_offset):
    return len(text_bytes[:byte_offset].decode("utf-8", errors="replace"))


def fact_type(f):
    value = f.get("value")
    unit = (f.get("unit") or "").lower()
    if value is None:
        return "VAGUE"
    if unit == "%":
        return "PCT"
    if any(unit == c or unit.endswith(" " + c) for c in CURRENCIES):
        return "MONEY"
    return "COUNT"


def quantity_length(text, unit):
    """vitext's fact span runs on to what is counted ("50 kg bánh phở"); the gold span stops
    at the unit ("50 kg"). Cut the prediction after the first whole-word unit that follows
    its last digit (or at the end when the unit is not found)."""
    if not unit:
        return len(text)
    last_digit = max((i for i, c in enumerate(text) if c.isdigit()), default=0)
    low, u = text.lower(), unit.lower()
    i = low.find(u, max(last_digit, 1))  # never the first word: "năm năm" is five years
    while i >= 0:
        before_ok = i == 0 or not low[i - 1].isalpha() or u == "%"
        after = i + len(u)
        if before_ok and (after == len(low) or not low[after].isalnum()):
            return after
        i = low.find(u, i + 1)
    return len(text)


def load_pred(path, sentences, texts):
    pred = []
    lines = open(path, encoding="utf-8").read().splitlines()
    if len(lines) != len(sentences):
        sys.exit(f"score.py: {len(lines)} predictions for {len(sentences)} sentences")
    for (sid, _), line in zip(sentences, lines):
        doc = json.loads(line)
        raw = texts[sid].encode("utf-8")

        def span(m):
            return char_offset(raw, m["start"]), char_offset(raw, m["end"])

        for e in doc.get("entities", []):
            if e.get("nested") or e["label"] not in ENTITY_TYPES:
                continue
            s, t = span(e)
            pred.append({"sid": sid, "start": s, "end": t, "label": e["label"], "raw": e})
        for d in doc.get("dates", []):
            s, t = span(d)
            pred.append({"sid": sid, "start": s, "end": t, "label": "DATE", "raw": d})
        for f in doc.get("facts", []):
            s, t = span(f)
            t = s + quantity_length(texts[sid][s:t], f.get("unit") or "")
            pred.append({"sid": sid, "start": s, "end": t, "label": fact_type(f), "raw": f})
    return pred


def match(gold, pred, labels, exact, any_label=False):
    """Pairs (gold index, pred index), one-to-one."""
    def key_ok(g, p):
        return g["sid"] == p["sid"] and (any_label or g["label"] == p["label"])
    gi = [i for i, g in enumerate(gold) if g["label"] in labels]
    pi = [j for j, p in enumerate(pred) if p["label"] in labels]
    cands = []
    by_sid = {}
    for j in pi:
        by_sid.setdefault(pred[j]["sid"], []).append(j)
    for i in gi:
        g = gold[i]
        for j in by_sid.get(g["sid"], []):
            p = pred[j]
            if not key_ok(g, p):
                continue
            if exact:
                if g["start"] == p["start"] and g["end"] == p["end"]:
                    cands.append((1, i, j))
            else:
                ov = min(g["end"], p["end"]) - max(g["start"], p["start"])
                if ov > 0:
                    cands.append((ov, i, j))
    cands.sort(key=lambda c: -c[0])
    used_g, used_p, pairs = set(), set(), []
    for _, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j))
    return pairs, len(gi), len(pi)


def prf(tp, ng, np_):
    p = tp / np_ if np_ else 0.0
    r = tp / ng if ng else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def same_number(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def value_ok(g, p):
    a, raw = g["attrs"], p["raw"]
    rng = raw.get("range") or [raw.get("value"), raw.get("value")]
    if "v" in a:
        return same_number(float(a["v"]), raw.get("value"))
    if "lo" in a or "hi" in a:
        lo = float(a["lo"]) if "lo" in a else None
        hi = float(a["hi"]) if "hi" in a else None
        return same_number(lo, rng[0]) and same_number(hi, rng[1])
    return True


def iso_ok(g, p):
    a, raw = g["attrs"], p["raw"]
    if "iso" not in a:
        return None
    return raw.get("iso") == a["iso"] and raw.get("iso_end", a.get("end")) == a.get("end")


def report(gold, pred, title):
    print(f"\n{title}")
    print(f"{'type':<8}{'gold':>6}{'pred':>6} | {'exact P':>8}{'R':>7}{'F1':>7} | {'overlap P':>10}{'R':>7}{'F1':>7}")
    groups = [(t, [t]) for t in ENTITY_TYPES] + [("ENT all", ENTITY_TYPES)] + \
             [("DATE", DATE_TYPES)] + [(t, [t]) for t in FACT_TYPES] + [("FACT all", FACT_TYPES)]
    for name, labels in groups:
        ex, ng, np_ = match(gold, pred, labels, True)
        ov, _, _ = match(gold, pred, labels, False)
        pe, re_, fe = prf(len(ex), ng, np_)
        po, ro, fo = prf(len(ov), ng, np_)
        print(f"{name:<8}{ng:>6}{np_:>6} | {100*pe:8.1f}{100*re_:7.1f}{100*fe:7.1f} | {100*po:10.1f}{100*ro:7.1f}{100*fo:7.1f}")
    # Facts whose span overlaps a gold fact, whatever the type: is the value right?
    ov, _, _ = match(gold, pred, FACT_TYPES, False, any_label=True)
    ok = sum(value_ok(gold[i], pred[j]) for i, j in ov)
    print(f"facts, overlap ignoring type: {len(ov)} matched; value/range right in {ok} ({100*ok/max(len(ov),1):.1f}%)")
    ov, _, _ = match(gold, pred, DATE_TYPES, False)
    checked = [iso_ok(gold[i], pred[j]) for i, j in ov]
    checked = [c for c in checked if c is not None]
    print(f"dates, overlap with an ISO value in gold: {len(checked)}; ISO right in {sum(checked)}")
    return ov


def print_errors(gold, pred, texts):
    labels = ENTITY_TYPES + DATE_TYPES + FACT_TYPES
    ov, _, _ = match(gold, pred, labels, False)
    mg = {i for i, _ in ov}
    mp = {j for _, j in ov}
    for i, g in enumerate(gold):
        if i not in mg:
            print(f"MISS {g['sid']}\t{g['label']}\t{texts[g['sid']][g['start']:g['end']]}")
    for j, p in enumerate(pred):
        if j not in mp:
            print(f"FALSE {p['sid']}\t{p['label']}\t{texts[p['sid']][p['start']:p['end']]}")
    for i, j in ov:
        g, p = gold[i], pred[j]
        if (g["start"], g["end"]) != (p["start"], p["end"]):
            t = texts[g["sid"]]
            print(f"BOUND {g['sid']}\t{g['label']}\tgold [{t[g['start']:g['end']]}] pred [{t[p['start']:p['end']]}]")
        elif g["label"] in FACT_TYPES and not value_ok(g, p):
            print(f"VALUE {g['sid']}\t{g['label']}\t{t[g['start']:g['end']]}\tgold {g['attrs']} pred {p['raw'].get('value')} {p['raw'].get('range')}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pred")
    ap.add_argument("part", choices=["dev", "heldout", "all"])
    ap.add_argument("--data", default=os.path.join(HERE, "../../../shared/data/ud-vtb"))
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    texts = {}
    for name, _, _ in FILES:
        texts.update(dict(read_texts(os.path.join(args.data, name))))
    sentences = load_sentences()
    pred = load_pred(args.pred, sentences, texts)
    parts = ["dev", "heldout"] if args.part == "all" else [args.part]
    ids = {sid for sid, part in sentences if part in parts}
    gold = load_gold(parts)
    for g in gold:  # the stand-off offsets must still fit the treebank's text
        text = texts.get(g["sid"], "")
        span = text[g["start"]:g["end"]]
        if g["sid"] not in ids or not (0 <= g["start"] < g["end"] <= len(text)) or span != span.strip():
            sys.exit(f"score.py: gold {g['sid']} {g['start']}-{g['end']} does not fit its sentence")
    pred = [p for p in pred if p["sid"] in ids]
    report(gold, pred, f"== {args.part}: {len(ids)} sentences")
    if args.errors:
        print_errors(gold, pred, texts)


if __name__ == "__main__":
    main()
