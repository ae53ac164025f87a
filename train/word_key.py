"""The word key of vitext's vocabularies, as src/core/word_key.h defines it: the one Python
definition, for the trainers (biaffine_parser.py). tests/word_key_python_test.cpp writes
word/key pairs from the C++ side and checks this function on them (`python3 word_key.py
FIXTURE`), so the two cannot drift apart.

Lower case by Unicode's simple mapping (one character to one), ASCII digits as 0, runs of
space, tab, CR, LF, no-break space and underscore as one space (none at either end), and the
treebank's bracket names LBKT / RBKT as the brackets they stand for.
"""
import re
import sys

_SPACES = re.compile("[ \t\n\r\u00a0_]+")
_DIGITS = re.compile("[0-9]")


def _lower(c):
    # str.lower() applies the full mapping (İ -> i + U+0307) and, on a whole string, the
    # final-sigma rule; C++ maps one code point to one: the first of the full mapping.
    low = c.lower()
    return low[0] if low else c


def word_key(form):
    if form == "LBKT":
        return "("
    if form == "RBKT":
        return ")"
    syllables = [s for s in _SPACES.split(form) if s]
    return _DIGITS.sub("0", "".join(_lower(c) for c in " ".join(syllables)))


def check_fixture(path):
    """Lines of `hex(form UTF-8) hex(key UTF-8)` ("-" for empty); prints each pair that disagrees."""
    bad = 0
    total = 0
    for line in open(path, encoding="ascii"):
        form_hex, key_hex = line.split()
        form, want = (bytes.fromhex(h.strip("-")).decode("utf-8") for h in (form_hex, key_hex))
        got = word_key(form)
        total += 1
        if got != want:
            bad += 1
            print("mismatch: %r -> C++ %r, Python %r" % (form, want, got))
    print("%d of %d keys agree" % (total - bad, total))
    return bad == 0 and total > 0


if __name__ == "__main__":
    sys.exit(0 if check_fixture(sys.argv[1]) else 1)
