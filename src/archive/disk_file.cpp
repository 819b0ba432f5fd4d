#include "archive/disk_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace tuyentap::archive_detail {

int read_regular_file(const std::filesystem::path& path, std::uint64_t size, std::string& bytes) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) return errno;
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return ENODEV;
  }
  bytes.assign(static_cast<std::size_t>(size), '\0');
  std::size_t got = 0;
  int err = 0;
  while (got < bytes.size()) {
    ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      err = errno;
      break;
    }
    if (n == 0) break;  // shrank while we read: keep what is there
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  bytes.resize(err ? 0 : got);
  return err;
}

std::string unreadable(int err) {
  return std::string("unreadable (") + std::strerror(err) + ")";
}

}  // namespace tuyentap::archive_detail
