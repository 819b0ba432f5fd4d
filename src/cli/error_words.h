// Errors in the user's language. The stages throw tuyentap::Error with English text whose
// dynamic parts (a file, a value, a count) sit inside fixed words; this table lists those
// words as patterns ("unknown format '%s'") whose Vietnamese is in po/vi.po. A message or
// hint that no pattern matches is printed as it came (docs/messages.md lists which).
#pragma once

#include <string>

#include "base/error.h"

namespace tuyentap {

// One English sentence of a stage → the current language. Each %s part is itself
// translated when it is a known sentence (an errno text, a nested "print style: …").
std::string translate_sentence(const std::string& english);
// The same, in Vietnamese whatever the current language (report.txt is the clerk's).
std::string vietnamese_sentence(const std::string& english);

// "tuyentap: file:line: message\n  hint" in the current language. verbose adds the
// English original (it may carry a library's words) when the translation differs.
std::string describe_translated(const Error& e, bool verbose);

}  // namespace tuyentap
