#include "archive/sniff.h"

#include <cstdio>

#include "archive/archive.h"

namespace tuyentap::archive_detail {

std::string hidden_or_system_reason(std::string_view path) {
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t end = path.find('/', start);
    bool last = end == std::string_view::npos;
    std::string_view part = path.substr(start, last ? std::string_view::npos : end - start);
    if (!last && part == "__MACOSX") return "macOS resource data (__MACOSX), not an article";
    if (part == ".DS_Store") return "macOS folder settings (.DS_Store), not an article";
    if (part == "Thumbs.db" || part == "thumbs.db" || part == "desktop.ini" ||
        part == "Desktop.ini")
      return "Windows system file (" + std::string(part) + "), not an article";
    if (part.starts_with("~$"))
      return "Office lock file (" + std::string(part) + "), not an article";
    if (part.starts_with("._"))
      return "macOS resource data (" + std::string(part) + "), not an article";
    if (part.size() > 1 && part[0] == '.' && part != "..") {
      return last ? "hidden file (" + std::string(part) + "), not read"
                  : "inside a hidden folder (" + std::string(part) + "), not read";
    }
    if (last) break;
    start = end + 1;
  }
  return {};
}

std::string human_size(std::uint64_t bytes) {
  auto fmt = [](double v, const char* unit) {
    char buf[32];
    if (v == static_cast<double>(static_cast<std::uint64_t>(v)))
      std::snprintf(buf, sizeof buf, "%llu %s", static_cast<unsigned long long>(v), unit);
    else
      std::snprintf(buf, sizeof buf, "%.1f %s", v, unit);
    return std::string(buf);
  };
  if (bytes >= (1ull << 30)) return fmt(static_cast<double>(bytes) / (1ull << 30), "GB");
  if (bytes >= (1ull << 20)) return fmt(static_cast<double>(bytes) / (1ull << 20), "MB");
  if (bytes >= (1ull << 10)) return fmt(static_cast<double>(bytes) / (1ull << 10), "KB");
  return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

}  // namespace tuyentap::archive_detail

namespace tuyentap {

bool skipped_by_nature(std::string_view reason) {
  // binary_format.cpp ("not text ("), folder_walk.cpp (folders), hidden_or_system_reason above
  for (std::string_view opening :
       {"not text (", "hidden folder", "hidden file (", "inside a hidden folder (",
        "macOS resource data", "macOS folder settings", "Windows system file (",
        "Office lock file ("})
    if (reason.starts_with(opening)) return true;
  return false;
}

}  // namespace tuyentap
