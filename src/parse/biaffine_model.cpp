#include "parse/biaffine_model.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/hash.h"
#include "core/model_file.h"
#include "parse/dense.h"
#include "segment/syllable_key.h"
#include "tag/word_info.h"

namespace vitext::parse {
namespace {

constexpr uint32_t kFormatVersion = 1;

}  // namespace

float half_to_float(uint16_t h) {
  const uint32_t sign = static_cast<uint32_t>(h & 0x8000u) << 16;
  uint32_t exponent = (h >> 10) & 0x1Fu, mantissa = h & 0x3FFu, bits;
  if (exponent == 0x1F) {
    bits = sign | 0x7F800000u | (mantissa << 13);  // inf, NaN
  } else if (exponent != 0) {
    bits = sign | ((exponent + 112) << 23) | (mantissa << 13);
  } else if (mantissa == 0) {
    bits = sign;
  } else {  // subnormal: normalise
    exponent = 113;
    while ((mantissa & 0x400u) == 0) mantissa <<= 1, --exponent;
    bits = sign | (exponent << 23) | ((mantissa & 0x3FFu) << 13);
  }
  float f;
  std::memcpy(&f, &bits, sizeof f);
  return f;
}

void BiaffineModel::KeyIds::reserve(size_t n) {
  size_t capacity = 16;
  while (capacity < 2 * n) capacity *= 2;  // at most half full: short probes
  if (capacity <= keys_.size()) return;
  std::vector<uint64_t> keys = std::move(keys_);
  std::vector<int> ids = std::move(ids_);
  keys_.assign(capacity, 0);
  ids_.assign(capacity, kPad);
  size_ = 0;
  for (size_t i = 0; i < keys.size(); ++i)
    if (ids[i] != kPad) insert(keys[i], ids[i]);
}

size_t BiaffineModel::KeyIds::slot(uint64_t key) const {
  return static_cast<size_t>(hash::mix64(key)) & (keys_.size() - 1);
}

void BiaffineModel::KeyIds::insert(uint64_t key, int id) {
  if (2 * (size_ + 1) > keys_.size()) reserve(size_ + 1);
  for (size_t i = slot(key);; i = (i + 1) & (keys_.size() - 1)) {
    if (ids_[i] == kPad) {
      keys_[i] = key;
      ids_[i] = id;
      ++size_;
      return;
    }
    if (keys_[i] == key) return;
  }
}

int BiaffineModel::KeyIds::find(uint64_t key) const {
  if (keys_.empty()) return kUnknown;
  for (size_t i = slot(key);; i = (i + 1) & (keys_.size() - 1)) {
    if (ids_[i] == kPad) return kUnknown;
    if (keys_[i] == key) return ids_[i];
  }
}

void HalfMatrix::add_row(size_t r, float* out) const {
  const uint16_t* v = values.data() + r * cols;
  for (size_t k = 0; k < cols; ++k) out[k] += half_to_float(v[k]);
}

namespace {

// A tensor section with exactly the sizes `shape`, its float16 values as stored.
Status read_half_tensor(const ModelReader& reader, const std::string& name, std::initializer_list<uint32_t> shape,
                        std::vector<uint16_t>& out) {
  if (!reader.has(name)) return Status::ModelError("accurate parser model: no tensor '" + name + "'");
  ByteReader in(reader.section(name));
  const uint32_t rank = in.get<uint32_t>();
  bool ok = in.ok() && rank == shape.size();
  size_t count = 1;
  for (uint32_t expected : shape) {
    const uint32_t size = in.get<uint32_t>();
    ok = ok && in.ok() && size == expected;
    count *= expected;
  }
  if (!ok) return Status::ModelError("accurate parser model: tensor '" + name + "' has unexpected sizes");
  std::string_view rest = reader.section(name).substr(4 + 4 * shape.size());
  if (rest.size() != count * 2) return Status::ModelError("accurate parser model: tensor '" + name + "' truncated");
  out.resize(count);
  std::memcpy(out.data(), rest.data(), 2 * count);  // little-endian, as the format
  // Training never writes inf or NaN, and either would turn the arc scores into NaN.
  bool finite = true;
  for (uint16_t h : out) finite &= (h & 0x7C00u) != 0x7C00u;
  if (!finite) return Status::ModelError("accurate parser model: tensor '" + name + "' has a value that is not finite");
  return Status::Ok();
}

// The same, as floats.
Status read_tensor(const ModelReader& reader, const std::string& name, std::initializer_list<uint32_t> shape,
                   std::vector<float>& out) {
  std::vector<uint16_t> half;
  if (Status s = read_half_tensor(reader, name, shape, half); !s.ok()) return s;
  out.resize(half.size());
  for (size_t i = 0; i < half.size(); ++i) out[i] = half_to_float(half[i]);
  return Status::Ok();
}

Status read_half_matrix(const ModelReader& reader, const std::string& name, uint32_t rows, uint32_t cols,
                        HalfMatrix& m) {
  m.rows = rows;
  m.cols = cols;
  return read_half_tensor(reader, name, {rows, cols}, m.values);
}

Status read_matrix(const ModelReader& reader, const std::string& name, uint32_t rows, uint32_t cols, Matrix& m) {
  m.rows = rows;
  m.cols = cols;
  return read_tensor(reader, name, {rows, cols}, m.values);
}

// A [rows x cols] tensor stored as its transpose [cols x rows].
Status read_transposed(const ModelReader& reader, const std::string& name, uint32_t rows, uint32_t cols, Matrix& m) {
  std::vector<float> v;
  if (Status s = read_tensor(reader, name, {rows, cols}, v); !s.ok()) return s;
  m.rows = cols;
  m.cols = rows;
  m.values.resize(v.size());
  for (uint32_t r = 0; r < rows; ++r)
    for (uint32_t c = 0; c < cols; ++c) m.values[static_cast<size_t>(c) * rows + r] = v[static_cast<size_t>(r) * cols + c];
  return Status::Ok();
}

Status read_linear(const ModelReader& reader, const std::string& name, uint32_t in, uint32_t out, Linear& l) {
  if (Status s = read_transposed(reader, name + ".linear.weight", out, in, l.weight_t); !s.ok()) return s;
  return read_tensor(reader, name + ".linear.bias", {out}, l.bias);
}

// table[id] = embedding[id] W[first .. first + dim) for every id: the product of each of a
// layer's tag vectors with the input weights that multiply it.
Matrix project_rows(const Matrix& embedding, const Matrix& input_t, size_t first) {
  Matrix out;
  out.rows = embedding.rows;
  out.cols = input_t.cols;
  out.values.assign(static_cast<size_t>(out.rows) * out.cols, 0.0f);
  matmul_add(embedding.values.data(), embedding.rows, embedding.cols, input_t.row(first), out.cols, out.values.data());
  return out;
}

std::vector<std::string> read_strings(ByteReader& in) {
  const uint32_t n = in.get<uint32_t>();
  std::vector<std::string> out;
  for (uint32_t i = 0; i < n && in.ok(); ++i) out.push_back(in.get_string());
  return out;
}

}  // namespace

Status BiaffineModel::load(std::string_view bytes, BiaffineModel& out) {
  ModelReader reader;
  if (Status s = ModelReader::open(bytes, reader); !s.ok()) return s;
  if (!reader.has("config") || !reader.has("vocab"))
    return Status::ModelError("not an accurate parser model (no 'config' or 'vocab' section)");
  BiaffineModel m;
  ByteReader config(reader.section("config"));
  const uint32_t version = config.get<uint32_t>();
  const uint32_t members = config.get<uint32_t>();
  m.word_dim_ = config.get<uint32_t>();
  m.tag_dim_ = config.get<uint32_t>();
  m.hidden_ = config.get<uint32_t>();
  m.layers_ = config.get<uint32_t>();
  m.max_syllables_ = config.get<uint32_t>();
  m.vote_weight_ = config.get<float>();
  m.arc_dim_ = config.get<uint32_t>();
  m.rel_dim_ = config.get<uint32_t>();
  if (config.ok() && !config.at_end()) m.label_vote_weight_ = config.get<float>();
  if (!config.ok() || !config.at_end()) return Status::ModelError("accurate parser model: bad config section");
  if (version != kFormatVersion)
    return Status::ModelError("accurate parser model has format " + std::to_string(version) + ", this build reads " +
                              std::to_string(kFormatVersion));
  if (!std::isfinite(m.vote_weight_) || !std::isfinite(m.label_vote_weight_))
    return Status::ModelError("accurate parser model: a vote weight is not finite");
  struct Size {
    const char* name;
    uint32_t value, max;
  };
  for (const Size& size : {Size{"members", members, 16}, Size{"word_dim", m.word_dim_, 4096},
                           Size{"tag_dim", m.tag_dim_, 4096}, Size{"hidden", m.hidden_, 4096}, Size{"layers", m.layers_, 8},
                           Size{"max_syllables", m.max_syllables_, 4096}, Size{"arc_dim", m.arc_dim_, 4096},
                           Size{"rel_dim", m.rel_dim_, 4096}})
    if (size.value < 1 || size.value > size.max)
      return Status::ModelError("accurate parser model: " + std::string(size.name) + " " + std::to_string(size.value) +
                                " is out of range (1.." + std::to_string(size.max) + ")");

  ByteReader vocab(reader.section("vocab"));
  auto words = read_strings(vocab), syllables = read_strings(vocab), upos = read_strings(vocab),
       xpos = read_strings(vocab);
  m.labels_ = read_strings(vocab);
  if (!vocab.ok() || !vocab.at_end() || m.labels_.size() < 2 || m.labels_.size() > 1024)
    return Status::ModelError("accurate parser model: bad vocab section");
  // Labels are names: a repeated one (a second "root" above all) would escape the decoder's rules.
  for (size_t i = 0; i < m.labels_.size(); ++i)
    if (std::find(m.labels_.begin(), m.labels_.begin() + static_cast<std::ptrdiff_t>(i), m.labels_[i]) !=
        m.labels_.begin() + static_cast<std::ptrdiff_t>(i))
      return Status::ModelError("accurate parser model: the label '" + m.labels_[i] + "' is listed twice");
  auto root = std::find(m.labels_.begin(), m.labels_.end(), "root");
  if (root == m.labels_.end()) return Status::ModelError("accurate parser model: no 'root' label");
  m.root_label_ = static_cast<size_t>(root - m.labels_.begin());
  // Keys as vitext looks words up at run time; where two spellings fold to one key (tone
  // placement), the first keeps it.
  m.words_.reserve(words.size());
  m.syllables_.reserve(syllables.size());
  for (size_t i = 0; i < words.size(); ++i) m.words_.insert(tag::describe_word(words[i]).lower, static_cast<int>(i + 3));
  for (size_t i = 0; i < syllables.size(); ++i)
    m.syllables_.insert(segment::fold_syllable(syllables[i]).key, static_cast<int>(i + 3));
  for (size_t i = 0; i < upos.size(); ++i) m.upos_.emplace(upos[i], static_cast<int>(i + 3));
  for (size_t i = 0; i < xpos.size(); ++i) m.xpos_.emplace(xpos[i], static_cast<int>(i + 3));

  const uint32_t h = m.hidden_, labels = static_cast<uint32_t>(m.labels_.size());
  m.members_.resize(members);
  for (uint32_t k = 0; k < members; ++k) {
    BiaffineMember& b = m.members_[k];
    const std::string p = "m" + std::to_string(k) + "/";
    Status s = read_half_matrix(reader, p + "word.weight", static_cast<uint32_t>(words.size() + 3), m.word_dim_, b.word);
    if (s.ok()) s = read_half_matrix(reader, p + "syll.weight", static_cast<uint32_t>(syllables.size() + 3), m.word_dim_, b.syllable);
    if (s.ok()) s = read_matrix(reader, p + "upos.weight", static_cast<uint32_t>(upos.size() + 3), m.tag_dim_, b.upos);
    if (s.ok()) s = read_matrix(reader, p + "xpos.weight", static_cast<uint32_t>(xpos.size() + 3), m.tag_dim_, b.xpos);
    for (uint32_t layer = 0; layer < m.layers_ && s.ok(); ++layer) {
      const uint32_t in = layer == 0 ? m.input_dim() : 2 * h;
      for (const char* suffix : {"", "_reverse"}) {
        LstmDirection d;
        const std::string n = p + "lstm.", l = "_l" + std::to_string(layer) + suffix;
        std::vector<float> b_ih, b_hh;
        if (s.ok()) s = read_transposed(reader, n + "weight_ih" + l, 4 * h, in, d.input_t);
        if (s.ok()) s = read_transposed(reader, n + "weight_hh" + l, 4 * h, h, d.recurrent_t);
        if (s.ok()) s = read_tensor(reader, n + "bias_ih" + l, {4 * h}, b_ih);
        if (s.ok()) s = read_tensor(reader, n + "bias_hh" + l, {4 * h}, b_hh);
        if (!s.ok()) break;
        d.bias = b_ih;
        for (size_t i = 0; i < d.bias.size(); ++i) d.bias[i] += b_hh[i];
        if (layer == 0) {  // the input is [word, syllables, UPOS, XPOS]
          d.upos_gates = project_rows(b.upos, d.input_t, 2 * m.word_dim_);
          d.xpos_gates = project_rows(b.xpos, d.input_t, 2 * m.word_dim_ + m.tag_dim_);
        }
        b.lstm.push_back(std::move(d));
      }
    }
    if (s.ok()) s = read_linear(reader, p + "arc_dep", 2 * h, m.arc_dim_, b.arc_dep);
    if (s.ok()) s = read_linear(reader, p + "arc_head", 2 * h, m.arc_dim_, b.arc_head);
    if (s.ok()) s = read_linear(reader, p + "rel_dep", 2 * h, m.rel_dim_, b.rel_dep);
    if (s.ok()) s = read_linear(reader, p + "rel_head", 2 * h, m.rel_dim_, b.rel_head);
    if (s.ok()) s = read_matrix(reader, p + "arc_weight", m.arc_dim_ + 1, m.arc_dim_, b.arc);
    std::vector<float> rel;
    if (s.ok()) s = read_tensor(reader, p + "rel_weight", {labels, m.rel_dim_ + 1, m.rel_dim_ + 1}, rel);
    if (!s.ok()) return s;
    const size_t side = m.rel_dim_ + 1;
    b.rel_t.rows = m.rel_dim_ + 1;
    b.rel_t.cols = static_cast<uint32_t>(labels * side);
    b.rel_t.values.resize(rel.size());
    for (size_t l = 0; l < labels; ++l)
      for (size_t i = 0; i < side; ++i)
        for (size_t j = 0; j < side; ++j) b.rel_t.values[i * labels * side + l * side + j] = rel[(l * side + i) * side + j];
  }
  out = std::move(m);
  return Status::Ok();
}

}  // namespace vitext::parse
