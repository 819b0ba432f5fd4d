// Where each entry of a zip lies in the zip file, read from the zip's own central directory
// (libzip does not say). A zip made by an archiver stores each entry once, one after the
// other; a crafted one points many central-directory entries into one shared deflate stream,
// so that a 200 KB file unpacks to gigabytes under names that each look harmless. Such
// entries overlap in the file, which is what `overlapping_entries` finds.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace tuyentap::archive_detail {

// One entry's bytes in the zip file: its local header, name, extra field and data.
struct EntrySpan {
  std::uint64_t begin = 0, end = 0;  // [begin, end)
};

// The spans of every entry in central-directory order (libzip's index order), zip64
// included; nullopt when the directory cannot be found or read (libzip then judges the
// zip, and the per-archive budget of inflated bytes still bounds it).
std::optional<std::vector<EntrySpan>> entry_spans(std::string_view zip);

// For each entry, another entry whose span overlaps its own (the one it is shown beside),
// or nullopt when it overlaps none. Zero-length spans overlap nothing.
std::vector<std::optional<std::size_t>> overlapping_entries(const std::vector<EntrySpan>& spans);

}  // namespace tuyentap::archive_detail
