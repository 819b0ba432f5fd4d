// A check on JPEG bytes before stb_image decodes them. stb_image as Debian ships it
// (libstb-dev 0.0~git20220908, stb_image 2.27) writes past its Huffman tables when one table
// of a DHT segment declares more than 256 codes (its code counts are 16 bytes of up to 255
// each); stb 2.28 refuses such a table, this one does not. fuzz_picture found it in its first
// second. A JPEG with such a table must never reach stb: base/picture_scale.cpp treats it as
// one whose pixels do not decode.
#pragma once

#include <string_view>

namespace tuyentap {

// False when a DHT segment that stb could read in `jpeg` holds a table of more than 256
// codes. The segments are walked as stb walks them (by their lengths; APPn and COM are
// skipped, so their bytes are never taken for tables), and after a scan every marker in the
// entropy-coded data is looked at, up to the end of the image (EOI): a superset of what stb
// reads, so true means stb reads no such table.
bool jpeg_huffman_tables_fit(std::string_view jpeg);

}  // namespace tuyentap
