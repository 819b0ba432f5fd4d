#include "archive/zip_layout.h"

#include <algorithm>
#include <numeric>

namespace tuyentap::archive_detail {

namespace {

constexpr std::uint32_t kEndOfDirectory = 0x06054b50;  // "PK\5\6"
constexpr std::uint32_t kZip64Locator = 0x07064b50;    // "PK\6\7"
constexpr std::uint32_t kZip64End = 0x06064b50;        // "PK\6\6"
constexpr std::uint32_t kDirectoryEntry = 0x02014b50;  // "PK\1\2"
constexpr std::uint32_t kLocalHeader = 0x04034b50;     // "PK\3\4"
constexpr std::uint32_t kAll32 = 0xffffffff;
constexpr std::uint16_t kAll16 = 0xffff;

// Little-endian numbers at an offset, bounds checked: a read past the end gives nullopt.
struct Bytes {
  std::string_view s;

  bool has(std::uint64_t at, std::uint64_t n) const { return at <= s.size() && n <= s.size() - at; }
  std::optional<std::uint64_t> le(std::uint64_t at, int n) const {
    if (!has(at, static_cast<std::uint64_t>(n))) return std::nullopt;
    std::uint64_t v = 0;
    for (int i = n - 1; i >= 0; --i) v = v << 8 | static_cast<unsigned char>(s[at + i]);
    return v;
  }
  bool signature(std::uint64_t at, std::uint32_t sig) const { return le(at, 4) == sig; }
};

struct Directory {
  std::uint64_t entries = 0, offset = 0;
};

// The central directory as the end records give it: the last end-of-directory record (the
// comment after it is at most 64 KB), with its zip64 record when a field is saturated.
std::optional<Directory> find_directory(const Bytes& b) {
  if (b.s.size() < 22) return std::nullopt;
  std::uint64_t last = b.s.size() - 22;
  std::uint64_t first = last > 0xffff ? last - 0xffff : 0;
  for (std::uint64_t at = last + 1; at-- > first;) {
    if (!b.signature(at, kEndOfDirectory)) continue;
    Directory d{*b.le(at + 10, 2), *b.le(at + 16, 4)};
    if (d.entries != kAll16 && d.offset != kAll32) return d;
    if (at < 20 || !b.signature(at - 20, kZip64Locator)) return std::nullopt;
    std::uint64_t end64 = *b.le(at - 20 + 8, 8);
    auto entries = b.le(end64 + 32, 8), offset = b.le(end64 + 48, 8);
    if (!b.signature(end64, kZip64End) || !entries || !offset) return std::nullopt;
    return Directory{*entries, *offset};
  }
  return std::nullopt;
}

// The saturated 32-bit fields of a directory entry are in its zip64 extra field (id 1), in
// this order: uncompressed size, compressed size, local header offset.
bool read_zip64_extra(const Bytes& b, std::uint64_t extra, std::uint64_t extra_len,
                      std::uint64_t uncompressed, std::uint64_t& compressed,
                      std::uint64_t& offset) {
  for (std::uint64_t at = extra; at + 4 <= extra + extra_len;) {
    auto id = b.le(at, 2), len = b.le(at + 2, 2);
    if (!id || !len) return false;
    if (*id == 1) {
      std::uint64_t field = at + 4;
      if (uncompressed == kAll32) field += 8;
      if (compressed == kAll32) {
        auto v = b.le(field, 8);
        if (!v) return false;
        compressed = *v;
        field += 8;
      }
      if (offset == kAll32) {
        auto v = b.le(field, 8);
        if (!v) return false;
        offset = *v;
      }
      return true;
    }
    at += 4 + *len;
  }
  return compressed != kAll32 && offset != kAll32;
}

}  // namespace

std::optional<std::vector<EntrySpan>> entry_spans(std::string_view zip) {
  Bytes b{zip};
  auto dir = find_directory(b);
  // Each directory entry takes at least 46 bytes: a count beyond that is a lie.
  if (!dir || dir->entries > zip.size() / 46) return std::nullopt;
  std::vector<EntrySpan> spans;
  spans.reserve(static_cast<std::size_t>(dir->entries));
  std::uint64_t at = dir->offset;
  for (std::uint64_t i = 0; i < dir->entries; ++i) {
    if (!b.signature(at, kDirectoryEntry) || !b.has(at, 46)) return std::nullopt;
    std::uint64_t compressed = *b.le(at + 20, 4), uncompressed = *b.le(at + 24, 4);
    std::uint64_t name_len = *b.le(at + 28, 2), extra_len = *b.le(at + 30, 2),
                  comment_len = *b.le(at + 32, 2), offset = *b.le(at + 42, 4);
    if ((compressed == kAll32 || offset == kAll32 || uncompressed == kAll32) &&
        !read_zip64_extra(b, at + 46 + name_len, extra_len, uncompressed, compressed, offset))
      return std::nullopt;
    // The local header repeats the name and has its own extra field; its data follows.
    auto local_name = b.le(offset + 26, 2), local_extra = b.le(offset + 28, 2);
    if (!b.signature(offset, kLocalHeader) || !local_name || !local_extra) return std::nullopt;
    spans.push_back({offset, offset + 30 + *local_name + *local_extra + compressed});
    at += 46 + name_len + extra_len + comment_len;
  }
  return spans;
}

std::vector<std::optional<std::size_t>> overlapping_entries(const std::vector<EntrySpan>& spans) {
  std::vector<std::optional<std::size_t>> other(spans.size());
  std::vector<std::size_t> order(spans.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return spans[a].begin < spans[b].begin; });
  // Sweeping by start: an entry overlaps one before it exactly when it starts before the
  // furthest end seen so far; the entry that reached that end is the one named.
  std::optional<std::size_t> reach;
  for (std::size_t i : order) {
    if (spans[i].end <= spans[i].begin) continue;
    if (reach && spans[i].begin < spans[*reach].end) {
      other[i] = *reach;
      if (!other[*reach]) other[*reach] = i;
    }
    if (!reach || spans[i].end > spans[*reach].end) reach = i;
  }
  return other;
}

}  // namespace tuyentap::archive_detail
