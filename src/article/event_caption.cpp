// A caption naming the lead's event: see event_caption.h.
#include "article/event_caption.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "article/bare_caption.h"
#include "article/caption_score.h"
#include "article/name_words.h"
#include "article/text_lines.h"
#include "article/word_lists.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMinEchoWords = 4;

// The words of a line whose spaces are single, without the punctuation around them; words of
// punctuation alone ("-", "–") are left out. Views into `spaced`.
std::vector<std::string_view> words_of(std::string_view spaced) {
  std::vector<std::string_view> words;
  for (std::size_t start = 0; start < spaced.size();) {
    std::size_t end = spaced.find(' ', start);
    if (end == std::string_view::npos) end = spaced.size();
    std::string_view w = without_marks(spaced.substr(start, end - start));
    if (!w.empty()) words.push_back(w);
    start = end + 1;
  }
  return words;
}

// The words of s as fold_exact keys (words_of).
std::vector<std::string> keys_of(std::string_view s) {
  std::string folded = fold_exact(s);
  std::vector<std::string> keys;
  for (std::string_view w : words_of(folded)) keys.emplace_back(w);
  return keys;
}

// The first `n` keys joined by one space.
std::string run_of(const std::vector<std::string>& keys, std::size_t from, std::size_t n) {
  std::string run;
  for (std::size_t k = from; k < from + n; ++k) {
    if (k > from) run += ' ';
    run += keys[k];
  }
  return run;
}

void add_runs(std::string_view text, std::unordered_set<std::string>& runs) {
  std::vector<std::string> keys = keys_of(text);
  for (std::size_t i = 0; i + kMinEchoWords <= keys.size(); ++i)
    runs.insert(run_of(keys, i, kMinEchoWords));
}

// The event names' keys, folded once rather than at every line asked.
const std::vector<std::vector<std::string>>& event_name_keys() {
  static const std::vector<std::vector<std::string>> keys = [] {
    std::vector<std::vector<std::string>> all;
    for (std::string_view name : kEventNames) all.push_back(keys_of(name));
    return all;
  }();
  return keys;
}

bool opens_with_event(const std::vector<std::string>& keys) {
  for (const std::vector<std::string>& parts : event_name_keys()) {
    if (parts.size() > keys.size()) continue;
    std::size_t k = 0;
    while (k < parts.size() && keys[k] == parts[k]) ++k;
    if (k == parts.size()) return true;
  }
  return false;
}

// Lower-case words that go on naming an event past what the lead echoes: its term, its
// round, its year, its place, the body holding it ("… lần thứ XVI, nhiệm kỳ 2025 - 2030",
// "… huyện Tân Lạc năm 2024", "Đảng bộ …"). Any other lower-case word tells what the event
// did ("bầu", "thành công").
constexpr std::array<std::string_view, 30> kNameGoesOn = {
    "nhiệm", "kỳ",    "lần", "thứ",  "năm", "khóa",   "giai",  "đoạn", "tại",  "của",
    "và",    "cấp",   "xã",  "thôn", "bản", "phường", "huyện", "quận", "tỉnh", "thị",
    "trấn",  "thành", "phố", "đợt",  "bộ",  "ủy",     "ban",   "đoàn", "hội",  "đội"};

// Every word of `line` (keys its fold_exact words, as keys_of) that no run of the lead or the
// title covers only goes on naming the event: a capital's, a number's, or kNameGoesOn. The
// caption may skip a word of the lead ("… Hà Nội ra Nghị quyết …" of "… Hà Nội và ra Nghị
// quyết …"), so each word is asked whether some run of four around it stands there.
bool only_names_past_echo(std::string_view line, const std::vector<std::string>& keys,
                          const LeadEventRuns& runs) {
  std::vector<bool> echoed(keys.size(), false);
  for (std::size_t i = 0; i + kMinEchoWords <= keys.size(); ++i)
    if (runs.contains(run_of(keys, i, kMinEchoWords)))
      std::fill_n(echoed.begin() + static_cast<std::ptrdiff_t>(i), kMinEchoWords, true);
  std::string spaced = fold_whitespace(line);
  std::vector<std::string_view> words = words_of(spaced);
  if (words.size() != keys.size()) return true;  // cannot line them up: as before
  for (std::size_t k = 0; k < words.size(); ++k) {
    if (!echoed[k] && !is_name_word(words[k], kNameGoesOn)) return false;
  }
  return true;
}

}  // namespace

bool LeadEventRuns::contains(const std::string& run) const {
  if (!runs_) {
    runs_.emplace();
    add_runs(lead_, *runs_);
    add_runs(title_, *runs_);
  }
  return runs_->contains(run);
}

bool names_lead_event(std::string_view line, std::string_view before, std::string_view after,
                      const LeadEventRuns& runs) {
  if (!line.ends_with('.') || line.ends_with("..") || after.empty() || !is_body_text(after))
    return false;
  // words >= word_count(x), without counting a long paragraph to its end
  const std::size_t words = word_count(line);
  if (at_most_words(before, words) || at_most_words(after, words)) return false;
  if (!is_caption_shaped(line)) return false;
  std::vector<std::string> keys = keys_of(line);
  if (keys.size() < kMinEchoWords || !opens_with_event(keys)) return false;
  return runs.contains(run_of(keys, 0, kMinEchoWords)) && only_names_past_echo(line, keys, runs);
}

bool names_lead_event_alone(std::string_view line, std::span<const Paragraph> below,
                            const LeadEventRuns& runs) {
  constexpr std::size_t kMaxEventWords = 8;
  if (line.empty() || ends_with_sentence_punct(line) || !at_most_words(line, kMaxEventWords) ||
      !heading_shape(line) || line.find_first_of("?!:;") != std::string_view::npos)
    return false;  // (not is_caption_shaped: "Ngày hội …" opens as a time does, "Ngày 3/7")
  // any event's noun (caption_score.h: "Ngày hội", "Hội diễn", "Hội thảo" too)
  std::vector<std::string> keys = keys_of(line);
  if (keys.size() < kMinEchoWords || !opens_with_event(line)) return false;
  for (std::size_t i = 0; i + kMinEchoWords <= keys.size(); ++i)
    if (!runs.contains(run_of(keys, i, kMinEchoWords))) return false;
  // the text under it has no part's heading: one heading would head no parts (its last line
  // aside, where a heading's shape is a signature or a closing caption)
  for (std::size_t k = 0; k + 1 < below.size(); ++k)
    if (heading_shape(below[k].text) && !ends_with_sentence_punct(below[k].text)) return false;
  return true;
}

namespace {

// What follows the last `mark` in `folded`, or nullopt when none stands there.
std::optional<std::string_view> after_last(std::string_view folded, std::string_view mark) {
  std::size_t at = folded.rfind(mark);
  if (at == std::string_view::npos) return std::nullopt;
  return folded.substr(at + mark.size());
}

// "2015-2020", "2017- 2020", "2019 - 2024", "2020–2025", "2017 — 2020": two years and one
// dash between them (a hyphen, an en or em dash, a minus sign: sites type any), nothing else.
bool is_year_span(std::string_view s) {
  std::string digits;
  int dashes = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    std::string_view rest = s.substr(i);
    if (rest.starts_with("–") || rest.starts_with("—") || rest.starts_with("−")) {
      i += std::string_view("–").size() - 1;  // all three are three bytes in UTF-8
      ++dashes;
    } else if (s[i] >= '0' && s[i] <= '9') {
      digits += s[i];
    } else if (s[i] == '-') {
      ++dashes;
    } else if (s[i] != ' ') {
      return false;
    }
  }
  constexpr std::size_t kTwoYears = 8;
  return digits.size() == kTwoYears && dashes == 1;
}

// "xix", "ii", "12": a congress's numeral, folded.
bool is_numeral(std::string_view s) {
  if (s.empty()) return false;
  bool roman = s.find_first_not_of("ivxlc") == std::string_view::npos;
  bool number = s.find_first_not_of("0123456789") == std::string_view::npos;
  return roman || number;
}

constexpr std::array<std::string_view, 4> kTermedBodies = {"đại hội", "hội nghị", "ban chấp hành",
                                                           "ban thường vụ"};

}  // namespace

bool names_termed_event(std::string_view line) {
  constexpr std::size_t kMaxTermedWords = 25;
  if (ends_with_sentence_punct(line) || !at_most_words(line, kMaxTermedWords) ||
      !is_caption_shaped(line))
    return false;
  std::string folded = fold_exact(line);
  bool body = false;
  for (std::string_view b : kTermedBodies) body = body || folded.find(b) != std::string::npos;
  if (!body) return false;
  if (auto span = after_last(folded, "nhiệm kỳ "); span && is_year_span(*span)) return true;
  auto numeral = after_last(folded, "lần thứ ");
  return numeral && is_numeral(*numeral);
}

}  // namespace tuyentap
