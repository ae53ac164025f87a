"""Search indexes built one shard per partition on a two-process Dask LocalCluster, searched
as one, find what one index of the same documents finds."""

import random

import pytest

import vitext
import vitext.dask

distributed = pytest.importorskip("dask.distributed")
db = pytest.importorskip("dask.bag")
pytestmark = pytest.mark.skipif(not {"segment", "extract"} <= set(vitext.stage_names()),
                                reason="search needs the segment and extract stages")

PLACES = ["Thanh Hóa", "Hà Nội", "Huế", "Đà Nẵng", "Cần Thơ"]
EVENTS = ["mưa lớn kéo dài", "lễ hội truyền thống", "hội nghị tổng kết", "triển lãm sách"]


def make_docs(count=40):
    rng = random.Random(11)
    docs = []
    for i in range(count):
        place, event = rng.choice(PLACES), rng.choice(EVENTS)
        docs.append({"id": f"d{i:03d}", "title": f"{event} ở {place}", "date": f"2023-{rng.randint(1, 12):02d}-10",
                     "text": f"Tại {place}, {event} thu hút {rng.randint(2, 90)} nghìn người tham gia."})
    return docs



def test_one_shard_per_partition_searched_as_one(tmp_path, dask_client):
    docs = make_docs()
    shards = vitext.dask.index_bag(db.from_sequence(docs, npartitions=4), str(tmp_path / "shards"))
    assert len(shards) == 4
    assert sum(vitext.Index(s).stats()["documents"] for s in shards) == len(docs)

    with vitext.Index(tmp_path / "one.db", mode="w") as one:
        one.add_many(docs)
    single = str(tmp_path / "one.db")

    for query in [dict(q="thanh hoa"), dict(q='"lễ hội"'), dict(q="ha noi", since="2023-06", until="2023-09")]:
        got = vitext.dask.search(shards, limit=100, **query)
        want = vitext.search(single, limit=100, **query)
        assert want, query
        # Scores differ (BM25 counts words per shard); the documents found do not.
        assert sorted(h["id"] for h in got) == sorted(h["id"] for h in want), query
        assert {h["shard"] for h in got} <= set(shards)
    # The work ran on a cluster of two worker processes.
    assert len(dask_client.scheduler_info()["workers"]) == 2
