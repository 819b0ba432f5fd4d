#include "load/file_rules.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "base/error.h"

namespace tuyentap {

namespace fs = std::filesystem;

namespace {

const char* kOrdinaryFileHint = "name an ordinary file";

// The path with its links resolved as far as it exists; the path made absolute otherwise.
std::string resolved(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::weakly_canonical(path, ec);
  if (ec) p = fs::absolute(path, ec).lexically_normal();
  return p.string();
}

bool lies_in(const std::string& path, const std::string& folder) {
  if (folder == "/") return !path.empty() && path[0] == '/';
  return path == folder ||
         (path.size() > folder.size() && path.compare(0, folder.size(), folder) == 0 &&
          path[folder.size()] == '/');
}

// The system's own files, never content for a book: /proc/self/environ would print the
// build machine's environment into it, /dev/zero never ends.
const char* never_read_folder(const std::string& path) {
  for (const char* folder : {"/proc", "/sys", "/dev"}) {
    if (lies_in(path, folder)) return folder;
  }
  return nullptr;
}

[[noreturn]] void refuse(const NamedAt& at, const std::string& message, const std::string& hint) {
  throw Error(message, at.file, at.line, hint);  // the message names the path
}

void check_not_system(const std::string& path, const NamedAt& at) {
  std::error_code ec;
  const std::string plain = fs::absolute(path, ec).lexically_normal().string();
  for (const std::string& p : {plain, resolved(path)}) {
    if (const char* folder = never_read_folder(p)) {
      refuse(at, "'" + path + "' is in " + folder + ", which is never read", kOrdinaryFileHint);
    }
  }
}

// The open file descriptor of a regular file of at most `limit` bytes (Error otherwise);
// `size` gets its size. Opened without blocking: a FIFO or a device answers at once.
int open_regular(const std::string& path, std::size_t limit, const NamedAt& at, std::size_t& size) {
  check_not_system(path, at);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0) {
    int err = errno;
    refuse(at, "cannot read '" + path + "': " + std::strerror(err),
           "check the path and that the file may be read");
  }
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    refuse(at, "'" + path + "' is not a regular file (a folder, device, pipe or socket)",
           kOrdinaryFileHint);
  }
  if (static_cast<unsigned long long>(st.st_size) > limit) {
    ::close(fd);
    refuse(at,
           "'" + path + "' is too large: " + std::to_string(st.st_size) + " bytes, at most " +
               std::to_string(limit),
           "check that it is the file meant");
  }
  size = static_cast<std::size_t>(st.st_size);
  return fd;
}

}  // namespace

std::vector<std::string> places(const std::vector<std::string>& folders) {
  std::vector<std::string> out;
  for (const std::string& f : folders) {
    std::error_code ec;
    if (f.empty()) continue;
    fs::path p = fs::canonical(f, ec);
    if (!ec) out.push_back(p.string());
  }
  return out;
}

std::vector<std::string> system_font_folders() {
  std::vector<std::string> folders = {"/usr/share/fonts", "/usr/local/share/fonts"};
  if (const char* home = std::getenv("HOME"); home && *home) {
    folders.push_back(std::string(home) + "/.local/share/fonts");
  }
  return places(folders);
}

void check_inside(const std::string& path, const std::vector<std::string>& allowed,
                  const NamedAt& at) {
  check_not_system(path, at);
  const std::string real = resolved(path);
  for (const std::string& folder : allowed) {
    if (lies_in(real, folder)) return;
  }
  std::string list;
  for (const std::string& folder : allowed) list += (list.empty() ? "" : ", ") + folder;
  refuse(at, "'" + path + "' lies outside the folders it may be read from: " + list,
         "copy the file into one of them (beside the file that names it) and name the copy");
}

void check_regular_file(const std::string& path, std::size_t limit, const NamedAt& at) {
  std::size_t size = 0;
  ::close(open_regular(path, limit, at, size));
}

std::string read_regular_file(const std::string& path, std::size_t limit, const NamedAt& at) {
  std::size_t size = 0;
  int fd = open_regular(path, limit, at, size);
  std::string bytes(size, '\0');
  std::size_t got = 0;
  int err = 0;
  while (got < size) {
    ssize_t n = ::read(fd, bytes.data() + got, size - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) err = errno;
    if (n <= 0) break;  // an error, or the file shrank while read: keep what is there
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  if (err != 0) {
    refuse(at, "cannot read '" + path + "': " + std::strerror(err),
           "check the path and that the file may be read");
  }
  bytes.resize(got);
  return bytes;
}

}  // namespace tuyentap
