// The plain-text reader's second half: see text_reader.h for its rules.
#include "article/text_reader.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "article/addressed_caption.h"
#include "article/author_shape.h"
#include "article/bare_caption.h"
#include "article/body_start.h"
#include "article/broken_title.h"
#include "article/by_line.h"
#include "article/byline.h"
#include "article/byline_outlet.h"
#include "article/byline_unit.h"
#include "article/capitals_heading.h"
#include "article/capitals_title_glue.h"
#include "article/caption.h"
#include "article/caption_score.h"
#include "article/cell_caption.h"
#include "article/closing_caption.h"
#include "article/closing_stamps.h"
#include "article/credit_source.h"
#include "article/dated_paragraph.h"
#include "article/glued_byline.h"
#include "article/glued_date.h"
#include "article/head_clock.h"
#include "article/header_byline.h"
#include "article/header_lines.h"
#include "article/label_over_name.h"
#include "article/lead_prefix.h"
#include "article/office_byline.h"
#include "article/official_document.h"
#include "article/photo_story.h"
#include "article/place_tag.h"
#include "article/province_names.h"
#include "article/scene_caption.h"
#include "article/signature_block.h"
#include "article/stopped_title.h"
#include "article/text_blocks.h"
#include "article/text_end.h"
#include "article/text_header.h"
#include "article/text_lines.h"
#include "article/theo_writer.h"
#include "article/title_gap_section.h"
#include "article/title_line.h"
#include "article/title_override.h"
#include "article/title_repeat.h"
#include "article/title_score.h"
#include "article/typed_title.h"
#include "article/untitled_page.h"
#include "article/wrapped_line.h"
#include "article/wrapped_title.h"
#include "article/writer_positions.h"
#include "article/writer_unit.h"
#include "base/ascii.h"
#include "text/date_line.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxTitleChars = 400;
constexpr std::size_t kGluedDateParagraphs = 12;  // where a page's header may glue its date

using Paragraphs = std::vector<Paragraph>;

// A run of learned chrome lines, and the line of text right after it.
struct LearnedRun {
  std::size_t lines = 0;
  std::string next;
};

// Step 1.
// `twice` marks the paragraphs that stood twice in a row and are kept once; `chrome_before`
// gets, for each paragraph, the learned chrome lines that stood right above it.
Paragraphs paragraphs_of(PreparedText& t, const LearnedLines& learned, std::vector<bool>& twice,
                         std::vector<std::size_t>& chrome_before) {
  std::vector<LearnedRun> runs;
  if (!learned.empty()) {
    bool in_run = false;
    for (std::string& line : t.lines) {
      if (line.empty()) continue;
      if (learned.contains(line)) {
        if (!in_run) runs.emplace_back();
        in_run = true;
        ++runs.back().lines;
        line.clear();
        ++t.learned_lines;
      } else if (in_run) {
        runs.back().next = line;
        in_run = false;
      }
    }
  }
  Paragraphs paras = join_paragraphs(t.lines, t.hints);
  join_wrapped_title(paras, t.lines);
  join_broken_title(paras);
  join_wrapped_lines(paras);
  unglue_date_lines(paras, kGluedDateParagraphs);
  join_date_label(paras, kGluedDateParagraphs);  // "Ngày đăng" over "02/04/2021"
  unglue_capitals_title(paras, kGluedDateParagraphs);
  join_label_over_name(paras, kGluedDateParagraphs);  // "Tác giả:" over "Hoàng Lê"
  Paragraphs out;
  out.reserve(paras.size());
  twice.clear();
  std::size_t last_doubled = 0;
  // A short line with no stop printed three times or more in a row: a gallery whose photos
  // each carry the same caption, as a label ("Liên hoan văn nghệ Thiếu nhi hè năm 2023 - Nhà
  // Thiếu nhi Quận Bình Thạnh", five times), each one a caption; a sentence printed so is the
  // copy's doing (tests/article/parallel_captions_test), kept once.
  std::vector<bool> gallery(paras.size(), false);
  for (std::size_t i = 0, j = 0; i < paras.size(); i = j) {
    for (j = i + 1; j < paras.size() && paras[j].text == paras[i].text;) ++j;
    if (j - i >= kMinGalleryCopies && at_most_words(paras[i].text, kMaxMarkedCaptionWords) &&
        !ends_with_sentence_punct(paras[i].text))
      for (std::size_t k = i; k < j; ++k) gallery[k] = true;
  }
  for (std::size_t i = 0; i < paras.size(); ++i) {
    Paragraph& p = paras[i];
    if (gallery[i]) {
      p.photo = PhotoHint::Repeated;
      out.push_back(std::move(p));
      twice.push_back(false);
      continue;
    }
    if (!out.empty() && p.text == out.back().text) {
      twice.back() = true;
      out.back().lines += p.lines;  // both copies' lines, told as one if the paragraph goes
      // A short paragraph printed twice, a blank line between: a photo's alt text, then its
      // caption, as a line printed twice in a row (text_prepare.h). A longer one is a
      // paragraph the copy doubled.
      if (at_most_words(p.text, kMaxMarkedCaptionWords) && !shows_photo(out.back().photo)) {
        out.back().photo = PhotoHint::Repeated;
        last_doubled = out.size();
      }
      continue;
    }
    out.push_back(std::move(p));
    twice.push_back(false);
  }
  // ... but not the text's last paragraph: nothing of the article under it, it is a link's
  // card after the text (an image's alt text, then the linked article's title)
  if (!out.empty() && last_doubled == out.size()) out.back().photo = PhotoHint::None;
  // Each run to the paragraph its next line opens, both in the file's order.
  chrome_before.assign(out.size(), 0);
  std::size_t k = 0;
  for (const LearnedRun& r : runs) {
    if (r.next.empty()) continue;
    for (std::size_t j = k; j < out.size(); ++j) {
      if (out[j].text.starts_with(r.next)) {
        chrome_before[j] += r.lines;
        k = j;
        break;
      }
    }
  }
  return out;
}

// The title's line stands under a photo: a marker above it, not the line printed twice in a
// row (PhotoHint::Repeated), which is as often the page's heading over its own title (the
// header's printed_twice) as a photo's alt text over its caption.
bool under_photo(PhotoHint hint) {
  return hint != PhotoHint::None && hint != PhotoHint::Repeated;
}

// Step 2: the header's fields into `a`, a byline standing in the header into `byline`, whether
// the page's layout vouches for the title (it stands right over the date line, or the
// breadcrumb ends in it) into `title_vouched`, whether the page shows
// no title (HeaderLayout::no_title) into `no_title`; returns the body. The paragraphs above
// the body that stand as none of its fields (the page's header chrome) go to `above`, and
// whether the header has a date line to `dated` (read_prepared_text takes them back when the
// page shows no title and no date line stands in the header). `fitted`, on a text page, is
// the fitted title scorer's line, which may override the rules' title (title_override.h).
Paragraphs read_header(Paragraphs& paras, const std::vector<bool>& twice,
                       const std::vector<std::size_t>& chrome_before, Article& a,
                       std::string& byline, bool& title_vouched, bool& no_title, Paragraphs& above,
                       bool& dated, const std::optional<FittedTitleLines>& fitted) {
  std::vector<std::string_view> views;
  views.reserve(paras.size());
  for (const Paragraph& p : paras) views.emplace_back(p.text);
  // A line printed twice with no blank line between was kept once, its photo hint Repeated
  // (text_prepare.h): to the header it is printed twice as much as a doubled paragraph.
  std::vector<bool> doubled = twice;
  doubled.resize(paras.size(), false);
  for (std::size_t i = 0; i < paras.size(); ++i)
    doubled[i] = doubled[i] || paras[i].photo == PhotoHint::Repeated;
  HeaderLayout h = find_header(views, doubled);
  if (fitted) {
    // the rules' line, for the report: the clerk sees which line the scorer set aside
    const std::string rules_title(!h.title_text.empty()            ? std::string_view(h.title_text)
                                  : h.title != HeaderLayout::kNone ? views[h.title]
                                                                   : std::string_view());
    if (prefer_fitted_title(h, views, doubled, *fitted)) {
      if (rules_title.empty())
        a.warnings.push_back("title chosen by the title scorer where the header rules found none");
      else
        a.warnings.push_back("title chosen by the title scorer over the header rules' line: " +
                             rules_title);
    }
  }
  a.topic = h.topic;
  // "Hà Nội:" alone above the title: the lead's place, as the page prints it over the
  // article (lead_prefix.h source_line), kept as the source; never a topic
  if (auto place = source_line(a.topic)) {
    a.source.site = *place;
    a.topic.clear();
  }
  title_vouched = h.title_over_date || h.title_in_crumb;
  no_title = h.no_title;
  // "Lễ cúng tổ tiên của người dân tộc Lô Lô Đen xã Lũng Cú" over "Tiết mục văn nghệ …" under a
  // photo's marker (real-eval105/dongvangeopark-1): the lower line is the photo's caption, the
  // upper the title, whether the header took it for a kicker or for chrome over the title; a
  // title stands over the opening photo, not under it. The upper line a title's length (six
  // words or more: a section's label is shorter), no section's shape, no field of the header.
  // A marker only: a line of one space (PhotoHint::Spacer) may stand anywhere, and the tab's
  // <title> over the title (run-perturb's "title twice" on real-eval59/vithanh-haugiang-1) is
  // no title of its own.
  constexpr std::size_t kMinUpperTitleWords = 6;
  const std::size_t upper =
      h.title == HeaderLayout::kNone || h.title == 0 ? HeaderLayout::kNone : h.title - 1;
  const bool caption_under_title =
      upper != HeaderLayout::kNone && h.title < paras.size() && h.topic.empty() &&
      (upper == h.kicker || upper < h.first) && upper != h.date && upper != h.byline &&
      paras[h.title].photo == PhotoHint::Marker && !under_photo(paras[upper].photo) &&
      is_page_title(views[upper]) && !at_most_words(views[upper], kMinUpperTitleWords - 1) &&
      !is_section_like(views[upper]);
  if (caption_under_title) {
    h.title = upper;
    if (h.kicker == upper) h.kicker = HeaderLayout::kNone;
    h.first = std::min(h.first, upper);
  }
  if (!h.title_text.empty()) {
    a.title = h.title_text;
  } else if (h.title != HeaderLayout::kNone) {
    a.title = paras[h.title].text;
  }
  // what the page ran into the title's line (title_line.h)
  clean_title_line(a, h.kicker != HeaderLayout::kNone && h.kicker + 1 == h.title
                          ? views[h.kicker]
                          : std::string_view());
  const bool clock = h.when && is_clock_over_chrome(h, chrome_before);
  if (h.when && !clock) {
    a.date = h.when->date;
    a.time = h.when->time;
  }
  if (h.byline != HeaderLayout::kNone) byline = paras[h.byline].text;
  if (!h.byline_text.empty()) byline = h.byline_text;
  dated = h.when || h.date != HeaderLayout::kNone;
  // the article's own heading in capitals right under the title, over the date line
  // (capitals_heading.h): the body's first block, a heading over the lead, not chrome
  const std::size_t under = h.title + 1;
  const bool heading =
      h.title != HeaderLayout::kNone && under < h.body && under != h.date && under != h.byline &&
      under != h.kicker &&
      (caption_under_title || capitals_heading_under_title(views[h.title], views[under]));
  // a photo's caption over the whole header (caption.h is_described_photo), which the header
  // read under: the body's first block, a caption, not chrome
  const bool photo_first = h.body > 0 && h.first > 0 && h.kicker != 0 && h.title != 0 &&
                           h.date != 0 && h.byline != 0 && is_described_photo(views[0]);
  if (h.photo_credit != HeaderLayout::kNone)  // "Ảnh : Minh Đức" under "Tin bài: …"
    a.warnings.push_back("photographer named in the byline, not the author: " +
                         parse_caption(views[h.photo_credit])->credit);
  for (std::size_t i = photo_first ? 1 : 0; i < h.body && i < paras.size(); ++i)
    if ((i != h.kicker || (a.topic.empty() && a.source.site.empty())) && i != h.title &&
        i != h.byline && i != h.photo_credit && (i != h.date || clock) && !(heading && i == under))
      above.push_back(paras[i]);
  Paragraphs body;
  if (photo_first) body.push_back(std::move(paras[0]));
  if (heading) body.push_back(std::move(paras[under]));
  for (std::size_t i = h.body; i < paras.size(); ++i) body.push_back(std::move(paras[i]));
  // "HOẠT ĐỘNG ĐỘI …" in capitals opening the text, the title again word for word
  // (capitals_heading.h restates_title_whole): the header's chrome, no heading of the article's
  if (body.size() > 1 && !ends_with_sentence_punct(a.title) && !is_all_caps(a.title) &&
      is_all_caps(body.front().text) && restates_title_whole(a.title, body.front().text)) {
    above.push_back(std::move(body.front()));
    body.erase(body.begin());
  }
  // "Tin tức lưu trữ MISA toàn quốc …" over "MISA toàn quốc …" (title_line.h)
  if (!heading && !photo_first) take_section_over_title(a, body);
  // a print view's layout table: its bars off the title and the text, before the date and the
  // byline are looked for at the text's end (cell_caption.h)
  drop_layout_cell_bars(body, a.title);
  if (!a.date && h.impossible_date.empty()) {
    // No date in the header: a line of its own elsewhere (some sites put it last), not a
    // list's stamps closing the page; among the text's last lines, beside its byline.
    constexpr std::size_t kBylineLines = 4;
    const std::size_t stamps = closing_stamps_begin(body);
    // the text's last sentence: a credit closing it may date the text
    std::size_t last_prose = 0;
    for (std::size_t i = stamps; i-- > 0;)
      if (is_prose(body[i].text)) {
        last_prose = i;
        break;
      }
    for (std::size_t i = 0; i < stamps; ++i) {
      if (auto dt = parse_date_line(body[i].text)) {
        a.date = dt->date;
        a.time = dt->time;
        body.erase(body.begin() + static_cast<std::ptrdiff_t>(i));
        break;
      }
      // the name stays, for the byline
      if (auto dt =
              take_date_beside_name(body[i].text, i + kBylineLines >= stamps, i >= last_prose)) {
        a.date = dt->date;
        a.time = dt->time;
        // "Trác Văn, ngày 25 tháng 4 năm 2015.": a place and its day, no name left
        if (body[i].text.empty()) {
          body.erase(body.begin() + static_cast<std::ptrdiff_t>(i));
          break;
        }
        // "Quí Nguyễn Thường trực Ban biên tập" over "Ngày đăng: … người đăng Quí Nguyễn": the
        // poster signed the text with his post right above; that line is the byline, the
        // name printed again with the date is the theme's (real-eval67/phatgiaobinhduong-1)
        if (i > 0 && signed_with_post_above(body[i - 1].text, body[i].text)) {
          body[i - 1].text = std::move(body[i].text);
          body[i - 1].lines += body[i].lines;
          body.erase(body.begin() + static_cast<std::ptrdiff_t>(i));
        }
        break;
      }
    }
  }
  if (!h.impossible_date.empty()) {
    a.warnings.push_back("the date line gives a date that does not exist: " + h.impossible_date);
  } else if (!a.date) {
    a.warnings.push_back("no date line");
  }
  return body;
}

// The file's lines of the paragraphs with a letter or digit (a paragraph joins lines: all
// are told).
std::size_t lines_with_text(const Paragraphs& paras) {
  std::size_t n = 0;
  for (const Paragraph& p : paras) n += has_letter_or_digit(p.text) ? p.lines : 0;
  return n;
}

}  // namespace

std::variant<Article, NotAnArticle> read_plain_text(std::string_view text,
                                                    const ChromeMatcher& chrome) {
  return read_prepared_text(prepare_text(text, chrome), chrome, LearnedLines{});
}

std::variant<Article, NotAnArticle> read_text_page(std::string_view text,
                                                   const ChromeMatcher& chrome) {
  PreparedText prepared = prepare_text(text, chrome);
  prepared.fitted_title.emplace(prepared.unwrapped.empty() ? text : prepared.unwrapped);
  return read_prepared_text(std::move(prepared), chrome, LearnedLines{});
}

// "1. …", "I. …": the heading of an article's first part.
bool opens_first_part(std::string_view p) {
  for (std::string_view first : {"1. ", "1) ", "I. ", "I) "})
    if (p.starts_with(first)) return heading_shape(p);
  return false;
}

std::variant<Article, NotAnArticle> read_prepared_text(PreparedText text,
                                                       const ChromeMatcher& chrome,
                                                       const LearnedLines& learned) {
  if (text.blank) return NotAnArticle{"empty file"};
  std::vector<bool> twice;
  std::vector<std::size_t> chrome_before;
  Paragraphs paras = paragraphs_of(text, learned, twice, chrome_before);
  if (paras.empty()) return NotAnArticle{"no text after removing site chrome"};
  // An official document (official_document.h): set out in the archive's layout, its kind and
  // subject the title, its letterhead's day the date line; its frame is told below
  const std::optional<DocumentFrame> document = read_document_frame(paras);
  if (document) {
    twice.assign(paras.size(), false);
    chrome_before.assign(paras.size(), 0);
  }
  // or a notice closing as one does: its role, "Đã ký" and the signer's name, its last lines
  const std::optional<DocumentFrame> signature =
      document ? std::nullopt : read_closing_signature(paras);
  if (signature) {
    twice.resize(paras.size());
    chrome_before.resize(paras.size());
  }

  Article a;
  std::string header_byline;
  bool title_vouched = false, no_title = false;
  Paragraphs above;
  bool dated = false;
  Paragraphs body = read_header(paras, twice, chrome_before, a, header_byline, title_vouched,
                                no_title, above, dated, text.fitted_title);
  // "20/03/2020 00:00", "25/10/2016, 0:0": a CMS that keeps only the day prints midnight, no
  // time the article was posted (as the page readers read it: published_time.h)
  if (a.time == "00:00") a.time.reset();
  cut_title_section(text.title_section, a);  // "Tin tức  <title>": a table's cells
  // No page writes its headline in lower case (none of the learning sets' 585 pages does): a
  // short line in lower case where the title stands is the opening photo's alt text or keyword
  // as the CMS prints it over the photo ("đại hội chi bộ"). It is left out as the photo's
  // leftover, the page is untitled, and the line under it learns a photo stood above it.
  // A clerk's own file may type its title so (typed_title.h): the file's first line, over its
  // text with no caption between, is kept as the title, and told.
  constexpr std::size_t kMaxAltWords = 8;
  bool lower_title = !no_title && starts_with_lower(a.title) &&
                     !ends_with_sentence_punct(a.title) && at_most_words(a.title, kMaxAltWords);
  if (lower_title && above.empty() && a.topic.empty() && !body.empty() &&
      body.front().photo == PhotoHint::None && is_typed_lower_title(a.title, body.front().text)) {
    a.warnings.push_back("title in lower case kept as typed: " + a.title);
  } else if (lower_title) {
    ++text.photo_lines;
    a.title.clear();
    no_title = true;
    if (!body.empty() && body.front().photo == PhotoHint::None)
      body.front().photo = PhotoHint::Marker;
  }
  // "Hội Nông dân tỉnh" where the title stands: the unit's own site names itself (writer_unit.h
  // names_unit_of_its_place), the page's section; the page shows no headline
  if (!no_title && names_unit_of_its_place(a.title)) {
    if (a.topic.empty()) a.topic = a.title;
    a.title.clear();
    no_title = true;
  }
  // "VACA" over the text and again under it: a name signing at both ends, no headline
  // (untitled_page.h signs_both_ends); the line under the text is read as the byline
  if (!no_title && signs_both_ends(a.title, body)) {
    a.title.clear();
    no_title = true;
  }
  if (a.topic.empty()) a.topic = std::move(text.section);  // glued to the sapo's line
  if (text.cut)
    a.warnings.push_back("text after '" + text.cut->marker +
                         "' left out: " + std::to_string(text.cut->lines) + " lines, " +
                         std::to_string(text.cut->body_lines) + " of them sentences");
  if (text.photo_lines > 0) a.warnings.push_back(photo_leftovers_warning(text.photo_lines));
  if (text.kept_prose > 0) a.warnings.push_back(body_kept_warning(text.kept_prose));
  if (text.glued_title_lines > 0)
    a.warnings.push_back(std::to_string(text.glued_title_lines) +
                         " lines of link titles glued together left out");
  // The title's line as the page printed it: a photo's marker right above it (an image's
  // name, an image toolbar's text) makes it the line under the opening photo.
  auto title_line = std::find_if(paras.begin(), paras.end(),
                                 [&](const Paragraph& p) { return p.text == a.title; });
  const PhotoHint title_hint = title_line == paras.end() ? PhotoHint::None : title_line->photo;
  // "Cảm xúc bồi hồi ngày TRỞ LẠI TRƯỜNG XƯA." printed twice over the text
  // (real-eval104/caothang-1): the page's heading and the article's own title, a sentence's stop
  // and all; a caption printed so (an alt text, then the caption) names who the photo shows or
  // describes its scene ("Lãnh đạo huyện trao giấy khen cho …", "Các đại biểu … chụp ảnh lưu
  // niệm.": scene_caption.h, the review's)
  const auto title_at = static_cast<std::size_t>(title_line - paras.begin());
  const bool title_twice = title_line != paras.end() && title_at < twice.size() &&
                           twice[title_at] && at_most_words(a.title, kUsualTitleWords) &&
                           !reads_as_people_caption(a.title) && !is_caption_opening(a.title) &&
                           !shows_who_or_what(a.title) && !describes_photo_scene(a.title, true);
  // A sentence with its stop retold by the lead is a title (is_stopped_title), but not under
  // a photo: a page prints its title above the opening photo, and the sentence under the
  // photo is its caption ("… ra mắt đại hội.", under "leftcenterrightdel").
  // A print view opening at its first photo: a long caption of people where the title
  // stands, and another like it lower down (untitled_page.h is_caption_opening).
  // Or its first caption in brackets, as its other captions are (is_bracketed_whole).
  // Or a caption in a table's cell, where the page's sentences stand in none
  // (cell_caption.h), or one that names its person before their position over the text
  // (addressed_caption.h), or one that places people in the photo ("Bí thư Tỉnh ủy … (thứ 4 từ
  // trái qua) và …", bare_caption.h names_photo_position: real-eval98/bacninh-dangcongsan-1;
  // no title says who stands where).
  auto any_body = [&](auto is) {
    return std::any_of(body.begin(), body.end(), [&](const Paragraph& p) { return is(p.text); });
  };
  bool caption_first =
      !dated && !title_vouched &&
      ((is_caption_opening(a.title) && any_body(reads_as_people_caption)) ||
       (is_bracketed_whole(a.title) && any_body(is_bracketed_whole)) ||
       is_cell_caption_opening(a.title, body) || is_gallery_opening(a.title, body) ||
       names_photo_position(a.title) ||
       (!body.empty() && is_body_text(body.front().text) && is_addressed_caption(a.title)));
  bool untitled = no_title || caption_first || !at_most_words(a.title, kMaxTitleWords) ||
                  code_point_count(a.title) > kMaxTitleChars ||
                  (is_untitled_opening(a.title) &&
                   (under_photo(title_hint) || !(title_twice || is_stopped_title(a.title, body))) &&
                   !title_vouched && a.title != text.title_over_counter &&
                   (body.empty() || !is_dated_title_retold(a.title, body.front().text)));
  if (a.topic.empty() && !untitled)
    a.warnings.push_back("no topic line (kicker): the first line is the title");
  if (untitled) {
    // The page shows no title (untitled_page.h): what stood as one is the article's first
    // paragraph, and the article stays untitled.
    // Above it, a paragraph of the article's text (a sentence, or a lead announcing a list
    // with ':') shows that no page header stood there: the article starts with it, and what
    // follows it, list items perhaps, is the article's too.
    // So does the heading of the article's first part ("1. Tư tưởng Hồ Chí Minh về …": a copy
    // that starts inside the article, at its first part): a page's header numbers no line.
    auto start =
        dated ? above.end() : std::find_if(above.begin(), above.end(), [](const Paragraph& p) {
          return opens_article_text(p.text) || opens_first_part(p.text);
        });
    if (!no_title) {
      // It keeps what stood above its line: a photo's marker there makes it the caption of the
      // photo the page opens with, as it would be anywhere in the body.
      // A print view's first caption (caption_first) is read as one: its words showed it.
      const PhotoHint hint = caption_first ? PhotoHint::Story : title_hint;
      body.insert(body.begin(), Paragraph{std::move(a.title), hint});
    }
    body.insert(body.begin(), std::make_move_iterator(start), std::make_move_iterator(above.end()));
    above.erase(start, above.end());
    a.title.clear();
    a.warnings.push_back(
        "no title line: the article has no title; to give it one, put the title alone on the "
        "file's first line, with no full stop at its end and a blank line under it");
  }
  if (a.title.empty() && !untitled) return NotAnArticle{"no title"};
  std::size_t alt_texts = 0;
  HeaderByline hb = clean_body_start(body, a, alt_texts);
  if (alt_texts > 0) {
    // the photos' leftovers, told with the lines step 2 left out
    auto told = std::find_if(a.warnings.begin(), a.warnings.end(),
                             [](const std::string& w) { return w.starts_with(kPhotoLeftovers); });
    text.photo_lines += alt_texts;
    if (told == a.warnings.end())
      a.warnings.push_back(photo_leftovers_warning(text.photo_lines));
    else
      *told = photo_leftovers_warning(text.photo_lines);
  }
  const std::string& header_author = hb.author.empty() ? header_byline : hb.author;
  if (body.empty()) return NotAnArticle{"only a title, no article text"};

  unglue_end_byline(body);
  mark_photo_story(body, a.title);
  mark_parallel_captions(body);
  mark_closing_gallery(body);
  // the people a photo shows, listed by name with an ellipsis (bare_caption.h
  // lists_people_shown), under a sentence closed by its stop or a byline: a line over it that
  // does neither announces a list of the text's ("… gồm các em", "… như sau", with its colon or
  // not: the review's)
  for (std::size_t i = 1; i < body.size(); ++i)
    if (body[i].photo == PhotoHint::None && lists_people_shown(body[i].text) &&
        ((ends_with_sentence_punct(body[i - 1].text) && !body[i - 1].text.ends_with(':')) ||
         looks_like_byline(body[i - 1].text)))
      body[i].photo = PhotoHint::Story;
  std::size_t after_byline = 0;
  bool dangling_heading = false;
  std::string desk, credit;
  // A gallery's label closing the text with no photos under it ("Hình ảnh:") goes first: the
  // byline over it ("BTT Giáo xứ") is then the text's last line, where an office signs.
  std::optional<std::string> photo_heading = drop_closing_photo_announcement(body);
  // one warning however many (a page of thousands would flood the report), the first named
  if (std::vector<std::string> labels = drop_photoless_gallery_labels(body); labels.size() == 1)
    a.warnings.push_back("dropped a photo heading with no photos under it: " + labels[0]);
  else if (!labels.empty())
    a.warnings.push_back("dropped " + std::to_string(labels.size()) +
                         " photo headings with no photos under them, the first: " + labels[0]);
  const std::string end_byline =
      take_end_byline(body, chrome, after_byline, dangling_heading, desk, credit);
  if (auto heading = photo_heading ? photo_heading : drop_closing_photo_announcement(body)) {
    a.warnings.push_back("dropped a closing photo heading with no photos under it: " + *heading);
    dangling_heading = false;  // the gallery's label was the last line, and is gone
  }
  // with no byline at the end, what step 4 left out stands after the last sentence
  SiteChrome c{.by_shape = text.chrome_lines,
               .header = lines_with_text(above),
               .after_byline = after_byline,
               .learned = text.learned_lines,
               .related_box = text.related_box_lines};
  if (end_byline.empty()) std::swap(c.after_byline, c.after_text);
  if (c.total() > 0) a.warnings.push_back(site_chrome_warning(c));
  a.author = std::string(author_in_byline(byline_without_final_stop(end_byline)));
  // the document's signer, where no byline closes its text
  if (document && a.author.empty()) a.author = document->signer;
  if (document && document->lines > 0)
    a.warnings.push_back(
        "the document's letterhead, addressees, recipients and signature left out: " +
        std::to_string(document->lines) + " lines");
  if (signature) {
    if (a.author.empty()) a.author = signature->signer;
    a.warnings.push_back("the document's signature left out: " + std::to_string(signature->lines) +
                         " lines");
  }
  // "Theo binhdinh online": where the text came from, no writer (byline_outlet.h); its outlet
  // is the source, and the line, no field as written, is told
  if (!outlet_after_theo(byline_without_final_stop(end_byline)).empty())
    a.warnings.push_back("the credit names where the text came from, not its writer: " +
                         end_byline);
  if (std::string_view shot = photographer_in_byline(byline_without_final_stop(end_byline));
      !shot.empty())
    a.warnings.push_back("photographer named in the byline, not the author: " + std::string(shot));
  // "PV - 10:56, 18/12/2020" under the title: the header reads a newsroom's role beside the
  // date as a section, but it signs the text and names none
  if (is_newsroom_role(a.topic)) {
    if (a.author.empty() && hb.author.empty() && header_byline.empty()) a.author = a.topic;
    a.topic.clear();
    a.warnings.push_back("no topic line (kicker): the first line is the title");
  }
  // a source credit at the end names no writer: the one under the title does
  if (a.author.empty())
    a.author = std::string(author_in_byline(byline_without_final_stop(header_author)));
  else
    settle_header_byline(hb, header_byline, a, body);
  // a byline of the header itself (over or beside the date line) that is not the author
  if (std::string_view other = author_in_byline(header_byline);
      !other.empty() && !same_writer(other, a.author))
    a.warnings.push_back("another byline under the title left out: " + header_byline);
  // "Viết bởi Admin", "Tác giả: Quản trị Điều hành Chung": a theme's "by" line or a labelled
  // byline that names the site's account (author_shape.h), no writer; the line is told, not lost
  const std::string& by_account = !end_byline.empty() ? end_byline : header_author;
  auto after_label = [](std::string_view line) {
    const std::size_t colon = line.rfind(':');
    return colon == std::string_view::npos ? line : line.substr(colon + 1);
  };
  if (a.author.empty() && !by_account.empty() &&
      (by_line_name(by_account) || names_site_account(after_label(by_account))))
    a.warnings.push_back("byline naming the site's account, no writer, left out: " + by_account);
  else if (a.author.empty())
    a.warnings.push_back("no byline");
  // "ThS Lê Văn Cường" over "Học viện Chính trị, Bộ Quốc phòng": the name is the author, the
  // writer's position or office under it is told, in no block
  if (hb.lines.size() >= 2) {
    std::string position;
    for (std::size_t i = 1; i < hb.lines.size(); ++i)
      position += (i > 1 ? "; " : "") + hb.lines[i].text;
    a.warnings.push_back("the writer's position under the byline left out: " + position);
  }
  // A print view repeats the title and the byline after the lead, and the header rules read
  // the repeated name as a section: a topic that is the author's name is the byline, no topic.
  if (!a.topic.empty() && fold_for_match(a.topic) == fold_for_match(a.author)) {
    a.topic.clear();
    a.warnings.push_back("no topic line (kicker): the first line is the title");
  }
  // the last paragraph as it stood: read_blocks splits a caption glued to a paragraph
  const std::string last = dangling_heading && !body.empty() ? body.back().text : std::string();
  read_blocks(body, a);
  if (dangling_heading && !a.blocks.empty() && a.blocks.back().type == BlockType::Paragraph &&
      a.blocks.back().text == last)
    a.blocks.back().type = BlockType::Heading;
  head_closing_gallery(a);  // a gallery's label over its captions, last (photo_story.h)
  // No subheading there: a last line shaped as a caption under the text's last sentence is its
  // photo's, whatever its words (closing_caption.h closes_as_caption_by_shape)
  if (!a.blocks.empty() && a.blocks.back().type == BlockType::Paragraph &&
      a.blocks.back().text == body.back().text) {
    std::size_t n = a.blocks.size();
    const Block* above = n > 1 ? &a.blocks[n - 2] : nullptr;
    if ((!above || above->type == BlockType::Paragraph) &&
        closes_as_caption_by_shape(a.blocks.back().text, above ? above->text : a.lead))
      a.blocks.back().type = BlockType::Caption;
  }
  drop_place_the_page_names(a);  // "Huy Quốc – Củ Chi" on a page about huyện Củ Chi
  // the source from the credits around the text, the desk's line over the byline with them
  settle_source(Credits{end_byline, hb.author, header_byline, desk, credit}, a);
  return a;
}

}  // namespace tuyentap
