// A caption standing last: see closing_caption.h.
#include "article/closing_caption.h"

#include <string>

#include "article/article_tail.h"
#include "article/attendance.h"
#include "article/back_reference.h"
#include "article/caption_score.h"
#include "article/document_tail.h"
#include "article/echo_caption.h"
#include "article/lower_caption.h"
#include "article/office_byline.h"
#include "article/official_document.h"
#include "article/scene_caption.h"
#include "article/short_stop.h"
#include "article/slogan.h"
#include "article/text_lines.h"
#include "article/writer_unit.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// "… Nick Út và nhà báo Giản Thanh Sơn cũng đến tham dự triển lãm." (real-eval75/hopa-1): "cũng"
// (also) ties the sentence to the text above it, which a photo's caption never leans on. With
// its stop only: a line with none ("Phụ huynh học sinh cũng tham dự buổi lễ") may still be one.
bool says_also(std::string_view line) {
  return ends_with_sentence_punct(line) &&
         (" " + fold_exact(line) + " ").find(" cũng ") != std::string::npos;
}

// "THÔNG BÁO V/v tạm ngừng hoạt động bơi, lặn biển tại khu vực Hòn Mun" (real-eval75/
// vinhnhatrang-1), "Quyết định số 99/QĐ-TU …": a document's name, its kind and subject or its
// number, the link to it a page prints under the text, never a photo's caption.
bool names_a_document(std::string_view line) {
  if (names_document(line)) return true;
  for (std::string_view subject : {" V/v", " v/v", " Về việc", " VỀ VIỆC"})
    if (const std::size_t at = line.find(subject); at != std::string_view::npos)
      return names_document_kind(trim_spaces(line.substr(0, at)));
  return false;
}

// Receiving at a ceremony what "trao" hands over ("… nhận Cờ thi đua Thành phố"): "nhận" with
// the thing received. Not among scene_caption.h's acts: a sentence of the text says it as
// often ("Anh Tuấn nhận bằng khen của UBND tỉnh."); here only, where the line retells the
// sentence above (retells_scene_above).
bool receives_at_ceremony(std::string_view line) {
  const std::string folded = " " + fold_exact(line) + " ";
  for (std::string_view thing : {"cờ", "bằng khen", "giấy khen", "quà", "huy hiệu", "học bổng",
                                 "giải", "hoa", "danh hiệu", "kỷ niệm chương", "huân chương"})
    if (folded.find(" nhận " + std::string(thing) + " ") != std::string::npos) return true;
  return false;
}

// reads_as_closing_caption for a line at most two thirds as long as the sentence above.
bool reads_as_shorter_closing_caption(std::string_view line, std::string_view before, bool stop) {
  // with its stop, a scene's clause, not the text's closing sentence: no clause after a comma
  // but a position's ("Hội nghị khép lại với tinh thần đoàn kết, quyết tâm …."), unless an
  // act before a camera; nor who attended ("Tham dự Hội nghị còn có …", attendance.h)
  if (stop && ((line.find(", ") != std::string_view::npos && !shows_photo_act(line)) ||
               lists_attendance(line)))
    return false;
  // more than half as long: both of a caption's own cues, who the photo shows and an act
  // before a camera (closing_caption.h)
  const bool half = 2 * word_count(line) <= word_count(before);
  // the dearer tests last: they fold
  if (praises(line) || is_slogan(line) || says_also(line)) return false;
  if (shows_who_or_what(line))
    return half || shows_photo_act(line) || (!stop && retells_scene_above(line, before));
  return half && is_caption_shaped(line) && shows_photo_act(line);
}

}  // namespace

bool reads_as_closing_caption(std::string_view line, std::string_view before) {
  // a caption typed in lower case under the text's last stop reads as with its capital; once,
  // not by asking again: a lower-case letter with no capital ("ĸ", "ß") stays lower case, and
  // the question asked again of the same line never ended (a stack overflow fuzz_docx found)
  std::string capital;
  if (stands_alone_in_lower_case(line, before)) line = capital = capitalised_alone(line, before);
  // no stop, or one that says nothing under the text's last sentence (short_stop.h)
  const bool stop = ends_with_sentence_punct(line);
  if ((stop && !stop_says_nothing(line, before, {})) || before.empty() ||
      !ends_with_sentence_punct(before) || !is_body_text(before))
    return false;
  if (3 * word_count(line) > 2 * word_count(before))
    return !stop && retells_scene_above(line, before);
  return reads_as_shorter_closing_caption(line, before, stop);
}

bool retells_scene_above(std::string_view line, std::string_view before) {
  // "Giám đốc Nguyễn Văn Trung và Phó Giám đốc Công ty Nguyễn Thế Nhân nhận Cờ thi đua Thành
  // phố đơn vị dẫn đầu phong trào thi đua năm 2022" under "Đây là năm thứ 3 liên tiếp Công ty
  // vinh dự nhận được Cờ thi đua Thành phố đơn vị dẫn đầu phong trào thi đua." (real-eval79/
  // congichquan1-1): longer than the short sentence above, but showing who does an act before
  // a camera, in six words in a row or more of that sentence: the photo of
  // what it told. A text's last sentence that lost its stop goes on in words of its own.
  constexpr std::size_t kMaxWords = 40, kMinRetoldRun = 6;
  return at_most_words(line, kMaxWords) && shows_who_or_what(line) &&
         (shows_photo_act(line) || receives_at_ceremony(line)) && !praises(line) &&
         !is_slogan(line) && !says_also(line) &&
         shares_word_run(folded_match_words(line), before, kMinRetoldRun);
}

bool closes_as_letter(std::string_view line) {
  line = trim_spaces(line);
  const std::size_t second = line.find(' ', line.find(' ') + 1);  // the first two words
  return line.ends_with("./.") || fold_for_match(line.substr(0, second)).starts_with("tran trong");
}

bool closes_with_scene(std::string_view line, std::string_view before) {
  std::string capital;  // as reads_as_closing_caption, once
  if (stands_alone_in_lower_case(line, before)) line = capital = capitalised_alone(line, before);
  // the opening first, which most lines fail, before any word is counted
  if (!line.ends_with('.') || line.ends_with("..") || before.empty() ||
      !ends_with_sentence_punct(before) || !shows_who_or_what(line))
    return false;
  // "… diễn ra lúc 08g00 ngày 12/5/2019 tại …": when the event is held (caption_score.h)
  if (2 * word_count(line) > word_count(before) || !is_body_text(before) || praises(line) ||
      is_slogan(line) || says_also(line) || tells_its_hour(line))
    return false;
  // the event named alone is a noun phrase, no clause after a comma: "Hội nghị khép lại với
  // tinh thần đoàn kết, quyết tâm …" is the text's closing sentence
  return shows_photo_act(line) ||
         (opens_with_event(line) && line.find(", ") == std::string_view::npos);
}

bool closes_cut_lead(std::string_view line, std::string_view lead) {
  // the opening and the act first, which most lines fail, before anything is counted
  if (line.ends_with("..") || (ends_with_sentence_punct(line) && !line.ends_with('.')) ||
      lead.empty() || !ends_with_sentence_punct(lead) || !shows_who_or_what(line) ||
      !shows_photo_act(line))
    return false;
  // a person named with their title ("Đại tá Nguyễn Việt Cường, …"), as such a caption names
  // each one it shows; a group's sentence ("Các cháu được tham gia kéo co, … trao tặng.") may
  // be the text's second and last paragraph
  return is_body_text(lead) && names_titled_person(line) && !lists_attendance(line) &&
         !praises(line) && !is_slogan(line);
}

bool closes_as_caption_by_shape(std::string_view line, std::string_view before) {
  // typed in lower case under the text's last stop ("môn đồ hiếu quyến đảnh lễ trước long vị",
  // real-eval65/chuadieuphap-1): as with its capital, once (reads_as_closing_caption); one
  // clause, no comma: words in lower case strung by commas are keywords planted in the page
  // ("chung cu times city, to chuc su kien, …", real-eval51/hoaminh-danang-1)
  std::string capital;
  if (stands_alone_in_lower_case(line, before)) {
    if (line.find(',') != std::string_view::npos) return false;
    line = capital = capitalised_alone(line, before);
    // an office or a unit typed in lower case signs ("ban biên tập trang thông tin …")
    if (signs_as_office(line) || signs_as_unit(line) || opens_with_writer_unit(line)) return false;
  }
  if (ends_with_sentence_punct(line) || before.empty() || !ends_with_sentence_punct(before) ||
      word_count(line) < kMinShapedClosingWords || 2 * word_count(line) > word_count(before) ||
      !is_body_text(before))
    return false;
  return is_caption_shaped(line) && !is_tail_chrome(line) && !praises(line) && !is_slogan(line) &&
         !opens_with_back_reference(line) && !names_a_document(line);
}

namespace {

constexpr std::size_t kMaxClosingCaptions = 3;
// A caption's most words (caption_score.h never reads a longer line as one).
constexpr std::size_t kMaxPairSceneWords = 50;

bool run_from(const std::vector<Paragraph>& body, std::size_t from) {
  if (from == 0 || from >= body.size() || body.size() - from > kMaxClosingCaptions) return false;
  const std::string& before = body[from - 1].text;
  for (std::size_t k = from; k < body.size(); ++k)
    if (!reads_as_closing_caption(body[k].text, before) ||
        opens_with_back_reference(body[k].text))  // the dearer test last
      return false;
  return true;
}

}  // namespace

bool closes_with_captions(const std::vector<Paragraph>& body, std::size_t at, bool caption_above) {
  if (!caption_above) return run_from(body, at);
  for (std::size_t back = 1; back < kMaxClosingCaptions && back < at; ++back)
    if (run_from(body, at - back)) return true;
  return false;
}

bool closes_gallery(const std::vector<Paragraph>& body, std::size_t at,
                    std::size_t captions_above) {
  constexpr std::size_t kMinCaptionsAbove = 2, kMaxTail = 6;
  if (captions_above < kMinCaptionsAbove || at >= body.size() || body.size() - at > kMaxTail)
    return false;
  for (std::size_t k = at; k < body.size(); ++k) {
    const std::string& line = body[k].text;
    if (ends_with_sentence_punct(line) || !is_caption_shaped(line) || is_tail_chrome(line) ||
        opens_with_back_reference(line))
      return false;
  }
  return true;
}

namespace {

// "Ban Chỉ đạo phòng chống dịch huyện …", "Khoa Kiểm soát bệnh tật và Y tế công cộng": a unit or
// an office named first (writer_unit.h, office_byline.h), as a signature's lines are; a caption
// names the people of a unit at an act.
bool names_office_first(std::string_view line) {
  return opens_with_writer_unit(line) || opens_with_office(line);
}

}  // namespace

bool closes_with_photo_row(const std::vector<Paragraph>& body, std::size_t at) {
  constexpr std::size_t kMinRow = 3, kMaxRow = 6, kMinWords = 4;
  if (at == 0 || at >= body.size() || body.size() - at < kMinRow || body.size() - at > kMaxRow)
    return false;
  const std::string& before = body[at - 1].text;
  // "… các biện pháp sau đây.", "… như sau.": a list announced, its items under it
  if (!before.ends_with('.') || before.ends_with(" sau.") || before.ends_with(" sau đây."))
    return false;
  // each line's own shape first, which most texts' last lines fail, before a word is counted
  for (std::size_t k = at; k < body.size(); ++k) {
    const std::string& line = body[k].text;
    if (ends_with_sentence_punct(line) || line.ends_with(':') ||
        line.find_first_of("0123456789") != std::string::npos)
      return false;
  }
  if (!is_body_text(before)) return false;
  const std::size_t half = word_count(before) / 2;
  for (std::size_t k = at; k < body.size(); ++k) {
    const std::string& line = body[k].text;
    if (at_most_words(line, kMinWords - 1) || !at_most_words(line, half) || is_all_caps(line) ||
        !is_caption_shaped(line) || is_tail_chrome(line) || opens_with_back_reference(line) ||
        praises(line) || is_slogan(line) || lists_attendance(line) || signs_as_office(line) ||
        signs_as_unit(line) || (names_office_first(line) && !shows_photo_act(line)))
      return false;
  }
  return true;
}

bool closes_with_caption_pair(const std::vector<Paragraph>& body, std::size_t at, bool first_read) {
  if (at == 0 || at + 2 != body.size()) return false;
  const std::string& before = body[at - 1].text;
  const std::string& first = body[at].text;
  const std::string& scene = body[at + 1].text;
  // the scene's own shape first, which most last lines fail: a caption's length, counted no
  // further (a text's last paragraph may be long), before any word is folded
  if (!scene.ends_with('.') || scene.ends_with("..") || !at_most_words(scene, kMaxPairSceneWords) ||
      !shows_photo_act(scene) || !names_titled_person(scene) ||
      2 * word_count(scene) > word_count(before) || !is_caption_shaped(scene))
    return false;
  if (!first_read && !reads_as_closing_caption(first, before) &&
      !closes_as_caption_by_shape(first, before))
    return false;
  return !lists_attendance(scene) && !praises(scene) && !is_slogan(scene) &&
         !opens_with_back_reference(first) && !opens_with_back_reference(scene);
}

}  // namespace tuyentap
