"""vitext: fast, accurate Vietnamese text analysis.

    >>> import vitext
    >>> vitext.segment("Công an tỉnh Thanh Hóa")
    ['Công an', 'tỉnh', 'Thanh Hóa']
    >>> doc = vitext.analyze("Hà Nội mùa thu.")
    >>> [(w.form, w.upos, w.head) for w in doc.words]

Every annotation has byte offsets into the UTF-8 input (``start``/``end``, the same as the
CLI and the HTTP API) and, for ``str`` input, character offsets into the Python string
(``char_start``/``char_end``: ``text[w.char_start:w.char_end] == w.form``).
"""

from __future__ import annotations

import functools
import os
import threading
from typing import Iterable, List, Optional, Sequence, Union

from . import _vitext
from ._vitext import stage_names

__all__ = ["Pipeline", "Document", "Sentence", "Word", "Record", "VitextError", "analyze", "analyze_batch",
           "segment", "process_files", "stage_names", "pipeline", "default_process_until", "Index", "search"]

Text = Union[str, bytes]


class VitextError(ValueError):
    """A document could not be processed (e.g. invalid UTF-8 with strict=True)."""


class Record:
    """A JSON object of docs/format.md with its fields as attributes (``x.form``, ``x["form"]``)."""

    __slots__ = ("_data",)

    def __init__(self, data: dict):
        self._data = data

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(self, key):
        return self._data[key]

    def get(self, key, default=None):
        return self._data.get(key, default)

    def __contains__(self, key):
        return key in self._data

    def to_dict(self) -> dict:
        """The plain JSON-shaped dict (what ``vitext analyze`` prints, plus char offsets)."""
        return self._data

    def __eq__(self, other):
        return isinstance(other, Record) and self._data == other._data

    def __repr__(self):
        shown = {k: v for k, v in self._data.items() if not isinstance(v, (list, dict))}
        return f"{type(self).__name__}({shown})"


class Word(Record):
    """A word: form (original text), start/end (bytes), char_start/char_end, upos, xpos, head, deprel."""

    @property
    def upos(self) -> Optional[str]:
        return self._data.get("upos")

    @property
    def xpos(self) -> Optional[str]:
        return self._data.get("xpos")

    @property
    def head(self) -> Optional[int]:
        """1-based index of the head word within the sentence, 0 for the root, None if not parsed."""
        return self._data.get("head")

    @property
    def deprel(self) -> Optional[str]:
        return self._data.get("deprel")


class Sentence(Record):
    """A sentence: text, start/end, char_start/char_end, words, tokens (with tokens=True)."""

    @property
    def words(self) -> List[Word]:
        return [Word(w) for w in self._data.get("words", [])]

    @property
    def tokens(self) -> List[Record]:
        return [Record(t) for t in self._data.get("tokens", [])]


class Document(Record):
    """An analysed document: id, meta, sentences, words (all sentences), entities, facts, ..."""

    @property
    def ok(self) -> bool:
        return "error" not in self._data

    @property
    def error(self) -> Optional[str]:
        return self._data.get("error")

    @property
    def sentences(self) -> List[Sentence]:
        return [Sentence(s) for s in self._data.get("sentences", [])]

    @property
    def words(self) -> List[Word]:
        return [Word(w) for s in self._data.get("sentences", []) for w in s.get("words", [])]

    @property
    def tags(self) -> List[Optional[str]]:
        return [w.upos for w in self.words]

    @property
    def heads(self) -> List[Optional[int]]:
        return [w.head for w in self.words]

    def _layer(self, name: str) -> List[Record]:
        return [Record(x) for x in self._data.get(name, [])]

    @property
    def entities(self) -> List[Record]:
        return self._layer("entities")

    @property
    def facts(self) -> List[Record]:
        return self._layer("facts")

    @property
    def people(self) -> List[Record]:
        return self._layer("people")

    @property
    def dates(self) -> List[Record]:
        return self._layer("dates")


class Pipeline:
    """The stages up to ``until``, built once (models loaded and checked) and used many times.

    Thread-safe: one Pipeline may serve many threads; the C++ work runs without the GIL.
    ``parser="accurate"`` parses with neural parsers voting with the fast one: better trees,
    about a hundred times slower (see docs/benchmarks.md).
    """

    def __init__(self, until: Optional[str] = None, encoding: str = "auto", strict: bool = False, tone: str = "new",
                 user_dictionaries: Sequence[str] = (), segmenter_model: str = "", tagger_model: str = "",
                 parser_model: str = "", parser: str = "fast", accurate_parser_model: str = "",
                 conventions: str = "vtb"):
        options = {"until": until or stage_names()[-1], "from": encoding, "strict": strict, "tone": tone,
                   "conventions": conventions,
                   "user_dict": list(user_dictionaries), "segmenter_model": segmenter_model,
                   "tagger_model": tagger_model, "parser_model": parser_model, "parser": parser,
                   "accurate_parser_model": accurate_parser_model}
        try:
            self._p = _vitext.Pipeline(options)
        except ValueError as e:
            raise VitextError(str(e)) from None

    @property
    def until(self) -> str:
        return self._p.until

    def analyze(self, text: Text, id: str = "", tokens: bool = False) -> Document:
        try:
            return Document(self._p.analyze(text, id, tokens))
        except ValueError as e:
            raise VitextError(str(e)) from None

    def analyze_batch(self, texts: Iterable[Text], threads: int = 0, tokens: bool = False) -> List[Document]:
        """Analyses many texts on `threads` C++ threads (0 = all cores) without holding the GIL.

        A text that cannot be processed gives a Document with ``ok == False`` and ``error`` set.
        """
        return [Document(d) for d in self._p.analyze_batch(list(texts), threads, tokens)]

    def format(self, text: Text, format: str = "json", id: str = "", tokens: bool = False) -> str:
        """The text analysed and written in `format` (json, conllu, tsv, underscore or text): the same
        bytes as ``vitext analyze --format FORMAT``, ``vitext process`` and the HTTP API give."""
        try:
            return self._p.format(text, format, id, tokens)
        except ValueError as e:
            raise VitextError(str(e)) from None

    def segment(self, text: Text, underscore: bool = False) -> Union[List[str], str]:
        """The words' original text, or (underscore=True) the underscore format: the input's lines
        kept, words separated by a space, the syllables of a word joined by '_', without the
        final line break."""
        if underscore:
            out = self.format(text, "underscore")
            return out[:-1] if out.endswith("\n") else out
        return self._p.segment(text)

    def process_files(self, inputs: Sequence[Union[str, os.PathLike]], output: Union[str, os.PathLike] = "",
                      format: str = "jsonl", threads: int = 1, dedup: str = "off", threshold: float = 0.8,
                      drop_duplicates: bool = True, min_vietnamese: float = -1.0, input_format: str = "auto",
                      field: str = "text", id_field: str = "id", max_bytes: int = 1 << 30,
                      quality: bool = True) -> dict:
        """What ``vitext process`` does, over files: returns the summary (read, ok, errors, filtered,
        duplicates, bytes, input_errors) and, when no output path is given, "output" (the records)."""
        return self._p.process_files([os.fspath(p) for p in inputs], os.fspath(output), format, threads, dedup,
                                     threshold, drop_duplicates, min_vietnamese, input_format, field, id_field,
                                     max_bytes, quality)


_lock = threading.Lock()


@functools.lru_cache(maxsize=None)
def _cached(until: str, conventions: str) -> Pipeline:
    return Pipeline(until=until, conventions=conventions)


def pipeline(until: Optional[str] = None, conventions: str = "vtb") -> Pipeline:
    """The shared default Pipeline up to `until` (created on first use, then reused).

    ``conventions="vlsp"`` segments as VnCoreNLP's RDRsegmenter does, the words PhoBERT expects;
    it stops at ``until="segment"`` (the tagger and parser read vtb words)."""
    with _lock:
        return _cached(until or stage_names()[-1], conventions)


def segment(text: Text, underscore: bool = False, conventions: str = "vtb") -> Union[List[str], str]:
    """Words of `text` (original forms, e.g. 'Công an'), or underscore text ('Công_an tỉnh');
    ``conventions="vlsp"`` for PhoBERT's words."""
    return pipeline("segment", conventions).segment(text, underscore)


def analyze(text: Text, until: Optional[str] = None, tokens: bool = False, conventions: str = "vtb") -> Document:
    """Runs the pipeline up to `until` (default: every stage) on one text."""
    return pipeline(until or stage_names()[-1], conventions).analyze(text, tokens=tokens)


def analyze_batch(texts: Iterable[Text], until: Optional[str] = None, threads: int = 0,
                  tokens: bool = False, conventions: str = "vtb") -> List[Document]:
    """Runs the pipeline on many texts with C++ threads (the GIL is released)."""
    return pipeline(until or stage_names()[-1], conventions).analyze_batch(texts, threads, tokens)


def default_process_until() -> str:
    """What `vitext process` runs by default: up to segmentation (the last stage if there is none)."""
    names = stage_names()
    return "segment" if "segment" in names else names[-1]


def process_files(inputs, output="", until: Optional[str] = None, **options) -> dict:
    """`vitext process` over files with the default models; see Pipeline.process_files."""
    return pipeline(until or default_process_until()).process_files(inputs, output, **options)


def _query(q: str = "", *, person: str = "", entity: str = "", type: str = "", since: str = "", until: str = "",
           fact_unit: str = "", fact_min: Optional[float] = None, fact_max: Optional[float] = None,
           limit: int = 10) -> dict:
    return {"q": q, "person": person, "entity": entity, "type": type, "since": since, "until": until,
            "fact_unit": fact_unit, "fact_min": fact_min, "fact_max": fact_max, "limit": limit}


class Index:
    """A search index (an SQLite file, as ``vitext index`` makes): add documents, search them.

        >>> with vitext.Index("news.db", mode="w") as ix:
        ...     ix.add("Công an tỉnh Thanh Hóa ...", id="a1", title="...", date="2023-12-20")
        >>> vitext.Index("news.db").search("thanh hoa", since="2023-12")
        [{'id': 'a1', 'title': ..., 'score': ..., 'snippet': ..., 'matches': [[start, end]], ...}]

    ``mode="w"`` creates the file when missing; documents are added or replaced by id and are
    stored when ``commit()`` (or ``close()``, or leaving a ``with`` block) is called. Hits are the
    JSON objects of ``vitext search --format json`` and ``GET /v1/search``: ``matches`` and every
    ``start``/``end`` are byte offsets into the document's original text (``document(id)["text"]``,
    bytes). Searches match words with or without diacritics, in any case; ``"quoted phrases"``
    match in order. Thread-safe: calls on one Index take turns.
    """

    def __init__(self, path: Union[str, os.PathLike], mode: str = "r"):
        try:
            self._ix = _vitext.Index(os.fspath(path), mode)
        except ValueError as e:
            raise VitextError(str(e)) from None

    @property
    def path(self) -> str:
        return self._ix.path

    def add(self, doc_or_text, id: str = "", title: str = "", date: str = "") -> None:
        """Analyses and adds (or replaces) one document: ``str``/``bytes`` text, or a dict with
        ``text`` and ``id``/``title``/``date`` (a JSON Lines record); keyword arguments win."""
        try:
            self._ix.add(doc_or_text, id, title, date)
        except ValueError as e:
            raise VitextError(str(e)) from None

    def add_many(self, docs: Iterable, threads: int = 0) -> int:
        """Adds dicts as ``add`` takes them, analysed on `threads` C++ threads (0: every core)."""
        try:
            return self._ix.add_many(list(docs), threads)
        except ValueError as e:
            raise VitextError(str(e)) from None

    def commit(self) -> None:
        try:
            self._ix.commit()
        except ValueError as e:
            raise VitextError(str(e)) from None

    def search(self, q: str = "", **filters) -> List[dict]:
        """The best ``limit`` hits, best first. Filters: person, entity, type (PER, LOC, ORG, MISC),
        since, until (YYYY, YYYY-MM or YYYY-MM-DD), fact_unit, fact_min, fact_max, limit."""
        try:
            return self._ix.search(_query(q, **filters))
        except ValueError as e:
            raise VitextError(str(e)) from None

    def document(self, id: str) -> dict:
        """The stored document: id, title, date, source and text (its original bytes)."""
        return self._ix.document(id)

    def stats(self) -> dict:
        """documents, words and bytes (of original text) stored."""
        return self._ix.stats()

    def close(self) -> None:
        """Commits what was added (mode "w") and closes the file."""
        try:
            self._ix.close()
        except ValueError as e:
            raise VitextError(str(e)) from None

    def __enter__(self) -> "Index":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def search(paths: Union[str, os.PathLike, Sequence[Union[str, os.PathLike]]], q: str = "", **filters) -> List[dict]:
    """Searches one index file or several (shards, e.g. from vitext.dask.index_bag) as one:
    each shard's best ``limit`` hits, merged by score. Arguments as Index.search."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    try:
        return _vitext.search_shards([os.fspath(p) for p in paths], _query(q, **filters))
    except ValueError as e:
        raise VitextError(str(e)) from None
