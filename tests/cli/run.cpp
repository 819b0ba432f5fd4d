#include "cli/run.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_paths.h"

namespace tt_test {

RunResult run(const std::string& command) {
  RunResult r;
  std::string full = "( " + command + " ) 2>&1";
  FILE* p = popen(full.c_str(), "r");
  if (!p) return r;
  std::array<char, 65536> buf;
  std::size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
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
