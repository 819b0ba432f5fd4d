// A zip whose entries overlap in the file: the 191 KB zip of 128 entries that
// each unpack to 16 MB, built in memory for the tests.
//
// Every central-directory entry points to its own local header, and every local header's
// extra field (one record of an unknown id) holds the local headers after it, so all the
// entries' data start at the same place: one shared deflate stream of text, the kernel.
// Each entry is valid on its own (its local header matches the directory, its CRC is
// right) and its ratio stays under the 200:1 check: only the overlap gives it away.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <vector>

namespace tt_test {

namespace overlapping_zip_detail {

inline void put(std::string& out, std::uint64_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((value >> (8 * i)) & 0xff);
}

inline std::string raw_deflate(const std::string& in) {
  z_stream z{};
  if (deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) != Z_OK)
    throw std::runtime_error("deflateInit2 failed");
  std::string out(deflateBound(&z, in.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (rc != Z_STREAM_END) throw std::runtime_error("deflate failed");
  return out;
}

struct Entry {
  std::string name;
  std::uint32_t crc = 0;
  std::uint64_t size = 0, packed = 0, offset = 0;
  std::uint64_t extra = 0;  // bytes of the local headers after this one
};

// A local header (30 bytes and the name) or a central-directory entry (46 and the name).
inline std::string header(const Entry& e, bool central) {
  std::string h;
  put(h, central ? 0x02014b50 : 0x04034b50, 4);
  if (central) put(h, 20, 2);  // made by
  put(h, 20, 2);               // version needed
  put(h, 0, 2);                // flags
  put(h, 8, 2);                // deflate
  put(h, 0x6000, 2);           // 12:00
  put(h, 0x4e3c, 2);           // 2019-01-28
  put(h, e.crc, 4);
  put(h, e.packed, 4);
  put(h, e.size, 4);
  put(h, e.name.size(), 2);
  put(h, central ? 0 : e.extra + (e.extra ? 4 : 0), 2);
  if (central) {
    put(h, 0, 2);  // comment
    put(h, 0, 2);  // disk
    put(h, 0, 2);  // internal attributes
    put(h, 0, 4);  // external attributes
    put(h, e.offset, 4);
  }
  h += e.name;
  if (!central && e.extra) {  // a record of an unknown id, around the headers that follow
    put(h, 0xcafe, 2);
    put(h, e.extra, 2);
  }
  return h;
}

}  // namespace overlapping_zip_detail

// `count` entries (at most 1,000) named "bai-000.txt"…, each unpacking to `kernel_bytes` of
// text (Vietnamese lines, numbered so that they compress about 23:1, not thousands).
inline std::string overlapping_zip(int count, std::size_t kernel_bytes) {
  using namespace overlapping_zip_detail;
  std::string text;
  for (int line = 0; text.size() < kernel_bytes; ++line) {
    text += "Dòng " + std::to_string(line % 997 * 7919 % 100000) +
            ": chi bộ sinh hoạt định kỳ, đảng viên học tập nghị quyết.\n";
  }
  text.resize(kernel_bytes);
  const std::string kernel = raw_deflate(text);

  const auto crc = static_cast<std::uint32_t>(
      crc32(0, reinterpret_cast<const Bytef*>(text.data()), static_cast<uInt>(text.size())));
  std::vector<Entry> entries(static_cast<std::size_t>(count));
  std::string zip;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    Entry& e = entries[i];
    char name[32];
    std::snprintf(name, sizeof name, "bai-%03zu.txt", i);
    e = {name, crc, text.size(), kernel.size(), zip.size(), 0};
    // Each local header is 30 bytes, its 11-byte name and (but the last) 4 bytes of record.
    e.extra = (entries.size() - 1 - i) * 45 - (i + 1 < entries.size() ? 4 : 0);
    zip += header(e, false);
  }
  zip += kernel;
  const std::size_t directory = zip.size();
  for (const Entry& e : entries) zip += header(e, true);
  const std::size_t directory_size = zip.size() - directory;
  put(zip, 0x06054b50, 4);
  put(zip, 0, 4);  // disks
  put(zip, entries.size(), 2);
  put(zip, entries.size(), 2);
  put(zip, directory_size, 4);
  put(zip, directory, 4);
  put(zip, 0, 2);  // comment
  return zip;
}

}  // namespace tt_test
