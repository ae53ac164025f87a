"""vitext.Index and vitext.search: the search index from Python, with the same hits as the CLI."""

import json
import os
import subprocess

import pytest

import vitext

STAGES = vitext.stage_names()
pytestmark = pytest.mark.skipif(not {"segment", "extract"} <= set(STAGES),
                                reason="search needs the segment and extract stages")

DOCS = [
    {"id": "report", "title": "Hội nghị Công an tỉnh", "date": "2023-12-20",
     "text": "Ngày 15/12/2023, Đại tá Nguyễn Hữu Mạnh, Giám đốc Công an tỉnh Thanh Hóa, chủ trì hội nghị tổng kết. "
             "Công an tỉnh đã khen thưởng 12 tập thể và 30 cá nhân có thành tích xuất sắc."},
    {"id": "hue", "title": "Du lịch Huế", "date": "2021-06-01",
     "text": "Năm 2021, thành phố Huế đón 1,2 triệu lượt khách du lịch. Nhiều lễ hội được tổ chức."},
    {"id": "hanoi", "title": "Hà Nội mùa thu", "date": "2022-09-02",
     "text": "Hà Nội hôm nay trời mưa nhẹ. Người dân hoà mình vào không khí lễ hội trên phố."},
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "news.db"
    with vitext.Index(path, mode="w") as ix:
        first = DOCS[0]
        ix.add(first["text"], id=first["id"], title=first["title"], date=first["date"])
        assert ix.add_many(DOCS[1:], threads=2) == 2
    return str(path)


def ids(hits):
    return [h["id"] for h in hits]


def test_words_match_without_diacritics_with_byte_offsets(db):
    ix = vitext.Index(db)
    hits = ix.search("thanh hoa")
    assert ids(hits) == ["report"]
    text = ix.document("report")["text"]
    assert isinstance(text, bytes)
    assert hits[0]["matches"]
    for start, end in hits[0]["matches"]:
        assert text[start:end].decode("utf-8") == "Thanh Hóa"
    assert hits[0]["title"] == "Hội nghị Công an tỉnh"
    assert hits[0]["shard"] == db
    # The text writes "hoà" (old-style tone mark); "hòa" finds it.
    assert ids(ix.search("hòa mình")) == ["hanoi"]


def test_filters(db):
    ix = vitext.Index(db)
    hits = ix.search(person="Nguyễn Hữu Mạnh")
    assert ids(hits) == ["report"]
    assert hits[0]["people"]
    assert ids(ix.search(since="2023-12-01", until="2023-12-31")) == ["report"]
    facts = ix.search(fact_unit="tập thể")
    assert ids(facts) == ["report"]
    assert facts[0]["facts"][0]["value"] == 12
    assert ix.search(fact_unit="tập thể", fact_min=13) == []
    assert len(ix.search("lễ hội", limit=1)) == 1
    assert sorted(ids(ix.search("lễ hội"))) == ["hanoi", "hue"]


def test_hits_are_the_cli_json(db):
    cli = os.environ.get("VITEXT_CLI")
    if not cli:
        pytest.skip("VITEXT_CLI not set (ctest sets it)")
    out = subprocess.run([cli, "search", "--db", db, "lễ hội", "--format", "json"], check=True,
                         capture_output=True, text=True).stdout
    assert [json.loads(line) for line in out.splitlines()] == vitext.Index(db).search("lễ hội")


def test_errors_are_vitext_errors(db, tmp_path):
    ix = vitext.Index(db)
    with pytest.raises(vitext.VitextError, match="quote"):
        ix.search('"thanh hoa')
    with pytest.raises(vitext.VitextError):
        ix.search("x", since="2023-13")
    with pytest.raises(vitext.VitextError):
        ix.search("x", limit=0)
    with pytest.raises(vitext.VitextError):
        ix.search("x", limit=-2)
    with pytest.raises(TypeError):
        ix.search("x", colour="red")
    with pytest.raises(vitext.VitextError):
        ix.add("Hà Nội.", id="new")  # opened for reading
    with pytest.raises(vitext.VitextError):
        vitext.Index(tmp_path / "missing.db")
    with pytest.raises(vitext.VitextError):
        vitext.Index(db, mode="a")
    with pytest.raises(KeyError):
        ix.document("nothing")
    with vitext.Index(tmp_path / "other.db", mode="w") as w:
        with pytest.raises(vitext.VitextError, match="id"):
            w.add("Hà Nội.")


def test_add_replaces_by_id_and_shards_search_as_one(db, tmp_path):
    other = tmp_path / "other.db"
    with vitext.Index(other, mode="w") as w:
        w.add("Thành phố Thanh Hóa có mưa lớn.", id="rain", date="2023-12-05")
        w.add("Thành phố Thanh Hóa có mưa lớn kéo dài.", id="rain", date="2023-12-05")
        w.add({"id": "sun", "text": "Đà Nẵng nắng đẹp."})
        w.commit()
        assert w.stats()["documents"] == 2
    hits = vitext.search([db, other], "thanh hoa")
    assert sorted(ids(hits)) == ["rain", "report"]
    assert {h["shard"] for h in hits} == {db, str(other)}
    assert vitext.Index(other).document("rain")["text"].decode() == "Thành phố Thanh Hóa có mưa lớn kéo dài."
