#include "archive/file_bytes.h"

#include <zip.h>

#include "archive/disk_file.h"
#include "base/parallel.h"

namespace tuyentap {

using archive_detail::unreadable;

namespace {

const char* const kChanged = "changed since the archive was listed; read it again";

}  // namespace

// The zip whose entries are being read: its file's bytes and libzip's view of them.
struct FileBytes::OpenZip {
  std::string disk_path;
  std::string bytes;
  zip_t* za = nullptr;
  std::string problem;  // why it could not be opened again

  explicit OpenZip(std::string path) : disk_path(std::move(path)) {
    std::error_code ec;
    std::uintmax_t size = std::filesystem::file_size(disk_path, ec);
    if (ec) {
      problem = unreadable(ec.value());
      return;
    }
    if (int err = archive_detail::read_regular_file(disk_path, size, bytes)) {
      problem = unreadable(err);
      return;
    }
    zip_error_t error;
    zip_error_init(&error);
    // Not copied: `bytes` outlives the zip_t, discarded in the destructor.
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    za = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
    if (!za) {
      if (source) zip_source_free(source);
      problem = kChanged;
    }
    zip_error_fini(&error);
  }
  ~OpenZip() {
    if (za) zip_discard(za);
  }

  // The entry's bytes, at most one more than judged (a longer entry is a change).
  Read entry(const InputFile& f) const {
    if (!problem.empty()) return {{}, problem};
    const auto index = static_cast<zip_uint64_t>(f.origin.zip_entry);
    const char* name = zip_get_name(za, index, ZIP_FL_ENC_GUESS);
    // The entry must still be the one judged: shown as "<zip>!<name>".
    if (!name || !f.path.ends_with("!" + std::string(name))) return {{}, kChanged};
    zip_file_t* zf = zip_fopen_index(za, index, 0);
    if (!zf) return {{}, kChanged};
    Read r;
    r.bytes.assign(static_cast<std::size_t>(f.origin.size) + 1, '\0');
    std::size_t got = 0;
    while (got < r.bytes.size()) {
      zip_int64_t n = zip_fread(zf, r.bytes.data() + got, r.bytes.size() - got);
      if (n <= 0) break;
      got += static_cast<std::size_t>(n);
    }
    zip_fclose(zf);
    r.bytes.resize(got);
    if (got != f.origin.size) return {{}, kChanged};
    return r;
  }
};

FileBytes::FileBytes() = default;
FileBytes::~FileBytes() = default;

std::vector<FileBytes::Read> FileBytes::read_again(std::span<const InputFile* const> files) {
  std::vector<Read> out(files.size());
  // Zip entries first, one zip open at a time (libzip's handle is not shared by threads).
  for (std::size_t i = 0; i < files.size(); ++i) {
    const InputFile& f = *files[i];
    if (f.origin.zip_entry < 0) continue;
    if (!zip_ || zip_->disk_path != f.origin.disk_path) {
      zip_.reset();  // the last zip is let go before the next is read
      zip_ = std::make_unique<OpenZip>(f.origin.disk_path);
    }
    out[i] = zip_->entry(f);
  }
  parallel_for(files.size(),
               [&](std::size_t i) {
                 const InputFile& f = *files[i];
                 if (f.origin.zip_entry >= 0) return;
                 // One byte more than judged: a file that grew has changed too.
                 if (int err = archive_detail::read_regular_file(f.origin.disk_path,
                                                                 f.origin.size + 1, out[i].bytes)) {
                   out[i].problem = unreadable(err);
                 } else if (out[i].bytes.size() != f.origin.size) {
                   std::string().swap(out[i].bytes);
                   out[i].problem = kChanged;
                 }
               },
               {.items_per_thread = 64});
  return out;
}

}  // namespace tuyentap
