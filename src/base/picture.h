// A picture the books show (today the cover): its bytes as read, and what its header says.
// Only JPEG and PNG are accepted, the two formats every e-reader and the PDF writer take as
// they are; decoding is the PDF writer's business, layout needs only the pixel size.
#pragma once

#include <optional>
#include <string>

namespace tuyentap {

struct Picture {
  enum Kind { Jpeg, Png } kind = Jpeg;
  int width = 0, height = 0;  // pixels
  int components = 0;         // JPEG: 1 gray, 3 YCbCr/RGB, 4 CMYK; PNG: 0 (not read)
  std::string name;           // where it came from, for messages
  std::string bytes;          // the file as read

  const char* media_type() const { return kind == Jpeg ? "image/jpeg" : "image/png"; }
  const char* extension() const { return kind == Jpeg ? "jpg" : "png"; }
};

// The picture in `bytes`, or nullopt when they are neither a JPEG nor a PNG with a sane
// size (1 to 65535 pixels each way) in its header.
std::optional<Picture> read_picture(std::string name, std::string bytes);

}  // namespace tuyentap
