#!/usr/bin/python3
"""Writes the seed corpora of fuzz/corpus/<target>/ from the snippets below (all written for
vitext; no text from ../shared). Legacy encodings come from iconv; VNI-Windows, which iconv
does not know, is written by hand. Run it again after editing: files are rewritten.
Every seed starts with the byte the target reads its options from."""
import gzip
import os
import subprocess
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

SNIPPETS = [
    "Công an tỉnh Thanh Hóa đã bắt giữ 3 đối tượng vào ngày 27/12/2023.",
    "Hôm nay trời đẹp quá! Chúng tôi đi chơi ở Hà Nội. Còn bạn?",
    "Giá xăng tăng 1.250 đồng/lít, tương đương 5,3%; áp dụng từ 15h30 ngày 1-1-2024.",
    "TP.HCM có hơn 9 triệu dân. GS. Nguyễn V. A. nói: “Thật tuyệt…” (theo VnExpress)",
    "Hoà bình, thuỷ lợi, khoẻ mạnh; hòa bình, thủy lợi, khỏe mạnh. Qúy khách gía rẻ.",
    "Liên hệ: phongbao@congan.gov.vn hoặc https://congan.thanhhoa.gov.vn/tin-tuc?id=5 #AnNinh @admin 😀👍🏽👨‍👩‍👧",
    "UBND, HĐND, ANTT, COVID-19, F0, U23, 4G; 100USD, $100, 20€, 5.000đ, 100.000 VNĐ.",
    "Số liệu: 1.000.000; 3,5; -2; 1,000.5; 12/2023; 2023-12-27; 23-3; 8h30; 08:30; 14g30; 99.999.999.999.999.999.",
    "1. Mở đầu\n2. Nội dung\n- gạch đầu dòng\na) mục nhỏ\n\nĐoạn mới bắt đầu ở đây.",
    "Dòng một\r\nDòng hai\rDòng ba\n\n\nHết.",
    "Hàng trăm đối tượng, hơn 40% chỉ tiêu, từ 5 đến 10 vụ; trên 50 lượt người được Bộ Công an tặng Bằng khen.",
    "Sáng nay, Đại tá Lê Văn B, Phó Giám đốc Công an tỉnh, dự lễ kỷ niệm Quốc khánh 2/9 và Tết Nguyên đán.",
    "v.v... ThS. BS. Trần Thị C; ông Nguyễn Văn D (SN 1985, trú tại xã Quảng Xương).",
    "Ngữ cảnh hỗn hợp: café, José, naïve, Ελλάδα, Москва, 東京, عربى.",
    "\u200bZero\u200dwidth\u00a0nbsp\u2003em\u3000ideo ＡＢＣ１２３ аnh (Cyrillic а) co\u2011op",
    "",
    "a",
    "...!!!???“”‘’«»—–-…",
]

NFD = [unicodedata.normalize("NFD", s) for s in SNIPPETS[:5]]
# Vietnamese typed with combining tone marks after the composed base letter (a common IME output).
ODD_ORDER = ["Tie\u0302\u0301ng Vie\u0323\u0302t", "ho\u0300a bi\u0300nh", "Đa\u0306\u0300ng"]
VIQR = ["Tie^'ng Vie^.t la` ngo^n ngu*~ cu?a ngu*o*`i Vie^.t.", "DDa(ng ky' ta.m tru'\\. Co^ng an."]
# VNI-Windows: base letter then mark bytes (written by hand from the published table).
VNI = [b"Tie\xe1ng Vie\xe4t, Co\xe2ng an t\xedn\xe8h", b"\xf1a\xf5 ba\xf9t gi\xf6\xf5 ba\xf8i thi"]
TRICKY_BYTES = [
    b"\xff\xfe\x00T\x00i\x00",            # UTF-16 with a BOM
    b"\xef\xbb\xbfC\xc3\xb4ng an",         # UTF-8 BOM
    b"C\xc3\xb4ng \xc3\x28 an \xe1\xbb",   # invalid and truncated UTF-8
    b"\xed\xa0\x80 surrogate \xf4\x90\x80\x80 beyond",
    b"NUL\x00in the\x00middle",
    b"\x1b[31mANSI\x1b[0m \x07\x08",
    bytes(range(256)),
]


def iconv(text, encoding):
    try:
        return subprocess.run(["iconv", "-f", "UTF-8", "-t", encoding + "//TRANSLIT"], input=text.encode(),
                              capture_output=True, check=True).stdout
    except subprocess.CalledProcessError:
        return None


def texts():
    out = [s.encode() for s in SNIPPETS + NFD + ODD_ORDER + VIQR] + VNI + TRICKY_BYTES
    for s in SNIPPETS[:13]:
        for enc in ("TCVN5712-1", "VISCII", "CP1258"):
            b = iconv(s, enc)
            if b:
                out.append(b)
    return out


def write(target, name, selector, payload):
    d = os.path.join(HERE, target)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(bytes([selector]) + payload)


def text_targets():
    corpus = texts()
    for target, selectors in (("decode", (11, 0x80 + 11, 0, 3, 5, 0x46)), ("normalize", (0, 1, 2, 0x80, 0x70)),
                              ("tokenize", (0, 1, 3, 5, 0x1D)), ("segment", (0, 2)), ("analyze", (0, 1, 2))):
        for i, payload in enumerate(corpus):
            write(target, f"seed{i:03d}", selectors[i % len(selectors)], payload)
    dictionary = "Công an\nan ninh điều tra\n# comment\nThanh Hóa\n\n"
    for i, s in enumerate(SNIPPETS[:6]):
        write("segment", f"userdict{i}", 1, (dictionary + s).encode())


def reader_target():
    jsonl = ('{"id": "a1", "text": "Công an tỉnh", "date": "2023-12", "title": "Tin"}\n'
             '{"id": 7, "text": "Hai\\nDòng \\u00e1 \\ud83d\\ude00"}\n\n'
             '{"doc": {"body": "lồng nhau"}, "meta": {"id": "x"}}\n'
             '{"text": 5}\n{"text": "thiếu ngoặc"\n{broken json\n[1, 2]\n"chuỗi"\n{"text": "\\ud800"}\n')
    corpus = (" date 2023-12 Tiêu đề một\n\nCông an tỉnh Thanh Hóa.\nDòng hai.\n"
              " date 2024-01-02 Tiêu đề hai\r\n\r\nNội dung\r\n date 2024-13 không phải tiêu đề\n"
              " date 2024-02\n\n\n\nSau ba dòng trống")
    stray = "Văn bản trước tiêu đề\n date 2023-12 T\n\nThân"
    lines = "một\r\nhai\n\nbốn\nkhông xuống dòng"
    seeds = {"jsonl": jsonl.encode(), "corpus": corpus.encode(), "stray": stray.encode(), "lines": lines.encode(),
             "bom": b"\xef\xbb\xbf" + jsonl.encode(), "binary": bytes(range(200))}
    selectors = {"jsonl": (0, 3, 3 + 8, 3 + 16 + 32), "corpus": (0, 4, 4 + 32 + 64), "stray": (0, 4),
                 "lines": (1, 2, 2 + 32), "bom": (0, 3), "binary": (0, 1)}
    for name, payload in seeds.items():
        for sel in selectors[name]:
            write("reader", f"{name}_{sel}", sel, payload)
        gz = gzip.compress(payload, mtime=0)
        write("reader", f"{name}_gz", 0, gz)
        write("reader", f"{name}_gz_truncated", 0, gz[: len(gz) // 2])
        write("reader", f"{name}_gz_twice", 0, gz + gz)  # concatenated members are one stream
        zst = subprocess.run(["zstd", "-q", "-c"], input=payload, capture_output=True, check=True).stdout
        write("reader", f"{name}_zst", 0, zst)
        write("reader", f"{name}_zst_truncated", 0, zst[: len(zst) // 2])


def server_target():
    reqs = [
        (0, "application/json\t\n" + '{"text": "Công an tỉnh Thanh Hóa.", "options": {"until": "tag", "tokens": true}}'),
        (0, "application/json\tformat=conllu\n" + '{"text": "Tôi đi học.", "id": "r1", "options": {"format": "conllu"}}'),
        (1, "application/json\t\n" + '{"text": "Hà Nội", "options": {"format": "text", "tone": "old"}}'),
        (0, "text/plain; charset=utf-8\tuntil=parse&format=conllu\nHôm nay trời đẹp."),
        (0, "\tinput=corpus&until=segment\n date 2023-12 Tiêu đề\n\nThân bài.\n date 2024-01 Hai\n\nNữa."),
        (1, "text/plain\tformat=text&from=tcvn3\n") ,
        (0, "\tfrom=vni&strict=true\n"),
        (0, "application/json\t\n{\"text\": \"a\", \"options\": {\"until\": \"nope\"}}"),
        (0, "application/json\t\n{\"text\": 5}"),
        (0, "application/json\t\n{\"text\": \"a\", \"options\": [1]}"),
        (0, "application/json\t\n{\"text\": \"a\", \"options\": {\"strict\": 1}}"),
        (0, "application/json\t\n{\"text\": \"unterminated"),
        (0, "\tuntil=extract&tokens=yes&id=x\n  {\"text\": \"looks like JSON\"}"),
        (0, "\tstrict=maybe\nabc"),
        (1, "application/json; charset=utf-8\t\n{\"text\": \"\\ud83d\\ude00 Đà Nẵng 27/12/2023\"}"),
    ]
    for i, (sel, req) in enumerate(reqs):
        write("server", f"req{i:02d}", sel, req.encode())
    for i, enc in enumerate(("TCVN5712-1", "VISCII", "CP1258")):
        write("server", f"legacy{i}", 0, b"\tuntil=segment\n" + iconv(SNIPPETS[0], enc))
    write("server", "invalid_utf8", 0, b"text/plain; charset=utf-8\tstrict=true\nC\xc3\x28ng")
    write("server", "json_invalid_utf8", 0, b"application/json\t\n{\"text\": \"C\xc3\x28\"}")


def convert_target():
    # The selector picks ?from= when the query has none: 0 auto, 1 utf-8, 2 tcvn3, 3 tcvn5712-1,
    # 4 vni, 5 viscii, 6 viqr, 7 cp1258, 8 none (the server's auto).
    json_accept = b"application/json"
    reqs = [
        ("utf8", 8, b"\t\n" + SNIPPETS[0].encode()),
        ("utf8_json", 1, json_accept + b"\t\n" + SNIPPETS[5].encode()),
        ("nfd", 8, b"\tformat=json\n" + NFD[4].encode()),
        ("odd_order", 1, b"\tstrict=true\n" + ODD_ORDER[0].encode()),
        ("viqr", 6, b"\t\n" + VIQR[0].encode()),
        ("viqr_auto", 0, json_accept + b"\t\n" + VIQR[1].encode()),
        ("vni", 4, b"\tstrict=1\n" + VNI[0]),
        ("vni_alias", 8, json_accept + b"\tfrom=VNI_Windows\n" + VNI[1]),
        ("bom", 8, b"\t\n" + TRICKY_BYTES[1]),
        ("invalid_utf8", 1, json_accept + b"\t\n" + TRICKY_BYTES[2]),
        ("invalid_utf8_strict", 1, b"\tstrict=true\n" + TRICKY_BYTES[2]),
        ("nul", 8, b"\t\n" + TRICKY_BYTES[4]),
        ("nul_strict", 8, b"\tstrict=true\n" + TRICKY_BYTES[4]),
        ("utf16", 0, b"\t\n" + TRICKY_BYTES[0]),
        ("binary", 7, b"\t\n" + TRICKY_BYTES[6]),
        ("unknown_from", 8, b"\tfrom=latin1\nabc"),
        ("empty_from", 8, json_accept + b"\tfrom=&strict\n"),
        ("two_froms", 8, b"\tfrom=viqr&from=nope\nVie^.t"),
        ("empty", 2, b"\t\n"),
    ]
    for i, enc in enumerate(("TCVN5712-1", "VISCII", "CP1258")):
        for sel, query in ((0, b""), (3 + 2 * i, b"strict=true")):
            reqs.append((f"legacy{i}_{sel}", sel, b"\t" + query + b"\n" + iconv(SNIPPETS[i + 1], enc)))
    # ?from=tcvn3 reads capitals of the VN1 variant as tcvn5712-1 (and says so).
    reqs.append(("tcvn3_vn1_capitals", 2, b"\t\n" + iconv(SNIPPETS[0].upper(), "TCVN5712-1")))
    for name, sel, req in reqs:
        write("convert", name, sel, req)


if __name__ == "__main__":
    text_targets()
    reader_target()
    server_target()
    convert_target()
