#!/usr/bin/python3
"""Syllable vectors from the ranked syllable-bigram list (../shared/data/lexical/vie.word.bigrams).

For bench/neural_parser_baseline.py: the list has no counts, so a bigram of rank r weighs
1 / log(r + 3). Each of the 20,000 heaviest syllables is described by its left and its
right neighbours; the matrix of positive pointwise mutual information (context weights
smoothed to the power 0.75) is reduced to 100 dimensions by a randomized SVD and each row
normalised. Writes one syllable and its numbers per line. Needs python3-numpy.
"""
import argparse
import math
from collections import Counter

import numpy as np


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bigrams", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--syllables", type=int, default=20000)
    ap.add_argument("--dim", type=int, default=100)
    a = ap.parse_args()

    pairs = []
    for rank, line in enumerate(open(a.bigrams, encoding="utf-8", errors="replace")):
        parts = line.strip().lower().split(" ")
        if len(parts) == 2 and "?" not in line:  # '?' marks characters the list lost
            pairs.append((parts[0], parts[1], 1.0 / math.log(rank + 3)))
    weight = Counter()
    for left, right, w in pairs:
        weight[left] += w
        weight[right] += w
    index = {s: i for i, (s, _) in enumerate(weight.most_common(a.syllables))}
    n = len(index)
    cooc = np.zeros((n, 2 * n), dtype=np.float32)  # columns: left neighbours, then right ones
    for left, right, w in pairs:
        if left in index and right in index:
            cooc[index[left], n + index[right]] += w
            cooc[index[right], index[left]] += w
    total = cooc.sum()
    rows = cooc.sum(1, keepdims=True)
    cols = cooc.sum(0, keepdims=True) ** 0.75
    cols *= total / cols.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        ppmi = np.log(cooc * total / rows / cols)
    ppmi[~np.isfinite(ppmi) | (ppmi < 0)] = 0.0

    rng = np.random.default_rng(1)
    y = ppmi @ rng.standard_normal((2 * n, a.dim + 20)).astype(np.float32)
    for _ in range(2):
        y = ppmi @ (ppmi.T @ y)
    q, _ = np.linalg.qr(y)
    u, s, _ = np.linalg.svd(q.T @ ppmi, full_matrices=False)
    vectors = (q @ u[:, :a.dim]) * np.sqrt(s[:a.dim])
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-6
    with open(a.out, "w", encoding="utf-8") as out:
        for syllable, i in index.items():
            out.write(syllable + " " + " ".join(f"{x:.4f}" for x in vectors[i]) + "\n")
    print(f"{n} syllable vectors of {a.dim} dimensions written to {a.out}")


if __name__ == "__main__":
    main()
