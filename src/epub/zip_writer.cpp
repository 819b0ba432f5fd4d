#include "epub/zip_writer.h"

#include <zip.h>

#include <ctime>
#include <memory>

#include "base/error.h"

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

}  // namespace

std::string write_zip(const std::vector<ZipEntry>& entries, long long mtime_epoch) {
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

  for (const ZipEntry& e : entries) {
    // zip_source_buffer does not copy: the entries outlive zip_close below.
    zip_source_t* src = zip_source_buffer(za, e.data.data(), e.data.size(), 0);
    if (!src) {
      zip_discard(za);
      fail("entry " + e.name, nullptr);
    }
    zip_int64_t idx = zip_file_add(za, e.name.c_str(), src, ZIP_FL_ENC_UTF_8);
    if (idx < 0) {
      zip_source_free(src);
      std::string msg = zip_strerror(za);
      zip_discard(za);
      throw Error("cannot build the EPUB container: " + e.name + ": " + msg);
    }
    auto u = static_cast<zip_uint64_t>(idx);
    zip_set_file_compression(za, u, e.compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0);
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
  char buf[1 << 16];
  zip_int64_t n;
  while ((n = zip_source_read(sink, buf, sizeof buf)) > 0) out.append(buf, static_cast<size_t>(n));
  zip_source_close(sink);
  if (n < 0) fail("read back", zip_source_error(sink));
  return out;
}

}  // namespace tuyentap
