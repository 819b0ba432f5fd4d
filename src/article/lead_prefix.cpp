// Agency prefixes on the lead: see lead_prefix.h.
#include "article/lead_prefix.h"

#include <array>

#include "article/text_lines.h"
#include "article/vi_syllable.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxBracketedBytes = 40;
constexpr std::size_t kMaxBracketedWords = 5;
constexpr std::size_t kMaxTokenChars = 15;
constexpr std::size_t kMaxSourceWords = 4;

constexpr std::array<std::string_view, 3> kDashes = {" - ", " – ", " — "};

// What follows a prefix: a dash between spaces, or "- ", or a space before a capital or a digit.
std::optional<std::string_view> after_separator(std::string_view s, bool space_alone) {
  for (std::string_view d : kDashes)
    if (s.starts_with(d)) return s.substr(d.size());
  if (s.starts_with("- ")) return s.substr(2);
  if (space_alone && s.starts_with(" ")) {
    std::string_view rest = s.substr(1);
    if (!rest.empty() && (starts_with_upper(rest) || (rest[0] >= '0' && rest[0] <= '9')))
      return rest;
  }
  return std::nullopt;
}

bool is_short_name_token(std::string_view t) {
  std::size_t chars = code_point_count(t), capitals = 0;
  if (chars < 2 || chars > kMaxTokenChars) return false;
  for (std::size_t i = 0; i < t.size();) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    std::size_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    std::string_view cp = t.substr(i, len);
    i += len;
    if (cp == "." || cp == "+" || (c >= '0' && c <= '9')) continue;
    if (starts_with_upper(cp)) {
      ++capitals;
    } else if (!starts_with_lower(cp)) {
      return false;
    }
  }
  // "HUẾ", "VINH": a word in capitals that Vietnamese spells, a dateline's place, no agency's
  // initials ("TTO", "VOV", "QĐND" spell no syllable)
  return capitals >= 2 && !is_vietnamese_syllable(t);
}

// "HQ Online", "QĐND Online", "VTV": an agency's name has a word Vietnamese does not spell (its
// initials, a brand, an English word); a place ("HÀ NỘI", "Hà Nội") or a person ("Nguyễn Văn An")
// is spelled in Vietnamese syllables.
// "TP HỒ CHÍ MINH", "TP. Huế": "TP" (thành phố, a city) opens a place.
bool names_in_syllables(std::string_view name) {
  bool all = true, first = true;
  each_word(name, [&](std::string_view w) {
    bool city = first && (w == "TP" || w == "TP.");
    all = all && (city || is_vietnamese_syllable(w));
    first = false;
  });
  return all;
}

// 1–4 words, each opening with a capital.
bool capitalised_words(std::string_view name) {
  if (name.empty() || !at_most_words(name, kMaxSourceWords)) return false;
  bool all = true;
  each_word(name, [&](std::string_view w) { all = all && starts_with_upper(w); });
  return all;
}

// "HQ Online -" → "HQ Online": the words before a dash closing the line; empty when none.
std::string_view before_closing_dash(std::string_view p) {
  for (std::string_view d : kDashes) {
    std::string_view dash = d.substr(0, d.size() - 1);  // " -"
    if (p.size() > dash.size() && p.ends_with(dash)) return p.substr(0, p.size() - dash.size());
  }
  return {};
}

// "kiemsat.vn", "baoquangbinh.vn", "vov.vn": a site's address, letters and digits (a hyphen
// inside) parted by dots, its last part of two to six letters.
bool is_site_address(std::string_view s) {
  constexpr std::size_t kMinDomain = 2, kMaxDomain = 6;
  std::size_t dot = s.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  std::string_view domain = s.substr(dot + 1);
  auto letter = [](char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; };
  if (domain.size() < kMinDomain || domain.size() > kMaxDomain) return false;
  for (char c : domain)
    if (!letter(c)) return false;
  char before = '.';
  for (char c : s.substr(0, dot)) {
    bool ok = letter(c) || (c >= '0' && c <= '9') || ((c == '.' || c == '-') && before != '.');
    if (!ok) return false;
    before = c;
  }
  return before != '.' && before != '-';
}

}  // namespace

std::optional<LeadPrefix> lead_prefix(std::string_view lead) {
  if (lead.starts_with("(")) {
    std::size_t close = lead.find(')');
    if (close == std::string_view::npos || close > kMaxBracketedBytes + 1) return std::nullopt;
    std::string_view name = lead.substr(1, close - 1);
    // "(1) Tăng cường …" numbers a point; a name has a letter
    if (name.empty() || name.find('(') != std::string_view::npos || name.front() == ' ' ||
        !at_most_words(name, kMaxBracketedWords) || !has_letter_or_digit(name) ||
        name.find_first_not_of("0123456789.,;: ") == std::string_view::npos)
      return std::nullopt;
    auto rest = after_separator(lead.substr(close + 1), true);
    if (!rest || rest->empty()) return std::nullopt;
    return LeadPrefix{std::string(name), *rest};
  }
  std::size_t space = lead.find(' ');
  if (space == std::string_view::npos) return std::nullopt;
  std::string_view token = lead.substr(0, space);
  if (!is_short_name_token(token)) return std::nullopt;
  auto rest = after_separator(lead.substr(space), false);
  if (!rest || rest->empty()) return std::nullopt;
  return LeadPrefix{std::string(token), *rest};
}

std::string_view without_orphan_dash(std::string_view lead) {
  std::string_view rest = lead;
  bool dash = false;
  for (std::string_view d : {"- ", "– ", "— "}) {
    if (rest.starts_with(d)) {
      rest.remove_prefix(d.size());
      dash = true;
      break;
    }
  }
  if (!dash || rest.empty()) return lead;
  bool digit = rest.front() >= '0' && rest.front() <= '9';
  return digit || starts_with_upper(rest) ? rest : lead;
}

std::optional<std::string> source_line(std::string_view p) {
  if (p.size() >= 3 && p.back() == ':') {
    std::string_view name = p.substr(0, p.size() - 1);
    if (!capitalised_words(name)) return std::nullopt;
    return std::string(name);
  }
  // "(kiemsat.vn)", "(TTXVN)": the lead's agency alone in brackets, the lead on the next line:
  // one word, a site's address or an agency's initials, which no writer's name is ("(Thanh
  // Huyền)" signs a text so)
  if (p.size() > 2 && p.front() == '(' && p.back() == ')') {
    std::string_view inner = p.substr(1, p.size() - 2);
    if (inner.find_first_of(" ()") == std::string_view::npos &&
        (is_site_address(inner) || is_short_name_token(inner)))
      return std::string(inner);
  }
  // "HQ Online -", "(QNO) -": the lead's agency alone, the line broken after its dash
  std::string_view name = before_closing_dash(p);
  if (name.empty()) return std::nullopt;
  if (auto prefix = lead_prefix(std::string(p) + " A")) return prefix->site;
  if (!capitalised_words(name) || names_in_syllables(name)) return std::nullopt;
  return std::string(name);
}

std::optional<std::string_view> dateline_alone(std::string_view p) {
  std::string_view name = before_closing_dash(p);
  if (!capitalised_words(name) || !names_in_syllables(name)) return std::nullopt;
  return name;
}

}  // namespace tuyentap
