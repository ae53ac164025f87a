// The document readers (src/io/document_reader.h) on bytes from a real file descriptor, so
// that gzip and zstd input goes through the same open_byte_source() path as a file: every
// layout terminates, keeps within the size limit, and for uncompressed input hands out
// documents that are exactly the bytes at their recorded offsets. The first byte picks the
// layout, the JSON field and the size limit.
#include <sys/mman.h>
#include <unistd.h>

#include <memory>
#include <string>

#include "fuzz/checks/invariants.h"
#include "fuzz/checks/targets.h"

#include "vitext/reader.h"

namespace vitext::fuzz {
namespace {

// One in-memory file per process, rewritten for each input.
const std::string& memory_file_path(std::string_view bytes) {
  static const int fd = memfd_create("vitext-reader-fuzz", 0);
  static const std::string path = "/proc/self/fd/" + std::to_string(fd);
  FUZZ_CHECK(fd >= 0, "memfd_create failed");
  FUZZ_CHECK(ftruncate(fd, 0) == 0, "ftruncate failed");
  FUZZ_CHECK(pwrite(fd, bytes.data(), bytes.size(), 0) == static_cast<ssize_t>(bytes.size()), "pwrite failed");
  return path;
}

bool compressed(std::string_view b) {
  return b.starts_with("\x1F\x8B") || b.starts_with("\x28\xB5\x2F\xFD");
}

}  // namespace

void reader_target(std::string_view data) {
  auto [selector, bytes] = split_selector(data);
  static constexpr InputFormat kFormats[] = {InputFormat::kAuto, InputFormat::kText, InputFormat::kLines,
                                             InputFormat::kJsonl, InputFormat::kCorpus};
  ReaderOptions options;
  options.format = kFormats[selector % 5];
  if (selector & 0x08) options.text_field = "doc.body";
  if (selector & 0x10) options.id_field = "meta.id";
  if (selector & 0x20) options.max_document_bytes = 16 + (selector >> 6) * 16;

  std::unique_ptr<DocumentReader> reader;
  Status st = DocumentReader::open(memory_file_path(bytes), options, reader);
  FUZZ_CHECK(st.ok(), st.message());
  const bool plain = !compressed(bytes);
  // Decompressed sizes are not bounded by the input; the fuzzer's inputs are small, so a
  // million documents means the reader is looping.
  const size_t limit = plain ? bytes.size() + 2 : 1000000;
  size_t count = 0;
  std::string text_doc;
  Document doc;
  Status record_error;
  while (reader->next(doc, record_error)) {
    FUZZ_CHECK(++count <= limit, "more documents than the input can hold");
    FUZZ_CHECK(!doc.meta.id.empty(), "document without an id");
    if (!record_error.ok()) {
      FUZZ_CHECK(record_error.code() == StatusCode::kInvalidInput, record_error.message());
      continue;
    }
    FUZZ_CHECK(doc.original.size() <= options.max_document_bytes, "document over the size limit");
    if (!plain) continue;
    switch (reader->format()) {
      case InputFormat::kText:
        FUZZ_CHECK(doc.original == bytes, "text layout: the document is not the input");
        break;
      case InputFormat::kLines:
      case InputFormat::kCorpus:
      case InputFormat::kAuto:
        FUZZ_CHECK(doc.meta.source_offset + doc.original.size() <= bytes.size(), "document beyond the input");
        FUZZ_CHECK(bytes.substr(doc.meta.source_offset, doc.original.size()) == doc.original,
                   "document is not the input bytes at its source_offset " + std::to_string(doc.meta.source_offset));
        break;
      case InputFormat::kJsonl:
        FUZZ_CHECK(doc.meta.source_offset <= bytes.size(), "JSON line beyond the input");
        break;
    }
  }
  if (plain) FUZZ_CHECK(reader->stream_status().ok(), reader->stream_status().message());
  FUZZ_CHECK(!reader->next(doc, record_error), "a finished reader reads again");
}

}  // namespace vitext::fuzz

VITEXT_FUZZ_TARGET(vitext::fuzz::reader_target)
