#!/usr/bin/python3
"""Stamps provenance into the meta of a model trained before the trainers wrote it.

Only the `meta` section changes (and, with --tagger, a `tagger-sha256` section is added):
every weight section is copied byte for byte, so the model's identity (content_sha256 of
everything but the meta) and its outputs stay the same. The record says it was stamped
afterwards; models/README.md ("Provenance") lists how each shipped model was stamped.

  train/stamp_provenance.py models/parser.bin --data ../shared/data/ud-vtb/vi_vtb-ud-train.conllu \
      --commit <sha> --command "vitext train parser ..." --tagger models/tagger.bin \
      --note "stamped afterwards: ..."
"""
import argparse
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from model_file import TAGGER_SECTION, content_sha256, provenance, read_sections, write_sections  # noqa: E402


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model")
    ap.add_argument("--data", action="append", default=[], help="a file the model was trained on; repeatable")
    ap.add_argument("--commit", required=True, help="the commit that trained the model")
    ap.add_argument("--command", required=True, help="the command that trained it")
    ap.add_argument("--tagger", help="parsers: the tagger model whose tags it learnt from")
    ap.add_argument("--note", required=True, help="how this record was made")
    a = ap.parse_args()
    with open(a.model, "rb") as f:
        sections = read_sections(f.read())
    before = content_sha256(sections)
    names = [n for n, _ in sections]
    meta = json.loads(dict(sections).get("meta", b"{}") or b"{}")
    record = provenance(a.data, a.tagger, a.command)
    record["commit"] = a.commit
    record["stamped"] = a.note
    meta["provenance"] = record
    out = [(n, json.dumps(meta, ensure_ascii=False, sort_keys=True).encode() if n == "meta" else p)
           for n, p in sections]
    if "meta" not in names:
        out.insert(0, ("meta", json.dumps(meta, ensure_ascii=False, sort_keys=True).encode()))
    if a.tagger:
        out = [(n, p) for n, p in out if n != TAGGER_SECTION] + [(TAGGER_SECTION, record["tagger_sha256"].encode())]
    # The weights are untouched; only a parser's identity takes in its new tagger section.
    if not a.tagger and content_sha256(out) != before:
        raise SystemExit("stamp: the model's content changed; refusing")
    with open(a.model, "wb") as f:
        f.write(write_sections(out))
    print(f"{a.model}: content {content_sha256(out)[:12]}, provenance stamped")


if __name__ == "__main__":
    main()
