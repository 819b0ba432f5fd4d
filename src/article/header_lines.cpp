// Lines of a page's header that are neither its title nor its topic: see header_lines.h.
#include "article/header_lines.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>
#include <vector>

#include "article/byline.h"
#include "article/header_topic.h"
#include "article/list_boxes.h"
#include "article/published_time.h"
#include "article/schema_lines.h"
#include "article/source_names.h"
#include "article/text_header.h"
#include "article/text_lines.h"
#include "base/ascii.h"
#include "text/date_line.h"
#include "text/fold_start.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tuyentap {

namespace {

// "288 0", "| 1.204": a page's view and comment counters printed beside its date.
// (Asked of every line: the test that stops at a paragraph's first letter comes first.)
bool is_bare_counters(std::string_view s) {
  return s.find_first_not_of("0123456789 .,:|()") == std::string_view::npos &&
         s.find_first_of("0123456789") != std::string_view::npos;
}

// What a counter is called, folded.
constexpr std::string_view kCounterWords[] = {
    "luot xem", "luot doc", "luot truy cap", "luot thich", "binh luan",
    "views",    "view",     "view count",    "comments",   "comment"};

// A counter after its own words, or before them ("Lượt xem 422", "1.204 lượt xem", "35 bình
// luận").
bool is_named_counter(std::string_view s) {
  constexpr std::size_t kMaxCounterBytes = 60;
  if (s.size() > kMaxCounterBytes) return false;
  std::string folded = fold_for_match(s);
  std::string_view rest = folded;
  while (!rest.empty() && (rest.front() == '|' || rest.front() == ' ')) rest.remove_prefix(1);
  for (std::string_view word : kCounterWords) {
    std::string_view number;
    if (rest.starts_with(word) && rest.size() > word.size() && rest[word.size()] == ' ')
      number = rest.substr(word.size() + 1);
    else if (rest.ends_with(word) && rest.size() > word.size() &&
             rest[rest.size() - word.size() - 1] == ' ')
      number = rest.substr(0, rest.size() - word.size() - 1);
    if (!number.empty() && is_bare_counters(number)) return true;
  }
  return false;
}

}  // namespace

namespace {

// "Lượt xem:" with no number after it: the counter's label, its count left unprinted (a
// school portal's script fills it in the browser; the saved text keeps the label alone).
bool is_counter_label(std::string_view s) {
  s = trim_spaces(s);
  if (!s.ends_with(':') || s.size() > 40) return false;
  std::string folded = fold_for_match(s.substr(0, s.size() - 1));
  while (folded.ends_with(' ')) folded.pop_back();
  for (std::string_view word : kCounterWords)
    if (folded == word) return true;
  return false;
}

}  // namespace

std::string title_over_counter(const std::vector<std::string>& lines) {
  constexpr std::size_t kMaxStoppedTitleWords = 33;
  constexpr std::size_t kMaxPageLines = 3;
  constexpr std::size_t kLook = kMaxPageLines + 2;
  std::size_t at[kLook];
  std::size_t found = 0;
  for (std::size_t i = 0; i < lines.size() && found < kLook; ++i)
    if (!lines[i].empty()) at[found++] = i;
  if (found < 3) return {};
  const std::string& first = lines[at[0]];
  if (!first.ends_with('.') || first.ends_with("..") ||
      !at_most_words(first, kMaxStoppedTitleWords))
    return {};
  // the counter, then perhaps the page's other lines under it ("Lượt xem:", "Đọc bài viết": a
  // school portal's empty counter and its read-aloud button, real-eval87/thcs-eakly-1)
  std::size_t k = 1;
  bool counted = false;
  for (; k < found && k <= kMaxPageLines; ++k) {
    const std::string& l = lines[at[k]];
    if (is_counters(l) || is_counter_label(l))
      counted = true;
    else if (!counted || (!is_article_tool(l) && !is_page_actions_bar(l)))
      break;
  }
  if (!counted || k >= found || !is_body_text(lines[at[k]]) || !starts_with_upper(lines[at[k]]))
    return {};
  return first;
}

bool is_counters(std::string_view s) {
  constexpr std::size_t kMaxLabelWords = 3;
  if (is_bare_counters(s) || is_named_counter(s)) return true;
  std::size_t colon = s.rfind(':');
  // the number may carry its own words again ("Lượt xem: 13460 lượt xem")
  if (colon == std::string_view::npos ||
      (!is_bare_counters(s.substr(colon + 1)) && !is_named_counter(s.substr(colon + 1))))
    return false;
  std::string_view label = s.substr(0, colon);
  while (label.starts_with('|') || label.starts_with(' ')) label.remove_prefix(1);
  // a list bullet before the label ("• Lượt xem: 120"): the page lists its particulars
  if (label.starts_with("• ")) label.remove_prefix(std::string_view("• ").size());
  return !label.empty() && at_most_words(label, kMaxLabelWords) &&
         label.find_first_of("0123456789") == std::string_view::npos;
}

bool is_named_counters(std::string_view s) {
  if (is_named_counter(s)) return true;
  const std::size_t colon = s.rfind(':');
  if (colon == std::string_view::npos || !is_counters(s)) return false;
  std::string label = fold_for_match(s.substr(0, colon));
  while (!label.empty() && (label.front() == '|' || label.front() == ' ')) label.erase(0, 1);
  while (label.ends_with(' ')) label.pop_back();
  return std::find(std::begin(kCounterWords), std::end(kCounterWords), label) !=
         std::end(kCounterWords);
}

Particulars particulars(std::string_view rest) {
  static constexpr std::string_view kWriterLabels[] = {"tac gia", "nguoi viet", "but danh",
                                                       "nguon"};
  static constexpr std::string_view kOtherLabels[] = {
      "nguoi dang", "dang boi", "nguoi cap nhat", "bien tap", "bien tap vien", "cap nhat"};
  constexpr std::string_view kBar = " | ";
  Particulars out;
  for (std::size_t start = 0;;) {
    std::size_t bar = rest.find(kBar, start);
    std::string_view part = rest.substr(start, bar == std::string_view::npos ? bar : bar - start);
    std::size_t colon = part.find(':');
    if (!is_counters(part)) {
      if (colon == std::string_view::npos || colon + 1 >= part.size()) return {};
      std::string label = fold_for_match(part.substr(0, colon));
      bool writer = std::find(std::begin(kWriterLabels), std::end(kWriterLabels), label) !=
                    std::end(kWriterLabels);
      bool other = std::find(std::begin(kOtherLabels), std::end(kOtherLabels), label) !=
                   std::end(kOtherLabels);
      if (!writer && !other) return {};
      if (writer && out.byline.empty()) out.byline = std::string(part);
    }
    if (bar == std::string_view::npos) break;
    start = bar + kBar.size();
  }
  out.all = true;
  return out;
}

std::optional<LabelledDate> labelled_particulars(std::string_view line) {
  static constexpr std::string_view kDateLabels[] = {"ngay dang", "dang ngay",     "ngay",
                                                     "cap nhat",  "ngay cap nhat", "thoi gian"};
  constexpr std::size_t kMaxParts = 5;
  std::string_view rest = line;
  while (rest.ends_with('.') || rest.ends_with(' ')) rest.remove_suffix(1);
  // the parts, cut at a stop or a bar that a space stands beside (a date's dots have none)
  // or before a counter's label after a space alone ("Ngày đăng: 07/02/2020 Lượt xem 1250")
  auto counter_at = [&](std::size_t i) {
    if (rest[i] != ' ') return false;
    std::string_view next = rest.substr(i + 1);
    return next.starts_with("Lượt ") || next.starts_with("lượt ") || next.starts_with("LƯỢT ");
  };
  std::vector<std::string_view> parts;
  for (std::size_t start = 0, i = 0; i <= rest.size(); ++i) {
    bool end = i == rest.size();
    bool cut =
        !end && (((rest[i] == '.' || rest[i] == '|') &&
                  ((i > 0 && rest[i - 1] == ' ') || (i + 1 < rest.size() && rest[i + 1] == ' '))) ||
                 counter_at(i));
    if (!end && !cut) continue;
    std::string_view part = trim_spaces(rest.substr(start, i - start));
    if (!part.empty()) parts.push_back(part);
    start = i + 1;
  }
  if (parts.size() < 2 || parts.size() > kMaxParts) return std::nullopt;
  std::optional<LabelledDate> out;
  std::string byline;
  for (std::string_view part : parts) {
    std::size_t colon = part.find(':');
    if (colon == std::string_view::npos && fold_for_match(part).starts_with("luot ") &&
        part.find_first_of("0123456789") != std::string_view::npos)
      continue;  // "Lượt xem 1250": a counter with no colon
    if (colon == std::string_view::npos || colon + 1 >= part.size()) return std::nullopt;
    std::string label = fold_for_match(part.substr(0, colon));
    std::string_view value = part.substr(colon + 1);
    bool date_label =
        std::find(std::begin(kDateLabels), std::end(kDateLabels), label) != std::end(kDateLabels);
    if (date_label && !out) {
      auto when = parse_date_line(value);
      if (!when) return std::nullopt;
      out = LabelledDate{*when, {}};
    } else if (label.starts_with("luot ")) {  // "Lượt xem: 416 lượt"
      if (value.find_first_of("0123456789") == std::string_view::npos) return std::nullopt;
    } else {
      Particulars given = particulars(part);
      if (!given.all) return std::nullopt;
      if (byline.empty()) byline = std::move(given.byline);
    }
  }
  if (out) out->byline = std::move(byline);
  return out;
}

bool is_template_label(std::string_view s) {
  constexpr std::size_t kMinLetters = 4;
  return s.size() >= kMinLetters &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool clock_over_title(std::span<const std::string_view> paras, std::size_t i, std::size_t body) {
  if (i + 3 != body || !is_title_like(paras[i + 1]) || parse_date_line(paras[i + 1])) return false;
  std::string_view own = paras[i + 2];
  if (auto lower = parse_date_line(own)) {
    // a reading day's clock is today's, never before the article's date; a lower line
    // labelled "Cập nhật" is the article's update, under its own date
    auto upper = parse_date_line(paras[i]);
    if (upper && upper->date < lower->date) return false;
    return !fold_for_match(own).starts_with("cap nhat");
  }
  if (labelled_particulars(own)) return true;
  auto split = split_date_line(own);
  // "PV - 10:56, 18/12/2020", "VĂN HÀO 30/04/2016 11:39": the article's date line with its
  // byline before the date, as pages print it under the title
  return split &&
         (split->rest_first ? is_template_label(split->rest) || looks_like_byline(split->rest)
                            : is_counters(split->rest));
}

// "TứcQuê": a lower-case letter run straight into a capital, as menu items glued together are
// (a section's name has a space between its words).
static bool has_glued_capital(std::string_view s) {
  bool lower_before = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    while (i + len < s.size() && (static_cast<unsigned char>(s[i + len]) & 0xC0) == 0x80) ++len;
    std::string_view letter = s.substr(i, len);
    bool upper = starts_with_upper(letter);
    if (upper && lower_before) return true;
    lower_before = !upper && (len > 1 || (letter[0] >= 'a' && letter[0] <= 'z'));
    i += len;
  }
  return false;
}

// "Tin tức Giới thiệu": a capitalised word after one in lower case, with no dash between,
// starts another menu item ("Tin tức - Sự kiện" is one section's name). A section named with a
// proper noun inside ("Xây dựng Đảng") is lost to this too: the rule asks the crumb's shape
// alone, and passes over a line it cannot tell from a menu.
static bool has_second_item(std::string_view section) {
  bool lower_before = false;
  bool second = false;
  each_word(section, [&](std::string_view w) {
    bool upper = starts_with_upper(w);
    second = second || (upper && lower_before);
    lower_before = !upper && w != "-" && w != "–" && w != "|";
  });
  return second;
}

std::optional<std::string> section_in_crumb_to(std::string_view line, std::string_view title) {
  if (title.empty() || line.size() <= title.size() + 1 || !line.ends_with(title) ||
      line[line.size() - title.size() - 1] != ' ')
    return std::nullopt;
  std::string_view steps = line.substr(0, line.size() - title.size() - 1);
  for (std::string_view home : kHomeLinks) {
    if (!steps.starts_with(home) || steps.size() == home.size() || steps[home.size()] != ' ')
      continue;
    std::string_view section = trim_spaces(steps.substr(home.size() + 1));
    if (section.empty() || !is_kicker_like(section) || has_glued_capital(section) ||
        has_second_item(section))
      return std::nullopt;
    return std::string(section);
  }
  return std::nullopt;
}

// "… (Home-latest-1)": a bracket closing the line, a template's slot inside it (words joined by
// a hyphen, no space).
static bool names_template_slot(std::string_view folded) {
  if (!folded.ends_with(')')) return false;
  std::size_t open = folded.rfind('(');
  if (open == std::string_view::npos) return false;
  std::string_view slot = folded.substr(open + 1, folded.size() - open - 2);
  return slot.find('-') != std::string_view::npos && slot.find(' ') == std::string_view::npos;
}

namespace {

// "Quảng cáo Topbanner", "Quản Cáo  Topbanner" (the slip as printed, real-eval85/hcdc-1): an
// advertising slot's label, the word for advertising and the slot's name in the template's
// English, one or two words with no Vietnamese letter, one naming a part of the page. A title
// on advertising goes on in Vietnamese ("Quảng cáo trực tuyến …").
bool names_ad_slot(std::string_view s, std::string_view folded) {
  constexpr std::size_t kMaxSlotWords = 2;
  std::string_view rest;
  for (std::string_view ad : {"quang cao ", "quan cao "})
    if (folded.starts_with(ad)) rest = folded.substr(ad.size());
  if (rest.empty() || !at_most_words(rest, kMaxSlotWords)) return false;
  // the slot's name as printed: the words after the first two
  std::string_view printed = s;
  for (int i = 0; i < 2; ++i) {
    while (printed.starts_with(' ')) printed.remove_prefix(1);
    printed.remove_prefix(std::min(printed.size(), printed.find(' ')));
  }
  if (std::any_of(printed.begin(), printed.end(),
                  [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
    return false;
  // a word of the slot's name opens with a part's name ("Topbanner", "LeftSidebar") or holds
  // "banner"; "Laptop" ends with one and names a product
  bool slot = false;
  each_word(rest, [&](std::string_view w) {
    for (std::string_view part : {"banner", "top", "left", "right", "bottom", "header", "footer",
                                  "sidebar", "popup", "slot"})
      slot = slot || w.starts_with(part) || w.find("banner") != std::string_view::npos;
  });
  return slot;
}

}  // namespace

bool is_page_part_name(std::string_view s) {
  static constexpr std::string_view kParts[] = {"banner", "menu",    "header",     "footer",
                                                "slider", "sidebar", "navigation", "logo"};
  // a visitors' box ("Thống kê truy cập"), a breadcrumb's own label ("You are here"), the
  // archive's calendar ("Xem theo ngày": the articles by the day they were posted) and the side
  // box of the site's categories ("DANH MỤC", real-eval78/thuyloi-namhatinh-1), standing alone
  // where a kicker would (in the body, "Danh mục" heads a list of the text's own)
  static constexpr std::string_view kBoxes[] = {
      "thong ke",   "thong ke truy cap", "you are here", "ban dang o day",
      "ban dang o", "xem theo ngay",     "danh muc"};
  // Liferay's "Asset Publisher", the portlet that shows an article, under its own name
  static constexpr std::string_view kPortlets[] = {"chi tiet bai viet", "chi tiet tin",
                                                   "noi dung chi tiet", "xuat ban thong tin",
                                                   "asset publisher"};
  // A box that lists articles by their age or their readers (list_boxes.h), and these names
  // of such boxes that a header's kicker only is read by (no [ends-article] marker).
  static const std::vector<std::string> kListBoxes = [] {
    std::vector<std::string> out = {"xem nhieu", "bai viet moi", "bai viet moi nhat",
                                    "bai moi",   "tin hot",      "tin nong"};
    for (std::string_view box : kArticleListBoxes) out.push_back(fold_for_match(box));
    return out;
  }();
  constexpr std::size_t kMaxPartWords = 12;  // a kicker's length
  if (!at_most_words(s, kMaxPartWords)) return false;
  std::string folded = fold_for_match(s);
  for (std::string_view part : kParts)
    if (folded == part) return true;
  for (std::string_view box : kBoxes)
    if (folded == box) return true;
  // "Banner Tỉnh ủy … (Home-latest-1)": a banner's or a logo's alt text, the picture named as
  // what it is on the page, with the slot the site's template gives it in brackets (a title
  // may open with the word too: "Banner tuyên truyền kỷ niệm …")
  for (std::string_view picture : {"banner ", "logo "})
    if (folded.starts_with(picture) && names_template_slot(folded)) return true;
  // "Logo Cung Cấp": a logo's alt text, "Logo" and a name of at most four words in capitals
  // ("Logo kỷ niệm 90 năm …" in lower case is a title's)
  constexpr std::size_t kMaxLogoWords = 5;
  if (folded.starts_with("logo ") && at_most_words(s, kMaxLogoWords)) {
    bool name = true;
    each_word(s.substr(5), [&](std::string_view w) { name = name && starts_with_upper(w); });
    if (name) return true;
  }
  for (const std::string& box : kListBoxes)
    if (folded == box) return true;
  if (is_article_tool(s)) return true;
  for (std::string_view portlet : kPortlets)
    if (folded.starts_with(portlet) &&
        (folded.size() == portlet.size() || folded[portlet.size()] == ' '))
      return true;
  if (names_ad_slot(s, folded)) return true;
  // "Chi tiết - Huyện Phú Lâm", "Chi tiết | Tin tức": the portlet's "Details" before the
  // site's or the section's name ("Chi tiết hóa …" is a title's verb)
  constexpr std::string_view kDetails = "chi tiet";
  if (folded.starts_with(kDetails)) {
    std::string_view rest = std::string_view(folded).substr(kDetails.size());
    while (rest.starts_with(' ')) rest.remove_prefix(1);
    return rest.empty() || rest.starts_with('-') || rest.starts_with('|') ||
           rest.starts_with(':') || rest.starts_with("–");
  }
  return false;
}

bool is_site_address(std::string_view s) {
  if (!looks_like_domain(s)) return false;
  // the domains Vietnamese sites live under: an abbreviation ("TP.HCM"), an image's name
  // ("anh-01.jpg") or a writer's handle ("nhung.truong") ends on no such label
  std::string tld(s.substr(s.rfind('.') + 1));
  for (char& c : tld) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (std::string_view known : {"vn", "com", "net", "org", "info", "edu", "gov", "biz", "asia"})
    if (tld == known) return true;
  return false;
}

bool is_portal_name(std::string_view s) {
  constexpr std::size_t kMaxWords = 10;
  // the cheap look first, as this is asked of many lines: "Cổng …" or "Trang …"
  if (s.empty() || (s[0] != 'C' && s[0] != 'c' && s[0] != 'T' && s[0] != 't') ||
      !at_most_words(s, kMaxWords) || s.find_first_of("0123456789") != std::string_view::npos ||
      ends_with_sentence_punct(s))
    return false;
  constexpr std::size_t kMediumBytes = 32;  // "Trang thông tin điện tử " and a margin
  std::size_t cut = std::min(s.size(), kMediumBytes);
  while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) ++cut;
  const std::string folded = fold_for_match(s.substr(0, cut)) + ' ';
  std::size_t medium_words = 0;
  for (std::string_view medium : {"cong thong tin dien tu ", "trang thong tin dien tu "})
    if (folded.starts_with(medium)) medium_words = 5;  // "cổng thông tin điện tử"
  if (medium_words == 0) return false;
  std::vector<std::string_view> words;
  each_word(s, [&](std::string_view w) { words.push_back(w); });
  std::size_t i = medium_words;
  // a level of the administration in lower case before the place's name
  static constexpr std::array<std::string_view, 6> kLevels = {"tỉnh",   "huyện", "xã",
                                                              "phường", "quận",  "thành phố"};
  for (std::string_view level : kLevels) {
    const std::size_t n = level == "thành phố" ? 2 : 1;
    if (i + n < words.size() && fold_exact(words[i]) == level.substr(0, level.find(' '))) {
      if (n == 2 && fold_exact(words[i + 1]) != "phố") continue;
      i += n;
      break;
    }
  }
  if (i >= words.size()) return false;
  for (; i < words.size(); ++i)
    if (!starts_with_upper(words[i])) return false;
  return true;
}

bool names_the_site(std::string_view s) {
  constexpr std::size_t kMaxSiteNameWords = 12;
  if (!at_most_words(s, kMaxSiteNameWords)) return false;
  std::string folded = fold_for_match(s);
  for (std::string_view medium :
       {"cong thong tin ", "cong ttdt ", "trang thong tin dien tu ", "trang ttdt ",
        "dai phat thanh ", "dai pt-th ", "dai pt&th ", "dai truyen hinh ", "bao dien tu "}) {
    if (folded.starts_with(medium)) return true;
  }
  if (is_site_address(s)) return true;
  // "Báo X", "Tạp chí X" with a capital: a paper's name
  for (std::string_view paper : {"bao ", "tap chi "}) {
    if (!folded.starts_with(paper)) continue;
    std::size_t words = paper == "bao " ? 1 : 2, at = 0;
    for (std::size_t w = 0; w < words && at != std::string_view::npos; ++w) {
      at = s.find(' ', at);
      if (at != std::string_view::npos) ++at;
    }
    return at != std::string_view::npos && starts_with_upper(s.substr(at));
  }
  return false;
}

std::string_view without_page_actions(std::string_view title) {
  // a blog's link to its comments beside the post's date ("26/03/2012 Leave a comment",
  // WordPress's themes) is one of them too
  static constexpr std::string_view kActions[] = {
      " In trang",        " In bài",           " Bản in",
      " Gửi email",       " Chia sẻ",          " Leave a comment",
      " Leave a Comment", " Để lại bình luận", " Để lại một bình luận"};
  for (bool cut = true; cut;) {  // several links in a row ("In trang Gửi email")
    cut = false;
    for (std::string_view action : kActions) {
      if (title.size() > action.size() && title.ends_with(action)) {
        title.remove_suffix(action.size());
        cut = true;
      }
    }
  }
  // a print view's button "In" (print) glued after a title in capitals: the one word in lower
  // case there is the button's (real-eval72/vla-1, a Joomla print view); a title in lower case
  // may end with "In" of its own, and an English word before it makes one ("MADE In", "CHECK
  // In"): only after a word of Vietnamese marks or digits ("CHUYÊN NGÀNH In", "NĂM 2012 In")
  constexpr std::size_t kMinCapitalsWords = 3;
  if (std::string_view rest = title.substr(0, title.size() >= 3 ? title.size() - 3 : 0);
      title.ends_with(" In") && is_all_caps(rest) && !at_most_words(rest, kMinCapitalsWords - 1)) {
    const std::string_view last_word = rest.substr(rest.rfind(' ') + 1);
    const bool english = std::all_of(last_word.begin(), last_word.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    });
    if (!english) title = rest;
  }
  while (title.ends_with(' ')) title.remove_suffix(1);
  return title;
}

bool is_article_tool(std::string_view s) {
  constexpr std::size_t kMaxToolWords = 4;
  return at_most_words(s, kMaxToolWords) && fold_for_match(s).ends_with(" bai viet");
}

bool is_page_actions_bar(std::string_view s) {
  static constexpr std::string_view kButtons[] = {
      "che do ban dem", "che do doc",    "xuat pdf",     "doc noi dung", "nghe doc", "in trang",
      "in bai",         "ban in",        "gui email",    "gui bai",      "chia se",  "luu bai",
      "quay lai",       "len dau trang", "ve dau trang", "len tren"};
  constexpr std::size_t kMaxWords = 16;
  if (!at_most_words(s, kMaxWords)) return false;
  std::string folded = fold_for_match(s);
  std::string_view rest = folded;
  std::size_t buttons = 0;
  for (;;) {
    while (rest.starts_with(' ') || rest.starts_with('|')) rest.remove_prefix(1);
    if (rest.empty()) return buttons >= 2;
    auto button = std::find_if(std::begin(kButtons), std::end(kButtons), [&](std::string_view b) {
      return rest.starts_with(b) &&
             (rest.size() == b.size() || rest[b.size()] == ' ' || rest[b.size()] == '|');
    });
    if (button == std::end(kButtons)) return false;
    rest.remove_prefix(button->size());
    ++buttons;
  }
}

bool is_menu_item(std::string_view s) {
  std::size_t digits = s.find_first_not_of("0123456789");
  if (digits > 0 && digits != std::string_view::npos && s.substr(digits).starts_with(". "))
    return true;
  return s.starts_with("• ") || s.starts_with("- ") || s.starts_with("* ");
}

bool is_menu_bar(std::string_view s) {
  constexpr std::string_view kBar = " | ";
  constexpr std::size_t kMaxItemWords = 3;
  if (s.find_first_of("0123456789") != std::string_view::npos) return false;
  std::size_t items = 0;
  for (std::size_t start = 0;;) {
    std::size_t bar = s.find(kBar, start);
    std::string_view item = s.substr(start, bar == std::string_view::npos ? bar : bar - start);
    if (item.empty() || !at_most_words(item, kMaxItemWords)) return false;
    ++items;
    if (bar == std::string_view::npos) return items >= 2;
    start = bar + kBar.size();
  }
}

namespace {

// "toasoan@baoabc.vn": one word with an '@' after its first letter and a dot in its domain.
bool is_email(std::string_view w) {
  std::size_t at = w.find('@');
  if (at == 0 || at == std::string_view::npos || w.find(' ') != std::string_view::npos)
    return false;
  std::size_t dot = w.find('.', at + 1);
  return dot != std::string_view::npos && dot > at + 1 && dot + 1 < w.size();
}

// "Email: toasoan@baoabc.vn", "toasoan@baoabc.vn", "• info@x.org": an address alone (a bullet
// before it perhaps), or after a label of at most three words and a colon, as one of the line's
// pieces between " | " ("Góp ý qua hộp thư gopy@… của Đảng ủy xã", an address in a sentence,
// is a title's).
bool is_email_contact(std::string_view s) {
  constexpr std::size_t kMaxLabelWords = 3;
  for (std::size_t start = 0;;) {
    std::size_t bar = s.find(" | ", start);
    // a contact box's item keeps its bullet ("  • info@konchurang.org", real-eval83/konchurang-1)
    std::string_view piece = without_bullet(
        trim_spaces(s.substr(start, bar == std::string_view::npos ? bar : bar - start)));
    std::size_t colon = piece.find(':');
    std::string_view label = colon == std::string_view::npos ? "" : piece.substr(0, colon);
    std::string_view address =
        trim_spaces(colon == std::string_view::npos ? piece : piece.substr(colon + 1));
    if (is_email(address) && at_most_words(label, kMaxLabelWords)) return true;
    if (bar == std::string_view::npos) return false;
    start = bar + 3;
  }
}

}  // namespace

bool is_phone_line(std::string_view s) {
  constexpr std::size_t kMinPhoneDigits = 7;
  if (is_email_contact(s)) return true;
  // "Huyện Đoàn Cẩm Xuyên - Hà Tĩnh | Địa chỉ:Tổ dân số 13 - thị trấn Cẩm Xuyên": the site's
  // name, then its address after a bar and the label's colon, the masthead's as a phone number is
  // (real-eval86/camxuyen-1, where a kicker would stand); a title names no address after a bar
  constexpr std::size_t kLabelBytes = 16;  // "Địa chỉ" is 12 bytes, and a margin
  for (std::size_t bar = s.find('|'); bar != std::string_view::npos; bar = s.find('|', bar + 1)) {
    if (bar == 0 || s[bar - 1] != ' ' || bar + 1 >= s.size() || s[bar + 1] != ' ') continue;
    std::string_view piece = trim_spaces(s.substr(bar + 2));
    if (!key_may_start_with(piece, "d")) continue;
    // the label with its colon: "Địa chỉ nhân đạo" names a charity column, a section
    std::string folded = fold_for_match(utf8::whole_prefix(piece, kLabelBytes));
    if (folded.starts_with("dia chi:") || folded.starts_with("dia chi :")) return true;
  }
  std::size_t colon = s.find(':');
  if (colon == std::string_view::npos || colon + 1 >= s.size()) return false;
  // the label is words ("Đường dây nóng", "Hotline"), never a time of day ("16:30 10-04-2018")
  std::string_view label = s.substr(0, colon);
  if (label.find_first_of("0123456789") != std::string_view::npos ||
      label.find_first_not_of(" |") == std::string_view::npos)
    return false;
  std::string_view number = s.substr(colon + 1);
  std::size_t digits = 0;
  for (std::size_t i = 0; i < number.size(); ++i) {
    char c = number[i];
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if ((c == '|' || c == ',' || c == ';') && digits >= kMinPhoneDigits) {
      return true;  // "Tổng đài: 0243 8356 700 | Email: …": the number, then the next contact
    } else if (c != ' ' && c != '.' && c != '-' && c != '+' && c != '(' && c != ')') {
      // the masthead's clock glued to its last number ("0912325336Thứ sáu, 08/12/2023 07:18
      // GMT+7"): the page's time of day, the line still the masthead's
      return digits >= kMinPhoneDigits && i > 0 && number[i - 1] >= '0' && number[i - 1] <= '9' &&
             parse_date_line(number.substr(i)).has_value();
    }
  }
  return digits >= kMinPhoneDigits;
}

bool closes_menu_run(std::span<const std::string_view> paras, std::size_t t) {
  constexpr std::size_t kMinItems = 4, kMaxItemWords = 4;
  std::size_t items = 0;
  for (std::size_t i = t + 1; i-- > 0 && items < kMinItems;) {
    if (!is_all_caps(paras[i]) || !at_most_words(paras[i], kMaxItemWords)) break;
    ++items;
  }
  return items >= kMinItems;
}

std::optional<DateTime> date_line_of(std::string_view p) {
  // a page's schema data: the publication's time as a machine writes it (schema_lines.h)
  if (is_machine_timestamp(p)) return parse_published_time(p);
  return parse_date_line(without_page_actions(p));
}

}  // namespace tuyentap
