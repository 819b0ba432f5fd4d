#include "article/office_zip.h"

#include <zip.h>

#include <algorithm>
#include <cstdio>

namespace tuyentap {

namespace {

// "20 MB", "20.5 MB": the sizes the messages give (a picture's, a limit).
std::string megabytes(std::uint64_t bytes) {
  char buf[32];
  double mb = static_cast<double>(bytes) / (1u << 20);
  if (bytes % (1u << 20) == 0)
    std::snprintf(buf, sizeof buf, "%llu MB", static_cast<unsigned long long>(bytes >> 20));
  else
    std::snprintf(buf, sizeof buf, "%.1f MB", mb);
  return buf;
}

}  // namespace

OfficeZip::OfficeZip(std::string_view bytes) {
  budget_ =
      std::max(kOfficeZipFloor,
               static_cast<std::uint64_t>(kOfficeZipRatio * static_cast<double>(bytes.size())));
  zip_error_t error;
  zip_error_init(&error);
  // Not copied: the caller keeps the bytes alive (zip_source_buffer_create with freep 0).
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  za_ = source ? zip_open_from_source(source, ZIP_RDONLY, &error) : nullptr;
  if (!za_) {
    problem_ = std::string("a damaged document (the zip cannot be opened: ") +
               zip_error_strerror(&error) + ")";
    if (source) zip_source_free(source);
  }
  zip_error_fini(&error);
}

OfficeZip::~OfficeZip() {
  if (za_) zip_discard(za_);
}

OfficeZip::Got OfficeZip::media(const char* name, std::size_t max_bytes, std::string& out) {
  out.clear();
  if (!za_) return Got::Missing;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(za_, name, 0, &st) != 0) return Got::Missing;
  if ((st.valid & ZIP_STAT_SIZE) && st.size > max_bytes) return Got::OverLimit;
  zip_file_t* zf = zip_fopen(za_, name, 0);
  if (!zf) return Got::Damaged;
  Got got = Got::Read;
  char buf[64 * 1024];
  for (;;) {
    zip_int64_t n = zip_fread(zf, buf, sizeof buf);
    if (n < 0) got = Got::Damaged;
    if (n <= 0) break;
    out.append(buf, static_cast<std::size_t>(n));
    inflated_ += static_cast<std::uint64_t>(n);
    if (out.size() > max_bytes) got = Got::OverLimit;
    if (inflated_ > budget_) got = Got::OverBudget;
    if (got != Got::Read) break;
  }
  zip_fclose(zf);
  if (got != Got::Read) std::string().swap(out);
  return got;
}

std::optional<std::string> OfficeZip::part(const char* name) {
  std::string out;
  const std::string damaged = std::string("a damaged document (") + name;
  switch (media(name, kMaxOfficePartBytes, out)) {
    case Got::Read:
      return out;
    case Got::Missing:
      return std::nullopt;
    case Got::OverLimit:
      problem_ = std::string("too much text: ") + name + " unpacks to more than " +
                 megabytes(kMaxOfficePartBytes) + " (an article is never this long; split it)";
      break;
    case Got::Damaged:
      problem_ = damaged + " cannot be read)";
      break;
    case Got::OverBudget:
      problem_ = damaged + " unpacks to more than " + megabytes(budget_) +
                 " with the rest: possible zip bomb)";
      break;
  }
  return std::nullopt;
}

}  // namespace tuyentap
