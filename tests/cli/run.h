// Helpers for end-to-end tests: run the built tuyentap (and the checking tools) in a
// shell, capture what they print and how they exit.
#pragma once

#include <string>

namespace tt_test {

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout and stderr together
  // The command's own peak resident set, in kB: the largest of its shell and every process
  // the shell waited for (wait4's), whatever else this test process ran before or beside it.
  long peak_rss_kb = 0;
};

// Runs `command` with /bin/sh; stderr goes with stdout.
RunResult run(const std::string& command);

// The built program, quoted for the shell, speaking English (LANGUAGE=en).
std::string tuyentap();
// The same as a clerk's machine runs it: no language set (C locale), so Vietnamese.
std::string tuyentap_vi();
// A path in the source tree.
std::string source_path(const std::string& rel);
// A fresh empty folder for one test (under the build tree, removed first if it exists).
std::string fresh_dir(const std::string& name);
std::string slurp(const std::string& path);
// Runs of white space → one space, trimmed.
std::string fold_ws(const std::string& s);

}  // namespace tt_test
