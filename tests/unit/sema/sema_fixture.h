// Helpers for resolution tests: write spec files into a fresh temp folder and analyze them.
#pragma once
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "sema/analyze.h"

namespace bslc::testing {

class SemaTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("bslc-sema-" + std::to_string(::getpid()) + "-" +
                                                     ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  std::string write(const std::string& name, const std::string& text) {
    const auto path = dir_ / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path) << text;
    return path.string();
  }

  sema::Analysis analyze(const std::string& main_text) { return analyze_files({write("main.bsl", main_text)}); }
  sema::Analysis analyze_files(const std::vector<std::string>& paths) {
    sink_ = diag::DiagnosticSink{};
    return sema::analyze(paths, sink_);
  }

  std::vector<std::string> codes() const {
    std::vector<std::string> out;
    for (const auto& d : sink_.all()) out.emplace_back(diag::info(d.code).id);
    return out;
  }
  const diag::Diagnostic* first(diag::Code code) const {
    for (const auto& d : sink_.all())
      if (d.code == code) return &d;
    return nullptr;
  }
  // "line:col" of a diagnostic's primary location.
  static std::string where(const diag::Diagnostic& d) {
    const LineCol lc = d.loc.source->line_col(d.loc.span.begin);
    return std::to_string(lc.line) + ":" + std::to_string(lc.col);
  }

  std::filesystem::path dir_;
  diag::DiagnosticSink sink_;
};

}  // namespace bslc::testing
