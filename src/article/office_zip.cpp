#include "article/office_zip.h"

#include <zip.h>

namespace tuyentap {

OfficeZip::OfficeZip(std::string_view bytes) {
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

std::optional<std::string> OfficeZip::part(const char* name) {
  if (!za_) return std::nullopt;
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(za_, name, 0, &st) != 0) return std::nullopt;
  const std::string too_big = std::string("a damaged document (") + name + " is over " +
                              std::to_string(kMaxOfficePartBytes >> 20) + " MB)";
  if ((st.valid & ZIP_STAT_SIZE) && st.size > kMaxOfficePartBytes) {
    problem_ = too_big;
    return std::nullopt;
  }
  zip_file_t* zf = zip_fopen(za_, name, 0);
  if (!zf) {
    problem_ = std::string("a damaged document (") + name + " cannot be read)";
    return std::nullopt;
  }
  std::string out;
  char buf[64 * 1024];
  for (;;) {
    zip_int64_t n = zip_fread(zf, buf, sizeof buf);
    if (n < 0) {
      problem_ = std::string("a damaged document (") + name + " cannot be read)";
      break;
    }
    if (n == 0) break;
    out.append(buf, static_cast<std::size_t>(n));
    if (out.size() > kMaxOfficePartBytes) {
      problem_ = too_big;
      break;
    }
  }
  zip_fclose(zf);
  if (!problem_.empty()) return std::nullopt;
  return out;
}

}  // namespace tuyentap
