#!/usr/bin/env bash
# Corpus throughput of `vitext process`: builds a corpus of >= SIZE_MB (default 100) MB of
# JSON Lines from ../shared/data text (the UD treebank's raw sentences and the sample report,
# shuffled into documents of 5-40 sentences; written under build/, never committed), then
# runs --until segment and --until parse (or the last stage this build has) at 1 and 2
# threads, reporting docs/s, MB/s and peak RSS (/usr/bin/time -v), and the Python module's
# overhead per document against the CLI on the same documents.
#   bash bench/process_bench.sh [build dir, default build/release] [SIZE_MB]
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build/release}"
SIZE_MB="${2:-100}"
VT="$BUILD/vitext"
SHARED="${VITEXT_SHARED_DIR:-../shared}/data"
[ -x "$VT" ] || { echo "build first: cmake --preset release && cmake --build --preset release"; exit 2; }
[ -d "$SHARED/ud-vtb" ] || { echo "skipped: data not found ($SHARED)"; exit 0; }
OUT="$BUILD/process_bench"
mkdir -p "$OUT"
CORPUS="$OUT/corpus.jsonl"

/usr/bin/python3 - "$SHARED" "$CORPUS" "$SIZE_MB" <<'PY'
import glob, json, os, random, sys
shared, out, size_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
if os.path.exists(out) and os.path.getsize(out) >= size_mb * 1_000_000:
    sys.exit(0)
sentences = []
for path in sorted(glob.glob(os.path.join(shared, "ud-vtb", "*.conllu"))):
    for line in open(path, encoding="utf-8"):
        if line.startswith("# text = "):
            sentences.append(line[9:].strip())
for path in sorted(glob.glob(os.path.join(shared, "samples", "*.txt"))):
    body = open(path, encoding="utf-8").read().split("\n\n", 1)[-1]
    sentences += [s.strip() for s in body.split("\n") if s.strip()]
rng = random.Random(42)
written, k = 0, 0
with open(out, "w", encoding="utf-8") as f:
    while written < size_mb * 1_000_000:
        text = " ".join(rng.choice(sentences) for _ in range(rng.randint(5, 40)))
        line = json.dumps({"id": f"d{k}", "text": text}, ensure_ascii=False) + "\n"
        f.write(line)
        written += len(line.encode("utf-8"))
        k += 1
print(f"corpus: {k} documents, {written / 1e6:.1f} MB -> {out}", file=sys.stderr)
PY

stages=$("$VT" process --help | grep -o 'Last stage to run: [a-z|]*' | sed 's/.*: //')
has() { echo "|$stages|" | grep -q "|$1|"; }
deep=parse; has parse || deep=$(echo "$stages" | tr '|' '\n' | tail -1)
fast=segment; has segment || fast=sentences

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1 /proc/loadavg)"
echo "corpus: $(wc -l < "$CORPUS") documents, $(( $(stat -c %s "$CORPUS") / 1000000 )) MB ($CORPUS)"
printf '%-10s %-8s %10s %10s %10s %12s\n' until threads seconds docs/s MB/s peak_RSS_MB
for until in "$fast" "$deep"; do
  for threads in 1 2; do
    /usr/bin/time -v "$VT" process "$CORPUS" --input-format jsonl --until "$until" --threads "$threads" \
      --no-progress --stats "$OUT/stats.json" -o /dev/null 2> "$OUT/time.txt"
    rss=$(grep 'Maximum resident' "$OUT/time.txt" | awk '{print $NF}')
    /usr/bin/python3 - "$OUT/stats.json" "$until" "$threads" "$rss" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
print(f"{sys.argv[2]:<10} {sys.argv[3]:<8} {s['seconds']:10.2f} {s['docs_per_s']:10.0f} {s['mb_per_s']:10.2f} {int(sys.argv[4]) / 1024:12.0f}")
PY
  done
done

# Python overhead: the same 2,000 documents through vitext.analyze (one by one) and the CLI.
if [ -d "$BUILD/python/vitext" ]; then
  head -2000 "$CORPUS" > "$OUT/small.jsonl"
  PYTHONPATH="$BUILD/python" /usr/bin/python3 - "$VT" "$OUT/small.jsonl" "$fast" <<'PY'
import json, subprocess, sys, time
import vitext
vt, path, until = sys.argv[1:4]
texts = [json.loads(l)["text"] for l in open(path, encoding="utf-8")]
p = vitext.pipeline(until)
p.analyze(texts[0])
t = time.perf_counter(); [p.analyze(x) for x in texts]; py_one = time.perf_counter() - t
t = time.perf_counter(); p.analyze_batch(texts, threads=1); py_batch = time.perf_counter() - t
t = time.perf_counter()
subprocess.run([vt, "process", path, "--input-format", "jsonl", "--until", until, "--threads", "1",
                "--no-quality", "--no-progress", "-o", "/dev/null"], check=True, stderr=subprocess.DEVNULL)
cli = time.perf_counter() - t
n = len(texts)
print(f"python ({until}, {n} docs): analyze {py_one / n * 1e6:.0f} us/doc, analyze_batch(threads=1) "
      f"{py_batch / n * 1e6:.0f} us/doc, CLI {cli / n * 1e6:.0f} us/doc (incl. start-up); "
      f"overhead per document vs CLI: {(py_one - cli) / n * 1e6:+.0f} us")
PY
fi
