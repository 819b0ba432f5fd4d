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
