// read_archive: each input is a file, a folder or a .zip; everything found goes through
// one Collector, so the checks are the same wherever a file came from.
#include "archive/archive.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "archive/binary_format.h"
#include "archive/collector.h"
#include "archive/folder_walk.h"
#include "archive/sniff.h"
#include "archive/zip_reader.h"
#include "base/error.h"
#include "base/parallel.h"

namespace tuyentap {

namespace fs = std::filesystem;
using archive_detail::Collector;

namespace {

std::string unreadable(int err) {
  return std::string("unreadable (") + std::strerror(err) + ")";
}

// Reads a whole regular file with its size checked first, so a 10 GB video dropped into
// the archive folder is refused without being read.
void read_disk_file(const fs::path& path, const std::string& shown, Collector& c) {
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(path, ec);
  if (!c.first_time(ec ? path.string() : canonical.string(), shown)) return;

  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    c.skip(shown, errno == ENOENT ? "missing: no such file or folder" : unreadable(errno));
    return;
  }
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    c.skip(shown, "not a regular file (a device, pipe or socket), not read");
    return;
  }
  auto size = static_cast<std::uint64_t>(st.st_size);
  bool is_zip = archive_detail::has_zip_extension(path.filename().string());
  if (size == 0) {
    ::close(fd);
    c.skip(shown, "empty file");
    return;
  }
  // A zip's own size is bounded by the total budget; its entries are checked one by one.
  std::string why =
      is_zip ? (size > c.remaining_total()
                    ? "zip archive over the total size limit (" +
                          archive_detail::human_size(c.limits().max_total_bytes) + "), not read"
                    : std::string())
             : c.size_problem(size, shown);
  if (!why.empty()) {
    ::close(fd);
    c.skip(shown, why);
    return;
  }
  std::string bytes(static_cast<std::size_t>(size), '\0');
  std::size_t got = 0;
  while (got < bytes.size()) {
    ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int err = errno;
      ::close(fd);
      c.skip(shown, unreadable(err));
      return;
    }
    if (n == 0) break;  // shrank while we read: keep what is there
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  bytes.resize(got);
  // A .docx or .odt renamed .zip is still one document: it is read, not unpacked.
  if (is_zip && word_format(bytes) == WordFormat::None)
    archive_detail::read_zip(shown, ec ? path.string() : canonical.string(), bytes, c);
  else
    c.add(shown, std::move(bytes));
}

// What reading one plain file from disk found, before any of the Collector's checks: the
// reading (syscalls, copies) runs on every core, the checks then run in order on one, exactly
// as read_disk_file makes them.
struct Fetched {
  std::string key;  // the canonical path, or the path when it has none
  int open_errno = 0;
  bool not_regular = false;
  std::uint64_t size = 0;
  bool read = false;  // bytes hold the content (size within the per-file limit)
  int read_errno = 0;
  std::string bytes;
};

Fetched fetch_disk_file(const fs::path& path, std::uint64_t max_file_bytes) {
  Fetched f;
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(path, ec);
  f.key = ec ? path.string() : canonical.string();
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  if (fd < 0) {
    f.open_errno = errno;
    return f;
  }
  struct stat st;
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    f.not_regular = true;
    return f;
  }
  f.size = static_cast<std::uint64_t>(st.st_size);
  if (f.size == 0 || f.size > max_file_bytes) {  // refused by the checks without reading
    ::close(fd);
    return f;
  }
  f.bytes.assign(static_cast<std::size_t>(f.size), '\0');
  std::size_t got = 0;
  while (got < f.bytes.size()) {
    ssize_t n = ::read(fd, f.bytes.data() + got, f.bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      f.read_errno = errno;
      break;
    }
    if (n == 0) break;  // shrank while we read: keep what is there
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  f.bytes.resize(got);
  f.read = f.read_errno == 0;
  if (!f.read) f.bytes.clear();
  return f;
}

// read_disk_file's checks, in its order, on what fetch_disk_file found (not for zips).
void commit_disk_file(Fetched f, const std::string& shown, Collector& c) {
  if (!c.first_time(f.key, shown)) return;
  if (f.open_errno != 0) {
    c.skip(shown,
           f.open_errno == ENOENT ? "missing: no such file or folder" : unreadable(f.open_errno));
    return;
  }
  if (f.not_regular) {
    c.skip(shown, "not a regular file (a device, pipe or socket), not read");
    return;
  }
  if (f.size == 0) {
    c.skip(shown, "empty file");
    return;
  }
  if (std::string why = c.size_problem(f.size, shown); !why.empty()) {
    c.skip(shown, why);
    return;
  }
  // Within the per-file limit (size_problem said so), so fetch_disk_file read it.
  if (f.read_errno != 0) {
    c.skip(shown, unreadable(f.read_errno));
    return;
  }
  c.add(shown, std::move(f.bytes));
}

// A folder's files: the ones read_disk_file would read as plain files are fetched on all
// cores first; then every file goes through the Collector in the walk's order, so the
// results and the skipped list are what a one-by-one reading gives.
void read_found_files(const std::vector<archive_detail::FoundFile>& found, Collector& c) {
  std::vector<Fetched> fetched(found.size());
  std::vector<char> prefetch(found.size(), 0);
  for (std::size_t i = 0; i < found.size(); ++i) {
    prefetch[i] = archive_detail::hidden_or_system_reason(found[i].rel).empty() &&
                  !archive_detail::has_zip_extension(found[i].path.filename().string());
  }
  const std::uint64_t max_file_bytes = c.max_any_file_bytes();
  parallel_for(found.size(),
               [&](std::size_t i) {
                 if (prefetch[i]) fetched[i] = fetch_disk_file(found[i].path, max_file_bytes);
               },
               {.items_per_thread = 64});

  for (std::size_t i = 0; i < found.size(); ++i) {
    if (!c.name_ok(found[i].shown, found[i].rel)) continue;
    if (prefetch[i])
      commit_disk_file(std::move(fetched[i]), found[i].shown, c);
    else
      read_disk_file(found[i].path, found[i].shown, c);
  }
}

// "archive/" is shown as "archive": paths inside get one '/' between.
std::string shown_name(std::string input) {
  while (input.size() > 1 && input.back() == '/') input.pop_back();
  return input;
}

}  // namespace

ArchiveContents read_archive(const std::vector<std::string>& inputs, const ArchiveLimits& limits) {
  if (inputs.empty()) {
    throw Error("no input given", "", 0,
                "name the archive's folders, files or .zip archives to read");
  }
  ArchiveContents out;
  Collector collector(limits, out);
  for (const std::string& input : inputs) {
    std::string shown = shown_name(input);
    out.roots.push_back(shown);
    if (input.empty()) {
      collector.skip("\"\"", "missing: an empty name was given");
      continue;
    }
    fs::path path(input);
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) {
      std::error_code lec;
      collector.skip(shown, fs::is_symlink(fs::symlink_status(path, lec))
                                ? "broken link: points to nothing"
                                : "missing: no such file or folder");
      continue;
    }
    if (fs::is_directory(status)) {
      read_found_files(archive_detail::walk_folder(path, shown, collector), collector);
    } else {
      // Named on purpose: no hidden-file check, the user asked for this very file.
      read_disk_file(path, shown, collector);
    }
  }
  return out;
}

}  // namespace tuyentap
