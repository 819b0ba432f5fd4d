// Pages that show no title: see untitled_page.h.
#include "article/untitled_page.h"

#include <algorithm>
#include <span>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "article/attendance.h"
#include "article/caption.h"
#include "article/caption_score.h"
#include "article/leading_symbols.h"
#include "article/scene_caption.h"
#include "article/text_lines.h"
#include "article/title_repeat.h"
#include "article/title_score.h"
#include "article/word_lists.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// The folded words of s, without the punctuation that ends or opens them.
std::vector<std::string> folded_words(std::string_view s) {
  std::vector<std::string> out;
  std::string folded = fold_for_match(s);
  std::string_view rest = folded;
  while (!rest.empty()) {
    std::size_t sp = rest.find(' ');
    std::string_view w = rest.substr(0, sp);
    while (!w.empty() && std::string_view(".,;:!?\"“”").find(w.back()) != std::string_view::npos)
      w.remove_suffix(1);
    if (!w.empty()) out.emplace_back(w);
    if (sp == std::string_view::npos) break;
    rest.remove_prefix(sp + 1);
  }
  return out;
}

// The run of `run` words starting at `at`, joined by spaces.
std::string words_run(const std::vector<std::string>& words, std::size_t at, std::size_t run) {
  std::string out = words[at];
  for (std::size_t i = at + 1; i < at + run; ++i) out += ' ' + words[i];
  return out;
}

// "Trong 3 ngày (từ 29 - 31/12/2022) …", "Sáng 20/7, …", "Ngày 12-3 …", "Vào sáng ngày 30/11
// …": a word of time first (perhaps after "Vào"), then a number among the next few words: a sapo
// sets the time of its event first, a title names its subject first. The word is compared with its
// tones ("Tôi", "Dầu" are none), and "Đầu", "Cuối", "Tối" need a time or a number right after them
// ("Đầu năm 2024", not "Đầu tư 500 tỷ đồng …", "Tối ưu …").
bool opens_with_time_setting(std::string_view paragraph, std::span<const std::string> words) {
  static constexpr std::string_view kTimeNouns[] = {"năm", "tháng", "tuần", "quý", "ngày",
                                                    "giờ", "buổi",  "hôm",  "qua", "nay"};
  constexpr std::size_t kNumberWithin = 4;
  std::string first = fold_exact(paragraph.substr(0, paragraph.find(' ')));
  // "Vào sáng ngày 30/11/2024, …", "Vào hồi 15h ngày …", "Vào lúc 8 giờ …", "Vào 7 giờ …": the
  // preposition before the time changes nothing; the word after it sets the time
  if (first == "vào" && !words.empty() && paragraph.find(' ') != std::string_view::npos) {
    std::string_view rest = paragraph.substr(paragraph.find(' ') + 1);
    std::string second = fold_exact(rest.substr(0, rest.find(' ')));
    if (second == "hồi" || second == "lúc" || second.find_first_of("0123456789") == 0)
      return std::any_of(
          words.begin() + 1,
          words.begin() + static_cast<std::ptrdiff_t>(std::min(words.size(), kNumberWithin + 2)),
          [](const std::string& w) { return w.find_first_of("0123456789") != std::string::npos; });
    return opens_with_time_setting(rest, words.subspan(1));
  }
  while (!first.empty() && std::string_view(".,;:!?").find(first.back()) != std::string_view::npos)
    first.pop_back();
  if (words.size() < 2 || std::find(kTimeSettingWords.begin(), kTimeSettingWords.end(), first) ==
                              kTimeSettingWords.end())
    return false;
  if (first == "đầu" || first == "cuối" || first == "tối") {
    std::string_view rest = paragraph.substr(paragraph.find(' ') + 1);
    std::string second = fold_exact(rest.substr(0, rest.find(' ')));
    if (second.find_first_of("0123456789") == std::string::npos &&
        std::find(std::begin(kTimeNouns), std::end(kTimeNouns), second) == std::end(kTimeNouns))
      return false;
  }
  for (std::size_t i = 1; i < words.size() && i <= kNumberWithin; ++i)
    if (std::string_view w = words[i]; w.find_first_of("0123456789") != std::string_view::npos)
      return true;
  return false;
}

// "Được sự cho phép của Đảng ủy xã …, sáng nay, ngày 21 tháng 1 năm 2020 chi bộ …": the time
// set right after an opening clause (a warrant, an occasion), which a sapo does as it does
// first; a title names its subject, then at most its term.
bool sets_time_after_opening_clause(std::string_view paragraph) {
  constexpr std::size_t kMaxClauseWords = 20;
  std::size_t comma = paragraph.find(',');
  if (comma == std::string_view::npos ||
      !at_most_words(paragraph.substr(0, comma), kMaxClauseWords))
    return false;
  std::string_view rest = paragraph.substr(comma + 1);
  while (rest.starts_with(' ')) rest.remove_prefix(1);
  return opens_with_time_setting(rest, folded_words(rest));
}

// "Hòa chung niềm vui … chào mừng kỉ niệm 93 năm ngày thành lập Đảng (3/2/1930 - 3/2/2023).",
// "Trong không khí vui tươi, phấn khởi Bệnh viện huyện Củ Chi tổ chức thực hiện Đại hội công
// đoàn nhiệm kỳ 2017- 2022." (real-eval33/mntrangcat-1, real-eval97/benhvienhuyencuchi-1): an
// occasion's or a mood's clause opening a lead; a title names who does what.
bool opens_with_occasion(const std::vector<std::string>& words) {
  static const std::vector<std::vector<std::string>> kOccasionOpenings = {
      {"hoa", "chung"},
      {"nhan", "dip"},
      {"huong", "toi"},
      {"thiet", "thuc"},
      {"trong", "khong", "khi"}};
  for (const std::vector<std::string>& opening : kOccasionOpenings)
    if (words.size() >= opening.size() && std::equal(opening.begin(), opening.end(), words.begin()))
      return true;
  return false;
}

// The guards of closes_on_term and closes_on_day: one sentence of at most 30 words ending in
// ".", at most one comma, no colon, its time or place not set first, no occasion's clause
// first (opens_with_occasion).
bool one_named_sentence(std::string_view paragraph, const std::vector<std::string>& words) {
  constexpr std::size_t kMaxWords = 30;
  return paragraph.ends_with('.') && !paragraph.ends_with("..") && !opens_with_occasion(words) &&
         std::count(paragraph.begin(), paragraph.end(), ',') <= 1 &&
         paragraph.find(':') == std::string_view::npos && at_most_words(paragraph, kMaxWords) &&
         !words.empty() && words[0] != "tai" && !opens_with_time_setting(paragraph, words) &&
         !sets_time_after_opening_clause(paragraph) && !tells_past_act(paragraph);
}

// "…, nhiệm kỳ 2022 – 2025.", "… Đại hội các Chi bộ nhiệm kỳ 2017- 2020.": a sentence that
// closes on a term of office (its two years) names a congress last, as a title does; a sapo
// goes on to the congress's place, guests or business. At most one comma, no colon, at most 30
// words, and neither its time nor its place set first ("Sáng 10/01/2025, chi bộ …", "Tại đại
// hội, …").
bool closes_on_term(std::string_view paragraph, const std::vector<std::string>& words) {
  constexpr std::size_t kYearDigits = 8;
  if (!one_named_sentence(paragraph, words)) return false;
  std::string folded = fold_for_match(paragraph);
  std::size_t term = folded.rfind("nhiem ky ");
  if (term == std::string::npos) return false;
  std::size_t digits = 0;
  for (char c : std::string_view(folded).substr(term + 9)) {
    auto u = static_cast<unsigned char>(c);
    if (c >= '0' && c <= '9')
      ++digits;
    else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && u < 0x80)
      return false;  // a dash "–" is the only letter beyond ASCII there
    else if (u >= 0x80 && u != 0xE2 && u != 0x80 && u != 0x93 && u != 0x94)
      return false;
  }
  return digits == kYearDigits;
}

// "Hội thi văn nghệ chào mừng ngày 30 tháng 4 năm 2018.", "… kỷ niệm ngày 20/11/2023.": a
// sentence that closes on the day it marks, written whole (day, month and year), names an
// occasion last, as a title does; a sapo goes on to where, who and what was done. The guards of
// closes_on_term, and no people's caption ("Đồng chí … phát biểu tại lễ ngày 30/4/2018.").
bool closes_on_day(std::string_view paragraph, const std::vector<std::string>& words) {
  constexpr std::size_t kMinWords = 6;
  if (!one_named_sentence(paragraph, words) || words.size() < kMinWords ||
      (shows_who_or_what(paragraph) && shows_photo_act(paragraph)))
    return false;
  const std::size_t n = words.size();
  auto number = [](const std::string& w) {
    return !w.empty() && std::all_of(w.begin(), w.end(), [](char c) {
      return (c >= '0' && c <= '9') || c == '/' || c == '.' || c == '-';
    });
  };
  // "ngày 30 tháng 4 năm 2018." or "ngày 30/4/2018."
  if (n >= 6 && words[n - 6] == "ngay" && number(words[n - 5]) && words[n - 4] == "thang" &&
      number(words[n - 3]) && words[n - 2] == "nam" && number(words[n - 1]))
    return true;
  return n >= 2 && words[n - 2] == "ngay" && number(words[n - 1]) &&
         std::count(words[n - 1].begin(), words[n - 1].end(), '/') == 2;
}

// "Lễ ký kết giao ước thi đua khối ngân hàng I - Năm 2019.": a sentence that closes on its year
// after a dash names the event and the year it belongs to, as a title does (real-eval102/
// tthdif-1); a sapo says the year in its words ("… trong năm 2019."), and a photo's caption
// names no year so. The guards of closes_on_term.
bool closes_on_dashed_year(std::string_view paragraph, const std::vector<std::string>& words) {
  constexpr std::size_t kMinWords = 6;
  if (words.size() < kMinWords || !one_named_sentence(paragraph, words)) return false;
  std::string_view s = paragraph.substr(0, paragraph.size() - 1);  // its stop off
  constexpr std::size_t kYearDigits = 4;
  if (s.size() < kYearDigits + 1 || s[s.size() - kYearDigits - 1] != ' ') return false;
  for (std::size_t i = s.size() - kYearDigits; i < s.size(); ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  s.remove_suffix(kYearDigits + 1);
  for (std::string_view year_word : {"Năm", "năm", "NĂM"}) {
    if (!s.ends_with(year_word)) continue;
    s.remove_suffix(year_word.size());
    while (s.ends_with(' ')) s.remove_suffix(1);
    if (!s.ends_with(" -") && !s.ends_with(" –") && !s.ends_with(" —")) return false;
    // "Sau đây là kết quả … - Năm 2019.", "Đây là hoạt động … - năm 2019.": a sentence that
    // says what something is (the copula "là") introduces the text (the review's probes); a
    // title names its event
    bool copula = false;
    each_word(fold_exact(paragraph), [&](std::string_view w) { copula = copula || w == "là"; });
    return !copula;
  }
  return false;
}

// "… kỷ niệm 113 năm ngày Quốc tế phụ nữ 8/3 (08/03/1910 – 08/03 2023).", "… (1930 - 2020).": a
// sentence that closes on the span of years an anniversary counts, in brackets, names the
// occasion last, as a title does (real-eval84/imsat-1); a sapo goes on to where and who. The
// guards of closes_on_day. The brackets hold days and years only, two years of four digits.
bool closes_on_span(std::string_view paragraph, const std::vector<std::string>& words) {
  constexpr std::size_t kYearDigits = 4, kMinWords = 6;
  if (!paragraph.ends_with(").") || words.size() < kMinWords ||
      !one_named_sentence(paragraph, words) ||
      (shows_who_or_what(paragraph) && shows_photo_act(paragraph)))
    return false;
  std::string_view inside = paragraph.substr(0, paragraph.size() - 2);
  std::size_t open = inside.rfind('(');
  if (open == std::string_view::npos) return false;
  inside.remove_prefix(open + 1);
  std::size_t years = 0, run = 0;
  for (std::size_t i = 0; i <= inside.size(); ++i) {
    const char c = i < inside.size() ? inside[i] : ' ';
    if (c >= '0' && c <= '9') {
      ++run;
      continue;
    }
    if (run == kYearDigits) ++years;
    run = 0;
    const auto u = static_cast<unsigned char>(c);
    // a dash "–" (E2 80 93) or "—" (E2 80 94) is the only letter beyond ASCII there
    if (c != ' ' && c != '-' && c != '/' && c != '.' && u != 0xE2 && u != 0x80 && u != 0x93 &&
        u != 0x94)
      return false;
  }
  return years == 2;
}

// The line opens with the photo word, in brackets or not: "Ảnh …", "ẢNH …", "(Ảnh …".
bool opens_with_photo_word(std::string_view s) {
  if (s.starts_with('(') || s.starts_with('[')) s.remove_prefix(1);
  for (std::string_view word : {"Ảnh ", "ẢNH ", "ảnh "})
    if (s.starts_with(word)) return true;
  return false;
}

// "BQL Đền Cửa Ông Tham Quan Học Hỏi Kinh Nghiệm Trong Công Tác Quản Lý, Bảo Tồn Di Tích."
// (real-eval94/dencuaong-1): every word opens with a capital, as a headline typed in title case
// does; the text's sentences give capitals to names only. Six words at least, so that a
// sentence of names alone ("Ông Nguyễn Văn A.") is not taken; figures ("30/4") pass.
bool is_title_case_line(std::string_view s) {
  constexpr std::size_t kMinWords = 6;
  std::size_t n = 0;
  bool all = true;
  each_word(s, [&](std::string_view w) {
    while (!w.empty() && std::string_view("\"'([").find(w.front()) != std::string_view::npos)
      w.remove_prefix(1);
    if (w.starts_with("“") || w.starts_with("‘")) w.remove_prefix(3);
    if (w.empty() || !has_letter_or_digit(w)) return;
    ++n;
    const unsigned char c = static_cast<unsigned char>(w.front());
    all = all && (starts_with_upper(w) || (c >= '0' && c <= '9'));
  });
  return all && n >= kMinWords;
}

constexpr std::size_t kMinSapoWords = 20;  // a sapo's fewest words, its stop left out or not

// "Ngày 20/4/2021 tại xã … tổ chức Đại hội …, nhiệm kỳ 2021 - 2026", "Sáng 9/11, tại sân bóng
// đá …, Sở Giáo dục và Đào tạo tổ chức Lễ khai mạc …": a long line that sets its time first is a
// sapo (its stop perhaps left out), in capitals too.
bool is_unstopped_sapo(std::string_view s) {
  return !at_most_words(s, kMinSapoWords - 1) &&
         (opens_with_time_setting(s, folded_words(s)) || sets_time_after_opening_clause(s));
}

}  // namespace

bool tells_past_act(std::string_view paragraph) {
  std::string folded = fold_exact(paragraph);
  bool found = false, vua = false;
  each_word(folded, [&](std::string_view w) {
    while (!w.empty() && std::string_view(".,;:").find(w.back()) != std::string_view::npos)
      w.remove_suffix(1);
    if (vua && w != "qua") found = true;
    vua = w == "vừa";
    found = found || w == "đã";
  });
  return found;
}

bool is_untitled_opening(std::string_view title_paragraph) {
  constexpr std::size_t kMinSentenceWords = 6;
  // "📌 Sáng 12/3, …": an emoji before the line says nothing of its shape
  std::string_view s = without_leading_symbols(title_paragraph);
  // A title may ask or exclaim ("“Giải pháp nào để … đi vào cuộc sống?”"), never state.
  std::string_view end = s;
  while (!end.empty() && std::string_view("\"')]»").find(end.back()) != std::string_view::npos)
    end.remove_suffix(1);
  if (end.ends_with("”") || end.ends_with("’")) end.remove_suffix(3);
  if (end.ends_with('?') || end.ends_with('!')) return false;
  if (is_unstopped_sapo(s)) return true;
  // "Lễ kết nạp … trang nghiêm, đúng trình tự, …Thay mặt Chi bộ, đ/c … đã đọc và trao …": so is
  // one that tells its act in the past, its clauses set off by commas (no title of the learning
  // sets does both)
  if (!at_most_words(s, kMinSapoWords - 1) && s.find(',') != std::string_view::npos &&
      tells_past_act(s))
    return true;
  // "Ảnh: Quang cảnh đại hội": a caption that is its credit alone, the label first, is the
  // page's first photo's; a title names its subject, never the photo's maker
  // "Ảnh minh họa", "(Ảnh minh họa)", "Ảnh chụp màn hình": so is a photo's label that only
  // says what kind of picture it is (caption.h reads the whole line as the caption), the
  // photo word first
  if (auto caption = parse_caption(s);
      caption && (caption->text.empty() ||
                  (caption->credit.empty() && caption->text == s && opens_with_photo_word(s))))
    return true;
  // else a line in capitals, or in title case, is a heading, never a sentence of the text,
  // whatever ends it
  const std::vector<std::string> words = folded_words(s);
  if (is_all_caps(s) || is_title_case_line(s) || closes_on_term(s, words) ||
      closes_on_day(s, words) || closes_on_span(s, words) || closes_on_dashed_year(s, words))
    return false;
  if (is_body_text(s)) return true;
  if (!s.ends_with('.') || s.ends_with("..")) return false;
  return !at_most_words(s, kMinSentenceWords - 1);
}

bool is_one_clause_sentence(std::string_view s) {
  constexpr std::size_t kMinWords = 4, kMaxWords = 40;
  return s.ends_with('.') && !s.ends_with("..") && s.find(',') == std::string_view::npos &&
         !at_most_words(s, kMinWords - 1) && at_most_words(s, kMaxWords);
}

bool is_title_retold_below(std::string_view title_paragraph, std::string_view next_paragraph) {
  constexpr std::size_t kRun = 5;
  if (!is_one_clause_sentence(title_paragraph)) return false;
  std::vector<std::string> title = folded_words(title_paragraph);
  if (title.size() < kRun || opens_with_time_setting(title_paragraph, title) ||
      lists_attendance(title_paragraph) ||  // who attended: a sentence of the text, no title
      tells_past_act(title_paragraph))
    return false;
  std::unordered_set<std::string> runs;
  for (std::size_t i = 0; i + kRun <= title.size(); ++i) runs.insert(words_run(title, i, kRun));
  std::vector<std::string> next = folded_words(next_paragraph);
  for (std::size_t i = 0; i + kRun <= next.size(); ++i)
    if (runs.contains(words_run(next, i, kRun))) return true;
  return false;
}

bool opens_article_text(std::string_view paragraph) {
  constexpr std::size_t kMinListLeadWords = 12;
  return is_body_text(paragraph) ||
         (paragraph.ends_with(':') && !at_most_words(paragraph, kMinListLeadWords - 1)) ||
         is_unstopped_sapo(without_leading_symbols(paragraph));
}

bool reads_as_people_caption(std::string_view paragraph) {
  return !ends_with_sentence_punct(paragraph) && shows_who_or_what(paragraph) &&
         shows_photo_act(paragraph);
}

bool is_caption_opening(std::string_view title_paragraph) {
  return !at_most_words(title_paragraph, kUsualTitleWords) &&
         reads_as_people_caption(title_paragraph);
}

bool is_bracketed_whole(std::string_view paragraph) {
  constexpr std::size_t kMinWords = 4;
  while (paragraph.ends_with(' ')) paragraph.remove_suffix(1);
  while (paragraph.starts_with(' ')) paragraph.remove_prefix(1);
  return paragraph.starts_with('(') && paragraph.find(')') == paragraph.size() - 1 &&
         !at_most_words(paragraph, kMinWords - 1);
}

bool is_gallery_opening(std::string_view title_paragraph, const std::vector<Paragraph>& body) {
  constexpr std::size_t kOpeningWords = 6, kMaxCaptionWords = 30, kMinOthers = 2;
  if (at_most_words(title_paragraph, kOpeningWords) ||
      !at_most_words(title_paragraph, kMaxCaptionWords))
    return false;
  // the first six words, as written: a cheap look at each paragraph's start
  std::size_t end = 0;
  for (std::size_t w = 0; w < kOpeningWords; ++w) {
    end = title_paragraph.find(' ', end);
    if (end == std::string_view::npos) return false;
    ++end;
  }
  const std::string_view opening = title_paragraph.substr(0, end);
  const std::string folded_title = fold_for_match(title_paragraph);
  std::size_t others = 0;
  bool printed_again = false;
  for (const Paragraph& p : body) {
    if (!p.text.starts_with(opening) || !at_most_words(p.text, kMaxCaptionWords) ||
        is_body_text(p.text))
      continue;
    // the title's photo placeholders and alt texts ("<title> ảnh 1…") repeat a title: a
    // gallery's lines are other photos' captions, its first printed again alone at most once
    // (the title alone where every photo stood, three times, is the photos' alt text under a
    // title: real-eval101/niapp-1)
    TitleRepeat r = repeats_title(p.text, folded_title);
    if (r != TitleRepeat::No && r != TitleRepeat::Alone && r != TitleRepeat::Mistyped) continue;
    if (r == TitleRepeat::Alone && std::exchange(printed_again, true)) continue;
    if (++others >= kMinOthers) return true;
  }
  return false;
}

bool is_dated_title_retold(std::string_view title, std::string_view next) {
  constexpr std::size_t kMinShared = 6;  // the day, and who acted: "Ngày 28/7/2017, HĐND …"
  constexpr std::size_t kMaxTitleWords = 30;
  if (ends_with_sentence_punct(title) || !at_most_words(title, kMaxTitleWords)) return false;
  std::vector<std::string_view> a, b;
  const std::string ft = fold_for_match(title);
  // only the next paragraph's opening is folded: the title's length and 64 bytes more (every
  // word the title has, and the one after), cut before a letter's lead byte
  std::size_t cut = std::min(next.size(), title.size() + 64);
  while (cut > 0 && cut < next.size() && (static_cast<unsigned char>(next[cut]) & 0xC0) == 0x80)
    --cut;
  std::string_view head = next.substr(0, cut);
  const std::string fn = fold_for_match(head);
  auto bare = [](std::string_view w) {  // "phố," and "phố" are one word
    while (!w.empty() && (w.back() == ',' || w.back() == '.' || w.back() == ';'))
      w.remove_suffix(1);
    return w;
  };
  each_word(ft, [&](std::string_view w) { a.push_back(bare(w)); });
  each_word(fn, [&](std::string_view w) { b.push_back(bare(w)); });
  std::size_t shared = 0;
  while (shared < a.size() && shared < b.size() && a[shared] == b[shared]) ++shared;
  // the same opening, then other words: the lead retells the title; the whole line again is
  // the sapo printed twice (header_shapes.h sapo_printed_again)
  return shared >= kMinShared && shared < a.size() && shared < b.size();
}

bool signs_both_ends(std::string_view title_paragraph, const std::vector<Paragraph>& body) {
  constexpr std::size_t kMaxNameWords = 3;
  if (body.size() < 2 || body.back().text != title_paragraph ||
      !at_most_words(title_paragraph, kMaxNameWords) || ends_with_sentence_punct(title_paragraph))
    return false;
  // a name: each word capitalised, and initials in capitals ("VACA", "CLB Thiên Văn") or two
  // words at least ("Hải Đăng"); a short title a poem or a feature repeats under it ("Mẹ",
  // "Quê hương", "Sống đẹp") is one word or has a word in small letters
  bool initials = false, capitalised = true;
  std::size_t words = 0;
  each_word(title_paragraph, [&](std::string_view w) {
    capitalised = capitalised && starts_with_upper(w);
    initials = initials || (w.size() >= 2 && is_all_caps(w));
    ++words;
  });
  return capitalised && (initials || words >= 2);
}

}  // namespace tuyentap
