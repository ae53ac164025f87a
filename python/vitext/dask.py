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
