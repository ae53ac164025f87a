#include "vitext/reader.h"

#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

namespace vitext {
namespace {

std::string temp_file(const std::string& name, const std::string& bytes) {
  auto path = std::filesystem::temp_directory_path() / ("vitext_reader_" + std::to_string(::getpid()) + "_" + name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path.string();
}

std::vector<Document> read_all(const std::string& path, ReaderOptions ro, std::vector<Status>* errors = nullptr) {
  std::unique_ptr<DocumentReader> r;
  EXPECT_TRUE(DocumentReader::open(path, ro, r).ok());
  std::vector<Document> docs;
  Document d;
  Status err;
  while (r->next(d, err)) {
    if (errors) errors->push_back(err);
    docs.push_back(d);
  }
  EXPECT_TRUE(r->stream_status().ok()) << r->stream_status().message();
  return docs;
}

const std::string kCorpus =
    " date 2023-12 Công an Thanh Hóa tổng kết\n\nNăm 2023, lực lượng An ninh hoàn thành 100% chỉ tiêu.\n\n"
    "Đoạn hai.\n date 2024-01 Bài thứ hai\n\nNội dung bài hai.";

TEST(DocumentReader, ReadsCorpusLayoutWithSeveralDocuments) {
  std::string path = temp_file("corpus.txt", kCorpus);
  auto docs = read_all(path, {});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].meta.date, "2023-12");
  EXPECT_EQ(docs[0].meta.title, "Công an Thanh Hóa tổng kết");
  EXPECT_EQ(docs[0].original, "Năm 2023, lực lượng An ninh hoàn thành 100% chỉ tiêu.\n\nĐoạn hai.\n");
  // The body's offset in the file lets callers map document offsets to file offsets.
  EXPECT_EQ(kCorpus.substr(docs[0].meta.source_offset, 6), "Năm 2");
  EXPECT_EQ(docs[1].meta.title, "Bài thứ hai");
  EXPECT_EQ(docs[1].original, "Nội dung bài hai.");
  EXPECT_EQ(kCorpus.substr(docs[1].meta.source_offset), docs[1].original);
  std::remove(path.c_str());
}

TEST(DocumentReader, AnOverlongHeaderLineIsTextNotATitle) {
  // A whole article on one line, starting like a header: its text is the body, not a title.
  std::string line = " date 2023-12 Công an Thanh Hóa tổng kết";
  while (line.size() <= 5000) line += " Năm 2023, lực lượng An ninh hoàn thành 100% chỉ tiêu.";
  std::string path = temp_file("one_line.txt", line);
  auto docs = read_all(path, {});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].meta.title, "");
  EXPECT_EQ(docs[0].meta.date, "");
  EXPECT_EQ(docs[0].original, line);
  EXPECT_EQ(docs[0].meta.source_offset, 0u);
  std::remove(path.c_str());
}

TEST(DocumentReader, JsonlReportsBadRecordsAndGoesOn) {
  std::string path = temp_file("docs.jsonl",
                               "{\"id\": \"a\", \"text\": \"Xin chào\"}\n"
                               "{not json}\n"
                               "\n"
                               "{\"id\": 7, \"body\": \"no text\"}\n"
                               "{\"id\": \"c\", \"text\": \"Hà Nội\", \"date\": \"2024-01\"}\n");
  std::vector<Status> errors;
  auto docs = read_all(path, {}, &errors);
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_EQ(docs[0].meta.id, "a");
  EXPECT_EQ(docs[0].original, "Xin chào");
  EXPECT_FALSE(errors[1].ok());
  EXPECT_NE(errors[1].message().find("malformed JSON"), std::string::npos);
  EXPECT_FALSE(errors[2].ok());
  EXPECT_EQ(docs[2].meta.id, "7");
  EXPECT_TRUE(errors[3].ok());
  EXPECT_EQ(docs[3].original, "Hà Nội");
  EXPECT_EQ(docs[3].meta.date, "2024-01");
  std::remove(path.c_str());
}

TEST(DocumentReader, TextAndLinesKeepEveryByte) {
  std::string bytes = "dòng một\r\ndòng hai\n\xff\x00 nhị phân";
  bytes.push_back('\0');
  std::string path = temp_file("plain.txt", bytes);
  ReaderOptions text;
  text.format = InputFormat::kText;
  auto docs = read_all(path, text);
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].original, bytes);
  ReaderOptions lines;
  lines.format = InputFormat::kLines;
  docs = read_all(path, lines);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].original, "dòng một");
  EXPECT_EQ(docs[2].meta.id.substr(docs[2].meta.id.size() - 2), ":3");
  std::remove(path.c_str());
}

TEST(DocumentReader, TooLongDocumentIsAnErrorRecord) {
  std::string path = temp_file("long.txt", "ngắn\n" + std::string(5000, 'a') + "\nngắn nữa\n");
  ReaderOptions ro;
  ro.format = InputFormat::kLines;
  ro.max_document_bytes = 1000;
  std::vector<Status> errors;
  auto docs = read_all(path, ro, &errors);
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_TRUE(errors[0].ok());
  EXPECT_FALSE(errors[1].ok());
  EXPECT_TRUE(errors[2].ok());
  EXPECT_EQ(docs[2].original, "ngắn nữa");
  std::remove(path.c_str());
}

TEST(DocumentReader, EmptyInputIsOneEmptyTextDocument) {
  std::string path = temp_file("empty.txt", "");
  auto docs = read_all(path, {});
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_TRUE(docs[0].original.empty());
  std::remove(path.c_str());
}

TEST(DocumentReader, DecompressesGzipAndZstd) {
  std::string text = kCorpus;
  // gzip via zlib's gz* API.
  auto gz_path = std::filesystem::temp_directory_path() / ("vitext_reader_" + std::to_string(::getpid()) + ".gz");
  gzFile gz = gzopen(gz_path.c_str(), "wb");
  gzwrite(gz, text.data(), static_cast<unsigned>(text.size()));
  gzclose(gz);
  auto docs = read_all(gz_path.string(), {});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1].original, "Nội dung bài hai.");
  std::remove(gz_path.c_str());

  std::string z(ZSTD_compressBound(text.size()), '\0');
  z.resize(ZSTD_compress(z.data(), z.size(), text.data(), text.size(), 3));
  std::string zpath = temp_file("c.zst", z);
  docs = read_all(zpath, {});
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].meta.date, "2023-12");
  std::remove(zpath.c_str());
}

TEST(DocumentReader, TruncatedGzipIsAStreamError) {
  std::string text(100000, 'x');
  auto gz_path = std::filesystem::temp_directory_path() / ("vitext_reader_t" + std::to_string(::getpid()) + ".gz");
  gzFile gz = gzopen(gz_path.c_str(), "wb");
  gzwrite(gz, text.data(), static_cast<unsigned>(text.size()));
  gzclose(gz);
  std::string bytes;
  {
    std::ifstream f(gz_path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(f), {});
  }
  std::string path = temp_file("trunc.gz", bytes.substr(0, bytes.size() / 2));
  std::unique_ptr<DocumentReader> r;
  ReaderOptions ro;
  ro.format = InputFormat::kText;
  ASSERT_TRUE(DocumentReader::open(path, ro, r).ok());
  Document d;
  Status err;
  while (r->next(d, err)) {
  }
  EXPECT_FALSE(r->stream_status().ok());
  EXPECT_NE(r->stream_status().message().find("truncated"), std::string::npos);
  std::remove(path.c_str());
  std::remove(gz_path.c_str());
}

}  // namespace
}  // namespace vitext
