// base/jpeg_tables.h: a JPEG whose Huffman table would overflow stb's never reaches stb.
#include "base/jpeg_tables.h"

#include <stb/stb_image_write.h>

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using namespace tuyentap;

namespace {

void append(void* out, void* data, int size) {
  static_cast<std::string*>(out)->append(static_cast<const char*>(data),
                                         static_cast<std::size_t>(size));
}

std::string stb_jpeg() {
  std::vector<unsigned char> px(64 * 48 * 3);
  for (std::size_t i = 0; i < px.size(); ++i) px[i] = static_cast<unsigned char>(i * 7);
  std::string bytes;
  stbi_write_jpg_to_func(append, &bytes, 64, 48, 3, px.data(), 90);
  return bytes;
}

// A DHT segment of one table whose 16 code counts add up to 320.
std::string dht_of_320_codes() {
  std::string s = "\xFF\xC4";
  unsigned length = 2 + 17 + 320;
  s += static_cast<char>(length >> 8);
  s += static_cast<char>(length & 0xFF);
  s += '\x00';                   // a DC table, number 0
  s += std::string(16, '\x14');  // 16 × 20 codes
  s += std::string(320, '\x01');
  return s;
}

std::string with_comment(const std::string& text) {
  unsigned length = static_cast<unsigned>(text.size()) + 2;
  return std::string("\xFF\xFE") + static_cast<char>(length >> 8) +
         static_cast<char>(length & 0xFF) + text;
}

}  // namespace

TEST_CASE("jpeg tables: stb's own JPEGs pass") {
  CHECK(jpeg_huffman_tables_fit(stb_jpeg()));
}

TEST_CASE(
    "jpeg tables: a table of more than 256 codes before the frame or between scans is caught") {
  std::string good = stb_jpeg();
  std::string before_frame = good.substr(0, 2) + dht_of_320_codes() + good.substr(2);
  CHECK_FALSE(jpeg_huffman_tables_fit(before_frame));
  // Before EOI, after the entropy-coded data: where a progressive JPEG's next tables stand.
  std::string after_scan = good.substr(0, good.size() - 2) + dht_of_320_codes() + "\xFF\xD9";
  CHECK_FALSE(jpeg_huffman_tables_fit(after_scan));
}

TEST_CASE("jpeg tables: the same bytes inside a comment or after the end of the image pass") {
  std::string good = stb_jpeg();
  CHECK(jpeg_huffman_tables_fit(good.substr(0, 2) + with_comment(dht_of_320_codes()) +
                                good.substr(2)));
  CHECK(jpeg_huffman_tables_fit(good + dht_of_320_codes()));  // a trailer after EOI
}
