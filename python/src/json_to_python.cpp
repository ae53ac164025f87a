#include "json_to_python.h"

namespace py = pybind11;

namespace vitext::python {

std::vector<uint32_t> char_offsets(std::string_view utf8) {
  // The index of a code point is the number of code points (lead bytes) before it.
  std::vector<uint32_t> out(utf8.size() + 1);
  uint32_t leads = 0;
  for (size_t b = 0; b < utf8.size(); ++b) {
    out[b] = leads;
    if ((static_cast<unsigned char>(utf8[b]) & 0xC0) != 0x80) ++leads;
  }
  out[utf8.size()] = leads;
  return out;
}

py::object to_python(const nlohmann::json& j, const std::vector<uint32_t>* char_of) {
  using nlohmann::json;
  switch (j.type()) {
    case json::value_t::null:
      return py::none();
    case json::value_t::boolean:
      return py::bool_(j.get<bool>());
    case json::value_t::number_integer:
      return py::int_(j.get<int64_t>());
    case json::value_t::number_unsigned:
      return py::int_(j.get<uint64_t>());
    case json::value_t::number_float:
      return py::float_(j.get<double>());
    case json::value_t::string: {
      const auto& s = j.get_ref<const std::string&>();
      // Forms are original text; invalid UTF-8 (bytes input) must not raise here.
      PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
      if (!o) throw py::error_already_set();
      return py::reinterpret_steal<py::object>(o);
    }
    case json::value_t::array: {
      py::list list(j.size());
      size_t i = 0;
      for (const auto& v : j) list[i++] = to_python(v, char_of);
      return list;
    }
    case json::value_t::object: {
      py::dict dict;
      for (auto it = j.begin(); it != j.end(); ++it) dict[py::str(it.key())] = to_python(it.value(), char_of);
      if (char_of) {
        auto s = j.find("start"), e = j.find("end");
        if (s != j.end() && e != j.end() && s->is_number_unsigned() && e->is_number_unsigned()) {
          auto start = s->get<uint64_t>(), end = e->get<uint64_t>();
          if (end < char_of->size() && start <= end) {
            dict["char_start"] = (*char_of)[start];
            dict["char_end"] = (*char_of)[end];
          }
        }
      }
      return dict;
    }
    default:
      return py::none();
  }
}

}  // namespace vitext::python
