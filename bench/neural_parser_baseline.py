#!/usr/bin/python3
"""A BiLSTM + biaffine dependency parser (Dozat and Manning 2017), as a measuring stick.

Not part of vitext: it answers one question for issue 4, whether a neural parser of the kind
UDPipe 2 and Stanza use would do better than vitext's perceptron parser on the same material.
It learns from the trees `vitext train parser --write-trees` writes (the convention mappings
applied, jackknifed tags) and parses dev with vitext's predicted tags, gold words. Optional
syllable vectors (--syllable-vectors, from bench/syllable_vectors.py) stand in for the
pretrained word vectors those parsers use. Run by bench/neural_parser_baseline.sh; needs the
Debian package python3-torch (and libopenblas0-pthread, or training is ten times slower).

Model: per word, a word vector (lower-cased form seen twice in train, else <unk>, word
dropout 0.25), the mean of its syllables' vectors, and UPOS and XPOS vectors; a two-layer
BiLSTM; arc and label MLPs; biaffine arc scores and label scores; cross-entropy on the gold
head and on the gold label. Dev is decoded with Eisner's algorithm (a projective tree, as
vitext's arc-hybrid parser) from the epoch with the best dev LAS, and written as CoNLL-U.
"""
import argparse
import random
import time
from collections import Counter

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

MAX_SYLLABLES = 4
PAD, UNK, ROOT = 0, 1, 2


def read_conllu(path):
    """Sentences as (comment lines, word rows split on tabs)."""
    sents, comments, rows = [], [], []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line:
            if rows:
                sents.append((comments, rows))
            comments, rows = [], []
        elif line.startswith("#"):
            comments.append(line)
        else:
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                rows.append(cols)
    if rows:
        sents.append((comments, rows))
    return sents


def vocabulary(items, min_count=1, extra=()):
    counts = Counter(items)
    kept = sorted({x for x, c in counts.items() if c >= min_count} | set(extra))
    return {x: i + 3 for i, x in enumerate(kept)}


class Vocab:
    def __init__(self, train, pretrained):
        forms = [r[1].lower() for _, rows in train for r in rows]
        self.words = vocabulary(forms, 2)
        self.sylls = vocabulary((s for f in forms for s in f.split(" ")), 2, pretrained)
        self.upos = vocabulary(r[3] for _, rows in train for r in rows)
        self.xpos = vocabulary(r[4] for _, rows in train for r in rows)
        self.rels = sorted({r[7] for _, rows in train for r in rows})
        self.rel_ids = {r: i for i, r in enumerate(self.rels)}

    def encode(self, rows):
        words, sylls, upos, xpos, heads, rels = [ROOT], [[ROOT] + [PAD] * (MAX_SYLLABLES - 1)], [ROOT], [ROOT], [0], [0]
        for r in rows:
            form = r[1].lower()
            words.append(self.words.get(form, UNK))
            ids = [self.sylls.get(s, UNK) for s in form.split(" ")]
            if len(ids) > MAX_SYLLABLES:
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
    def __init__(self, vocab, a):
        super().__init__()
        self.a = a
        self.word = nn.Embedding(len(vocab.words) + 3, a.word_dim, padding_idx=PAD)
        self.syll = nn.Embedding(len(vocab.sylls) + 3, a.word_dim, padding_idx=PAD)
        self.upos = nn.Embedding(len(vocab.upos) + 3, a.tag_dim, padding_idx=PAD)
        self.xpos = nn.Embedding(len(vocab.xpos) + 3, a.tag_dim, padding_idx=PAD)
        self.lstm = nn.LSTM(2 * a.word_dim + 2 * a.tag_dim, a.hidden, a.layers, batch_first=True,
                            bidirectional=True, dropout=a.dropout)
        h = 2 * a.hidden
        self.arc_dep, self.arc_head = MLP(h, a.arc_dim, a.dropout), MLP(h, a.arc_dim, a.dropout)
        self.rel_dep, self.rel_head = MLP(h, a.rel_dim, a.dropout), MLP(h, a.rel_dim, a.dropout)
        self.arc_weight = nn.Parameter(torch.zeros(a.arc_dim + 1, a.arc_dim))
        self.rel_weight = nn.Parameter(torch.zeros(len(vocab.rels), a.rel_dim + 1, a.rel_dim + 1))

    def forward(self, words, sylls, upos, xpos, mask):
        if self.training:
            words = words.masked_fill((torch.rand(words.shape) < 0.25) & (words > ROOT), UNK)
        present = (sylls > PAD).float().unsqueeze(-1)
        syll_mean = (self.syll(sylls) * present).sum(2) / present.sum(2).clamp(min=1)
        x = torch.cat([self.word(words), syll_mean, self.upos(upos), self.xpos(xpos)], -1)
        x = F.dropout(x, self.a.dropout, self.training)
        packed = nn.utils.rnn.pack_padded_sequence(x, mask.sum(1), batch_first=True, enforce_sorted=False)
        h, _ = self.lstm(packed)
        h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=x.shape[1])
        h = F.dropout(h, self.a.dropout, self.training)
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


def eisner(scores):
    """Heads of the best projective tree; scores[h, d] for the words 0 (root) .. n-1."""
    n = scores.shape[0]
    complete = np.full((n, n, 2), -np.inf)
    incomplete = np.full((n, n, 2), -np.inf)
    complete_split = np.zeros((n, n, 2), dtype=int)
    incomplete_split = np.zeros((n, n, 2), dtype=int)
    for i in range(n):
        complete[i, i] = 0.0
    for k in range(1, n):
        for s in range(n - k):
            t = s + k
            inner = complete[s, s:t, 1] + complete[s + 1:t + 1, t, 0]
            r = int(np.argmax(inner))
            incomplete[s, t, 0] = inner[r] + scores[t, s]  # t -> s
            incomplete[s, t, 1] = inner[r] + scores[s, t]  # s -> t
            incomplete_split[s, t] = s + r
            left = complete[s, s:t, 0] + incomplete[s:t, t, 0]
            r = int(np.argmax(left))
            complete[s, t, 0], complete_split[s, t, 0] = left[r], s + r
            right = incomplete[s, s + 1:t + 1, 1] + complete[s + 1:t + 1, t, 1]
            r = int(np.argmax(right))
            complete[s, t, 1], complete_split[s, t, 1] = right[r], s + 1 + r
    heads = [0] * n
    stack = [(0, n - 1, 1, True)]
    while stack:
        s, t, d, is_complete = stack.pop()
        if s == t:
            continue
        if is_complete:
            r = complete_split[s, t, d]
            stack += [(s, r, 0, True), (r, t, 0, False)] if d == 0 else [(s, r, 1, False), (r, t, 1, True)]
        else:
            r = incomplete_split[s, t, d]
            if d == 0:
                heads[s] = t
            else:
                heads[t] = s
            stack += [(s, r, 1, True), (r + 1, t, 0, True)]
    return heads


def parse(model, vocab, encoded, decode):
    model.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(encoded), 64):
            words, sylls, upos, xpos, _, _, mask = batch(encoded[i:i + 64])
            arcs, rd, rh = model(words, sylls, upos, xpos, mask)
            if decode:
                heads = torch.zeros_like(words)
                logp = F.log_softmax(arcs, -1)
                for j in range(len(words)):
                    n = int(mask[j].sum())
                    heads[j, :n] = torch.tensor(eisner(logp[j, :n, :n].T.numpy().astype(np.float64)))
            else:
                heads = arcs.argmax(-1)
            rels = model.rel_scores(rd, rh, heads).argmax(-1)
            for j in range(len(words)):
                n = int(mask[j].sum())
                out.append([(int(heads[j, k]), vocab.rels[int(rels[j, k])]) for k in range(1, n)])
    model.train()
    return out


def parse_ensemble(models, vocab, encoded, votes, vote_weight):
    """Eisner trees over the members' averaged arc log-probabilities, plus vote_weight on each
    arc of `votes` (another parser's heads); labels from the averaged label log-probabilities."""
    for m in models:
        m.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(encoded), 64):
            words, sylls, upos, xpos, _, _, mask = batch(encoded[i:i + 64])
            arcs, labels = 0, 0
            for m in models:
                a, rd, rh = m(words, sylls, upos, xpos, mask)
                arcs = arcs + F.log_softmax(a, -1) / len(models)
                labels = labels + F.log_softmax(torch.einsum("bid,rde,bje->bijr", rd, m.rel_weight, rh), -1) / len(models)
            for j in range(len(words)):
                n = int(mask[j].sum())
                scores = arcs[j, :n, :n].T.numpy().astype(np.float64)  # [head, dep]
                if votes is not None:
                    for dep, head in enumerate(votes[i + j], start=1):
                        scores[head, dep] += vote_weight
                heads = eisner(scores)
                out.append([(heads[k], vocab.rels[int(labels[j, k, heads[k]].argmax())]) for k in range(1, n)])
    return out


def write_conllu(path, sents, parsed):
    with open(path, "w", encoding="utf-8") as out:
        for (comments, rows), arcs in zip(sents, parsed):
            for c in comments:
                out.write(c + "\n")
            for r, (head, rel) in zip(rows, arcs):
                out.write("\t".join(r[:6] + [str(head), rel] + r[8:]) + "\n")
            out.write("\n")


def attachment(sents, parsed):
    words = unlabelled = labelled = 0
    for (_, rows), arcs in zip(sents, parsed):
        for r, (head, rel) in zip(rows, arcs):
            words += 1
            if str(head) == r[6]:
                unlabelled += 1
                labelled += rel.split(":")[0] == r[7].split(":")[0]
    return 100.0 * unlabelled / words, 100.0 * labelled / words


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--train", required=True)
    ap.add_argument("--dev", required=True)
    ap.add_argument("--out", required=True, help="dev parsed, CoNLL-U")
    ap.add_argument("--syllable-vectors", help="initial syllable vectors: a syllable and word_dim numbers per line")
    ap.add_argument("--epochs", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--hidden", type=int, default=200)
    ap.add_argument("--layers", type=int, default=2)
    ap.add_argument("--word-dim", type=int, default=100)
    ap.add_argument("--tag-dim", type=int, default=50)
    ap.add_argument("--arc-dim", type=int, default=256)
    ap.add_argument("--rel-dim", type=int, default=64)
    ap.add_argument("--dropout", type=float, default=0.33)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--save-model", help="write the best epoch's weights here (for --ensemble)")
    ap.add_argument("--ensemble", help="comma-separated --save-model files of the same settings: no training; "
                    "dev is parsed with their arc and label probabilities averaged")
    ap.add_argument("--perceptron", help="with --ensemble: vitext's parse of dev (CoNLL-U); each of its arcs "
                    "gets --perceptron-weight added to its averaged log-probability")
    ap.add_argument("--perceptron-weight", type=float, default=2.0)
    a = ap.parse_args()
    random.seed(a.seed)
    torch.manual_seed(a.seed)
    torch.set_num_threads(a.threads)

    pretrained = {}
    if a.syllable_vectors:
        for line in open(a.syllable_vectors, encoding="utf-8"):
            parts = line.rstrip("\n").split(" ")
            pretrained[parts[0]] = [float(x) for x in parts[1:]]
    train, dev = read_conllu(a.train), read_conllu(a.dev)
    vocab = Vocab(train, pretrained)  # the same for every model of the same train and vectors
    dev_enc = [vocab.encode(rows) for _, rows in dev]
    if a.ensemble:
        models = []
        for path in a.ensemble.split(","):
            member = BiaffineParser(vocab, a)
            member.load_state_dict(torch.load(path))
            models.append(member)
        votes = [[int(r[6]) for r in rows] for _, rows in read_conllu(a.perceptron)] if a.perceptron else None
        write_conllu(a.out, dev, parse_ensemble(models, vocab, dev_enc, votes, a.perceptron_weight))
        print(f"ensemble of {len(models)}" + (f" + vitext's trees (weight {a.perceptron_weight})" if votes else "") +
              f": Eisner trees written to {a.out}")
        return

    model = BiaffineParser(vocab, a)
    with torch.no_grad():
        for syllable, i in vocab.sylls.items():
            if syllable in pretrained:
                model.syll.weight[i] = torch.tensor(pretrained[syllable])
    optimiser = torch.optim.Adam(model.parameters(), lr=a.lr, betas=(0.9, 0.9))
    train_enc = [vocab.encode(rows) for _, rows in train]
    best_las, best_state = -1.0, None
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
        uas, las = attachment(dev, parse(model, vocab, dev_enc, decode=False))
        print(f"epoch {epoch}: loss {total:.1f}, dev (best head per word) UAS {uas:.2f} LAS {las:.2f}, "
              f"{time.time() - start:.0f} s", flush=True)
        if las > best_las:
            best_las, best_state = las, {k: v.clone() for k, v in model.state_dict().items()}

    model.load_state_dict(best_state)
    if a.save_model:
        torch.save(best_state, a.save_model)
    write_conllu(a.out, dev, parse(model, vocab, dev_enc, decode=True))
    print(f"best epoch's dev LAS {best_las:.2f} (best head per word); Eisner trees written to {a.out}")


if __name__ == "__main__":
    main()
