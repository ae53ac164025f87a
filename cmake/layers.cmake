# The library's layers, each a static library built from whole folders of src/:
#
#   vitext_text      core decode normalize tokens sentences      (nothing below it)
#   vitext_analysis  segment tag parse extract ml models pipeline (reads text)
#   vitext_io        io corpus                                    (reads text and analysis)
#   vitext_search    search                                       (reads all three; SQLite)
#   vitext_train     train/                                       (never linked by inference)
#
# The build holds the layering two ways:
# - includes: a layer compiles against a tree of its own folders and those of the layers it
#   may use (symbolic links under <build>/layers/<layer>/), not against all of src/, so an
#   `#include "segment/..."` in text code does not compile;
# - symbols: <layer>_check links the layer's whole archive into a shared object with
#   --no-undefined and only the layers it may use, so a call into a higher layer fails the
#   link even when a header from the public include/vitext/ declared it.
# New files land in the right library by their folder (the globs re-run at build time).

set(VITEXT_LAYER_ROOT ${PROJECT_BINARY_DIR}/layers)

# The symbol check links shared objects: the sanitizer and fuzzer builds leave their runtimes'
# symbols to the executable, so --no-undefined cannot hold there; the normal builds check.
if(VITEXT_SANITIZE OR VITEXT_BUILD_FUZZ)
  set(VITEXT_CHECK_LAYERS OFF)
else()
  set(VITEXT_CHECK_LAYERS ON)
endif()
add_custom_target(vitext_layer_checks)

# vitext_add_layer(<target> FOLDERS <src folders...> [USES <lower layer targets...>])
function(vitext_add_layer target)
  cmake_parse_arguments(L "" "" "FOLDERS;USES" ${ARGN})
  set(sources "")
  foreach(folder ${L_FOLDERS})
    file(GLOB_RECURSE found CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/${folder}/*.cpp)
    list(APPEND sources ${found})
  endforeach()
  add_library(${target} STATIC ${sources})
  set_target_properties(${target} PROPERTIES VITEXT_FOLDERS "${L_FOLDERS}")

  # The include tree: this layer's folders and every folder of the layers it uses.
  set(visible ${L_FOLDERS})
  foreach(dep ${L_USES})
    get_target_property(dep_folders ${dep} VITEXT_VISIBLE_FOLDERS)
    list(APPEND visible ${dep_folders})
  endforeach()
  list(REMOVE_DUPLICATES visible)
  set_target_properties(${target} PROPERTIES VITEXT_VISIBLE_FOLDERS "${visible}")
  set(tree ${VITEXT_LAYER_ROOT}/${target})
  file(REMOVE_RECURSE ${tree})
  file(MAKE_DIRECTORY ${tree})
  foreach(folder ${visible})
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/src/${folder} ${tree}/${folder} SYMBOLIC)
  endforeach()
  target_include_directories(${target}
    PUBLIC $<BUILD_INTERFACE:${PROJECT_SOURCE_DIR}/include> $<INSTALL_INTERFACE:include>
    PRIVATE ${tree})
  target_link_libraries(${target} PUBLIC ${L_USES})

  if(VITEXT_CHECK_LAYERS)
    set(stub ${VITEXT_LAYER_ROOT}/${target}_check.cpp)
    file(WRITE ${stub} "// Generated: the layer check links ${target} whole, with nothing above it.\n")
    add_library(${target}_check SHARED EXCLUDE_FROM_ALL ${stub})
    target_link_libraries(${target}_check PRIVATE "$<LINK_LIBRARY:WHOLE_ARCHIVE,${target}>")
    target_link_options(${target}_check PRIVATE -Wl,--no-undefined)
    add_dependencies(vitext_layer_checks ${target}_check)
  endif()
endfunction()

# vitext_include_only(<target> <PUBLIC|PRIVATE> <top-level folders...>): the target sees those
# folders of the source tree (as "<folder>/x.h") and nothing else of it, through a tree of
# symbolic links like the layers' (used for the server, whose headers are "server/x.h").
function(vitext_include_only target scope)
  set(tree ${VITEXT_LAYER_ROOT}/${target})
  file(REMOVE_RECURSE ${tree})
  file(MAKE_DIRECTORY ${tree})
  foreach(folder ${ARGN})
    file(CREATE_LINK ${PROJECT_SOURCE_DIR}/${folder} ${tree}/${folder} SYMBOLIC)
  endforeach()
  target_include_directories(${target} ${scope} ${tree})
endfunction()
