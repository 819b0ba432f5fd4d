// The bookkeeping every file found goes through, wherever it came from (a folder, a file
// named on the command line, a zip entry): duplicate check, size budgets, name and content
// checks. It is what makes "every file accounted for" true: a file ends up in `files` or
// in `skipped`, never nowhere.
#pragma once

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>

#include "archive/archive.h"

namespace tuyentap::archive_detail {

class Collector {
 public:
  Collector(const ArchiveLimits& limits, ArchiveContents& out) : limits_(limits), out_(out) {}

  const ArchiveLimits& limits() const { return limits_; }

  void skip(std::string shown, std::string reason);

  // `key` names the file itself ("dev:inode" on disk, "dev:inode!entry" in a zip), so the
  // same file reached twice (a link, a hard link, named twice) is read once. Returns false (and
  // records the skip) when seen before.
  bool first_time(const std::string& key, const std::string& shown);
  // Whether `key` was read (or refused) before: then first_time will say "duplicate".
  bool seen(const std::string& key) const { return seen_.contains(key); }

  // Before reading: is a file of `size` bytes within the per-file and total budgets? A photo
  // by its name (`shown`: .jpg, .jpeg, .png) has the photos' budgets, a Word or OpenDocument
  // document by its name (.docx, .odt) the documents' limit. Returns the reason it is not, or "".
  std::string size_problem(std::uint64_t size, const std::string& shown) const;

  // The most a file named `shown` may hold, by its name's kind (photo, document, text): a
  // folder's file over it is not read, only refused.
  std::uint64_t max_bytes_by_name(const std::string& shown) const;

  // The most a file of any kind may hold: what a reader reads before the checks.
  std::uint64_t max_any_file_bytes() const {
    return std::max({limits_.max_file_bytes, limits_.max_image_bytes, limits_.max_document_bytes});
  }

  // Bytes still allowed for all files together; readers stop decompressing past it.
  std::uint64_t remaining_total() const {
    return total_ >= limits_.max_total_bytes ? 0 : limits_.max_total_bytes - total_;
  }

  // Before reading: hidden and system files by name. `rel` is the path inside the folder or
  // zip given (never the part the user typed, which may well contain a ".config" folder).
  // Returns false (and records the skip) when the file is not to be read.
  bool name_ok(const std::string& shown, const std::string& rel);

  // A file read whole: checks emptiness, size and format (binary_format_reason), then keeps
  // it or skips it; a JPEG or PNG is skipped and also kept in `images` (ArchiveContents). Whether a
  // kept file is text is not decided here: the readers decide, knowing the encoding the user may
  // force. `origin` says where a kept file's bytes can be read again: past the held bytes'
  // bound (ArchiveLimits::max_held_bytes) they are let go.
  void add(std::string shown, std::string bytes, FileOrigin origin = {});

 private:
  enum class Kind { Text, Photo, Document };
  static Kind kind_by_name(const std::string& shown);
  std::string size_problem(std::uint64_t size, Kind kind) const;

  const ArchiveLimits& limits_;
  ArchiveContents& out_;
  std::map<std::string, std::string> seen_;  // key -> path shown when first read
  std::uint64_t total_ = 0;
  std::uint64_t image_total_ = 0;
  std::uint64_t held_ = 0;  // kept files' bytes still held
};

// Does the name say photo (".jpg", ".jpeg", ".png", any case)?
bool has_image_extension(const std::string& name);

}  // namespace tuyentap::archive_detail
