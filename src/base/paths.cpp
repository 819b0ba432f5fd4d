#include "base/paths.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/error.h"
#include "base/file_write.h"

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
  // the build tree: msgfmt writes there
  fs::path beside = program_dir() / "locale";
  if (fs::exists(beside / "vi" / "LC_MESSAGES" / "tuyentap.mo", ec)) return beside.string();
  // A copy of the program taken out of its build tree (cp build/tuyentap ~/bin) finds the
  // catalogue where it was built, as data_dir() finds the source tree: without it, the clerk
  // would silently get English.
  return TUYENTAP_BUILD_LOCALE_DIR;
}

std::string read_file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read file: " + std::string(std::strerror(errno)), path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file_bytes(const std::string& path, const std::string& bytes) {
  // A new file of a name no one else picks beside the final one, then renamed over it:
  // a reader sees the old file or the new one, and a link planted anywhere is not followed.
  fs::path target(path);
  std::string dir = target.has_parent_path() ? target.parent_path().string() : ".";
  int dir_fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd < 0) {
    throw Error("cannot write file: " + std::string(std::strerror(errno)), path, 0,
                "check that the output folder exists and is writable");
  }
  const std::string name = target.filename().string();
  const std::string temp = unique_name(".tuyentap-new-");
  try {
    write_new_file_at(dir_fd, temp, bytes, path);
    if (::renameat(dir_fd, temp.c_str(), dir_fd, name.c_str()) != 0) {
      throw WriteError(errno, path);
    }
  } catch (...) {
    ::unlinkat(dir_fd, temp.c_str(), 0);
    ::close(dir_fd);
    throw;
  }
  ::close(dir_fd);
}

}  // namespace tuyentap
