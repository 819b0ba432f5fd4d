// What the CLI needs of a terminal: column widths of Vietnamese text; a progress line shown
// only when stderr is a terminal (never in pipes or logs); how loud to be (-q, -v); colour
// only on a terminal and never when NO_COLOR is set. Data goes to stdout, messages to stderr.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace tuyentap {

// Columns the text takes: code points, combining marks count zero.
int display_width(std::string_view utf8);
// Pads with spaces to `width` columns (text wider than that is kept whole).
std::string pad(std::string_view utf8, int width);
// Right-aligns to `width` columns.
std::string right(std::string_view utf8, int width);

// Text that came from the input (a file name, a title, a line of an article) as a terminal
// may show it: control characters (C0, DEL, C1) as \n, \t, \r or \xHH / \u{HHHH}, the
// bidirectional overrides that can reorder a line as \u{HHHH}, and bytes that are not UTF-8
// as \xHH. A file name can then neither move the cursor, colour or clear the screen, nor
// start a line that looks like the program's own. Everything else is kept as it is.
std::string shown(std::string_view text);

struct Voice {
  bool quiet = false;    // -q: errors and warnings only
  bool verbose = false;  // -v: the libraries' own words too
};
Voice& voice();

// A message line on stderr, unless -q.
void say(const std::string& line);
// "tuyentap: cảnh báo: …" on stderr (even with -q).
void warn(const std::string& line);
// "tuyentap: lỗi: " (in red on a terminal without NO_COLOR).
std::string error_prefix();

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

// "writing the EPUB…" on a terminal while a stage runs; cleared by the next one or finish.
void stage_status(const std::string& what);

}  // namespace tuyentap
