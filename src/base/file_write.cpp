#include "base/file_write.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <utility>

namespace tuyentap {

namespace {

std::string hint_for(int errno_value) {
  switch (errno_value) {
    case ENOSPC:
      return "the disk is full: free some space or choose another folder with -o FOLDER; "
             "the previous books and reports are as they were";
    case EDQUOT:
      return "your disk quota is used up: free some space or choose another folder with -o "
             "FOLDER; the previous books and reports are as they were";
    case EFBIG:
      return "the file is larger than the file-size limit (ulimit -f) allows: raise the "
             "limit; the previous books and reports are as they were";
    default:
      return "check the disk and the output folder; the previous books and reports are as "
             "they were";
  }
}

}  // namespace

WriteError::WriteError(int errno_value, const std::string& file)
    : Error("cannot write file: " + std::string(std::strerror(errno_value)), file, 0,
            hint_for(errno_value)),
      errno_value_(errno_value) {}

std::string unique_name(std::string_view prefix) {
  static constexpr char kLetters[] = "abcdefghijklmnopqrstuvwxyz0123456789";
  std::random_device random;  // getrandom(2): not guessable, unlike the clock or the pid
  std::string name(prefix);
  for (int i = 0; i < 12; ++i) name += kLetters[random() % (sizeof kLetters - 1)];
  return name;
}

void write_new_file_at(int dir_fd, const std::string& name, std::string_view bytes,
                       const std::string& shown) {
  NewFile file(dir_fd, name, shown);
  file.write(bytes);
  file.finish();
}

NewFile::NewFile(int dir_fd, const std::string& name, const std::string& shown)
    : fd_(::openat(dir_fd, name.c_str(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666)),
      shown_(shown) {
  if (fd_ < 0) throw WriteError(errno, shown_);
}

NewFile::~NewFile() {
  if (fd_ >= 0) ::close(fd_);
}

NewFile::NewFile(NewFile&& other) noexcept : fd_(other.fd_), shown_(std::move(other.shown_)) {
  other.fd_ = -1;
}

void NewFile::write(std::string_view bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw WriteError(n < 0 ? errno : EIO, shown_);
    done += static_cast<std::size_t>(n);
  }
}

void NewFile::finish() {
  const int fd = fd_;
  fd_ = -1;
  // A full disk or quota may only show when the data reaches it (NFS, delayed allocation).
  if (::fsync(fd) != 0 && errno != EINVAL) {
    int e = errno;
    ::close(fd);
    throw WriteError(e, shown_);
  }
  if (::close(fd) != 0 && errno != EINTR) throw WriteError(errno, shown_);
}

}  // namespace tuyentap
