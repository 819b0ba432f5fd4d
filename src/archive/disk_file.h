// One regular file on disk read whole, never more than the size it was judged at.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace tuyentap::archive_detail {

// Reads at most `size` bytes (the size stat gave: a file that grows meanwhile does not take
// more memory than was allowed for it). Returns 0 or the errno that stopped it; a file that
// is no longer regular when opened is ENODEV.
int read_regular_file(const std::filesystem::path& path, std::uint64_t size, std::string& bytes);

// "unreadable (Permission denied)": the reason a file the errno `err` stopped is skipped.
std::string unreadable(int err);

}  // namespace tuyentap::archive_detail
