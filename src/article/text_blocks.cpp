// The body into the lead and blocks: see text_blocks.h.
#include "article/text_blocks.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_set>

#include "article/act_caption.h"
#include "article/attendance.h"
#include "article/back_reference.h"
#include "article/bare_caption.h"
#include "article/capitals_lead.h"
#include "article/caption.h"
#include "article/caption_run.h"
#include "article/caption_score.h"
#include "article/cell_caption.h"
#include "article/closing_caption.h"
#include "article/dated_caption.h"
#include "article/echo_caption.h"
#include "article/event_caption.h"
#include "article/exclaimed_heading.h"
#include "article/glued_credit.h"
#include "article/glued_titles.h"
#include "article/header_shapes.h"
#include "article/interrupted_text.h"
#include "article/lead_prefix.h"
#include "article/photo_story.h"
#include "article/place_caption.h"
#include "article/related_run.h"
#include "article/repeated_caption.h"
#include "article/scene_caption.h"
#include "article/series_link.h"
#include "article/verse.h"
#include "article/view_caption.h"
#include "article/wrapped_line.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxCaptionWords = 60;

// Photos standing together, each with its caption: a line under an image marker or a CMS's
// placeholder ("<title> - ảnh 3") that another photo's marker follows is its caption, however
// short the caption under that one (one clause, with no final stop unless it describes the
// photo's scene: a sentence of the text may stand between two photos too).
// The text's last line under a marker is read the same way: where the stored text was cut
// after a photo, nothing follows its caption (tests/fixtures/real-eval35/tamdamedia-1), and a
// paragraph cut there is a sentence, not one clause with no stop.
// So is a line between two of the one-space lines photos left (PhotoHint::Spacer), once the
// lead is read: a gallery's second photo, its caption as long as a sentence (real-eval74/
// fisavietnam-1, 21 words), the text going on under the next photo.
bool between_photos(const Paragraph& p, const Paragraph* next, bool after_lead) {
  const bool markers = p.photo == PhotoHint::Marker && (!next || next->photo == PhotoHint::Marker);
  // (not a saying in quotation marks, which a page sets apart as well: "“Mỗi người lao động …”")
  const bool spacers = after_lead && p.photo == PhotoHint::Spacer && next &&
                       next->photo == PhotoHint::Spacer && !is_quoted_saying(p.text);
  return (markers || spacers) && !stops_a_sentence_inside(p.text) &&
         (!ends_with_sentence_punct(p.text) || describes_photo_scene(p.text, true));
}

// "Thành phần tham gia Hội thảo:" over "1. Ông …", "2. Ông …", "3. …": the items of a list of
// three or more numbered lines in a row that a line ending with its colon announces
// (real-eval70/vqgxuanson-1); paragraphs of the text, no parts' headings, whatever their shape.
// One pass: item i of `body` is marked.
std::vector<bool> announced_list_items(const std::vector<Paragraph>& body) {
  constexpr std::size_t kMinItems = 3;
  std::vector<bool> items(body.size(), false);
  for (std::size_t i = 0; i < body.size();) {
    if (!opens_with_part_number(body[i].text)) {
      ++i;
      continue;
    }
    std::size_t end = i;
    while (end < body.size() && opens_with_part_number(body[end].text)) ++end;
    if (i > 0 && body[i - 1].text.ends_with(':') && end - i >= kMinItems)
      std::fill(items.begin() + static_cast<std::ptrdiff_t>(i),
                items.begin() + static_cast<std::ptrdiff_t>(end), true);
    i = end;
  }
  return items;
}

namespace {

// Under the photo's marker, a line with no stop over a sentence that opens with its day and ends
// with its stop ("Vườn cây kinh doanh … để chuẩn bị trồng mới" / "Ngày 12/6/2006 Công ty …
// tiến hành buổi lễ …."): the photo's caption over the lead, though the lead is not twice its
// length (the lead sets the day first, as dated_lead below; real-eval89/horuco-1). At most a
// quarter longer than the lead (18 words over 17 there): a sapo that lost its stop tells more
// than a short dated sentence under it (19 words over "Ngày 8/12, Phòng Giáo dục … khai mạc hội
// thi.", 11).
bool over_dated_lead(const Paragraph& p, const Paragraph* next, bool after_lead) {
  return !after_lead && next && !ends_with_sentence_punct(p.text) && opens_with_time(next->text) &&
         ends_with_sentence_punct(next->text) &&
         4 * word_count(p.text) <= 5 * word_count(next->text);
}

// "Tiết mục văn nghệ truyền thống của đồng bào Lô Lô Đen" under the opening photo's marker, over
// "Lễ cúng thường gồm 3 phần chính: …." (real-eval105/dongvangeopark-1): a line of at most
// fifteen words with no stop nor colon over a sentence of the text closed by its stop, at most a
// quarter longer than it, as over_dated_lead reads a caption over a dated lead. A sapo that lost
// its stop tells more than the sentence under it.
bool caption_without_stop(const Paragraph& p, const Paragraph* next) {
  constexpr std::size_t kMaxWords = 15;
  return next && !ends_with_sentence_punct(p.text) && p.text.find(':') == std::string::npos &&
         at_most_words(p.text, kMaxWords) && is_body_text(next->text) &&
         ends_with_sentence_punct(next->text) &&
         4 * word_count(p.text) <= 5 * word_count(next->text);
}

// One clause of at most kMaxWords words closed by one stop, with no comma and no figure, over a
// paragraph of the text at least twice as long. A clause set off by a comma ("Năm học này, nhà
// trường …"), a count, a sum or a year ("… 12 lớp với 350 cháu.", "… năm 2020.") is the text's
// own fact (the review's), no photo's.
bool short_sentence_over_text(std::string_view p, const Paragraph* next) {
  constexpr std::size_t kMaxWords = 20;
  if (!next || !p.ends_with('.') || p.ends_with("..") || !at_most_words(p, kMaxWords) ||
      !is_body_text(next->text))
    return false;
  const std::string_view inner = p.substr(0, p.size() - 1);
  if (inner.find_first_of(".?!,;:0123456789") != std::string_view::npos) return false;
  return 2 * word_count(p) <= word_count(next->text);
}

}  // namespace

// A paragraph a photo stood before, read as its caption; nullopt when it is not one. After
// an image marker, only a short paragraph is one: at most half as long as the text after it,
// or another photo's marker after it (between_photos), or no stop over a dated lead
// (over_dated_lead);
// after a line of one space alone (a photo or a mere spacer), the same once the lead is read
// (a short sapo over a long paragraph is no caption).
std::optional<Block> hinted_caption(const Paragraph& p, const Paragraph* next, bool after_lead,
                                    bool cells_hold_captions) {
  // A spacer is weak: it yields to a heading its writer marked (numbered, in capitals), though
  // not to a heading's shape alone, which a caption with no stop has too; so this rule comes
  // before the heading rules of read_blocks.
  // Under the title set again, a short line must also read as a caption: no sentence of the
  // text (a reasoning word: "Đại hội đã bầu …") and the words of a scene (an act, a person's
  // title, an event, a place), which a part's heading ("Tiếp xúc đối thoại định kỳ") lacks.
  // So does one short sentence with its stop over a longer paragraph of the text ("Chương trình
  // OCOP được người tiêu dùng quan tâm.", real-eval98/congnghieptieudung-1): a part's heading
  // closes with no stop.
  bool title_again = p.photo == PhotoHint::TitleAgain && !has_reasoning_words(p.text) &&
                     (names_scene_words(p.text) || short_sentence_over_text(p.text, next));
  // Over the lead, a sentence that opens with its time and ends with a stop is the lead a
  // photo stood over ("Từ ngày 7/5 đến 8/5 tỉnh … tổ chức …."), however short: no caption sets
  // the day first and closes as a sentence there (real-eval52/dalieunghean-1).
  const bool dated_lead = !after_lead && p.photo == PhotoHint::Marker && opens_with_time(p.text) &&
                          ends_with_sentence_punct(p.text);
  bool marked = (p.photo == PhotoHint::Marker && !dated_lead) || title_again ||
                (p.photo == PhotoHint::Spacer && after_lead && !marked_heading(p.text));
  // under a marker, a line closing a table's cell ("… |") is the photo's own cell: a table
  // of one column holding a photo and its caption, wherever it stands (the text's end too);
  // once the lead is read, so is such a line with no marker left above it (the photo's cell
  // printed nothing), unless the page sets its paragraphs in cells too (cells_hold_captions);
  // over the lead too, with body text under it: where the page's sentences stand in no cell,
  // no sapo closes one (real-eval46/laocaiedu-1: the opening photo's caption in its cell)
  // ... but never the text's closing formula ("Trân trọng thông báo./. |", real-eval74/
  // thawaco-1): "Trân trọng …" (respectfully) or the official text's end mark "./." closes the
  // text in its cell, as a letter signs off
  bool cell = p.text.ends_with(" |") && !closes_as_letter(without_cell_bar(p.text)) &&
              (p.photo == PhotoHint::Marker ||
               (cells_hold_captions && (after_lead || (next && is_body_text(next->text)))));
  // a line the page set off the body's margin (margin_caption.h), once the lead is read: what
  // stands there alone is the photo's caption, wherever it stands (the text's end too, or
  // over another one)
  bool off_margin = p.photo == PhotoHint::OffMargin && after_lead &&
                    at_most_words(p.text, kMaxMarkedCaptionWords);
  // A line printed twice is a photo's alt text and caption; over the lead, a sentence longer
  // than a marked caption, with its stop, is the sapo the page printed again as the body's
  // first line (real-eval57/xanhsachdep-1): the lead, no caption.
  auto sapo_again = [&] {
    return !after_lead && !at_most_words(p.text, kMaxMarkedCaptionWords) &&
           ends_with_sentence_punct(p.text);
  };
  bool caption = p.photo == PhotoHint::Story || off_margin ||
                 (p.photo == PhotoHint::Repeated && at_most_words(p.text, kMaxCaptionWords) &&
                  !sapo_again()) ||
                 (cell && at_most_words(p.text, kMaxCaptionWords)) ||
                 (marked && at_most_words(p.text, kMaxMarkedCaptionWords) &&
                  ((next && 2 * word_count(p.text) <= word_count(next->text)) ||
                   caption_without_stop(p, next) || between_photos(p, next, after_lead) ||
                   over_dated_lead(p, next, after_lead)));
  if (!caption) return std::nullopt;
  if (auto parsed = parse_caption(p.text)) return parsed;
  return Block{BlockType::Caption, without_cell_bar(p.text), {}};  // a table's cell: "… |"
}

// `next` is the paragraph after the lead, if any: when it opens with the same dash, the
// dash is a list's bullet (an article that is a list of dated events), not what is left of
// an agency's logo, and stays like the other items' dashes.
void set_lead(const std::string& p, const Paragraph* next, Article& a) {
  if (auto prefix = lead_prefix(p)) {
    a.lead = std::string(prefix->rest);
    if (a.source.site.empty()) a.source.site = prefix->site;
    return;
  }
  std::string_view rest = without_orphan_dash(p);
  std::string_view dash = std::string_view(p).substr(0, p.size() - rest.size());
  bool bullet = !dash.empty() && next && next->text.starts_with(dash);
  a.lead = std::string(bullet ? std::string_view(p) : rest);
}

// Splits each caption glued to the paragraph after it (glued_credit.h) into the two, in place:
// the paragraphs before the first such caption stay where they are, the rest move (a body of
// thousands of photos was copied whole for one of them). glued_credit_end is asked once a
// paragraph.
void unglue_captions(std::vector<Paragraph>& body) {
  std::size_t first = 0;
  std::optional<std::size_t> end;
  for (; first < body.size() && !(end = glued_credit_end(body[first].text)); ++first) {
  }
  if (first == body.size()) return;
  std::vector<Paragraph> out;
  out.reserve(body.size() + 1);
  out.insert(out.end(), std::make_move_iterator(body.begin()),
             std::make_move_iterator(body.begin() + static_cast<std::ptrdiff_t>(first)));
  for (std::size_t i = first; i < body.size(); ++i) {
    if (i > first) end = glued_credit_end(body[i].text);
    Paragraph& p = body[i];
    if (!end) {
      out.push_back(std::move(p));
      continue;
    }
    std::string rest = p.text.substr(*end);
    p.text.resize(*end);
    while (p.text.ends_with(' ')) p.text.pop_back();  // "Ảnh: TTXVN Hội nghị …"
    out.push_back(std::move(p));
    out.push_back(Paragraph{std::move(rest), PhotoHint::None});
  }
  body.swap(out);
}

// A caption printed again word for word, credit too, after the lead: the same photo's (a page
// sets its lead photo's caption over the sapo, then the figure with its alt text and the caption
// again: tests/fixtures/real-eval36/dantocmiennui-1), kept once; its text stays in the book in
// the first. Only a long one (kMinRepeatedCaptionWords): two photos may share a short caption
// ("Quang cảnh hội nghị"); only in a plain text, where no photo's address tells them apart.
// Not a run of three or more in a row: a gallery's photos that share one caption.
void drop_captions_printed_again(Article& a) {
  constexpr std::size_t kMinRepeatedCaptionWords = 12;
  // the captions seen, text and credit: a set, as a body may hold thousands of photos
  std::unordered_set<std::string> seen;
  auto key = [](const Block& b) -> std::optional<std::string> {
    if (b.type != BlockType::Caption || !b.photo.ref.empty() ||
        at_most_words(b.text, kMinRepeatedCaptionWords - 1))
      return std::nullopt;
    return b.text + '\0' + b.credit;
  };
  // ... but three or more in a row are a gallery's photos that share a caption (text_reader's
  // paragraphs_of keeps each), no photo's caption printed again
  std::vector<bool> gallery(a.blocks.size(), false);
  for (std::size_t i = 0, j = 0; i < a.blocks.size(); i = j) {
    const Block& b = a.blocks[i];
    for (j = i + 1; j < a.blocks.size() && b.type == BlockType::Caption &&
                    a.blocks[j].type == BlockType::Caption && a.blocks[j].text == b.text;)
      ++j;
    if (j - i >= kMinGalleryCopies)
      std::fill(gallery.begin() + static_cast<std::ptrdiff_t>(i),
                gallery.begin() + static_cast<std::ptrdiff_t>(j), true);
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < a.blocks.size(); ++i) {
    auto k = key(a.blocks[i]);
    bool again = k && !gallery[i] && !seen.insert(*k).second && i >= a.lead_at;
    if (again) continue;
    if (kept != i) a.blocks[kept] = std::move(a.blocks[i]);
    ++kept;
  }
  a.blocks.resize(kept);
}

// `next` opens with `line` word for word (of at least six words) and goes on past it with a
// mark and more words.
bool opens_retelling(std::string_view next, std::string_view line) {
  constexpr std::size_t kMinWords = 6;
  if (next.size() <= line.size() + 2 || !next.starts_with(line) ||
      at_most_words(line, kMinWords - 1))
    return false;
  const char after = next[line.size()];
  return after == ';' || after == ',' || after == ':' || after == '.' || after == ' ';
}

// p opens with the same six words, as written, as a caption among the last `blocks` (a
// gallery's photos stand near one another; a bounded look keeps a text of many headings linear).
bool opens_like_caption_above(std::string_view p, const std::vector<Block>& blocks) {
  constexpr std::size_t kOpeningWords = 6, kLookBack = 20;
  std::size_t end = 0;
  for (std::size_t w = 0; w < kOpeningWords; ++w) {
    end = p.find(' ', end);
    if (end == std::string_view::npos) return false;
    ++end;
  }
  const std::string_view opening = p.substr(0, end);
  const std::size_t from = blocks.size() > kLookBack ? blocks.size() - kLookBack : 0;
  return std::any_of(
      blocks.begin() + static_cast<std::ptrdiff_t>(from), blocks.end(),
      [&](const Block& b) { return b.type == BlockType::Caption && b.text.starts_with(opening); });
}

}  // namespace

// Step 5 (text_reader.h).
void read_blocks(std::vector<Paragraph>& body, Article& a) {
  if (std::size_t links = drop_series_links(body, a.title, a.topic))
    a.warnings.push_back(related_run_warning(links));
  unglue_captions(body);
  const bool cells_are_captions = cells_hold_captions(body);
  const std::vector<bool> list_items = announced_list_items(body);
  const std::vector<bool> apart = printed_apart(body);     // repeated_caption.h
  const std::vector<bool> verse = verse_paragraphs(body);  // a poem's lines (verse.h)
  bool have_lead = false;
  std::size_t lead_index = 0;  // the lead's paragraph, once have_lead
  TitleWords title(a.title);
  std::optional<LeadEventRuns> lead_runs;  // made once the lead is known, when first asked
  auto event_runs = [&]() -> const LeadEventRuns& {
    if (!lead_runs) lead_runs.emplace(a.lead, a.title);
    return *lead_runs;
  };
  for (std::size_t i = 0; i < body.size(); ++i) {
    const std::string& p = body[i].text;
    // Folding a paragraph's start is the dearest of the tests below (asked up to four times a
    // paragraph and first in line, it was 13 % of the ten-year scan): asked once, and only
    // after the cheaper shapes have passed.
    std::optional<bool> back_reference;
    auto points_back = [&] {
      if (!back_reference) back_reference = opens_with_back_reference(p);
      return *back_reference;
    };
    // A poem's line after the lead is the text's, one a paragraph: neither a heading nor a
    // photo's caption nor a link to another article, though as short as those
    if (have_lead && verse[i] && !shows_photo(body[i].photo)) {
      a.blocks.push_back(Block{BlockType::Paragraph, p, {}});
      continue;
    }
    std::optional<Block> caption = hinted_caption(
        body[i], i + 1 < body.size() ? &body[i + 1] : nullptr, have_lead, cells_are_captions);
    if (!caption) caption = parse_caption(p);
    if (caption) {
      // A credit on a line of its own belongs to the caption just above it.
      if (caption->text.empty() && !a.blocks.empty() && a.blocks.back().credit.empty() &&
          a.blocks.back().type != BlockType::Heading &&
          at_most_words(a.blocks.back().text, kMaxCaptionWords)) {
        a.blocks.back().type = BlockType::Caption;
        a.blocks.back().credit = caption->credit;
      } else {
        a.blocks.push_back(std::move(*caption));
      }
      continue;
    }
    // "Một số hình ảnh tặng quà … tại các xã", "Một số hình ảnh buổi lễ:" over its photos'
    // captions (a photo story's, photo_story.h): the gallery's label heads them, no photo's
    // caption of its own and no paragraph of the text, colon or none (the fixtures' gallery
    // convention, tests/fixtures/README, settled in session 25).
    if (have_lead && i + 1 < body.size() && body[i + 1].photo == PhotoHint::Story &&
        is_gallery_label(p)) {
      a.blocks.push_back(Block{BlockType::Heading, p, {}});
      continue;
    }
    // "Hình ảnh đoàn viên … tham gia …" under the lead, two such lines in a row: the photos'
    // labels on their scenes (scene_caption.h), a comma in them or none
    if (have_lead && labels_photo_scene(p) &&
        ((i + 1 < body.size() && labels_photo_scene(body[i + 1].text)) ||
         (i > 0 && labels_photo_scene(body[i - 1].text)))) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    // A short line printed again elsewhere in the text: a caption each time, a photo's that
    // another shares, or the lead photo's set again under its figure (repeated_caption.h).
    // Over the lead, only with body text under it: a sapo is no line of a few words. The title
    // printed again is the photos' alt text (clean_body_start), no caption.
    if (apart[i] && p != a.title &&
        (have_lead || (i + 1 < body.size() && is_body_text(body[i + 1].text)))) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    // the second half of a caption broken by a blank line (wrapped_line.h)
    if (!a.blocks.empty() && a.blocks.back().type == BlockType::Caption &&
        a.blocks.back().credit.empty() && continues_caption(a.blocks.back().text, p)) {
      a.blocks.back().text += ' ' + p;
      continue;
    }
    // "( Các cháu thiếu nhi múa chào mừng …)": a caption in brackets alone on its line
    // (bare_caption.h); over the lead too, the lead photo's, as a sapo is no bracket
    if (have_lead || (i + 1 < body.size() && is_body_text(body[i + 1].text))) {
      if (auto inner = bracketed_caption(p)) {
        a.blocks.push_back(Block{BlockType::Caption, std::string(*inner), {}});
        continue;
      }
    }
    // A photo's caption closed by the address of the site it was taken from
    // (bare_caption.h), a short line over body text.
    if (have_lead && i + 1 < body.size()) {
      auto sourced = web_sourced_caption(p);  // first: a search of the line, which most fail
      if (sourced && at_most_words(p, kMaxMarkedCaptionWords) && is_body_text(body[i + 1].text) &&
          2 * word_count(p) <= word_count(body[i + 1].text)) {
        a.blocks.push_back(
            Block{BlockType::Caption, std::string(sourced->text), std::string(sourced->address)});
        continue;
      }
    }
    // Right under the lead, a short line over a paragraph that tells the lead again: the page
    // printed its sapo, the lead photo with its caption, then the whole text
    // (echo_caption.h repeats_lead_opening). A subheading has no place between a sapo and
    // its own words.
    if (have_lead && i == lead_index + 1 && i + 1 < body.size() &&
        at_most_words(p, kMaxMarkedCaptionWords) &&
        2 * word_count(p) <= word_count(body[i + 1].text) &&
        p.find_first_of("?!:") == std::string::npos && !stops_a_sentence_inside(p) &&
        repeats_lead_opening(body[i + 1].text, body[lead_index].text)) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    // ... and the lead's event named alone there, over a text with no part's heading
    // (event_caption.h names_lead_event_alone: "Ngày hội thể thao")
    if (have_lead && i == lead_index + 1 && i + 1 < body.size() && is_body_text(body[i + 1].text) &&
        names_lead_event_alone(p, std::span(body).subspan(i + 1), event_runs())) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    // A caption the page broke in two at a blank line, its second half opening in lower case
    // ("Đồng chí X, nguyên Trưởng ban Tuyên giáo Thành ủy" / "trực tiếp truyền đạt nội dung
    // của Nghị quyết."): asked whole, as the rules below ask a caption on one line, since
    // neither half reads as one alone (the first is a heading's shape, the second no
    // paragraph's start). wrapped_line.h says which second halves may continue a caption.
    if (have_lead && i + 2 < body.size() && !ends_with_sentence_punct(p) &&
        continues_caption(p, body[i + 1].text)) {
      std::string whole = p + ' ' + body[i + 1].text;
      if ((describes_photo_scene(whole) ||
           reads_as_caption(whole, body[i - 1].text, body[i + 2].text)) &&
          !lists_attendance(whole)) {
        a.blocks.push_back(Block{BlockType::Caption, std::move(whole), {}});
        ++i;
        continue;
      }
    }
    // A caption without a credit word: it retells the title or places people in the photo
    // (never a paragraph that opens by pointing back at the text before it, nor one that
    // lists who attended, attendance.h, nor one that tells the hour the event starts at,
    // caption_score.h tells_its_hour; asked last, as it folds every paragraph's start, and
    // the shapes rule most paragraphs out unfolded).
    // A name and a position alone is a portrait's, with text after it (at the end, the
    // byline: taken already).
    if (have_lead &&
        (retells_title(p, title) || names_photo_position(p) ||
         describes_photo_scene(
             p, shows_photo(body[i].photo) ||
                    (!a.blocks.empty() && a.blocks.back().type == BlockType::Caption)) ||
         names_photo_view(p) || (i + 1 < body.size() && names_portrait(p))) &&
        !lists_attendance(p) && !tells_its_hour(p) && !points_back()) {
      a.blocks.push_back(Block{BlockType::Caption, without_cell_bar(p), {}});
      continue;
    }
    // The paragraph above told it word for word: the photo placed after it (echo_caption.h).
    // Under the lead, only a line that ends with a stop: a sapo previews the headings below
    // it in their words, and a heading has no stop (tests/fixtures/real-eval/tapchicongsan-1),
    // where the lead photo's caption retelling the sapo may (real-eval35/binhthuancpv-1); or
    // one naming a person by their title ("… cho ông Trần Tấn Hoàn", real-eval36/krongbong-1),
    // who a photo shows and a heading does not name.
    // (the echo first: a long line is let go unfolded, where the person's title folds it)
    if (have_lead && echoes_paragraph_before(p, body[i - 1].text) &&
        (i > lead_index + 1 || p.ends_with('.') || names_titled_person(p))) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    // No wording rule knows it, but its shape and its place do: who the photo shows, short
    // between longer paragraphs, without their stop (caption_score.h); measured against the
    // body text after the other photos' captions standing under it (caption_run.h).
    if (have_lead && reads_as_caption(p, body[i - 1].text, body_after_caption_run(body, i)) &&
        !points_back()) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    // Among other photos' captions, a line that shows who or what is one too (caption_run.h).
    if (have_lead && !a.blocks.empty() && a.blocks.back().type == BlockType::Caption &&
        i + 1 < body.size() && stands_among_captions(p, body[i + 1].text) && !points_back()) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    // The lead's event named alone between longer paragraphs: the hall's photo
    // (event_caption.h).
    if (have_lead && i + 1 < body.size() &&
        names_lead_event(p, body[i - 1].text, body[i + 1].text, event_runs()) && !points_back()) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    // A congress or a committee named with its term alone: the hall's photo, or the new
    // committee's (event_caption.h).
    if (have_lead && names_termed_event(p) && word_count(p) < word_count(body[i - 1].text) &&
        (i + 1 == body.size() ||
         (is_body_text(body[i + 1].text) && word_count(p) < word_count(body[i + 1].text)))) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    // A building or a location named alone, shorter than the paragraphs around it: a
    // picture's caption (place_caption.h).
    if (have_lead && names_place_shown(p, i + 1 == body.size()) &&
        word_count(p) < word_count(body[i - 1].text) &&
        (i + 1 == body.size() ||
         (is_body_text(body[i + 1].text) && word_count(p) < word_count(body[i + 1].text)))) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    // The last lines, under the text's last sentence (the lead's, or a paragraph's): photos
    // closing the article, each with its caption (closing_caption.h).
    std::size_t captions_above = 0;
    while (captions_above < a.blocks.size() &&
           a.blocks[a.blocks.size() - 1 - captions_above].type == BlockType::Caption)
      ++captions_above;
    if (have_lead && (a.blocks.empty() || a.blocks.back().type != BlockType::Heading) &&
        (closes_with_captions(body, i,
                              !a.blocks.empty() && a.blocks.back().type == BlockType::Caption) ||
         closes_with_caption_pair(body, i) || closes_gallery(body, i, captions_above) ||
         closes_with_photo_row(body, i))) {
      for (; i < body.size(); ++i) a.blocks.push_back(Block{BlockType::Caption, body[i].text, {}});
      break;
    }
    // The text's last line with its stop under a caption another rule read: the pair above,
    // the caption's paragraph being the text's last sentence (closing_caption.h).
    if (have_lead && i + 1 == body.size() && i >= 2 && !a.blocks.empty() &&
        a.blocks.back().type == BlockType::Caption && a.blocks.back().text == body[i - 1].text &&
        closes_with_caption_pair(body, i - 1, true) && !points_back()) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    // The text's last line with its stop, a scene's sentence or the event named alone under
    // the text's last sentence (closing_caption.h closes_with_scene); right under the lead, who
    // the photo shows at an act, however long (closes_cut_lead: the page cut under its photo).
    if (have_lead && i + 1 == body.size() &&
        (a.blocks.empty() || a.blocks.back().type != BlockType::Heading) &&
        (closes_with_scene(p, body[i - 1].text) ||
         (i == lead_index + 1 && closes_cut_lead(p, body[i - 1].text))) &&
        !points_back()) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    // The text's last line, a gallery's label with its captions glued on (photo_story.h
    // labels_some_photos): the photos closing the article, one caption, its captions set apart
    // where they ran together (glued_titles.h unglued_titles).
    if (have_lead && i + 1 == body.size() && labels_some_photos(p)) {
      if (std::string parts = unglued_titles(p, "; "); parts != p) {
        a.blocks.push_back(Block{BlockType::Caption, std::move(parts), {}});
        continue;
      }
    }
    // Between two paragraphs, a session's photo named ("Hình ảnh buổi tuyên truyền tại Trường
    // THPT Phan Đình Phùng", real-eval85/tinhdoan-daknong-1; photo_story.h names_session_photo):
    // its caption. ("Một số hình ảnh …" there labels a gallery, real-eval41/mucangchai-1.)
    if (have_lead && names_session_photo(p) && i + 1 < body.size() &&
        is_body_text(body[i - 1].text) && is_body_text(body[i + 1].text)) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    // A gallery's caption above the body ("Một số hình ảnh Đại hội …", no stop): the photos
    // stand there, the lead comes after them (photo_story.h announces_photos).
    if (!have_lead && !ends_with_sentence_punct(p) && announces_photos(p) && i + 1 < body.size() &&
        is_body_text(body[i + 1].text)) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    // Under the title, a photo's scene over a paragraph is its caption, not the lead: with no
    // stop (a lead is a sentence), or a short phrase with one ("Toàn cảnh hội nghị.": a lead
    // is no phrase of a few words). So is the hall's view ("Toàn cảnh cuộc họp",
    // view_caption.h), which no lead opens with in so few words.
    // So is a line past the scene rule's length that the caption score takes with every cue
    // it can have there (caption_score.h reads_as_caption_over_lead): who the photo shows, an
    // act, no stop over a sentence, half as long as it ("Đồng chí X - …, Bí thư … và đồng chí
    // Y - … tặng quà cho …", 40 words: the lead photo's caption over the sapo).
    constexpr std::size_t kMaxScenePhraseWords = 6;
    if (!have_lead && (!ends_with_sentence_punct(p) || at_most_words(p, kMaxScenePhraseWords)) &&
        (describes_photo_scene(p) || names_photo_view(p) ||
         (i + 1 < body.size() && reads_as_caption_over_lead(p, body[i + 1].text))) &&
        i + 1 < body.size() && is_body_text(body[i + 1].text) && !lists_attendance(p)) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    // A part's heading in capitals or after a bullet before the first paragraph ("TƯ TƯỞNG
    // HỒ CHÍ MINH VỀ …", "* Sự ra đời của …") is no lead: the paragraph under it is. Nor is
    // a line in capitals whatever ends it ("… THÀNH CÔNG TỐT ĐẸP!", a deck, a slogan): a lead
    // is written in sentence case, as the paragraph under it is, unless the site prints the
    // whole sapo in capitals: a long sentence, no phrase (capitals_lead.h).
    bool caps_line = is_all_caps(p) && i + 1 < body.size() && !is_all_caps(body[i + 1].text) &&
                     !reads_as_capitals_sapo(p);
    // (under a line in capitals, a sapo of 20 words or more whose stop the page left out is
    // the lead too: "Phần 2: TƯƠNG LAI PHÁT TRIỂN (Trích Báo cáo … nhiệm kỳ 2010 – 2015)")
    constexpr std::size_t kMinUnstoppedSapoWords = 20;
    auto sapo_under = [&] {
      return caps_line && !at_most_words(body[i + 1].text, kMinUnstoppedSapoWords - 1);
    };
    if (!have_lead &&
        (caps_line ||
         ((is_all_caps(p) || opens_with_bullet(p)) && heading_shape(without_bullet(p)))) &&
        i + 1 < body.size() && (is_body_text(body[i + 1].text) || sapo_under())) {
      a.blocks.push_back(Block{BlockType::Heading, p, {}});
      continue;
    }
    // A part's number before the first paragraph ("1. Tư tưởng Hồ Chí Minh về …"), and a
    // subheading right under such a heading ("Về vai trò của …"), are headings too: the
    // paragraph under them is the lead.
    auto body_under = [&](std::size_t k) { return k < body.size() && is_body_text(body[k].text); };
    bool numbered = opens_with_part_number(p) && heading_shape(p) &&
                    (body_under(i + 1) ||
                     (i + 1 < body.size() && heading_shape(body[i + 1].text) && body_under(i + 2)));
    bool under_heading = !a.blocks.empty() && a.blocks.back().type == BlockType::Heading &&
                         heading_shape(p) && body_under(i + 1);
    if (!have_lead && (numbered || under_heading)) {
      a.blocks.push_back(Block{BlockType::Heading, p, {}});
      continue;
    }
    if (!have_lead) {
      set_lead(p, i + 1 < body.size() ? &body[i + 1] : nullptr, a);
      a.lead_at = a.blocks.size();  // a heading or a photo the page set above it stays there
      have_lead = true;
      lead_index = i;
      LinkRun run = i + 1 < body.size() && verse[i + 1] ? LinkRun{} : link_run_at(body, i + 1);
      if (run.captions) {
        // photos standing together close the cut page: their captions, one a line
        for (std::size_t k = i + 1; k < body.size(); ++k)
          a.blocks.push_back(Block{BlockType::Caption, body[k].text, {}});
        break;
      }
      if (run.size > 0) {
        a.warnings.push_back(related_run_warning(run.size));
        i += run.size;
      }
      continue;
    }
    bool followed_by_text = i + 1 < body.size() && !parse_caption(body[i + 1].text);
    // a part's numbered heading ("II. Phát biểu chỉ đạo …") stays one where a cut text ends
    bool numbered_last =
        i + 1 == body.size() && opens_with_part_number(p) && heading_shape(p) && !list_items[i];
    // a part's heading that exclaims, over body text (exclaimed_heading.h)
    bool exclaimed = followed_by_text && exclaims_heading(p) && is_body_text(body[i + 1].text);
    bool heading = followed_by_text && heading_shape(p) && !list_items[i];
    // A subheading's shape the text runs on across, the paragraph under it pointing back past
    // it ("Lễ mừng thọ" / "Nhân dịp này, …") or the one above leaving its sentence open (";"):
    // no part starts there; it is the caption of a photo set in the run of the text
    // (interrupted_text.h).
    // A subheading's shape opening with the same six words as a caption read above it: the
    // next photo of one gallery ("ĐVTN giúp làm đường bê tông tại nhà ông …" under "… tại nhà
    // Bà …"), no part's heading (untitled_page.h is_gallery_opening)
    // "Lễ đài chính … (chùa Pháp Hoa, phường Vĩnh Điện)" over "Lễ đài chính … (chùa Pháp Hoa,
    // phường Vĩnh Điện); Chương trình …": a paragraph that opens with the line word for word
    // and goes on; a part's heading names its topic and the text under it goes on in its own
    // words: the line is the photo's caption, which the text then tells (real-eval49/
    // phatgiaoquangnam-1)
    // "… đón nhận Huân chương Hồ Chí Minh lần thứ hai,12-2016": a heading's shape closing with
    // a month and a year is a photo's caption (dated_caption.h)
    if (heading && (opens_retelling(body[i + 1].text, p) || ends_with_photo_date(p))) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    if (heading && opens_like_caption_above(p, a.blocks)) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    if (heading && !a.blocks.empty() && a.blocks.back().type == BlockType::Paragraph &&
        interrupts_text(p, body[i - 1].text, body[i + 1].text)) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    // A short line naming an act before a camera that the text tells again, or under
    // another such caption, with no stop (a subheading's shape) or one: a photo's caption, no
    // part's heading nor a paragraph (act_caption.h).
    if (followed_by_text && (a.blocks.empty() || a.blocks.back().type != BlockType::Heading) &&
        names_told_act(body, i,
                       !a.blocks.empty() && a.blocks.back().type == BlockType::Caption
                           ? std::string_view(a.blocks.back().text)
                           : std::string_view()) &&
        !points_back()) {
      a.blocks.push_back(Block{BlockType::Caption, p, {}});
      continue;
    }
    Block b;
    b.type = heading || numbered_last || exclaimed ? BlockType::Heading : BlockType::Paragraph;
    b.text = p;
    a.blocks.push_back(std::move(b));
  }
  if (!have_lead) a.warnings.push_back("no lead paragraph");
  // "Đồng chí X phát biểu khai giảng lớp |": whichever rule read a caption, the bar a text
  // browser prints where a table's cell closes is the layout's, no word of the caption
  // (cell_caption.h); so is the bar after a closing formula in its cell ("Trân trọng thông
  // báo./. |", closing_caption.h closes_as_letter), which no rule reads as a caption
  for (Block& b : a.blocks)
    if (b.text.ends_with(" |") &&
        (b.type == BlockType::Caption || closes_as_letter(without_cell_bar(b.text))))
      b.text = without_cell_bar(b.text);
  drop_captions_printed_again(a);
}
}  // namespace tuyentap
