#include "corpus/article_gen.h"

#include <cstdio>
#include <set>
#include <string_view>

#include "corpus/vocabulary.h"

namespace corpus {

long days_from_civil(int y, int m, int d) {
  // Howard Hinnant's algorithm.
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Day civil_from_days(long z) {
  Day out;
  out.weekday = static_cast<int>(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  out.day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  out.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  out.year = static_cast<int>(yoe) + static_cast<int>(era) * 400 + (out.month <= 2);
  return out;
}

bool parse_day(const std::string& s, Day& out) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return false;
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  out = civil_from_days(days_from_civil(y, m, d));
  return out.day == d;
}

namespace {

int count_words(std::string_view s) {
  int n = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\n';
    if (!space && !in_word) ++n;
    in_word = !space;
  }
  return n;
}

// Uppercases the first letter; the subjects and objects that can start a sentence begin
// with an ASCII letter or with "đ".
std::string capitalize(std::string s) {
  if (s.empty()) return s;
  if (s[0] >= 'a' && s[0] <= 'z')
    s[0] = static_cast<char>(s[0] - 'a' + 'A');
  else if (s.compare(0, 2, "đ") == 0)
    s.replace(0, 2, "Đ");
  return s;
}

class Writer {
 public:
  Writer(Rng& rng, int year) : rng_(rng), year_(year) {}

  // Replaces "{BTV}" by "Ban Thường vụ (BTV)" the first time, then mostly by "BTV".
  // `introduce` false (titles, captions): always the full words, never the parentheses.
  std::string expand(std::string_view s, bool introduce = true) {
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
      std::size_t open = s.find('{', i);
      if (open == std::string_view::npos) {
        out.append(s.substr(i));
        break;
      }
      out.append(s.substr(i, open - i));
      std::size_t close = s.find('}', open);
      std::string_view key = s.substr(open + 1, close - open - 1);
      if (key == "district") out.append(rng_.pick(districts()));
      if (key == "city") out.append(rng_.pick(cities()));
      if (key == "commune") out.append(rng_.pick(communes()));
      if (key == "hamlet") out.append(rng_.pick(hamlets()));
      if (key == "n") out.append(std::to_string(rng_.range(1, 9)));
      for (const Abbreviation& a : abbreviations()) {
        if (a.short_ != key) continue;
        if (!introduce) {
          out.append(a.full);
        } else if (introduced_.insert(std::string(key)).second) {
          out.append(a.full).append(" (").append(a.short_).append(")");
        } else {
          out.append(rng_.chance(0.7) ? a.short_ : a.full);
        }
      }
      i = close + 1;
    }
    return out;
  }

  std::string person() {
    std::string name(rng_.pick(family_names()));
    if (rng_.chance(0.6)) name.append(" ").append(rng_.pick(middle_names()));
    return name.append(" ").append(rng_.pick(given_names()));
  }

  std::string sentence() {
    int kind = rng_.range(0, 9);
    std::string s;
    if (kind <= 4) {
      if (rng_.chance(0.4)) s.append(rng_.pick(openers())).append(" ");
      s.append(expand(rng_.pick(subjects())))
          .append(" ")
          .append(rng_.pick(verbs()))
          .append(" ")
          .append(expand(rng_.pick(objects())));
      s.append(" ").append(rng_.pick(complements()));
      if (rng_.chance(0.6)) s.append(", qua đó ").append(rng_.pick(results()));
    } else if (kind <= 6) {
      s.append(expand(rng_.pick(subjects()))).append(" ").append(rng_.pick(verbs()));
      s.append(" ").append(expand(rng_.pick(objects()))).append(", ");
      s.append(rng_.pick(results())).append("; đồng thời ").append(rng_.pick(verbs()));
      s.append(" ").append(expand(rng_.pick(objects())));
    } else if (kind == 7) {
      char buf[256];
      int n = rng_.range(12, 240);
      std::snprintf(buf, sizeof buf,
                    "Trong năm %d, toàn Đảng bộ đã kết nạp %d đảng viên mới, đạt %d%% chỉ tiêu; "
                    "có %d/%d chi bộ được đánh giá hoàn thành tốt nhiệm vụ",
                    year_, n, rng_.range(90, 135), rng_.range(20, 60), rng_.range(61, 80));
      s = buf;
    } else if (kind == 8) {
      char buf[256];
      std::snprintf(buf, sizeof buf,
                    "%s đã tiến hành kiểm tra %d tổ chức đảng và %d đảng viên, giám sát "
                    "chuyên đề %d tổ chức đảng",
                    expand(rng_.pick(subjects())).c_str(), rng_.range(3, 40), rng_.range(5, 90),
                    rng_.range(2, 25));
      s = buf;
    } else {
      s.append("Đồng chí ").append(person()).append(", Bí thư Đảng ủy ");
      s.append(rng_.pick(communes())).append(", cho biết: “");
      s.append(capitalize(expand(rng_.pick(objects())))).append(" phải được thực hiện ");
      s.append(rng_.pick(complements())).append(", để ").append(rng_.pick(results())).append("”");
    }
    s = capitalize(std::move(s));
    s.append(rng_.chance(0.04) ? "…" : ".");
    return s;
  }

  std::string paragraph(int target_words) {
    std::string p = sentence();
    while (count_words(p) < target_words) p.append(" ").append(sentence());
    return p;
  }

  std::string caption_text() {
    switch (rng_.range(0, 2)) {
      case 0:
        return "Đoàn công tác của " + expand(rng_.pick(subjects()), false) + " làm việc tại " +
               std::string(rng_.pick(places())) + ".";
      case 1:
        return "Quang cảnh hội nghị sơ kết " + expand(rng_.pick(objects()), false) + ".";
      default:
        return capitalize(expand(rng_.pick(subjects()), false)) +
               " trao Huy hiệu Đảng cho các đảng viên lão thành.";
    }
  }

  std::string credit() {
    static const std::string_view initials[] = {"H", "T", "L", "M", "N", "Q", "P", "K", "V", "Đ"};
    return std::string(initials[rng_.next() % 10]) + "." + std::string(initials[rng_.next() % 10]);
  }

  std::string title() {
    std::string head(rng_.pick(title_heads()));
    std::string place = capitalize(std::string(rng_.pick(places())));
    switch (rng_.range(0, 3)) {
      case 0:
        return place + ": " + head;
      case 1:
        return head + " ở " + std::string(rng_.pick(places()));
      case 2:
        return "Đảng bộ " + std::string(rng_.pick(places())) + ": " + head;
      default:
        return head;
    }
  }

 private:
  Rng& rng_;
  int year_;
  std::set<std::string> introduced_;
};

}  // namespace

GenArticle make_article(std::uint64_t seed, int index, const Day& day, const ArticleShape& shape) {
  // Each article has its own stream, so article i is the same whatever N is.
  Rng rng(seed ^ (0x9e3779b97f4a7c15ull * static_cast<std::uint64_t>(index + 1)));
  Writer w(rng, day.year);
  GenArticle a;
  a.day = day;
  a.hour = rng.range(6, 21);
  a.minute = rng.range(0, 59);
  a.topic = rng.chance(0.02) ? "" : std::string(rng.pick(topics()));
  a.title = w.title();
  int r = rng.range(0, 99);
  a.date_style = r < 60 ? 0 : r < 68 ? 1 : r < 74 ? 2 : r < 82 ? 3 : r < 88 ? 4 : r < 94 ? 5 : 6;
  a.sunday_capital = rng.chance(0.5);

  int target = rng.range(shape.min_words, shape.max_words);
  int paragraphs = rng.range(shape.min_paragraphs, shape.max_paragraphs);
  a.lead = w.sentence();
  if (rng.chance(0.5)) a.lead.append(" ").append(w.sentence());
  int words = count_words(a.title) + count_words(a.lead);
  int per_paragraph = std::max(20, (target - words) / paragraphs);
  for (int i = 0; i < paragraphs; ++i) a.body.push_back({w.paragraph(per_paragraph), false, {}});
  int captions = rng.range(0, 3);
  for (int i = 0; i < captions; ++i) {
    Paragraph cap{w.caption_text(), true, w.credit()};
    int at = rng.range(1, static_cast<int>(a.body.size()) - 1);
    a.body.insert(a.body.begin() + at, cap);
  }
  for (const Paragraph& p : a.body) words += count_words(p.text) + (p.caption ? 2 : 0);

  r = rng.range(0, 99);
  if (r < 80)
    a.byline = w.person();
  else if (r < 86)
    a.byline = "PV";
  else if (r < 92)
    a.byline = std::string(rng.pick(sources()));
  else if (r < 97)
    a.byline = w.person() + " (tổng hợp)";
  // else: no byline, as happens in real archives
  words += count_words(a.byline);
  a.words = words;

  r = rng.range(0, 99);
  a.chrome = r < 45 ? 0 : r < 60 ? 1 : r < 75 ? 2 : r < 90 ? 3 : 4;
  int related = rng.range(2, 4);
  for (int i = 0; i < related; ++i) a.related.push_back(w.title());
  a.poll = rng.pick(poll_questions());
  a.weather = rng.pick(weather_lines());
  a.keyword_place = rng.pick(places());
  return a;
}

}  // namespace corpus
