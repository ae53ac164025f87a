"""Reads the chosen articles of eval/news: the sentence list and the texts (from the shared data
at run time; nothing of the text is stored in the repository)."""
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
NEWS = "unlabelled/news-baomoi.jsonl.zst"


def load_sentences(parts=None):
    """[(article_id, sentence, start, end, part, topic)] in file order; parts: a set or None."""
    rows = []
    for line in open(os.path.join(HERE, "sentences.tsv"), encoding="utf-8"):
        aid, n, s, e, part, topic = line.rstrip("\n").split("\t")
        if parts is None or part in parts:
            rows.append((aid, int(n), int(s), int(e), part, topic))
    return rows


def load_texts(data_dir, ids):
    """{article_id: text as UTF-8 bytes} for the given ids."""
    want, texts = set(ids), {}
    proc = subprocess.Popen(["zstd", "-dcq", os.path.join(data_dir, NEWS)], stdout=subprocess.PIPE)
    for line in proc.stdout:
        d = json.loads(line)
        if d["id"] in want:
            texts[d["id"]] = d["text"].encode("utf-8")
    proc.wait()
    missing = want - texts.keys()
    if missing:
        raise SystemExit(f"articles not found in {NEWS}: {sorted(missing)[:5]}")
    return texts


def load_annotations(path):
    """Rows of an annotation file: dicts with aid, start, end (bytes), label, attrs."""
    rows = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        aid, start, end, label, attrs = (line.rstrip("\n").split("\t") + [""])[:5]
        a = dict(kv.split("=", 1) for kv in attrs.split(";") if "=" in kv)
        rows.append({"aid": aid, "start": int(start), "end": int(end), "label": label, "attrs": a})
    return rows


def covered_ids(path):
    """Articles an annotation file covers: those with a line, or a `# done ID` line (an article
    with nothing to mark); the others are not annotated yet (a part may land in pieces)."""
    ids = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("# done "):
            ids.add(line.split()[2])
        elif line.strip() and not line.startswith("#"):
            ids.add(line.split("\t", 1)[0])
    return ids
