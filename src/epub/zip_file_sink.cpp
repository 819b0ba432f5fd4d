#include "epub/zip_file_sink.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>

namespace tuyentap {

namespace {

constexpr std::size_t kGatherBytes = 1u << 20;

}  // namespace

zip_source_t* ZipFileSink::source(zip_error_t* error) {
  zip_error_init(&error_);
  return zip_source_function_create(&ZipFileSink::callback, this, error);
}

zip_int64_t ZipFileSink::callback(void* self, void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
  return static_cast<ZipFileSink*>(self)->on(data, len, cmd);
}

bool ZipFileSink::fail(int errno_value) {
  if (!failed_errno_) failed_errno_ = errno_value;
  zip_error_set(&error_, ZIP_ER_WRITE, errno_value);
  return false;
}

bool ZipFileSink::flush() {
  std::size_t done = 0;
  while (done < pending_.size()) {
    ssize_t n = ::pwrite(fd_, pending_.data() + done, pending_.size() - done,
                         static_cast<off_t>(pending_at_ + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return fail(n < 0 ? errno : EIO);
    done += static_cast<std::size_t>(n);
  }
  pending_at_ += pending_.size();
  pending_.clear();
  return true;
}

zip_int64_t ZipFileSink::on(void* data, zip_uint64_t len, zip_source_cmd_t cmd) {
  switch (cmd) {
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(
          ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR,
          ZIP_SOURCE_FREE, ZIP_SOURCE_SEEK, ZIP_SOURCE_TELL, ZIP_SOURCE_SUPPORTS,
          ZIP_SOURCE_BEGIN_WRITE, ZIP_SOURCE_WRITE, ZIP_SOURCE_COMMIT_WRITE,
          ZIP_SOURCE_ROLLBACK_WRITE, ZIP_SOURCE_SEEK_WRITE, ZIP_SOURCE_TELL_WRITE,
          ZIP_SOURCE_REMOVE, -1);
    case ZIP_SOURCE_OPEN:
      read_at_ = 0;
      return 0;
    case ZIP_SOURCE_READ: {  // libzip reads only what it wrote, when at all
      if (!flush()) return -1;
      ssize_t n = ::pread(fd_, data, len, static_cast<off_t>(read_at_));
      if (n < 0) {
        zip_error_set(&error_, ZIP_ER_READ, errno);
        return -1;
      }
      read_at_ += static_cast<std::uint64_t>(n);
      return n;
    }
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:
    case ZIP_SOURCE_REMOVE:          // the caller removes the file
    case ZIP_SOURCE_ROLLBACK_WRITE:  // the same
      return 0;
    case ZIP_SOURCE_STAT: {
      auto* st = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, len, &error_);
      if (!st) return -1;
      zip_stat_init(st);
      st->size = size_;
      st->valid |= ZIP_STAT_SIZE;
      return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
      return zip_error_to_data(&error_, data, len);
    case ZIP_SOURCE_SEEK: {
      zip_int64_t at = zip_source_seek_compute_offset(read_at_, size_, data, len, &error_);
      if (at < 0) return -1;
      read_at_ = static_cast<std::uint64_t>(at);
      return 0;
    }
    case ZIP_SOURCE_TELL:
      return static_cast<zip_int64_t>(read_at_);
    case ZIP_SOURCE_BEGIN_WRITE:
      if (::ftruncate(fd_, 0) != 0) {
        fail(errno);
        return -1;
      }
      size_ = pending_at_ = 0;
      pending_.clear();
      return 0;
    case ZIP_SOURCE_WRITE:
      pending_.append(static_cast<const char*>(data), len);
      size_ = std::max(size_, pending_at_ + pending_.size());
      if (pending_.size() >= kGatherBytes && !flush()) return -1;
      return static_cast<zip_int64_t>(len);
    case ZIP_SOURCE_SEEK_WRITE: {
      const std::uint64_t here = pending_at_ + pending_.size();
      zip_int64_t at = zip_source_seek_compute_offset(here, size_, data, len, &error_);
      if (at < 0 || !flush()) return -1;
      pending_at_ = static_cast<std::uint64_t>(at);
      return 0;
    }
    case ZIP_SOURCE_TELL_WRITE:
      return static_cast<zip_int64_t>(pending_at_ + pending_.size());
    case ZIP_SOURCE_COMMIT_WRITE:
      return flush() ? 0 : -1;
    default:
      zip_error_set(&error_, ZIP_ER_OPNOTSUPP, 0);
      return -1;
  }
}

}  // namespace tuyentap
