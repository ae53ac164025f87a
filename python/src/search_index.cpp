// _vitext.Index and _vitext.search_shards: the search index (vitext/search.h) for Python.
// Documents are analysed here (segmentation and extraction, as `vitext index` does) without
// the GIL; hits come out as the JSON objects of `vitext search --format json` (search_hit_json,
// the one writer), read back into dicts.
#include "search_index.h"

#include <pybind11/stl.h>

#include <algorithm>
#include <memory>
#include <mutex>

#include <nlohmann/json.hpp>

#include "json_to_python.h"
#include "vitext/pipeline.h"
#include "vitext/search.h"
#include "vitext/thread_pool.h"

namespace py = pybind11;

namespace vitext::python {
namespace {

[[noreturn]] void raise(const Status& st) { throw py::value_error("vitext: " + st.message()); }

// One document to add: its bytes and metadata (str text is UTF-8 already; bytes may be any
// encoding the decoder detects).
struct NewDoc {
  std::string text, id, title, date;
};

std::string text_of(const py::handle& t) {
  if (py::isinstance<py::bytes>(t) || py::isinstance<py::str>(t)) return t.cast<std::string>();
  throw py::type_error("vitext: a document's text must be str or bytes");
}

// str/bytes, or a mapping with "text" (and "id", "title", "date"), e.g. a JSON Lines record;
// keyword arguments given win over the mapping's fields.
NewDoc new_doc(const py::handle& doc_or_text, const std::string& id, const std::string& title,
               const std::string& date) {
  NewDoc d;
  if (py::isinstance<py::dict>(doc_or_text)) {
    py::dict m = py::reinterpret_borrow<py::dict>(doc_or_text);
    if (!m.contains("text")) throw py::value_error("vitext: a document given as a dict needs a \"text\" field");
    d.text = text_of(m["text"]);
    auto field = [&](const char* name) { return m.contains(name) ? py::str(m[name]).cast<std::string>() : std::string(); };
    d.id = field("id");
    d.title = field("title");
    d.date = field("date");
  } else {
    d.text = text_of(doc_or_text);
  }
  if (!id.empty()) d.id = id;
  if (!title.empty()) d.title = title;
  if (!date.empty()) d.date = date;
  if (d.id.empty()) throw py::value_error("vitext: a document needs an id (documents are added or replaced by id)");
  return d;
}

// The query from the Python wrapper's keyword arguments (vitext/__init__.py: one signature for
// Index.search and vitext.search): q, person, entity, type, since, until, fact_unit (str),
// fact_min, fact_max (number or None), limit (int).
SearchQuery query_from(const py::dict& given) {
  SearchQuery query;
  for (const auto& [key, value] : given) {
    const std::string name = py::str(key);
    if (value.is_none()) continue;
    if (name == "fact_min") query.fact_min = value.cast<double>();
    else if (name == "fact_max") query.fact_max = value.cast<double>();
    else if (name == "limit") query.limit = static_cast<size_t>(std::max<long long>(value.cast<long long>(), 0));  // 0: refused below
    else {
      std::string* field = name == "q"           ? &query.text
                           : name == "person"    ? &query.person
                           : name == "entity"    ? &query.entity
                           : name == "type"      ? &query.entity_type
                           : name == "since"     ? &query.since
                           : name == "until"     ? &query.until
                           : name == "fact_unit" ? &query.fact_unit
                                                 : nullptr;
      if (field == nullptr) throw py::type_error("vitext: unknown search parameter '" + name + "'");
      *field = value.cast<std::string>();
    }
  }
  if (Status st = validate_query(query); !st.ok()) raise(st);
  return query;
}

py::list hits_to_python(const std::vector<SearchHit>& hits) {
  py::list out;
  for (const SearchHit& h : hits) out.append(to_python(nlohmann::json::parse(search_hit_json(h)), nullptr));
  return out;
}

class PyIndex {
 public:
  PyIndex(const std::string& path, const std::string& mode) {
    if (mode != "r" && mode != "w") throw py::value_error("vitext: mode must be \"r\" or \"w\", not \"" + mode + "\"");
    if (Status st = Index::open(path, mode == "w" ? Index::Mode::kWrite : Index::Mode::kRead, index_); !st.ok())
      raise(st);
    writable_ = mode == "w";
  }

  void add(const py::handle& doc_or_text, const std::string& id, const std::string& title, const std::string& date) {
    std::vector<NewDoc> docs;
    docs.push_back(new_doc(doc_or_text, id, title, date));
    add_docs(std::move(docs), 1);
  }

  // Many documents, analysed on `threads` C++ threads (0: every core) without the GIL.
  size_t add_many(const py::iterable& docs, size_t threads) {
    std::vector<NewDoc> list;
    for (auto d : docs) list.push_back(new_doc(d, "", "", ""));
    const size_t n = list.size();
    add_docs(std::move(list), threads);
    return n;
  }

  void commit() {
    std::lock_guard<std::mutex> lock(mutex_);
    check_open();
    if (Status st = index_->commit(); !st.ok()) raise(st);
  }

  py::list search(const SearchQuery& query) {
    std::vector<SearchHit> hits;
    Status st;
    check_open();
    {
      py::gil_scoped_release release;
      std::lock_guard<std::mutex> lock(mutex_);
      st = index_ ? index_->search(query, hits) : Status::InvalidArgument("the index is closed");
    }
    if (!st.ok()) raise(st);
    return hits_to_python(hits);
  }

  py::dict document(const std::string& id) {
    IndexRecord r;
    Status st;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      check_open();
      st = index_->document(id, r);
    }
    if (!st.ok()) throw py::key_error("vitext: " + st.message());
    py::dict d;
    d["id"] = r.id;
    d["title"] = r.title;
    d["date"] = r.date;
    d["source"] = r.source;
    d["text"] = py::bytes(r.text);  // the original bytes, which the hits' offsets count
    return d;
  }

  py::dict stats() {
    IndexStats s;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      check_open();
      if (Status st = index_->stats(s); !st.ok()) raise(st);
    }
    py::dict d;
    d["documents"] = s.documents;
    d["words"] = s.words;
    d["bytes"] = s.bytes;
    return d;
  }

  // Commits (when writable) and closes the file; the object is unusable after.
  void close() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!index_) return;
    Status st = writable_ ? index_->commit() : Status::Ok();
    index_.reset();
    if (!st.ok()) raise(st);
  }

  std::string path() {
    std::lock_guard<std::mutex> lock(mutex_);
    check_open();
    return index_->path();
  }

 private:
  void check_open() const {
    if (!index_) throw py::value_error("vitext: the index is closed");
  }

  const Pipeline& pipeline() {
    if (!pipeline_) {
      // What `vitext index` runs: words and the extraction, no tagging or parsing.
      PipelineOptions o;
      o.only = {StageId::kSegment, StageId::kExtract};
      if (Status st = Pipeline::create(o, pipeline_); !st.ok()) raise(st);
    }
    return *pipeline_;
  }

  void add_docs(std::vector<NewDoc> docs, size_t threads) {
    if (!writable_) throw py::value_error("vitext: the index was opened for reading (mode=\"r\")");
    const Pipeline& p = pipeline();
    std::vector<IndexRecord> records(docs.size());
    std::vector<Status> statuses(docs.size());
    Status st;
    {
      py::gil_scoped_release release;
      parallel_for(threads, docs.size(), [&](size_t i) {
        Document doc(std::move(docs[i].text));
        doc.meta.id = docs[i].id;
        doc.meta.title = docs[i].title;
        doc.meta.date = docs[i].date;
        statuses[i] = p.run(doc);
        if (statuses[i].ok()) records[i] = make_index_record(doc);
      });
      std::lock_guard<std::mutex> lock(mutex_);
      for (size_t i = 0; i < records.size() && st.ok(); ++i) {
        if (!index_) st = Status::InvalidArgument("the index is closed");
        else st = statuses[i].ok() ? index_->add(records[i]) : statuses[i];
        if (!st.ok()) st = Status(st.code(), "document '" + docs[i].id + "': " + st.message(), st.offset());
      }
    }
    if (!st.ok()) raise(st);
  }

  std::unique_ptr<Index> index_;
  std::unique_ptr<Pipeline> pipeline_;
  bool writable_ = false;
  std::mutex mutex_;  // an Index is used by one thread at a time
};

}  // namespace

void bind_search(py::module_& m) {
  py::class_<PyIndex>(m, "Index")
      .def(py::init<const std::string&, const std::string&>(), py::arg("path"), py::arg("mode") = "r")
      .def("add", &PyIndex::add, py::arg("doc_or_text"), py::arg("id") = "", py::arg("title") = "",
           py::arg("date") = "")
      .def("add_many", &PyIndex::add_many, py::arg("docs"), py::arg("threads") = 0)
      .def("commit", &PyIndex::commit)
      .def("search", [](PyIndex& self, const py::dict& query) { return self.search(query_from(query)); },
           py::arg("query"))
      .def("document", &PyIndex::document, py::arg("id"))
      .def("stats", &PyIndex::stats)
      .def("close", &PyIndex::close)
      .def_property_readonly("path", &PyIndex::path);

  m.def(
      "search_shards",
      [](const std::vector<std::string>& paths, const py::dict& given) {
        SearchQuery query = query_from(given);
        std::vector<std::unique_ptr<Index>> open;
        std::vector<const Index*> shards;
        std::vector<SearchHit> hits;
        Status st;
        {
          py::gil_scoped_release release;
          for (const std::string& p : paths) {
            std::unique_ptr<Index> index;
            st = Index::open(p, Index::Mode::kRead, index);
            if (!st.ok()) break;
            shards.push_back(index.get());
            open.push_back(std::move(index));
          }
          if (st.ok()) st = search_shards(shards, query, hits);
        }
        if (!st.ok()) raise(st);
        return hits_to_python(hits);
      },
      py::arg("paths"), py::arg("query"));
}

}  // namespace vitext::python
