// The bytes of files that read_archive listed and judged but let go (InputFile::let_go),
// read again when their turn comes: a file from disk, an entry from its zip. The readers
// (article/reader.h) ask for a batch at a time, so the archive is never held whole.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <vector>

#include "archive/archive.h"

namespace tuyentap {

class FileBytes {
 public:
  FileBytes();
  ~FileBytes();
  FileBytes(const FileBytes&) = delete;
  FileBytes& operator=(const FileBytes&) = delete;

  struct Read {
    std::string bytes;    // the file's bytes, as many as were judged
    std::string problem;  // or why they could not be read again ("" when read)
  };
  // One Read per file, in order. A file on disk is read on every core; a zip's entries one
  // after the other, the zip opened once for a run of its entries (its file held meanwhile).
  // A file that changed size since it was judged is a problem, not other bytes.
  std::vector<Read> read_again(std::span<const InputFile* const> files);

 private:
  struct OpenZip;
  std::unique_ptr<OpenZip> zip_;
};

}  // namespace tuyentap
