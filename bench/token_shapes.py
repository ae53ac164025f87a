#!/usr/bin/python3
"""Which token shapes RDRsegmenter keeps whole and vitext's tokenizer cuts, and back.

    bench/token_shapes.sh [BUILD_DIR] [LINES]       (the wrapper; LINES default 20000, 0 = all)

Reads the raw lines and RDRsegmenter's output beside them (vlsp-style/lines.txt.zst and
lines.seg.zst), aligns the two by character (RDR only adds spaces and '_' and may move a
tone mark, so non-space characters pair up one to one; lines where they do not are
skipped), and tokenises the raw lines with `vitext tokenize --format tsv`.

A "piece" of RDR is a run between spaces and word-joining '_'. For every piece holding a
character that is not a letter (digits, '/', '.', '-', ...) it reports whether vitext puts a
token boundary inside it (vitext cuts what RDR keeps whole); and for every vitext token
holding such a character whether RDR cuts it. Counts go by shape: letters -> a/A, digits ->
9, runs collapsed ("64/2017/TT-BCA" -> "9/9/A-A"). Only counts and shapes are printed,
unless EXAMPLES=1. LEVEL=words compares the segmenter's words (embedded model) instead of
tokens: what RDR keeps whole that no vitext word holds whole.
"""
import collections
import json
import os
import subprocess
import sys
import unicodedata


def shape(piece):
    out = []
    for ch in piece:
        if ch.isdigit():
            c = "9"
        elif ch.isalpha() or unicodedata.category(ch).startswith("M"):
            c = "A" if ch.isupper() else "a"
        else:
            c = ch
        if out and out[-1] == c and c in "9aA":
            continue
        out.append(c)
    s = "".join(out)
    # "Aa" and "A" alike: a capitalised word is a word.
    return s.replace("Aa", "a").replace("aA", "a") if len(s) > 1 else s


def interesting(piece):
    return any(not (ch.isalpha() or unicodedata.category(ch).startswith("M")) for ch in piece)


def align(raw, seg):
    """Per non-space raw character (as byte offset), the RDR piece boundaries.

    Returns (pieces, ok): pieces as lists of raw byte offsets [start, end) of each RDR
    piece, or ok=False when the characters do not pair up."""
    raw_chars = []  # (byte offset, char) of non-space chars
    b = 0
    for ch in raw:
        n = len(ch.encode("utf-8"))
        if not ch.isspace():
            raw_chars.append((b, b + n, ch))
        b += n
    pieces, cur, k = [], None, 0
    for ch in seg:
        if ch.isspace():
            cur = None
            continue
        if ch == "_" and not (k < len(raw_chars) and raw_chars[k][2] == "_"):
            cur = None
            continue
        if k >= len(raw_chars):
            return [], False
        rb, re_, rc = raw_chars[k]
        k += 1
        if cur is None:
            cur = [rb, re_]
            pieces.append(cur)
        elif cur[1] != rb:  # RDR glued across a space of the input: separate pieces
            cur = [rb, re_]
            pieces.append(cur)
        else:
            cur[1] = re_
    return pieces, k == len(raw_chars)


def read_zst(path, limit):
    p = subprocess.run(["zstd", "-dc", path], check=True, capture_output=True)
    lines = p.stdout.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines[:limit] if limit else lines


def main():
    vitext, data, limit = sys.argv[1], sys.argv[2], int(sys.argv[3])
    examples = os.environ.get("EXAMPLES") == "1"
    level = os.environ.get("LEVEL", "tokens")
    raw = read_zst(os.path.join(data, "lines.txt.zst"), limit)
    seg = read_zst(os.path.join(data, "lines.seg.zst"), limit)
    assert len(raw) == len(seg)
    # Tokenise all lines as one document per line.
    text = "\n".join(raw) + "\n"
    per_line = [[] for _ in raw]
    if level == "words":  # the segmenter's words (the embedded model) instead of tokens
        p = subprocess.run([vitext, "segment", "--input-format", "lines", "--format", "json", "-q"],
                           input=text.encode("utf-8"), capture_output=True, check=True)
        for row in p.stdout.decode("utf-8").split("\n"):
            if row:
                d = json.loads(row)
                li = int(d["id"].rsplit(":", 1)[1]) - 1
                for sent in d["sentences"]:
                    per_line[li].extend((w["start"], w["end"], "word") for w in sent["words"])
    else:
        p = subprocess.run([vitext, "tokenize", "--input-format", "lines", "--format", "json", "-q"],
                           input=text.encode("utf-8"), capture_output=True, check=True)
        for row in p.stdout.decode("utf-8").split("\n"):
            if row:
                t = json.loads(row)
                per_line[int(t["id"].rsplit(":", 1)[1]) - 1].append((t["start"], t["end"], t["kind"]))
    cut_by_vitext = collections.Counter()
    whole_in_both = collections.Counter()
    cut_by_rdr = collections.Counter()
    sample = collections.defaultdict(list)
    skipped = 0
    for r, s, toks in zip(raw, seg, per_line):
        pieces, ok = align(r, s)
        if not ok:
            skipped += 1
            continue
        rb = r.encode("utf-8")
        starts = {t[0] for t in toks}
        ends = {t[1] for t in toks}
        piece_starts = {a for a, _ in pieces}
        piece_ends = {b for _, b in pieces}
        for a, b in pieces:
            form = rb[a:b].decode("utf-8")
            if not interesting(form):
                continue
            sh = shape(form)
            inner = any(a < x < b for x in starts) or any(a < x < b for x in ends)
            if inner:
                cut_by_vitext[sh] += 1
                if examples and len(sample[sh]) < 3:
                    sample[sh].append(form)
            else:
                whole_in_both[sh] += 1
        for a, b, kind in toks if level == "tokens" else []:
            form = rb[a:b].decode("utf-8")
            if not interesting(form):
                continue
            if any(a < x < b for x in piece_starts) or any(a < x < b for x in piece_ends):
                sh = kind + " " + shape(form)
                cut_by_rdr[sh] += 1
                if examples and len(sample[sh]) < 3:
                    sample[sh].append(form)
    lines = len(raw) - skipped
    print(f"lines compared: {lines} (skipped, characters not aligned: {skipped})")
    print(f"RDR pieces with a non-letter: kept whole by vitext too {sum(whole_in_both.values())}, "
          f"cut by vitext {sum(cut_by_vitext.values())}")
    print(f"vitext tokens with a non-letter cut by RDR: {sum(cut_by_rdr.values())}")
    top = int(os.environ.get("TOP", "40"))
    print(f"\nRDR keeps whole, vitext cuts (top {top} shapes):")
    for sh, n in cut_by_vitext.most_common(top):
        print(f"  {n:7d}  {sh}" + ("   " + " | ".join(sample[sh]) if examples else ""))
    print(f"\nvitext keeps whole, RDR cuts (top {top} shapes, by vitext kind):")
    for sh, n in cut_by_rdr.most_common(top):
        print(f"  {n:7d}  {sh}" + ("   " + " | ".join(sample[sh]) if examples else ""))


if __name__ == "__main__":
    main()
