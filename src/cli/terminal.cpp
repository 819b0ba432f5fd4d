#include "cli/terminal.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "cli/i18n.h"
#include "text/utf8.h"

namespace tuyentap {

namespace {
bool is_combining(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1DC0 && cp <= 0x1DFF) ||
         (cp >= 0x20D0 && cp <= 0x20FF);
}

// The code points a terminal acts on rather than shows: C0, DEL, C1, and the bidirectional
// embeddings, overrides and isolates ("Trojan source").
bool acts_on_terminal(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2066 && cp <= 0x2069);
}

std::string hex(const char* format, unsigned value) {
  char buf[16];
  std::snprintf(buf, sizeof buf, format, value);
  return buf;
}

bool stderr_is_terminal() {
  return isatty(STDERR_FILENO);
}

bool colour() {
  const char* no = std::getenv("NO_COLOR");
  return stderr_is_terminal() && !(no && *no);
}
}  // namespace

int display_width(std::string_view s) {
  int w = 0;
  for (std::size_t i = 0; i < s.size();) w += is_combining(utf8::next(s, i)) ? 0 : 1;
  return w;
}

std::string pad(std::string_view s, int width) {
  int w = display_width(s);
  return std::string(s) + std::string(width > w ? width - w : 0, ' ');
}

std::string right(std::string_view s, int width) {
  int w = display_width(s);
  return std::string(width > w ? width - w : 0, ' ') + std::string(s);
}

std::string shown(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t end = i;
    const char32_t cp = utf8::next(s, end);
    if (cp == 0xFFFD && s.substr(i, 3) != "\xEF\xBF\xBD") {  // not UTF-8: the byte itself
      out += hex("\\x%02X", c);
      ++i;
      continue;
    }
    if (!acts_on_terminal(cp)) {
      out.append(s.substr(i, end - i));
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\r') {
      out += "\\r";
    } else {
      out += cp < 0x80 ? hex("\\x%02X", static_cast<unsigned>(cp))
                       : hex("\\u{%04X}", static_cast<unsigned>(cp));
    }
    i = end;
  }
  return out;
}

Voice& voice() {
  static Voice v;
  return v;
}

void say(const std::string& line) {
  if (!voice().quiet) std::cerr << line << "\n";
}

void warn(const std::string& line) {
  std::string label = tr(N_("warning: "));
  if (colour()) label = "\033[1;33m" + label + "\033[0m";
  std::cerr << "tuyentap: " << label << line << "\n";
}

std::string error_prefix() {
  std::string label = tr(N_("error: "));
  if (colour()) label = "\033[1;31m" + label + "\033[0m";
  return "tuyentap: " + label;
}

Progress::Progress(std::string what, std::size_t total)
    : what_(std::move(what)),
      total_(total),
      enabled_(stderr_is_terminal() && !voice().quiet && total >= 200) {}

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

void stage_status(const std::string& what) {
  if (!stderr_is_terminal() || voice().quiet) return;
  std::fprintf(stderr, "\r\033[K%s", what.c_str());
  if (!what.empty()) std::fprintf(stderr, "…");
  std::fflush(stderr);
}

}  // namespace tuyentap
