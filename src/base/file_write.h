// Writing files so that no reader sees half of one and no planted link is followed.
//
// Every file is created new (O_CREAT|O_EXCL|O_NOFOLLOW: a name that exists, a symbolic
// link included, is never opened), written whole, flushed to the disk and closed; a failure
// at any step throws WriteError with the errno that caused it, so that the CLI can tell a
// full disk, a used-up quota or the file-size limit (`ulimit -f`, with SIGXFSZ ignored)
// from a mistake of the user's.
#pragma once

#include <string>
#include <string_view>

#include "base/error.h"

namespace tuyentap {

// Writing failed after every check had passed: "cannot write file: <errno text>" naming
// the file, with a hint for ENOSPC, EDQUOT and EFBIG.
class WriteError : public Error {
 public:
  WriteError(int errno_value, const std::string& file);
  int errno_value() const { return errno_value_; }

 private:
  int errno_value_;
};

// prefix + 12 random letters and digits: a name no other process will pick.
std::string unique_name(std::string_view prefix);

// Creates `name` in the folder open as `dir_fd` (O_EXCL|O_NOFOLLOW), writes `bytes`,
// fsyncs and closes it. `shown` names the file in messages. Throws WriteError (the
// half-written file is left for the caller, who owns the folder, to remove).
void write_new_file_at(int dir_fd, const std::string& name, std::string_view bytes,
                       const std::string& shown);

// The same file written in pieces as they are made (a book too large to hold whole).
// Every step throws WriteError as write_new_file_at does; a file not finished is closed
// and left for the caller to remove.
class NewFile {
 public:
  NewFile(int dir_fd, const std::string& name, const std::string& shown);
  ~NewFile();
  NewFile(NewFile&& other) noexcept;
  NewFile(const NewFile&) = delete;
  NewFile& operator=(const NewFile&) = delete;
  NewFile& operator=(NewFile&&) = delete;

  void write(std::string_view bytes);
  void finish();  // fsyncs and closes
  // Open for reading and writing, for a writer that writes it itself (libzip, the EPUB).
  int fd() const { return fd_; }

 private:
  int fd_ = -1;
  std::string shown_;
};

}  // namespace tuyentap
