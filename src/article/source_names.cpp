#include "article/source_names.h"

#include <algorithm>

#include "article/html_blocks.h"
#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// Letters and digits only, folded: "Báo Dân trí" → "baodantri", "dantri.com.vn" → "dantricomvn".
std::string letters_key(std::string_view s) {
  std::string folded = fold_for_match(s), out;
  for (char c : folded)
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  return out;
}

bool suffix_names_site(std::string_view suffix, const std::string& name) {
  if (name.empty() || !at_most_words(suffix, 6)) return false;
  std::string key = letters_key(suffix), name_key = letters_key(name);
  if (key.empty() || name_key.empty()) return false;
  if (key == name_key) return true;
  if (looks_like_domain(name)) {
    std::string host = lower_ascii(name);
    if (host.starts_with("www.")) host.erase(0, 4);
    std::string label = letters_key(host.substr(0, host.find('.')));
    return label.size() >= 4 && key.find(label) != std::string::npos;
  }
  return name_key.size() >= 4 && key.find(name_key) != std::string::npos;
}

bool is_dash_at(std::string_view s, std::size_t at, std::size_t* len) {
  for (std::string_view d : {"-", "–", "—"}) {
    if (s.substr(at, d.size()) == d) {
      *len = d.size();
      return true;
    }
  }
  return false;
}

// What may follow an agency: the lead's first word.
bool starts_like_text(std::string_view s) {
  if (s.empty()) return false;
  if (s[0] >= '0' && s[0] <= '9') return true;
  for (std::string_view q : {"\"", "'", "“", "‘", "«"})
    if (s.starts_with(q)) return true;
  return starts_with_upper(s);
}

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

bool has_domain_ending(std::string_view token) {
  std::string t = lower_ascii(token);
  for (std::string_view tld : {".vn", ".com", ".net", ".org"})
    if (t.ends_with(tld)) return true;
  return false;
}

// "TTO", "ANTD.VN", "GiadinhNet", "QĐND": two capitals or a domain; not a place ("TP.HCM").
bool agency_token(std::string_view token) {
  if (token.empty() || token.size() > 24) return false;
  std::string lower = lower_ascii(token);
  if (lower.starts_with("tp.") || lower == "tp" || lower == "tphcm" || lower == "hcm" ||
      lower == "hn")
    return false;
  if (has_domain_ending(token)) return true;
  int capitals = 0;
  for (std::size_t i = 0; i < token.size(); ++i) {
    char c = token[i];
    if (c >= '0' && c <= '9') return false;
    if (c >= 'A' && c <= 'Z') ++capitals;
    if (token.substr(i, 2) == "Đ") ++capitals;
  }
  return capitals >= 2;
}

bool is_acronym(std::string_view s) {
  return !s.empty() && (to_upper_vi(s) == s || has_domain_ending(s));
}

}  // namespace

std::string url_host(std::string_view url) {
  std::size_t scheme = url.find("://");
  std::string_view rest;
  if (scheme != std::string_view::npos) {
    std::string s = lower_ascii(url.substr(0, scheme));
    if (s != "http" && s != "https") return "";
    rest = url.substr(scheme + 3);
  } else if (url.starts_with("//")) {
    rest = url.substr(2);
  } else {
    return "";
  }
  std::string_view host = rest.substr(0, rest.find_first_of("/?#"));
  if (std::size_t at = host.rfind('@'); at != std::string_view::npos) host = host.substr(at + 1);
  host = host.substr(0, host.find(':'));
  std::string h = lower_ascii(host);
  if (h.starts_with("www.")) h.erase(0, 4);
  if (h.find('.') == std::string::npos) return "";
  return h;
}

bool looks_like_domain(std::string_view name) {
  if (name.find('.') == std::string_view::npos || name.front() == '.' || name.back() == '.')
    return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '-';
  });
}

std::string strip_site_suffix(std::string_view text, const std::vector<std::string>& site_names) {
  std::size_t best = std::string_view::npos, sep_len = 0;
  for (std::string_view sep : {" - ", " | ", " – ", " — ", " :: ", " · "}) {
    std::size_t at = text.rfind(sep);
    if (at != std::string_view::npos && (best == std::string_view::npos || at > best)) {
      best = at;
      sep_len = sep.size();
    }
  }
  if (best == std::string_view::npos || best == 0) return std::string(text);
  std::string_view suffix = text.substr(best + sep_len);
  for (const std::string& name : site_names)
    if (suffix_names_site(suffix, name)) return std::string(text.substr(0, best));
  return std::string(text);
}

std::optional<AgencyPrefix> agency_prefix(std::string_view lead) {
  std::size_t dash = 0;
  if (lead.starts_with("(")) {
    std::size_t close = lead.find(')');
    if (close == std::string_view::npos || close > 48) return std::nullopt;
    std::string_view inside = lead.substr(1, close - 1);
    if (fold_whitespace(inside).empty() || !at_most_words(inside, 4)) return std::nullopt;
    std::size_t i = skip_spaces(lead, close + 1);
    if (i < lead.size() && is_dash_at(lead, i, &dash)) {
      i = skip_spaces(lead, i + dash);
    } else if (!is_acronym(inside) || i == close + 1) {
      return std::nullopt;
    }
    if (!starts_like_text(lead.substr(i))) return std::nullopt;
    return AgencyPrefix{fold_whitespace(inside), i};
  }
  std::size_t space = lead.find(' ');
  if (space == std::string_view::npos || !agency_token(lead.substr(0, space))) return std::nullopt;
  if (!is_dash_at(lead, space + 1, &dash) || lead.substr(space + 1 + dash, 1) != " ")
    return std::nullopt;
  std::size_t i = skip_spaces(lead, space + 1 + dash);
  if (!starts_like_text(lead.substr(i))) return std::nullopt;
  return AgencyPrefix{std::string(lead.substr(0, space)), i};
}

bool useful_topic(std::string_view topic) {
  std::string key = fold_for_match(topic);
  if (key.empty() || !at_most_words(topic, 8)) return false;
  for (std::string_view useless :
       {"news", "tin tuc", "tin", "home", "trang chu", "article", "articles", "bai viet", "post",
        "posts", "blog", "general", "uncategorized", "chuyen muc", "default", "detail", "chi tiet"})
    if (key == useless) return false;
  return true;
}

}  // namespace tuyentap
