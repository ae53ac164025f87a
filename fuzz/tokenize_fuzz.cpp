// Tokenisation and sentence splitting on decoded, normalised text: tokens tile the
// non-space text in order without overlap, sentences tile the tokens. The first byte picks
// the options (web tokens, one sentence per line, the length cap).
#include "fuzz/checks/invariants.h"
#include "fuzz/checks/targets.h"

#include "vitext/decode.h"
#include "vitext/normalize.h"
#include "vitext/sentences.h"
#include "vitext/tokenize.h"

namespace vitext::fuzz {

void tokenize_target(std::string_view data) {
  auto [selector, bytes] = split_selector(data);
  Document doc{std::string(bytes)};
  if (!decode(doc, DecodeOptions{}).ok()) return;
  // Half the inputs skip normalisation: the tokenizer must cope with any valid UTF-8.
  if ((selector & 1) && !normalize(doc).ok()) return;
  TokenizeOptions to;
  to.web = (selector & 2) == 0;
  Status st = tokenize(doc, to);
  FUZZ_CHECK(st.ok(), st.message());
  check_tokens(doc);
  check_text_core(doc);

  SentenceOptions so;
  so.one_per_line = (selector & 4) != 0;
  so.max_tokens = (selector & 8) ? 1 + (selector >> 4) : 512;
  st = split_sentences(doc, so);
  FUZZ_CHECK(st.ok(), st.message());
  check_sentences(doc, so.max_tokens);
  if (so.one_per_line) {
    for (const Sentence& s : doc.sentences)
      FUZZ_CHECK(doc.view_of(s.view).find('\n') == std::string_view::npos, "one_per_line sentence holds a line break");
  }
}

}  // namespace vitext::fuzz

VITEXT_FUZZ_TARGET(vitext::fuzz::tokenize_target)
