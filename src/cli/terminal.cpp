#include "cli/terminal.h"

#include <unistd.h>

#include <cstdio>

#include "text/utf8.h"

namespace tuyentap {

namespace {
bool is_combining(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
         (cp >= 0x20D0 && cp <= 0x20FF);
}
}  // namespace

int display_width(std::string_view s) {
  int w = 0;
  for (std::size_t i = 0; i < s.size();) w += is_combining(utf8::next(s, i)) ? 0 : 1;
  return w;
}

std::string fit(std::string_view s, int width) {
  if (display_width(s) <= width) {
    return std::string(s) + std::string(width - display_width(s), ' ');
  }
  std::string out;
  int w = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    char32_t cp = utf8::next(s, i);
    int cw = is_combining(cp) ? 0 : 1;
    if (w + cw > width - 1) break;
    out.append(s.substr(start, i - start));
    w += cw;
  }
  out += "…";
  w += 1;
  return out + std::string(width > w ? width - w : 0, ' ');
}

std::string right(std::string_view s, int width) {
  int w = display_width(s);
  return std::string(width > w ? width - w : 0, ' ') + std::string(s);
}

Progress::Progress(std::string what, std::size_t total)
    : what_(std::move(what)), total_(total), enabled_(isatty(STDERR_FILENO) && total >= 200) {}

void Progress::update(std::size_t done) {
  if (!enabled_) return;
  std::fprintf(stderr, "\r%s %zu/%zu…", what_.c_str(), done, total_);
  std::fflush(stderr);
}

void Progress::finish() {
  if (!enabled_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
}

}  // namespace tuyentap
