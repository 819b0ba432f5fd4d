// Photo stories: see photo_story.h.
#include "article/photo_story.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>
#include <vector>

#include "article/address_words.h"
#include "article/article_tail.h"
#include "article/bare_caption.h"
#include "article/byline.h"
#include "article/caption.h"
#include "article/caption_run.h"
#include "article/caption_score.h"
#include "article/echo_caption.h"
#include "article/end_byline_shapes.h"
#include "article/family_names.h"
#include "article/office_byline.h"
#include "article/scene_caption.h"
#include "article/text_lines.h"
#include "article/writer_unit.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxAnnouncementWords = 40;
// "Một số hình ảnh tiêu biểu", "Dưới đây là một số hình ảnh của Lễ kết nạp"
// a gallery's label may name the event and its place in full ("Một số hình ảnh hoạt động của
// chi bộ tại khu di tích lịch sử …"): one clause with no verb's mark is a label however long,
// up to a photo story's line
constexpr std::size_t kMaxAnnouncementHeadingWords = 30;
constexpr std::size_t kMaxCaptionWords = 60;
constexpr std::size_t kMaxStoryCaptionWords = 30;  // a line with no stop, in a photo story

bool has_word(std::string_view folded, std::string_view word) {
  for (std::size_t at = folded.find(word); at != std::string_view::npos;
       at = folded.find(word, at + 1)) {
    bool starts = at == 0 || folded[at - 1] == ' ';
    std::size_t end = at + word.size();
    bool ends = end == folded.size() || folded[end] == ' ' || folded[end] == ':' ||
                folded[end] == '.' || folded[end] == ',';
    if (starts && ends) return true;
  }
  return false;
}

// Whether `s` may hold the word "ảnh" once folded (fold_exact, which moves no letter): "ả" or
// "Ả", or the hook above (U+0309) apart from its letter, right before "nh" in any case.
bool may_say_anh(std::string_view s) {
  for (std::string_view a : {"ả", "Ả", "\u0309"}) {
    for (std::size_t at = s.find(a); at != std::string_view::npos; at = s.find(a, at + 1)) {
      std::string_view rest = s.substr(at + a.size());
      if (rest.size() >= 2 && (rest[0] == 'n' || rest[0] == 'N') &&
          (rest[1] == 'h' || rest[1] == 'H'))
        return true;
    }
  }
  return false;
}

// The last sentence: what follows the last ". " (the paragraph's own final stop aside).
std::string_view last_sentence(std::string_view p) {
  std::string_view body = p;
  while (!body.empty() && (body.back() == '.' || body.back() == ' ')) body.remove_suffix(1);
  std::size_t stop = body.rfind(". ");
  return stop == std::string_view::npos ? p : p.substr(stop + 2);
}

// "… sớm ổn định cuộc sống cho Nhân dân./.": the mark official texts close on, the article's
// last sentence; no caption ends so (the photos announced above it are not in the text).
bool closes_the_text(std::string_view text) {
  return trim_spaces(text).ends_with("./.");
}

// A caption the rules may give: not a byline, not a credit line, not too long, not the text's
// closing paragraph, not a line framed by marks ("===== Lan Chi=====", "-Nguyễn Hoa-": a
// signature set apart, end_byline_shapes.h; no site frames a caption).
// A line printed twice (PhotoHint::Repeated: a photo's alt text, then its caption) is one of
// the photos' captions too, and is marked so that the byline's end keeps it (text_end.h):
// "Đại diện nhà tài trợ cắt băng khánh thành" twice under "Dưới đây là hình ảnh …".
bool may_be_caption(const Paragraph& p) {
  return (!shows_photo(p.photo) || p.photo == PhotoHint::Repeated) &&
         at_most_words(p.text, kMaxCaptionWords) && !looks_like_byline(p.text) &&
         !parse_caption(p.text) && !closes_the_text(p.text) &&
         without_frame(p.text).size() == p.text.size() &&
         !looks_like_byline(between_dashes(p.text));
}

// A photo story closed by its credit: after the lead, nothing but a run of short lines, then
// the photographer's credit alone ("Có 34 đội ghe nam..." / "và 10 đội ghe nữ tham gia." /
// "Các đội đến từ …" / "Ảnh: Duy Khương - TTXVN"). The credit signs the photos above it, so
// the lines between are their captions, whatever ends them. Only where no sentence of the
// text stands there: each line of at most kMaxStoryCaptionWords words and shorter than the
// lead (a sentence of body text), none a list's item, at least two of them (one line over a
// credit may be the text's own last). Returns the credit's index, 0 when the body is not so.
constexpr std::size_t kMinCreditedCaptions = 2;

std::size_t credit_closing_story(const std::vector<Paragraph>& body) {
  if (body.size() < kMinCreditedCaptions + 2 || !is_body_text(body[0].text)) return 0;
  const std::size_t lead_words = word_count(body[0].text);
  for (std::size_t i = 1; i < body.size(); ++i) {
    const std::string& line = body[i].text;
    if (!at_most_words(line, kMaxStoryCaptionWords)) return 0;
    if (is_credit_alone(line)) return i > kMinCreditedCaptions ? i : 0;
    // a list's items ("- Giải Nhất: …", "1. …") under the lead are the text's, no photos'
    if (word_count(line) >= lead_words || opens_with_bullet(line) || opens_with_part_number(line))
      return 0;
  }
  return 0;
}

// "… được trao tặng bảo tàng tỉnh.", "… đã được lưu giữ": a word that marks a verb after it
// (voice, tense), after the opening: the sentence tells what the photos are or did, as the
// writer's text does; a label ("Một số hình ảnh tại hội nghị:") only names them.
bool has_predicate(std::string_view label) {
  static constexpr std::array<std::string_view, 8> kVerbMarkers = {"được", "bị",  "đã",  "đang",
                                                                   "sẽ",   "vừa", "đều", "cũng"};
  // "bị" closes words that are no passive's mark: "chuẩn bị" (prepare), "thiết bị" (equipment),
  // "trang bị" (equip), "dự bị" (reserve): "Một số hình ảnh chuẩn bị cho hội thi" is a label
  // (real-eval46/mntuoingoc-1, real-eval67/chuabuuda-1). "được" before "ghi" or "chụp" says how
  // the photos were taken ("Sau đây là một số hình ảnh được ghi nhận …", real-eval67/
  // dulichbinhthuan-1), no more than the label's own words.
  static constexpr std::array<std::string_view, 4> kBeforeNoPassive = {"chuẩn", "thiết", "trang",
                                                                       "dự"};
  std::string folded = fold_exact(label);
  std::vector<std::string_view> words;
  each_word(folded, [&](std::string_view w) {
    while (!w.empty() && (w.back() == '.' || w.back() == ',' || w.back() == ':'))
      w.remove_suffix(1);
    words.push_back(w);
  });
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (std::find(kVerbMarkers.begin(), kVerbMarkers.end(), words[i]) == kVerbMarkers.end())
      continue;
    if (words[i] == "bị" && i > 0 &&
        std::find(kBeforeNoPassive.begin(), kBeforeNoPassive.end(), words[i - 1]) !=
            kBeforeNoPassive.end())
      continue;
    if (words[i] == "được" && i + 1 < words.size() &&
        (words[i + 1] == "ghi" || words[i + 1] == "chụp"))
      continue;
    // "vừa qua" (just past) says when, no verb after it: "… trong 3 ngày vừa qua:"
    // (real-eval104/congdoan-neu-1)
    if (words[i] == "vừa" && i + 1 < words.size() && words[i + 1] == "qua") continue;
    return true;
  }
  return false;
}

}  // namespace

namespace {

// The line's opening folded (fold_exact), up to a whole letter past 40 bytes: a gallery label's
// words; empty unless the line opens with "M" or "N" (any case), as this is asked of every
// text's last line.
std::string folded_label_opening(std::string_view line) {
  constexpr std::size_t kPrefix = 40;
  if (line.empty() || (line[0] != 'M' && line[0] != 'm' && line[0] != 'N' && line[0] != 'n'))
    return {};
  std::size_t end = std::min(line.size(), kPrefix);
  while (end < line.size() && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) ++end;
  return fold_exact(line.substr(0, end));
}

}  // namespace

bool opens_gallery_label(std::string_view line) {
  const std::string folded = folded_label_opening(line);
  return folded.starts_with("một số hình ảnh ") || folded.starts_with("những hình ảnh ");
}

bool labels_some_photos(std::string_view line) {
  return folded_label_opening(line).starts_with("một số hình ảnh ");
}

namespace {

// "Hình ảnh ôn truyền thống tại trường THCS Phước Hòa, phường Phước Hòa": "Hình ảnh", words in
// lower case, then "tại" before a place's noun, and the place's name after it: a word with a
// capital, and the line closing on a name's word (a capital, a number) or a place's noun
// ("… tại trụ sở Ban Chỉ huy Quân sự huyện"). "… tại trường làng vẫn in đậm …", "… tại thôn
// quê nghèo khó" name no place: a sentence or a figure of speech. (`folded`: the paragraph
// folded.)
bool at_named_place(std::string_view paragraph, std::string_view folded) {
  constexpr std::string_view kOpening = "hình ảnh ", kAt = " tại ";
  if (!folded.starts_with(kOpening)) return false;
  const std::size_t second = paragraph.find(' ', paragraph.find(' ') + 1);
  if (second == std::string_view::npos || !starts_with_lower(paragraph.substr(second + 1)))
    return false;
  const std::size_t at = paragraph.find(kAt, second);
  if (at == std::string_view::npos) return false;
  const std::string_view place = paragraph.substr(at + kAt.size());
  const std::string folded_place = fold_exact(place);
  static constexpr std::string_view kPlaceNouns[] = {
      "trường", "xã",      "phường",     "thị trấn", "huyện",       "quận",   "thôn",
      "ấp",     "khu phố", "hội trường", "trụ sở",   "nhà văn hóa", "sân",    "đền",
      "chùa",   "nhà thờ", "giáo xứ",    "đình",     "tỉnh",        "thị xã", "thành phố"};
  const auto is_noun = [&](std::string_view words) {
    return std::any_of(std::begin(kPlaceNouns), std::end(kPlaceNouns),
                       [&](std::string_view n) { return words == n; });
  };
  const auto opens_with_noun = [&](std::string_view f) {
    return std::any_of(std::begin(kPlaceNouns), std::end(kPlaceNouns), [&](std::string_view n) {
      return f.starts_with(n) && f.size() > n.size() && f[n.size()] == ' ';
    });
  };
  if (!opens_with_noun(folded_place)) return false;
  bool capital = false;
  std::string_view last;
  each_word(place, [&](std::string_view w) {
    capital = capital || starts_with_upper(w);
    last = w;
  });
  if (last.ends_with(',')) last.remove_suffix(1);
  return capital && !last.empty() &&
         (starts_with_upper(last) || is_ascii_digit(last.front()) || is_noun(fold_exact(last)));
}

}  // namespace

bool names_session_photo(std::string_view paragraph) {
  constexpr std::size_t kMaxWords = 20;
  constexpr std::string_view kOpening = "hình ảnh buổi ";
  if (paragraph.size() < kOpening.size() || (paragraph[0] != 'H' && paragraph[0] != 'h') ||
      !at_most_words(paragraph, kMaxWords) || ends_with_sentence_punct(paragraph) ||
      paragraph.find_first_of(":\"“") != std::string_view::npos)
    return false;
  const std::string folded = fold_exact(paragraph);
  if (!folded.starts_with(kOpening)) return at_named_place(paragraph, folded);
  // "Hình ảnh buổi sớm mai trên cánh đồng": "buổi" a time of day, a feature's heading
  const std::string_view after = std::string_view(folded).substr(kOpening.size());
  for (std::string_view time :
       {"sáng", "chiều", "tối", "sớm", "trưa", "đêm", "hoàng hôn", "ban mai"})
    if (after.starts_with(time) && (after.size() == time.size() || after[time.size()] == ' '))
      return false;
  return true;
}

bool announces_photos(std::string_view paragraph) {
  std::string_view sentence = last_sentence(paragraph);
  if (!at_most_words(sentence, kMaxAnnouncementWords)) return false;
  if (!may_say_anh(sentence)) return false;  // most sentences: not folded for nothing
  // with its marks: "ảnh" is a photo, "anh" a man
  std::string folded = fold_exact(sentence);
  if (!has_word(folded, "ảnh")) return false;
  // "Hình ảnh …" opens many a sentence about an image in the figurative sense: only with ':'
  // "Album ảnh:", "Thư viện ảnh": a gallery's own name for itself
  for (std::string_view opening : {"một số hình ảnh", "dưới đây là ", "sau đây là ", "mời bạn đọc ",
                                   "xin giới thiệu ", "album ảnh", "thư viện ảnh"}) {
    if (folded.starts_with(opening)) return true;
  }
  // "* Những hình ảnh hoạt động của Đoàn từ thiện": "Những hình ảnh" opens a figurative
  // sentence too ("Những hình ảnh ấy đã in sâu …"); a label only names the photos, no verb
  // after it (has_predicate), bulleted or not
  std::string_view label = folded;
  for (std::string_view bullet : {"* ", "- ", "+ "})
    if (label.starts_with(bullet)) label.remove_prefix(bullet.size());
  constexpr std::size_t kMaxLabelWords = 15;
  if (label.starts_with("những hình ảnh ") && at_most_words(label, kMaxLabelWords) &&
      !ends_with_sentence_punct(label) && !has_predicate(label))
    return true;
  // The colon announces what the clause it closes names: "… tại buổi lễ, phóng viên ghi lại
  // những hình ảnh sau:", not "… cùng với hơn 120 hình ảnh, tư liệu, nội dung sách gồm 05
  // phần:" (a list of the book's parts follows, real-eval37/svhtt-hcm-1)
  if (!paragraph.ends_with(':')) return false;
  // "Chùm ảnh tưng bừng vui chơi ngày Quốc tế Phụ nữ các văn phòng, …:" over its photos'
  // captions (real-eval94/misa-1): a set of photos named first, the colon after it, naming what
  // they show. "Chùm ảnh gồm 12 bức, được chụp …:" tells of the set, the subject of the writer's
  // sentence (no "gồm", no verb's mark: the review's); "Bộ ảnh …:" is as often a contest's
  // entry or prize, its rules or works listed under it, and is not asked
  if (folded.starts_with("chùm ảnh ") && !has_word(folded, "gồm") && !has_predicate(sentence))
    return true;
  std::size_t comma = folded.rfind(", ");
  return has_word(comma == std::string::npos ? std::string_view(folded)
                                             : std::string_view(folded).substr(comma + 2),
                  "hình ảnh");
}

bool is_photo_story_title(std::string_view title) {
  std::string folded = fold_exact(title);  // "ảnh" with its mark, as above
  for (std::string_view opening :
       {"chùm ảnh", "ảnh:", "phóng sự ảnh", "[ảnh]", "(ảnh)", "photo:", "photo story"}) {
    if (folded.starts_with(opening)) return true;
  }
  // "… (11 hình)": a count of photos in brackets at the end
  if (!folded.ends_with(')')) return false;
  std::size_t open = folded.rfind('(');
  if (open == std::string::npos) return false;
  std::string_view count = std::string_view(folded).substr(open + 1);
  count.remove_suffix(1);
  std::size_t digits = count.find_first_not_of("0123456789");
  if (digits == 0 || digits == std::string_view::npos) return false;
  std::string_view unit = count.substr(digits);
  return unit == " hình" || unit == " ảnh" || unit == " hình ảnh";
}

namespace {

// The first word of a line, folded, when it has more than two: a gallery's captions open alike
// ("Đoàn viên thanh niên xã Phong Lạc …", "Đoàn viên thanh niên xã Trần Hợi …"; "Chư tôn đức
// chứng minh hạ trường.", "Chư Tăng hành giả an cư").
std::string opening_word(std::string_view line) {
  if (at_most_words(line, 2)) return {};
  // the first word only, folded: folding a whole paragraph would cost more than the rule
  std::string_view word = trim_spaces(line);
  word = word.substr(0, word.find(' '));
  return fold_for_match(word);
}

// One line of a gallery in the same words: a caption the rules may give (may_be_caption), one
// sentence of at most kMaxAmongCaptionsWords words, no question, colon or ellipsis in it.
bool in_parallel_run(const Paragraph& p) {
  // asked of every paragraph: the cheap bounds first, the caption rules' checks last
  return at_most_words(p.text, kMaxAmongCaptionsWords) &&
         p.text.find_first_of("?!:;") == std::string::npos &&
         p.text.find("…") == std::string::npos && last_sentence(p.text).size() == p.text.size() &&
         may_be_caption(p);
}

// A person named alone by a form of address: "Cô Lê Huyền Trang", "Thầy Kim Minh Quan", "Đồng
// chí Lò Văn Tiên". The forms are address_words.h's, the kin forms and the school's ("cô" a
// woman teacher, "thầy" a man), each followed by at least two words, every one capitalised, up
// to kMaxAddressedNameWords, and nothing else: no stop, no position, no act.
bool is_addressed_name_alone(std::string_view line) {
  if (!at_most_words(line, kMaxFormOfAddressWords + kMaxAddressedNameWords)) return false;
  std::vector<std::string_view> words;
  each_word(line, [&](std::string_view w) { words.push_back(w); });
  if (words.size() < 3 || words.size() > kMaxFormOfAddressWords + kMaxAddressedNameWords)
    return false;
  for (std::size_t form = 1; form <= kMaxFormOfAddressWords && form < words.size(); ++form) {
    const std::span<const std::string_view> opening(words.data(), form);
    const std::string first = fold_exact(words[0]);
    const bool addressed =
        is_form_of_address(opening) ||
        (form == 1 && (first == "anh" || first == "chị" || first == "cô" || first == "thầy"));
    if (!addressed) continue;
    const std::size_t name = words.size() - form;
    return name >= 2 && name <= kMaxAddressedNameWords &&
           std::all_of(words.begin() + static_cast<std::ptrdiff_t>(form), words.end(),
                       [](std::string_view w) { return starts_with_upper(w); });
  }
  return false;
}

}  // namespace

void mark_parallel_captions(std::vector<Paragraph>& body) {
  // portraits in a row, each captioned with the person's name alone (a school's contest, its
  // teachers one by one: real-eval47/thphuong10-1); a text names people in its sentences, or
  // lists them with their posts
  for (std::size_t i = 1; i < body.size();) {
    std::size_t end = i;
    while (end < body.size() && !shows_photo(body[end].photo) &&
           is_addressed_name_alone(body[end].text))
      ++end;
    if (end - i >= kMinParallelCaptions)
      for (std::size_t j = i; j < end; ++j) body[j].photo = PhotoHint::Story;
    i = std::max(end, i + 1);
  }
  for (std::size_t i = 1; i < body.size();) {
    // a cheap look first: only where three lines or more in a row open with the same word as
    // printed are the caption rules asked (most paragraphs stand in no such run)
    std::size_t alike = i + 1;
    while (alike < body.size() && first_word(body[alike].text) == first_word(body[i].text)) ++alike;
    if (alike - i < kMinParallelCaptions) {
      i = alike;
      continue;
    }
    const std::string key = in_parallel_run(body[i]) ? opening_word(body[i].text) : "";
    std::size_t end = i + 1;
    // the run goes on while the lines open with the same word; a line printed again is no other
    // photo's
    while (!key.empty() && end < body.size() && in_parallel_run(body[end]) &&
           opening_word(body[end].text) == key &&
           std::none_of(body.begin() + static_cast<std::ptrdiff_t>(i),
                        body.begin() + static_cast<std::ptrdiff_t>(end),
                        [&](const Paragraph& q) { return q.text == body[end].text; }))
      ++end;
    // three of them shaped as captions are by their words alone (no reasoning word, no time
    // opening them: caption_score.h); the others, alike in all but a purpose ("… trồng cây
    // để chống sạt lở đất."), are their neighbours
    // (asked only of a run long enough: most lines stand alone)
    const bool gallery =
        end - i >= kMinParallelCaptions &&
        static_cast<std::size_t>(std::count_if(
            body.begin() + static_cast<std::ptrdiff_t>(i),
            body.begin() + static_cast<std::ptrdiff_t>(end),
            [](const Paragraph& q) { return is_caption_shaped(q.text); })) >= kMinParallelCaptions;
    if (gallery)
      for (std::size_t j = i; j < end; ++j) body[j].photo = PhotoHint::Story;
    i = end;
  }
}

namespace {

// A line that may stand in a closing gallery: no stop, no label's colon, no list's mark, not in
// capitals, no chrome, no writer's name (mark_closing_gallery).
bool may_close_gallery(std::string_view line) {
  constexpr std::size_t kMaxClosingCaptionWords = 50;
  if (line.empty() || ends_with_sentence_punct(line) || line.ends_with(',') ||
      !at_most_words(line, kMaxClosingCaptionWords) || is_all_caps(line))
    return false;
  const char mark = line.front();
  if (mark == '-' || mark == '+' || mark == '*' || line.starts_with("–") || line.starts_with("•") ||
      is_ascii_digit(mark))
    return false;
  // "Nguồn: …", "Mã an ninh:": a credit, a form's field, a template's key are the page's; so
  // is a signature set apart by its marks ("===== Nguyễn Thị Hiệp=====")
  if (line.find_first_of(":_|=") != std::string_view::npos) return false;
  return !(looks_like_byline(line) && is_family_name(first_word(line))) && !signs_as_office(line) &&
         !signs_as_unit(line) && !names_organisation(line) && !is_tail_chrome(line) &&
         !is_link_or_widget_label(line);
}

// A writer's name, perhaps with a second one or their unit after a dash ("Kim Cương – Kinh
// Đô"), or an office signing: where a byline stands under the text.
bool may_sign(std::string_view line) {
  if (looks_like_byline(line) || signs_as_office(line) || signs_as_unit(line)) return true;
  for (std::string_view dash : {" – ", " - "})
    if (std::size_t at = line.find(dash); at != std::string_view::npos)
      return looks_like_byline(line.substr(0, at));
  return false;
}

// The line without a remark in brackets closing it ("… tại chùa Từ Đàm (đang trang hoàng)").
std::string_view without_closing_remark(std::string_view line) {
  if (!line.ends_with(')')) return line;
  const std::size_t open = line.rfind('(');
  return open == std::string_view::npos || open == 0 ? line : trim_spaces(line.substr(0, open));
}

// The short run body[begin, end) tells again what the text body[0, last] tells: no line tells as
// a sentence does (a reasoning word: "… những kết quả mà xã đạt được", "… theo hướng hàng hóa",
// scene_caption.h; a speaker's request or finding) but in a remark in brackets closing it, at least
// half of every line's words are the text's (tones kept: without them, "cac", "xa", "tai" are every
// text's), and one line has three words in a row that stand in a row in the text. Other posts'
// titles listed under a text share about a third of theirs (real-eval9/mattran-1's "Tin mới" box).
bool retells_text_above(const std::vector<Paragraph>& body, std::size_t last, std::size_t begin,
                        std::size_t end) {
  constexpr std::size_t kLongRun = 3;
  // what a speaker asked, stressed or found is reported by the text's sentences ("Đồng chí đề
  // nghị xã tiếp tục phát huy …"), never shown by a photo
  static constexpr std::array<std::string_view, 8> kReported = {
      "đề nghị",  "yêu cầu",   "nhấn mạnh", "khẳng định",
      "cho rằng", "mong muốn", "ghi nhận",  "tiếp tục"};
  for (std::size_t i = begin; i < end; ++i) {
    const std::string_view line = without_closing_remark(body[i].text);
    if (has_reasoning_words(line)) return false;
    const std::string folded = fold_exact(line);
    for (std::string_view r : kReported)
      if (has_word(folded, r)) return false;
  }
  std::vector<std::string> text_words;
  for (std::size_t k = 0; k <= last; ++k)
    each_word(fold_exact(body[k].text),
              [&](std::string_view w) { text_words.emplace_back(without_marks(w)); });
  std::sort(text_words.begin(), text_words.end());
  bool long_run = false;
  for (std::size_t i = begin; i < end; ++i) {
    std::size_t words = 0, known = 0;
    each_word(fold_exact(body[i].text), [&](std::string_view w) {
      ++words;
      known +=
          std::binary_search(text_words.begin(), text_words.end(), std::string(without_marks(w)));
    });
    if (words == 0 || 2 * known < words) return false;
    const std::vector<std::string> folded = folded_match_words(body[i].text);
    for (std::size_t k = 0; k <= last && !long_run; ++k)
      long_run = shares_word_run(folded, body[k].text, kLongRun);
  }
  return long_run;
}

}  // namespace

void mark_closing_gallery(std::vector<Paragraph>& body) {
  // A long paragraph ending with its stop is surely body text: asked first, by its size, it lets
  // most pages go before a word is counted (they close with a sentence, no run after it).
  constexpr std::size_t kSurelyBodyBytes = 200;
  std::size_t last = body.size();
  for (std::size_t i = body.size(), unstopped = 0; i-- > 0;) {
    const std::string& p = body[i].text;
    if (!ends_with_sentence_punct(p)) {
      ++unstopped;
      continue;
    }
    if (unstopped < kMinShortClosingGallery && p.size() > kSurelyBodyBytes) return;
    // a stopped line in lower case ends a sentence the page broke ("… đền ơn đáp nghĩa…" /
    // "tại các xã, thị trấn trên địa bàn huyện.", real-eval61/tuoitretienphuoc-1): body text
    if (is_body_text(p) || (i > 0 && starts_with_lower(p))) {
      last = i;
      break;
    }
    unstopped = 0;  // a short stopped line (the page's): the run, if any, stands above it
  }
  if (last == body.size()) return;
  // a name's shape right under the last sentence is where a byline stands (may_sign): what
  // follows it is the page's, no gallery
  if (last + 1 < body.size() && may_sign(body[last + 1].text)) return;
  std::size_t begin = last + 1, end = begin;
  for (; end < body.size() && may_close_gallery(body[end].text); ++end)
    if (is_gallery_label(body[end].text)) begin = end + 1;  // the gallery's own label heads it
  // a name's shape closing the run ("Hải Vân", a pen name opening with no family name) may
  // sign the text: left to the byline's rules, as a writer's name is
  if (end > begin && looks_like_byline(body[end - 1].text)) --end;
  const auto from = body.begin() + static_cast<std::ptrdiff_t>(begin);
  const auto to = body.begin() + static_cast<std::ptrdiff_t>(end);
  if (end - begin < kMinClosingGallery &&
      !(end == body.size() && end - begin >= kMinShortClosingGallery &&
        retells_text_above(body, last, begin, end)))
    return;
  // one line at least a caption's shape by its words alone ("Trại sinh tập trung chuẩn bị cho
  // lễ khai mạc"): a run of names or of labels is no gallery
  if (std::none_of(from, to, [](const Paragraph& p) { return is_caption_shaped(p.text); })) return;
  for (auto p = from; p != to; ++p)
    if (!shows_photo(p->photo)) p->photo = PhotoHint::Story;
}

namespace {

// The line under a writer's name that names the body the writer works for: a body's noun first
// (a unit's or an office's, writer_unit.h and office_byline.h, or an institution's: Bảo tàng,
// Thư viện, Công ty, Bệnh viện, Công đoàn …), a few words, no stop, no verb's mark, no name of a
// person itself, and each part of the name opening with a capital, at most three words in lower
// case in a row ("Bảo tàng – Thư viện tỉnh Bà Rịa – Vũng Tàu"); a caption runs on in lower case as
// it tells ("Ban Giám đốc Bảo tàng trao quà cho các em"), and a place's ("Khu di tích Đền Hùng") or
// a position's ("Phó Bí thư Thường trực Huyện ủy") names no body.
bool signs_for_a_body(std::string_view line) {
  constexpr std::size_t kMaxBodyWords = 12, kMaxLowerRun = 3;
  if (!at_most_words(line, kMaxBodyWords) || !starts_with_upper(line) ||
      ends_with_sentence_punct(line) || has_predicate(line) || looks_like_byline(line))
    return false;
  // a museum, a library, an enterprise, a hospital, a cultural house, a trade union
  static constexpr std::array<std::string_view, 12> kInstitutions = {
      "bảo tàng ",    "thư viện ",    "công ty ",   "tổng công ty ", "tập đoàn ",   "bệnh viện ",
      "nhà văn hóa ", "nhà văn hoá ", "công đoàn ", "liên đoàn ",    "hợp tác xã ", "ngân hàng "};
  const std::string folded = fold_exact(line) + ' ';
  if (!opens_with_writer_unit(line) && !opens_with_office(line) &&
      std::none_of(kInstitutions.begin(), kInstitutions.end(),
                   [&](std::string_view kind) { return folded.starts_with(kind); }))
    return false;
  return longest_lower_run(line) <= kMaxLowerRun;
}

}  // namespace

void mark_photo_story(std::vector<Paragraph>& body, std::string_view title) {
  bool story = is_photo_story_title(title);
  bool announced = !body.empty() && announces_photos(body[0].text);  // the lead may say it
  // the lines the photos' credit closes (credit_closing_story)
  for (std::size_t i = 1, credit = credit_closing_story(body); i < credit; ++i)
    if (may_be_caption(body[i])) body[i].photo = PhotoHint::Story;
  for (std::size_t i = 1; i < body.size(); ++i) {
    Paragraph& p = body[i];
    bool bare_story_line = story && i + 1 < body.size() &&
                           at_most_words(p.text, kMaxStoryCaptionWords) &&
                           !ends_with_sentence_punct(p.text);
    // the last line may be an office or a unit signing the text ("Huyện đoàn Bình Liêu" under
    // "Một số hình ảnh …:" whose photos the text lost), or a body by its full name ("Trung tâm
    // Thông tin Phát triển Nông nghiệp Nông thôn", real-eval56/agro-1; in capitals too): no caption
    // names a body alone
    auto signs_last = [&] {
      return i + 1 == body.size() && (signs_as_office(p.text) || signs_as_unit(p.text) ||
                                      names_unit_in_full(p.text) || signs_in_capitals(p.text));
    };
    // the last paragraph, a sentence with its stop that looks ahead or turns ("Mùa trung thu
    // khép lại nhưng chắc chắn … sẽ lưu dấu …", real-eval57/c0tanan-tanhiep-1), closes the
    // text under photos the page text lost: a caption tells what the photo shows, now. So does
    // one that weighs what was done, saying what it is and what it serves ("Giải bóng đá … là
    // sân chơi thể thao lành mạnh, …, góp phần xây dựng Petrolimex ngày một vững mạnh.",
    // real-eval94/pgc-1), and so right over the signature. "Các em học sinh trồng cây xanh, góp
    // phần tạo cảnh quan …" shows who does what, and what it serves: a caption (the review's)
    auto closes_last = [&] {
      const bool last =
          i + 1 == body.size() || (i + 2 == body.size() && may_sign(body[i + 1].text));
      if (!last || !ends_with_sentence_punct(p.text)) return false;
      const std::string folded = fold_exact(p.text);
      if (has_word(folded, "sẽ") || has_word(folded, "nhưng")) return true;
      const std::size_t serves = folded.find(" góp phần ");
      const std::size_t is = folded.find(" là ");
      return serves != std::string::npos && is != std::string::npos && is < serves;
    };
    // "-Nguyễn Hoa-": the text's signature set apart under the label closes the text; what
    // follows is the page's (a comment link, the sidebar's boxes), no photo's caption
    // (real-eval78/thuyloi-namhatinh-1)
    if (announced && looks_like_byline(between_dashes(p.text))) {
      announced = false;
      continue;
    }
    // "Thu Yến" / "Bảo tàng – Thư viện tỉnh Bà Rịa – Vũng Tàu" closing the file under the label:
    // the writer's name and the body it writes for, a signature over two lines; a caption
    // tells what someone does, and a portraits' gallery names a person on each line
    // (real-eval89/thuvienbrvt-1)
    if (announced && i + 2 == body.size() && looks_like_byline(p.text) &&
        signs_for_a_body(body[i + 1].text)) {
      announced = false;
      continue;
    }
    if ((announced || bare_story_line) && may_be_caption(p) && !signs_last() && !closes_last()) {
      p.photo = PhotoHint::Story;
      continue;
    }
    // a paragraph of body text after the photos: the text goes on, until another announcement
    announced = announces_photos(p.text) || (announced && !is_body_text(p.text));
  }
}

namespace {

// "…, phân bón:", "…, quà, hoa:": each part after the first comma at most three words, an
// item of a list, no clause.
bool lists_short_items(std::string_view line) {
  constexpr std::size_t kMaxItemWords = 3;
  for (std::size_t comma = line.find(','); comma != std::string_view::npos;) {
    std::size_t next = line.find(',', comma + 1);
    std::string_view item =
        line.substr(comma + 1, next == std::string_view::npos ? line.npos : next - comma - 1);
    if (!at_most_words(item, kMaxItemWords)) return false;
    comma = next;
  }
  return true;
}

}  // namespace

bool is_gallery_label(std::string_view paragraph) {
  // "(Một số hình ảnh của Hội nghị Đại biểu Cán bộ, công chức, viên chức …)": the label in
  // brackets, as some pages set it under the text, reads as without them; the brackets set
  // the whole line off as a note, so a comma inside lists what it names, no clause of a text
  std::string_view last = paragraph;
  const bool bracketed = last.size() > 2 && last.front() == '(' && last.back() == ')' &&
                         last.find_first_of("()", 1) == last.size() - 1;
  if (bracketed) last = last.substr(1, last.size() - 2);
  // A label is one short sentence with no clause, whatever it ends with (":", ".", nothing): a
  // paragraph that says more than the announcement (a sentence before it, a comma, many
  // words) is the writer's text and stays.
  // Its colon says that what it names comes under it: so long as an announcement may be
  // (real-eval36/moitruongdothi-angiang-1: 33 words naming who the photos show).
  // "Một số hình ảnh giao cây giống, phân bón:": a gallery's own opening and its colon, the
  // comma listing what the photos show (real-eval50/lienminhhtxyenbai-1), as in brackets; a
  // clause after a comma ("…, do Hội Nông dân xã tổ chức sáng 12/3 …:") is the writer's text
  const bool listing = last.ends_with(':') && opens_gallery_label(last) && lists_short_items(last);
  bool heading_shaped = last_sentence(last) == std::string_view(last) &&
                        at_most_words(last, last.ends_with(':') ? kMaxAnnouncementWords
                                                                : kMaxAnnouncementHeadingWords) &&
                        (bracketed || listing || last.find(',') == std::string::npos);
  return !last.empty() && heading_shaped && announces_photos(last) && !has_predicate(last);
}

std::optional<std::string> drop_closing_photo_announcement(std::vector<Paragraph>& body) {
  // the label with its photos' credit under it, the photos gone: the credit names no caption
  // (a credit alone is a few words: the text's last sentence is let go uncut)
  constexpr std::size_t kMaxCreditAloneWords = 12;
  if (body.size() >= 3 && at_most_words(body.back().text, kMaxCreditAloneWords) &&
      is_credit_alone(body.back().text) && is_gallery_label(body[body.size() - 2].text)) {
    std::string dropped = body[body.size() - 2].text + ' ' + body.back().text;
    body.resize(body.size() - 2);
    return dropped;
  }
  if (body.size() < 2 || !is_gallery_label(body.back().text)) return std::nullopt;
  std::string dropped = std::move(body.back().text);
  body.pop_back();
  return dropped;
}

namespace {

// "Ảnh 1", "ảnh 2", "Hình 3": a photo numbered in the paragraph, as its caption opens.
bool mentions_photo_number(std::string_view p) {
  for (std::string_view word : {"Ảnh ", "ảnh ", "ẢNH ", "Hình ", "HÌNH "})
    for (std::size_t at = p.find(word); at != std::string_view::npos;
         at = p.find(word, at + word.size()))
      if (at + word.size() < p.size() && is_ascii_digit(p[at + word.size()])) return true;
  return false;
}

}  // namespace

std::vector<std::string> drop_photoless_gallery_labels(std::vector<Paragraph>& body) {
  std::vector<std::string> dropped;
  if (body.size() < 3) return dropped;
  // one pass, the kept paragraphs moved down over the dropped (an erase each was quadratic: 30,000
  // labels in a 15 MB page doubled its scan)
  std::size_t kept = 1;
  for (std::size_t i = 1; i < body.size(); ++i) {
    const Paragraph* under = i + 1 < body.size() ? &body[i + 1] : nullptr;
    // a gallery's own opening ("Một số hình ảnh …", "Những hình ảnh …"): "Hình ảnh Bác Hồ trong
    // thơ ca:" heads a part, "Hình ảnh người thầy hiện lên … phẩm chất sau:" is the text's; and
    // no photo's caption under it ("Ảnh 1: …. Ảnh 2: …", its gallery's captions run together)
    if (under != nullptr && body[i].text.ends_with(':') && opens_gallery_label(body[i].text) &&
        is_gallery_label(body[i].text) && under->photo == PhotoHint::None &&
        is_body_text(under->text) && last_sentence(under->text).size() < under->text.size() &&
        !parse_caption(under->text) && !mentions_photo_number(under->text)) {
      dropped.push_back(std::move(body[i].text));
      continue;
    }
    if (kept != i) body[kept] = std::move(body[i]);
    ++kept;
  }
  body.resize(kept);
  return dropped;
}

void head_closing_gallery(Article& a) {
  // the last paragraph, with only captions after it
  std::size_t n = a.blocks.size();
  std::size_t label = n;
  while (label > a.lead_at && a.blocks[label - 1].type == BlockType::Caption) --label;
  if (label == n || label == a.lead_at || a.blocks[label - 1].type != BlockType::Paragraph) return;
  Block& b = a.blocks[label - 1];
  if (is_gallery_label(b.text)) b.type = BlockType::Heading;
}

}  // namespace tuyentap
