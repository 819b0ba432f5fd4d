#include "cli/run.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_paths.h"

extern char** environ;

namespace tt_test {

namespace {

// Everything a pipe gives until its writers close it; the pipe is closed after.
std::string read_to_end(int fd) {
  std::string all;
  std::array<char, 65536> buf;
  for (;;) {
    const ssize_t n = read(fd, buf.data(), buf.size());
    if (n > 0) {
      all.append(buf.data(), static_cast<std::size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      break;
    }
  }
  close(fd);
  return all;
}

}  // namespace

// Not popen: pclose reaps the shell without its resource use, and getrusage(RUSAGE_CHILDREN)
// is the largest peak of every child this process ever waited for, so a memory test run
// after a bigger command (several test cases in one process) read that command's peak.
// Nor the shell's own wait4 figure: a program exec'd from this process starts with this
// process's peak (tests/tools/peak_rss.cpp says why), so the shell is started by peak_rss,
// which forks it from a small process and reports its status and peak on a pipe of its own.
RunResult run(const std::string& command) {
  RunResult r;
  std::string full = "( " + command + " ) 2>&1";
  int out_fds[2];
  int report_fds[2];
  if (pipe2(out_fds, O_CLOEXEC) != 0) return r;
  if (pipe2(report_fds, O_CLOEXEC) != 0) {
    close(out_fds[0]);
    close(out_fds[1]);
    return r;
  }
  // a number neither pipe holds, so dup2 always makes a copy (and clears its CLOEXEC)
  const int report_child_fd = std::max({out_fds[0], out_fds[1], report_fds[0], report_fds[1]}) + 1;
  const std::string report_arg = std::to_string(report_child_fd);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, report_fds[1], report_child_fd);
  const char* argv[] = {"peak_rss", report_arg.c_str(), "/bin/sh", "-c", full.c_str(), nullptr};
  pid_t pid = -1;
  const int spawned = posix_spawn(&pid, TUYENTAP_PEAK_RSS, &actions, nullptr,
                                  const_cast<char* const*>(argv), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(out_fds[1]);
  close(report_fds[1]);
  if (spawned != 0) {
    close(out_fds[0]);
    close(report_fds[0]);
    return r;
  }
  r.out = read_to_end(out_fds[0]);
  int helper_status = 0;
  while (waitpid(pid, &helper_status, 0) < 0) {
    if (errno != EINTR) break;
  }
  const std::string report = read_to_end(report_fds[0]);
  int status = 0;
  long peak_kb = 0;
  if (std::sscanf(report.c_str(), "%d %ld", &status, &peak_kb) != 2) return r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.peak_rss_kb = peak_kb;
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
