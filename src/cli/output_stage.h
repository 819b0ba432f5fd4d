// The output folder of one build: every book and report appears together, or none does.
//
// A build writes its files into a private folder inside OUT (".tuyentap-tmp-" and 12
// random characters, mode 0700, made by mkdirat so that it is new; each file created with
// O_EXCL|O_NOFOLLOW) and renames them into OUT only when every one is complete. Until then
// the previous books and reports stay exactly as they were.
//
// A lock (flock on OUT/.tuyentap.lock, opened O_NOFOLLOW) keeps a second build out of the
// folder while one writes: it stops with OutputBusy (exit kExitOutputBusy). Holding the lock,
// a build removes every private folder a killed build left (SIGKILL, power loss): only a
// build holding the lock writes in one, so any other is stale.
//
// On an Error the destructor removes the private folder. On SIGINT, SIGTERM or SIGHUP a
// handler removes it and the process dies of the signal (exit 128 + its number); during the
// renames a signal waits until the last one is done.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/error.h"
#include "base/file_write.h"

namespace tuyentap {

// Exit codes (README, man/): another build holds the output folder; writing failed (disk
// full, quota, file-size limit: base/file_write.h's WriteError).
constexpr int kExitOutputBusy = 5;
constexpr int kExitCannotWrite = 6;

// The lock's name in OUT. It stays there after the build: when OUT lies in the archive, the
// next build finds it among the inputs (cli/book_files.h sets it aside as the book's file).
inline constexpr char kOutputLockName[] = ".tuyentap.lock";

// Another build is writing in the folder: nothing was written.
class OutputBusy : public Error {
 public:
  using Error::Error;
};

class OutputStage {
 public:
  // Makes OUT when missing, takes its lock, removes stale private folders and makes this
  // build's own. Throws OutputBusy, Error or WriteError.
  explicit OutputStage(const std::string& out_dir);
  ~OutputStage();  // without commit(): the private folder and all in it are removed
  OutputStage(const OutputStage&) = delete;
  OutputStage& operator=(const OutputStage&) = delete;

  // Writes `name` (a file name, no folder) into the private folder. Throws WriteError.
  void add(const std::string& name, std::string_view bytes);
  // The same, for a file written in pieces as it is made (the PDF): the caller writes and
  // finishes it before commit(). Throws WriteError.
  NewFile create(const std::string& name);
  // The private folder, open: for unnamed scratch files (O_TMPFILE), gone when closed.
  int folder_fd() const;
  // Renames every file added into OUT, in the order added, then removes the private folder.
  void commit();

 private:
  void release();  // removes what was staged unless committed; closes; unlocks

  std::string out_;
  int out_fd_ = -1;
  int lock_fd_ = -1;
  std::vector<std::string> names_;
  bool committed_ = false;
};

}  // namespace tuyentap
