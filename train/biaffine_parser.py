#!/usr/bin/python3
"""Trains the BiLSTM + biaffine parser of vitext's accurate mode and exports it for vitext.

vitext's default parser is its arc-hybrid perceptron (train/train_parser.cpp), fast enough to
parse 100k words per second. The accurate mode (`--parser accurate`) adds two or more neural
graph parsers of the kind Dozat and Manning (2017) describe, as UDPipe 2 and Stanza use, and
lets the perceptron's tree vote (src/parse/biaffine_parser.cpp). vitext runs them in C++; this script
only trains them, with PyTorch (Debian: python3-torch, and libopenblas0-pthread, or training
is ten times slower), and writes the vitext model file. Nothing at run time needs Python.

  train   learns one member from the trees `vitext train parser --write-trees` writes (the
          convention mappings applied, jackknifed tags), keeping the weights of the last epoch
          and of the epochs with the best LAS on all of dev, its first half or its second half
  export  joins members trained on the same --train files into one model file

Model, per word: a word vector (the lowercased form, digits as 0, when seen twice in train,
else <unk>; word dropout 0.25), the mean of its syllables' vectors, UPOS and XPOS vectors; a
two-layer BiLSTM; arc and label MLPs; biaffine arc scores and label scores; cross-entropy on the
gold head and the gold label. Adam (2e-3, betas 0.9/0.9), batches of 32 sentences, dropout 0.33.
The file format is read by src/parse/biaffine_model.h (see there).
"""
import argparse
import json
import os
import random
import re
import struct
import time
import zlib
from collections import Counter

# One thread per trainer (training runs one per seed in parallel): without this, OpenBLAS keeps
# a second thread that spins and takes a third of a core from the other run.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
import numpy as np  # noqa: E402
import torch  # noqa: E402
import torch.nn as nn  # noqa: E402
import torch.nn.functional as F  # noqa: E402

from conllu_io import read_sentences  # noqa: E402
from word_key import word_key  # noqa: E402  (the key C++ looks words up by)
from model_file import TAGGER_SECTION, provenance, write_sections  # noqa: E402

MAX_SYLLABLES = 4
PAD, UNK, ROOT = 0, 1, 2
FORMAT_VERSION = 1


def read_conllu(path):
    """Sentences as lists of word rows split on tabs (multiword and empty nodes dropped)."""
    return [rows for _, rows in read_sentences(path)]


def vocabulary(items, min_count=1):
    counts = Counter(items)
    return {x: i + 3 for i, x in enumerate(sorted(x for x, c in counts.items() if c >= min_count))}


def read_vectors(path, limit):
    """The first `limit` vectors of a fastText .vec file (which lists words most frequent first),
    by word key: the file's keys join a word's syllables with '_', vitext's with a space."""
    out = {}
    with open(path, encoding="utf-8") as f:
        count, dim = map(int, f.readline().split())
        for line in f:
            if len(out) >= limit:
                break
            parts = line.rstrip(" \n").split(" ")
            if len(parts) != dim + 1:
                continue
            key = parts[0].replace("_", " ")
            if key and key == word_key(key) and key not in out:
                out[key] = np.asarray(parts[1:], dtype=np.float32)
    return out


def extend(table, extra):
    """Pre-trained vectors' keys join a vocabulary, after its own."""
    for w in sorted(set(extra) - set(table)):
        table[w] = len(table) + 3


class Vocab:
    def __init__(self, train, extra_words=(), extra_sylls=()):
        keys = [word_key(r[1]) for rows in train for r in rows]
        self.words = vocabulary(keys, 2)
        extend(self.words, extra_words)
        self.sylls = vocabulary((s for k in keys for s in k.split(" ")), 2)
        extend(self.sylls, extra_sylls)
        self.upos = vocabulary(r[3] for rows in train for r in rows)
        self.xpos = vocabulary(r[4] for rows in train for r in rows)
        self.rels = sorted({r[7] for rows in train for r in rows})
        self.rel_ids = {r: i for i, r in enumerate(self.rels)}

    def encode(self, rows):
        words, sylls, upos, xpos = [ROOT], [[ROOT] + [PAD] * (MAX_SYLLABLES - 1)], [ROOT], [ROOT]
        heads, rels = [0], [0]
        for r in rows:
            key = word_key(r[1])
            words.append(self.words.get(key, UNK))
            ids = [self.sylls.get(s, UNK) for s in key.split(" ")]
            if len(ids) > MAX_SYLLABLES:  # long names: the first three and the last
                ids = ids[:MAX_SYLLABLES - 1] + ids[-1:]
            sylls.append(ids + [PAD] * (MAX_SYLLABLES - len(ids)))
            upos.append(self.upos.get(r[3], UNK))
            xpos.append(self.xpos.get(r[4], UNK))
            heads.append(int(r[6]) if r[6].isdigit() else 0)
            rels.append(self.rel_ids.get(r[7], 0))
        return words, sylls, upos, xpos, heads, rels


def batch(encoded):
    n = max(len(e[0]) for e in encoded)

    def pad(k):
        return torch.tensor([e[k] + [PAD] * (n - len(e[k])) for e in encoded])

    sylls = torch.tensor([e[1] + [[PAD] * MAX_SYLLABLES] * (n - len(e[1])) for e in encoded])
    mask = torch.tensor([[True] * len(e[0]) + [False] * (n - len(e[0])) for e in encoded])
    return pad(0), sylls, pad(2), pad(3), pad(4), pad(5), mask


class MLP(nn.Module):
    def __init__(self, n_in, n_out, dropout):
        super().__init__()
        self.linear, self.dropout = nn.Linear(n_in, n_out), dropout

    def forward(self, x):
        return F.dropout(F.leaky_relu(self.linear(x), 0.1), self.dropout, self.training)


class BiaffineParser(nn.Module):
    def __init__(self, vocab, dims):
        super().__init__()
        self.dims = dims
        d = argparse.Namespace(**dims)
        self.word = nn.Embedding(len(vocab.words) + 3, d.word_dim, padding_idx=PAD)
        # Pre-trained vectors (frozen, a buffer): a word's input is its pre-trained vector plus
        # a trainable one, which starts at zero; export writes their sum as the word table.
        self.register_buffer("pretrained", torch.zeros(len(vocab.words) + 3, d.word_dim))
        self.register_buffer("pretrained_syll", torch.zeros(len(vocab.sylls) + 3, d.word_dim))  # the same
        self.syll = nn.Embedding(len(vocab.sylls) + 3, d.word_dim, padding_idx=PAD)
        self.upos = nn.Embedding(len(vocab.upos) + 3, d.tag_dim, padding_idx=PAD)
        self.xpos = nn.Embedding(len(vocab.xpos) + 3, d.tag_dim, padding_idx=PAD)
        if getattr(d, "pretrained", False):
            nn.init.zeros_(self.word.weight)
        if getattr(d, "pretrained_syllables", False):
            nn.init.zeros_(self.syll.weight)
        self.lstm = nn.LSTM(2 * d.word_dim + 2 * d.tag_dim, d.hidden, d.layers, batch_first=True,
                            bidirectional=True, dropout=d.dropout)
        h = 2 * d.hidden
        self.arc_dep, self.arc_head = MLP(h, d.arc_dim, d.dropout), MLP(h, d.arc_dim, d.dropout)
        self.rel_dep, self.rel_head = MLP(h, d.rel_dim, d.dropout), MLP(h, d.rel_dim, d.dropout)
        self.arc_weight = nn.Parameter(torch.zeros(d.arc_dim + 1, d.arc_dim))
        self.rel_weight = nn.Parameter(torch.zeros(len(vocab.rels), d.rel_dim + 1, d.rel_dim + 1))

    def forward(self, words, sylls, upos, xpos, mask):
        dropout = self.dims["dropout"]
        if self.training:
            words = words.masked_fill((torch.rand(words.shape) < 0.25) & (words > ROOT), UNK)
        present = (sylls > PAD).float().unsqueeze(-1)
        syll_mean = ((self.syll(sylls) + self.pretrained_syll[sylls]) * present).sum(2) / present.sum(2).clamp(min=1)
        x = torch.cat([self.word(words) + self.pretrained[words], syll_mean, self.upos(upos), self.xpos(xpos)], -1)
        x = F.dropout(x, dropout, self.training)
        packed = nn.utils.rnn.pack_padded_sequence(x, mask.sum(1), batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
        h = F.dropout(h, dropout, self.training)
        dep = self.arc_dep(h)
        dep = torch.cat([dep, torch.ones_like(dep[..., :1])], -1)
        arcs = torch.einsum("bid,de,bje->bij", dep, self.arc_weight, self.arc_head(h))  # [batch, dep, head]
        arcs = arcs.masked_fill(~mask.unsqueeze(1), -1e9)
        rd, rh = self.rel_dep(h), self.rel_head(h)
        rd = torch.cat([rd, torch.ones_like(rd[..., :1])], -1)
        rh = torch.cat([rh, torch.ones_like(rh[..., :1])], -1)
        return arcs, rd, rh

    def rel_scores(self, rd, rh, heads):
        """Label scores of each word with the head heads[i]."""
        chosen = torch.gather(rh, 1, heads.unsqueeze(-1).expand(-1, -1, rh.shape[-1]))
        return torch.einsum("bid,rde,bie->bir", rd, self.rel_weight, chosen)


def best_head_parse(model, encoded):
    """(head, label id) per word, each word's best head: the per-epoch dev measure."""
    model.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(encoded), 64):
            words, sylls, upos, xpos, _, _, mask = batch(encoded[i:i + 64])
            arcs, rd, rh = model(words, sylls, upos, xpos, mask)
            heads = arcs.argmax(-1)
            rels = model.rel_scores(rd, rh, heads).argmax(-1)
            for j in range(len(words)):
                n = int(mask[j].sum())
                out.append([(int(heads[j, k]), int(rels[j, k])) for k in range(1, n)])
    model.train()
    return out


def labelled_attachment(encoded, parsed):
    words = correct = 0
    for e, arcs in zip(encoded, parsed):
        for k, (head, rel) in enumerate(arcs, start=1):
            words += 1
            correct += head == e[4][k] and rel == e[5][k]
    return 100.0 * correct / max(words, 1)


def train(a):
    random.seed(a.seed)
    torch.manual_seed(a.seed)
    torch.set_num_threads(a.threads)
    sents = [s for path in a.train for s in read_conllu(path)]
    vectors = read_vectors(a.word_vectors, a.vector_words) if a.word_vectors else {}
    syll_vectors = read_vectors(a.syllable_vectors, a.vector_syllables) if a.syllable_vectors else {}
    syll_vectors = {k: v for k, v in syll_vectors.items() if " " not in k}
    vocab = Vocab(sents, vectors.keys(), syll_vectors.keys())
    dims = dict(word_dim=a.word_dim, tag_dim=a.tag_dim, hidden=a.hidden, layers=a.layers, arc_dim=a.arc_dim,
                rel_dim=a.rel_dim, dropout=a.dropout, pretrained=bool(vectors), pretrained_syllables=bool(syll_vectors))
    model = BiaffineParser(vocab, dims)
    own = Vocab(sents)
    for what, table, ids, buffer, path in (("words", vectors, vocab.words, model.pretrained, a.word_vectors),
                                           ("syllables", syll_vectors, vocab.sylls, model.pretrained_syll,
                                            a.syllable_vectors)):
        if not table:
            continue
        values = np.stack(list(table.values()))
        if values.shape[1] != a.word_dim:
            raise SystemExit(f"{path} has {values.shape[1]} dimensions, --word-dim is {a.word_dim}")
        scale = 1.0 / float(values.std())  # about the spread of the other (N(0, 1)) embeddings
        with torch.no_grad():
            for w, v in table.items():
                buffer[ids[w]] = torch.from_numpy(v * scale)
        in_train = own.words if what == "words" else own.sylls
        print(f"pre-trained vectors: {len(table)} {what} from {path}, {sum(w in table for w in in_train)} of the "
              f"{len(in_train)} in train's vocabulary", flush=True)
    optimiser = torch.optim.Adam(model.parameters(), lr=a.lr, betas=(0.9, 0.9))
    train_enc = [vocab.encode(rows) for rows in sents]
    dev_enc = [vocab.encode(rows) for rows in read_conllu(a.dev)] if a.dev else []
    half = len(dev_enc) // 2  # the halves of bench/eval_dev_halves.sh: whole sentences in file order
    parts = {"dev": (0, len(dev_enc)), "dev-first-half": (0, half), "dev-second-half": (half, len(dev_enc))}
    saves = dict(s.split("=", 1) for s in a.save)
    for what in saves:
        fixed = re.fullmatch(r"epoch([0-9]+)", what)
        if fixed and not 1 <= int(fixed.group(1)) <= a.epochs:
            raise SystemExit(f"--save {what}=…: no such epoch")
        if what != "last" and not fixed and (what not in parts or not dev_enc):
            raise SystemExit(f"--save {what}=…: expected last, epochN, or with --dev: {', '.join(parts)}")
    best = {what: (-1.0, 0) for what in saves}
    for epoch in range(1, a.epochs + 1):
        start, total = time.time(), 0.0
        random.shuffle(train_enc)
        for i in range(0, len(train_enc), a.batch):
            words, sylls, upos, xpos, heads, rels, mask = batch(train_enc[i:i + a.batch])
            arcs, rd, rh = model(words, sylls, upos, xpos, mask)
            deps = mask.clone()
            deps[:, 0] = False
            loss = F.cross_entropy(arcs[deps], heads[deps]) + \
                F.cross_entropy(model.rel_scores(rd, rh, heads)[deps], rels[deps])
            optimiser.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimiser.step()
            total += loss.item()
        line = f"epoch {epoch}: loss {total:.1f}"
        if dev_enc:
            parsed = best_head_parse(model, dev_enc)
            scores = {p: labelled_attachment(dev_enc[b:e], parsed[b:e]) for p, (b, e) in parts.items()}
            line += ", best-head LAS " + ", ".join(f"{p} {s:.2f}" for p, s in scores.items())
        for what, path in saves.items():
            if what == "last" or what.startswith("epoch"):
                score = float(epoch) if what == "last" or what == f"epoch{epoch}" else -1.0
            else:
                score = scores[what]
            if score > best[what][0]:
                best[what] = (score, epoch)
                torch.save({"dims": dims, "epoch": epoch, "seed": a.seed, "state": model.state_dict(),
                            "words": sorted(vocab.words, key=vocab.words.get),
                            "sylls": sorted(vocab.sylls, key=vocab.sylls.get),
                            "vectors": {"words": a.word_vectors, "word_count": a.vector_words,
                                        "syllables": a.syllable_vectors, "syllable_count": a.vector_syllables}
                            if vectors or syll_vectors else None}, path)
        print(f"{line}, {time.time() - start:.0f} s", flush=True)
    for what, (score, epoch) in best.items():
        print(f"saved {what}: epoch {epoch} to {saves[what]}")


# --- export -------------------------------------------------------------------------------

def strings(items):
    out = bytearray(struct.pack("<I", len(items)))
    for s in items:
        b = s.encode()
        out += struct.pack("<I", len(b)) + b
    return bytes(out)


def tensor(t):
    """u32 rank, u32 sizes, then float16 values in row-major order."""
    t = t.detach().contiguous()
    return struct.pack("<I", t.dim()) + struct.pack(f"<{t.dim()}I", *t.shape) + \
        t.numpy().astype("<f2").tobytes()


def vector_names(vectors):
    """The pre-trained vectors' settings with file names only (train/vectors.sh makes the files)."""
    if not vectors:
        return None
    return {k: os.path.basename(v) if isinstance(v, str) else v for k, v in vectors.items()}


def export(a):
    sents = [s for path in a.train for s in read_conllu(path)]
    vocab = Vocab(sents)
    members = [torch.load(path) for path in a.members]
    dims = members[0]["dims"]
    if any(m["dims"] != dims or m.get("words") != members[0].get("words") or
           m.get("sylls") != members[0].get("sylls") for m in members):
        raise SystemExit("export: the members were trained with different settings or vocabularies")
    if members[0].get("words"):  # the vocabularies the members were trained with (pre-trained keys too)
        vocab.words = {w: i + 3 for i, w in enumerate(members[0]["words"])}
    if members[0].get("sylls"):
        vocab.sylls = {w: i + 3 for i, w in enumerate(members[0]["sylls"])}
    for m in members:  # one table each: the pre-trained vectors plus the trained ones
        state = m["state"]
        for table, buffer in (("word.weight", "pretrained"), ("syll.weight", "pretrained_syll")):
            if buffer in state:
                state[table] = state[table] + state.pop(buffer)
    by_id = lambda table: [k for k, _ in sorted(table.items(), key=lambda kv: kv[1])]
    meta = {
        "component": "parser-biaffine", "version": 1,
        "description": "BiLSTM + biaffine graph parsers (Dozat and Manning 2017) averaged, with the perceptron "
                       "parser's tree as a vote; vitext's accurate parsing mode",
        "training": {"files": a.train, "sentences": len(sents), "trainer": "train/biaffine_parser.py",
                     "members": [{"file": p, "seed": m["seed"], "epoch": m["epoch"]} for p, m in zip(a.members, members)]},
        "settings": dims, "vectors": vector_names(members[0].get("vectors")), "vote_weight": a.vote_weight, "label_vote_weight": a.label_vote_weight,
        "licence": "CC BY-SA 4.0 (learnt from UD Vietnamese VTB)",
        "provenance": provenance(a.train + (a.data or []), a.tagger, a.command),
    }
    config = struct.pack("<7If", FORMAT_VERSION, len(members), dims["word_dim"], dims["tag_dim"], dims["hidden"],
                         dims["layers"], MAX_SYLLABLES, a.vote_weight) + \
        struct.pack("<2If", dims["arc_dim"], dims["rel_dim"], a.label_vote_weight)
    sections = [("meta", json.dumps(meta, ensure_ascii=False, indent=1).encode()), ("config", config),
                ("vocab", strings(by_id(vocab.words)) + strings(by_id(vocab.sylls)) + strings(by_id(vocab.upos)) +
                 strings(by_id(vocab.xpos)) + strings(vocab.rels))]
    for k, m in enumerate(members):
        for name, t in m["state"].items():
            sections.append((f"m{k}/{name}", tensor(t)))
    if a.tagger:  # the tagger whose tags the trees carry: vitext warns when run with another
        sections.append((TAGGER_SECTION, meta["provenance"]["tagger_sha256"].encode()))
    data = write_sections(sections)
    with open(a.out, "wb") as f:
        f.write(data)
    print(f"wrote {a.out}: {len(members)} members, {len(data) / 1e6:.1f} MB, vote weights {a.vote_weight} "
          f"(arcs) and {a.label_vote_weight} (labels)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    t = sub.add_parser("train", help="train one member")
    t.add_argument("--train", action="append", required=True, help="trees to learn from (CoNLL-U); repeatable")
    t.add_argument("--dev", help="trees to choose epochs on (CoNLL-U)")
    t.add_argument("--save", action="append", required=True,
                   help="WHAT=FILE: last, epochN (after epoch N), or dev, dev-first-half, dev-second-half (the epoch "
                        "with the best LAS there); repeatable")
    t.add_argument("--epochs", type=int, default=40)
    t.add_argument("--seed", type=int, default=1)
    t.add_argument("--hidden", type=int, default=200)
    t.add_argument("--layers", type=int, default=2)
    t.add_argument("--word-dim", type=int, default=100)
    t.add_argument("--tag-dim", type=int, default=50)
    t.add_argument("--arc-dim", type=int, default=256)
    t.add_argument("--rel-dim", type=int, default=64)
    t.add_argument("--dropout", type=float, default=0.33)
    t.add_argument("--lr", type=float, default=2e-3)
    t.add_argument("--batch", type=int, default=32)
    t.add_argument("--threads", type=int, default=1)
    t.add_argument("--word-vectors", help="pre-trained word vectors (fastText .vec, train/vectors.sh): frozen, "
                                          "each word's input adds a trainable vector (zero at first) to its own")
    t.add_argument("--vector-words", type=int, default=30000,
                   help="keep the vectors of this many words, the most frequent (the file's order)")
    t.add_argument("--syllable-vectors", help="pre-trained syllable vectors (fastText .vec), used as --word-vectors")
    t.add_argument("--vector-syllables", type=int, default=8000, help="as --vector-words, for syllables")
    e = sub.add_parser("export", help="join members into one vitext model file")
    e.add_argument("--train", action="append", required=True, help="the members' --train files, in the same order")
    e.add_argument("--vote-weight", type=float, default=2.0,
                   help="added to the averaged arc log-probability of each arc of the perceptron's tree")
    e.add_argument("--label-vote-weight", type=float, default=0.0,
                   help="added to the averaged log-probability of the perceptron's label where the tree keeps its arc")
    e.add_argument("--tagger", help="the tagger model whose (jackknifed) tags the --train trees carry: its identity "
                                    "is recorded, and vitext warns when the model runs with another tagger")
    e.add_argument("--data", action="append",
                   help="the files the trees were derived from (treebank CoNLL-U), hashed into the provenance")
    e.add_argument("--command", help="the whole recipe (writing the trees, training, this export), recorded as the "
                                      "model's command; default: this export command")
    e.add_argument("--out", required=True)
    e.add_argument("members", nargs="+", help="files written by train --save")
    a = ap.parse_args()
    train(a) if a.command == "train" else export(a)


if __name__ == "__main__":
    main()
