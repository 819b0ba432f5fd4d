// A zip made in memory with libzip, for tests and fuzz harnesses that need a .docx or .odt
// without a file: entries in the order given, "mimetype" stored uncompressed (as OpenDocument
// wants it first and plain).
#pragma once

#include <zip.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace tt_test {

inline std::string zip_in_memory(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* za = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &error) : nullptr;
  zip_error_fini(&error);
  if (!za) throw std::runtime_error("zip_in_memory: cannot open a zip in memory");
  zip_source_keep(buffer);  // zip_close would free it; its bytes are read after
  for (const auto& [name, data] : entries) {
    zip_source_t* src = zip_source_buffer(za, data.data(), data.size(), 0);
    zip_int64_t idx = zip_file_add(za, name.c_str(), src, ZIP_FL_ENC_UTF_8);
    if (idx < 0) {
      zip_source_free(src);
      throw std::runtime_error("zip_in_memory: cannot add " + name);
    }
    if (name == "mimetype")
      zip_set_file_compression(za, static_cast<zip_uint64_t>(idx), ZIP_CM_STORE, 0);
  }
  if (zip_close(za) != 0) throw std::runtime_error("zip_in_memory: cannot close the zip");
  std::string out;
  if (zip_source_open(buffer) == 0) {
    char buf[16 * 1024];
    for (zip_int64_t n; (n = zip_source_read(buffer, buf, sizeof buf)) > 0;)
      out.append(buf, static_cast<std::size_t>(n));
    zip_source_close(buffer);
  }
  zip_source_free(buffer);
  return out;
}

}  // namespace tt_test
