"""Running vitext over a partitioned corpus with Dask (see docs/dask.md).

Each shard (a file: text, JSON Lines or the web-corpus layout, optionally gzip/zstd) is one
task; a worker loads the models once per process and reuses them for every shard it gets.
Records come back (or are written) in shard order, so the result equals one process reading
the shards one after the other.

    from dask.distributed import Client
    import vitext.dask
    client = Client("tcp://scheduler:8786")          # or a LocalCluster
    summaries = vitext.dask.process_shards(paths, out_dir, until="segment", client=client)

Duplicates are detected within a shard only (the index is per task); for corpus-wide
deduplication run ``vitext process --dedup near`` over the concatenated output.

Search indexes scale the same way: ``index_bag`` writes one index file (shard) per partition
of a bag of documents, each on its own worker, and ``search`` reads the shards as one.

    shards = vitext.dask.index_bag(docs_bag, "indexes/")      # one .db per partition
    hits = vitext.dask.search(shards, "thanh hoa", since="2023-12")
"""

from __future__ import annotations

import os
from typing import Iterable, List, Optional, Sequence

import vitext


def _process_one(path: str, output: str, until: Optional[str], options: dict) -> dict:
    summary = vitext.pipeline(until or vitext.default_process_until()).process_files([path], output, **options)
    summary["input"] = path
    if output:
        summary["path"] = output
    return summary


def _records_of_shard(path: str, until: Optional[str], options: dict) -> List[str]:
    out = _process_one(path, "", until, options)["output"]
    return out.splitlines()


def records_bag(paths: Sequence[str], until: Optional[str] = None, **options):
    """A dask.bag of JSONL record lines, one partition per shard, in shard order."""
    import dask.bag as db

    paths = [os.fspath(p) for p in paths]
    return db.from_sequence(paths, npartitions=max(len(paths), 1)).map(_records_of_shard, until, options).flatten()


def output_path(out_dir: str, path: str, index: int) -> str:
    """Where the records of shard `index` are written: <out_dir>/<index>-<name>.jsonl."""
    name = os.path.basename(path)
    for ext in (".gz", ".zst", ".zstd", ".jsonl", ".txt"):
        if name.endswith(ext):
            name = name[: -len(ext)]
    return os.path.join(out_dir, f"{index:05d}-{name}.jsonl")


def process_shards(paths: Sequence[str], out_dir: str, until: Optional[str] = None, client=None,
                   **options) -> List[dict]:
    """Processes every shard on the cluster, writing one output file per shard into out_dir.

    Returns the per-shard summaries (read, ok, errors, filtered, duplicates, bytes, path),
    in shard order. `client` is a dask.distributed Client; None uses the current one.
    """
    from dask.distributed import get_client

    client = client or get_client()
    os.makedirs(out_dir, exist_ok=True)
    paths = [os.fspath(p) for p in paths]
    futures = [client.submit(_process_one, p, output_path(out_dir, p, i), until, options, pure=False)
               for i, p in enumerate(paths)]
    return client.gather(futures)


def total(summaries: Iterable[dict]) -> dict:
    """Adds up per-shard summaries."""
    keys = ("read", "ok", "errors", "filtered", "duplicates", "bytes")
    out = {k: 0 for k in keys}
    for s in summaries:
        for k in keys:
            out[k] += s[k]
    return out


def _index_partition(docs, path: str, threads: int) -> dict:
    """Writes one partition's documents into its own index file (replacing one left there)."""
    for stale in (path, path + "-wal", path + "-shm"):
        if os.path.exists(stale):
            os.remove(stale)
    with vitext.Index(path, mode="w") as ix:
        added = ix.add_many(docs, threads=threads)
    return {"path": path, "documents": added}


def index_bag(bag, out_dir: str, threads: int = 1) -> List[str]:
    """Indexes a dask.bag of documents (dicts with "id", "text" and optionally "title" and "date",
    as vitext.Index.add_many takes them) into one shard per partition: <out_dir>/<k>.db, written
    by the worker that holds the partition. Returns the shard paths in partition order, for
    ``search``. Runs on the current scheduler (the dask.distributed Client, when there is one).
    """
    import dask

    os.makedirs(out_dir, exist_ok=True)
    parts = bag.to_delayed()
    tasks = [dask.delayed(_index_partition, pure=False)(part, os.path.join(os.fspath(out_dir), f"{k:05d}.db"), threads)
             for k, part in enumerate(parts)]
    return [s["path"] for s in dask.compute(*tasks)]


def search(shards: Sequence[str], q: str = "", **filters) -> List[dict]:
    """Searches the shards index_bag wrote as one index (vitext.search)."""
    return vitext.search(list(shards), q, **filters)
