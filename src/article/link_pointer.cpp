// A pointer to a lost link: see link_pointer.h.
#include "article/link_pointer.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "article/text_lines.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxPointerWords = 14;
// After an arrow the line is the link's own text, an album's or a notice's name in full
// ("----> Xem đầy đủ toàn bộ album Lễ Vu Lan - Chúc Thọ & Dâng Y năm 2019 tại ĐÂY").
constexpr std::size_t kMaxArrowPointerWords = 24;
// Before an arrow, what the link is about ("Thông tin chi tiết về cuộc thi ==> XEM TẠI ĐÂY").
constexpr std::size_t kMaxArrowLabelWords = 10;
constexpr std::size_t kMaxLabelWords = 4;  // "Tin ảnh", "Video clip"
// A link's label alone ("Tải về toàn văn văn bản"): the verb, how much, a document's kind.
constexpr std::size_t kMaxLinkLabelWords = 6;

// What may stand before the verb (fold_exact words): the reader addressed, a polite word, "có
// thể" (may). "Các", "Chi", "Toàn" alone open sentences ("Các em …", "Chi bộ …", "Toàn thể …").
constexpr std::array<std::string_view, 12> kBeforeVerb = {
    "xin",         "mời",     "vui lòng",    "hãy",     "bạn đọc", "quý vị",
    "quý độc giả", "độc giả", "quý bạn đọc", "các bạn", "bạn",     "có thể"};
// Of kBeforeVerb, the polite words alone, which may open a link's own text after an arrow.
constexpr std::array<std::string_view, 3> kPoliteWords = {"xin", "mời", "vui lòng"};
// Openings of what stands before an arrow pointing to a link (fold_exact): what the link gives
// ("Thông tin chi tiết về cuộc thi ==>"), or nothing. A title or a place before an arrow
// ("Điểm thi vào lớp 10 … ==> Xem tại đây", "Cầu Rồng → …") is no such label: the line stays.
constexpr std::array<std::string_view, 6> kArrowLabels = {"thông tin", "chi tiết", "toàn văn",
                                                          "nội dung",  "xem",      "mời"};
// Openings after which the verb may come later ("Chi tiết xem tại đây", "Toàn văn Nghị quyết
// xem tại đây").
constexpr std::array<std::string_view, 2> kTopics = {"chi tiết", "toàn văn"};
// What the reader may do there; "xem xét" (consider), "vận tải" (transport) and "lắng nghe"
// (listen to someone) are other words.
constexpr std::array<std::string_view, 5> kVerbs = {"xem", "đọc", "nghe", "tải", "download"};
// A sentence's words: what someone did, does or will do there is told, not pointed to.
constexpr std::array<std::string_view, 6> kTelling = {"đã", "được", "đang", "sẽ", "thường", "đều"};

// The phrase `phrase` (words parted by one space) stands in `words` from `at`.
bool phrase_at(const std::vector<std::string>& words, std::size_t at, std::string_view phrase) {
  for (; !phrase.empty(); ++at) {
    const std::size_t space = phrase.find(' ');
    if (at >= words.size() || words[at] != phrase.substr(0, space)) return false;
    phrase = space == std::string_view::npos ? std::string_view{} : phrase.substr(space + 1);
  }
  return true;
}

std::size_t phrase_words(std::string_view phrase) {
  return static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
}

bool is_verb_at(const std::vector<std::string>& words, std::size_t i) {
  return std::find(kVerbs.begin(), kVerbs.end(), words[i]) != kVerbs.end() &&
         !(i + 1 < words.size() && words[i] == "xem" && words[i + 1] == "xét");
}

// `after_arrow`: the link's own text after an arrow, which opens with the verb or a polite word
// ("Xem …", "Xin mời xem …") and ends on "tại đây": "bạn có thể xem rồng phun lửa … ở đây"
// tells a traveller what a place offers.
bool is_pointer_text(std::string_view text, std::size_t max_words = kMaxPointerWords,
                     bool after_arrow = false) {
  text = trim_spaces(text);
  // the cheap look first, as this is asked of every line: the last word is "đây"
  if (text.empty() || (text.back() != 'y' && text.back() != 'Y') ||
      text.find(',') != std::string_view::npos || !at_most_words(text, max_words))
    return false;
  std::vector<std::string> words;
  each_word(fold_exact(text), [&](std::string_view w) { words.emplace_back(w); });
  if (words.size() < 3) return false;
  const std::size_t place = words.size() - 2;  // "tại đây", "ở đây"
  if (words.back() != "đây" || (words[place] != "tại" && (words[place] != "ở" || after_arrow)))
    return false;
  for (const std::string& w : words)
    if (std::find(kTelling.begin(), kTelling.end(), w) != kTelling.end()) return false;
  for (std::string_view topic : kTopics)
    if (phrase_at(words, 0, topic)) {
      for (std::size_t i = phrase_words(topic); i < place; ++i)
        if (is_verb_at(words, i)) return true;
      return false;
    }
  // the invitation's words, then the verb right after them
  std::size_t i = 0;
  for (bool more = true; more && i < place;) {
    more = false;
    for (std::string_view p : kBeforeVerb)
      if ((!after_arrow ||
           std::find(kPoliteWords.begin(), kPoliteWords.end(), p) != kPoliteWords.end()) &&
          phrase_at(words, i, p)) {
        i += phrase_words(p);
        more = true;
        break;
      }
  }
  return i < place && is_verb_at(words, i);
}

// Where an arrow drawn in ASCII ("==>", "---->", "=>", ">>") or "→" ends in `line`, the first
// one; npos when none.
std::size_t arrow_end(std::string_view line) {
  for (std::size_t i = 0; i < line.size(); ++i) {
    if (line.compare(i, 3, "→") == 0) return i + 3;
    if (line[i] != '>' || i == 0) continue;
    const char before = line[i - 1];
    if (before == '=' || before == '-' || before == '>') return i + 1;
  }
  return std::string_view::npos;
}

// A link label's first word, folded (fold_exact): the verb it opens with.
bool is_label_verb(std::string_view first_word) {
  return first_word == "xem" || first_word == "đọc" || first_word == "tải" ||
         first_word == "download";
}

// A link's label saved alone, pointing at a file the text copy lost: "Xem toàn bộ Quyết
// định", "Tải về toàn văn", "Xem chi tiết văn bản", "Tải về văn bản". The verb (xem, đọc, tải,
// tải về, tải xuống, download), then how much (toàn bộ, toàn văn, chi tiết, đầy đủ, nội dung),
// a document's kind after it perhaps, or a fetching verb and a kind, and nothing else: no number,
// no name, no place ("Xem toàn văn Nghị quyết số 21-NQ/TW" names the document, and document_tail.h
// keeps it). `words`: fold_exact words.
bool is_link_label(const std::vector<std::string>& words) {
  static constexpr std::array<std::string_view, 6> kLabelVerbs = {
      "tải về", "tải xuống", "xem", "đọc", "tải", "download"};
  static constexpr std::array<std::string_view, 5> kHowMuch = {"toàn bộ", "toàn văn", "chi tiết",
                                                               "đầy đủ", "nội dung"};
  static constexpr std::array<std::string_view, 12> kKinds = {
      "quyết định", "nghị quyết", "kế hoạch", "thông báo", "văn bản",  "công văn",
      "chỉ thị",    "hướng dẫn",  "thông tư", "nghị định", "tài liệu", "file đính kèm"};
  if (words.size() < 2 || words.size() > kMaxLinkLabelWords) return false;
  auto take = [&](std::size_t& at, const auto& phrases) {
    for (std::string_view p : phrases)
      if (phrase_at(words, at, p)) {
        at += phrase_words(p);
        return true;
      }
    return false;
  };
  std::size_t at = 0;
  if (!take(at, kLabelVerbs)) return false;
  // "Đọc văn bản", "Xem kế hoạch": a verb of reading and a kind alone is a study guide's step
  // as often; fetching a file ("Tải về văn bản") or how much of it ("Xem toàn bộ …") is a link's
  const bool fetches = words[0] == "tải" || words[0] == "download";
  const bool how_much = take(at, kHowMuch);
  const bool kind = take(at, kKinds);
  return (how_much || (fetches && kind)) && at == words.size();
}

// "BBT xin giới thiệu chùm ảnh: » tại đây «", "… [tại đây]": "tại đây" alone framed as a link
// (guillemets or square brackets) closing a line of at most 14 words that tells nothing done
// and has no comma (real-eval93/truclam-chanhthien-1): the frame was the link's.
bool framed_here(std::string_view line) {
  std::size_t open = std::string_view::npos;
  if (line.ends_with("«"))
    open = line.rfind("»");
  else if (line.ends_with(']'))
    open = line.rfind('[');
  // a comma parts a sentence's clauses ("Hạn nộp hồ sơ đến hết ngày 30/6, mẫu đơn [tại đây]")
  if (open == std::string_view::npos || !at_most_words(line, kMaxPointerWords) ||
      line.substr(0, open).find(',') != std::string_view::npos)
    return false;
  const std::size_t inner = open + (line[open] == '[' ? 1 : std::string_view("»").size());
  const std::size_t close = line.ends_with(']') ? 1 : std::string_view("«").size();
  if (inner + close > line.size()) return false;
  const std::string here = fold_exact(trim_spaces(line.substr(inner, line.size() - close - inner)));
  if (here != "tại đây" && here != "ở đây") return false;
  bool tells = false;
  each_word(fold_exact(line.substr(0, open)), [&](std::string_view w) {
    tells = tells || std::find(kTelling.begin(), kTelling.end(), w) != kTelling.end();
  });
  return !tells;
}

}  // namespace

bool is_link_pointer(std::string_view line) {
  line = trim_spaces(line);
  while (!line.empty() && (line.back() == ':' || line.back() == '.' || line.back() == ' '))
    line.remove_suffix(1);
  // a link's label opens with its verb (xem, đọc, tải, download): the first letter, then the
  // first word alone folded, before the line is, as this is asked of every line
  if (!line.empty() && std::string_view("XxTtDd\xC4").find(line[0]) != std::string_view::npos &&
      at_most_words(line, kMaxLinkLabelWords) &&
      is_label_verb(fold_exact(line.substr(0, line.find(' '))))) {
    std::vector<std::string> words;
    each_word(fold_exact(line), [&](std::string_view w) { words.emplace_back(w); });
    if (is_link_label(words)) return true;
  }
  // "Thông tin chi tiết về cuộc thi ==> XEM TẠI ĐÂY", "----> Xem đầy đủ toàn bộ album … tại
  // ĐÂY": an arrow points at the link; what follows it is read as a pointer alone, what stands
  // before it names what the link is about
  if (line.ends_with('y') || line.ends_with('Y'))
    if (const std::size_t arrow = arrow_end(line); arrow != std::string_view::npos) {
      std::string_view label = line.substr(0, arrow);
      while (!label.empty() && (label.back() == '>' || label.back() == '=' || label.back() == '-' ||
                                label.back() == ' '))
        label.remove_suffix(1);
      if (label.ends_with("→")) label.remove_suffix(3);
      const std::string folded_label = fold_exact(trim_spaces(label));
      const bool names_link =
          folded_label.empty() ||
          std::any_of(kArrowLabels.begin(), kArrowLabels.end(),
                      [&](std::string_view l) { return folded_label.starts_with(l); });
      if (names_link && at_most_words(label, kMaxArrowLabelWords) &&
          !ends_with_sentence_punct(label) &&
          is_pointer_text(line.substr(arrow), kMaxArrowPointerWords, true))
        return true;
    }
  if (framed_here(line)) return true;
  if (line.ends_with(')')) {
    const std::size_t open = line.rfind('(');
    if (open == std::string_view::npos) return false;
    const std::string_view label = trim_spaces(line.substr(0, open));
    if (!label.empty() && !at_most_words(label, kMaxLabelWords)) return false;
    return is_pointer_text(line.substr(open + 1, line.size() - open - 2));
  }
  return is_pointer_text(line);
}

}  // namespace tuyentap
