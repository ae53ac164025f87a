#!/usr/bin/python3
"""Helper for annotating eval/news by surface strings instead of offsets.

  annotate.py text PART [--data DIR]      the PART's sentences, one per line:
                                          article_id <TAB> sentence <TAB> text
  annotate.py resolve DRAFT [--data DIR]  a draft -> the stand-off file on stdout (bytes offsets);
                                          exits 1 listing every line that does not resolve
  annotate.py show FILE [--data DIR]      an annotation file with each span's text, to review

A draft line: `article_id <TAB> sentence <TAB> surface <TAB> label <TAB> attributes`, where
surface is the exact text of the mention inside that sentence, `surface@k` for its k-th
occurrence there as a whole word (1-based; default the first); `~surface` also matches inside
a longer word (text glued by the source: "Russia Todaydẫn"). Lines starting with # are
comments, except `# done ARTICLE_ID`: the article is annotated (needed when it has nothing to
mark; the scorer leaves out articles with neither a line nor a `# done`, so a part can land in
pieces). The resolved file lists the `# done` lines first.
Drafts hold the text of the articles: keep them OUTSIDE the repository.
PART is dev, heldout or all. DIR defaults to ../shared/data next to the repository.
"""
import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from articles import HERE, load_annotations, load_sentences, load_texts  # noqa: E402

LABELS = {"PER", "LOC", "ORG", "DATE", "FACT"}


def default_data():
    return os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "data"))


def cmd_text(part, data):
    rows = load_sentences(None if part == "all" else {part})
    texts = load_texts(data, {r[0] for r in rows})
    for aid, n, s, e, _, _ in rows:
        print(f"{aid}\t{n}\t" + texts[aid][s:e].decode("utf-8").replace("\n", " "))


def find_word(text, surface, k, start, end, whole=True):
    """Byte offset of the k-th occurrence of surface in text[start:end] that is not part of a
    longer word (no letter or digit right before or after it; any occurrence when not whole),
    or -1."""
    sentence = text[start:end].decode("utf-8")
    pos, seen = -1, 0
    while seen < k:
        pos = sentence.find(surface, pos + 1)
        if pos < 0:
            return -1
        after = pos + len(surface)
        if not whole or ((pos == 0 or not sentence[pos - 1].isalnum()) and
                         (after == len(sentence) or not sentence[after].isalnum())):
            seen += 1
    return start + len(sentence[:pos].encode("utf-8"))


def cmd_resolve(draft, data):
    rows = load_sentences()
    sent = {(aid, n): (s, e) for aid, n, s, e, _, _ in rows}
    texts = load_texts(data, {r[0] for r in rows})
    out, bad = [], []
    done = []
    for lineno, line in enumerate(open(draft, encoding="utf-8"), 1):
        if line.startswith("# done "):
            done.append(line.split()[2])
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        if len(f) < 4:
            bad.append(f"{lineno}: fewer than 4 fields")
            continue
        aid, n, surface, label = f[:4]
        attrs = f[4] if len(f) > 4 else ""
        key = (aid, int(n)) if n.isdigit() else None
        if key not in sent:
            bad.append(f"{lineno}: no sentence {aid} {n}")
            continue
        if label not in LABELS:
            bad.append(f"{lineno}: unknown label {label}")
            continue
        k = 1
        if "@" in surface and surface.rsplit("@", 1)[1].isdigit():
            surface, k = surface.rsplit("@", 1)[0], int(surface.rsplit("@", 1)[1])
        whole = not surface.startswith("~")
        surface = surface if whole else surface[1:]
        s, e = sent[key]
        pos = find_word(texts[aid], surface, k, s, e, whole)
        needle = surface.encode("utf-8")
        if pos < 0 or not needle:
            bad.append(f"{lineno}: '{surface}'@{k} not in {aid} sentence {n}")
            continue
        out.append((aid, pos, pos + len(needle), label, attrs))
    if bad:
        sys.stderr.write("\n".join(bad) + "\n")
        sys.exit(1)
    order = {aid: i for i, aid in enumerate(dict.fromkeys(r[0] for r in rows))}
    for aid in sorted(set(done) - {r[0] for r in rows}):
        sys.exit(f"annotate.py: '# done {aid}': not a chosen article")
    for aid in sorted(set(done), key=order.get):
        print(f"# done {aid}")
    seen = set()
    for aid, s, e, label, attrs in sorted(out, key=lambda r: (order[r[0]], r[1], r[2])):
        if (aid, s, e, label) in seen:
            sys.exit(f"annotate.py: {aid} {s}-{e} {label} annotated twice")
        seen.add((aid, s, e, label))
        print(f"{aid}\t{s}\t{e}\t{label}\t{attrs}")


def cmd_show(path, data):
    ann = load_annotations(path)
    texts = load_texts(data, {a["aid"] for a in ann})
    for a in ann:
        span = texts[a["aid"]][a["start"]:a["end"]].decode("utf-8")
        attrs = ";".join(f"{k}={v}" for k, v in a["attrs"].items())
        print(f"{a['aid']}\t{a['start']}\t{a['end']}\t{a['label']}\t{span}\t{attrs}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["text", "resolve", "show"])
    ap.add_argument("arg")
    ap.add_argument("--data", default=default_data())
    a = ap.parse_args()
    {"text": cmd_text, "resolve": cmd_resolve, "show": cmd_show}[a.command](a.arg, a.data)


if __name__ == "__main__":
    main()
