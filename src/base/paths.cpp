#include "base/paths.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/error.h"

namespace tuyentap {

namespace fs = std::filesystem;

namespace {

// The folder holding the running program, from /proc/self/exe ("" when unknown).
fs::path program_dir() {
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

}  // namespace

std::string data_dir() {
  if (const char* env = std::getenv("TUYENTAP_DATA"); env && *env) return env;
  // Installed: <prefix>/bin/tuyentap beside <prefix>/share/tuyentap.
  fs::path installed = program_dir() / ".." / "share" / "tuyentap";
  std::error_code ec;
  if (!program_dir().empty() && fs::is_directory(installed / "templates", ec)) {
    return fs::weakly_canonical(installed, ec).string();
  }
  return TUYENTAP_DATA_DIR;  // the source tree, for a program run from its build tree
}

std::string data_path(const std::string& rel) {
  return data_dir() + "/" + rel;
}

std::string locale_dir() {
  if (const char* env = std::getenv("TUYENTAP_LOCALE"); env && *env) return env;
  std::error_code ec;
  fs::path installed = program_dir() / ".." / "share" / "locale";
  if (fs::exists(installed / "vi" / "LC_MESSAGES" / "tuyentap.mo", ec)) {
    return fs::weakly_canonical(installed, ec).string();
  }
  return (program_dir() / "locale").string();  // the build tree: msgfmt writes there
}

std::string read_file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read file: " + std::string(std::strerror(errno)), path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file_bytes(const std::string& path, const std::string& bytes) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      throw Error("cannot write file: " + std::string(std::strerror(errno)), path, 0,
                  "check that the output folder exists and is writable");
    }
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw Error("write failed (disk full?)", path);
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) throw Error("cannot write file: " + ec.message(), path);
}

}  // namespace tuyentap
