// A minimal reader for the CMS's JSON front matter. We need four string fields (title,
// category, date, description); a full JSON library would be the only user of itself here.
// Non-string values (arrays, numbers, booleans, nested objects) are skipped.
#include "article/front_matter.h"

#include <cstdint>

#include "text/utf8.h"

namespace tuyentap {

namespace {

class JsonFields {
 public:
  explicit JsonFields(std::string_view s) : s_(s) {}

  std::map<std::string, std::string> read() {
    std::map<std::string, std::string> out;
    skip_ws();
    if (!eat('{')) return out;
    while (true) {
      skip_ws();
      if (eat('}') || i_ >= s_.size()) return out;
      std::string key;
      if (!string(key)) return out;
      skip_ws();
      if (!eat(':')) return out;
      skip_ws();
      if (peek() == '"') {
        std::string value;
        if (!string(value)) return out;
        out[key] = value;
      } else if (!skip_value()) {
        return out;
      }
      skip_ws();
      eat(',');
    }
  }

 private:
  char peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  void skip_ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\n' || s_[i_] == '\r' || s_[i_] == '\t'))
      ++i_;
  }

  bool hex4(std::uint32_t& v) {
    if (i_ + 4 > s_.size()) return false;
    v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s_[i_++];
      v <<= 4;
      if (c >= '0' && c <= '9')
        v |= c - '0';
      else if (c >= 'a' && c <= 'f')
        v |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        v |= c - 'A' + 10;
      else
        return false;
    }
    return true;
  }

  bool string(std::string& out) {
    if (!eat('"')) return false;
    while (i_ < s_.size()) {
      char c = s_[i_++];
      if (c == '"') return true;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i_ >= s_.size()) return false;
      char e = s_[i_++];
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'u': {
          std::uint32_t cp;
          if (!hex4(cp)) return false;
          if (cp >= 0xD800 && cp < 0xDC00 && s_.substr(i_, 2) == "\\u") {
            i_ += 2;
            std::uint32_t low;
            if (!hex4(low)) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          utf8::append(out, cp);
          break;
        }
        default:
          out += e;  // \" \\ \/
      }
    }
    return false;
  }

  // Skips a number, literal, array or object, strings inside included.
  bool skip_value() {
    int depth = 0;
    while (i_ < s_.size()) {
      char c = peek();
      if (c == '"') {
        std::string ignored;
        if (!string(ignored)) return false;
        continue;
      }
      if (c == '[' || c == '{') ++depth;
      if (c == ']' || c == '}') {
        if (depth == 0) return true;  // the end of the enclosing object
        --depth;
      }
      if (c == ',' && depth == 0) return true;
      ++i_;
    }
    return false;
  }

  std::string_view s_;
  std::size_t i_ = 0;
};

// The next line starting at `pos`, without its line end; `pos` moves past it.
std::string_view next_line(std::string_view text, std::size_t& pos) {
  std::size_t nl = text.find('\n', pos);
  if (nl == std::string_view::npos) nl = text.size();
  std::string_view line = text.substr(pos, nl - pos);
  pos = nl < text.size() ? nl + 1 : nl;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

}  // namespace

FrontMatter split_front_matter(std::string_view text) {
  FrontMatter fm;
  fm.body = text;
  std::size_t pos = 0;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\r')) ++pos;
  std::string_view first = next_line(text, pos);
  if (first != "---json" && first != "---") return fm;
  std::size_t json_start = pos;
  while (pos < text.size()) {
    std::size_t line_start = pos;
    std::string_view line = next_line(text, pos);
    if (line == "---") {
      std::string_view json = text.substr(json_start, line_start - json_start);
      std::size_t brace = json.find_first_not_of(" \t\r\n");
      if (brace == std::string_view::npos || json[brace] != '{') return fm;
      fm.fields = JsonFields(json).read();
      fm.body = text.substr(pos);
      fm.found = true;
      return fm;
    }
  }
  return fm;
}

}  // namespace tuyentap
