// The title scorer's features: see title_features.h. Each function names the Python it
// mirrors (bench/header_model/features.py and pages.py); the regular expressions are ICU's,
// written as the Python ones (Python's (?P<x>…) is ICU's (?<x>…)). A cheap test of the
// characters a pattern needs comes first, so that most lines skip the regular expressions.
#include "article/title_features.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>

#include "article/family_names.h"
#include "article/text_lines.h"
#include "article/title_dates.h"
#include "article/title_patterns.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tuyentap {

namespace {

using icu::UnicodeString;
using namespace title_patterns;

constexpr std::u32string_view kLinkish = U">|»›«/";
constexpr std::size_t kLong = kTitleLongWords;  // words of a body paragraph

bool starts_any(std::string_view low, std::span<const std::string_view> labels) {
  if (low.empty()) return false;
  // the first byte first: most lines open with a letter no label does
  return std::any_of(labels.begin(), labels.end(), [&](std::string_view l) {
    return !l.empty() && l[0] == low[0] && low.starts_with(l);
  });
}

bool contains(std::string_view s, std::string_view part) {
  return s.find(part) != std::string_view::npos;
}

// `s` with its ASCII letters in lower case, the rest as is: a search of an ASCII word in it
// finds a superset of what a case-insensitive pattern of that word may match.
std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

constexpr std::size_t kLabelChars = 24;  // longer than any label word of title_patterns.h

// The bytes of s's first `chars` code points.
std::size_t utf8_prefix(std::string_view s, std::size_t chars) {
  std::size_t i = 0;
  for (std::size_t n = 0; i < s.size() && n < chars; ++n) utf8::next(s, i);
  return i;
}

// features.py has_anh_paren: "(" then one of `words` in any case.
bool bracket_opens_with(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::size_t at = s.find('('); at != std::string_view::npos; at = s.find('(', at + 1)) {
    std::string_view rest = s.substr(at + 1);
    std::string low = to_lower_vi(rest.substr(0, utf8_prefix(rest, 6)));
    for (std::string_view w : words)
      if (low.starts_with(w)) return true;
  }
  return false;
}

// Python's str predicates on one code point.
bool py_alpha(char32_t c) {
  return u_isalpha(static_cast<UChar32>(c));
}
bool py_upper(char32_t c) {
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_UPPERCASE);
}
bool py_lower(char32_t c) {
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_LOWERCASE);
}

std::u32string code_points(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out += utf8::next(s, i);
  return out;
}

// The line's text in the forms the features read, each made when first asked for: a line read
// as a neighbour needs few of them.
struct Line {
  std::string_view text;
  std::size_t words = 0;  // word_count(text): runs of bytes other than " "
  bool digit = true;      // may_hold_digit(text)
  UnicodeString u;
  bool date = false, time = false;                  // DATE_RE, TIME_RE match
  std::optional<title_patterns::PlainDates> plain;  // where the line was read by hand
  bool full = false;                                // u, date and time are set

  // where a date or time may start (title_patterns.h)
  const std::vector<int32_t>& starts() const {
    if (!date_starts_) date_starts_ = title_patterns::date_starts(u);
    return *date_starts_;
  }
  // the opening, in lower case (the label words are matched at the start only, and lower case
  // maps letter by letter)
  const std::string& low() const {
    if (!low_) low_ = to_lower_vi(text.substr(0, utf8_prefix(text, kLabelChars)));
    return *low_;
  }
  const std::string& alow() const {  // ascii_lower(text)
    if (!alow_) alow_ = ascii_lower(text);
    return *alow_;
  }

 private:
  mutable std::optional<std::vector<int32_t>> date_starts_;
  mutable std::optional<std::string> low_, alow_;
};

// The line's UTF-16 form and dates, which the regular expressions need; a line with no digit
// has no date, short date or time, and no place where one may start.
void complete(Line& l) {
  if (l.full) return;
  l.u = u16(l.text);
  if (!l.digit) {
    // no date, no time
  } else if (auto plain = plain_dates(l.text)) {
    // most date lines: read by hand, which spares the regular expressions (title_dates.h)
    l.date = plain->date;
    l.time = plain->time;
    l.plain = plain;
  } else {
    l.date = date_rx().find_at(l.u, l.starts());
    l.time = time_rx().find_at(l.u, l.starts());
  }
  l.full = true;
}

// The line's cheap forms, and the others when `full` (complete() adds them later).
Line line_of(std::string_view text, bool full = true) {
  Line l;
  l.text = text;
  l.words = word_count(text);
  l.digit = may_hold_digit(text);
  if (full) complete(l);
  return l;
}

bool has_date(const Line& l) {
  return l.date;
}
bool has_time(const Line& l) {
  return l.time;
}
// `ascii` in any case, then `a` or `b`, somewhere in the line.
bool ascii_then(const Line& l, std::string_view ascii, std::string_view a, std::string_view b) {
  for (std::size_t at = l.alow().find(ascii); at != std::string::npos;
       at = l.alow().find(ascii, at + 1)) {
    std::string_view rest = l.text.substr(at + ascii.size());
    if (rest.starts_with(a) || rest.starts_with(b)) return true;
  }
  return false;
}

// "thứ", "chủ" (any case) or "cn" somewhere, which WEEKDAY_RE needs
bool may_be_weekday(const Line& l) {
  return ascii_then(l, "th", "ứ", "Ứ") || ascii_then(l, "ch", "ủ", "Ủ") || contains(l.alow(), "cn");
}

bool weekday_word(const Line& l) {
  return may_be_weekday(l) && weekday_rx().find(l.u);
}

// features.py _date_only.
bool date_only(const Line& l) {
  if (l.plain) return l.plain->date_only;
  if ((!has_date(l) && !has_time(l)) || !only_date_letters(l.u)) return false;
  UnicodeString rest = date_rx().replace_all(l.u, " ");
  rest = time_rx().replace_all(rest, " ");
  rest = weekday_rx().replace_all(rest, " ");
  rest = date_word_rx().replace_all(rest, " ");
  return !word_left_rx().find(rest);
}

// Read off the UTF-8 (a neighbour's shape needs no code points else).
bool all_caps(std::string_view text) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < text.size();)
    if (char32_t c = utf8::next(text, i); py_alpha(c)) {
      if (!py_upper(c)) return false;
      ++letters;
    }
  return letters >= 4;
}

// Whether a pattern of `words` in any case, anchored at the start, may match s: s's opening,
// case-folded, starts with one of them case-folded (a match's text folds to its word, and
// folding maps a character to one or more).
bool may_open_with(const UnicodeString& s, const std::vector<UnicodeString>& folded_words) {
  UnicodeString head(s, 0, 16);
  head.foldCase();
  return std::any_of(folded_words.begin(), folded_words.end(),
                     [&](const UnicodeString& w) { return head.startsWith(w); });
}

std::vector<UnicodeString> folded(std::span<const std::u16string_view> words) {
  std::vector<UnicodeString> out;
  for (std::u16string_view w : words)
    out.push_back(UnicodeString(w.data(), static_cast<int32_t>(w.size())).foldCase());
  return out;
}

// re.split(r"\s[-–]\s|,|;", s)[0]'s length: the first "," or ";" or a dash between white
// spaces (on a folded line the only white space \s finds is " ").
int32_t name_cut_at(const UnicodeString& s) {
  const int32_t n = s.length();
  for (int32_t k = 0; k < n; ++k) {
    const char16_t c = s.charAt(k);
    if (c == u',' || c == u';') return k;
    if (k + 2 < n && c == u' ' && (s.charAt(k + 1) == u'-' || s.charAt(k + 1) == u'–') &&
        s.charAt(k + 2) == u' ')
      return k;
  }
  return n;
}

// features.py _name_shape: (name, surname).
std::pair<double, double> name_shape(const Line& l) {
  // each pattern tried only where a cheap test says it may match (no bracket without "(", no
  // label nor title at the start of a line that opens with none of their words)
  UnicodeString s = contains(l.text, "(") ? bracket_rx().replace_all(l.u, " ") : l.u;
  if (int32_t slash = s.indexOf(u'/'); slash >= 0) s.truncate(slash);
  s.trim();
  static const std::vector<UnicodeString> labels = folded(name_label_words()),
                                          titles = folded(title_prefix_words());
  if (may_open_with(s, labels)) s = name_label_rx().replace_all(s, "");
  s.trim();
  if (may_open_with(s, titles)) s = title_prefix_rx().replace_all(s, "");
  s.truncate(name_cut_at(s));
  std::string part;
  s.toUTF8String(part);
  std::vector<std::u32string> toks;
  for (std::string_view w : spaced_words(part)) {
    std::u32string t = code_points(w);
    std::size_t a = t.find_first_not_of(U".:"), b = t.find_last_not_of(U".:");
    if (a != std::u32string::npos) toks.push_back(t.substr(a, b - a + 1));
  }
  if (toks.empty() || toks.size() > 5) return {0.0, 0.0};
  bool caps = true, any_alpha = false;
  for (const std::u32string& t : toks)
    if (py_alpha(t[0])) {
      any_alpha = true;
      caps = caps && py_upper(t[0]);
    }
  caps = caps && any_alpha;
  std::string first;
  for (char32_t c : toks[0]) utf8::append(first, c);
  first = to_lower_vi(first);
  // str.title() of a word of letters alone is its first letter up and the rest down, so it
  // is a surname when its lower case is one; any other character stays and names none. Every
  // family name of the one list counts, whatever else its word opens (family_names.h).
  bool sur = family_name_kind(first).has_value();
  return {caps && toks.size() >= 2 ? 1.0 : caps ? 0.5 : 0.0, sur ? 1.0 : 0.0};
}

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> ends) {
  return std::any_of(ends.begin(), ends.end(), [&](std::string_view e) { return s.ends_with(e); });
}

// features.py line_shape: what the neighbours' features reuse.
struct Shape {
  double short_ = 0, mid = 0, long_ = 0, date = 0, dateonly = 0, name = 0, caps = 0, stop = 0;
};

// shape_of but date, dateonly and name, which need the regular expressions (left 0).
Shape cheap_shape_of(const Line& l) {
  std::size_t w = l.words;
  Shape s;
  s.short_ = w <= 3;
  s.mid = w >= 4 && w < kLong;
  s.long_ = w >= kLong;
  s.caps = all_caps(l.text);
  s.stop = ends_with_any(l.text, {".", "…", "!", "?"});
  return s;
}

Shape shape_of(const Line& l) {
  Shape s = cheap_shape_of(l);
  s.date = has_date(l);
  s.dateonly = date_only(l);
  s.name = l.words <= 8 ? name_shape(l).first : 0.0;
  return s;
}

double b(bool v) {
  return v ? 1.0 : 0.0;
}

}  // namespace

struct TitleFeaturizer::Cache {
  TitlePage page;
  std::vector<std::optional<Line>> lines;
  std::vector<std::optional<Shape>> shapes;

  const Line& line(std::size_t i) {
    if (!lines[i]) lines[i] = line_of(page.lines[i]);
    complete(*lines[i]);
    return *lines[i];
  }
  const Line& cheap_line(std::size_t i) {
    if (!lines[i]) lines[i] = line_of(page.lines[i], false);
    return *lines[i];
  }
  const Shape& shape(std::size_t i) {
    if (!shapes[i]) shapes[i] = shape_of(line(i));
    return *shapes[i];
  }
  // Shape::mid && !Shape::stop, from the words and the last character alone
  bool mid_unstopped(std::size_t i) const {
    // a page line is folded: its words are its spaces and one
    const std::string& t = page.lines[i];
    std::size_t w = static_cast<std::size_t>(std::count(t.begin(), t.end(), ' ')) + 1;
    return w >= 4 && w < kLong && !ends_with_any(page.lines[i], {".", "…", "!", "?"});
  }
  // may_hold_digit of a line: read off its cached form, or its bytes (a line with no digit has
  // no date, which spares its regular expressions)
  bool digit(std::size_t j) const {
    return lines[j] ? lines[j]->digit : may_hold_digit(page.lines[j]);
  }
  // a line above i that is mid and unstopped with no digit: first_mid(i) is false
  bool mid_above(std::size_t i) const {
    for (std::size_t j = 0; j < i; ++j)
      if (mid_unstopped(j) && !digit(j)) return true;
    return false;
  }
  bool first_mid(std::size_t i) {
    auto is_mid = [&](std::size_t j) { return mid_unstopped(j) && (!digit(j) || !line(j).date); };
    if (!is_mid(i)) return false;
    for (std::size_t j = 0; j < i; ++j)
      if (is_mid(j)) return false;
    return true;
  }
  bool date_above(std::size_t i) {
    for (std::size_t j = 0; j < i; ++j)
      if (digit(j) && line(j).date) return true;
    return false;
  }
};

TitleFeaturizer::TitleFeaturizer(TitlePage page) : c_(std::make_unique<Cache>()) {
  c_->lines.resize(page.lines.size());
  c_->shapes.resize(page.lines.size());
  c_->page = std::move(page);
}
TitleFeaturizer::~TitleFeaturizer() = default;
TitleFeaturizer::TitleFeaturizer(TitleFeaturizer&&) noexcept = default;
TitleFeaturizer& TitleFeaturizer::operator=(TitleFeaturizer&&) noexcept = default;

std::size_t TitleFeaturizer::candidates() const {
  return std::min(c_->page.n, kTitleCandidates);
}

const TitlePage& TitleFeaturizer::page() const {
  return c_->page;
}

const std::string& TitleFeaturizer::line(std::size_t i) const {
  return c_->page.lines[i];
}

TitleFeatures TitleFeaturizer::features(std::size_t i, TitleUnknown* unknown) {
  Cache& c = *c_;
  const bool cheap = unknown != nullptr;
  const std::size_t n = c.page.n;
  const Line& l = cheap ? c.cheap_line(i) : c.line(i);
  // the line's dates and times: exact once its regular expressions ran (a full pass, or a line
  // with no digit), else on a cheap pass what its ASCII digits prove (a date line is most of
  // the lines with a digit, and a date bounds its score far under the others')
  enum class Known { no, yes, maybe };
  auto known = [&](bool exact, bool (*surely)(std::string_view)) {
    if (l.full || !l.digit) return exact ? Known::yes : Known::no;
    return surely(l.text) ? Known::yes : Known::maybe;
  };
  const Known date = known(l.date, surely_date), time = known(l.time, surely_time);
  const Shape s = cheap ? cheap_shape_of(l) : c.shape(i);
  const std::size_t w = l.words;
  // the line's code points read once, for its length, first letter, digits and marks
  std::size_t len = 0, digits = 0, linkish = 0;
  char32_t first = 0;
  bool colon_in = false;  // a ":" before the last code point
  for (std::size_t at = 0; at < l.text.size();) {
    const char32_t ch = utf8::next(l.text, at);
    if (len++ == 0) first = ch;
    digits += ch >= U'0' && ch <= U'9';
    linkish += kLinkish.find(ch) != std::u32string_view::npos;
    colon_in = colon_in || (ch == U':' && at < l.text.size());
  }
  const auto ii = static_cast<std::ptrdiff_t>(i);
  // plain variables, not a structured binding: the lambdas below capture them, which clang 14
  // (the fuzz build's compiler) does not allow of a binding
  const std::pair<double, double> shape = w <= 8 && !cheap ? name_shape(l) : std::pair{0.0, 0.0};
  const double name = shape.first, sur = shape.second;
  const std::ptrdiff_t d = static_cast<std::ptrdiff_t>(c.page.first_long) - ii;
  std::size_t alpha = 0, capped = 0;
  for (std::string_view t : spaced_words(l.text)) {
    std::size_t k = 0;
    char32_t ch = utf8::next(t, k);
    if (py_alpha(ch)) {
      ++alpha;
      capped += py_upper(ch);
    }
  }
  const std::size_t from_end = n - 1 - i;
  // the page's first date line: this one if it has a date and none above it has
  const bool dated_above = !cheap && s.date != 0.0 && c.date_above(i);
  TitleFeatures f{};
  std::size_t k = 0;
  auto put = [&](double v) { f[k++] = v; };
  // a feature of the regular expressions, where a cheap test says it `may` be other than 0:
  // left 0 and named unknown on a cheap pass; where it may not, 0 on either pass without its
  // regular expression (a date needs a digit, a name at most 8 words: the Python's meanings)
  auto put_rx = [&](bool may, auto value) {
    if (!may) {
      f[k++] = 0.0;
    } else if (cheap) {
      unknown->set(k);
      f[k++] = 0.0;
    } else {
      f[k++] = value();
    }
  };
  // a date or time feature: left unknown on a cheap pass where the ASCII digits prove nothing
  auto put_known = [&](Known v) {
    if (v == Known::maybe) unknown->set(k);
    f[k++] = b(v == Known::yes);
  };
  const bool named = w <= 8;
  put_place_features(put, i, n, w);
  put(log1p_count(len) / 7.0);
  put(alpha ? static_cast<double>(capped) / static_cast<double>(alpha) : 0.0);
  put(s.caps);
  put(b(len > 0 && py_lower(first)));
  put(b(ends_with_any(l.text, {".", "…"})));
  put(b(ends_with_any(l.text, {"?", "!"})));
  put(b(l.text.ends_with(":")));
  put(b(ends_with_any(l.text, {"\"", "”", "'"})));
  put(b(digits > 0));
  put(static_cast<double>(digits) / static_cast<double>(std::max<std::size_t>(1, len)));
  put_rx(date != Known::no, [&] {
    return s.date != 0.0 ? static_cast<double>(std::min(
                               (l.plain ? l.plain->dates : count_dates(l.u, l.starts())), 3)) /
                               3.0
                         : 0.0;
  });
  put_known(date);
  put_rx(l.digit, [&] {
    return b((l.plain ? l.plain->short_date : short_date_rx().find_at(l.u, l.starts())));
  });
  put_known(time);
  // the patterns of the line's words read by hand on a plain line (title_dates.h)
  const std::optional<PlainWords> plain = cheap ? std::nullopt : plain_words(l.text);
  put_rx(may_be_weekday(l), [&] { return b(plain ? plain->weekday : weekday_word(l)); });
  put_rx(date != Known::no || time != Known::no, [&] { return s.dateonly; });
  put_known(w <= 12 ? date : Known::no);
  put(static_cast<double>(std::min<std::size_t>(linkish, 4)) / 4.0);
  put(b(contains(l.text, "|")));
  put(b(contains(l.text, ">") || contains(l.text, "»") || contains(l.text, "›")));
  put(b(contains(l.text, "(")));
  put(b(contains(l.text, "/")));
  put(b(contains(l.text, " - ") || contains(l.text, " – ")));
  put(b(contains(l.text, "\"") || contains(l.text, "“") || contains(l.text, "”")));
  put(b(colon_in));
  put_rx(contains(l.alow(), "http") || contains(l.alow(), "www.") || contains(l.alow(), ".vn") ||
             contains(l.alow(), ".com") || contains(l.text, "@"),
         [&] { return b(url_rx().find(l.u)); });
  put_rx(named, [&] { return name; });
  put_rx(named, [&] { return sur; });
  put_rx(named, [&] { return name * b(from_end < 4); });
  put_rx(named, [&] { return name * b(i < c.page.first_long); });
  put(b(starts_any(l.low(), author_labels())));
  put(b(starts_any(l.low(), date_labels())));
  put(b(starts_any(l.low(), chrome_labels())));
  put(b(starts_any(l.low(), caption_labels())));
  put(b(bracket_opens_with(l.text, {"ảnh", "nguồn"})));
  put(b(d == 1));
  put(b(d == 2));
  put(b(d >= 3 && d <= 5));
  put(b(d > 5));
  put(b(d < 0));
  put(b(d == 0));
  put_rx(c.mid_unstopped(i) && !c.mid_above(i), [&] { return b(c.first_mid(i)); });
  put(b(c.page.printed[i] > 1));
  // the patterns of opening words tried only on a line that opens with one of their words
  put_rx(true, [&] {
    static const std::vector<UnicodeString> words = folded(opener_words());
    return b(plain ? plain->opener : may_open_with(l.u, words) && opener_rx().at_start(l.u));
  });
  put(b(contains(l.text, ", ") && w >= 10));
  put_rx(true, [&] {
    if (plain) return b(plain->da);
    const std::vector<int32_t> starts = da_starts(l.u);
    return b(!starts.empty() && da_rx().find_at(l.u, starts));
  });
  put_rx(true, [&] {
    static const std::vector<UnicodeString> words = folded(honorific_words());
    return b(plain ? plain->honorific : may_open_with(l.u, words) && honorific_rx().at_start(l.u));
  });
  put_rx(true, [&] {
    return b(plain ? plain->numbered
                   : !l.u.isEmpty() && may_be_numbered(static_cast<char32_t>(l.u.char32At(0))) &&
                         numbered_rx().at_start(l.u));
  });
  put_rx(contains(l.text, "![") || contains(l.alow(), ".jp") || contains(l.alow(), ".png") ||
             contains(l.alow(), ".gif"),
         [&] { return b(image_rx().find(l.u)); });
  put_rx(true, [&] {
    static const std::vector<UnicodeString> words = folded(title_prefix_words());
    return b(may_open_with(l.u, words) && title_prefix_rx().at_start(l.u));
  });
  put_rx(named, [&] {
    return b(name != 0.0 &&
             (contains(l.text, " - ") || contains(l.text, " – ") || contains(l.text, ",")));
  });
  put_rx(date != Known::no, [&] { return b(s.date != 0.0 && !dated_above); });
  put_rx(date != Known::no, [&] { return b(dated_above); });
  for (std::ptrdiff_t j : {ii - 1, ii + 1}) {
    bool in = j >= 0 && j < static_cast<std::ptrdiff_t>(n);
    const auto at = static_cast<std::size_t>(j);
    if (cheap) {
      // the neighbours' shapes are left to title_feature_ranges, which reads them cheaper
      for (int m = 0; m < 8; ++m) put_rx(in, [] { return 0.0; });
      put(b(!in));
      continue;
    }
    const Line* ol = in ? &c.cheap_line(at) : nullptr;
    const bool odigit = ol && ol->digit, onamed = ol && ol->words <= 8;
    Shape o = !in ? Shape{} : c.shape(at);
    put(o.short_);
    put(o.mid);
    put(o.long_);
    put_rx(odigit, [&] { return o.date; });
    put_rx(odigit, [&] { return o.dateonly; });
    put_rx(onamed, [&] { return o.name; });
    put(o.caps);
    put(o.stop);
    put(b(!in));
  }
  return f;
}

std::vector<TitleFeatures> title_features(const std::vector<std::string>& lines) {
  TitleFeaturizer page(title_page(lines));
  std::vector<TitleFeatures> rows;
  rows.reserve(page.candidates());
  for (std::size_t i = 0; i < page.candidates(); ++i) rows.push_back(page.features(i));
  return rows;
}

}  // namespace tuyentap
