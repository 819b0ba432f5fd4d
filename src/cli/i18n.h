// The language the program speaks to its user: Vietnamese first, English second.
//
// Messages are written in English in the code (the gettext msgid) and marked with tr() or
// N_(); po/vi.po holds their Vietnamese, built by msgfmt into tuyentap.mo. The catalogue is
// read here, not through glibc's gettext(): glibc ignores LANGUAGE under the C locale, and
// the machines the program runs on often have no vi_VN locale at all (see docs/messages.md).
// The books' own labels (chapter headings, the report's headings) are Vietnamese whatever
// the language chosen here.
#pragma once

#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

// Marks a string for extraction (xgettext -kN_) without translating it where it stands.
#define N_(text) text

namespace tuyentap {

enum class Language { Vietnamese, English };

// "vi" or "en" from --lang; any other word throws Error. Empty: the environment decides:
// the first of LANGUAGE, LC_ALL, LC_MESSAGES, LANG that is set and not empty; Vietnamese
// for vi*, C, POSIX or nothing set; English for any other language.
Language choose_language(std::string_view forced,
                         const std::function<const char*(const char*)>& getenv);

// Reads <locale_dir>/vi/LC_MESSAGES/tuyentap.mo (English needs no catalogue).
// A missing or damaged catalogue leaves the English messages: the program still works.
void set_language(Language lang, const std::string& locale_dir);
Language current_language();

// The message in the current language; `msgid` itself when it has no translation. A view,
// so that a msgid kept in a table as one (article/warning_codes.h warning_summary) is
// looked up as it is; a literal reads as before.
std::string tr(std::string_view msgid);
// tr(msgid) with each "%s" replaced by the next argument, in order.
std::string tr(std::string_view msgid, std::initializer_list<std::string> args);
// Fills "%s" of an already-translated pattern (used by the error translation).
std::string fill(std::string_view pattern, const std::vector<std::string>& args);

// The translation of `msgid` in the current language, or nullptr (for pattern lookups).
const std::string* find_translation(std::string_view msgid);
// The Vietnamese of `msgid` whatever the current language (report.txt), or nullptr.
const std::string* find_vietnamese(std::string_view msgid);

}  // namespace tuyentap
