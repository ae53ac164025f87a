// Windows: a long document analysed a piece at a time, so that memory stays flat however
// large the input is (every layer of a 1M-word document at once is hundreds of MB).
//
// A document longer than WindowOptions::bytes is cut into windows at safe points, best
// first: after a blank line (the sentence splitter always ends a sentence there), after a
// line break that follows a sentence terminator, after any line break, after a space, or
// (a line of many megabytes without one) at a UTF-8 character boundary. Each window runs
// through the pipeline as a Document of its own (one Document whose buffers are reused),
// and is handed to a sink before the next one is read. In the window handed over, every
// `span` and every sentence index (Entity::sentence ...) counts from the start of the WHOLE
// input; Document::window says where the window stands. The encoding that `--from auto`
// picks for the first window is used for the rest of the document.
//
// Window boundaries are sentence boundaries. Cut at a blank line or after a terminated line
// (every input with paragraphs or punctuation), the words, tags and trees are those of the
// whole document. Cut at a bare line break, a space or a character boundary, a sentence (or,
// at a space, a word) may be split where the whole document would not split it. Extraction
// sees one window at a time: its context (an organisation completed from an earlier mention,
// a person's mentions merged) does not cross windows, so a person named in two windows is
// listed once per window.
#pragma once

#include <cstddef>
#include <functional>
#include <vector>

#include "vitext/document.h"
#include "vitext/pipeline.h"
#include "vitext/stage.h"
#include "vitext/status.h"

namespace vitext {

struct WindowOptions {
  // Documents up to this size run whole; longer ones in windows of about this size.
  size_t bytes = size_t{1} << 20;
};

// Receives each analysed window in order; an error stops the run and is returned by it.
using WindowSink = std::function<Status(const Document& window)>;

// Runs `pipeline` over `doc` and hands the result to `sink`: the document itself when it
// fits in one window (then its layers stay in it, as after Pipeline::run), else each window
// in turn (then `doc` keeps its original bytes and meta, and doc.decode the report of the
// whole input; its layers are left empty). A window's decode report is the running total,
// so the last window's is the whole input's. An error in window k is returned with its
// offset into the whole input, after windows 0..k-1 went to the sink.
Status run_windowed(const Pipeline& pipeline, Document& doc, const WindowSink& sink, const WindowOptions& options = {});
// The same over a list of stages in pipeline order (a prefix of a pipeline's, as the corpus
// runner runs them).
Status run_windowed(const std::vector<const Stage*>& stages, Document& doc, const WindowSink& sink,
                    const WindowOptions& options = {});

}  // namespace vitext
