// vitext convert: legacy Vietnamese encodings (and UTF-8 with or without bad bytes) to NFC
// UTF-8. Nothing else changes: tone placement, spacing, punctuation stay as they were.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <memory>

#include "commands.h"
#include "input_options.h"
#include "pipeline_options.h"
#include "vitext/decode.h"

namespace vitext::cli {
namespace {

struct ConvertOptions {
  InputOptions input;
  PipelineOptions pipeline;  // --from and --strict
  bool lenient = false;
  std::string output;
};

std::string describe(const Document& doc, bool automatic) {
  char conf[32];
  std::snprintf(conf, sizeof conf, "%.2f", doc.decode.confidence);
  std::string s = doc.meta.id.empty() ? doc.meta.source : doc.meta.id;
  s += ": " + doc.decode.encoding;
  if (automatic) s += std::string(" (detected, confidence ") + conf + ")";
  if (doc.decode.invalid_bytes > 0)
    s += "; " + std::to_string(doc.decode.invalid_bytes) + " invalid byte(s) replaced by U+FFFD, the first at byte " +
         std::to_string(doc.decode.first_invalid_offset);
  return s;
}

int run_convert(const ConvertOptions& o) {
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!o.output.empty() && o.output != "-") {
    file.open(o.output, std::ios::binary);
    if (!file) {
      std::cerr << "vitext convert: cannot write " << o.output << "\n";
      return kExitUsage;
    }
    out = &file;
  }
  DecodeOptions dopt;
  dopt.from = encoding_name(o.pipeline.from);
  dopt.strict = o.pipeline.strict && !o.lenient;
  bool automatic = o.pipeline.from == InputEncoding::kAuto;
  bool separate = o.input.format != "text";
  uint64_t written = 0;
  std::string nfc;
  int code = for_each_document(
      o.input,
      [&](Document& doc) {
        Status st = decode(doc, dopt);
        if (!st.ok()) return st;
        st = to_nfc(doc.text, nfc);
        if (!st.ok()) return st;
        out->write(nfc.data(), static_cast<std::streamsize>(nfc.size()));
        if (separate) out->put('\n');
        if (!o.input.quiet) std::cerr << "vitext convert: " << describe(doc, automatic) << "\n";
        ++written;
        return Status::Ok();
      },
      nullptr);
  out->flush();
  if (!*out) {
    std::cerr << "vitext convert: write error\n";
    return kExitUsage;
  }
  return code;
}

}  // namespace

void add_convert_command(CLI::App& root, Action& action) {
  auto opts = std::make_shared<ConvertOptions>();
  opts->input.format = "text";  // a file is one document unless asked otherwise
  auto* sub = root.add_subcommand(
      "convert",
      "Convert legacy Vietnamese encodings (TCVN3/ABC, VNI, VISCII, VIQR, Windows-1258) or UTF-8 to NFC UTF-8.\n"
      "Only the encoding and the Unicode composition change; tone placement and everything else stay.\n"
      "The detected encoding and its confidence are reported on stderr (--quiet silences it).");
  add_input_options(sub, opts->input);
  add_pipeline_flag(sub, "from", "from", opts->pipeline,
                    "Source encoding: " + option_values("from", " | ") +
                        " (aliases: abc, tcvn, vni-windows, windows-1258, utf8, ...)")
      ->default_str("auto");
  sub->add_flag("--strict", opts->pipeline.strict, "Invalid bytes and NUL bytes are errors (the document is skipped)");
  sub->add_flag("--lenient", opts->lenient,
                "Replace invalid bytes with U+FFFD and drop NUL bytes (the default)");
  sub->add_option("-o,--output", opts->output, "Write here instead of standard output");
  sub->callback([opts, &action] { action = [opts] { return run_convert(*opts); }; });
}

}  // namespace vitext::cli
