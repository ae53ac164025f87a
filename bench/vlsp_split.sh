# Sourced by bench/train_vlsp.sh and bench/eval_vlsp.sh after bench/build_dir.sh: splits the
# RDRsegmenter reference ($SHARED/data/vlsp-style) by article into $TMP/split
# (train.conllu, dev.{txt,seg,src}, test.{txt,seg,src}; the rule: train/segment/reference_corpus.h)
# and reports what it left out on stderr. Needs TMP and VITEXT.
VLSP=$SHARED/data/vlsp-style
vlsp_split() {  # [max training lines, 0: all]
  for f in txt seg src; do zstd -dqc "$VLSP/lines.$f.zst" > "$TMP/lines.$f"; done
  "$VITEXT" train split-reference --raw "$TMP/lines.txt" --segmented "$TMP/lines.seg" --sources "$TMP/lines.src" \
    --out-dir "$TMP/split" --max-train-lines "${1:-0}"
  rm -f "$TMP"/lines.{txt,seg,src}
}
