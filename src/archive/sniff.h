// Is a file one to read at all? Judged from its name: hidden and system files are not
// articles. (By content, archive/binary_format.h names the formats that are not text.)
// Returns a reason a clerk can act on, or an empty string when the file is to be read.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace tuyentap::archive_detail {

// By name: ".DS_Store", "Thumbs.db", "desktop.ini", "~$lock.doc", anything under
// "__MACOSX/" or a hidden folder. `path` uses '/' between components.
std::string hidden_or_system_reason(std::string_view path);

// "16 MB", "200 KB", "12 bytes": sizes the way a clerk reads them.
std::string human_size(std::uint64_t bytes);

}  // namespace tuyentap::archive_detail
