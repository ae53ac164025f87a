"""One writer per format: Pipeline.format gives the bytes `vitext analyze --format F` gives.

The CLI, `vitext process` and the HTTP API are held to each other in tests/same_bytes_test.cpp;
this holds the Python module to the CLI (ctest sets VITEXT_CLI).
"""

import os
import subprocess

import pytest

import vitext

CLI = os.environ.get("VITEXT_CLI")
FORMATS = ["json", "conllu", "tsv", "underscore", "text"]
INPUTS = {
    "plain": "Công an tỉnh Thanh Hóa đã bắt giữ 12 đối tượng. Năm 2023, tình hình ổn định.\n",
    "lines": "Hà Nội mùa thu\n\nCông an tỉnh\nbắt đối tượng.\n\n\n",
    "spaces": "  Công  an\ttỉnh\r\nThanh\u00a0Hóa \u3000 Sở   Y tế \n",
    "old_tones": "Hoà bình, khoẻ mạnh, thuỷ lợi: hoá đơn của Sở Y tế.",
}

needs_cli = pytest.mark.skipif(not CLI or not os.path.exists(CLI), reason="VITEXT_CLI (the built vitext) not set")


@needs_cli
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", sorted(INPUTS))
def test_python_writes_the_cli_bytes(tmp_path, name, fmt):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(INPUTS[name].encode())
    cli = subprocess.run([CLI, "analyze", "--until", "segment", "-f", fmt, str(path)], check=True,
                         capture_output=True).stdout.decode()
    assert vitext.pipeline("segment").format(INPUTS[name], fmt, id=str(path)) == cli.replace(
        # The CLI names the document's source (the file); Python has none.
        f',"source":"{path}","source_offset":0', "") if fmt == "json" else cli


def test_segment_underscore_is_the_underscore_writer():
    text = INPUTS["lines"]
    assert vitext.segment(text, underscore=True) + "\n" == vitext.pipeline("segment").format(text, "underscore")
    assert vitext.segment("Công an tỉnh Thanh Hóa", underscore=True) == "Công_an tỉnh Thanh_Hóa"


def test_unknown_format_is_refused():
    with pytest.raises(vitext.VitextError, match=r"unknown output format 'xml'"):
        vitext.pipeline("segment").format("Hà Nội", "xml")
