# Warnings for our own code only; the ANTLR-generated target does not use this.
function(bslc_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
endfunction()

# One static library per compiler module, built from every .cpp in its folder.
function(bslc_module name dir)
  file(GLOB _srcs CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${dir}/*.cpp)
  add_library(${name} STATIC ${_srcs})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/compiler)
  bslc_warnings(${name})
endfunction()
