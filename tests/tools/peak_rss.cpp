// peak_rss FD PROGRAM [ARGS...]: runs PROGRAM, then writes "<wait status> <peak kB>" to FD.
//
// Why a program of its own: a process's ru_maxrss is never below the peak of the memory it
// was exec'd from. exec() folds the old address space's high-water mark into the new
// program's, and posix_spawn (vfork) execs from the caller's own address space, so a
// command started straight from a test process counted that process's peak too: a test
// built with AddressSanitizer is 70 MB before it runs anything, and `true` read 70 MB (CI
// on 2026-12-01). This program is small and is built without the sanitizers; PROGRAM is
// forked from it, so the peak it reports is PROGRAM's and its children's, give or take
// this program's 1 or 2 MB.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: peak_rss FD PROGRAM [ARGS...]\n");
    return 125;
  }
  const int report_fd = std::atoi(argv[1]);
  const pid_t pid = fork();
  if (pid < 0) return 126;
  if (pid == 0) {
    close(report_fd);
    execv(argv[2], argv + 2);
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  while (wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) return 126;
  }
  char line[64];
  const int n = std::snprintf(line, sizeof line, "%d %ld\n", status, usage.ru_maxrss);
  if (write(report_fd, line, static_cast<std::size_t>(n)) != n) return 126;
  return 0;
}
