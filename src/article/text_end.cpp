// The end of the body, the byline and the chrome after it: see text_end.h.
#include "article/text_end.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "article/article_tail.h"
#include "article/bare_caption.h"
#include "article/byline.h"
#include "article/byline_initials.h"
#include "article/byline_name.h"
#include "article/byline_outlet.h"
#include "article/byline_unit.h"
#include "article/caption.h"
#include "article/closing_caption.h"
#include "article/closing_stamps.h"
#include "article/comment_form.h"
#include "article/credit_source.h"
#include "article/document_tail.h"
#include "article/end_byline_shapes.h"
#include "article/family_names.h"
#include "article/hashtag_row.h"
#include "article/labelled_byline.h"
#include "article/leading_symbols.h"
#include "article/office_byline.h"
#include "article/page_footer.h"
#include "article/scene_caption.h"
#include "article/series_note.h"
#include "article/signature_block.h"
#include "article/text_lines.h"
#include "article/text_photo_label.h"
#include "article/vi_syllable.h"
#include "article/writer_unit.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kBylineSearch = 4;  // paragraphs after the last sentence

using Paragraphs = std::vector<Paragraph>;

bool is_caption(const Paragraph& p) {
  return shows_photo(p.photo) || parse_caption(p.text).has_value();
}

// A person the text above `at` names in whole words ("GS-TS Hoàng Chí Bảo" under an
// interview's portrait): the text's subject, no writer, who is hardly ever named in it.
bool named_above(const Paragraphs& body, std::size_t at, std::string_view name) {
  std::string key = fold_for_match(name);
  if (key.empty()) return false;
  auto letter = [](const std::string& s, std::size_t i) {
    return i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]));
  };
  for (std::size_t i = 0; i < at; ++i) {
    std::string text = fold_for_match(body[i].text);
    for (std::size_t f = text.find(key); f != std::string::npos; f = text.find(key, f + 1))
      if ((f == 0 || !letter(text, f - 1)) && !letter(text, f + key.size())) return true;
  }
  return false;
}

// Nothing from `from` on is text: no sentence, no byline (a page's link line, a button).
bool no_text_after(const Paragraphs& body, std::size_t from) {
  for (std::size_t i = from; i < body.size(); ++i)
    if (is_prose(body[i].text) || looks_like_byline(body[i].text)) return false;
  return true;
}

// Every line from `from` on is shorter than a caption's fewest words (a table's bar, a
// button): nothing of the page's text or of its boxes of links stands there.
bool only_short_lines_after(const Paragraphs& body, std::size_t from) {
  constexpr std::size_t kFewestCaptionWords = 3;
  for (std::size_t i = from; i < body.size(); ++i)
    if (!at_most_words(body[i].text, kFewestCaptionWords - 1)) return false;
  return true;
}

// "Tin, ảnh: Quang Khải - Q6.", "Nguyễn Thị Hòa – PCT Huyện hội.": a byline that its label or
// the unit after its name and a final stop make as long as a short sentence (is_prose), and that
// signs the text all the same.
bool signs_the_text(std::string_view line) {
  std::string_view bare = byline_without_final_stop(line);
  return bare.size() < line.size() && looks_like_byline(bare) &&
         (opens_with_writer_credit(bare) || writer_before_unit(bare).size() < bare.size());
}

// "Hội kiến trúc sư Việt Nam.": an office's or a unit's name alone with a stop, the text's last
// paragraph, signs it as a name would (real-eval74/kienviet-1); the stop makes it no sentence.
bool office_signs_last(std::string_view line) {
  const std::string_view bare = byline_without_final_stop(line);
  return bare.size() < line.size() && (signs_as_office(bare) || signs_as_unit(bare));
}

// "HÀ MY", "V.D", "THẾ HIỆP – HUYỆN ĐOÀN PHÙ MỸ" right under the last sentence, over the
// page's buttons or a source's credit ("Top", "Gửi cho bạn bè", "Nguồn: Cổng thông tin …"): a
// writer's name in capitals signs there, whatever its first word. A box title in capitals has
// its list under it, each item a headline's length ("TIN ẢNH" over "- UBND tỉnh nghe báo cáo …").
bool signs_over_chrome(const Paragraphs& body, std::size_t j) {
  constexpr std::size_t kButtonWords = 4;  // "Gửi cho bạn bè", "Xem thêm >>"
  const std::string& p = body[j].text;
  if (!looks_like_capitals_byline(p) && !(is_all_caps(p) && looks_like_byline(p))) return false;
  if (in_signature_block(p)) return false;
  if (j + 1 >= body.size()) return true;
  const std::string& next = body[j + 1].text;
  return !in_signature_block(next) &&
         (at_most_words(next, kButtonWords) || looks_like_source(next));
}

// Whether body[j] closes the sentence the paragraph over it leaves open: that one a line of a
// wrapped text's length (kWrappedWords words at least) ending on a letter, with no stop, and
// this one ending with the sentence's stop. A byline stands under a closed sentence; a caption
// with no stop over a byline is shorter.
bool ends_wrapped_sentence(const Paragraphs& body, std::size_t j) {
  constexpr std::size_t kWrappedWords = 12;
  if (j == 0 || !body[j].text.ends_with('.') || body[j].text.ends_with("..") ||
      shows_photo(body[j].photo))
    return false;
  const std::string& above = body[j - 1].text;
  if (above.empty() || at_most_words(above, kWrappedWords - 1)) return false;
  const auto end = static_cast<unsigned char>(above.back());
  return (end >= 0x80 || is_ascii_letter(above.back())) && !ends_with_sentence_punct(above) &&
         !parse_caption(above);
}

// "(Phòng Trưng bày – Tuyên truyền)", "(Huyện đoàn Bình Liêu)": an office or a unit signing in
// brackets, perhaps with its unit after
// a dash, loses them as a name does (byline.h byline_without_brackets, "(Thanh Huyền)"); so do
// a name typed lower and a role before a handle (byline_name.h, end_byline_shapes.h).
std::string_view signature_without_brackets(std::string_view byline) {
  std::string_view s = byline.ends_with('.') ? byline.substr(0, byline.size() - 1) : byline;
  if (s.size() < 2 || s.front() != '(' || s.back() != ')') return byline;
  std::string_view inner = s.substr(1, s.size() - 2);
  std::string_view head = inner;
  for (std::string_view dash : {"–", "-", "—"}) head = trim_spaces(head.substr(0, head.find(dash)));
  // "(Minh hiếu)", "(btv chiminh)": a name typed lower, a role and a handle, as unbracketed
  if (signs_as_office(head) || signs_as_unit(head) || names_organisation(head) ||
      is_name_typed_lower(head) || is_role_and_handle(head))
    return inner;
  return byline_without_brackets(byline);
}

// "Top", "Back", "QR Code", "[Trở về]": a page's button or widget label, where the page's own
// parts begin (vi_syllable.h: no Vietnamese word; end_byline_shapes.h); initials typed in
// title case ("Tq") and a role before a site's handle ("btv chiminh") sign.
bool ends_page_text(std::string_view p) {
  // "N. H" (byline_name.h is_spaced_initials) spells no syllable and is as short as a button's
  // label, but signs
  if (is_spaced_initials(p)) return false;
  return (is_foreign_word(p) && !is_vowelless_initials(p)) ||
         (is_link_or_widget_label(p) && !is_role_and_handle(p));
}

// "… nhiệm kỳ 2020 – 2025. (Hà Nguyên)": the writer's name glued in brackets after the last
// sentence, with no sentence nor byline after it, becomes the byline's own paragraph
// (end_byline_shapes.h), unless the text above names that person (its subject); so does a
// writer's label glued to the last sentence's stop ("… tỉnh Trà Vinh.Tin: Trương Thị Yên"), and a
// newsroom's role signing there ("… vào Quý III năm 2008. PV.").
void split_glued_byline(Paragraphs& body) {
  for (std::size_t i = body.size(); i-- > 0;) {
    std::size_t at = glued_name_in_brackets(body[i].text);
    const bool bracketed = at != std::string::npos;
    if (!bracketed) at = glued_labelled_byline(body[i].text);
    if (at == std::string::npos) at = glued_newsroom_role(body[i].text);
    if (at != std::string::npos) {
      std::string byline = body[i].text.substr(at);
      if (bracketed && named_above(body, i, byline_without_brackets(byline))) return;
      body[i].text.resize(at);
      while (body[i].text.ends_with(' ')) body[i].text.pop_back();
      body.insert(body.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                  Paragraph{std::move(byline), PhotoHint::None});
      return;
    }
    // a source's credit under the signature ("Nguồn: …", "Theo …") names no writer: looked past
    // (asked last, of a byline's shape only: it reads the line as a byline)
    if (!is_link_or_widget_label(body[i].text) &&
        (is_prose(body[i].text) ||
         (looks_like_byline(body[i].text) &&
          !(looks_like_source(body[i].text) && credits_source_only(body[i].text)))))
      return;
  }
}

// "… thực hiện chương trình quan trọng này.Các tin mới hơn": a box's or a pager's label (a
// marker that ends the article: templates/chrome-markers.txt) glued after the text's last
// stop, as a page's link follows the text with no space (real-eval72/ccihp-1). Cut off the
// text's last paragraph (its stop kept); true when one was.
bool cut_glued_box_label(Paragraphs& body, const ChromeMatcher& chrome) {
  constexpr std::size_t kMaxLabelWords = 6;
  if (body.empty() || ends_with_sentence_punct(body.back().text)) return false;
  std::string& text = body.back().text;
  const std::size_t stop = text.find_last_of(".!?");
  if (stop == std::string::npos || stop + 1 >= text.size()) return false;
  const std::string_view label = std::string_view(text).substr(stop + 1);
  if (!starts_with_upper(label) || !at_most_words(label, kMaxLabelWords) ||
      !chrome.ends_article(fold_for_match(label)))
    return false;
  text.resize(stop + 1);
  return true;
}

// An organisation or a unit of writer_unit.h's list by its full name (office_byline.h
// names_organisation, names_unit_in_full), signing alone as the text's last line.
bool signs_in_full(std::string_view line) {
  return names_organisation(line) || names_unit_in_full(line);
}

// "Trần Văn An (Văn phòng Sở) |", "Ban Biên tập |" → without " |": the bar a text browser
// prints where a table's cell closes (cell_caption.h) is the layout's, no part of the
// signature in that cell (a byline's shape, or an office's signing: office_byline.h).
void drop_signature_cell_bar(std::string& line) {
  if (!line.ends_with(" |")) return;  // most lines: no copy made
  std::string bare = without_cell_bar(line);
  if (looks_like_byline(bare) || signs_as_office(bare) || signs_as_unit(bare) ||
      names_organisation(bare) || !name_before_reporting_verb(bare).empty())
    line = std::move(bare);
}

}  // namespace

std::string take_end_byline(Paragraphs& body, const ChromeMatcher& chrome, std::size_t& dropped,
                            bool& dangling, std::string& desk, std::string& credit) {
  // The documents the article points to at its end ("Văn bản liên quan:" over their names,
  // "Toàn văn Nghị quyết: https://…", document_tail.h) are its own: kept, after the byline.
  Paragraphs documents;
  if (DocumentRun run = document_run(body, 1); run.end > run.begin) {
    const auto at = [&](std::size_t i) { return body.begin() + static_cast<std::ptrdiff_t>(i); };
    documents.assign(std::make_move_iterator(at(run.begin)), std::make_move_iterator(at(run.end)));
    body.erase(at(run.begin), at(run.end));
  }
  const bool glued_label = cut_glued_box_label(body, chrome);
  split_glued_byline(body);
  const std::size_t n = body.size();
  std::size_t byline_lines = 0;
  // The last sentence: not a footer, nor a line printed twice (a photo's alt text and its
  // caption, or a comment doubled by the page's script).
  // "VĂN PHÒNG TRỤ SỞ CHÍNH" over "Lô 4H, đường …, tỉnh Quảng Ngãi.", "CẢNG PTSC DUNG QUẤT"
  // over "Xã Bình Thuận, …": offices' names in capitals each over its postal address
  // (page_footer.h is_postal_address), two pairs or more in a row, the site's footer listing its
  // offices (real-eval79/ptscquangngai-1). One pair is where a notice sends its reader ("Ứng
  // viên nộp hồ sơ tại:", "Địa điểm:" over a hall's name and address: the review's probes), so
  // is a run under a line that ends with its colon; nor a writer's name in capitals (a family
  // name first) over where the writer lives.
  const auto pair_at = [&](std::size_t i) {  // body[i] an address under an office's name
    if (i == 0 || i >= n || !is_postal_address(body[i].text)) return false;
    const std::string_view above = body[i - 1].text;
    return is_all_caps(above) &&
           !(is_family_name(first_word(above)) && looks_like_capitals_byline(above));
  };
  // each run found once, in one pass (a page of thousands of pairs: linear), under the last
  // sentence that is no address (most pages: one look at their last paragraph)
  std::size_t tail_from = n;
  while (tail_from > 0 &&
         !(is_prose(body[tail_from - 1].text) && !is_postal_address(body[tail_from - 1].text)))
    --tail_from;
  std::vector<bool> in_office_footer(n, false);
  for (std::size_t i = std::max<std::size_t>(tail_from, 1); i < n;) {
    if (!pair_at(i)) {
      ++i;
      continue;
    }
    std::size_t last_pair = i;
    while (pair_at(last_pair + 2)) last_pair += 2;
    if (last_pair > i && !(i >= 2 && body[i - 2].text.ends_with(':')))
      for (std::size_t k = i; k <= last_pair; k += 2) in_office_footer[k] = true;
    i = last_pair + 1;
  }
  const auto office_address = [&](std::size_t i) { return i < n && in_office_footer[i]; };
  std::size_t last = n;
  for (std::size_t i = n; i-- > 0;) {
    if (is_prose(body[i].text) && !signs_the_text(body[i].text) && !office_address(i) &&
        !(i + 1 == n && office_signs_last(body[i].text)) && !shows_photo(body[i].photo) &&
        !is_page_footer_line(body[i].text, chrome)) {
      last = i;
      break;
    }
  }
  if (last == n) {
    // No sentence at all: the last paragraph, but never the only one.
    if (n < 2 || !looks_like_byline(body.back().text)) return {};
    last = n - 2;
  }
  // The page's footer, and the lines the page prints about itself (its boxes' titles, its
  // rows of icons, its bars: article_tail.h), wherever they stand after the last sentence.
  // A paragraph stands for all the file's lines joined into it (a line printed twice is kept
  // once): each paragraph left out counts them all, beyond the one `n` counts.
  // So are a list's time stamps closing the page, and an event's box (closing_stamps.h).
  std::size_t more_lines = 0;
  // a signature's cell bar comes off first: to the tail's chrome, a line closed by a bar is a
  // menu's (drop_signature_cell_bar)
  for (std::size_t j = last + 1; j < n; ++j) drop_signature_cell_bar(body[j].text);
  // a calendar plugin's event box closing the page goes as the stamps do (closing_stamps.h)
  const std::size_t stamps = std::min(closing_stamps_begin(body), event_box_begin(body));
  // The site's name in capitals heading its footer ("TRANG THÔNG TIN ĐIỆN TỬ HUYỆN …" over
  // "Cơ quan chủ quản: …"): the footer's own title; never a byline in capitals, framed or not
  std::vector<bool> heads_footer(n, false);
  for (std::size_t j = last + 1; j + 1 < n; ++j)
    heads_footer[j] =
        office_address(j + 1) ||
        (is_all_caps(body[j].text) && without_frame(body[j].text) == body[j].text &&
         !looks_like_capitals_byline(body[j].text) && !looks_like_byline(body[j].text) &&
         is_page_footer_line(body[j + 1].text, chrome));
  // A row of the post's hashtags after the text (hashtag_row.h), unless a line announces it
  std::vector<bool> tags(n, false);
  for (std::size_t j = last + 1; j < n; ++j)
    tags[j] = is_hashtag_row(body[j].text) && !body[j - 1].text.ends_with(':');
  std::erase_if(body, [&, i = std::size_t{0}](const Paragraph& p) mutable {
    const std::size_t at = i++;
    bool out =
        at > last &&
        ((is_page_footer_line(p.text, chrome) && !signs_with_glued_initial(p.text) &&
          !signs_with_account_handle(p.text)) ||
         heads_footer[at] || tags[at] || (heads_footer[at - 1] && office_address(at)) ||
         // a box of the page's lists ("Bài viết cùng chuyên mục") under a banner's
         // leftover is the page's too: no photo is captioned so
         ((!is_caption(p) || names_page_box(p.text)) && is_tail_chrome(p.text)) || at >= stamps ||
         // "Tác giả:" closing the page with no name under it: the CMS's empty byline
         // field, a label of no one (article_tail.h is_byline_label_alone)
         // "Trả lời" closing the page: the comment list's reply link (comment_form.h)
         (at + 1 == n && (is_byline_label_alone(p.text) || is_reply_link(p.text))));
    if (out) more_lines += p.lines - 1;
    return out;
  });
  std::string author;
  std::size_t keep_to = body.size(), skip_to = body.size();
  for (std::size_t j = last + 1, looked = 0; j < body.size() && looked < kBylineSearch; ++j) {
    // "===== Nguyễn Thị Phong=====": the signature set apart by its marks (end_byline_shapes.h).
    // The frame is the signature's own mark, whatever shape its inside has (a name with its
    // unit glued, a label, an office): taken off before the shapes below are read.
    if (std::string_view inner = without_frame(body[j].text); inner.size() < body[j].text.size()) {
      body[j].text = std::string(inner);
      drop_signature_cell_bar(body[j].text);  // the cell's bar inside the frame, as outside it
    }
    // "👉 Minh Khoa", "✍️ Thu Hà": the signature after an emoji, as a post sets it apart
    // (leading_symbols.h)
    if (std::string_view inner = without_leading_symbols(body[j].text);
        inner.size() < body[j].text.size() && looks_like_byline(inner))
      body[j].text = std::string(inner);
    // "-Nguyễn Hoa-", "– Minh Anh –": the signature set between two dashes, as a bracket sets it
    // apart (real-eval78/thuyloi-namhatinh-1)
    if (std::string_view inner = between_dashes(body[j].text);
        !inner.empty() && looks_like_byline(inner))
      body[j].text = std::string(inner);
    // "Tác giả: Võ Thị Cẩm Tú Nguồn: Công đoàn viên": the source's credit printed on the
    // writer's line is the source, as on the line under it (labelled_byline.h)
    if (std::string_view name = before_source_label(body[j].text);
        name.size() < body[j].text.size() && looks_like_byline(name)) {
      credit = trim_spaces(std::string_view(body[j].text).substr(name.size()));
      body[j].text.resize(name.size());
    }
    // "Ban MVTT Giáo xứ Tân Hương,": the last line signing with a comma after it, as a letter
    // signs off (real-eval65/gxtanhuong-1); the comma is no part of the name. Not a list's last
    // line: names parted by commas, or under a line that opens a list with its colon ("Các em
    // đạt giải gồm:" over "Nguyễn Văn An, Trần Thị Bình,")
    if (j + 1 == body.size() && body[j].text.ends_with(',') &&
        !(j > 0 && body[j - 1].text.ends_with(':'))) {
      std::string_view bare = std::string_view(body[j].text).substr(0, body[j].text.size() - 1);
      if (bare.find(',') == std::string_view::npos &&
          (signs_as_office(bare) || signs_as_unit(bare) || looks_like_byline(bare)))
        body[j].text.pop_back();
    }
    const std::string& p = body[j].text;
    // "Tin: Minh Anh - Ảnh: Thu Hà" credits a photo too, but is the byline; so is a byline
    // under the text's last photo, which no caption can be: a caption needs body text or
    // another photo under it (text_blocks.h), or to read as one (closing_caption.h)
    bool under_last_photo = body[j].photo == PhotoHint::Marker && j + 1 == body.size() &&
                            !parse_caption(p) &&
                            (looks_like_byline(p) || signs_as_office(p) || signs_as_unit(p)) &&
                            !reads_as_closing_caption(p, body[j - 1].text) &&
                            !named_above(body, j, name_without_degrees(author_in_byline(p)));
    if (is_caption(body[j]) && !opens_with_writer_credit(p) && !under_last_photo) continue;
    // "Ban Lễ Sinh" between two of a gallery's captions (photo_story.h): a photo of the altar
    // servers' board, captioned by its name, no office signing the text (real-eval49/
    // providenceportieux-1); its caption's hint, as its neighbours have. Only an office or a unit:
    // a person's name there still signs (a writer's name may stand among the last photos,
    // page_end_forms_test.cpp).
    if (j + 1 < body.size() && body[j - 1].photo == PhotoHint::Story &&
        body[j + 1].photo == PhotoHint::Story && (signs_as_office(p) || signs_as_unit(p))) {
      body[j].photo = PhotoHint::Story;
      continue;
    }
    // "(Ban Tổ chức trao quà cho các cháu)": a caption in brackets, who does what, is no
    // writer in brackets (bare_caption.h)
    if (bracketed_caption(p)) continue;
    // "… tại Khu Di tích lịch sử Tượng đài chiến thắng" over "La Ngà – Đồng Nai.": a
    // hard-wrapped sentence's last line, a proper noun the joiner left apart (text_lines.h
    // joins a line in lower case only), is the sentence's end, no byline
    if (ends_wrapped_sentence(body, j)) continue;
    // "(Còn nữa)": a serial's note closes the text, the byline may stand under it (series_note.h)
    if (is_series_note(p)) continue;
    ++looked;
    // "GIÁM ĐỐC" / "Lê Đức Nhân", "TM. BAN THƯỜNG VỤ" / "BÍ THƯ" / "Nguyễn Văn An": a signature
    // block in capitals over the signer's name, with the page's buttons or a source's credit
    // after it: the signer signs, as official_document.h read_closing_signature reads the same
    // block when nothing follows it (real-eval75/dananghospital-1); never the post
    if (std::size_t name = signer_under_block(body, j); name != 0) {
      author = body[name].text;
      byline_lines = name - j + 1;
      keep_to = j;
      skip_to = name + 1;
      break;
    }
    // the same block with no name under it ("TM. ĐẢNG ỦY" / "BÍ THƯ" over the page's boxes, or
    // alone): no writer, the page's from there on, as a box title's
    if (post_over_page_lines(body, j)) {
      keep_to = skip_to = j;
      break;
    }
    // a box title, with its list after it; a writer's name in capitals ("TRẦN TÚ": a family
    // name first, a name's shape) over the page's links is the byline
    if (is_all_caps(p) && j + 2 < body.size() &&
        !(is_family_name(first_word(p)) && looks_like_capitals_byline(p)) &&
        !(looked == 1 && signs_over_chrome(body, j))) {
      keep_to = skip_to = j;
      break;
    }
    // "Top", "Back": a page's button under the text, where the page's own parts begin
    if (ends_page_text(p)) {
      keep_to = skip_to = j;
      break;
    }
    // a signer's post over anything else ("GIÁM ĐỐC" over a caption) is no byline
    if (post_line(body[j]) && in_signature_block(p)) continue;
    // "Ban Biên tập" over "Nguyễn Văn An": the board the writer signs for; the name signs
    // (office_byline.h), the board is its desk (below)
    if (is_editorial_board(p) && j + 1 < body.size() && looks_like_name(body[j + 1].text) &&
        !is_editorial_board(body[j + 1].text))
      continue;
    // an office or a unit may sign it ("Ban Tổ chức", "Huyện đoàn Bình Liêu"), alone on the
    // last line, or by its full name
    // right under the last sentence with no text after it (office_byline.h)
    // "Xuân Tiến 21/03/2022 - 10:45 (GMT+7)": the byline with the day it was posted beside it,
    // as a page's author box prints the two (the date comes off the author: byline.h)
    bool shaped = looks_like_byline(byline_without_date(p));
    // "Tác giả: Đỗ Thuần – Bí thư Chi bộ …": a label makes a byline of a longer line, the
    // name and its office after it (labelled_byline.h)
    std::string_view labelled = shaped ? std::string_view{} : after_writer_label(p);
    // "Hồng Mai Trung tâm TT/GDSK" right under the last sentence: the unit glued to the name
    // with no mark; "btv chiminh": a role before a site's handle; "X.Trinh": an initial glued
    // to the name (end_byline_shapes.h)
    std::string_view after_label = labelled;
    // the label's colon as typed, or where it was left out ("Tác giả Hồng Mai …": with_label_colons
    // keeps each byte where it was)
    if (after_label.empty() && opens_with_writer_credit(p))
      if (std::size_t colon = with_label_colons(p).find(':'); colon != std::string::npos)
        after_label = trim_spaces(std::string_view(p).substr(colon + 1));
    // (not an office's name whole: "Khoa Nghiệp vụ Cơ sở" holds no person's name and unit)
    std::string_view glued = looked != 1 || signs_as_office(p) ? std::string_view{}
                             : !after_label.empty()            ? name_before_glued_unit(after_label)
                             : shaped                          ? std::string_view{}
                                                               : name_before_glued_unit(p);
    // "Cát Đằng đưa tin": the name, then the verb saying it reports (end_byline_shapes.h)
    if (glued.empty() && looked == 1 && !shaped) glued = name_before_reporting_verb(p);
    // "Minh hiếu.": a name typed with a later syllable in lower case (byline_name.h), right
    // under the last sentence with no text after it, and not in the text above, where an
    // ordinary word its syllables spell too would stand ("Thành công")
    // (its unit after a dash aside: "Lữ nhiên Hương - Đảng ủy Khối")
    std::string_view bare = byline_without_final_stop(byline_without_date(p));
    for (std::string_view dash : {" - ", " – ", " — "})
      bare = trim_spaces(bare.substr(0, bare.find(dash)));
    bool typed_lower = looked == 1 && is_name_typed_lower(bare) && no_text_after(body, j + 1) &&
                       !named_above(body, j, bare);
    shaped = shaped || !labelled.empty() || !glued.empty() || is_role_and_handle(p) ||
             signs_with_glued_initial(p) || (looked == 1 && signs_with_account_handle(p)) ||
             typed_lower;
    // "Theo ĐĐK" / "Ý KIẾN ĐỘC GIẢ": under a source's credit, which closes the text, a line in
    // capitals of common words is the next box's heading (the comments'), no writer signing
    // under the credit (byline_name.h). Not elsewhere: an office signs in capitals of common
    // words too ("BAN TỔ CHỨC", "BÁO SƠN LA").
    shaped = shaped && !(j > last + 1 && credits_source_only(body[j - 1].text) &&
                         is_capitals_of_common_words(byline_without_final_stop(p)));
    bool office =
        !shaped &&
        ((j + 1 == body.size() &&
          (signs_as_office(p) || signs_as_unit(p) || signs_in_capitals(p))) ||
         (looked == 1 && signs_in_full(byline_without_date(p)) && no_text_after(body, j + 1)));
    if (!shaped && !office) continue;
    // "Nguồn: Báo Hà Nội Mới" over "Thu Hòa/VOV4": the name under the credit signs
    if (j + 1 < body.size() && credit_over_writer(p, body[j + 1].text)) continue;
    author =
        !glued.empty()
            ? std::string(glued)
            : byline_without_position(signature_without_brackets(labelled.empty() ? p : labelled));
    byline_lines = 1;
    keep_to = j;
    skip_to = j + 1;
    // "Thực hiện:" over the name: the byline's label (article_tail.h); "Ban biên tập Website X"
    // over "Dương Văn Long": the desk the writer signs for (office_byline.h), one line of the
    // signature, no paragraph
    if (j > last + 1 && !is_caption(body[j - 1])) {
      if (looks_like_name(p) && is_byline_label_alone(body[j - 1].text)) {
        keep_to = j - 1;
        byline_lines = 2;
      } else if (credit_over_writer(body[j - 1].text, p)) {
        keep_to = j - 1;
        byline_lines = 2;
        credit = body[j - 1].text;
      } else if (!office &&
                 (is_editorial_board(body[j - 1].text) ||
                  (names_desk(body[j - 1].text) && !looks_like_byline(body[j - 1].text)))) {
        keep_to = j - 1;
        byline_lines = 2;
        desk = body[j - 1].text;
      }
    }
    // "Hoàng Huy" / "(Cơ quan UBKT Tỉnh uỷ Hưng Yên)": the writer's office is no part of
    // the author (writer_unit.h); nor is it unbracketed, the unit named alone ("Nguyễn Thị
    // Hiệp" / "Huyện hội Bù Đăng", office_byline.h), no photo's caption under the byline
    if (j + 1 < body.size() && looks_like_name(p) &&
        (names_writer_unit(body[j + 1].text) || signs_as_unit(body[j + 1].text))) {
      skip_to = j + 2;
      break;
    }
    // "Minh Tuấn" / "Nguồn Đài X : https://…": a re-poster's citation of the page it
    // copied, its address no part of the author (nor of the text)
    if (j + 1 < body.size() && looks_like_name(p) && looks_like_source(body[j + 1].text) &&
        body[j + 1].text.find("://") != std::string::npos) {
      skip_to = j + 2;
      break;
    }
    // "Thu Hòa" / "Nguồn: Báo Hà Nội Mới": the credit under the name is the source
    if (j + 1 < body.size() && labelled_credit_under_writer(p, body[j + 1].text)) {
      credit = body[j + 1].text;
      byline_lines = 2;
      skip_to = j + 2;
      break;
    }
    // "Hoàng Uyên" / "(Báo Bạc Liêu)" on two lines
    if (j + 1 < body.size() && looks_like_name(p) && looks_like_source(body[j + 1].text) &&
        !is_series_note(body[j + 1].text)) {
      const std::string& source = body[j + 1].text;
      author += (source.front() == '(' ? " " : " - ") + source;
      byline_lines = 2;
      skip_to = j + 2;
    }
    break;
  }
  // What follows the byline (or a box title) is chrome, captions excepted (by their credit:
  // a comment printed twice looks like a photo's alt text and its caption; or a photo
  // story's, which the photographer's byline may stand above).
  // So is the page's last photo set under the byline: one line right under it that reads as
  // the text's closing caption (closing_caption.h), with no line of a sentence's length after
  // it (a box of other articles' titles, each shaped like a caption, has more).
  const bool caption_under_byline = !author.empty() && skip_to < body.size() &&
                                    only_short_lines_after(body, skip_to + 1) &&
                                    reads_as_closing_caption(body[skip_to].text, body[last].text);
  // "Bài: Huỳnh Luân" / "Ảnh: Hồng Nhị", "Minh Anh" / "Ảnh: Thu Hà": a photographer's credit
  // alone on the line under the writer's credit or name is the byline's second half, as "Bài:
  // X - Ảnh: Y" on one line is, not a caption: no photo stands under the byline (the
  // photographer is no author, and is told so as on one line: "photographer named in the
  // byline …"). Under any other byline (two writers, an office) it is no caption either: it
  // leaves with what follows the byline, counted.
  const bool credit_under_byline = !author.empty() && skip_to > 0 && skip_to < body.size() &&
                                   is_credit_alone(body[skip_to].text);
  const bool photographer_under_writer =
      credit_under_byline &&
      (opens_with_writer_credit(body[skip_to - 1].text) || looks_like_name(author));
  // A page's button or widget label there ("Top", "QR Code") ends the page's text as it ends
  // the article above: a photo story's lines after it are the page's widgets.
  bool ended = false;
  for (std::size_t i = skip_to; i < body.size(); ++i) {
    if (i == skip_to && photographer_under_writer) {
      // the signature's line, no chrome: joined as on one line, the photographer is told
      author = std::string(byline_without_final_stop(author)) + " - " +
               std::string(trim_spaces(body[i].text));
      ++byline_lines;
      more_lines += body[i].lines - 1;
      continue;
    }
    if (i == skip_to && credit_under_byline) {
      more_lines += body[i].lines - 1;
      continue;
    }
    ended = ended || ends_page_text(body[i].text);
    // a serial's note under the byline ("Minh Anh" / "(Còn nữa)") is the text's, kept last
    if ((parse_caption(body[i].text) || body[i].photo == PhotoHint::Story ||
         (caption_under_byline && i == skip_to) || is_series_note(body[i].text)) &&
        !ended)
      body[keep_to++] = std::move(body[i]);
    else
      more_lines += body[i].lines - 1;
  }
  body.resize(keep_to);
  dropped = n - body.size() - std::min(byline_lines, n - body.size()) + more_lines +
            (glued_label ? 1 : 0);
  // A copy cut after a subheading: the text's last line, with nothing under it, is that
  // heading, no paragraph (article_tail.h is_dangling_heading). Not right under the lead: a page
  // cut after its sapo shows there its photo's caption or its menu, a subheading comes inside
  // the body.
  dangling = author.empty() && dropped == 0 && body.size() == last + 2 && last > 0 &&
             std::count_if(body.begin(), body.begin() + static_cast<std::ptrdiff_t>(last) + 1,
                           [](const Paragraph& p) { return is_body_text(p.text); }) >= 2 &&
             !is_caption(body.back()) && is_dangling_heading(body.back().text, body[last].text) &&
             documents.empty();
  body.insert(body.end(), std::make_move_iterator(documents.begin()),
              std::make_move_iterator(documents.end()));
  return author;
}

}  // namespace tuyentap
