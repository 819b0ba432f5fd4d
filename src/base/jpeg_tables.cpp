#include "base/jpeg_tables.h"

#include <cstddef>

namespace tuyentap {

namespace {

struct Bytes {
  std::string_view s;
  // stb reads a zero past the end of its input; so does this.
  unsigned at(std::size_t k) const { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0; }
  unsigned be16(std::size_t k) const { return at(k) << 8 | at(k + 1); }
};

// The tables of the DHT segment whose length field is at `k`, read as stb reads them: each a
// class/destination byte, 16 code counts, then the codes' values, until the length is used up.
bool dht_fits(const Bytes& b, std::size_t k) {
  long left = static_cast<long>(b.be16(k)) - 2;
  k += 2;
  while (left > 0 && k < b.s.size()) {  // past the end stb reads tables of zero codes
    unsigned q = b.at(k);
    if ((q >> 4) > 1 || (q & 15) > 3) return true;  // stb stops: "bad DHT header"
    unsigned codes = 0;
    for (std::size_t i = 1; i <= 16; ++i) codes += b.at(k + i);
    if (codes > 256) return false;
    k += 17 + codes;
    left -= 17 + static_cast<long>(codes);
  }
  return true;
}

}  // namespace

bool jpeg_huffman_tables_fit(std::string_view jpeg) {
  Bytes b{jpeg};
  std::size_t i = 2;  // after SOI
  while (i < jpeg.size()) {
    // Outside a segment: entropy-coded data, or junk stb may skip; a marker starts with 0xFF.
    if (b.at(i) != 0xFF) {
      ++i;
      continue;
    }
    std::size_t m_at = i + 1;
    while (m_at < jpeg.size() && b.at(m_at) == 0xFF) ++m_at;  // fill bytes
    if (m_at >= jpeg.size()) return true;
    unsigned m = b.at(m_at);
    i = m_at + 1;
    if (m == 0x00 || m == 0x01 || (m >= 0xD0 && m <= 0xD7)) continue;  // stuffed 0xFF, TEM, RSTn
    if (m == 0xD9) return true;                                        // EOI: stb reads no further
    if (m == 0xC4 && !dht_fits(b, i)) return false;
    // Every other marker has a length (for SOS, of its header: entropy-coded data follows).
    unsigned length = b.be16(i);
    if (length < 2) return true;  // stb stops: "bad length"
    i += length;
  }
  return true;
}

}  // namespace tuyentap
