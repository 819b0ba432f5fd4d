#include "epub/zip_writer.h"

#include <fcntl.h>
#include <unistd.h>
#include <zip.h>

#include <algorithm>
#include <ctime>
#include <functional>
#include <memory>
#include <utility>

#include "base/error.h"
#include "base/file_write.h"
#include "base/parallel.h"
#include "epub/zip_file_sink.h"

namespace tuyentap {
namespace {

// DOS times in zip headers hold a local broken-down time, and libzip converts with
// localtime(). We want the stored fields to be the UTC time of `epoch` whatever the
// process's TZ, so we hand libzip the time_t that localtime() maps back to that UTC
// broken-down time (mktime is the inverse of localtime).
time_t local_time_for_utc_fields(long long epoch) {
  time_t t = static_cast<time_t>(epoch);
  struct tm utc {};
  gmtime_r(&t, &utc);
  // DOS times start in 1980; clamp earlier dates so the field stays meaningful.
  if (utc.tm_year < 80) {
    utc = {};
    utc.tm_year = 80;
    utc.tm_mday = 1;
  }
  utc.tm_isdst = -1;
  time_t local = mktime(&utc);
  return local == static_cast<time_t>(-1) ? t : local;
}

[[noreturn]] void fail(const std::string& what, zip_error_t* err) {
  std::string msg = what + ": " + (err ? zip_error_strerror(err) : "unknown error");
  throw Error("cannot build the EPUB container: " + msg);
}

// Builds a complete zip of `entries` (in that order) into `sink`, a writable source whose
// ownership passes to the zip. `compressed` gives each entry, when not null and its archive
// is set, as the raw compressed data of entry i of an open archive. `on_closed` runs once
// the zip is complete.
struct Prepared {
  zip_t* archive = nullptr;
  zip_uint64_t index = 0;
};

void build(zip_source_t* sink, const std::vector<const ZipEntry*>& entries,
           const std::vector<Prepared>* compressed, long long mtime_epoch,
           const std::function<void()>& on_closed = {}) {
  zip_error_t error;
  zip_error_init(&error);
  zip_t* za = zip_open_from_source(sink, ZIP_TRUNCATE, &error);
  if (!za) {
    zip_source_free(sink);
    fail("open", &error);
  }
  const time_t mtime = local_time_for_utc_fields(mtime_epoch);

  for (size_t i = 0; i < entries.size(); ++i) {
    const ZipEntry& e = *entries[i];
    zip_source_t* src = nullptr;
    if (compressed && e.compress && (*compressed)[i].archive) {
      // Already deflated by a worker: libzip copies the compressed bytes as they are.
      const Prepared& p = (*compressed)[i];
      src = zip_source_zip(za, p.archive, p.index, ZIP_FL_COMPRESSED, 0, -1);
    } else {
      // zip_source_buffer does not copy: the entries outlive zip_close below.
      src = zip_source_buffer(za, e.data.data(), e.data.size(), 0);
    }
    if (!src) {
      std::string msg = zip_strerror(za);
      zip_discard(za);
      throw Error("cannot build the EPUB container: " + e.name + ": " + msg);
    }
    zip_int64_t idx = zip_file_add(za, e.name.c_str(), src, ZIP_FL_ENC_UTF_8);
    if (idx < 0) {
      zip_source_free(src);
      std::string msg = zip_strerror(za);
      zip_discard(za);
      throw Error("cannot build the EPUB container: " + e.name + ": " + msg);
    }
    auto u = static_cast<zip_uint64_t>(idx);
    if (e.compress) {
      zip_set_file_compression(za, u, ZIP_CM_DEFLATE, kDeflateLevel);
    } else {
      zip_set_file_compression(za, u, ZIP_CM_STORE, 0);
    }
    zip_file_set_mtime(za, u, mtime, 0);
    // Regular file, rw-r--r--: otherwise libzip leaves what the platform default is.
    zip_file_set_external_attributes(za, u, 0, ZIP_OPSYS_UNIX, 0100644u << 16);
  }
  if (zip_close(za) < 0) {
    std::string msg = zip_strerror(za);
    zip_discard(za);
    throw Error("cannot build the EPUB container: " + msg);
  }
  if (on_closed) on_closed();
}

// build() into memory: the zip's bytes.
std::string build(const std::vector<const ZipEntry*>& entries,
                  const std::vector<Prepared>* compressed, long long mtime_epoch,
                  const std::function<void()>& on_closed = {}) {
  zip_error_t error;
  zip_error_init(&error);
  // The archive is written into a growable in-memory buffer source.
  zip_source_t* sink = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!sink) fail("buffer", &error);
  zip_source_keep(sink);  // keep it after zip_close so that we can read the bytes back
  std::unique_ptr<zip_source_t, decltype(&zip_source_free)> sink_guard(sink, zip_source_free);
  build(sink, entries, compressed, mtime_epoch, on_closed);

  if (zip_source_open(sink) < 0) fail("reopen", zip_source_error(sink));
  std::string out;
  zip_stat_t st;
  if (zip_source_stat(sink, &st) == 0 && (st.valid & ZIP_STAT_SIZE)) out.reserve(st.size);
  char buf[1 << 16];
  zip_int64_t n;
  while ((n = zip_source_read(sink, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  zip_source_close(sink);
  if (n < 0) fail("read back", zip_source_error(sink));
  return out;
}

// One worker per core when there is enough to compress: threads cost more than they save.
unsigned workers_for(unsigned workers, size_t to_compress) {
  if (workers != 0) return workers;
  return to_compress < (2u << 20) ? 1 : static_cast<unsigned>(worker_count());
}

// The zips of `ahead`, opened for reading; closed when this goes.
class OpenedZips {
 public:
  explicit OpenedZips(const std::deque<DeflatedEntries::Part>& zips) {
    for (const DeflatedEntries::Part& part : zips) {
      zip_error_t error;
      zip_error_init(&error);
      zip_source_t* src = nullptr;
      if (part.fd >= 0) {
        src = files_.emplace_back(part.fd, part.size).source(&error);
      } else {
        src = zip_source_buffer_create(part.bytes.data(), part.bytes.size(), 0, &error);
      }
      zip_t* z = src ? zip_open_from_source(src, ZIP_RDONLY, &error) : nullptr;
      if (!z) {
        if (src) zip_source_free(src);
        close();
        fail("reopen part", &error);
      }
      opened_.push_back(z);
    }
  }
  ~OpenedZips() { close(); }
  OpenedZips(const OpenedZips&) = delete;
  OpenedZips& operator=(const OpenedZips&) = delete;
  zip_t* operator[](size_t i) const { return opened_[i]; }
  void close() {
    for (zip_t* z : opened_) zip_discard(z);
    opened_.clear();
  }

 private:
  std::vector<zip_t*> opened_;
  std::deque<ZipFileSink> files_;  // the parts kept in files, read through these
};

}  // namespace

void DeflatedEntries::add(const std::vector<ZipEntry>& batch, long long mtime_epoch,
                          unsigned workers) {
  std::vector<const ZipEntry*> all;
  all.reserve(batch.size());
  for (const ZipEntry& e : batch) all.push_back(&e);
  add(all, mtime_epoch, workers);
}

void DeflatedEntries::add(const std::vector<const ZipEntry*>& batch, long long mtime_epoch,
                          unsigned workers) {
  size_t to_compress = 0;
  for (const ZipEntry* e : batch) to_compress += e->data.size();
  // No share may be empty: libzip removes an archive that has no entry.
  workers = std::min(workers_for(workers, to_compress),
                     static_cast<unsigned>(std::max<std::size_t>(batch.size(), 1)));
  // Deflating is most of the time for a large book, and libzip does it on one core. So
  // each worker deflates a share of the entries into an archive of its own, and the final
  // archive copies their compressed bytes. An entry deflates the same whichever worker does
  // it, so the bytes do not depend on the number of cores.
  std::vector<std::vector<const ZipEntry*>> shares(workers);
  std::vector<size_t> load(workers, 0);
  const size_t first = zips_.size();
  for (const ZipEntry* e : batch) {
    unsigned w = static_cast<unsigned>(std::min_element(load.begin(), load.end()) - load.begin());
    where_[e->name] = {first + w, shares[w].size()};
    shares[w].push_back(e);
    load[w] += e->data.size() + 1;
  }
  std::vector<Part> parts =
      parallel_map(workers, [&](std::size_t w) { return deflate_part(shares[w], mtime_epoch); });
  for (Part& p : parts) zips_.push_back(std::move(p));
}

DeflatedEntries::Part DeflatedEntries::deflate_part(const std::vector<const ZipEntry*>& entries,
                                                    long long mtime_epoch) const {
  Part part;
  if (dir_fd_ >= 0) part.fd = ::openat(dir_fd_, ".", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
  if (part.fd < 0) {  // in memory: no folder given, or its file system has no O_TMPFILE
    part.bytes = build(entries, nullptr, mtime_epoch);
    return part;
  }
  ZipFileSink file(part.fd);
  try {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* sink = file.source(&error);
    if (!sink) fail("file", &error);
    build(sink, entries, nullptr, mtime_epoch);
  } catch (const Error&) {
    ::close(part.fd);
    if (file.failed_errno()) throw WriteError(file.failed_errno(), shown_);
    throw;
  }
  part.size = file.size();
  return part;
}

DeflatedEntries::DeflatedEntries(DeflatedEntries&& other) noexcept
    : dir_fd_(other.dir_fd_),
      shown_(std::move(other.shown_)),
      zips_(std::exchange(other.zips_, {})),
      where_(std::exchange(other.where_, {})) {}

DeflatedEntries& DeflatedEntries::operator=(DeflatedEntries&& other) noexcept {
  if (this != &other) {
    clear();
    dir_fd_ = other.dir_fd_;
    shown_ = std::move(other.shown_);
    zips_ = std::exchange(other.zips_, {});
    where_ = std::exchange(other.where_, {});
  }
  return *this;
}

void DeflatedEntries::clear() {
  for (const Part& p : zips_)
    if (p.fd >= 0) ::close(p.fd);
  zips_.clear();
  where_.clear();
}

namespace {

// write_zip's work, the zip built by `make` (into memory or a file) from every entry and
// how each is given.
template <class Make>
auto zip_entries(const std::vector<ZipEntry>& entries, long long mtime_epoch, unsigned workers,
                 DeflatedEntries& ahead, const Make& make) {
  std::vector<const ZipEntry*> all, here;
  size_t to_compress = 0;
  for (const ZipEntry& e : entries) {
    all.push_back(&e);
    if (e.compress && !ahead.has(e.name)) {
      here.push_back(&e);
      to_compress += e.data.size();
    }
  }
  workers = workers_for(workers, to_compress);
  if (workers == 1 && ahead.zips().empty())
    return make(all, static_cast<const std::vector<Prepared>*>(nullptr), std::function<void()>());
  // With one worker, the entries not deflated ahead are deflated by the final archive.
  if (workers > 1) ahead.add(here, mtime_epoch, workers);
  OpenedZips opened(ahead.zips());
  std::vector<Prepared> prepared(entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    if (!entries[i].compress || !ahead.has(entries[i].name)) continue;
    const DeflatedEntries::Place& p = ahead.place(entries[i].name);
    prepared[i] = {opened[p.zip], p.index};
  }
  ahead.forget_names();
  return make(all, &prepared, std::function<void()>([&] {
                opened.close();
                ahead.clear();
              }));
}

}  // namespace

std::string write_zip(const std::vector<ZipEntry>& entries, long long mtime_epoch, unsigned workers,
                      DeflatedEntries ahead) {
  return zip_entries(
      entries, mtime_epoch, workers, ahead,
      [&](const std::vector<const ZipEntry*>& all, const std::vector<Prepared>* prepared,
          const std::function<void()>& done) { return build(all, prepared, mtime_epoch, done); });
}

std::uint64_t write_zip_file(int fd, const std::string& shown, const std::vector<ZipEntry>& entries,
                             long long mtime_epoch, unsigned workers, DeflatedEntries ahead) {
  ZipFileSink file(fd);
  zip_entries(entries, mtime_epoch, workers, ahead,
              [&](const std::vector<const ZipEntry*>& all, const std::vector<Prepared>* prepared,
                  const std::function<void()>& done) {
                zip_error_t error;
                zip_error_init(&error);
                zip_source_t* sink = file.source(&error);
                if (!sink) fail("file", &error);
                try {
                  build(sink, all, prepared, mtime_epoch, done);
                } catch (const Error&) {
                  // A full disk or the file-size limit: the CLI's message and exit code.
                  if (file.failed_errno()) throw WriteError(file.failed_errno(), shown);
                  throw;
                }
              });
  return file.size();
}

}  // namespace tuyentap
