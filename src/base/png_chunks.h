// A check on PNG bytes before stb_image decodes them. stb grows its buffer to the length an
// IDAT chunk declares before it reads the chunk: a 1 KB PNG whose IDAT says 654 MB had it
// reserve 1 GB (fuzz_picture found it; 2.6 s under the sanitizers). No chunk can be longer
// than the bytes after it, and stb would refuse such a file once it found the data missing,
// so base/picture_scale.cpp does not give it to stb at all.
#pragma once

#include <string_view>

namespace tuyentap {

// False when a chunk of `png` (after its 8-byte signature) declares more bytes than remain.
bool png_chunks_fit(std::string_view png);

}  // namespace tuyentap
