# `cmake --install build [--prefix P]` and `cpack` (a .deb): the bslc binary,
# its man page, shell completions and the documentation it links to (SARIF
# rules point at docs/diagnostics.md, installed to share/doc/bslc/).
# The standard library is embedded in the binary: nothing else is needed at
# run time besides the shared libraries the .deb depends on.
install(TARGETS bslc RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES ${PROJECT_SOURCE_DIR}/docs/man/bslc.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${PROJECT_SOURCE_DIR}/completions/bslc.bash DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME bslc)
install(FILES ${PROJECT_SOURCE_DIR}/completions/_bslc DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/site-functions)
install(FILES ${PROJECT_SOURCE_DIR}/completions/bslc.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/language.md
              ${PROJECT_SOURCE_DIR}/docs/diagnostics.md ${PROJECT_SOURCE_DIR}/docs/stdlib.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})

# cpack -G DEB (from the build folder): bslc_<version>_<arch>.deb. Its
# dependencies are computed from the binary by dpkg-shlibdeps (dpkg-dev).
set(CPACK_PACKAGE_NAME bslc)
set(CPACK_PACKAGE_VENDOR "bslc")
set(CPACK_PACKAGE_CONTACT "bslc maintainers <bslc@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Compiler for BSL, the Bucket Security Language (S3 policies, CloudFormation, Terraform)")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
