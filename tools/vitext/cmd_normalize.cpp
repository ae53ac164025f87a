// vitext normalize: writes the normalised view of each input document to stdout.
#include <cstdio>
#include <iostream>
#include <memory>

#include "commands.h"
#include "input_options.h"
#include "pipeline_options.h"
#include "vitext/decode.h"
#include "vitext/normalize.h"

namespace vitext::cli {
namespace {

struct NormalizeCommandOptions {
  InputOptions input;
  PipelineOptions pipeline;  // --from, --strict, --tone
  bool remove_diacritics = false;
  bool keep_invisible = false;
  bool keep_spaces = false;
  bool keep_lookalikes = false;
};

int run_normalize(const NormalizeCommandOptions& o) {
  NormalizeOptions options;
  options.tone = o.pipeline.tone;
  DecodeOptions decoding;
  decoding.from = encoding_name(o.pipeline.from);
  decoding.strict = o.pipeline.strict;
  options.drop_invisible = !o.keep_invisible;
  options.unify_spaces = !o.keep_spaces;
  options.fold_lookalikes = !o.keep_lookalikes;
  auto write = [](std::string_view text) { std::fwrite(text.data(), 1, text.size(), stdout); };
  int code = for_each_document(
      o.input,
      [&](Document& doc) {
        Status st = decode(doc, decoding);
        if (st.ok()) st = normalize(doc, options);
        if (!st.ok()) return st;
        if (o.remove_diacritics) {
          write(remove_diacritics(doc.text));
        } else {
          write(doc.text);
        }
        // Documents are separated by a line break (one line per document for line and
        // JSONL input); a text that ends with one gets no second.
        if (doc.text.empty() || doc.text.back() != '\n') write("\n");
        return Status::Ok();
      },
      nullptr);
  std::fflush(stdout);
  return code;
}

}  // namespace

void add_normalize_command(CLI::App& root, Action& action) {
  auto opts = std::make_shared<NormalizeCommandOptions>();
  auto* sub = root.add_subcommand(
      "normalize",
      "Write the normalised text vitext analyses: NFC (decomposed Vietnamese composed), one\n"
      "tone-mark convention, zero-width and control characters dropped, CR LF -> LF, odd spaces\n"
      "-> ' ', fullwidth ASCII and Cyrillic/Greek lookalike letters -> ASCII/Latin.\n"
      "Legacy encodings (TCVN3, VNI, VISCII, VIQR, CP1258) are decoded first (--from).");
  add_input_options(sub, opts->input);
  add_pipeline_flag(sub, "from", "from", opts->pipeline, "Input encoding: " + option_values("from") + " (auto: detect)")
      ->default_str("auto");
  sub->add_flag("--strict", opts->pipeline.strict,
                "Invalid UTF-8 is an error (the document is skipped); by default bad bytes become U+FFFD");
  add_pipeline_flag(sub, "tone", "tone", opts->pipeline,
                  "Tone-mark placement in the open rhymes oa, oe, uy:\n"
                  "  new  = on the first vowel: hóa, khỏe, thủy (default)\n"
                  "  old  = on the second vowel: hoá, khoẻ, thuỷ\n"
                  "  keep = move no mark\n"
                  "new and old also fix marks on the u of qu / i of gi (qúy -> quý, gía -> giá);\n"
                  "words that are not Vietnamese syllables are never touched")
      ->default_str("new");
  sub->add_flag("--remove-diacritics", opts->remove_diacritics,
                "Also fold accents for search: Hồ Chí Minh -> Ho Chi Minh, đ -> d, Đ -> D");
  sub->add_flag("--keep-invisible", opts->keep_invisible,
                "Keep zero-width characters (ZWSP, ZWNJ, ZWJ, BOM, soft hyphen, bidi marks) and control characters");
  sub->add_flag("--keep-spaces", opts->keep_spaces, "Keep no-break and other Unicode spaces as they are");
  sub->add_flag("--keep-lookalikes", opts->keep_lookalikes,
                "Keep fullwidth ASCII, Cyrillic/Greek lookalike letters and U+2010/U+2011 hyphens");
  sub->callback([&action, opts] { action = [opts] { return run_normalize(*opts); }; });
}

}  // namespace vitext::cli
