// read_archive: each input is a file, a folder or a .zip; everything found goes through
// one Collector, so the checks are the same wherever a file came from.
#include "archive/archive.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "archive/collector.h"
#include "archive/folder_walk.h"
#include "archive/sniff.h"
#include "archive/zip_reader.h"
#include "base/error.h"

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
             : c.size_problem(size);
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
  if (is_zip)
    archive_detail::read_zip(shown, ec ? path.string() : canonical.string(), bytes, c);
  else
    c.add(shown, std::move(bytes));
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
      for (const auto& found : archive_detail::walk_folder(path, shown, collector)) {
        if (collector.name_ok(found.shown, found.rel))
          read_disk_file(found.path, found.shown, collector);
      }
    } else {
      // Named on purpose: no hidden-file check, the user asked for this very file.
      read_disk_file(path, shown, collector);
    }
  }
  return out;
}

}  // namespace tuyentap
