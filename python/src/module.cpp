// _vitext: the C++ side of the Python module. The Python package (python/vitext/) wraps it
// in friendlier objects; everything here speaks the JSON shape of docs/format.md.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <memory>
#include <sstream>
#include <fstream>

#include <nlohmann/json.hpp>

#include "json_to_python.h"
#include "search_index.h"
#include "vitext/corpus.h"
#include "vitext/pipeline.h"
#include "vitext/thread_pool.h"
#include "vitext/writers.h"

namespace py = pybind11;

namespace vitext::python {
namespace {

// One input text: str (UTF-8, character offsets are given) or bytes (any encoding).
struct Input {
  std::string bytes;
  bool is_str = false;
};

Input to_input(const py::handle& text) {
  Input in;
  if (py::isinstance<py::bytes>(text)) {
    in.bytes = text.cast<std::string>();
  } else if (py::isinstance<py::str>(text)) {
    in.bytes = text.cast<std::string>();
    in.is_str = true;
  } else {
    throw py::type_error("vitext: text must be str or bytes");
  }
  return in;
}

class PyPipeline {
 public:
  explicit PyPipeline(const PipelineOptions& options) : until_(stage_name(options.until)) {
    Status st = Pipeline::create(options, pipeline_);
    if (!st.ok()) throw py::value_error("vitext: " + st.message());
  }

  const std::string& until() const { return until_; }
  const Pipeline& pipeline() const { return *pipeline_; }

  // Runs the pipeline; the JSON record, or an error record: the JSON writer's bytes (the
  // CLI's and the server's), read back into a tree for the Python objects.
  nlohmann::json run_json(const Input& in, const std::string& id, const WriteOptions& wo, bool& ok) const {
    Document doc(in.bytes);
    doc.meta.id = id;
    Status st = pipeline_->run(doc);
    ok = st.ok();
    std::ostringstream out;
    if (ok) write_document(out, doc, OutputFormat::kJson, wo);
    else write_error(out, id, st, OutputFormat::kJson);
    return nlohmann::json::parse(std::move(out).str());
  }

  py::object to_py(const nlohmann::json& j, const Input& in) const {
    if (!in.is_str) return to_python(j, nullptr);
    std::vector<uint32_t> char_of = char_offsets(in.bytes);
    return to_python(j, &char_of);
  }

  py::object analyze(const py::handle& text, const std::string& id, bool tokens) const {
    Input in = to_input(text);
    WriteOptions wo;
    wo.tokens = tokens;
    bool ok = false;
    nlohmann::json j;
    {
      py::gil_scoped_release release;
      j = run_json(in, id, wo, ok);
    }
    if (!ok) throw py::value_error("vitext: " + j["error"].get<std::string>());
    return to_py(j, in);
  }

  py::list analyze_batch(const py::iterable& texts, size_t threads, bool tokens) const {
    std::vector<Input> inputs;
    for (auto t : texts) inputs.push_back(to_input(t));
    WriteOptions wo;
    wo.tokens = tokens;
    std::vector<nlohmann::json> results(inputs.size());
    {
      py::gil_scoped_release release;
      parallel_for(threads, inputs.size(), [&](size_t i) {
        bool ok = false;
        results[i] = run_json(inputs[i], std::to_string(i), wo, ok);
      });
    }
    py::list out(inputs.size());
    for (size_t i = 0; i < inputs.size(); ++i) out[i] = to_py(results[i], inputs[i]);
    return out;
  }

  // The document in one of the shared writers' formats (vitext/writers.h): the bytes the CLI,
  // `vitext process` and the HTTP API give for the same text.
  py::str format(const py::handle& text, const std::string& format_name, const std::string& id, bool tokens) const {
    OutputFormat format;
    if (Status st = parse_output_format(format_name, format); !st.ok()) throw py::value_error("vitext: " + st.message());
    Input in = to_input(text);
    Document doc(in.bytes);
    doc.meta.id = id;
    WriteOptions wo;
    wo.tokens = tokens;
    std::string out;
    Status st;
    {
      py::gil_scoped_release release;
      st = pipeline_->run(doc);
      if (st.ok()) out = format_document(doc, format, wo);
    }
    if (!st.ok()) throw py::value_error("vitext: " + st.message());
    PyObject* o = PyUnicode_DecodeUTF8(out.data(), static_cast<Py_ssize_t>(out.size()), "replace");
    if (!o) throw py::error_already_set();
    return py::reinterpret_steal<py::str>(o);
  }

  // The words' original text, in order (every sentence).
  py::list segment(const py::handle& text) const {
    Input in = to_input(text);
    Document doc(in.bytes);
    Status st;
    {
      py::gil_scoped_release release;
      st = pipeline_->run(doc);
    }
    if (!st.ok()) throw py::value_error("vitext: " + st.message());
    py::list words(doc.words.size());
    for (size_t i = 0; i < doc.words.size(); ++i) {
      std::string_view form = surface(doc, doc.words[i].span, doc.words[i].view);
      PyObject* o = PyUnicode_DecodeUTF8(form.data(), static_cast<Py_ssize_t>(form.size()), "replace");
      if (!o) throw py::error_already_set();
      words[i] = py::reinterpret_steal<py::object>(o);
    }
    return words;
  }

 private:
  std::string until_;
  std::unique_ptr<Pipeline> pipeline_;
};

// Python keyword arguments to PipelineOptions, through the one reader of option values (the
// CLI's and the HTTP API's): the same names, values and error messages. None is "not given";
// a list gives one value per item (user dictionaries).
PipelineOptions pipeline_options(const py::dict& given) {
  PipelineOptions o;
  for (const auto& [key, value] : given) {
    const std::string name = py::str(key);
    std::vector<std::string> values;
    if (value.is_none()) continue;
    if (py::isinstance<py::bool_>(value)) values.push_back(value.cast<bool>() ? "true" : "false");
    else if (py::isinstance<py::str>(value)) values.push_back(value.cast<std::string>());
    else if (py::isinstance<py::list>(value) || py::isinstance<py::tuple>(value)) values = value.cast<std::vector<std::string>>();
    else throw py::type_error("vitext: option '" + name + "' must be a str, a bool or a list of str");
    for (const std::string& v : values) {
      Status st = parse_pipeline_option(name, v, o);
      if (!st.ok()) throw py::value_error("vitext: " + st.message());
    }
  }
  return o;
}


// The engine of `vitext process` over files: records to `output` (a path), or returned as
// a str when output is empty. Returns the summary (and "output" when returned).
py::dict process_files(const PyPipeline& p, const std::vector<std::string>& inputs, const std::string& output,
                       const std::string& format, size_t threads, const std::string& dedup, double threshold,
                       bool drop_duplicates, double min_vietnamese, const std::string& input_format,
                       const std::string& field, const std::string& id_field, uint64_t max_bytes, bool quality) {
  ProcessOptions o;
  for (const auto& s : p.pipeline().stages()) o.stages.push_back(s.get());
  Status st = parse_output_format(format, o.format);
  if (!st.ok()) throw py::value_error("vitext: " + st.message());
  o.threads = std::max<size_t>(threads, 1);
  st = parse_dedup_mode(dedup, o.dedup.mode);
  if (!st.ok()) throw py::value_error("vitext: " + st.message());
  o.dedup.threshold = threshold;
  o.drop_duplicates = drop_duplicates;
  o.min_vietnamese = min_vietnamese;
  o.quality = quality;
  ReaderOptions ro;
  st = parse_input_format(input_format, ro.format);
  if (!st.ok()) throw py::value_error("vitext: " + st.message());
  ro.text_field = field;
  ro.id_field = id_field;
  ro.max_document_bytes = std::min<uint64_t>(max_bytes, 0xFFFFFFF0ull);

  CorpusProcessor processor(o);
  std::vector<std::string> input_errors;
  processor.on_input_error = [&](const Status& e) { input_errors.push_back(e.message()); };
  ProcessSummary sum;
  std::ostringstream buffer;
  std::ofstream file;
  if (!output.empty()) {
    file.open(output, std::ios::binary);
    if (!file) throw py::value_error("vitext: cannot write " + output);
  }
  std::ostream& out = output.empty() ? static_cast<std::ostream&>(buffer) : file;
  {
    py::gil_scoped_release release;
    st = processor.run(inputs, ro, out, sum);
  }
  if (!st.ok()) throw py::value_error("vitext: " + st.message());
  py::dict d;
  d["read"] = sum.read;
  d["ok"] = sum.ok;
  d["errors"] = sum.errors;
  d["filtered"] = sum.filtered;
  d["duplicates"] = sum.duplicates;
  d["bytes"] = sum.bytes;
  d["input_errors"] = input_errors;
  if (output.empty()) d["output"] = buffer.str();
  return d;
}

}  // namespace
}  // namespace vitext::python

PYBIND11_MODULE(_vitext, m) {
  using namespace vitext::python;
  m.doc() = "vitext: fast, accurate Vietnamese text analysis (C++ core)";
  m.def("stage_names", [] { return vitext::Pipeline::stage_names(); });
  bind_search(m);
  py::class_<PyPipeline>(m, "Pipeline")
      .def(py::init([](const py::dict& options) { return std::make_unique<PyPipeline>(pipeline_options(options)); }),
           py::arg("options"))
      .def_property_readonly("until", &PyPipeline::until)
      .def("analyze", &PyPipeline::analyze, py::arg("text"), py::arg("id") = "", py::arg("tokens") = false)
      .def("analyze_batch", &PyPipeline::analyze_batch, py::arg("texts"), py::arg("threads") = 0,
           py::arg("tokens") = false)
      .def("segment", &PyPipeline::segment, py::arg("text"))
      .def("format", &PyPipeline::format, py::arg("text"), py::arg("format") = "json", py::arg("id") = "",
           py::arg("tokens") = false)
      .def("process_files", &process_files, py::arg("inputs"), py::arg("output") = "", py::arg("format") = "jsonl",
           py::arg("threads") = 1, py::arg("dedup") = "off", py::arg("threshold") = 0.8,
           py::arg("drop_duplicates") = true, py::arg("min_vietnamese") = -1.0, py::arg("input_format") = "auto",
           py::arg("field") = "text", py::arg("id_field") = "id", py::arg("max_bytes") = uint64_t{1} << 30,
           py::arg("quality") = true);
}
