#include "cli/i18n.h"

#include <cstdint>
#include <cstring>
#include <fstream>
#include <sstream>
#include <unordered_map>

#include "base/error.h"

namespace tuyentap {

namespace {

Language g_language = Language::English;
std::unordered_map<std::string, std::string> g_catalogue;

// The language a locale name asks for; false when it names none ("").
bool language_of(std::string_view name, Language& out) {
  if (name.empty()) return false;
  if (name == "C" || name == "POSIX" || name.starts_with("C.") || name.starts_with("vi")) {
    out = Language::Vietnamese;
  } else {
    out = Language::English;
  }
  return true;
}

std::uint32_t read_u32(const std::string& bytes, std::size_t at, bool swap) {
  std::uint32_t v = 0;
  if (at + 4 > bytes.size()) return 0;
  std::memcpy(&v, bytes.data() + at, 4);
  return swap ? __builtin_bswap32(v) : v;
}

// A GNU .mo file: magic, revision, count, offset of the original strings' table, offset of
// the translations' table; each table holds (length, offset) pairs. Plural entries keep
// their first form (Vietnamese has one).
std::unordered_map<std::string, std::string> parse_mo(const std::string& bytes) {
  std::unordered_map<std::string, std::string> out;
  std::uint32_t magic = read_u32(bytes, 0, false);
  bool swap = magic == 0xde120495u;
  if (magic != 0x950412deu && !swap) return out;
  std::uint32_t n = read_u32(bytes, 8, swap), orig = read_u32(bytes, 12, swap),
                trans = read_u32(bytes, 16, swap);
  auto entry = [&](std::uint32_t table, std::uint32_t i) -> std::string {
    std::uint32_t len = read_u32(bytes, table + 8 * i, swap);
    std::uint32_t off = read_u32(bytes, table + 8 * i + 4, swap);
    if (std::size_t(off) + len > bytes.size()) return {};
    std::string s = bytes.substr(off, len);
    return s.substr(0, s.find('\0'));  // first plural form
  };
  for (std::uint32_t i = 0; i < n; ++i) {
    std::string id = entry(orig, i), text = entry(trans, i);
    if (!id.empty() && !text.empty()) out.emplace(std::move(id), std::move(text));
  }
  return out;
}

}  // namespace

Language choose_language(std::string_view forced,
                         const std::function<const char*(const char*)>& getenv) {
  if (forced == "vi") return Language::Vietnamese;
  if (forced == "en") return Language::English;
  if (!forced.empty()) {
    throw Error("'" + std::string(forced) + "' is not a language this program speaks", {}, 0,
                "use --lang vi or --lang en");
  }
  Language lang = Language::Vietnamese;
  for (const char* var : {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = getenv(var);
    std::string_view value = v ? v : "";
    if (std::string_view(var) == "LANGUAGE") value = value.substr(0, value.find(':'));
    if (language_of(value, lang)) return lang;
  }
  return lang;
}

void set_language(Language lang, const std::string& locale_dir) {
  g_language = lang;
  g_catalogue.clear();
  // Read whatever the language: report.txt is Vietnamese for an English-speaking user too.
  std::ifstream in(locale_dir + "/vi/LC_MESSAGES/tuyentap.mo", std::ios::binary);
  if (!in) return;
  std::ostringstream ss;
  ss << in.rdbuf();
  g_catalogue = parse_mo(ss.str());
}

Language current_language() {
  return g_language;
}

const std::string* find_translation(std::string_view msgid) {
  return g_language == Language::Vietnamese ? find_vietnamese(msgid) : nullptr;
}

const std::string* find_vietnamese(std::string_view msgid) {
  auto it = g_catalogue.find(std::string(msgid));
  return it == g_catalogue.end() ? nullptr : &it->second;
}

std::string tr(std::string_view msgid) {
  const std::string* t = find_translation(msgid);
  return t ? *t : std::string(msgid);
}

std::string fill(std::string_view pattern, const std::vector<std::string>& args) {
  std::string out;
  std::size_t next = 0;
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    if (pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] == 's') {
      if (next < args.size()) out += args[next++];
      ++i;
    } else {
      out += pattern[i];
    }
  }
  return out;
}

std::string tr(std::string_view msgid, std::initializer_list<std::string> args) {
  return fill(tr(msgid), std::vector<std::string>(args));
}

}  // namespace tuyentap
