// A long document in the corpus runner, run and written a window at a time
// (include/vitext/windows.h) so that its layers never all live at once. Used when
// duplicates are not looked for: they need the whole text at once.
#pragma once

#include <string>
#include <vector>

#include "corpus/quality.h"
#include "vitext/document.h"
#include "vitext/stage.h"
#include "vitext/status.h"
#include "vitext/writers.h"

namespace vitext {

// True when `doc` is long enough to go window by window.
bool runs_in_windows(const Document& doc);

// Runs `stages` over `doc` window by window and writes its record to `output` in `format`
// (JSON: meta.quality added when `quality_in_meta`). `quality` is summed over the windows
// (a syllable never crosses a window cut at a line break or a space). On error, `output`
// is left empty and the status says where (whole-input offset).
Status window_record(const std::vector<const Stage*>& stages, Document& doc, OutputFormat format,
                     const WriteOptions& write, bool quality_in_meta, std::string& output, QualitySignals& quality);

}  // namespace vitext
