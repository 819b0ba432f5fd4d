// Small fixtures made at test time: a temporary folder and zips written with libzip.
#pragma once

#include <zip.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "archive/archive.h"

namespace fixtures {

namespace fs = std::filesystem;

// A fresh folder under /tmp, removed with everything in it at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "tt-archive-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    path = tmpl;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string operator/(const std::string& rel) const { return (path / rel).string(); }
};

inline void write(const fs::path& p, const std::string& bytes) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

inline std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

struct ZipEntry {
  std::string name;
  std::string data;
  bool encrypt = false;
};

// Writes a zip with libzip. Returns false when an entry could not be encrypted (libzip
// built without crypto), so a test can say it skipped that case.
inline bool write_zip(const fs::path& p, const std::vector<ZipEntry>& entries) {
  int err = 0;
  zip_t* za = zip_open(p.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  if (!za) throw std::runtime_error("zip_open failed");
  bool all_encrypted = true;
  for (const ZipEntry& e : entries) {
    // The buffers stay alive in `entries` until zip_close.
    zip_source_t* src = zip_source_buffer(za, e.data.data(), e.data.size(), 0);
    zip_int64_t idx = zip_file_add(za, e.name.c_str(), src, ZIP_FL_ENC_UTF_8);
    if (idx < 0) {
      zip_source_free(src);
      throw std::runtime_error("zip_file_add failed for " + e.name + ": " + zip_strerror(za));
    }
    if (e.encrypt && zip_file_set_encryption(za, static_cast<zip_uint64_t>(idx), ZIP_EM_AES_256,
                                             "mật-khẩu") != 0)
      all_encrypted = false;
  }
  if (zip_close(za) != 0) {
    std::string msg = zip_strerror(za);
    zip_discard(za);
    if (!all_encrypted) return false;
    throw std::runtime_error("zip_close failed: " + msg);
  }
  return all_encrypted;
}

inline const tuyentap::SkippedFile* find_skipped(const tuyentap::ArchiveContents& c,
                                                 const std::string& path) {
  for (const auto& s : c.skipped)
    if (s.path == path) return &s;
  return nullptr;
}

inline std::vector<std::string> paths(const tuyentap::ArchiveContents& c) {
  std::vector<std::string> out;
  for (const auto& f : c.files) out.push_back(f.path);
  return out;
}

// A short article in the archive's format, written for these tests.
inline const std::string kArticle =
    "Xây dựng Đảng\n\nChi bộ khu phố 3 đổi mới sinh hoạt\n\nThứ Ba, 12/03/2019 | 08:15\n\n"
    "Ban Thường vụ (BTV) Đảng ủy phường đã chỉ đạo các chi bộ nâng cao chất lượng sinh hoạt.\n\n"
    "Trần Minh\n";

}  // namespace fixtures
