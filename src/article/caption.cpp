// Caption recognition. The archive keeps a photo's caption as a line of its own inside the
// body, ending in the photographer's credit; that ending is the only reliable sign of a
// caption in plain text, so the rules look for it and for little else.
#include "article/caption.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "article/text_lines.h"
#include "article/text_photo_label.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxCreditWords = 8;
constexpr std::size_t kMaxCaptionWords = 100;

std::string_view trim_spaces(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// Strips what separates a caption from its credit: spaces, "(", "[", "-", "–", "—", "|".
std::string_view strip_trailing_separators(std::string_view s) {
  for (bool again = true; again;) {
    again = false;
    s = trim_spaces(s);
    for (std::string_view sep : {"(", "[", "-", "–", "—", "|", "_"}) {
      if (ends_with(s, sep)) {
        s.remove_suffix(sep.size());
        again = true;
      }
    }
  }
  return s;
}

// The position of the photo word that starts the credit, and what follows its colon.
struct CreditMark {
  std::size_t at;           // byte offset of "Ảnh"
  std::string_view credit;  // text after "Ảnh:" (brackets and final period removed)
  bool whole_line = false;  // "Ảnh minh họa", "Ảnh chụp từ clip": the line is the caption
};

// A credit is at most kMaxCreditWords short words at the end of the line, so the photo word
// that starts it lies in the last few hundred bytes, or at the very start ("Ảnh: …").
constexpr std::size_t kCreditWindow = 240;
constexpr std::size_t kMaxNoColonNames = 5;
constexpr std::size_t kMaxWholeLineWords = 6;

// What may close a caption after its last words: nothing, a bracket, a period.
bool only_closing(std::string_view s) {
  s = trim_spaces(s);
  return s.empty() || s == ")" || s == "]" || s == "." || s == ")." || s == "].";
}

// After "Ảnh minh họa", where the photo was taken from, with no colon: "(nguồn internet)",
// "- nguồn Internet.", ", nguồn sưu tầm": a bracket, a dash or a comma, then "nguồn" and at
// most kMaxSourceWords words, then what may close a caption. Folded (fold_for_match). A page
// that took its photo from elsewhere says so where a photographer would be credited.
constexpr std::size_t kMaxSourceWords = 5;
bool only_source(std::string_view folded) {
  folded = trim_spaces(folded);
  for (std::string_view open : {"(", "[", "-", "–", ","})
    if (folded.starts_with(open)) {
      folded = trim_spaces(folded.substr(open.size()));
      break;
    }
  if (!folded.starts_with("nguon ")) return false;
  folded.remove_prefix(6);
  while (!folded.empty() && std::string_view(") ].").find(folded.back()) != std::string_view::npos)
    folded.remove_suffix(1);  // what closes it: "internet)." → "internet"
  return !folded.empty() && at_most_words(folded, kMaxSourceWords) &&
         folded.find_first_of("()[]") == std::string_view::npos;
}

// A closing bracket is taken off when the credit opened none itself: the photo word's own
// bracket ("(Ảnh: LĐ)."), also when a space stands after it ("( Ảnh: LĐ )") or it was left on
// the line before.
std::string_view without_closing(std::string_view s, bool bracketed) {
  s = trim_spaces(s);
  if (ends_with(s, ".")) s.remove_suffix(1);
  s = trim_spaces(s);
  bool unopened = (ends_with(s, ")") && s.find('(') == std::string_view::npos) ||
                  (ends_with(s, "]") && s.find('[') == std::string_view::npos);
  if ((bracketed || unopened) && (ends_with(s, ")") || ends_with(s, "]"))) s.remove_suffix(1);
  s = trim_spaces(s);
  if (ends_with(s, ".")) s.remove_suffix(1);
  return trim_spaces(s);
}

// "Trọng Đức.": one to five capitalised words to the end of the line.
bool is_names(std::string_view s) {
  s = without_closing(s, true);
  if (s.empty() || !at_most_words(s, kMaxNoColonNames)) return false;
  for (std::size_t start = 0; start < s.size();) {
    std::size_t end = s.find(' ', start);
    if (end == std::string_view::npos) end = s.size();
    if (!starts_with_upper(s.substr(start, end - start))) return false;
    start = end + 1;
  }
  return true;
}

// "tapchicongsan.vn", "baohagiang.vn.": the site a photo was taken from, named by its
// address: two or more labels of letters, digits and hyphens between dots, the last of 2 to 6
// letters (a final full stop closes the caption).
bool is_web_address(std::string_view s) {
  s = without_closing(s, true);
  constexpr std::size_t kMinTld = 2, kMaxTld = 6;
  std::size_t dot = s.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  std::string_view tld = s.substr(dot + 1);
  if (tld.size() < kMinTld || tld.size() > kMaxTld) return false;
  for (char c : tld)
    if (c < 'a' || c > 'z') return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
              (c == '.' && i > 0 && s[i - 1] != '.');
    if (!ok) return false;
  }
  return true;
}

// " Hưởng …", " hưởng …", " HƯỞNG …": the photo word is the first of "ảnh hưởng" (influence).
bool opens_with_huong(std::string_view rest) {
  std::string_view word = trim_spaces(rest);
  word = word.substr(0, word.find(' '));
  return fold_for_match(word) == "huong";
}

// Where caption text ends and a credit without a colon may begin: ". Ảnh", "(Ảnh", "- Ảnh",
// "– Ảnh", "— Ảnh", and a dash glued to the text ("Hà Giang-Ảnh").
bool ends_caption_text(std::string_view before) {
  for (std::string_view end : {". ", "(", "- ", "– ", "— ", "-", "–", "—"})
    if (ends_with(before, end)) return true;
  return false;
}

// A dash glued before the photo word, as a separator: "Hà Giang-Ảnh: baohagiang.vn",
// "chính trị–Ảnh minh họa: …" (a text copy lost the spaces around it).
bool glued_dash_before(std::string_view line, std::size_t at) {
  return (at > 0 && line[at - 1] == '-') ||
         (at >= 3 && (line.substr(at - 3, 3) == "–" || line.substr(at - 3, 3) == "—"));
}

// " Hưởng …", " HƯỞNG …" after the photo word: "ảnh hưởng" (influence), a word of its own.
bool names_influence(std::string_view rest) {
  for (std::string_view w : {" Hưởng", " HƯỞNG", " hưởng"})
    if (rest.starts_with(w) && (rest.size() == w.size() || rest[w.size()] == ' ')) return true;
  return false;
}

// "Ảnh tư liệu" (an archive photo) at `at`, `rest` from the photo word's end, read as "Ảnh
// minh họa" is: "… Nghệ An. Ảnh tư liệu: Thành Duy" (real-eval76/dbndnghean-1), "(Ảnh tư
// liệu)", "Ảnh tư liệu" alone. The words are the text's far more often than "minh họa" ("…
// trưng bày hơn 100 bức ảnh tư liệu.", "2. Ảnh tư liệu: bản gốc …", a heading "Ảnh tư liệu:
// những khoảnh khắc …"), so only as a credit is set: the photo word with its capital, opening
// the line, in brackets or after the caption's text (a stop, a dash), and after a colon
// names (capitalised words) or a site's address.
bool names_archive_photo(std::string_view line, std::size_t at, std::string_view rest,
                         std::size_t colon, bool bracketed) {
  if (line[at + 2] != '\xA2') return false;  // "Ảnh", "ẢNH": not "ảnh"
  if (at > 0 && !bracketed && !ends_caption_text(line.substr(0, at))) return false;
  // the colon right after the words (`colon`, mark_at's first in `rest`): names after it
  if (colon == std::string_view::npos ||
      trim_spaces(fold_for_match(rest.substr(0, colon))) != "tu lieu")
    return true;
  std::string_view after = trim_spaces(rest.substr(colon + 1));
  return is_names(after) || is_web_address(after);
}

// The photo word at `at` (a word start), followed by `rest`.
std::optional<CreditMark> mark_at(std::string_view line, std::size_t at, std::string_view rest) {
  bool bracketed = at > 0 && (line[at - 1] == '(' || line[at - 1] == '[');
  CreditMark mark{at, {}};
  // "Ảnh minh họa", "(Ảnh chụp màn hình)", "Ảnh chụp từ clip.": no photographer named; such
  // words end the line, so only a short rest is folded to look for them.
  std::size_t colon = rest.find(':');
  bool describes = false;
  if (rest.starts_with(" ") && rest.size() <= 80) {
    std::string folded = fold_for_match(rest);
    std::size_t kind = 0;  // the folded length of the words that say what the photo is
    if (folded.starts_with("minh hoa")) kind = std::string_view("minh hoa").size();
    if (folded.starts_with("tu lieu") && names_archive_photo(line, at, rest, colon, bracketed))
      kind = std::string_view("tu lieu").size();
    bool minh_hoa = kind > 0;
    bool chup = folded.starts_with("chup ");
    describes = minh_hoa || chup;
    if (colon == std::string_view::npos &&
        ((minh_hoa && (only_closing(std::string_view(folded).substr(kind)) ||
                       only_source(std::string_view(folded).substr(kind)))) ||
         (chup && at_most_words(rest, kMaxWholeLineWords)))) {
      mark.whole_line = true;
      return mark;
    }
  }
  if (describes && colon == std::string_view::npos) return std::nullopt;
  if (describes) rest = rest.substr(colon);
  // " : credit" or ": credit"; "Ảnh 1: …" numbers a photo
  std::size_t i = 0;
  while (i < rest.size() && (rest[i] == ' ' || (rest[i] >= '0' && rest[i] <= '9'))) ++i;
  if (i < rest.size() && rest[i] == ':') {
    mark.credit = without_closing(rest.substr(i + 1), bracketed);
    return mark;
  }
  // "… Ảnh Trọng Đức.": names without a colon, after the caption's text; "… Ảnh nguồn GLO.":
  // the paper the photo was taken from, named so (tests/fixtures/real-eval35/tinhuygialai-1);
  // or alone on the line, the caption that is only a credit ("Ảnh Nguyễn Nam" under a lead,
  // real-eval36/ktv-1), as "Ảnh: Nguyễn Nam" is, but never "Ảnh Hưởng …" (influence, in a
  // heading's Title Case)
  bool opens_line = at == 0 && !names_influence(rest);
  if ((opens_line || (at > 0 && ends_caption_text(line.substr(0, at)))) && rest.starts_with(" ")) {
    std::string_view names = rest;
    for (std::string_view source : {" nguồn ", " Nguồn "})
      if (rest.starts_with(source)) names = rest.substr(source.size() - 1);
    if (is_names(names) || is_web_address(trim_spaces(names))) {
      mark.credit = without_closing(rest, bracketed);
      return mark;
    }
  }
  // "Ảnh Nguyễn Nam" alone on its line: a credit without its colon, as "Ảnh: Nguyễn Nam"
  // alone is one; not "Ảnh Hưởng Của …" (influence), however it is cased
  if (at == 0 && rest.starts_with(" ") && is_names(rest) && !opens_with_huong(rest)) {
    mark.credit = without_closing(rest, bracketed);
    return mark;
  }
  return std::nullopt;
}

// "Ảnh 1. Đồng chí … phát biểu.": a photo numbered at its caption's start, a full stop after
// the number (the colon's form, "Ảnh 1: …", is mark_at's); the caption is what follows.
// Within a line, "… - Ảnh 1." is a CMS's alt text and no label: only the line's start counts.
std::optional<std::string_view> after_photo_number(std::string_view line, std::size_t word) {
  std::size_t i = word;
  if (i >= line.size() || line[i] != ' ') return std::nullopt;
  std::size_t digits = ++i;
  while (i < line.size() && line[i] >= '0' && line[i] <= '9') ++i;
  if (i == digits || i + 2 > line.size() || line[i] != '.' || line[i + 1] != ' ')
    return std::nullopt;
  std::string_view text = trim_spaces(line.substr(i + 2));
  if (!starts_with_upper(text)) return std::nullopt;
  return text;
}

// The length of the photo word at `at` ("Ảnh", "ẢNH" or "ảnh": E1 BA A2/A3, then n h or N H),
// or 0. Compared byte by byte: E1 leads most Vietnamese letters, so a search for the words
// would stop at nearly every letter.
std::size_t photo_word_at(std::string_view line, std::size_t at) {
  if (at + 5 > line.size() || line[at] != '\xE1' || line[at + 1] != '\xBA') return 0;
  char mark = line[at + 2], n = line[at + 3], h = line[at + 4];
  bool word = (mark == '\xA2' && ((n == 'n' && h == 'h') || (n == 'N' && h == 'H'))) ||
              (mark == '\xA3' && n == 'n' && h == 'h');
  return word ? 5 : 0;
}

// The next byte E1 (a photo word's first) at or after `from`, or line.size(): asked of every
// paragraph, the search skips the bytes no photo word starts at with memchr.
std::size_t next_e1(std::string_view line, std::size_t from) {
  if (from >= line.size()) return line.size();
  const void* at = std::memchr(line.data() + from, 0xE1, line.size() - from);
  return at ? static_cast<std::size_t>(static_cast<const char*>(at) - line.data()) : line.size();
}

// "Hình ảnh: …", "Hình: …", "HÌNH ẢNH 2: …" opening the line: the picture's label, the other
// word pages print where "Ảnh:" stands ("hình" is a picture, "hình ảnh" an image). The length of
// "Hình" or "Hình ảnh" when a colon closes the label (after a photo's number, if any), else 0:
// with no colon the word opens a sentence ("Hình thức …", "Hình ảnh người chiến sĩ …").
std::size_t picture_label_at_start(std::string_view line) {
  std::size_t len = 0;
  for (std::string_view word : {"Hình", "HÌNH"})
    if (line.starts_with(word)) len = word.size();
  if (len == 0) return 0;
  for (std::string_view second : {" ảnh", " Ảnh", " ẢNH"})
    if (line.substr(len).starts_with(second)) {
      len += second.size();
      break;
    }
  std::size_t i = len;
  while (i < line.size() && (line[i] == ' ' || (line[i] >= '0' && line[i] <= '9'))) ++i;
  return i < line.size() && line[i] == ':' ? len : 0;
}

std::optional<CreditMark> find_credit(std::string_view line) {
  std::optional<CreditMark> best;  // the last photo word that gives a mark
  std::size_t window = line.size() > kCreditWindow ? line.size() - kCreditWindow : 0;
  // A picture's label opening the line stands for the photo word there ("Hình ảnh: …" as
  // "Ảnh: …"); the "ảnh" inside it is the label's, no credit of its own.
  std::size_t label = picture_label_at_start(line);
  if (label > 0) best = mark_at(line, 0, line.substr(label));
  // the line's start, then its last kCreditWindow bytes
  for (std::size_t at = 0; at < line.size();
       at = next_e1(line, at == 0 ? std::max<std::size_t>(window, 1) : at + 1)) {
    if (at < label) continue;
    std::size_t len = photo_word_at(line, at);
    if (len == 0) continue;
    // The photo word starts a word: line start, or after a space, an opening bracket, the
    // underscore some journals' CMS put before the credit ("… tỉnh Quảng Ninh_Ảnh: TTXVN") or
    // a dash glued on ("… Hà Giang-Ảnh: …").
    if (at > 0 && line[at - 1] != ' ' && line[at - 1] != '(' && line[at - 1] != '[' &&
        line[at - 1] != '_' && !glued_dash_before(line, at))
      continue;
    if (auto mark = mark_at(line, at, line.substr(at + len))) best = mark;
  }
  return best;
}

// "Sở Tư pháp TP.HCM cung cấp Hình thức nhận dạng …": a line that starts with "Ảnh:" and
// names its source first. The credit ends after "cung cấp" or at the first ". ".
std::optional<std::pair<std::string_view, std::string_view>> credit_first(std::string_view s) {
  for (std::string_view end : {" cung cấp ", " CUNG CẤP "}) {
    std::size_t at = s.find(end);
    if (at != std::string_view::npos && at_most_words(s.substr(0, at), kMaxCreditWords)) {
      std::size_t cut = at + end.size() - 1;
      return std::pair{s.substr(0, cut), trim_spaces(s.substr(cut))};
    }
  }
  std::size_t stop = s.find(". ");
  if (stop != std::string_view::npos && stop > 0 &&
      at_most_words(s.substr(0, stop), kMaxCreditWords) && starts_with_upper(s.substr(stop + 2)))
    return std::pair{s.substr(0, stop), trim_spaces(s.substr(stop + 2))};
  return std::nullopt;
}

// "Bài và ảnh: Thu Hà", "Tin, ảnh: …": the article's own credit (a byline), not a photo's.
bool is_article_credit(std::string_view before) {
  if (before.size() > 12) return false;
  std::string folded = fold_for_match(before);
  for (std::string_view p : {"bai va", "bai,", "bai", "tin,", "tin va", "tin"})
    if (folded == p) return true;
  return false;
}

}  // namespace

namespace {

std::optional<Block> parse_caption_line(std::string_view line) {
  if (std::size_t len = photo_word_at(line, 0)) {
    if (auto text = after_photo_number(line, len)) {
      if (!at_most_words(*text, kMaxCaptionWords)) return std::nullopt;
      // a credit of its own at the end ("… phát biểu. Ảnh: Hà An") is read as on any caption
      if (auto inner = parse_caption(*text); inner && !inner->text.empty()) return inner;
      return Block{BlockType::Caption, std::string(*text), {}};
    }
  }
  auto mark = find_credit(line);
  if (!mark) return std::nullopt;
  if (mark->at > 0 && is_article_credit(line.substr(0, mark->at))) return std::nullopt;
  // ... in any spelling its label's grammar reads ("Bài & ảnh: Bỳ Văn Tứ", real-eval58/trinhtoc-1:
  // the mark inside the label, not a caption "Bài &" credited to the writer)
  // ... and so in round brackets, the byline closing the text ("(Tin và ảnh: Chủ tịch Công đoàn
  // Công ty)", real-eval80/tediport-1: no caption "(Tin và" credited to the writer)
  if (mark->at > 0) {
    const std::size_t open = line.starts_with('(') ? 1 : 0;
    if (TextPhotoLabel label = text_photo_label(line.substr(open));
        label.size + open > mark->at && !label.photos_only)
      return std::nullopt;
  }
  Block block;
  block.type = BlockType::Caption;
  if (mark->whole_line) {
    block.text = std::string(line);
  } else if (mark->at == 0) {
    // "Ảnh: H.T" alone is a credit; "Ảnh: Đồng chí Bí thư phát biểu…" describes the photo,
    // unless it names its source first ("Ảnh: Sở Tư pháp cung cấp Hình thức …").
    if (mark->credit.empty()) return std::nullopt;
    if (word_count(mark->credit) <= kMaxCreditWords && !ends_with_sentence_punct(mark->credit)) {
      block.credit = std::string(mark->credit);
    } else if (auto split = credit_first(mark->credit)) {
      block.credit = std::string(split->first);
      block.text = std::string(split->second);
    } else {
      block.text = std::string(mark->credit);
    }
  } else {
    if (mark->credit.empty() || !at_most_words(mark->credit, kMaxCreditWords)) return std::nullopt;
    block.text = std::string(strip_trailing_separators(line.substr(0, mark->at)));
    block.credit = std::string(mark->credit);
  }
  if (!at_most_words(block.text, kMaxCaptionWords)) return std::nullopt;
  return block;
}

}  // namespace

std::optional<Block> parse_caption(std::string_view line) {
  line = trim_spaces(line);
  if (std::optional<Block> caption = parse_caption_line(line)) return caption;
  // "( Ảnh: Các luật sư tại trụ sở Đoàn Luật sư TP Hà Nội)" (real-eval68/luathalan-1): a whole
  // line in round brackets, the photo's label first inside with its colon and a scene after
  // it: the caption inside, one phrase (no stop, at most 25 words: a note to the readers in
  // brackets, "(Ảnh: Bài viết có sử dụng …, …)", or a sentence stays the text's)
  constexpr std::size_t kMaxBracketedWords = 25;
  if (line.size() < 2 || line.front() != '(' || line.back() != ')') return std::nullopt;
  const std::string_view inner = trim_spaces(line.substr(1, line.size() - 2));
  const std::size_t len = photo_word_at(inner, 0);
  if (len == 0 || !inner.substr(len).starts_with(':') ||
      inner.find_first_of("().!?;") != std::string_view::npos ||
      !at_most_words(inner, kMaxBracketedWords))
    return std::nullopt;
  std::optional<Block> caption = parse_caption_line(inner);
  if (!caption || caption->text.empty() || !caption->credit.empty()) return std::nullopt;
  return caption;
}

bool is_credit_alone(std::string_view line) {
  std::optional<Block> caption = parse_caption(line);
  return caption && caption->text.empty() && !caption->credit.empty();
}

bool is_described_photo(std::string_view line) {
  constexpr std::size_t kMinWords = 3;
  if (photo_word_at(line, 0) > 0) return false;
  std::optional<Block> caption = parse_caption(line);
  if (!caption || caption->text.empty()) return false;
  // the text says what the photo shows in a sentence of its own, closed by its stop before the
  // credit: "Chùm ảnh: …", "Phát động cuộc thi ảnh: …", "Xuân về trên bản Mông - Ảnh: Hoàng Hà"
  // and "… 1957 (Ảnh tư liệu)" are titles with the photo word or a credit glued on
  std::string_view text = trim_spaces(caption->text);
  // "… hội trường. (Ảnh minh họa)", "… Ảnh tư liệu": the photo's kind kept in the text
  for (std::string_view kind : {"(Ảnh ", "Ảnh "})
    if (std::size_t k = text.rfind(kind); k != std::string_view::npos && k > 0) {
      text = trim_spaces(text.substr(0, k));
      break;
    }
  return !at_most_words(text, kMinWords - 1) && ends_with_sentence_punct(text);
}

}  // namespace tuyentap
