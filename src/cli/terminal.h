// What the CLI needs of a terminal: column widths of Vietnamese text, and a progress line
// shown only when stderr is a terminal (never in pipes or logs).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tuyentap {

// Columns the text takes: code points, combining marks count zero.
int display_width(std::string_view utf8);
// Cuts to at most `width` columns (adding "…" when cut), then pads with spaces to `width`.
std::string fit(std::string_view utf8, int width);
// Right-aligns to `width` columns.
std::string right(std::string_view utf8, int width);

class Progress {
 public:
  Progress(std::string what, std::size_t total);
  void update(std::size_t done);
  void finish();  // clears the line

 private:
  std::string what_;
  std::size_t total_;
  bool enabled_;
};

}  // namespace tuyentap
