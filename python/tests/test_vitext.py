"""The Python module: segment, analyze, offsets (bytes and characters), batches, files.

Tests that need a stage skip themselves while that stage is not built into the pipeline.
"""

import threading

import pytest

import vitext

TEXT = "Công an tỉnh Thanh Hóa đã bắt giữ 12 đối tượng. Năm 2023, tình hình an ninh ổn định."
STAGES = vitext.stage_names()
LAST = STAGES[-1]


def needs(stage):
    return pytest.mark.skipif(stage not in STAGES, reason=f"stage {stage} not in this build")


def assert_offsets_select(record, text):
    """The record's character offsets and its byte offsets both select `text` in TEXT."""
    assert TEXT[record.char_start:record.char_end] == text
    assert TEXT.encode("utf-8")[record.start:record.end].decode("utf-8") == text


def test_stage_names_start_with_decode():
    assert STAGES[0] == "decode"
    assert "sentences" in STAGES


@needs("segment")
def test_segment_returns_original_words():
    words = vitext.segment(TEXT)
    assert "".join(words).replace(" ", "") == TEXT.replace(" ", "")
    for w in words:
        assert w in TEXT
    assert any(" " in w for w in words)  # multi-syllable words exist (e.g. "Công an")


@needs("segment")
def test_segment_underscore():
    s = vitext.segment("Công an tỉnh Thanh Hóa", underscore=True)
    assert isinstance(s, str)
    assert s.replace("_", " ") == "Công an tỉnh Thanh Hóa"


def test_sentences_offsets_bytes_and_characters():
    doc = vitext.analyze(TEXT, until="sentences", tokens=True)
    assert doc.ok
    assert len(doc.sentences) == 2
    for s in doc.sentences:
        assert_offsets_select(s, s.text)
        for t in s.tokens:
            assert_offsets_select(t, t.form)


@needs("segment")
def test_word_offsets_bytes_and_characters():
    doc = vitext.analyze(TEXT, until="segment")
    assert doc.words
    for w in doc.words:
        assert_offsets_select(w, w.form)


@needs("parse")
def test_analyze_has_tags_and_a_tree_per_sentence():
    doc = vitext.analyze(TEXT, until="parse")
    assert all(t for t in doc.tags)
    for s in doc.sentences:
        heads = [w.head for w in s.words]
        assert heads.count(0) == 1
        assert all(0 <= h <= len(heads) for h in heads)


@needs("parse")
def test_accurate_parser_keeps_the_words_and_gives_one_tree_per_sentence():
    fast = vitext.Pipeline(until="parse").analyze(TEXT)
    accurate = vitext.Pipeline(until="parse", parser="accurate").analyze(TEXT)
    assert [w.form for w in accurate.words] == [w.form for w in fast.words]
    for s in accurate.sentences:
        heads = [w.head for w in s.words]
        assert heads.count(0) == 1
        assert all(0 <= h <= len(heads) for h in heads)
    with pytest.raises(vitext.VitextError):
        vitext.Pipeline(until="parse", parser="exact")


def test_full_analysis_has_every_layer():
    doc = vitext.analyze(TEXT)
    assert doc.ok
    assert isinstance(doc.entities, list)
    assert isinstance(doc.facts, list)
    assert isinstance(doc.words, list)
    for e in doc.entities:
        assert TEXT[e.char_start:e.char_end] == e.text


def test_bytes_input_and_strict_errors():
    doc = vitext.analyze(TEXT.encode("utf-8"), until="sentences")
    assert doc.sentences[0].text.startswith("Công an")
    assert "char_start" not in doc.sentences[0]
    strict = vitext.Pipeline(until="sentences", encoding="utf-8", strict=True)
    with pytest.raises(vitext.VitextError):
        strict.analyze(b"bad \xc3\x28 bytes")
    with pytest.raises(vitext.VitextError):
        vitext.Pipeline(until="nonsense")
    with pytest.raises(TypeError):
        vitext.analyze(42)


def test_batch_equals_one_by_one_and_keeps_errors():
    texts = [TEXT, "Hà Nội mùa thu.", "", "Sài Gòn mưa."] * 5
    one = [vitext.analyze(t, until=LAST).to_dict() for t in texts]
    batch = vitext.analyze_batch(texts, until=LAST, threads=2)
    assert [d.to_dict() for d in batch] == [dict(d, id=str(i)) for i, d in enumerate(one)]
    strict = vitext.Pipeline(until="sentences", encoding="utf-8", strict=True)
    out = strict.analyze_batch([b"ok", b"bad \xc3\x28"], threads=2)
    assert out[0].ok and not out[1].ok and "UTF-8" in out[1].error


def test_pipeline_is_shared_across_python_threads():
    p = vitext.pipeline()
    results = [None] * 8

    def run(i):
        results[i] = p.analyze(TEXT).to_dict()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == results[0] for r in results)


def test_process_files(tmp_path):
    shard = tmp_path / "a.txt"
    shard.write_text("Hà Nội mùa thu.\nHà Nội mùa thu.\nthe quick brown fox\n", encoding="utf-8")
    s = vitext.process_files([shard], input_format="lines", dedup="exact", min_vietnamese=0.5)
    assert (s["read"], s["ok"], s["duplicates"], s["filtered"], s["errors"]) == (3, 1, 1, 1, 0)
    assert len(s["output"].splitlines()) == 3
    out = tmp_path / "out.txt"
    vitext.process_files([shard], out, input_format="lines", format="text")
    assert out.read_text(encoding="utf-8").replace("_", "").replace(" ", "").startswith("HàNộimùathu.")


def test_bad_options_have_the_cli_and_http_messages():
    # One reader of option values serves the CLI, the HTTP API and Python: the same words.
    with pytest.raises(vitext.VitextError, match=r"unknown tone style 'newer' \(use new, old, keep\)"):
        vitext.Pipeline(until="sentences", tone="newer")
    with pytest.raises(vitext.VitextError, match=r"unknown stage 'everything' \(use decode, normalize,"):
        vitext.Pipeline(until="everything")
    with pytest.raises(vitext.VitextError, match=r"unknown parser mode 'fastest' \(use fast, accurate\)"):
        vitext.Pipeline(until="sentences", parser="fastest")
    assert vitext.Pipeline(until="sentences", encoding="windows-1258").until == "sentences"


@needs("segment")
def test_conventions_option():
    # vtb is the default; vlsp (PhoBERT's words) is read by the same option reader as the
    # CLI's --conventions and the HTTP parameter, and stops at the segment stage.
    assert vitext.segment("Người dân", conventions="vtb") == vitext.segment("Người dân")
    with pytest.raises(vitext.VitextError, match=r"unknown word conventions 'phobert' \(use vtb, vlsp\)"):
        vitext.Pipeline(until="segment", conventions="phobert")
    with pytest.raises(vitext.VitextError, match="segmentation only"):
        vitext.Pipeline(until="tag", conventions="vlsp")
    try:
        p = vitext.Pipeline(until="segment", conventions="vlsp")
    except vitext.VitextError as e:
        assert "no vlsp segmenter model" in str(e)
        return
    text = "Người dân đóng bảo hiểm xã hội."
    assert p.segment(text, underscore=True) == "Người_dân đóng bảo_hiểm_xã_hội ."
    assert vitext.segment(text, underscore=True, conventions="vlsp") == "Người_dân đóng bảo_hiểm_xã_hội ."
    for w in p.segment(text):
        assert w in text
