#include "base/paths.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "base/error.h"

namespace tuyentap {

std::string data_dir() {
  if (const char* env = std::getenv("TUYENTAP_DATA"); env && *env) return env;
  return TUYENTAP_DATA_DIR;
}

std::string data_path(const std::string& rel) {
  return data_dir() + "/" + rel;
}

std::string read_file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read file: " + std::string(std::strerror(errno)), path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write_file_bytes(const std::string& path, const std::string& bytes) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) {
      throw Error("cannot write file: " + std::string(std::strerror(errno)), path, 0,
                  "check that the output folder exists and is writable");
    }
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw Error("write failed (disk full?)", path);
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) throw Error("cannot write file: " + ec.message(), path);
}

}  // namespace tuyentap
