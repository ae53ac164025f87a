# `cmake --install <build> --prefix <p>`: the inference libraries, the public headers
# (include/vitext/ only), a CMake package (find_package(vitext CONFIG), target vitext::vitext),
# a pkg-config file (vitext.pc) and the CLI. Training code is not installed.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set_target_properties(vitext_text PROPERTIES EXPORT_NAME text)
set_target_properties(vitext_analysis PROPERTIES EXPORT_NAME analysis)
set_target_properties(vitext_io PROPERTIES EXPORT_NAME io)
set_target_properties(vitext_search PROPERTIES EXPORT_NAME search)
install(TARGETS vitext_text vitext_analysis vitext_io vitext_search vitext EXPORT vitextTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/vitext DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS vitext_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

set(VITEXT_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/vitext)
install(EXPORT vitextTargets NAMESPACE vitext:: DESTINATION ${VITEXT_CMAKE_DIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/vitextConfig.cmake.in
  ${PROJECT_BINARY_DIR}/vitextConfig.cmake INSTALL_DESTINATION ${VITEXT_CMAKE_DIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/vitextConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/vitextConfig.cmake ${PROJECT_BINARY_DIR}/vitextConfigVersion.cmake
        DESTINATION ${VITEXT_CMAKE_DIR})

file(RELATIVE_PATH VITEXT_PC_TO_PREFIX /p/${CMAKE_INSTALL_LIBDIR}/pkgconfig /p)
configure_file(${PROJECT_SOURCE_DIR}/cmake/vitext.pc.in ${PROJECT_BINARY_DIR}/vitext.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/vitext.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
