// A deterministic zip container for the EPUB: entries in the order added, the first one
// stored (the OCF `mimetype` rule), fixed timestamps and attributes, so that the same book
// gives the same bytes on any machine and in any time zone.
#pragma once

#include <cstdint>
#include <deque>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace tuyentap {

struct ZipEntry {
  std::string name;  // path inside the zip, "/" separated
  std::string data;
  bool compress = true;  // false: stored (mimetype, images that are compressed already)
};

// Entries deflated before the zip is written, so that their text need not be held until
// then: a large book's pages are made a batch at a time, and each batch is deflated and let
// go. Only the compressed bytes are kept (in small zips of their own); write_zip copies
// them as they are. An entry deflates the same wherever it is deflated, so the zip's bytes
// are those write_zip gives for the same entries with their text.
class DeflatedEntries {
 public:
  DeflatedEntries() = default;
  ~DeflatedEntries() { clear(); }
  DeflatedEntries(DeflatedEntries&& other) noexcept;
  DeflatedEntries& operator=(DeflatedEntries&& other) noexcept;
  DeflatedEntries(const DeflatedEntries&) = delete;
  DeflatedEntries& operator=(const DeflatedEntries&) = delete;

  // Keeps the deflated entries in unnamed files (O_TMPFILE, gone when closed, whatever
  // happens) in the folder open as `dir_fd` rather than in memory, where its file system
  // allows; the folder must stay open while this is used. -1: in memory. `shown` names
  // the book being written, for the message when such a file cannot be written.
  void keep_in_folder(int dir_fd, std::string shown) {
    dir_fd_ = dir_fd;
    shown_ = std::move(shown);
  }
  // Deflates `batch` (entries with compress = true) now, cut into `workers` shares deflated
  // in parallel as write_zip does. Throws Error when libzip fails, WriteError when a file
  // of keep_in_folder cannot be written.
  void add(const std::vector<ZipEntry>& batch, long long mtime_epoch, unsigned workers = 0);
  void add(const std::vector<const ZipEntry*>& batch, long long mtime_epoch, unsigned workers);
  bool has(const std::string& name) const { return where_.contains(name); }

  // One small zip of deflated entries: its bytes, or the unnamed file holding them.
  struct Part {
    std::string bytes;
    int fd = -1;
    std::uint64_t size = 0;  // of the file
  };
  struct Place {
    std::size_t zip = 0;      // in zips()
    std::uint64_t index = 0;  // the entry's index in that zip
  };
  const std::deque<Part>& zips() const { return zips_; }
  const Place& place(const std::string& name) const { return where_.at(name); }
  // Lets the names go once every place has been looked up (has() and place() then know
  // none): 100,000 pages' names are not held while the zip is written.
  void forget_names() { where_.clear(); }
  void clear();

 private:
  Part deflate_part(const std::vector<const ZipEntry*>& entries, long long mtime_epoch) const;

  int dir_fd_ = -1;
  std::string shown_;
  std::deque<Part> zips_;
  std::map<std::string, Place> where_;  // by entry name
};

// Writes the entries in order with `mtime_epoch` (UTC seconds) as every entry's time.
// The entries to compress are cut into `workers` shares deflated in parallel (0: one share
// per worker thread, base/parallel.h, when there is enough to compress); the bytes are the
// same whatever their number. An entry whose name is in `ahead` is copied from there (its
// `data` is not read); `ahead` is emptied as soon as the zip is complete, before its bytes
// are copied out. Throws Error when libzip fails.
std::string write_zip(const std::vector<ZipEntry>& entries, long long mtime_epoch,
                      unsigned workers = 0, DeflatedEntries ahead = {});

// The same, written into `fd` (an empty regular file open for reading and writing, named
// `shown` in messages) as it is made, never held whole in memory; the caller fsyncs and
// closes it. Returns the zip's size. Throws WriteError when the file cannot be written (a
// full disk), Error when libzip fails otherwise.
std::uint64_t write_zip_file(int fd, const std::string& shown, const std::vector<ZipEntry>& entries,
                             long long mtime_epoch, unsigned workers = 0,
                             DeflatedEntries ahead = {});

// Deflate level: 3 costs 40% less time than libzip's default (9) on the book's XHTML, for
// a book about 3% larger.
inline constexpr int kDeflateLevel = 3;

}  // namespace tuyentap
