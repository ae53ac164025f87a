#!/usr/bin/python3
"""Choose the fresh-news evaluation articles (issue 21) and their first sentences.

  select.py DATA_DIR VITEXT > eval/news/sentences.tsv

DATA_DIR is the shared data folder (unlabelled/news-baomoi.jsonl.zst, vlsp-style/lines.src.zst);
VITEXT a vitext binary, whose sentence splitter gives the sentences (so offsets are vitext's).
Output, one line per chosen sentence: `article_id  sentence  start  end  part  topic`, offsets in
BYTES of the article's `text` field as UTF-8, end exclusive; nothing of the text is written.

Deterministic: the same data, vitext and SEED give the same file.
- Articles in vlsp-style (the first 16,000 by id, used to train segmentation) are left out.
- The collection has no topic field: a topic is given from keywords of the title (first line),
  first matching topic in TOPICS order; titles matching none are not used.
- Kept: articles with at least SENTENCES sentences, each of the first SENTENCES between 3 and
  600 bytes (longer ones are run-on captions or tables), not lottery results.
- Per topic, PER_TOPIC articles drawn with random.Random(SEED) from the candidates sorted by id;
  within a topic the draw alternates dev / heldout, so the parts are split by article and
  balanced over topics.
"""
import json
import random
import re
import subprocess
import sys

SEED = 20261206
PER_TOPIC = 10
SENTENCES = 5

# Title keywords per topic (lower case, matched as whole words of the title).
TOPICS = [
    ("weather", ["thời tiết", "không khí lạnh", "rét", "nắng nóng", "mưa lớn", "áp thấp", "bão",
                 "mưa rào", "nhiệt độ", "giông", "lũ"]),
    ("traffic", ["tai nạn", "giao thông", "cao tốc", "quốc lộ", "kẹt xe", "ùn tắc", "xe khách",
                 "cầu vượt", "csgt", "gtvt", "bot", "đường sắt", "tàu hỏa", "xe tải"]),
    ("law", ["bắt", "khởi tố", "xét xử", "tòa", "án", "công an", "lừa đảo", "trộm", "vụ",
             "truy nã", "ma túy", "tử hình", "phạt tù", "hầu tòa", "điều tra"]),
    ("sport", ["hlv", "bóng đá", "v-league", "đội tuyển", "cầu thủ", "world cup", "sea games",
               "u20", "u23", "u22", "ngoại hạng", "champions league", "mu", "real madrid",
               "barcelona", "chelsea", "arsenal", "tennis", "trận"]),
    ("education", ["học sinh", "sinh viên", "giáo viên", "trường học", "kỳ thi", "đề thi", "tuyển sinh",
                   "giáo dục", "học phí", "đại học", "thpt"]),
    ("health", ["bệnh viện", "bệnh nhân", "bác sĩ", "y tế", "sốt xuất huyết", "ung thư",
                "dịch bệnh", "vắc xin", "thuốc", "ngộ độc", "sức khỏe", "bộ y tế"]),
    ("economy", ["doanh nghiệp", "xuất khẩu", "ngân hàng", "giá", "tỷ đồng", "thuế", "gdp",
                 "lãi suất", "chứng khoán", "đầu tư", "nông sản", "tăng trưởng"]),
    ("property", ["bất động sản", "căn hộ", "chung cư", "nhà ở", "nhà đất", "sốt đất", "địa ốc"]),
    ("technology", ["iphone", "samsung", "galaxy", "smartphone", "công nghệ", "android",
                    "facebook", "google", "apple", "internet"]),
    ("world", ["mỹ", "trung quốc", "nga", "triều tiên", "nhật bản", "tổng thống", "syria",
               "is", "eu", "nước anh", "pháp", "hàn quốc", "iraq", "israel", "philippines"]),
    ("culture", ["lễ hội", "ca sĩ", "phim", "nghệ sĩ", "di sản", "triển lãm", "âm nhạc",
                 "văn hóa", "diễn viên", "nhạc sĩ", "nhà văn", "bảo tàng", "du lịch"]),
]


def topic_of(title):
    low = " " + re.sub(r"[^\w\-]+", " ", title.lower()) + " "
    for topic, words in TOPICS:
        if any(" " + w + " " in low for w in words):
            return topic
    return None


def read_jsonl_zst(path):
    proc = subprocess.Popen(["zstd", "-dcq", path], stdout=subprocess.PIPE)
    for line in proc.stdout:
        yield line
    proc.wait()


def vlsp_ids(data):
    ids = set()
    for line in read_jsonl_zst(f"{data}/vlsp-style/lines.src.zst"):
        ids.add(line.split(b"\t", 1)[0].decode())
    return ids


def sentences(vitext, docs):
    """First sentences of each document by vitext's splitter: {id: [(start, end), ...]}."""
    payload = "".join(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n"
                      for d in docs).encode("utf-8")
    out = subprocess.run([vitext, "sentences", "--format", "json", "--input-format", "jsonl"],
                         input=payload, capture_output=True, check=True).stdout
    spans = {}
    for line in out.decode("utf-8").splitlines():
        s = json.loads(line)
        spans.setdefault(s["id"], []).append((s["start"], s["end"]))
    return spans


def main():
    data, vitext = sys.argv[1], sys.argv[2]
    seen = vlsp_ids(data)
    by_topic = {t: [] for t, _ in TOPICS}
    for line in read_jsonl_zst(f"{data}/unlabelled/news-baomoi.jsonl.zst"):
        d = json.loads(line)
        if d["id"] in seen:
            continue
        title = d["text"].split("\n", 1)[0]
        topic = topic_of(title)
        if topic and "xổ số" not in title.lower():
            by_topic[topic].append(d)
    chosen = []
    for topic, _ in TOPICS:
        pool = sorted(by_topic[topic], key=lambda d: d["id"])
        rng = random.Random(f"{SEED}-{topic}")
        rng.shuffle(pool)
        picked = []
        # Check candidates in draw order, a batch at a time (one vitext run per batch).
        for i in range(0, len(pool), 40):
            batch = pool[i:i + 40]
            spans = sentences(vitext, batch)
            for d in batch:
                first = spans.get(d["id"], [])[:SENTENCES]
                if len(first) == SENTENCES and all(3 <= e - s <= 600 for s, e in first):
                    picked.append((d["id"], first))
                if len(picked) == PER_TOPIC:
                    break
            if len(picked) == PER_TOPIC:
                break
        for k, (aid, first) in enumerate(picked):
            part = "dev" if k % 2 == 0 else "heldout"
            chosen.append((aid, first, part, topic))
    for aid, first, part, topic in sorted(chosen):
        for n, (s, e) in enumerate(first):
            print(f"{aid}\t{n}\t{s}\t{e}\t{part}\t{topic}")


if __name__ == "__main__":
    main()
