#!/usr/bin/python3
"""Score vitext's entities, dates, facts and people against the fresh-news annotations.

  score.py PRED.jsonl PART [--data DIR] [--errors]

PRED.jsonl: `vitext facts --format json --input-format jsonl` (or `analyze --format json`) run on
the WHOLE articles of sentences.tsv (JSONL with their `id`), one object per article. Only what
starts inside a chosen sentence is scored. PART: dev, heldout or all (a part whose annotation
file is missing is skipped). Offsets are bytes on both sides.

Rows (P, R, F1; each gold and predicted item used once, largest overlap first):
- PER, LOC, ORG, ENT (the three): label and span; predicted entities nested in another and MISC
  are not scored (only the outermost mention is annotated).
- DATE: calendar dates; relative ones (gold `kind=relative`, vitext kind "relative") are the
  row DATE-rel. Value: iso and end equal (vitext's iso/iso_end); a gold value with no year
  (`--06-24`) also accepts a predicted date with a year and the same month and day.
- FACT: a predicted fact's span is cut after its unit (the gold span is qualifier + number +
  unit; vitext's runs on to what is counted). Value: the number (or range) with scale words
  applied (vitext's unit "tỷ đồng" with value 3.6 is 3600000000 đồng), and the unit the same
  or one a word-prefix of the other ("vụ" / "vụ án"); a count with no unit is compared by what
  it counts ("2 chuồng lợn": what = "chuồng lợn" for the gold unit "chuồng"). A qualifier's open
  range ("hơn 1.000" → [1000, none]) counts as the value 1000; the ends of a vague range may
  differ by 1% ("hàng trăm triệu": 999000000 or 999999999).
- PERSON: gold PER mentions with `rank=` or `title=`; vitext's `people` with a rank or a title.
  Found (overlap) when a listed person has a mention overlapping the gold one; correct (value)
  when the rank is the same and a title matches (one contains the other, case-folded,
  abbreviations expanded). A listed person is counted once, whatever its number of mentions.
exact = same span; overlap = spans share a byte; value = overlap and the value right.
`--errors` lists misses, spurious items, boundary and value errors with their text (read from
the shared data at run time). On heldout, only to report, never to write rules.
"""
import argparse
import importlib.util
import json
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from articles import covered_ids, load_annotations, load_sentences, load_texts  # noqa: E402


def _extract_scorer():
    """The UD-VTB scorer's matching, P/R/F and fact-span cut (one copy of them)."""
    path = os.path.join(HERE, "..", "extract", "score.py")
    sys.path.insert(0, os.path.dirname(path))
    spec = importlib.util.spec_from_file_location("extract_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_X = _extract_scorer()
match, prf, quantity_length = _X.match, _X.prf, _X.quantity_length

ENTITY_TYPES = ["PER", "LOC", "ORG"]
SCALES = {"nghìn": 1e3, "ngàn": 1e3, "triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9, "trăm": 1e2}
UNIT_SAME = {"m²": "m2", "m³": "m3", "km²": "km2", "đ": "đồng", "vnđ": "đồng", "vnd": "đồng",
             "$": "usd", "đô la": "usd", "đô": "usd", "độ c": "°c", "ºc": "°c", "tỉ": "tỷ"}
TITLE_SAME = {"hlv": "huấn luyện viên", "gđ": "giám đốc", "bs": "bác sĩ", "pgđ": "phó giám đốc",
              "ct": "chủ tịch", "tgđ": "tổng giám đốc", "ubnd": "ủy ban nhân dân",
              "bt": "bộ trưởng"}


def fold(s):
    return " ".join(s.lower().replace("ủy", "uỷ").replace("uỷ", "ủy").split())


def gold_items(annotations):
    """Annotation rows as scored items: a relative date is labelled DATE-rel, and a PER mention
    with rank= or title= is also a PERSON item."""
    gold = []
    for a in annotations:
        label = a["label"]
        if label == "DATE" and a["attrs"].get("kind") == "relative":
            label = "DATE-rel"
        gold.append({"sid": a["aid"], "start": a["start"], "end": a["end"], "label": label,
                     "attrs": a["attrs"]})
    return gold + [{**g, "label": "PERSON"} for g in gold
                   if g["label"] == "PER" and ("rank" in g["attrs"] or "title" in g["attrs"])]


def load_gold(parts):
    gold, used = [], []
    for part in parts:
        path = os.path.join(HERE, f"{part}.tsv")
        if not os.path.exists(path):
            print(f"({part}: no annotations yet, skipped)")
            continue
        used.append(part)
        gold += gold_items(load_annotations(path))
    return gold, used


def scaled(raw):
    """A fact's (value, lo, hi, unit) with a scale word of the unit applied to the numbers."""
    unit = fold(raw.get("unit") or "")
    rng = raw.get("range") or [raw.get("value"), raw.get("value")]
    lo, hi, value = rng[0], rng[1], raw.get("value")
    words = unit.split()
    factor = 1.0
    while words and words[0] in SCALES:  # "tỷ đồng", "nghìn tỷ đồng"
        factor *= SCALES[words.pop(0)]
    f = (lambda x: None if x is None else x * factor)
    return f(value), f(lo), f(hi), " ".join(words)


def load_pred(path, scored):
    """Predicted items that start inside a scored sentence; scored: {aid: [(start, end)]}."""
    pred = []

    def inside(aid, start):
        return any(s <= start < e for s, e in scored.get(aid, []))

    for line in open(path, encoding="utf-8"):
        doc = json.loads(line)
        aid = doc.get("id")
        if aid not in scored:
            continue
        for e in doc.get("entities", []):
            if not e.get("nested") and e["label"] in ENTITY_TYPES and inside(aid, e["start"]):
                pred.append({"sid": aid, "start": e["start"], "end": e["end"], "label": e["label"], "raw": e})
        for d in doc.get("dates", []):
            if inside(aid, d["start"]):
                label = "DATE-rel" if d.get("kind") == "relative" else "DATE"
                pred.append({"sid": aid, "start": d["start"], "end": d["end"], "label": label, "raw": d})
        for f in doc.get("facts", []):
            if inside(aid, f["start"]):
                text = f.get("text", "")
                cut = len(text[:quantity_length(text, f.get("unit") or "")].encode("utf-8"))
                pred.append({"sid": aid, "start": f["start"], "end": f["start"] + cut, "label": "FACT", "raw": f})
        for p in doc.get("people", []):
            if not (p.get("rank") or p.get("titles")):
                continue
            mentions = [(s, e) for s, e in p.get("mentions", []) if inside(aid, s)]
            if mentions:
                pred.append({"sid": aid, "label": "PERSON", "mentions": mentions, "raw": p,
                             "start": mentions[0][0], "end": mentions[0][1]})
    return pred


def same_number(a, b):
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def norm_unit(u):
    u = fold(u)
    return UNIT_SAME.get(u, u)


def unit_ok(gold_unit, pred_unit):
    g, p = norm_unit(gold_unit), norm_unit(pred_unit)
    return g == p or (g + " ").startswith(p + " ") or (p + " ").startswith(g + " ") or \
        (g + "/").startswith(p + "/") or (p + "/").startswith(g + "/")


def close_end(a, b):
    """Ends of a vague range: "hàng trăm triệu" may end at 999000000 or 999999999."""
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=0.01)


def fact_value_ok(g, p):
    a = g["attrs"]
    value, lo, hi, unit = scaled(p["raw"])
    if "v" in a:  # "hơn 1.000": the value 1000, whatever open range the qualifier gives
        num = same_number(float(a["v"]), value if value is not None else lo)
    else:
        glo = float(a["lo"]) if "lo" in a else None
        ghi = float(a["hi"]) if "hi" in a else None
        num = close_end(glo, lo) and close_end(ghi, hi)
    # A count has no unit in vitext's output but says what it counts ("2 chuồng lợn": what =
    # "chuồng lợn"); the counter word is then the start of `what`.
    what = fold(p["raw"].get("what") or "")
    return num and (unit_ok(a.get("u", ""), unit) or (not unit and what and unit_ok(a.get("u", ""), what)))


def date_value_ok(g, p):
    a, raw = g["attrs"], p["raw"]
    iso, end = raw.get("iso") or "", raw.get("iso_end")
    want = a.get("iso", "")

    def same(w, got):
        return w == got or (w.startswith("--") and got[4:] == w[1:] and len(got) == len(w) + 3)

    if not same(want, iso):
        return False
    if "end" in a or end:
        return end is not None and same(a.get("end", ""), end)
    return True


def expand_title(t):
    words = fold(t).split()
    return " ".join(TITLE_SAME.get(w, w) for w in words)


def person_value_ok(g, p):
    a, raw = g["attrs"], p["raw"]
    if "rank" in a and fold(a["rank"]) != fold(raw.get("rank") or ""):
        return False
    if "title" in a:
        got = [expand_title(t) for t in raw.get("titles", [])]
        org = fold(raw.get("org") or "")
        for want in (expand_title(t) for t in a["title"].split("|")):
            if any(want in t or t in want or want in f"{t} {org}" for t in got if t):
                return True
        return False
    return True


def match_people(gold, pred):
    """Gold PER mentions with rank/title vs listed people: [(gold i, pred j)], many golds may
    share one person (a person named twice with a title)."""
    pairs = []
    for i, g in enumerate(gold):
        if g["label"] != "PERSON":
            continue
        for j, p in enumerate(pred):
            if p["label"] == "PERSON" and p["sid"] == g["sid"] and \
                    any(min(e, g["end"]) > max(s, g["start"]) for s, e in p["mentions"]):
                pairs.append((i, j))
                break
    return pairs


ROWS = [("PER", ["PER"]), ("LOC", ["LOC"]), ("ORG", ["ORG"]), ("ENT", ENTITY_TYPES),
        ("DATE", ["DATE"]), ("DATE-rel", ["DATE-rel"]), ("FACT", ["FACT"]), ("PERSON", ["PERSON"])]
VALUE = {"DATE": date_value_ok, "FACT": fact_value_ok, "PERSON": person_value_ok}


def fmt(p, r, f):
    return f"{100*p:6.1f}{100*r:6.1f}{100*f:6.1f}"


def report(gold, pred, title):
    print(f"\n{title}")
    print(f"{'type':<9}{'gold':>5}{'pred':>5} | {'exact P':>7}{'R':>6}{'F1':>6} | {'overlap P':>9}{'R':>6}{'F1':>6}"
          f" | {'value P':>7}{'R':>6}{'F1':>6}")
    for name, labels in ROWS:
        if name == "PERSON":
            pairs = match_people(gold, pred)
            ng = sum(g["label"] == "PERSON" for g in gold)
            np_ = sum(p["label"] == "PERSON" for p in pred)
            found_p = len({j for _, j in pairs})
            right = [(i, j) for i, j in pairs if person_value_ok(gold[i], pred[j])]
            ov = (found_p / np_ if np_ else 0.0, len(pairs) / ng if ng else 0.0)
            va = (len({j for _, j in right}) / np_ if np_ else 0.0, len(right) / ng if ng else 0.0)
            f = (lambda p, r: 2 * p * r / (p + r) if p + r else 0.0)
            print(f"{name:<9}{ng:>5}{np_:>5} | {'':>19} | {fmt(*ov, f(*ov))} | {fmt(*va, f(*va))}")
            continue
        ex, ng, np_ = match(gold, pred, labels, True)
        ov, _, _ = match(gold, pred, labels, False)
        line = f"{name:<9}{ng:>5}{np_:>5} | {fmt(*prf(len(ex), ng, np_))} | {fmt(*prf(len(ov), ng, np_))}"
        if name in VALUE:
            ok = sum(VALUE[name](gold[i], pred[j]) for i, j in ov)
            line += f" | {fmt(*prf(ok, ng, np_))}"
        print(line)


def differences(gold, pred, skip, value_ok):
    """(kind, row, gold item, predicted item) for each MISS, SPURIOUS, BOUND (overlap, other
    span) and VALUE difference (value_ok(row, gold, pred) false) of the rows not in skip."""
    for name, labels in ROWS:
        if name in skip:
            continue
        ov = match(gold, pred, labels, False)[0]
        mg, mp = {i for i, _ in ov}, {j for _, j in ov}
        yield from (("MISS", name, g, None) for i, g in enumerate(gold)
                    if g["label"] in labels and i not in mg)
        yield from (("SPURIOUS", name, None, p) for j, p in enumerate(pred)
                    if p["label"] in labels and j not in mp)
        for i, j in ov:
            g, p = gold[i], pred[j]
            if name != "PERSON" and (g["start"], g["end"]) != (p["start"], p["end"]):
                yield "BOUND", name, g, p
            if name in VALUE and not value_ok(name, g, p):
                yield "VALUE", name, g, p


def print_errors(gold, pred, texts):
    def t(aid, s, e):
        return texts[aid][s:e].decode("utf-8", errors="replace").replace("\n", " ")

    for kind, name, g, p in differences(gold, pred, ("ENT", "PERSON"), lambda n, g, p: VALUE[n](g, p)):
        if kind == "MISS":
            print(f"MISS\t{name}\t{g['sid']}\t{t(g['sid'], g['start'], g['end'])}\t{g['attrs'] or ''}")
        elif kind == "SPURIOUS":
            print(f"SPURIOUS\t{name}\t{p['sid']}\t{t(p['sid'], p['start'], p['end'])}")
        elif kind == "BOUND":
            print(f"BOUND\t{name}\t{g['sid']}\tgold [{t(g['sid'], g['start'], g['end'])}]"
                  f" pred [{t(p['sid'], p['start'], p['end'])}]")
        else:
            raw = {k: p["raw"].get(k) for k in ("iso", "iso_end", "value", "range", "unit") if k in p["raw"]}
            print(f"VALUE\t{name}\t{g['sid']}\t{t(g['sid'], g['start'], g['end'])}\tgold {g['attrs']} pred {raw}")
    pairs = match_people(gold, pred)
    found = {i: j for i, j in pairs}
    for i, g in enumerate(gold):
        if g["label"] != "PERSON":
            continue
        if i not in found:
            print(f"MISS\tPERSON\t{g['sid']}\t{t(g['sid'], g['start'], g['end'])}\t{g['attrs']}")
        elif not person_value_ok(g, pred[found[i]]):
            raw = {k: pred[found[i]]["raw"].get(k) for k in ("rank", "titles", "org")}
            print(f"VALUE\tPERSON\t{g['sid']}\t{t(g['sid'], g['start'], g['end'])}\tgold {g['attrs']} pred {raw}")
    for j, p in enumerate(pred):
        if p["label"] == "PERSON" and j not in {j2 for _, j2 in pairs}:
            raw = {k: p["raw"].get(k) for k in ("name", "rank", "titles")}
            print(f"SPURIOUS\tPERSON\t{p['sid']}\t{raw}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pred")
    ap.add_argument("part", choices=["dev", "heldout", "all"])
    ap.add_argument("--data", default=os.path.join(HERE, "..", "..", "..", "shared", "data"))
    ap.add_argument("--errors", action="store_true")
    args = ap.parse_args()
    gold, used = load_gold(["dev", "heldout"] if args.part == "all" else [args.part])
    if not used:
        return
    rows = load_sentences(set(used))
    covered = set().union(*(covered_ids(os.path.join(HERE, f"{part}.tsv")) for part in used))
    scored = {}
    for aid, _, s, e, _, _ in rows:
        if aid in covered:
            scored.setdefault(aid, []).append((s, e))
    for g in gold:  # every span must lie inside a scored sentence
        if not any(s <= g["start"] < g["end"] <= e for s, e in scored.get(g["sid"], [])):
            sys.exit(f"score.py: gold {g['sid']} {g['start']}-{g['end']} is not inside a chosen sentence")
    pred = load_pred(args.pred, scored)
    n_sent = sum(len(v) for v in scored.values())
    report(gold, pred, f"== {'+'.join(used)}: {len(scored)} articles, {n_sent} sentences")
    if args.errors:
        texts = load_texts(args.data, scored.keys())
        print_errors(gold, pred, texts)


if __name__ == "__main__":
    main()
