#include "epub/zip_writer.h"

#include <zip.h>

#include <algorithm>
#include <ctime>
#include <memory>

#include "base/error.h"
#include "base/parallel.h"

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

// Builds a complete zip in memory of `entries` (in that order). `compressed` gives each
// entry, when not null, as the raw compressed data of entry i of an open archive.
struct Prepared {
  zip_t* archive = nullptr;
  zip_uint64_t index = 0;
};

std::string build(const std::vector<const ZipEntry*>& entries,
                  const std::vector<Prepared>* compressed, long long mtime_epoch) {
  zip_error_t error;
  zip_error_init(&error);
  // The archive is written into a growable in-memory buffer source.
  zip_source_t* sink = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!sink) fail("buffer", &error);
  zip_source_keep(sink);  // keep it after zip_close so that we can read the bytes back
  std::unique_ptr<zip_source_t, decltype(&zip_source_free)> sink_guard(sink, zip_source_free);

  zip_t* za = zip_open_from_source(sink, ZIP_TRUNCATE, &error);
  if (!za) fail("open", &error);
  const time_t mtime = local_time_for_utc_fields(mtime_epoch);

  for (size_t i = 0; i < entries.size(); ++i) {
    const ZipEntry& e = *entries[i];
    zip_source_t* src = nullptr;
    if (compressed && e.compress) {
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

}  // namespace

std::string write_zip(const std::vector<ZipEntry>& entries, long long mtime_epoch,
                      unsigned workers) {
  std::vector<const ZipEntry*> all;
  size_t to_compress = 0;
  for (const ZipEntry& e : entries) {
    all.push_back(&e);
    if (e.compress) to_compress += e.data.size();
  }
  if (workers == 0) {
    workers = static_cast<unsigned>(worker_count());
    if (to_compress < (2u << 20)) workers = 1;  // threads cost more than they save
  }
  if (workers == 1) return build(all, nullptr, mtime_epoch);

  // Deflating is most of the time for a large book, and libzip does it on one core. So
  // each worker deflates a share of the entries into an archive of its own, and the final
  // archive copies their compressed bytes. An entry deflates the same whichever worker does
  // it, so the bytes do not depend on the number of cores.
  std::vector<std::vector<const ZipEntry*>> shares(workers);
  std::vector<std::pair<unsigned, size_t>> where(entries.size());  // worker, index in share
  std::vector<size_t> load(workers, 0);
  for (size_t i = 0; i < entries.size(); ++i) {
    if (!entries[i].compress) continue;
    unsigned w = static_cast<unsigned>(std::min_element(load.begin(), load.end()) - load.begin());
    where[i] = {w, shares[w].size()};
    shares[w].push_back(&entries[i]);
    load[w] += entries[i].data.size() + 1;
  }
  std::vector<std::string> parts =
      parallel_map(workers, [&](std::size_t w) { return build(shares[w], nullptr, mtime_epoch); });

  std::vector<zip_t*> opened(workers, nullptr);
  auto close_all = [&] {
    for (zip_t* z : opened)
      if (z) zip_discard(z);
  };
  for (unsigned w = 0; w < workers; ++w) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* src = zip_source_buffer_create(parts[w].data(), parts[w].size(), 0, &error);
    opened[w] = src ? zip_open_from_source(src, ZIP_RDONLY, &error) : nullptr;
    if (!opened[w]) {
      if (src) zip_source_free(src);
      close_all();
      fail("reopen part", &error);
    }
  }
  std::vector<Prepared> prepared(entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].compress) prepared[i] = {opened[where[i].first], where[i].second};
  }
  try {
    std::string out = build(all, &prepared, mtime_epoch);
    close_all();
    return out;
  } catch (...) {
    close_all();
    throw;
  }
}

}  // namespace tuyentap
