// A libzip source that writes the zip being made straight into an open file, so that a
// large EPUB is never held in memory (100,000 articles: a 117 MB zip, and libzip's growing
// buffer of it besides). libzip writes a header, the entry's data, then seeks back to
// complete the header, so the file must be seekable; the writes are gathered into 1 MB
// before they reach it.
#pragma once

#include <zip.h>

#include <cstdint>
#include <string>

namespace tuyentap {

class ZipFileSink {
 public:
  // `fd`: an empty regular file open for reading and writing; the caller closes it. Or,
  // to read a zip written so, the file and its size.
  explicit ZipFileSink(int fd, std::uint64_t size = 0) : fd_(fd), size_(size) {}
  ZipFileSink(const ZipFileSink&) = delete;
  ZipFileSink& operator=(const ZipFileSink&) = delete;

  // A source for zip_open_from_source; it refers to this sink, which must outlive it.
  // Null when libzip cannot make one (`error` says why).
  zip_source_t* source(zip_error_t* error);
  // The errno of the write that failed (ENOSPC, EFBIG…), 0 when none did.
  int failed_errno() const { return failed_errno_; }
  std::uint64_t size() const { return size_; }  // the zip's bytes, once it is complete

 private:
  static zip_int64_t callback(void* self, void* data, zip_uint64_t len, zip_source_cmd_t cmd);
  zip_int64_t on(void* data, zip_uint64_t len, zip_source_cmd_t cmd);
  bool flush();
  bool fail(int errno_value);

  int fd_;
  zip_error_t error_{};
  std::uint64_t read_at_ = 0;
  std::uint64_t size_ = 0;        // bytes written so far, pending ones included
  std::uint64_t pending_at_ = 0;  // where `pending_` goes in the file
  std::string pending_;           // written by libzip, not yet by the system
  int failed_errno_ = 0;
};

}  // namespace tuyentap
