// The search index's Python bindings (search_index.cpp), added to the _vitext module.
#pragma once

#include <pybind11/pybind11.h>

namespace vitext::python {

void bind_search(pybind11::module_& m);

}  // namespace vitext::python
