#include "base/error.h"

namespace tuyentap {

static std::string compose(const std::string& message, const std::string& file, int line) {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line > 0) {
      // Appended piece by piece: ":" + std::to_string() trips GCC 12's -Wrestrict false
      // positive at -O3 (a Release build with -Werror would not compile).
      out += ':';
      out += std::to_string(line);
    }
    out += ": ";
  }
  return out + message;
}

Error::Error(std::string message, std::string file, int line, std::string hint)
    : std::runtime_error(compose(message, file, line)),
      message_(std::move(message)),
      file_(std::move(file)),
      hint_(std::move(hint)),
      line_(line) {}

std::string describe(const Error& e) {
  std::string out = e.what();
  if (!e.hint().empty()) out += "\n  " + e.hint();
  return out;
}

}  // namespace tuyentap
