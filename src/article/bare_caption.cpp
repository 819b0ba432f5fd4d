// Captions without a credit word: see bare_caption.h.
#include "article/bare_caption.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "article/byline.h"
#include "article/caption_score.h"
#include "article/glued_dash_caption.h"
#include "article/scene_caption.h"
#include "article/source_names.h"
#include "article/text_lines.h"
#include "article/writer_unit.h"
#include "base/ascii.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMinTitleWords = 5;
constexpr std::size_t kMaxRetellingWords = 40;
constexpr std::size_t kMaxPositionLineWords = 60;
constexpr std::size_t kMaxPositionWords = 6;
constexpr std::size_t kMaxPortraitWords = 20;
constexpr std::size_t kMinBracketedWords = 3;
constexpr std::size_t kMaxBracketedWords = 40;

}  // namespace

std::string_view without_marks(std::string_view w) {
  constexpr std::string_view kEdge = "\"'()[],.:;!?-";
  constexpr std::array<std::string_view, 6> kMarks = {"“", "”", "‘", "’", "–", "—"};
  // Most words (asked of each word of a line) start and end with an ASCII letter or digit or a
  // letter beyond ASCII, whose bytes neither open nor close a mark (each mark is E2 80 xx):
  // nothing to take off, and nothing looked up.
  auto alnum = [](char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  auto high = [](char c) { return static_cast<unsigned char>(c) >= 0x80; };
  if (!w.empty() && (alnum(w.front()) || (high(w.front()) && w.front() != '\xE2')) &&
      (alnum(w.back()) || (high(w.back()) && (w.size() < 3 || w[w.size() - 3] != '\xE2'))))
    return w;
  for (bool again = true; again && !w.empty();) {
    again = false;
    if (kEdge.find(w.front()) != std::string_view::npos) {
      w.remove_prefix(1);
      again = true;
    }
    if (!w.empty() && kEdge.find(w.back()) != std::string_view::npos) {
      w.remove_suffix(1);
      again = true;
    }
    for (std::string_view m : kMarks) {
      if (w.starts_with(m)) {
        w.remove_prefix(m.size());
        again = true;
      }
      if (w.ends_with(m)) {
        w.remove_suffix(m.size());
        again = true;
      }
    }
  }
  return w;
}

namespace {

// The distinct words of s as fold_exact keys, sorted; words of punctuation alone ("–", "|")
// are left out.
std::vector<std::string> word_keys(std::string_view s) {
  std::vector<std::string> keys;
  std::string folded = fold_exact(s);
  for (std::size_t start = 0; start < folded.size();) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string::npos) end = folded.size();
    std::string_view w = without_marks(std::string_view(folded).substr(start, end - start));
    start = end + 1;
    if (has_letter_or_digit(w)) keys.emplace_back(w);
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

// No sentence of the body: no final punctuation, or a single final "." with no comma before.
bool not_a_sentence(std::string_view line) {
  // two sentences are the text's ("Hưởng ứng ngày … 1/6. Trường … tổ chức …."), whatever
  // the last ends with: a caption is one clause
  if (stops_a_sentence_inside(line)) return false;
  if (!ends_with_sentence_punct(line)) return true;
  return line.back() == '.' && !line.ends_with("..") && line.find(',') == std::string_view::npos;
}

}  // namespace

TitleWords::TitleWords(std::string_view title) : title_(title), count_(word_count(title)) {}

const std::vector<std::string>& TitleWords::keys() {
  if (!keys_) keys_ = word_keys(title_);
  return *keys_;
}

bool retells_title(std::string_view line, std::string_view title) {
  TitleWords words(title);
  return retells_title(line, words);
}

bool retells_title(std::string_view line, TitleWords& title) {
  if (!at_most_words(line, kMaxRetellingWords) || word_count(line) < title.count() ||
      !starts_with_upper(line) || is_all_caps(line) || !not_a_sentence(line))
    return false;
  // "Ủy ban nhân dân xã … thông báo : Dừng tổ chức Lễ kỷ niệm …" under "Thông báo Lễ kỷ niệm
  // …": what someone announces, after its colon, is the notice's text (real-eval62/hotovietnam-1)
  if (line.find(':') != std::string_view::npos) return false;
  // "Thực hiện công văn số … về việc tổng vệ sinh tại …" under "Thực hiện Tổng vệ sinh tại …":
  // the directive the text carries out, its sentence (real-eval89/dvcibinhthanh-1)
  if (opens_with_directive(line)) return false;
  const std::vector<std::string>& title_words = title.keys();
  if (title_words.size() < kMinTitleWords) return false;
  std::vector<std::string> line_words = word_keys(line);
  std::size_t shared = 0;
  for (const std::string& w : title_words)
    shared += std::binary_search(line_words.begin(), line_words.end(), w) ? 1 : 0;
  if (4 * shared < 3 * title_words.size()) return false;
  // A caption that opens with its own word retells the title and adds who or what the photo
  // shows ("Các đại biểu bấm nút khai trương …" under "Khai trương …"): it is longer than the
  // title. One as long puts a part's head word in the title's place ("Thực trạng đội ngũ …"
  // under "Phát triển đội ngũ …"): a heading.
  if (word_count(line) == title.count()) {
    const std::string opening = fold_exact(line.substr(0, line.find(' ')));
    const std::string first(without_marks(opening));
    if (!std::binary_search(title_words.begin(), title_words.end(), first)) return false;
  }
  // "… đã diễn ra lễ kết nạp …": a reasoning word the title does not say makes it text
  for (const std::string& w : line_words)
    if (is_reasoning_word(w) && !std::binary_search(title_words.begin(), title_words.end(), w))
      return false;
  return true;
}

bool lists_people_shown(std::string_view line) {
  constexpr std::size_t kMinNames = 3, kMinNameWords = 2, kMaxNameWords = 5, kFullNameWords = 3,
                        kMaxBytes = 600;
  if (line.size() > kMaxBytes) return false;
  std::string_view names;
  if (line.ends_with("…"))
    names = line.substr(0, line.size() - std::string_view("…").size());
  else if (line.ends_with("..."))
    names = line.substr(0, line.size() - 3);
  else
    return false;
  while (!names.empty() && (names.back() == ' ' || names.back() == ',')) names.remove_suffix(1);
  std::size_t count = 0, full_names = 0;
  for (std::size_t from = 0; from <= names.size();) {
    std::size_t comma = std::min(names.find(',', from), names.size());
    std::string_view name = trim_spaces(names.substr(from, comma - from));
    from = comma + 1;
    std::size_t words = 0;
    for (std::size_t at = 0; at < name.size();) {
      std::size_t end = std::min(name.find(' ', at), name.size());
      std::string_view word = name.substr(at, end - at);
      at = end + 1;
      if (word.empty()) continue;
      if (!starts_with_upper(word) ||
          word.find_first_of("0123456789.:;()\"") != std::string_view::npos)
        return false;
      ++words;
    }
    if (words < kMinNameWords || words > kMaxNameWords) return false;
    ++count;
    full_names += words >= kFullNameWords;
  }
  // people's names mostly of three words or more (a family name, a middle one, a given one);
  // places' of two ("Quảng Ninh, Hải Phòng, Thái Bình, Nam Định, …": the review's)
  return count >= kMinNames && 2 * full_names >= count;
}

bool names_photo_position(std::string_view line) {
  if (!at_most_words(line, kMaxPositionLineWords)) return false;
  // (folded only when the line opens with "Từ": most lines are let go unfolded)
  if (line.starts_with("Từ ") || line.starts_with("TỪ ") || line.starts_with("từ ")) {
    constexpr std::size_t kOpeningBytes = 64;
    const std::string opening = fold_for_match(utf8::whole_prefix(line, kOpeningBytes));
    for (std::string_view order :
         {"tu trai sang phai", "tu trai qua phai", "tu phai sang trai", "tu phai qua trai"})
      // the people placed, not things a sentence lists ("Từ trái sang phải, các công trình
      // lần lượt là …": a reasoning word)
      if (opening.starts_with(order)) {
        // what follows the order's four words ("phải" is a reasoning word of its own)
        std::size_t at = 0;
        for (int words = 0; words < 4 && at != std::string_view::npos; ++words)
          at = line.find(' ', at + 1);
        return at == std::string_view::npos || !has_reasoning_words(line.substr(at + 1));
      }
  }
  for (std::size_t open = line.find('('); open != std::string_view::npos;
       open = line.find('(', open + 1)) {
    std::size_t close = line.find(')', open);
    if (close == std::string_view::npos) return false;
    std::string_view inside = line.substr(open + 1, close - open - 1);
    if (!at_most_words(inside, kMaxPositionWords)) continue;
    std::string key = fold_for_match(inside);
    // "(phải)", "(trái)" alone after a name: no text but a caption places a person so
    if (key == "giua" || key == "dung giua" || key == "ngoi giua" || key == "phai" || key == "trai")
      return true;
    for (std::string_view place :
         {"bia phai", "bia trai", "ben phai", "ben trai", "tu trai", "tu phai", "ngoai cung"})
      if (key.find(place) != std::string::npos) return true;
  }
  return false;
}

bool names_portrait(std::string_view line) {
  if (!at_most_words(line, kMaxPortraitWords)) return false;
  // a dash glued between the name and the post is the spaced one (glued_dash_caption.h)
  if (has_glued_dash(line)) return names_portrait(with_glued_dashes_spaced(line));
  // "Đồng chí" before the name, its second word in lower case
  if (line.starts_with("Đồng chí ")) line.remove_prefix(std::string_view("Đồng chí ").size());
  std::string_view text =
      line.ends_with('.') && !line.ends_with("..") ? line.substr(0, line.size() - 1) : line;
  // one clause: a speaker's line ("Ông X, Chủ tịch UBND xã cho biết: …") is text
  if (text.find_first_of("?!:;") != std::string_view::npos || ends_with_sentence_punct(text))
    return false;
  // and one that reports or reasons ("Ông X, Chủ tịch UBND xã, cho biết …") is text too
  if (has_reasoning_words(text)) return false;
  return byline_without_position(text).size() < text.size();
}

std::optional<std::string_view> bracketed_caption(std::string_view line) {
  if (line.ends_with(").")) line.remove_suffix(1);
  if (line.size() < 3 || line.front() != '(' || line.back() != ')' || names_writer_unit(line))
    return std::nullopt;
  std::string_view inner = line.substr(1, line.size() - 2);
  while (inner.starts_with(' ')) inner.remove_prefix(1);
  while (inner.ends_with(' ')) inner.remove_suffix(1);
  if (inner.find_first_of("()") != std::string_view::npos || !starts_with_upper(inner) ||
      at_most_words(inner, kMinBracketedWords - 1) || !at_most_words(inner, kMaxBracketedWords) ||
      stops_a_sentence_inside(inner) || ends_with_sentence_punct(inner) || looks_like_name(inner))
    return std::nullopt;
  // "(Đồng chí Thứ trưởng … kiểm tra nguyên liệu đang chạy trên dây chuyền …)", "(Đồng chí
  // Nguyễn Anh Tuấn, Giám đốc … giới thiệu thành phẩm … đã qua chế biến …)": a person named by
  // a title opening the note, in a scene's words (below), may say what state the thing shown
  // is in (real-eval78/nganson-1); any other reasoning word tells, as the text does
  if (opens_with_person_title(inner) ? has_reasoning_words_but_tense(inner)
                                     : has_reasoning_words(inner))
    return std::nullopt;
  // A caption names its scene ("… tặng quà cho thôn", "Tiết mục … tại ngày hội"); a colon
  // only after a person's title ("( Đồng chí: Nguyễn Thị Hải, … tặng quà …)"): a table's
  // unit ("(Đơn vị tính: triệu đồng)") or a draft's note ("(Dự thảo lần thứ hai)") names none.
  if (std::size_t colon = inner.find(':');
      colon != std::string_view::npos &&
      (!opens_with_person_title(inner) || !at_most_words(inner.substr(0, colon), 2)))
    return std::nullopt;
  if (!names_scene_words(inner)) return std::nullopt;
  // an editor's note on the series or the copy: "(Còn nữa)", "(Kỳ 2: …)", "(Nguồn: …)",
  // "(Trích phát biểu …)", "(Tít do Tòa soạn đặt)", "(Đón đọc kỳ sau …)", "(Lưu ý: …)"
  std::string folded = fold_for_match(inner) + ' ';
  for (std::string_view note :
       {"con nua", "ky ", "bai ", "phan ", "tiep ", "xem ", "nguon", "bao ", "tap chi ", "trich ",
        "tit ", "toa soan ", "don doc ", "luu y", "ghi chu"})
    if (folded.starts_with(note)) return std::nullopt;
  return inner;
}

std::optional<WebSourcedCaption> web_sourced_caption(std::string_view line) {
  constexpr std::string_view kSource = ". Nguồn: ";
  // asked of every paragraph under the lead: the forward search (by its first byte) lets the
  // many lines without it go at once; the last one is the credit
  if (line.find(kSource) == std::string_view::npos) return std::nullopt;
  const std::size_t at = line.rfind(kSource);
  std::string_view address = line.substr(at + kSource.size());
  while (address.ends_with(' ')) address.remove_suffix(1);
  std::string_view text = line.substr(0, at + 1);  // with its stop
  if (address.empty() || !looks_like_domain(address) || !starts_with_upper(text) ||
      at_most_words(text, 2))
    return std::nullopt;
  return WebSourcedCaption{text, address};
}

}  // namespace tuyentap
