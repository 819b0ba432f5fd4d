// The plain-text reader. Its rules, in the order they run:
//  1. Lines are split (LF, CRLF, CR), cleaned (invisible characters, white space folded).
//  2. Chrome: a line matching a [drop-line] marker is removed wherever it stands; the first
//     line matching an [ends-article] marker after the header ends the article.
//  3. Lines are joined into paragraphs (hard-wrapped continuation lines are rejoined).
//  4. Header: a date line among the first three paragraphs fixes the layout (kicker, title,
//     date; or title, date). Without one, a short unpunctuated first line followed by a
//     title-like line is the kicker, else the first line is the title.
//  5. Byline: the last paragraph, when it has a byline's shape (byline.h).
//  6. Body: the first paragraph that is not a caption is the lead; then captions (caption.h),
//     headings (short, no final punctuation, capitalised, between two paragraphs) and
//     paragraphs.
#include "article/text_reader.h"

#include <string>
#include <vector>

#include "article/byline.h"
#include "article/caption.h"
#include "article/text_lines.h"
#include "text/date.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxKickerWords = 10;
constexpr std::size_t kMaxTitleWords = 60;
constexpr std::size_t kMaxTitleChars = 400;
constexpr std::size_t kMaxHeadingWords = 20;
constexpr std::size_t kMaxHeadingChars = 160;
constexpr std::size_t kMaxCaptionWords = 60;
constexpr std::size_t kHeaderLines = 3;  // the date line is at most the third line

bool is_blank_text(std::string_view text) {
  for (char c : text)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') return false;
  return true;
}

// Steps 1–2: cleaned lines with the chrome removed; blank lines kept as "".
std::vector<std::string> lines_without_chrome(std::string_view text, const ChromeMatcher& chrome) {
  std::vector<std::string> lines = split_clean_lines(text);
  // Each line's key is folded once (and only when a marker could match it at all): both
  // tests below use it.
  std::vector<ChromeMatcher::LineKey> keys(lines.size());
  std::vector<bool> has_key(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty() || !chrome.may_match(lines[i])) continue;
    keys[i] = chrome.key(lines[i]);
    has_key[i] = true;
    if (chrome.drop_line(keys[i])) lines[i].clear();
  }

  // The header (up to and including a date line among the first lines) is never chrome, so a
  // site section called "Bình luận" stays the article's topic.
  std::size_t scan_from = 0, seen = 0;
  for (std::size_t i = 0; i < lines.size() && seen < kHeaderLines; ++i) {
    if (lines[i].empty()) continue;
    ++seen;
    if (parse_date_line(lines[i])) {
      scan_from = i + 1;
      break;
    }
  }
  for (std::size_t i = scan_from; i < lines.size(); ++i) {
    if (!lines[i].empty() && has_key[i] && chrome.ends_article(keys[i])) {
      lines.resize(i);
      break;
    }
  }
  return lines;
}

bool is_kicker_like(const std::string& s) {
  return at_most_words(s, kMaxKickerWords) && !ends_with_sentence_punct(s);
}

bool is_title_like(const std::string& s) {
  return at_most_words(s, kMaxTitleWords) && !(s.back() == '.' && !s.ends_with("..."));
}

// "Trang chủ > Xây dựng Đảng" → "Xây dựng Đảng": a breadcrumb's last step is the section.
std::string topic_from_kicker(const std::string& kicker) {
  std::size_t cut = std::string::npos, len = 0;
  for (std::string_view sep : {" > ", " » ", " › ", " >> "}) {
    std::size_t at = kicker.rfind(sep);
    if (at != std::string::npos && (cut == std::string::npos || at > cut)) {
      cut = at;
      len = sep.size();
    }
  }
  return cut == std::string::npos ? kicker : kicker.substr(cut + len);
}

// The title of a file that has none (one giant paragraph): its first sentence, or its first
// words.
std::string title_from_text(const std::string& text) {
  constexpr std::size_t kMaxWords = 25;
  std::size_t words = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != ' ') continue;
    if (++words >= kMaxWords) return text.substr(0, i) + "…";
    char before = text[i - 1];
    if (before == '.' || before == '?' || before == '!') return text.substr(0, i - 1);
  }
  return text;
}

bool is_heading(const std::string& s) {
  return at_most_words(s, kMaxHeadingWords) && code_point_count(s) <= kMaxHeadingChars &&
         !ends_with_sentence_punct(s) && (starts_with_upper(s) || (s[0] >= '0' && s[0] <= '9')) &&
         !parse_date_line(s);
}

// Step 5: takes the byline off the end of the body.
std::string take_byline(std::vector<std::string>& body) {
  // The lead is never the byline: at least one paragraph must remain.
  if (body.size() < 2 || !looks_like_byline(body.back())) return {};
  std::string author = body.back();
  body.pop_back();
  // "Hoàng Uyên" / "(Báo Bạc Liêu)" on two lines
  if (body.size() >= 2 && looks_like_source(author) && looks_like_name(body.back()) &&
      !parse_caption(body.back())) {
    author = body.back() + (author.front() == '(' ? " " : " - ") + author;
    body.pop_back();
  }
  return author;
}

}  // namespace

std::variant<Article, NotAnArticle> read_plain_text(std::string_view text,
                                                    const ChromeMatcher& chrome) {
  if (is_blank_text(text)) return NotAnArticle{"empty file"};
  std::vector<std::string> paras = join_paragraphs(lines_without_chrome(text, chrome));
  if (paras.empty()) return NotAnArticle{"no text after removing site chrome"};

  Article a;
  // Step 4: the header.
  std::size_t date_at = paras.size();
  for (std::size_t i = 0; i < paras.size() && i < kHeaderLines; ++i) {
    if (parse_date_line(paras[i])) {
      date_at = i;
      break;
    }
  }
  std::size_t body_from = 0;
  if (date_at == paras.size()) {
    // No date in the header: look for a line of its own elsewhere (some sites put it last).
    for (std::size_t i = 1; i < paras.size(); ++i) {
      if (auto dt = parse_date_line(paras[i])) {
        a.date = dt->date;
        a.time = dt->time;
        paras.erase(paras.begin() + static_cast<std::ptrdiff_t>(i));
        break;
      }
    }
    if (paras.size() >= 3 && is_kicker_like(paras[0]) && is_title_like(paras[1])) {
      a.topic = topic_from_kicker(paras[0]);
      a.title = paras[1];
      body_from = 2;
    } else {
      a.title = paras[0];
      body_from = 1;
    }
  } else {
    auto dt = parse_date_line(paras[date_at]);
    a.date = dt->date;
    a.time = dt->time;
    if (date_at == 2) {
      a.topic = topic_from_kicker(paras[0]);
      a.title = paras[1];
    } else if (date_at == 1) {
      a.title = paras[0];
    } else if (paras.size() >= 2) {  // the date line first, then the title
      a.title = paras[1];
      date_at = 1;
    }
    body_from = date_at + 1;
  }
  if (!a.date) a.warnings.push_back("no date line");
  if (a.topic.empty()) a.warnings.push_back("no topic line (kicker): the first line is the title");

  std::vector<std::string> body(paras.begin() + static_cast<std::ptrdiff_t>(body_from),
                                paras.end());
  if (!at_most_words(a.title, kMaxTitleWords) || code_point_count(a.title) > kMaxTitleChars) {
    // One giant paragraph: it is the body, and its first sentence stands in for a title.
    body.insert(body.begin(), a.title);
    a.title = title_from_text(a.title);
    a.warnings.push_back("no title line: the title is the start of the first paragraph");
  }
  if (a.title.empty()) return NotAnArticle{"no title"};
  if (body.empty()) return NotAnArticle{"only a title, no article text"};

  a.author = take_byline(body);
  if (a.author.empty()) a.warnings.push_back("no byline");

  // Step 6: lead and blocks.
  bool have_lead = false;
  for (std::size_t i = 0; i < body.size(); ++i) {
    const std::string& p = body[i];
    if (auto caption = parse_caption(p)) {
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
    if (!have_lead) {
      a.lead = p;
      have_lead = true;
      continue;
    }
    bool followed_by_text = i + 1 < body.size() && !parse_caption(body[i + 1]);
    Block b;
    b.type = followed_by_text && is_heading(p) ? BlockType::Heading : BlockType::Paragraph;
    b.text = p;
    a.blocks.push_back(std::move(b));
  }
  if (!have_lead) a.warnings.push_back("no lead paragraph");
  return a;
}

}  // namespace tuyentap
