"""Turns text segmented by `vitext segment -f text` (a sentence a line, syllables of a word
joined by '_') into the corpora fastText learns vectors from, in vitext's word keys
(train/word_key.py: lower case, ASCII digits as 0), so that a vector is looked up by the
same key the tagger and the parsers compute.

    vectors_corpus.py words < segmented.txt > words.txt       (a word a token, '_' kept)
    vectors_corpus.py syllables < segmented.txt > syllables.txt (a syllable a token)
"""
import sys

from word_key import word_key

_DIGITS = str.maketrans("0123456789", "0000000000")


def key_line(line):
    # word_key token by token would be exact but slow on 30M tokens; lower() of a whole
    # line differs from its one-to-one simple mapping only where a lower-case form is
    # longer than one code point (İ) or at a final sigma, so those lines go token by token.
    if any(ord(c) > 0x24F and c.lower() != c and len(c.lower()) != 1 for c in line) or "Σ" in line or "İ" in line:
        return " ".join(word_key(t).replace(" ", "_") for t in line.split())
    return line.lower().translate(_DIGITS)


def main():
    mode = sys.argv[1]
    out = sys.stdout
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        keyed = key_line(line)
        if mode == "syllables":
            keyed = keyed.replace("_", " ")
        out.write(keyed)
        out.write("\n")


if __name__ == "__main__":
    main()
