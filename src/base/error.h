// The one way a stage says "I cannot go on": throw tuyentap::Error.
//
// Problems with a single input (an unreadable file, a missing byline) are not errors:
// they are data, carried in the stage's result (skipped lists, warnings) and end up in
// the build report. An Error stops the operation: a bad book spec, an unwritable output,
// an unusable font. It says which file, which line, what is wrong and what to do, so the
// CLI can print it to a clerk as it is.
#pragma once

#include <stdexcept>
#include <string>

namespace tuyentap {

class Error : public std::runtime_error {
 public:
  // file may be empty; line 0 means "no line".
  Error(std::string message, std::string file = {}, int line = 0, std::string hint = {});

  const std::string& file() const { return file_; }
  int line() const { return line_; }
  const std::string& hint() const { return hint_; }
  const std::string& message() const { return message_; }

 private:
  std::string message_, file_, hint_;
  int line_;
};

// "file:line: message\n  hint" as the CLI prints it.
std::string describe(const Error& e);

}  // namespace tuyentap
