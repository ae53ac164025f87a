"""The one CoNLL-U sentence reader of the Python training scripts (train/biaffine_parser.py,
train/agreed_trees.py)."""


def read_sentences(path):
    """Yields each sentence as (comment lines, word rows split on tabs). Multi-word tokens and
    empty nodes carry no tree and are left out; a word line without ten columns is an error."""
    comments, rows = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield comments, rows
                comments, rows = [], []
            elif line.startswith("#"):
                comments.append(line)
            else:
                cols = line.split("\t")
                if len(cols) != 10:
                    raise ValueError(f"{path}: not a CoNLL-U word line: {line!r}")
                if "-" in cols[0] or "." in cols[0]:
                    continue
                rows.append(cols)
    if rows:
        yield comments, rows
