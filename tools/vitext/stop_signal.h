// Stopping `vitext process` cleanly: the first SIGTERM or SIGINT asks the run to stop reading,
// finish and write the documents in flight and print its summary; a second one kills at once.
// SIGXFSZ (a file size limit, `ulimit -f`) is ignored so that the write fails with EFBIG and
// is reported like any other write error instead of killing the process silently.
#pragma once

#include <atomic>

namespace vitext::cli {

// Installs the handlers; returns the flag they set.
const std::atomic<bool>& install_stop_signals();
// The signal that set the flag (0 if none).
int stop_signal_number();

}  // namespace vitext::cli
