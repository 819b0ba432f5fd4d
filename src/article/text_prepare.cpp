// The plain-text reader's first half: see text_prepare.h for the steps.
#include "article/text_prepare.h"

#include <algorithm>
#include <cstring>
#include <iterator>
#include <optional>

#include "article/alt_caption.h"
#include "article/calendar_badge.h"
#include "article/click_hint.h"
#include "article/column_wrap.h"
#include "article/comment_form.h"
#include "article/dated_paragraph.h"
#include "article/end_byline_shapes.h"
#include "article/glued_markers.h"
#include "article/glued_section.h"
#include "article/glued_titles.h"
#include "article/header_chrome.h"
#include "article/header_lines.h"
#include "article/header_topic.h"
#include "article/image_lines.h"
#include "article/image_markup.h"
#include "article/link_lines.h"
#include "article/margin_caption.h"
#include "article/occurs_in.h"
#include "article/office_byline.h"
#include "article/page_widgets.h"
#include "article/photo_placeholder.h"
#include "article/photo_story.h"
#include "article/published_time.h"
#include "article/schema_lines.h"
#include "article/text_header.h"
#include "article/title_gap_section.h"
#include "article/unmarked_photo_names.h"
#include "article/verse.h"
#include "base/ascii.h"
#include "base/error.h"
#include "text/date_line.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxLinkWords = kMaxLinkTitleWords;
constexpr std::size_t kMinTailLinkWords = 5;  // shorter lines may repeat by chance
constexpr std::size_t kMaxRelatedBox = 12;    // link titles after a [related] line
constexpr std::size_t kLookAfterBox = 4;      // lines looked at after them
constexpr std::size_t kBodyAfterBox = 2;      // ... of which this many body text to read on

// Each line's marker key, folded once and only when a marker could match the line at all.
using Keys = std::vector<std::optional<ChromeMatcher::LineKey>>;

Keys keys_of(const std::vector<std::string>& lines, const ChromeMatcher& chrome) {
  Keys keys(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (!lines[i].empty() && chrome.may_match(lines[i])) keys[i] = chrome.key(lines[i]);
  return keys;
}

// The length of the text a line repeats, when it is that text twice glued together, with or
// without a space between ("Quang cảnh hội nghị.Quang cảnh hội nghị."); else 0. Only a text
// of at least three words: "Hà Hà" may be a name.
std::size_t glued_twice(std::string_view line) {
  constexpr std::size_t kMinWords = 3;
  std::size_t half = line.size() / 2;
  std::size_t second = line.size() % 2 == 0 ? half : half + 1;
  if (half == 0 || (second != half && line[half] != ' ')) return 0;
  std::string_view first = line.substr(0, half);
  if (first != line.substr(second) || at_most_words(first, kMinWords - 1)) return 0;
  return half;
}

// The page's own date line under a page's schema data ending at `end` (its first machine time
// `machine`), perhaps under a counter's line ("Lượt xem: 1520"): the same day as the machine's
// time, or the day before or after (the machine's time is in a zone of its own). A day further
// off under the data is a line of the text (a schedule's first day, an event's date, an update's
// "Cập nhật: …"), no date line. Its index, or lines.size() when none stands there.
std::size_t page_date_under_schema(const std::vector<std::string>& lines, std::size_t end,
                                   std::string_view machine) {
  constexpr long kMaxZoneDays = 1;
  const std::optional<DateTime> machine_time = parse_published_time(machine);
  if (!machine_time) return lines.size();
  std::size_t at = end;
  for (int widgets = 0; at < lines.size(); ++at) {
    if (lines[at].empty()) continue;
    if (widgets == 0 &&
        (is_page_widget_line(lines[at]) || is_counters(lines[at]))) {  // one counter between
      ++widgets;
      continue;
    }
    break;
  }
  if (at == lines.size()) return at;
  const std::optional<DateTime> shown = parse_date_line(lines[at]);
  if (!shown) return lines.size();
  const long apart = shown->date.days() - machine_time->date.days();
  return apart >= -kMaxZoneDays && apart <= kMaxZoneDays ? at : lines.size();
}

// Step 2.
void blank_shaped_chrome(PreparedText& t, const ChromeMatcher& chrome, const Keys& keys) {
  std::vector<std::string>& lines = t.lines;
  bool photo_pending = false;  // a photo stood since the last line of text
  bool past_header = false;    // a sentence stood: the title and the kicker are above it
  // a text with Vietnamese letters writes no line in bare ASCII lower case (image_lines.h)
  const bool marked_text = std::any_of(lines.begin(), lines.end(), [](const std::string& l) {
    return std::any_of(l.begin(), l.end(),
                       [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
  });
  // An image's bare name in the header only right above the body's first paragraph (the
  // lead's photo, other names between): higher, a short line in lower case may be a site's
  // abbreviation ("ubkt") that the header's rules read by its place between title and heading.
  // One long word is no abbreviation ("leftcenterrightdel", an image editor's toolbar glued
  // together, over the photo a page opens with): machine text wherever it stands.
  auto bare_image_name = [&](std::size_t i) {
    if (!marked_text || !is_bare_image_name(lines[i])) return false;
    if (past_header || is_long_machine_word(lines[i])) return true;
    if (i > 0 && wraps_onto_next_line(lines[i - 1])) return false;  // a wrapped title's tail
    constexpr int kMaxNamesBetween = 4;  // a bounded look: the header's lines each look once
    int names = 0;
    for (std::size_t j = i + 1; j < lines.size() && names <= kMaxNamesBetween; ++j) {
      if (lines[j].empty()) continue;
      if (!is_bare_image_name(lines[j])) return is_body_text(lines[j]);
      ++names;
    }
    return false;
  };
  PlaceholderWords others(lines);
  UnmarkedPhotoNames unmarked(lines);
  HeaderChrome header_chrome(lines);
  // a theme's calendar badge ("25Th6", calendar_badge.h): the post's day, once, over the first
  // sentence; a text with two or more such lines is a schedule's or a list's, its days its own
  const bool one_badge = std::count_if(lines.begin(), lines.end(), [](const std::string& l) {
                           return is_calendar_badge(l);
                         }) == 1;
  // the same of a badge broken over two lines, its day alone over its month (calendar_badge.h),
  // counted apart: a theme prints its badges one way (a post's "25Th6" over a list whose days
  // are split is still the post's one badge)
  auto split_badge_at = [&](std::size_t i) {
    return i + 1 < lines.size() && is_split_calendar_badge(lines[i], lines[i + 1]);
  };
  std::size_t split_badges = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) split_badges += split_badge_at(i) ? 1 : 0;
  const bool one_split_badge = split_badges == 1;
  // The next line of text after line i is body text: no caption stands under a photo there.
  auto body_text_next = [&](std::size_t i) {
    for (std::size_t j = i + 1; j < lines.size(); ++j)
      if (!lines[j].empty()) return is_body_text(lines[j]);
    return false;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string& line = lines[i];
    if (line.empty()) continue;
    // a counter's box (page_widgets.h); over the first sentence, a box (header_chrome.h)
    if (std::size_t end = past_header ? counter_box_end(lines, i) : header_chrome.box_end(i);
        end > i) {
      for (std::size_t k = i; k < end; ++k) lines[k].clear();
      i = end - 1;
      continue;
    }
    if (one_badge && !past_header && is_calendar_badge(line)) {
      line.clear();
      continue;
    }
    if (one_split_badge && !past_header && split_badge_at(i)) {
      line.clear();
      lines[i + 1].clear();
      ++i;
      continue;
    }
    // a page's schema data printed as text: its first time stays, the date line (schema_lines.h)
    if (is_machine_timestamp(line)) {
      std::size_t end = schema_data_end(lines, i);
      for (std::size_t k = i + 1; k < end; ++k) lines[k].clear();
      // the page's own date line under the data ("Thứ ba - 09/03/2021 04:55") dates it as the
      // page shows it, not the machine's time in a zone of its own: it takes the machine's
      // line's place, written as the machine writes a time with no zone (so the header still
      // reads the headline and the author over it as the schema's)
      if (std::size_t shown_at = page_date_under_schema(lines, end, line);
          shown_at < lines.size()) {
        const DateTime shown = *parse_date_line(lines[shown_at]);
        line = shown.date.iso() + "T" + shown.time.value_or("00:00");
        lines[shown_at].clear();
      }
      i = end - 1;
      continue;
    }
    // an image's markup whose alt text is its only caption: the alt text stays, as the
    // caption under the photo (alt_caption.h; read as a caption as the second of a line
    // printed twice is, PhotoHint::Repeated)
    if (past_header && body_text_next(i)) {
      if (auto alt = alt_caption(line)) {
        line = std::move(*alt);
        t.hints[i] = PhotoHint::Repeated;
        photo_pending = false;
        continue;
      }
    }
    // the photos' names glued after the paragraph's last sentence: the photos stood under it
    bool photos_after = false;
    // an image's markup glued there ("… học sinh.![]()") is cut off and told with the photos'
    // leftovers; the line under it learns no photo stood over it: a sentence there is the
    // text's as often as a caption, and the caption rules read it as they did
    if (std::size_t kept = image_markup_after_sentence(line)) {
      line.resize(kept);
      t.photo_lines += 1;
    } else if (std::size_t names = photo_file_stems_after_sentence(line)) {
      line.resize(names);
      while (!line.empty() && line.back() == ' ') line.pop_back();
      photos_after = true;
      t.photo_lines += 1;
    }
    bool photo =
        (is_image_marker(line) || is_photo_placeholder(line, others) || is_image_file_name(line) ||
         is_photo_file_stem(line) || is_machine_alt_text(line) || is_image_markup(line) ||
         bare_image_name(i) || (marked_text && unmarked.is_photo_name(line)) ||
         (marked_text && past_header && is_camel_case_image_name(line))) &&
        !is_role_and_handle(line);  // "btv chiminh" signs (end_byline_shapes.h)
    // never the title; nor a gallery's label with its captions glued on, closing the text (no
    // sentence under it: "Một số hình ảnh ngày làm việc … huyện Thuận NamĐoàn kiểm tra nguồn
    // nước …", real-eval85/thuyloi-ninhthuan-1): the photos' captions, read as printed
    auto closes_text = [&] {
      return std::none_of(lines.begin() + static_cast<std::ptrdiff_t>(i) + 1, lines.end(),
                          [](const std::string& l) { return is_body_text(l); });
    };
    bool glued =
        past_header && is_glued_link_titles(line) && !(labels_some_photos(line) && closes_text());
    // Word's note under the alt text it wrote ("Description automatically generated"): the
    // program's line; the line over it, the alt text, is the figure's own text and names what
    // it shows (image_lines.h is_word_alt_text_note), as an alt text printed again over its
    // caption is (PhotoHint::Repeated: read as a caption whatever closes it)
    // (the alt text stands right over the note, a blank line or two between: the look-back is
    // bounded, so that a page of notes alone costs no product of their number)
    if (is_word_alt_text_note(line)) {
      constexpr std::size_t kMaxLinesUp = 3;
      for (std::size_t k = i; k-- > 0 && i - k <= kMaxLinesUp;)
        if (!lines[k].empty()) {
          if (t.hints[k] == PhotoHint::None) t.hints[k] = PhotoHint::Repeated;
          break;
        }
      t.photo_lines += 1;  // told with the photos' leftovers
      line.clear();
      continue;
    }
    if (photo || !has_letter_or_digit(line) || is_link_line(line) || is_bracketed_link(line) ||
        is_page_widget_line(line) || is_gallery_click_hint(line) || glued ||
        is_closing_counts_row(lines, i) || (keys[i] && chrome.drop_line(*keys[i]))) {
      // the site's banner over the title, or a photo never uploaded: no photo of the article
      // stood there, and the line under it is no caption (image_lines.h)
      photo_pending = photo_pending || (photo && !(names_site_picture(line) && !past_header) &&
                                        !names_missing_photo(line));
      t.glued_title_lines += glued;
      t.photo_lines += photo;
      t.photo_marks += photo && !has_letter_or_digit(line);
      line.clear();
      continue;
    }
    past_header = past_header || ends_with_sentence_punct(line);
    if (photo_pending) t.hints[i] = PhotoHint::Marker;
    photo_pending = photos_after;
  }
  // A line printed twice in a row: the photo's alt text, then its caption; or the two glued
  // on one line ("Ảnh minh họa - nguồn Internet.Ảnh minh họa - nguồn Internet.").
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i >= 1 && !lines[i].empty() && lines[i] == lines[i - 1]) {
      lines[i - 1].clear();
      t.hints[i] = PhotoHint::Repeated;
    } else if (std::size_t half = glued_twice(lines[i])) {
      lines[i].resize(half);
      t.hints[i] = PhotoHint::Repeated;
    }
  }
  // A bulleted link alone between paragraphs (a list in the article has several items). A
  // bulleted date line ("•  11:13 thứ hai ngày 07/03/2005", "• Cập nhật: 10/10/2020") is no
  // link: the page's particulars, which templates bullet as they bullet a list, for the header.
  auto bullet_at = [&](std::size_t i, int step) {
    for (auto j = static_cast<std::ptrdiff_t>(i) + step;
         j >= 0 && j < static_cast<std::ptrdiff_t>(lines.size()); j += step) {
      if (!lines[j].empty()) return is_bulleted(lines[j]);
    }
    return false;
  };
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (is_bulleted(lines[i]) && at_most_words(lines[i], kMaxLinkWords) && !is_prose(lines[i]) &&
        !bullet_at(i, -1) && !bullet_at(i, 1) && !parse_date_line(lines[i]) &&
        !names_poster_after_particulars(lines[i]))
      lines[i].clear();
  }
}

// Step 1: the line numbers of the lines of one space alone, from their ordinals among the
// blank lines (split_clean_lines; split_glued_markers splits only lines of text). None when
// they are more than half the blank lines: an editor that leaves a space on blank lines
// leaves it everywhere, and then they show nothing.
std::vector<std::size_t> spacer_lines(const std::vector<std::string>& lines,
                                      const std::vector<std::size_t>& spacers) {
  std::vector<std::size_t> at;
  if (spacers.empty()) return at;
  std::size_t blanks = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!lines[i].empty()) continue;
    if (at.size() < spacers.size() && spacers[at.size()] == blanks) at.push_back(i);
    ++blanks;
  }
  if (2 * spacers.size() > blanks) at.clear();
  return at;
}

// Step 2: the line of text after a line of white space alone learns a photo may have stood
// there (PhotoHint::Spacer), unless it has a hint already. `at` is in order, so the line of
// text after one spacer is at or after the one found for the spacer before: the search moves
// on from there (from each spacer again, a run of blank lines half spacers took its length
// squared: 100,000 took 6 s).
void hint_after_spacers(PreparedText& t, const std::vector<std::size_t>& at) {
  std::size_t j = 0;
  for (std::size_t i : at) {
    j = std::max(j, i + 1);
    while (j < t.lines.size() && t.lines[j].empty()) ++j;
    if (j < t.lines.size() && t.hints[j] == PhotoHint::None) t.hints[j] = PhotoHint::Spacer;
  }
}

// Step 2: box titles above an untitled body ("Tin nổi bật", "Tin tức khác": [ends-article] or
// [related] markers, the portal's side boxes printed first). Only those with no other line
// between them and the first line of body text go: one a title follows may be the page's
// section ("Bình luận" over the title, kept as the topic); one right above the body stands
// where a title would, but no title is only a box's name.
void blank_box_titles_above_body(PreparedText& t, const ChromeMatcher& chrome, const Keys& keys) {
  std::size_t body = 0;
  while (body < t.lines.size() && (t.lines[body].empty() || !is_body_text(t.lines[body]))) ++body;
  if (body == t.lines.size()) return;
  for (std::size_t i = body; i-- > 0;) {
    if (t.lines[i].empty()) continue;
    if (!keys[i] || !(chrome.ends_article(*keys[i]) || chrome.related(*keys[i]))) return;
    t.lines[i].clear();
  }
}

// Step 3: where [ends-article] and [related] lines start to count. The header is never
// chrome, so a site section named "Bình luận" stays the topic; in a file with no date line
// and no body text, they count from the start. Notes the header's lines in `t`.
std::size_t header_end(PreparedText& t) {
  std::vector<std::size_t> at;
  std::vector<std::string_view> paras;
  for (std::size_t i = 0; i < t.lines.size(); ++i) {
    if (t.lines[i].empty()) continue;
    at.push_back(i);
    paras.emplace_back(t.lines[i]);
  }
  HeaderLayout h = find_header(paras);
  if (h.title_text.empty() && h.title < at.size()) {
    t.header_lines.push_back(at[h.title]);
    t.title = t.lines[at[h.title]];
  } else {
    t.title = h.title_text;
  }
  if (h.kicker < at.size()) t.header_lines.push_back(at[h.kicker]);
  if (h.byline < at.size()) t.header_lines.push_back(at[h.byline]);  // one writer's folder
  for (std::size_t i = 0; i < h.body && i < paras.size(); ++i)
    if (i != h.kicker && is_breadcrumb(paras[i])) t.header_lines.push_back(at[i]);
  if (h.date != HeaderLayout::kNone) return at[h.date] + 1;
  for (std::size_t i = 0; i < paras.size(); ++i)
    if (is_body_text(paras[i])) return at[i];
  return 0;
}

// A [related] line at i: its link titles end before the returned line; `read_on` says
// whether body text follows them.
std::size_t related_box_end(const std::vector<std::string>& lines, std::size_t i, bool& read_on) {
  // a related article's teaser, cut by the box with an ellipsis ("… Kỳ nghỉ hồng mặt trận Vĩnh
  // Long: tải tại đây Mùa tình nguyện..."), is one of its items however long, no sentence of
  // the text (real-eval89/saigoncons-1)
  auto teaser = [](std::string_view line) {
    line = trim_spaces(line);
    return line.ends_with("...") || line.ends_with("…");
  };
  std::size_t j = i + 1, titles = 0;
  for (; j < lines.size() && titles < kMaxRelatedBox; ++j) {
    if (lines[j].empty()) continue;
    if (!teaser(lines[j]) && (is_body_text(lines[j]) || !at_most_words(lines[j], kMaxLinkWords)))
      break;
    ++titles;
  }
  std::size_t looked = 0, body = 0;
  bool first_is_body = false;
  for (std::size_t k = j; k < lines.size() && looked < kLookAfterBox; ++k) {
    if (lines[k].empty()) continue;
    bool b = is_body_text(lines[k]) && !teaser(lines[k]);
    if (looked == 0) first_is_body = b;
    body += b;
    ++looked;
  }
  read_on = first_is_body && body >= kBodyAfterBox;
  return j;
}

// An [ends-article] line at i with at most the lead before it (`body_before`: the body
// lines between the article's start and i) and the article's text going on after it (at
// once or after one heading): it stands in the header area, as some sites print their tag
// line ("Từ khóa: …") right after the lead, so only the line is chrome. After the article's
// text (two paragraphs or more), the line and everything after it are.
bool in_header_area(const std::vector<std::string>& lines, std::size_t body_before, std::size_t i) {
  if (body_before > 1) return false;
  std::size_t looked = 0;  // a heading may open the body: "1. Yêu cầu …", then its text
  for (std::size_t k = i + 1; k < lines.size() && looked < 2; ++k) {
    if (lines[k].empty()) continue;
    if (is_body_text(lines[k])) return true;
    ++looked;
  }
  return false;
}

std::string joined(const std::vector<std::string>& lines, std::size_t from) {
  std::string out;
  for (std::size_t i = from; i < lines.size(); ++i) {
    if (lines[i].empty()) continue;
    out += lines[i];
    out += '\n';
  }
  return out;
}

// Step 3: cuts the article's end off; returns the text cut off (its tail).
std::string cut_at_end(PreparedText& t, std::size_t from, const ChromeMatcher& chrome,
                       const Keys& keys) {
  std::vector<std::string>& lines = t.lines;
  auto cut_from = [&](std::size_t i) {
    // the article's text going on right after the marker (not a box's titles, not a comment's
    // name line): told, never cut silently
    std::size_t after = 0, body = 0;
    bool first_is_body = false;
    for (std::size_t k = i + 1; k < lines.size(); ++k) {
      if (lines[k].empty()) continue;
      bool b = is_body_text(lines[k]);
      first_is_body = first_is_body || (after == 0 && b);
      ++after;
      body += b;
    }
    if (first_is_body) t.cut = EndCut{lines[i], after, body};
    std::string tail = joined(lines, i);
    lines.resize(i);
    t.hints.resize(i);
    // The header was found before the cut, in the whole text: a title under the marker (a
    // poll's title, then an article's) is cut off with it, and no note may point past the end.
    std::erase_if(t.header_lines, [i](std::size_t h) { return h >= i; });
    return tail;
  };
  // The body lines between `from` and i, counted as i moves on (lines behind i no longer
  // change), so that many markers in a row cost no more than one each.
  std::size_t counted = from, body_lines = 0;
  auto body_before = [&](std::size_t i) {
    for (; counted < i; ++counted)
      body_lines += !lines[counted].empty() && is_body_text(lines[counted]);
    return body_lines;
  };
  // Whether any body text stands after `from`: a marker with none before it and body text
  // after it is a box's title over the article, never its end. Looked for only when a cut
  // is found there (rare), not for every file.
  std::optional<bool> has_body;
  auto body_after_from = [&] {
    if (!has_body)
      has_body = std::any_of(lines.begin() + static_cast<std::ptrdiff_t>(from), lines.end(),
                             [](const std::string& l) { return !l.empty() && is_body_text(l); });
    return *has_body;
  };
  VerseBefore verse_before(lines, from);  // a poem's page has text of no body's shape (verse.h)
  for (std::size_t i = from; i < lines.size(); ++i) {
    if (!lines[i].empty() && is_comment_form_notice(lines[i])) {
      if (in_header_area(lines, body_before(i), i) || (body_before(i) == 0 && !verse_before(i))) {
        lines[i].clear();  // a form's words under the date line: the article is still to come
        continue;
      }
      std::size_t heading = i;  // the form's heading above its notice goes with it
      while (heading > from && lines[heading - 1].empty()) --heading;
      return cut_from(heading > from && is_comment_form_heading(lines[heading - 1]) ? heading - 1
                                                                                    : i);
    }
    if (lines[i].empty() || !keys[i]) continue;
    bool cut = chrome.ends_article(*keys[i]);
    if (cut && in_header_area(lines, body_before(i), i)) {
      lines[i].clear();  // "Từ khóa: …" printed between the lead and the body
      continue;
    }
    if (!cut && chrome.related(*keys[i])) {
      bool read_on = false;
      std::size_t end = related_box_end(lines, i, read_on);
      if (read_on) {
        // the box's title and its links, told apart from the other chrome: its links read as
        // headlines, and a clerk who sees them in no block must see them named
        for (std::size_t k = i; k < end; ++k) {
          t.related_box_lines += !lines[k].empty() && has_letter_or_digit(lines[k]);
          lines[k].clear();
        }
        i = end - 1;
        continue;
      }
      cut = true;
    }
    // A side box printed above the article ("Thăm dò ý kiến", a poll, between the page's
    // clock and the title): no body text yet, the article's text still to come. Cut there,
    // the article would be emptied; only the line is chrome.
    if (cut && body_before(i) == 0 && body_after_from()) {
      lines[i].clear();
      continue;
    }
    if (cut) return cut_from(i);
  }
  return {};
}

// Step 4: a body line that the tail repeats (a related article's title). Not an office's or a
// unit's name in capitals (office_byline.h signs_in_capitals): "BỆNH VIỆN ĐA KHOA TỈNH SÓC
// TRĂNG", the hospital signing its text, ends a link's title under it ("DANH SÁCH … TẠI BỆNH VIỆN
// ĐA KHOA TỈNH SÓC TRĂNG", real-eval97/benhviensoctrang-1); a headline is no unit's bare name. All
// lines are looked for in one pass per line length (occurs_in.h): a search of the tail per line
// made lines times tail, minutes for a page of link titles over a long tail.
void blank_links_in_tail(PreparedText& t, std::size_t from, std::string_view tail) {
  if (tail.empty()) return;
  std::vector<std::size_t> at;
  std::vector<std::string_view> titles;
  for (std::size_t i = from; i < t.lines.size(); ++i) {
    const std::string& line = t.lines[i];
    if (line.empty() || ends_with_sentence_punct(line) || !at_most_words(line, kMaxLinkWords) ||
        at_most_words(line, kMinTailLinkWords - 1))
      continue;
    at.push_back(i);
    titles.emplace_back(line);
  }
  const std::vector<bool> repeated = occurs_in(tail, titles);
  for (std::size_t k = 0; k < at.size(); ++k)
    if (repeated[k] && !signs_in_capitals(titles[k])) t.lines[at[k]].clear();
}

// Step 5: the body's first line, when a section's name stood glued to it. Its raw line is the
// text's line of the same number, unless a marker's line was split off (step 1): then the
// numbers differ, and nothing is looked for.
void take_glued_section(PreparedText& t, std::size_t from, std::string_view text,
                        bool raw_numbers) {
  if (!raw_numbers) return;
  for (std::size_t i = from; i < t.lines.size(); ++i) {
    if (t.lines[i].empty()) continue;
    std::string_view raw = raw_line(text, i);
    // cleaning folded no run of spaces in most files' line
    if (raw.size() <= t.lines[i].size() + 1) return;
    // the cleaned line must still open with the section (an earlier step may have rewritten it)
    auto section = section_glued_to(raw);
    if (section && t.lines[i].size() > section->size() &&
        t.lines[i].compare(0, section->size(), *section) == 0 &&
        t.lines[i][section->size()] == ' ') {
      t.lines[i].erase(0, section->size() + 1);
      t.section = std::move(*section);
    }
    return;
  }
}

// The lines split_clean_lines makes of `text` (LF, CRLF, CR end a line), counted without
// making them: one memchr per line end (a loop over every byte was 5 % of the scan).
std::size_t line_count(std::string_view text) {
  std::size_t n = 1;
  const char* const end = text.data() + text.size();
  auto next = [end](const char* from, char c) {
    return static_cast<const char*>(std::memchr(from, c, static_cast<std::size_t>(end - from)));
  };
  for (const char* p = next(text.data(), '\n'); p; p = next(p + 1, '\n')) ++n;
  for (const char* p = next(text.data(), '\r'); p; p = next(p + 1, '\r'))
    if (p + 1 == end || p[1] != '\n') ++n;
  return n;
}

std::size_t lines_with_text(const std::vector<std::string>& lines) {
  return static_cast<std::size_t>(
      std::count_if(lines.begin(), lines.end(),
                    [](const std::string& l) { return !l.empty() && has_letter_or_digit(l); }));
}

// Step 6: the body text of a file that steps 2 to 4 emptied of it, put back in its places.
// Looked for again in the text (rarely: a file keeps a line of body text as a rule, found
// among its first lines), split as step 1 split it, so that the lines' numbers agree.
void keep_emptied_prose(PreparedText& t, std::string_view text, const ChromeMatcher& chrome) {
  auto body = [](const std::string& l) { return !l.empty() && is_body_text(l); };
  if (std::any_of(t.lines.begin(), t.lines.end(), body)) return;
  if (holds_verse(t.lines, 0, t.lines.size())) return;  // a poem's page (verse.h)
  std::vector<std::string> raw = split_clean_lines(text);
  split_glued_markers(raw, chrome);
  const std::size_t cut_at = t.lines.size();
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (!body(raw[i])) continue;
    if (i >= t.lines.size()) {
      t.lines.resize(i + 1);
      t.hints.resize(i + 1, PhotoHint::None);
    }
    t.lines[i] = std::move(raw[i]);
    ++t.kept_prose;
    if (i > cut_at && t.cut && t.cut->lines > 0) {  // no longer cut off (the marker is at cut_at)
      --t.cut->lines;
      t.cut->body_lines -= t.cut->body_lines > 0;
    }
  }
  if (t.cut && t.cut->lines == 0) t.cut.reset();
}

}  // namespace

PreparedText prepare_text(std::string_view text, const ChromeMatcher& chrome) {
  PreparedText t;
  t.blank = text.find_first_not_of(" \t\n\r\f\v") == std::string_view::npos;
  if (t.blank) return t;
  if (line_count(text) > kMaxTextLines)
    throw Error("a text of more than " + std::to_string(kMaxTextLines) +
                " lines (an article never has this many; split it)");
  std::vector<std::size_t> spacers, indents;
  t.lines = split_clean_lines(text, &spacers, &indents);
  // a text hard-wrapped at 60 to 99 columns is read as its paragraphs (column_wrap.h)
  if (std::optional<std::string> joined = unwrapped_text(t.lines, indents, spacers)) {
    t.unwrapped = std::move(*joined);
    text = t.unwrapped;
    spacers.clear();
    indents.clear();
    t.lines = split_clean_lines(text, &spacers, &indents);
  }
  const std::size_t raw_lines = t.lines.size();
  split_glued_markers(t.lines, chrome);
  const bool raw_numbers = t.lines.size() == raw_lines;
  const std::vector<std::size_t> spacer_at = spacer_lines(t.lines, spacers);
  t.hints.assign(t.lines.size(), PhotoHint::None);
  const Keys keys = keys_of(t.lines, chrome);
  const std::size_t text_lines = lines_with_text(t.lines);
  t.title_over_counter = title_over_counter(t.lines);  // before the counter is blanked
  blank_shaped_chrome(t, chrome, keys);
  hint_after_spacers(t, spacer_at);
  if (raw_numbers) hint_off_margin_lines(t.lines, indents, t.hints);
  blank_box_titles_above_body(t, chrome, keys);
  std::size_t from = header_end(t);
  std::string tail = cut_at_end(t, from, chrome, keys);
  blank_links_in_tail(t, from, tail);
  take_glued_section(t, from, text, raw_numbers);
  if (raw_numbers) t.title_section = section_on_title_line(t.lines, t.title, text);
  keep_emptied_prose(t, text, chrome);
  const std::size_t told = lines_with_text(t.lines) + (t.photo_lines - t.photo_marks) +
                           t.glued_title_lines + (t.cut ? t.cut->lines : 0) + t.related_box_lines;
  t.chrome_lines = text_lines > told ? text_lines - told : 0;
  return t;
}

}  // namespace tuyentap
