// Lines printed by a page's widgets: see page_widgets.h.
#include "article/page_widgets.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>

#include "article/link_pointer.h"
#include "article/poll_widget.h"
#include "article/rating_widget.h"
#include "article/share_buttons.h"
#include "article/text_lines.h"
#include "base/ascii.h"
#include "text/counter_words.h"
#include "text/date_line.h"
#include "text/fold_start.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxWidgetBytes = 120;  // every widget line is short
constexpr std::size_t kMaxCountBytes = 15;    // "28.702.972"

// Digits with "." or "," between groups of three: "738", "23.031", "129,323". A group of
// another length is no thousands: "23.08.2023" is a date alone on its line.
bool is_count(std::string_view s) {
  constexpr std::size_t kThousands = 3;
  if (s.empty() || s.size() > kMaxCountBytes || !is_ascii_digit(s.front()) ||
      !is_ascii_digit(s.back()))
    return false;
  std::size_t group = 0;
  bool after_separator = false;
  for (char c : s) {
    if (is_ascii_digit(c)) {
      ++group;
      continue;
    }
    if ((c != '.' && c != ',') || group == 0 || (after_separator && group != kThousands))
      return false;
    after_separator = true;
    group = 0;
  }
  return !after_separator || group == kThousands;
}

// How many words the line has when each of them is one `is_one` holds for; 0 when another
// word stands among them.
template <typename Is>
std::size_t count_if_only(std::string_view line, Is is_one) {
  std::size_t n = 0;
  bool other = false;
  each_word(line, [&](std::string_view w) {
    if (is_one(w))
      ++n;
    else
      other = true;
  });
  return other ? 0 : n;
}

bool is_font_size_button(std::string_view w) {
  auto letter = [](char c) { return c == 'A' || c == 'a'; };
  auto sign = [](char c) { return c == '+' || c == '-'; };
  return (w.size() == 1 && letter(w[0])) ||
         (w.size() == 2 && ((letter(w[0]) && sign(w[1])) || (sign(w[0]) && letter(w[1]))));
}

// "A- A A+", "-A A +A", "A A", "a A": the font-size buttons, before any "|"; or the same buttons
// after a short label that ends with a colon ("Xem với cỡ chữ : A- A A+", "Cỡ chữ: A A A"): the
// label is the widget's, whatever it says.
bool is_font_size_buttons(std::string_view line) {
  constexpr std::size_t kMaxLabelWords = 6;
  std::string_view buttons = line.substr(0, line.find('|'));
  if (std::size_t colon = buttons.rfind(':'); colon != std::string_view::npos) {
    if (!at_most_words(buttons.substr(0, colon), kMaxLabelWords)) return false;
    buttons.remove_prefix(colon + 1);
  }
  return count_if_only(buttons, is_font_size_button) >= 2;
}

// "07/02/2020", "10:30", "7-2-2020": a digit, a date's or a time's separator, a digit.
bool holds_date(std::string_view s) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 0; i + 2 < s.size(); ++i)
    if (digit(s[i]) && (s[i + 1] == '/' || s[i + 1] == ':' || s[i + 1] == '-') && digit(s[i + 2]))
      return true;
  return false;
}

// "luot truy cap thang 12", "truy cap trong 24 gio": a counter's label, folded, in the words of
// counters (text/counter_words.h) and of a span of time, and numbers.
bool only_counter_words(std::string_view label) {
  static constexpr std::string_view kSpanWords[] = {"trong", "thang", "ngay", "tuan", "nam",
                                                    "gio",   "hom",   "nay",  "qua",  "tong",
                                                    "so",    "dang",  "hien", "tai",  "da"};
  bool counter = true;
  each_word(label, [&](std::string_view w) {
    counter = counter &&
              (w.find_first_not_of("0123456789") == std::string_view::npos || is_counter_word(w) ||
               std::find(std::begin(kSpanWords), std::end(kSpanWords), w) != std::end(kSpanWords));
  });
  return counter;
}

// The label names visits: "truy cập", "lượt xem" anywhere in it (folded).
bool names_visits(const std::string& folded_label) {
  if (folded_label.find("truy cap") != std::string::npos ||
      folded_label.find("luot xem") != std::string::npos)
    return true;
  // "Số người đã xem: 1097" (the people who have seen it, real-eval85/hueic-1), "Số lần xem: 12":
  // the verb last; "Số người đã xem triển lãm: 12.500" counts the visitors of what the text tells
  std::string_view label = folded_label;
  while (label.ends_with(' ')) label.remove_suffix(1);
  return label.ends_with("nguoi da xem") || label.ends_with("lan xem");
}

// A visitor counter: a label about visits ("truy cập", "lượt xem", "người đã xem"), then a count.
//  - With its colon: "Lượt truy cập trong ngày:145", "Tổng số lượt đã truy cập: 129,323",
//    "Đang truy cập: -73" (a sentence about access ends in words, not in a count);
//  - without: "Truy câp hiện tại 23.031", the count as the last word.
bool is_visitor_counter(std::string_view line) {
  constexpr std::size_t kMaxColonCounterWords = 10;
  constexpr std::size_t kMaxBareCounterWords = 8;
  // The words are counted first: at_most_words stops after eleven, rfind reads a whole
  // paragraph.
  std::size_t colon = std::string_view::npos;
  if (at_most_words(line, kMaxColonCounterWords) &&
      (colon = line.rfind(':')) != std::string_view::npos) {
    std::string_view count = line.substr(colon + 1);
    while (count.starts_with(' ')) count.remove_prefix(1);
    if (!count.empty() && count.find_first_not_of("0123456789.,- ") == std::string_view::npos &&
        count.find_first_of("0123456789") != std::string_view::npos &&
        names_visits(fold_for_match(line.substr(0, colon))) && !holds_date(line.substr(0, colon)))
      return true;
  }
  if (line.size() > kMaxWidgetBytes) return false;
  std::size_t sp = line.rfind(' ');
  if (sp == std::string_view::npos || !is_count(line.substr(sp + 1)) ||
      !at_most_words(line, kMaxBareCounterWords))
    return false;
  // a counter's label holds no date: "Ngày đăng: 07/02/2020 Lượt xem 1250" is a date line
  // with its counter (header_lines.h labelled_particulars); "Lượt truy cập tháng 12 3.456",
  // "Truy cập trong 24 giờ 1.204" are counters
  if (holds_date(line.substr(0, sp))) return false;
  std::string label = fold_for_match(line.substr(0, sp));
  if (label.find("truy cap") == std::string::npos && label.find("luot xem") == std::string::npos)
    return false;
  // a label with a number names the counter's span in a counter's words alone; any other word
  // makes it a sentence about visits ("Số lượt truy cập năm 2024 đạt 1.234.567")
  return label.find_first_of("0123456789") == std::string::npos || only_counter_words(label);
}

// "www.baodongnai.com.vn", "baodongnai.com.vn": a site's address, as a re-poster names its
// source (folded: lower case).
bool is_domain(std::string_view w) {
  if (w.starts_with("www.") && w.size() > 4) return true;
  for (std::string_view tld : {".vn", ".com", ".net", ".org"})
    if (w.size() > tld.size() + 1 && w.ends_with(tld)) return true;
  return false;
}

// "2 tháng 2 tuần trước", "5 phút trước": (count, unit) pairs, then "trước". A news
// re-poster's link may follow, glued or after a bar ("4 giờ trướcBài gốc", "3 giờ trước |
// Nguồn"), or its source's address ("1 tháng trước www.baodongnai.com.vn"): a few words, no
// more (a sentence does not go on from "trước" without a space).
bool is_relative_date(std::string_view line) {
  static constexpr std::array<std::string_view, 7> kUnits = {"giay", "phut",  "gio", "ngay",
                                                             "tuan", "thang", "nam"};
  constexpr std::size_t kMaxLinkWords = 3;
  constexpr std::size_t kMaxBarLinkWords = 2;  // "5 năm trước - nay đã khác" is a sentence
  if (!key_may_start_with(line, "0123456789")) return false;  // it opens on a count
  std::string folded = fold_for_match(line);
  std::size_t pairs = 0, at = 0;  // at: 0 wants a count, 1 a unit, 2 saw "truoc", 3 a link
  std::size_t link_words = 0;
  bool ok = true, bar = false;
  each_word(folded, [&](std::string_view w) {
    if (!ok) return;
    if (at == 3 && ++link_words <= (bar ? kMaxBarLinkWords : kMaxLinkWords)) return;
    if (at == 2 && (w == "|" || w == "-" || w == "·")) {
      at = 3;
      bar = true;
    } else if (at == 2 && is_domain(w)) {
      at = 3;  // "1 tháng trước www.baodongnai.com.vn": the source's address after the age
      link_words = 1;
    } else if (at == 0 && is_count(w)) {
      at = 1;
    } else if (at == 0 && pairs > 0 && w == "truoc") {
      at = 2;
    } else if (at == 0 && pairs > 0 && w.starts_with("truoc") && w.size() > 5 && w[5] >= 'a' &&
               w[5] <= 'z') {
      at = 3;  // "trướcBài": the link glued on
      link_words = 1;
    } else if (at == 1 && std::find(kUnits.begin(), kUnits.end(), w) != kUnits.end()) {
      at = 0;
      ++pairs;
    } else {
      ok = false;
    }
  });
  return ok && (at == 2 || (at == 3 && link_words >= 1));
}

// A counter's label: the words of views, reads, visits, ratings or votes, perhaps after "số",
// "tổng", "lượt" ("lượt xem", "tổng lượt truy cập", "lượt đánh giá"), or "điểm" after another
// counter's label ("lượt đánh giá: , điểm trung bình:"); the whole label, as "Kết quả tự đánh
// giá:" or "Điểm trung bình:" alone open a writer's list.
bool is_counter_label(std::string_view folded, bool after_counter) {
  if (after_counter && folded.starts_with("diem ")) folded.remove_prefix(5);
  // a comments' counter alone ("Bình luận:") is the comment box's title (text/counter_words.h)
  auto label = [](std::string_view words) {
    return std::any_of(kCounterLabels.begin(), kCounterLabels.end(),
                       [&](const CounterLabel& l) { return !l.comments && l.words == words; });
  };
  for (bool led = true; led;) {
    led = false;
    for (std::string_view lead : {"so ", "tong ", "luot "})
      if (folded.starts_with(lead) && folded.size() > lead.size()) {
        if (label(folded)) return true;
        folded.remove_prefix(lead.size());
        led = true;
      }
  }
  return label(folded);
}

// The comment box's title ("Bình luận"), as the page runs it on after a counter's empty colon.
bool is_comments_label(std::string_view folded) {
  return std::any_of(kCounterLabels.begin(), kCounterLabels.end(),
                     [&](const CounterLabel& l) { return l.comments && l.words == folded; });
}

// "Lượt xem:", "Đánh giá:", "lượt đánh giá: , trung bình:": a counter's or a rating box's
// labels whose values the page's script fills in, saved empty: every label a counter's, and
// nothing but punctuation after any colon, or the comment box's title the page runs on after
// the last one ("lượt đánh giá: , trung bình: Bình luận", real-eval64/hatinhcity-1).
bool is_empty_counter(std::string_view line) {
  constexpr std::size_t kMaxWords = 8;
  if (line.find(':') == std::string_view::npos || !at_most_words(line, kMaxWords)) return false;
  std::string folded = fold_for_match(line);
  std::string_view rest = folded;
  while (!rest.empty()) {
    std::size_t colon = rest.find(':');
    std::string_view label = rest.substr(0, colon);
    std::size_t from = label.find_first_not_of(" ,;|-");
    if (from == std::string_view::npos) return colon == std::string_view::npos;
    label = label.substr(from, label.find_last_not_of(' ') + 1 - from);
    const bool after_counter = rest.data() != folded.data();
    if (colon == std::string_view::npos) return after_counter && is_comments_label(label);
    if (!is_counter_label(label, after_counter)) return false;
    rest.remove_prefix(colon + 1);
  }
  return true;
}

// "Ý kiến ()", "Bình luận ( )", "Lượt thích []": a widget's label (a few words of letters)
// and the brackets where its script writes the count, saved empty. No writer closes a line on
// empty brackets; a count written in them ("Bình luận (3)") is a chrome marker's business.
bool is_unfilled_count(std::string_view line) {
  constexpr std::size_t kMaxLabelWords = 5;
  line = trim_spaces(line);
  if (line.size() < 3 || (line.back() != ')' && line.back() != ']')) return false;
  const char open = line.back() == ')' ? '(' : '[';
  line = trim_spaces(line.substr(0, line.size() - 1));
  if (line.empty() || line.back() != open) return false;
  std::string_view label = trim_spaces(line.substr(0, line.size() - 1));
  if (label.empty() || !at_most_words(label, kMaxLabelWords) || !starts_with_upper(label))
    return false;
  // the label's words are letters alone: no digit, no stop, no other bracket
  return std::all_of(label.begin(), label.end(), [](char c) {
    return c == ' ' || static_cast<unsigned char>(c) >= 0x80 || is_ascii_letter(c);
  });
}

// "0 Bình luận", "3 nhận xét:", "12 Comments": a comment box's heading, its count first, as
// WordPress and Blogger themes print it (real-eval58/hoangluu-hoanghoa-1,
// real-eval49/hienmauphucuong-1): a count of at most 6 digits, a space, a comment box's label,
// at most a colon or a stop after it. The label alone ("Nhận xét:") may head a teacher's
// report; with its count before it, no writer's line reads so.
bool is_comment_count(std::string_view line) {
  constexpr std::size_t kMaxDigits = 6;
  line = trim_spaces(line);
  std::size_t digits = 0;
  while (digits < line.size() && is_ascii_digit(line[digits])) ++digits;
  if (digits == 0 || digits > kMaxDigits || digits + 1 >= line.size() || line[digits] != ' ')
    return false;
  std::string_view label = line.substr(digits + 1);
  while (!label.empty() && (label.back() == ':' || label.back() == '.' || label.back() == ' '))
    label.remove_suffix(1);
  const std::string key = fold_for_match(label);
  for (std::string_view l :
       {"binh luan", "nhan xet", "phan hoi", "y kien", "comment", "comments", "responses"})
    if (key == l) return true;
  return false;
}

// What a page's video player prints in place of a video it cannot show: "Không có video -
// Upload lại link", "Trình duyệt của bạn không hỗ trợ video", "Your browser does not support
// the video tag." (the player's own words, never the article's).
bool is_player_fallback(std::string_view line) {
  constexpr std::size_t kMaxWords = 14;
  // every fallback names what it cannot play: look for that before folding the line
  bool names_media = false;
  for (std::string_view media : {"video", "Video", "VIDEO", "audio", "Audio"})
    names_media = names_media || line.find(media) != std::string_view::npos;
  if (!names_media || !at_most_words(line, kMaxWords)) return false;
  std::string folded = fold_for_match(line);
  if (folded.starts_with("your browser does not support")) return true;
  // The Vietnamese players' words end the line, or a dash and the player's own words follow
  // ("Không có video - Upload lại link"): "Không có video nào ghi lại …" is a writer's.
  for (std::string_view opening :
       {"khong co video", "khong tai duoc video", "video khong ton tai"}) {
    if (!folded.starts_with(opening)) continue;
    std::string_view rest = std::string_view(folded).substr(opening.size());
    if (rest.find_first_not_of(" .!") == std::string_view::npos) return true;
    while (rest.starts_with(' ')) rest.remove_prefix(1);
    bool dash = rest.starts_with("-") || rest.starts_with("–") || rest.starts_with("—");
    if (dash && (rest.find("link") != std::string_view::npos ||
                 rest.find("upload") != std::string_view::npos ||
                 rest.find("tai lai") != std::string_view::npos))
      return true;
  }
  return folded.find("trinh duyet") != std::string::npos &&
         folded.find("khong ho tro") != std::string::npos &&
         (folded.find("video") != std::string::npos || folded.find("audio") != std::string::npos);
}

// A widget's label standing alone, its buttons or link lost in the copy: the font-size
// widget's "Xem với cỡ chữ", "Cỡ chữ" (with its "Mặc định", default size, button) and a screen
// reader's skip link ("Truy cập nội dung luôn", "Bỏ qua nội dung", "Skip to content"). The whole
// line is the label, with at most a final colon: words no article writes as a paragraph of their
// own.
// "tim kiem", "tim kiem tin tuc", "nhap tu khoa": a search box's label (folded), the box and
// its button lost. "Tìm kiếm" names what it searches and nothing else: "Tìm kiếm tài năng trẻ"
// is a title.
bool is_search_label(std::string_view label) {
  static constexpr std::string_view kObjects[] = {"",          " tin tuc",  " tin",
                                                  " bai viet", " van ban",  " thong tin",
                                                  " noi dung", " nang cao", " tren trang"};
  for (std::string_view opening : {"tim kiem", "nhap tu khoa"}) {
    if (!label.starts_with(opening)) continue;
    std::string_view rest = label.substr(opening.size());
    if (opening == "nhap tu khoa" && (rest == " tim kiem" || rest == " can tim")) return true;
    return std::find(std::begin(kObjects), std::end(kObjects), rest) != std::end(kObjects);
  }
  return label == "tu khoa tim kiem";
}

bool is_widget_label(std::string_view line) {
  static constexpr std::string_view kLabels[] = {"xem voi co chu",      "co chu",
                                                 "chon co chu",         "mac dinh co chu",
                                                 "co chu mac dinh",     "truy cap noi dung luon",
                                                 "bo qua noi dung",     "chuyen den noi dung chinh",
                                                 "chuyen den noi dung", "skip to content",
                                                 "skip to main content"};
  constexpr std::size_t kMaxWords = 6;
  // the first letters of kLabels' and is_search_label's keys: keep it in step with them
  if (!key_may_start_with(line, "bcmnstx") || !at_most_words(line, kMaxWords)) return false;
  std::string folded = fold_for_match(line);
  std::string_view label = folded;
  while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.remove_suffix(1);
  if (std::find(std::begin(kLabels), std::end(kLabels), label) != std::end(kLabels)) return true;
  return is_search_label(label);
}

// "Hôm nay:16/09/2024", "Hôm nay là Thứ Hai, 16/09/2024": the page's clock, the day the page
// was served, which a site prints in its masthead; a whole date line after the label.
bool is_today_clock(std::string_view line) {
  constexpr std::string_view kToday = "Hôm nay", kTodayCaps = "HÔM NAY";
  if (!line.starts_with(kToday) && !line.starts_with(kTodayCaps)) return false;
  std::string_view rest = line.substr(kToday.size());
  while (rest.starts_with(' ')) rest.remove_prefix(1);
  if (rest.starts_with("là ") || rest.starts_with("LÀ ")) rest.remove_prefix(4);
  if (rest.starts_with(':')) rest.remove_prefix(1);
  while (rest.starts_with(' ')) rest.remove_prefix(1);
  return !rest.empty() && parse_date_line(rest).has_value();
}

// A count as a counter prints it: not a phone number's group ("0912"), not a year ("2021").
bool is_counter_count(std::string_view w) {
  constexpr std::size_t kYearDigits = 4;
  bool leading_zero = w.size() > 1 && w.front() == '0';
  bool bare_year = w.size() == kYearDigits && w.find_first_not_of("0123456789") == w.npos;
  return is_count(w) && !leading_zero && !bare_year;
}

}  // namespace

// "7 1", "221 0": a few counts side by side, as a photo viewer or a post's footer prints its
// views, comments and likes (two to four of them, one space apart).
bool is_counts_row(std::string_view line) {
  constexpr std::size_t kMaxCounts = 4;
  if (line.size() > kMaxWidgetBytes) return false;
  std::size_t n = count_if_only(line, is_counter_count);
  return n >= 2 && n <= kMaxCounts;
}

bool is_closing_counts_row(const std::vector<std::string>& lines, std::size_t i) {
  if (!is_counts_row(lines[i])) return false;
  for (std::size_t j = i; j-- > 0;) {
    if (lines[j].empty()) continue;
    if (lines[j].ends_with(':')) return false;
    break;
  }
  for (std::size_t j = i + 1; j < lines.size(); ++j)
    if (ends_with_sentence_punct(lines[j])) return false;
  return true;
}

// "Thống kê truy cập Tổng truy câp 9.861.433 Truy câp hiện tại 1.804": a counter box's lines
// run together on one line, as a copy that lost the box's line breaks prints them. Cut after
// each count, every piece is a visitor counter (a label about visits, then its count).
bool is_glued_visitor_counters(std::string_view line) {
  constexpr std::size_t kMaxGlued = 4;
  // the last piece closes on its count: nearly every line is passed over on its last byte
  if (line.empty() || !is_ascii_digit(line.back()) || line.size() > kMaxGlued * kMaxWidgetBytes)
    return false;
  std::size_t pieces = 0;
  std::size_t from = 0;
  for (std::size_t at = line.find(' '); at != std::string_view::npos && pieces < kMaxGlued;
       at = line.find(' ', at + 1)) {
    std::size_t word = line.rfind(' ', at - 1);
    word = word == std::string_view::npos ? 0 : word + 1;
    if (word < from || !is_count(line.substr(word, at - word))) continue;
    if (!is_visitor_counter(line.substr(from, at - from))) return false;
    ++pieces;
    from = at + 1;
  }
  return pieces >= 1 && from < line.size() && is_visitor_counter(line.substr(from));
}

namespace {

// "Lượt truy cập", "Thống kê truy cập", "Số lượt xem": a counter's label alone, as its box's
// title.
bool is_counter_box_title(std::string_view line) {
  constexpr std::size_t kMaxWords = 5;
  if (line.empty() || line.size() > kMaxWidgetBytes || !at_most_words(line, kMaxWords))
    return false;
  std::string folded = fold_for_match(line);
  std::string_view label = folded;
  while (!label.empty() && (label.front() == ' ')) label.remove_prefix(1);
  while (!label.empty() && (label.back() == ':' || label.back() == ' ')) label.remove_suffix(1);
  if (label.starts_with("thong ke ")) label.remove_prefix(9);  // the box's "statistics of"
  return is_counter_label(label, false);
}

// "Thống kê: 4.331.431", "Online: 0", "Hôm nay: 1.204": a short label, a colon, a count.
bool is_labelled_count(std::string_view line) {
  constexpr std::size_t kMaxLabelWords = 4;
  std::size_t colon = line.find(':');
  if (colon == std::string_view::npos || line.size() > kMaxWidgetBytes ||
      !at_most_words(line.substr(0, colon), kMaxLabelWords) ||
      !has_letter_or_digit(line.substr(0, colon)))
    return false;
  std::string_view count = line.substr(colon + 1);
  while (count.starts_with(' ')) count.remove_prefix(1);
  while (count.ends_with(' ')) count.remove_suffix(1);
  return is_count(count);
}

// "Hôm nay:", "Tổng số:", "Online:": a label of a counter's or a span of time's words and its
// colon, nothing after it. `counter`: the label is a counter's own ("Online", "Lượt truy cập").
bool is_empty_box_label(std::string_view line, bool& counter) {
  constexpr std::size_t kMaxWords = 5;
  std::size_t last = line.find_last_not_of(' ');
  // nearly every line is passed over on its last byte, before it is folded
  if (last == std::string_view::npos || line[last] != ':' || line.size() > kMaxWidgetBytes ||
      !at_most_words(line, kMaxWords))
    return false;
  std::string folded = fold_for_match(line);
  std::string_view label = folded;
  while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
  if (label.empty() || label.back() != ':') return false;
  label.remove_suffix(1);
  while (!label.empty() && label.back() == ' ') label.remove_suffix(1);
  if (label.empty() || label.find(':') != std::string_view::npos || !only_counter_words(label))
    return false;
  counter = is_counter_label(label, false);
  return true;
}

// The line after a run of empty box labels from `at` (counter_box_end's second shape), or `at`.
std::size_t empty_counter_box_end(const std::vector<std::string>& lines, std::size_t at) {
  constexpr std::size_t kWithCounter = 2;  // "Online:", "Hôm nay:"
  constexpr std::size_t kWithout = 3;      // "Hôm nay:", "Hôm qua:", "Tổng số:"
  std::size_t labels = 0, end = at;
  bool any_counter = false;
  for (std::size_t j = at; j < lines.size(); ++j) {
    if (lines[j].empty()) continue;
    bool counter = false;
    if (!is_empty_box_label(lines[j], counter)) break;
    any_counter = any_counter || counter;
    ++labels;
    end = j + 1;
  }
  return labels >= kWithout || (any_counter && labels >= kWithCounter) ? end : at;
}

// "Hôm nay: 225": a labelled count whose label is a span of time's or a counter's words alone.
bool is_span_count(std::string_view line) {
  if (!is_labelled_count(line)) return false;
  std::string label = fold_for_match(line.substr(0, line.find(':')));
  return only_counter_words(label);
}

// The line after a run of counts from a visitor counter at `at` ("Đang truy cập: 66" / "Hôm
// nay: 225" / "Tổng lượt truy cập: 1,202,831", tinhdoanquangtri-1: a box with no title, each
// count labelled), each a visitor counter or a span's count; `at` when the run is one line.
std::size_t titleless_counter_box_end(const std::vector<std::string>& lines, std::size_t at) {
  // with their colons: "Truy câp tổng 28.702.972" over "Truy câp hiện tại 23.031" is a box
  // with its title above, read in the header (header_chrome.h)
  auto labelled_counter = [](const std::string& l) {
    return is_labelled_count(l) && is_visitor_counter(l);
  };
  if (!labelled_counter(lines[at])) return at;
  std::size_t end = at + 1, counts = 1;
  for (std::size_t j = at + 1; j < lines.size(); ++j) {
    if (lines[j].empty()) continue;
    if (!labelled_counter(lines[j]) && !is_span_count(lines[j])) break;
    ++counts;
    end = j + 1;
  }
  return counts >= 2 ? end : at;
}

}  // namespace

std::size_t counter_box_end(const std::vector<std::string>& lines, std::size_t at) {
  if (at >= lines.size()) return at;
  if (std::size_t end = titleless_counter_box_end(lines, at); end > at) return end;
  if (!is_counter_box_title(lines[at])) return empty_counter_box_end(lines, at);
  std::size_t end = at;
  for (std::size_t j = at + 1; j < lines.size(); ++j) {
    if (lines[j].empty()) continue;
    if (!is_labelled_count(lines[j])) break;
    end = j + 1;
  }
  // "Online:" over "Hôm nay:": a counter's label with its colon heads an empty box too
  return end > at ? end : empty_counter_box_end(lines, at);
}

namespace {

// "PLG_CONTENT_SHOWTAGS_TITLE", "COM_CONTENT_READ_MORE:": a program's language key, which a
// CMS prints where its translation is missing (a plugin's label, a button's): parts of ASCII
// capitals and digits joined by "_", two or more, each with a capital letter, a ":" or ","
// perhaps after it. No person writes one; a file's name has a part of digits alone
// ("IMG_2041", "DSC_0001": the photo rules take it) or lower case.
bool is_program_key(std::string_view word) {
  auto capital = [](char c) { return c >= 'A' && c <= 'Z'; };
  while (!word.empty() && (word.back() == ':' || word.back() == ',')) word.remove_suffix(1);
  std::size_t parts = 0;
  for (std::size_t start = 0; start <= word.size();) {
    std::size_t end = std::min(word.find('_', start), word.size());
    std::string_view part = word.substr(start, end - start);
    if (part.empty() || std::none_of(part.begin(), part.end(), capital) ||
        !std::all_of(part.begin(), part.end(),
                     [&](char c) { return capital(c) || is_ascii_digit(c); }))
      return false;
    ++parts;
    start = end + 1;
  }
  return parts >= 2;
}

}  // namespace

bool opens_with_program_key(std::string_view line) {
  return is_program_key(line.substr(0, line.find(' ')));
}

namespace {

bool is_post_navigation(std::string_view line) {
  constexpr std::size_t kMaxTitleWords = 15;
  std::string_view title;
  for (std::string_view word : {"Previous ", "Next "})
    if (line.starts_with(word)) title = line.substr(word.size());
  while (title.starts_with(' ')) title.remove_prefix(1);
  return !title.empty() && starts_with_upper(title) && at_most_words(title, kMaxTitleWords) &&
         !ends_with_sentence_punct(title);
}

}  // namespace

bool is_page_widget_line(std::string_view line) {
  // A counter with its colon is bounded by its words (ten) alone, not by the widgets' bytes.
  if (is_visitor_counter(line) || is_glued_visitor_counters(line)) return true;
  if (opens_with_program_key(line)) return true;  // its value after it, however long
  if (line.empty() || line.size() > kMaxWidgetBytes) return false;
  return is_count(line) || is_font_size_buttons(line) || is_relative_date(line) ||
         is_empty_counter(line) || is_unfilled_count(line) || is_comment_count(line) ||
         is_player_fallback(line) || is_widget_label(line) || is_poll_line(line) ||
         is_today_clock(line) || is_rating_widget_line(line) || is_share_buttons_line(line) ||
         is_link_pointer(line) || is_post_navigation(line);
}

}  // namespace tuyentap
