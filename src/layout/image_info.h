// The pixel size of a JPEG or PNG file, read from its header alone: layout needs only the
// aspect ratio to place a picture, and decoding is the PDF writer's business.
#pragma once

#include <optional>
#include <string>

namespace tuyentap {

struct ImageInfo {
  enum Kind { Jpeg, Png } kind = Jpeg;
  int width = 0, height = 0;  // pixels
  int components = 0;         // JPEG: 1 gray, 3 YCbCr/RGB, 4 CMYK; PNG: 0 (not read)
};

// nullopt when the file cannot be read or is neither a JPEG nor a PNG with a sane size.
std::optional<ImageInfo> read_image_info(const std::string& path);

}  // namespace tuyentap
