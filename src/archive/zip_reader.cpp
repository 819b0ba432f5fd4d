#include "archive/zip_reader.h"

#include <sys/stat.h>
#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "archive/sniff.h"
#include "archive/zip_layout.h"
#include "base/ascii.h"

namespace tuyentap::archive_detail {

namespace {

// Below this size the ratio says nothing: such an entry cannot hurt, and the per-file and
// total limits bound it anyway. Above it, text compresses about 3-5:1, never hundreds.
constexpr zip_uint64_t kRatioFloor = 64 * 1024;

std::string ratio_text(double ratio) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.0f:1", ratio);
  return buf;
}

// Why an entry's name is unsafe to use as a path, or "". We never write entries to disk,
// but a name like "../x" or "/etc/x" is a sign of a malicious or broken archive, and
// showing it as if it were inside the archive would mislead.
std::string unsafe_name_reason(const std::string& name) {
  if (name.empty()) return "entry without a name in the zip, not read";
  if (name[0] == '/' || name[0] == '\\' ||
      (name.size() >= 2 && name[1] == ':' && std::isalpha(static_cast<unsigned char>(name[0]))))
    return "unsafe path in the zip (absolute path), not read";
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t end = name.find_first_of("/\\", start);
    if (end == std::string::npos) end = name.size();
    if (name.compare(start, end - start, "..") == 0)
      return "unsafe path in the zip ('..' points outside the archive), not read";
    start = end + 1;
  }
  return {};
}

// Whether an entry holds (or claims to hold) data: more than an empty deflate stream.
bool holds_data(zip_t* za, zip_uint64_t index) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(za, index, 0, &st) != 0) return true;  // damaged: say so rather than hide it
  return ((st.valid & ZIP_STAT_SIZE) && st.size > 0) ||
         ((st.valid & ZIP_STAT_COMP_SIZE) && st.comp_size > 2);
}

bool is_symlink_entry(zip_t* za, zip_uint64_t index) {
  zip_uint8_t opsys = 0;
  zip_uint32_t attributes = 0;
  if (zip_file_get_external_attributes(za, index, 0, &opsys, &attributes) != 0) return false;
  return opsys == ZIP_OPSYS_UNIX && ((attributes >> 16) & S_IFMT) == S_IFLNK;
}

// What the whole zip may unpack to, counted on the bytes that come out of inflating (every
// entry's, kept or not): the ratio limit applied to the zip file as a whole. Entries below
// the ratio floor are exempt one by one, so the floor is allowed once for the archive.
std::uint64_t inflate_budget(std::size_t zip_size, double max_ratio) {
  double budget = max_ratio * static_cast<double>(zip_size);
  return std::max<std::uint64_t>(
      kRatioFloor, budget > 1e18 ? std::uint64_t{1} << 60 : static_cast<std::uint64_t>(budget));
}

class ZipReader {
 public:
  ZipReader(const std::string& shown, const std::string& key, const std::string& disk_path,
            Collector& c)
      : shown_(shown), key_(key), disk_path_(disk_path), c_(c) {}

  void read_entries(zip_t* za, std::string_view zip_bytes) {
    zip_int64_t count = zip_get_num_entries(za, 0);
    if (count < 0) count = 0;
    if (static_cast<std::uint64_t>(count) > c_.limits().max_zip_entries) {
      c_.skip(shown_, "too many entries in the zip (" + std::to_string(count) + ", the limit is " +
                          std::to_string(c_.limits().max_zip_entries) +
                          "), nothing in it was read");
      return;
    }
    budget_ = inflate_budget(zip_bytes.size(), c_.limits().max_zip_ratio);
    // When our reading of the directory disagrees with libzip's, the budget alone bounds it.
    if (auto spans = entry_spans(zip_bytes);
        spans && spans->size() == static_cast<std::size_t>(count))
      overlaps_ = overlapping_entries(*spans);
    // Stable order: by name, as for folders (zip order depends on the tool that made it).
    std::vector<std::pair<std::string, zip_uint64_t>> entries;
    for (zip_int64_t i = 0; i < count; ++i) {
      const char* name = zip_get_name(za, static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
      entries.emplace_back(name ? name : "", static_cast<zip_uint64_t>(i));
    }
    std::sort(entries.begin(), entries.end());
    for (const auto& [name, index] : entries) read_entry(za, name, index);
  }

 private:
  void read_entry(zip_t* za, const std::string& name, zip_uint64_t index) {
    std::string shown = shown_ + "!" + name;
    if (!name.empty() && (name.back() == '/' || name.back() == '\\')) {
      if (holds_data(za, index)) {
        c_.skip(shown,
                "an entry named like a folder (ending in '" + name.substr(name.size() - 1) +
                    "') holds data; not read: unzip the archive, name the file and zip it again");
      }
      return;  // a folder: its files are entries of their own
    }
    if (std::string why = unsafe_name_reason(name); !why.empty()) {
      c_.skip(shown, why);
      return;
    }
    if (!c_.name_ok(shown, name)) return;
    if (!c_.first_time(key_ + "!" + name, shown)) return;
    if (is_symlink_entry(za, index)) {
      c_.skip(shown, "symbolic link inside the zip, not a file; not read");
      return;
    }
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(za, index, 0, &st) != 0) {
      c_.skip(shown, std::string("damaged entry in the zip (") + zip_strerror(za) + ")");
      return;
    }
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
      c_.skip(shown,
              "encrypted (password-protected) entry, cannot be read; unzip it with the "
              "password and give the files instead");
      return;
    }
    if (has_zip_extension(name)) {
      c_.skip(shown, "zip inside a zip, not opened; unzip it and give it as its own input");
      return;
    }
    if (index < overlaps_.size() && overlaps_[index]) {
      const char* other = zip_get_name(za, *overlaps_[index], ZIP_FL_ENC_GUESS);
      c_.skip(shown, "possible zip bomb: its data overlaps that of " + shown_ + "!" +
                         (other ? other : "") +
                         " in the zip file (one stream under several names); not read");
      return;
    }
    if (inflated_ >= budget_) {
      c_.skip(shown, budget_reason());
      return;
    }
    zip_uint64_t declared = (st.valid & ZIP_STAT_SIZE) ? st.size : c_.max_any_file_bytes();
    zip_uint64_t packed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
    if (declared >= kRatioFloor) {
      double ratio = packed ? static_cast<double>(declared) / static_cast<double>(packed) : 1e9;
      if (ratio > c_.limits().max_zip_ratio) {
        c_.skip(shown, "possible zip bomb: " + human_size(packed) + " would unpack to " +
                           human_size(declared) + " (" + ratio_text(ratio) + ", the limit is " +
                           ratio_text(c_.limits().max_zip_ratio) + "), not read");
        return;
      }
    }
    if (std::string why = c_.size_problem(declared, shown); !why.empty()) {
      c_.skip(shown, why);
      return;
    }
    std::string bytes;
    if (read_data(za, index, shown, declared, packed, bytes)) {
      c_.add(shown, std::move(bytes),
             {.disk_path = disk_path_, .zip_entry = static_cast<std::int64_t>(index)});
    }
  }

  // Decompresses at most `declared` bytes. The declared sizes come from the archive and can
  // lie, so the limits are enforced on the bytes that actually come out.
  bool read_data(zip_t* za, zip_uint64_t index, const std::string& shown, zip_uint64_t declared,
                 zip_uint64_t packed, std::string& bytes) {
    zip_file_t* zf = zip_fopen_index(za, index, 0);
    if (!zf) {
      c_.skip(shown, std::string("cannot read this entry of the zip (") + zip_strerror(za) + ")");
      return false;
    }
    bytes.reserve(static_cast<std::size_t>(declared));
    char buf[64 * 1024];
    std::string problem;
    for (;;) {
      zip_int64_t n = zip_fread(zf, buf, sizeof buf);
      if (n < 0) {
        problem = std::string("damaged entry in the zip (") + zip_file_strerror(zf) + ")";
        break;
      }
      if (n == 0) break;
      bytes.append(buf, static_cast<std::size_t>(n));
      inflated_ += static_cast<std::uint64_t>(n);
      if (inflated_ > budget_) {
        problem = budget_reason();
        break;
      }
      if (bytes.size() > declared) {
        problem = "possible zip bomb: holds more data than the zip declares (" +
                  human_size(declared) + "); stopped reading";
        break;
      }
      if (bytes.size() >= kRatioFloor &&
          static_cast<double>(bytes.size()) >
              c_.limits().max_zip_ratio * static_cast<double>(packed)) {
        problem = "possible zip bomb: unpacks beyond " + ratio_text(c_.limits().max_zip_ratio) +
                  " of its compressed size; stopped reading";
        break;
      }
    }
    zip_fclose(zf);
    if (!problem.empty()) {
      c_.skip(shown, problem);
      bytes.clear();
      return false;
    }
    return true;
  }

  std::string budget_reason() const {
    return "possible zip bomb: the zip as a whole unpacks to more than " + human_size(budget_) +
           " (" + ratio_text(c_.limits().max_zip_ratio) +
           " of its size); this entry and the ones after it were not read";
  }

  const std::string& shown_;
  const std::string& key_;
  const std::string& disk_path_;
  Collector& c_;
  std::vector<std::optional<std::size_t>> overlaps_;  // by libzip index: another entry it overlaps
  std::uint64_t budget_ = 0;                          // bytes the whole zip may inflate to
  std::uint64_t inflated_ = 0;                        // bytes inflated so far, every entry's
};

}  // namespace

bool has_zip_extension(const std::string& name) {
  if (name.size() < 4) return false;
  return lower_ascii(std::string_view(name).substr(name.size() - 4)) == ".zip";
}

void read_zip(const std::string& shown, const std::string& key, const std::string& disk_path,
              const std::string& zip_bytes, Collector& collector) {
  zip_error_t error;
  zip_error_init(&error);
  // The buffer is not copied: zip_bytes outlives the zip_t, which is discarded below.
  zip_source_t* source = zip_source_buffer_create(zip_bytes.data(), zip_bytes.size(), 0, &error);
  zip_t* za = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
  if (!za) {
    collector.skip(shown, std::string("corrupt or incomplete zip archive (") +
                              zip_error_strerror(&error) +
                              "), nothing in it was read; the other inputs were still read");
    if (source) zip_source_free(source);
    zip_error_fini(&error);
    return;
  }
  zip_error_fini(&error);
  ZipReader(shown, key, disk_path, collector).read_entries(za, zip_bytes);
  zip_discard(za);
}

}  // namespace tuyentap::archive_detail
