#include "segment/segmenter_model.h"

#include "core/model_file.h"

namespace vitext::segment {

std::string SegmenterModel::serialize() const {
  ModelWriter writer;
  writer.add("meta", meta_json);
  ByteWriter core;
  core.put<uint32_t>(kSegmenterModelVersion);
  core.put<uint32_t>(hash_bits);
  for (int a = 0; a < 2; ++a)
    for (int b = 0; b < 2; ++b) core.put<float>(trans[a][b]);
  core.put_array(weights);
  writer.add("segmenter", core.take());
  add_written(writer, "words", words);
  add_written(writer, "bigrams", bigrams);
  add_written(writer, "classes", classes);
  add_written(writer, "names", names);
  if (corpus.size() > 0) add_written(writer, "corpus", corpus);
  return writer.serialize();
}

Status SegmenterModel::parse(std::string_view bytes, SegmenterModel& out) {
  ModelReader reader;
  if (Status s = ModelReader::open(bytes, reader); !s.ok()) return s;
  for (const char* name : {"meta", "segmenter", "words", "bigrams", "classes", "names"}) {
    if (!reader.has(name)) {
      return Status::ModelError(std::string("not a segmenter model: section '") + name + "' is missing");
    }
  }
  SegmenterModel m;
  m.meta_json = std::string(reader.section("meta"));
  ByteReader core(reader.section("segmenter"));
  uint32_t version = core.get<uint32_t>();
  if (core.ok() && version != kSegmenterModelVersion) {
    return Status::ModelError("segmenter model version " + std::to_string(version) + " is not supported (expected " +
                              std::to_string(kSegmenterModelVersion) + "); retrain it with `vitext train segmenter`");
  }
  m.hash_bits = core.get<uint32_t>();
  for (int a = 0; a < 2; ++a)
    for (int b = 0; b < 2; ++b) m.trans[a][b] = core.get<float>();
  m.weights = core.get_array<float>();
  if (!core.ok() || m.hash_bits < 8 || m.hash_bits > 28 || m.weights.size() != (size_t{1} << m.hash_bits)) {
    return Status::ModelError("segmenter model is corrupt: bad weight table");
  }
  ByteReader w(reader.section("words"));
  ByteReader bg(reader.section("bigrams"));
  ByteReader cl(reader.section("classes"));
  ByteReader nm(reader.section("names"));
  if (!m.words.read(w) || !m.bigrams.read(bg) || !m.classes.read(cl) || !m.names.read(nm)) return Status::ModelError("segmenter model is corrupt: bad lexicon");
  if (reader.has("corpus")) {
    ByteReader cp(reader.section("corpus"));
    if (!m.corpus.read(cp)) return Status::ModelError("segmenter model is corrupt: bad corpus statistics");
  }
  out = std::move(m);
  return Status::Ok();
}

}  // namespace vitext::segment
