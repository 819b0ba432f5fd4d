#include "cli/run.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_paths.h"

extern char** environ;

namespace tt_test {

// Not popen: pclose reaps the shell without its resource use, and getrusage(RUSAGE_CHILDREN)
// is the largest peak of every child this process ever waited for, so a memory test run
// after a bigger command (several test cases in one process) read that command's peak.
RunResult run(const std::string& command) {
  RunResult r;
  std::string full = "( " + command + " ) 2>&1";
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return r;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);  // dup2 clears CLOEXEC
  const char* argv[] = {"sh", "-c", full.c_str(), nullptr};
  pid_t pid = -1;
  const int spawned =
      posix_spawn(&pid, "/bin/sh", &actions, nullptr, const_cast<char* const*>(argv), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  if (spawned != 0) {
    close(fds[0]);
    return r;
  }
  std::array<char, 65536> buf;
  for (;;) {
    const ssize_t n = read(fds[0], buf.data(), buf.size());
    if (n > 0) {
      r.out.append(buf.data(), static_cast<std::size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      break;
    }
  }
  close(fds[0]);
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) return r;
  }
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.peak_rss_kb = usage.ru_maxrss;
  return r;
}

std::string tuyentap() {
  return std::string("LANGUAGE=en '") + test_paths::program_path() + "'";
}

std::string tuyentap_vi() {
  return std::string("env -u LANGUAGE -u LC_MESSAGES -u LANG LC_ALL=C '") +
         test_paths::program_path() + "'";
}

std::string source_path(const std::string& rel) {
  return test_paths::source_dir() + "/" + rel;
}

std::string fresh_dir(const std::string& name) {
  auto dir = std::filesystem::current_path() / "test-output" / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string fold_ws(const std::string& s) {
  std::string out;
  bool space = false;
  for (unsigned char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(c);
  }
  return out;
}

}  // namespace tt_test
