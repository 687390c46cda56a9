// Runs the real bslc binary (BSLC_BINARY) as a child process in a given
// folder and captures its exit code, stdout and stderr. Shared by the CLI
// and golden tests, which check bslc exactly as users and CI run it.
#pragma once
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace bslc::testing {

struct RunResult {
  int exit_code = -1;  // 128 + signal number when the process was killed by a signal
  std::string out;
  std::string err;
};

namespace detail {

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::filesystem::path scratch_file(const char* tag) {
  std::string pattern = (std::filesystem::temp_directory_path() / (std::string("bslc-") + tag + "-XXXXXX")).string();
  const int fd = ::mkstemp(pattern.data());
  if (fd < 0) throw std::runtime_error("mkstemp failed");
  ::close(fd);
  return pattern;
}

}  // namespace detail

// `args` excludes the program name. `stdin_text` is fed on standard input.
inline RunResult run_bslc(const std::vector<std::string>& args, const std::filesystem::path& cwd = {},
                          const std::string& stdin_text = {}) {
  const auto out_file = detail::scratch_file("out");
  const auto err_file = detail::scratch_file("err");
  const auto in_file = detail::scratch_file("in");
  std::ofstream(in_file, std::ios::binary) << stdin_text;

  std::vector<std::string> argv_storage;
  argv_storage.push_back(BSLC_BINARY);
  argv_storage.insert(argv_storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_storage) argv.push_back(a.data());
  argv.push_back(nullptr);

  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    // Child: only async-signal-safe calls until exec.
    if (!cwd.empty() && ::chdir(cwd.c_str()) != 0) ::_exit(125);
    const int in = ::open(in_file.c_str(), O_RDONLY);
    const int out = ::open(out_file.c_str(), O_WRONLY | O_TRUNC);
    const int err = ::open(err_file.c_str(), O_WRONLY | O_TRUNC);
    if (in < 0 || out < 0 || err < 0) ::_exit(125);
    ::dup2(in, 0);
    ::dup2(out, 1);
    ::dup2(err, 2);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0) {
  }
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = detail::slurp(out_file);
  r.err = detail::slurp(err_file);
  std::error_code ec;
  std::filesystem::remove(out_file, ec);
  std::filesystem::remove(err_file, ec);
  std::filesystem::remove(in_file, ec);
  return r;
}

}  // namespace bslc::testing
