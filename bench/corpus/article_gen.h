// One generated article: the parts of the archive's plain-text format, chosen by a seeded
// PRNG so the same seed and index always give the same article.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace corpus {

// splitmix64: tiny, fast, and the same on every machine and compiler (std::mt19937 is too,
// but the std distributions are not, so we do our own ranges).
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }
  // In [lo, hi], both included.
  int range(int lo, int hi) {
    return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1));
  }
  double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
  bool chance(double p) { return uniform() < p; }
  template <typename V>
  const typename V::value_type& pick(const V& v) {
    return v[next() % v.size()];
  }

 private:
  std::uint64_t state_;
};

struct Day {
  int year = 2019, month = 1, day = 1;
  int weekday = 0;  // 0 = Sunday … 6 = Saturday
};

// Days since 1970-01-01 and back (proleptic Gregorian), for spreading articles over a period.
long days_from_civil(int y, int m, int d);
Day civil_from_days(long days);
// "2019-01-28" → Day; false when malformed.
bool parse_day(const std::string& s, Day& out);

struct Paragraph {
  std::string text;
  bool caption = false;
  std::string credit;  // captions: "H.T"
};

struct GenArticle {
  std::string topic;  // the kicker; empty when this article has none
  std::string title;
  Day day;
  int hour = 8, minute = 0;
  int date_style = 0;           // which of the archive's date-line variants
  bool sunday_capital = false;  // "Chủ Nhật" rather than "Chủ nhật"
  std::string lead;
  std::vector<Paragraph> body;
  std::string byline;                // empty: no byline
  int chrome = 0;                    // which site's trailing chrome
  std::vector<std::string> related;  // titles under "Tin liên quan" and the like
  std::string poll, weather, keyword_place;
  int words = 0;  // words in title, lead, body and byline
};

// How long an article is: its words (title, lead and body together, roughly) and its
// paragraphs, each drawn in [min, max]. Changing a range does not change how many numbers
// are drawn, so the other fields of article i stay the same.
struct ArticleShape {
  int min_words = 400, max_words = 2000;
  int min_paragraphs = 5, max_paragraphs = 15;
};

// Short articles for the many-small-articles benchmarks: a few paragraphs (at least two: a
// caption goes between two) of sentences drawn like the others', so that no two are
// near-duplicates.
inline constexpr ArticleShape kSmallArticle{40, 120, 2, 3};

// The article with this index of a corpus made with this seed, dated `day`.
GenArticle make_article(std::uint64_t seed, int index, const Day& day,
                        const ArticleShape& shape = {});

}  // namespace corpus
