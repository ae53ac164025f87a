"""A sharded corpus on a two-process Dask LocalCluster gives what one process gives."""

import gzip
import json
import os
import random

import pytest

import vitext
import vitext.dask

distributed = pytest.importorskip("dask.distributed")

SYLLABLES = ("công an tỉnh thanh hóa năm nay đã bắt giữ đối tượng trong dịp cuối năm tình hình "
             "an ninh trật tự ổn định người dân phấn khởi kinh tế xã hội phát triển").split()


def make_shards(tmp_path, count=4, docs=25):
    rng = random.Random(7)
    paths = []
    for s in range(count):
        lines = []
        for d in range(docs):
            words = [rng.choice(SYLLABLES) for _ in range(rng.randint(8, 30))]
            lines.append(" ".join(words).capitalize() + ".")
        lines.append(lines[0])  # a duplicate inside the shard
        body = "\n".join(lines) + "\n"
        if s == 0:
            path = tmp_path / f"shard{s}.txt.gz"
            with gzip.open(path, "wt", encoding="utf-8") as f:
                f.write(body)
        else:
            path = tmp_path / f"shard{s}.txt"
            path.write_text(body, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_dask_equals_single_process(tmp_path, dask_client):
    paths = make_shards(tmp_path)
    options = dict(input_format="lines", dedup="exact")
    until = "tag" if "tag" in vitext.stage_names() else vitext.stage_names()[-1]
    single = vitext.process_files(paths, until=until, **options)
    expected = single["output"].splitlines()

    summaries = vitext.dask.process_shards(paths, str(tmp_path / "out"), until=until, client=dask_client, **options)
    got = []
    for s in summaries:
        with open(s["path"], encoding="utf-8") as f:
            got.extend(f.read().splitlines())
    assert got == expected
    assert vitext.dask.total(summaries)["read"] == single["read"] == 4 * 26
    assert vitext.dask.total(summaries)["duplicates"] == single["duplicates"] == 4
    # Both worker processes took part.
    assert len({w for w in dask_client.scheduler_info()["workers"]}) == 2

    bag = vitext.dask.records_bag(paths, until=until, **options)
    assert bag.compute() == expected
    assert json.loads(expected[1])["sentences"][0]["text"]
