// read_archive: each input is a file, a folder or a .zip; everything found goes through
// one Collector, so the checks are the same wherever a file came from.
#include "archive/archive.h"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <string>

#include "archive/binary_format.h"
#include "archive/collector.h"
#include "archive/disk_file.h"
#include "archive/folder_walk.h"
#include "archive/sniff.h"
#include "archive/zip_reader.h"
#include "base/error.h"
#include "base/parallel.h"

namespace tuyentap {

namespace fs = std::filesystem;
using archive_detail::Collector;
using archive_detail::read_regular_file;
using archive_detail::unreadable;

namespace {

// What stat says of a file on disk, before anything is opened or read: only a regular
// file is ever opened (a FIFO would block, a device never end), and its size is known
// before its bytes take memory.
struct Probe {
  std::string key;  // the file itself: "dev:inode", so hard links and symlinks count once
  int stat_errno = 0;
  bool regular = false;
  std::uint64_t size = 0;
};

Probe probe_disk_file(const fs::path& path) {
  Probe p;
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    p.stat_errno = errno;
    p.key = path.string();
    return p;
  }
  p.key = std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino);
  p.regular = S_ISREG(st.st_mode);
  p.size = static_cast<std::uint64_t>(st.st_size);
  return p;
}

// The checks made before reading, in order: the same file seen before (its key), missing,
// not a regular file, empty. Returns false (and records the skip) when it is not to be read.
bool may_read(const Probe& p, const std::string& shown, Collector& c) {
  if (!c.first_time(p.key, shown)) return false;
  if (p.stat_errno != 0) {
    c.skip(shown,
           p.stat_errno == ENOENT ? "missing: no such file or folder" : unreadable(p.stat_errno));
    return false;
  }
  if (!p.regular) {
    c.skip(shown, "not a regular file (a device, pipe or socket), not read");
    return false;
  }
  if (p.size == 0) {
    c.skip(shown, "empty file");
    return false;
  }
  return true;
}

std::string read_problem(int err) {
  return err == ENODEV ? "not a regular file (a device, pipe or socket), not read"
                       : unreadable(err);
}

// Reads one file named on the command line or found in a folder, its size checked first,
// so a 10 GB video dropped into the archive folder is refused without being read.
void read_disk_file(const fs::path& path, const std::string& shown, Collector& c) {
  Probe p = probe_disk_file(path);
  if (!may_read(p, shown, c)) return;
  bool is_zip = archive_detail::has_zip_extension(path.filename().string());
  // A zip's own size is bounded by the total budget; its entries are checked one by one.
  std::string why =
      is_zip ? (p.size > c.remaining_total()
                    ? "zip archive over the total size limit (" +
                          archive_detail::human_size(c.limits().max_total_bytes) + "), not read"
                    : std::string())
             : c.size_problem(p.size, shown);
  if (!why.empty()) {
    c.skip(shown, why);
    return;
  }
  std::string bytes;
  if (int err = read_regular_file(path, p.size, bytes)) {
    c.skip(shown, read_problem(err));
    return;
  }
  // A .docx or .odt renamed .zip is still one document: it is read, not unpacked.
  if (is_zip && word_format(bytes) == WordFormat::None)
    archive_detail::read_zip(shown, p.key, path.string(), bytes, c);
  else
    c.add(shown, std::move(bytes), {.disk_path = path.string()});
}

// What one run of reads on all cores may hold beyond the files kept: files read and then
// refused (binary, say) are let go at the end of their run.
constexpr std::uint64_t kRunBytes = 64u << 20;

// A folder's files. Each is stat-ed first (on all cores); then, in the walk's order, runs of
// plain files whose sizes together fit in what the total budget has left (and in kRunBytes)
// are read on all cores and handed to the Collector one by one, so the results and the
// skipped list are what a one-by-one reading gives, and nothing is read that the budget
// refuses. A file whose key was already planned (a second hard link) is not read again; a
// file too big for a run of its own is read alone, by read_disk_file.
void read_found_files(const std::vector<archive_detail::FoundFile>& found, Collector& c) {
  std::vector<Probe> probes =
      parallel_map(found.size(), [&](std::size_t i) { return probe_disk_file(found[i].path); },
                   {.items_per_thread = 64});
  auto plain = [&](std::size_t i) {
    return archive_detail::hidden_or_system_reason(found[i].rel).empty() &&
           !archive_detail::has_zip_extension(found[i].path.filename().string());
  };
  std::vector<std::string> bytes(found.size());
  std::vector<int> errs(found.size(), 0);
  std::vector<char> fetch(found.size(), 0);
  for (std::size_t begin = 0; begin < found.size();) {
    // Plan a run: the files that would be read, while their sizes fit the budget left.
    std::set<std::string> planned;
    std::uint64_t room = std::min(c.remaining_total(), kRunBytes), sum = 0;
    std::size_t end = begin;
    for (; end < found.size(); ++end) {
      const Probe& p = probes[end];
      fetch[end] = plain(end) && p.stat_errno == 0 && p.regular && p.size > 0 &&
                   p.size <= c.max_bytes_by_name(found[end].shown) && !c.seen(p.key) &&
                   planned.insert(p.key).second;
      if (!fetch[end]) continue;
      if (sum + p.size > room) {
        fetch[end] = 0;
        if (end > begin) break;  // the next run starts here, with the budget then left
      } else {
        sum += p.size;
      }
    }
    parallel_for(end - begin,
                 [&](std::size_t k) {
                   std::size_t i = begin + k;
                   if (fetch[i])
                     errs[i] = read_regular_file(found[i].path, probes[i].size, bytes[i]);
                 },
                 {.items_per_thread = 64});
    for (std::size_t i = begin; i < end; ++i) {
      if (!c.name_ok(found[i].shown, found[i].rel)) continue;
      if (!fetch[i]) {
        read_disk_file(found[i].path, found[i].shown, c);  // zips, and files to be refused
      } else if (may_read(probes[i], found[i].shown, c)) {
        if (std::string why = c.size_problem(probes[i].size, found[i].shown); !why.empty())
          c.skip(found[i].shown, why);
        else if (errs[i] != 0)
          c.skip(found[i].shown, read_problem(errs[i]));
        else
          c.add(found[i].shown, std::move(bytes[i]), {.disk_path = found[i].path.string()});
      }
      std::string().swap(bytes[i]);
    }
    begin = end;
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
