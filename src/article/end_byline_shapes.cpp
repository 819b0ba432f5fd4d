// The end byline's glued and handle shapes, and the page's widget labels: see end_byline_shapes.h.
#include "article/end_byline_shapes.h"

#include <string>

#include "article/byline.h"
#include "article/byline_initials.h"
#include "article/byline_name.h"
#include "article/office_byline.h"
#include "article/province_names.h"
#include "article/text_lines.h"
#include "article/theo_writer.h"
#include "article/vi_syllable.h"
#include "article/writer_unit.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t npos = std::string_view::npos;

bool has_ascii_digit(std::string_view s) {
  for (char c : s)
    if (is_ascii_digit(c)) return true;
  return false;
}

// A word of a name in title case: a capital first, not an acronym ("TTXVN", "PV"); an
// initial with its dot ("T.H") is one.
bool is_name_word(std::string_view w) {
  return starts_with_upper(w) && (!is_all_caps(w) || w.find('.') != npos);
}

// "Hà Nguyên", "Kim Tiến – Tấn Hữu": title-case words of a name, dashes between two names.
bool is_title_case_name(std::string_view s, std::size_t most_words) {
  std::size_t words = 0;
  bool ok = true;
  each_word(s, [&](std::string_view w) {
    if (w == "-" || w == "–") return;
    ++words;
    ok = ok && is_name_word(w);
  });
  return ok && words >= 1 && words <= most_words && !has_ascii_digit(s);
}

// The text ends with a sentence's stop, and no quotation closes right before it unless
// `quoted` lets one.
bool ends_a_sentence(std::string_view s, bool quoted = false) {
  s = trim_spaces(s);
  if (s.ends_with("./.")) return true;
  std::string_view stop;
  for (std::string_view mark : {".", "!", "?", "…"})
    if (s.ends_with(mark)) stop = mark;
  if (stop.empty()) return false;
  s.remove_suffix(stop.size());
  for (std::string_view quote : {"\"", "”", "’", "'", "»"})
    if (s.ends_with(quote) && !quoted) return false;
  return !s.empty();
}

// "Sở Ngoại vụ TPHCM", "Ban Tuyên giáo Huyện ủy": the office a writer works in, named after
// the writer in a credit (office_byline.h, writer_unit.h), at most eight words, no comma.
bool names_writer_office(std::string_view office) {
  constexpr std::size_t kMaxOfficeWords = 8;
  return !office.empty() && office.find(',') == std::string_view::npos &&
         at_most_words(office, kMaxOfficeWords) &&
         (signs_as_office(office) || signs_as_unit(office) || names_organisation(office) ||
          names_unit_in_full(office) || opens_with_writer_unit(office));
}

}  // namespace

bool is_writer_credit(std::string_view credit) {
  constexpr std::size_t kMaxNameWords = 6;
  const std::size_t comma = credit.find(", ");
  if (comma == npos) return false;
  std::string_view name = credit.substr(0, comma), office = credit.substr(comma + 2);
  return (is_initials(name) ||
          (is_title_case_name(name, kMaxNameWords) && !is_province_name(name))) &&
         !looks_like_source(name) && looks_like_byline(name) && names_writer_office(office);
}

std::size_t glued_name_in_brackets(std::string_view paragraph) {
  constexpr std::size_t kMaxNameWords = 6;
  std::string_view p = trim_spaces(paragraph);
  if (!p.ends_with(')')) return npos;
  std::size_t open = p.rfind('(');
  if (open == npos || open == 0 || p[open - 1] != ' ') return npos;
  std::string_view inner = trim_spaces(p.substr(open + 1, p.size() - open - 2));
  std::string_view before = p.substr(0, open);
  if (inner.empty() || inner.find_first_of("()") != npos || !ends_a_sentence(before) ||
      !is_prose(trim_spaces(before)))
    return npos;
  if (!is_title_case_name(inner, kMaxNameWords) || looks_like_source(inner) ||
      !looks_like_byline(inner)) {
    // "(Y.T., Sở Ngoại vụ TPHCM)": the writer, then the office the writer works in after a
    // comma (real-eval71/mofahcm-1, its day taken off by the date's reader, dated_paragraph.h):
    // a name or initials, then an office or a unit by its name
    if (!is_writer_credit(inner)) return npos;
  }
  return open + static_cast<std::size_t>(p.data() - paragraph.data());
}

std::size_t glued_labelled_byline(std::string_view paragraph) {
  // the label's words before its colon: "Tin", "Thực hiện", "Tin, ảnh", "Tác giả bài viết"
  constexpr std::size_t kMaxLabelBytes = 32;
  std::string_view p = trim_spaces(paragraph);
  std::size_t colon = p.rfind(':');
  if (colon == npos || colon == 0) return npos;
  std::size_t from = colon > kMaxLabelBytes ? colon - kMaxLabelBytes : 0;
  std::size_t stop = p.substr(0, colon).find_last_of(".!?");
  if (std::size_t dots = p.substr(0, colon).rfind("…");
      dots != npos && (stop == npos || dots > stop))
    stop = dots + std::string_view("…").size() - 1;
  if (stop == npos || stop < from) return npos;
  std::string_view before = p.substr(0, stop + 1);
  std::size_t at = p.find_first_not_of(' ', stop + 1);
  if (at == npos || at >= colon) return npos;
  std::string_view label = p.substr(at);
  // a quotation may close the sentence ("… đất nước”.Tin: Ngọc Anh"): the label, not a name in
  // brackets, tells the byline from the quotation's source
  if (!starts_with_upper(label) || !ends_a_sentence(before, true) || !is_prose(before) ||
      !opens_with_writer_credit(label) || !looks_like_byline(label))
    return npos;
  std::string_view author = author_in_byline(label);
  if (author.empty() || author.size() >= label.size()) return npos;
  return at + static_cast<std::size_t>(p.data() - paragraph.data());
}

std::size_t glued_newsroom_role(std::string_view paragraph) {
  std::string_view p = trim_spaces(paragraph);
  if (p.ends_with('.')) p.remove_suffix(1);
  const std::size_t space = p.rfind(' ');
  if (space == npos) return npos;
  const std::string_view role = p.substr(space + 1);
  if (role != "PV" && role != "CTV" && role != "BTV" && role != "P.V" && !is_dashed_initials(role))
    return npos;
  const std::string_view before = trim_spaces(p.substr(0, space));
  if (!ends_a_sentence(before, true) || !is_prose(before)) return npos;
  return space + 1 + static_cast<std::size_t>(p.data() - paragraph.data());
}

std::string_view name_before_glued_unit(std::string_view line) {
  constexpr std::size_t kMaxWords = 12, kFewestNameWords = 2, kMostNameWords = 4;
  line = trim_spaces(line);
  if (!at_most_words(line, kMaxWords) || ends_with_sentence_punct(line)) return {};
  std::size_t words = 0;
  for (std::size_t at = line.find(' '); at != npos && words < kMostNameWords;
       at = line.find(' ', at + 1)) {
    ++words;
    std::string_view name = trim_spaces(line.substr(0, at));
    if (!is_title_case_name(name, kMostNameWords) || name.find_first_of("-,") != npos ||
        name.find("–") != npos)
      return {};
    if (words < kFewestNameWords) continue;
    std::string_view rest = trim_spaces(line.substr(at + 1));
    // the unit's words: one at least in lower case, which no name has ("Trung tâm", "Sở Y tế")
    bool lower = false;
    each_word(rest, [&](std::string_view w) { lower = lower || starts_with_lower(w); });
    if (lower && opens_with_writer_unit(rest)) return name;
  }
  return {};
}

std::string_view name_before_reporting_verb(std::string_view line) {
  line = byline_without_final_stop(trim_spaces(line));
  if (!line.ends_with(kReportingVerb)) return {};
  std::string_view name = trim_spaces(line.substr(0, line.size() - kReportingVerb.size()));
  return looks_like_byline(name) || signs_as_office(name) ? name : std::string_view{};
}

bool is_role_and_handle(std::string_view line) {
  constexpr std::size_t kFewestHandleBytes = 4;
  line = trim_spaces(line);
  std::size_t space = line.find(' ');
  if (space == npos) return false;
  std::string_view role = line.substr(0, space), handle = trim_spaces(line.substr(space + 1));
  if (!is_newsroom_role(role) || !at_most_words(role, 1) || handle.size() < kFewestHandleBytes ||
      handle.find(' ') != npos)
    return false;
  // the handle's first letter may be a capital, as a copy in title case prints it ("Btv Chiminh")
  for (std::size_t i = 0; i < handle.size(); ++i) {
    char c = handle[i];
    if (!((c >= 'a' && c <= 'z') || (i == 0 && c >= 'A' && c <= 'Z') || is_ascii_digit(c) ||
          c == '_' || c == '.'))
      return false;
  }
  return !is_vietnamese_syllable(handle);
}

bool signs_with_account_handle(std::string_view line) {
  constexpr std::size_t kMinPart = 2, kMaxPart = 12;
  line = trim_spaces(line);
  const std::size_t dot = line.find('.');
  if (dot == std::string_view::npos || line.find('.', dot + 1) != std::string_view::npos)
    return false;
  auto letters = [&](std::string_view part) {
    if (part.size() < kMinPart || part.size() > kMaxPart) return false;
    for (char c : part)
      if (c < 'a' || c > 'z') return false;
    return true;
  };
  const std::string_view given = line.substr(0, dot), family = line.substr(dot + 1);
  for (std::string_view tld : {"vn", "com", "net", "org", "gov", "edu", "info", "biz", "html",
                               "htm", "php", "asp", "aspx", "jpg", "png", "pdf", "doc", "docx"})
    if (family == tld) return false;
  return letters(given) && letters(family);
}

bool signs_with_glued_initial(std::string_view line) {
  constexpr std::size_t kMaxWords = 4;
  line = trim_spaces(line);
  if (!at_most_words(line, kMaxWords)) return false;
  std::string spaced;
  bool glued = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    spaced += line[i];
    // a capital A–Z alone (a word's first letter) and its dot, a capital glued after it
    bool initial = line[i] == '.' && i >= 1 && line[i - 1] >= 'A' && line[i - 1] <= 'Z' &&
                   (i == 1 || line[i - 2] == ' ' || line[i - 2] == '.') && i + 1 < line.size() &&
                   starts_with_upper(line.substr(i + 1));
    if (initial && i + 2 < line.size() && line[i + 2] != '.') {
      spaced += ' ';
      glued = true;
    }
  }
  return glued && looks_like_byline(spaced);
}

namespace {

// Words of a page's controls in English ("Back to top", "Read more", "QR Code", "Sign in"), in
// lower case: a closed class, where a person's name is open. "Sample" is a site template's
// word left in place ("Sample Plan", "Sample Page": real-eval50/caobangtourism-1).
bool is_control_word(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "about",    "ads",     "advertisement", "all",     "back",    "by",        "close",
      "code",     "comment", "comments",      "contact", "content", "copyright", "designed",
      "download", "email",   "feed",          "follow",  "gallery", "go",        "here",
      "home",     "image",   "images",        "in",      "like",    "link",      "links",
      "load",     "log",     "login",         "logout",  "mail",    "map",       "menu",
      "more",     "news",    "next",          "of",      "out",     "page",      "photo",
      "photos",   "post",    "posts",         "powered", "prev",    "previous",  "print",
      "qr",       "read",    "related",       "reply",   "rss",     "sample",    "search",
      "share",    "sign",    "site",          "sitemap", "skip",    "subscribe", "tag",
      "tags",     "the",     "this",          "to",      "top",     "tweet",     "up",
      "video",    "videos",  "view",          "views"};
  std::string lower = lower_ascii(word);
  for (std::string_view w : kWords)
    if (lower == w) return true;
  return false;
}

// "John Smith", "Tin Hcmus": two to four words each a capital then letters in lower case, none
// a control's word: a person's or a newsroom's name typed in a foreign spelling or in title
// case, which may sign the text.
bool is_plain_name(std::string_view line) {
  constexpr std::size_t kMostWords = 4;
  std::size_t words = 0;
  bool ok = true;
  each_word(line, [&](std::string_view w) {
    ++words;
    bool title_case = w.size() >= 2 && w[0] >= 'A' && w[0] <= 'Z' && !is_control_word(w);
    for (std::size_t i = 1; title_case && i < w.size(); ++i)
      title_case = (w[i] >= 'a' && w[i] <= 'z') || (static_cast<unsigned char>(w[i]) & 0x80);
    ok = ok && title_case && !is_all_caps(w);
  });
  return ok && words >= 2 && words <= kMostWords;
}

}  // namespace

bool is_link_or_widget_label(std::string_view line) {
  constexpr std::size_t kLinkWords = 4;
  line = trim_spaces(line);
  if (line.size() > 2 && line.front() == '[' && line.back() == ']') {
    std::string_view inner = line.substr(1, line.size() - 2);
    return inner.find_first_of("[]:") == npos && at_most_words(inner, kLinkWords) &&
           has_letter_or_digit(inner) && !has_ascii_digit(inner);
  }
  // one word at least of letters not in capitals that no syllable spells ("Code", "image"):
  // an acronym ("Tin HCMUS", "TX - P.L.H.HÀ") may sign
  // and initials typed in title case ("Tx - P.L.H.Hà", "Btv") are none
  bool foreign_word = false;
  each_word(line, [&](std::string_view w) {
    foreign_word = foreign_word || (is_foreign_word(w) && !is_vowelless_initials(w));
  });
  // a source's credit ("Theo binhdinh online") names where the text came from; a plain name
  // ("John Smith") may sign
  return at_most_words(line, kLinkWords) && foreign_word && is_foreign_phrase(line) &&
         !looks_like_source(line) && !is_plain_name(line);
}

std::string_view without_frame(std::string_view line) {
  constexpr std::size_t kFewestMarks = 2;
  if (line.empty() || std::string_view("=-*~_#+").find(line.front()) == npos ||
      line.back() != line.front())
    return line;
  const char mark = line.front();
  std::size_t from = line.find_first_not_of(mark);
  if (from == npos || from < kFewestMarks) return line;
  std::size_t to = line.find_last_not_of(mark);
  if (line.size() - 1 - to < kFewestMarks) return line;
  std::string_view inner = trim_spaces(line.substr(from, to + 1 - from));
  return inner.empty() ? line : inner;
}

std::string_view between_dashes(std::string_view line) {
  for (std::string_view dash :
       {std::string_view("-"), std::string_view("–"), std::string_view("—")}) {
    if (line.size() <= 2 * dash.size() || !line.starts_with(dash) || !line.ends_with(dash))
      continue;
    std::string_view inner = trim_spaces(line.substr(dash.size(), line.size() - 2 * dash.size()));
    // "-- Thu Hà --" is without_frame's; "- - -" and "-–-" are no signature
    if (inner.empty() || inner.starts_with('-') || inner.ends_with('-') || inner.starts_with("–") ||
        inner.ends_with("–") || inner.starts_with("—") || inner.ends_with("—"))
      return {};
    // a person's name, two words or more ("- Hết -" closes the text, "- Quảng Ngãi -" names a
    // place, "- Theo Báo Quảng Ngãi -" a source: none signs so; the review's probes)
    if (at_most_words(inner, 1) || !looks_like_name(inner) || is_province_name(inner) ||
        has_name_noun(inner))
      return {};
    return inner;
  }
  return {};
}

}  // namespace tuyentap
