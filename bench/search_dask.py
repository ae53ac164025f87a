"""Search indexes built with Dask, one shard per partition, against one index in one process.

Reads the first --docs articles of ../shared/data/unlabelled/news-baomoi.jsonl.zst, indexes
them (1) in this process with vitext.Index.add_many on one thread and (2) on a local Dask
cluster of --workers single-threaded worker processes with vitext.dask.index_bag (one shard per
partition), then runs the same queries on both and checks that they find the same documents.
Prints documents/s, index sizes and query latency (p50 over --repeat runs of each query).

    PYTHONPATH=build/release/python /usr/bin/python3 bench/search_dask.py --docs 4000
"""

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import vitext
import vitext.dask

QUERIES = [dict(q="thanh hoa"), dict(q='"giá vàng"'), dict(q="công an", since="2017-01", until="2017-12"),
           dict(fact_unit="đồng", fact_min=1e9), dict(type="PER", entity="nguyen")]


def read_docs(path, count):
    """The first `count` records of a .jsonl.zst file (zstd from Debian's zstd package)."""
    with subprocess.Popen(["zstd", "-dc", path], stdout=subprocess.PIPE) as p:
        docs = []
        for line in p.stdout:
            docs.append(json.loads(line))
            if len(docs) == count:
                break
        p.kill()
    return docs


def size(paths):
    return sum(os.path.getsize(p) for p in paths)


def latency_ms(search, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        search()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=4000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partitions", type=int, default=4)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--data", default=os.environ.get("VITEXT_SHARED_DIR", os.path.join(here, "..", "..", "shared")))
    args = ap.parse_args()
    source = os.path.join(args.data, "data", "unlabelled", "news-baomoi.jsonl.zst")
    if not os.path.exists(source):
        sys.exit(f"search_dask: {source} not found (--data)")
    from dask.distributed import Client, LocalCluster
    import dask.bag as db

    docs = read_docs(source, args.docs)
    text_bytes = sum(len(d["text"].encode("utf-8")) for d in docs)
    work = tempfile.mkdtemp(prefix="vitext-search-dask-")
    try:
        single = os.path.join(work, "one.db")
        t = time.perf_counter()
        with vitext.Index(single, mode="w") as ix:
            ix.add_many(docs, threads=1)
        one_s = time.perf_counter() - t

        with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                          dashboard_address=None, silence_logs=40) as cluster, Client(cluster):
            bag = db.from_sequence(docs, npartitions=args.partitions)
            t = time.perf_counter()
            shards = vitext.dask.index_bag(bag, os.path.join(work, "shards"))
            dask_s = time.perf_counter() - t

        print(f"documents: {len(docs)} ({text_bytes / 1e6:.1f} MB of text)")
        print(f"one process, 1 thread:        {len(docs) / one_s:7.0f} documents/s, index {size([single]) / 1e6:.1f} MB")
        print(f"Dask, {args.workers} workers, {len(shards)} shards: {len(docs) / dask_s:7.0f} documents/s "
              f"(wall, cluster start not counted), shards {size(shards) / 1e6:.1f} MB")
        print("query                                  hits  same docs  p50 one (ms)  p50 shards (ms)")
        for q in QUERIES:
            want = vitext.search(single, limit=1000, **q)
            got = vitext.dask.search(shards, limit=1000, **q)
            same = sorted(h["id"] for h in want) == sorted(h["id"] for h in got)
            one_ms = latency_ms(lambda: vitext.search(single, limit=10, **q), args.repeat)
            shard_ms = latency_ms(lambda: vitext.dask.search(shards, limit=10, **q), args.repeat)
            label = json.dumps(q, ensure_ascii=False)
            print(f"{label[:38]:38} {len(want):5d}  {str(same):9}  {one_ms:12.1f}  {shard_ms:15.1f}")
            if not same:
                sys.exit("search_dask: the shards found other documents than the single index")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
