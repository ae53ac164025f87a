# Sourced by the CLI test scripts. missing_data WHAT: when VITEXT_REQUIRE_DATA=1 (set by
# .ci/run) a missing data file or model is a failure (exit 1); otherwise it prints a skip
# and returns, and the caller goes on or exits 0.
missing_data() {
  if [ "${VITEXT_REQUIRE_DATA:-}" = 1 ]; then
    echo "FAIL: missing $* (VITEXT_REQUIRE_DATA=1: data is required)" >&2
    exit 1
  fi
  echo "skipped: missing $*"
}

# have_embedded_model VITEXT NAME: true when the binary embeds that model (segmenter, tagger,
# parser, parser-accurate); otherwise missing_data and false, so the caller exits 0.
have_embedded_model() {
  if "$1" version | grep -q "model $2: not embedded"; then
    missing_data "the embedded $2 model"
    return 1
  fi
}
