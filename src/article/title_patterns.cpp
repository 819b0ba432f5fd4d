// The title scorer's patterns and word lists: see title_patterns.h.
#include "article/title_patterns.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <atomic>
#include <vector>

namespace tuyentap::title_patterns {

using icu::UnicodeString;

UnicodeString u16(std::string_view s) {
  return UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

Rx::Rx(const char* pattern, bool ignore_case) {
  static std::atomic<std::size_t> patterns{0};
  id_ = patterns++;
  UErrorCode status = U_ZERO_ERROR;
  UParseError pe;
  p_.reset(icu::RegexPattern::compile(u16(pattern), ignore_case ? UREGEX_CASE_INSENSITIVE : 0, pe,
                                      status));
  if (U_FAILURE(status)) p_.reset();
}

icu::RegexMatcher* Rx::on(const UnicodeString& s) const {
  // one matcher per pattern and thread, reset to each line: making one per line cost more
  // than the matching
  thread_local std::vector<std::unique_ptr<icu::RegexMatcher>> matchers;
  if (!p_) return nullptr;
  if (matchers.size() <= id_) matchers.resize(id_ + 1);
  std::unique_ptr<icu::RegexMatcher>& m = matchers[id_];
  UErrorCode status = U_ZERO_ERROR;
  if (!m) {
    m.reset(p_->matcher(status));
    if (U_FAILURE(status)) {
      m.reset();
      return nullptr;
    }
  }
  m->reset(s);
  return m.get();
}

bool Rx::find(const UnicodeString& s) const {
  auto m = on(s);
  return m && m->find();
}

bool Rx::at_start(const UnicodeString& s) const {
  auto m = on(s);
  UErrorCode status = U_ZERO_ERROR;
  return m && m->lookingAt(status);
}

bool Rx::find_at(const UnicodeString& s, std::span<const int32_t> starts) const {
  auto m = on(s);
  if (!m) return false;
  m->useTransparentBounds(true);
  for (int32_t at : starts) {
    UErrorCode status = U_ZERO_ERROR;
    if (m->lookingAt(at, status)) return true;
  }
  return false;
}

UnicodeString Rx::replace_all(const UnicodeString& s, const char* with) const {
  auto m = on(s);
  UErrorCode status = U_ZERO_ERROR;
  return m ? m->replaceAll(u16(with), status) : s;
}

const Rx& date_rx() {
  static const Rx r(
      "(?<!\\d)(?:(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)|(\\d{1,2})([/.\\-])(\\d{1,2})\\5"
      "(\\d{4}|\\d{2})(?!\\d)|(?:ngày\\s+)?(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s*(?:,|năm)?\\s*"
      "(\\d{4})|(\\d{1,2}) (\\d{1,2}) (\\d{4})(?!\\d))",
      true);
  return r;
}
const Rx& short_date_rx() {
  static const Rx r("(?<![\\d/.\\-])\\d{1,2}\\s*[/\\-]\\s*\\d{1,2}(?![\\d/.\\-])", false);
  return r;
}
const Rx& time_rx() {
  static const Rx r("(?<!\\d)(?:[01]?\\d|2[0-3])\\s*(?::|h|giờ)\\s*[0-5]\\d(?!\\d)", true);
  return r;
}
const Rx& weekday_rx() {
  static const Rx r("\\b(?:thứ\\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\\s+nhật|CN)\\b", true);
  return r;
}
const Rx& date_word_rx() {  // features.py _date_only's label words
  static const Rx r(
      "\\b(?:cập nhật|ngày|đăng|lúc|giờ|gmt|am|pm|update[d]?|posted|thời gian|xuất bản|\\d+)\\b",
      true);
  return r;
}
const Rx& word_left_rx() {  // _date_only: "[\W_]+" removed leaves nothing
  static const Rx r("[^\\W_]", false);
  return r;
}
const Rx& opener_rx() {
  static const Rx r(
      "^(?:sáng|chiều|tối|trưa|ngày|trong|vừa qua|căn cứ|thực hiện|nhằm|được|với|qua|hôm nay|"
      "sáng nay|chiều nay|từ ngày|sau|tại|để|nhân dịp|thời gian qua|những năm qua|năm \\d{4})\\b",
      true);
  return r;
}
const Rx& honorific_rx() {
  static const Rx r("^(?:đ/c|đc|đồng chí|ông|bà|các đồng chí|lãnh đạo)\\s", true);
  return r;
}
const Rx& numbered_rx() {
  static const Rx r("^(?:\\d{1,2}[.)/]|[IVX]{1,4}[.)]|[-–+•*])\\s", false);
  return r;
}
const Rx& title_prefix_rx() {
  static const Rx r(
      "^(?:(?:ths|ts|pgs|gs|cn|ks|bs|ls|nhà báo|luật sư|đại tá|thượng tá|trung tá|thiếu tá|"
      "đại úy|thượng úy|trung úy)\\.?,?\\s*)+",
      true);
  return r;
}
const Rx& bracket_rx() {
  static const Rx r("\\([^)]*\\)", false);
  return r;
}
const Rx& name_label_rx() {
  static const Rx r("^(?:tác giả|bài và ảnh|bài, ảnh|bài|ảnh|theo|nguồn|tin|thực hiện)\\s*:?\\s*",
                    true);
  return r;
}
std::span<const std::u16string_view> name_label_words() {
  static constexpr std::u16string_view words[] = {u"tác giả", u"bài", u"ảnh",      u"theo",
                                                  u"nguồn",   u"tin", u"thực hiện"};
  return words;
}
std::span<const std::u16string_view> title_prefix_words() {
  static constexpr std::u16string_view words[] = {
      u"ths",      u"ts",       u"pgs",     u"gs",        u"cn",      u"ks",
      u"bs",       u"ls",       u"nhà báo", u"luật sư",   u"đại tá",  u"thượng tá",
      u"trung tá", u"thiếu tá", u"đại úy",  u"thượng úy", u"trung úy"};
  return words;
}
std::span<const std::u16string_view> opener_words() {
  static constexpr std::u16string_view words[] = {
      u"sáng",    u"chiều",   u"tối",       u"trưa",          u"ngày",          u"trong",
      u"vừa qua", u"căn cứ",  u"thực hiện", u"nhằm",          u"được",          u"với",
      u"qua",     u"hôm nay", u"sáng nay",  u"chiều nay",     u"từ ngày",       u"sau",
      u"tại",     u"để",      u"nhân dịp",  u"thời gian qua", u"những năm qua", u"năm "};
  return words;
}
std::span<const std::u16string_view> honorific_words() {
  static constexpr std::u16string_view words[] = {u"đ/c", u"đc",           u"đồng chí", u"ông",
                                                  u"bà",  u"các đồng chí", u"lãnh đạo"};
  return words;
}
bool may_be_numbered(char32_t c) {
  return (c >= U'0' && c <= U'9') || c == U'I' || c == U'V' || c == U'X' || c == U'-' ||
         c == U'–' || c == U'+' || c == U'•' || c == U'*' ||
         (c >= 0x660 && u_isdigit(static_cast<UChar32>(c)));
}
const Rx& name_cut_rx() {  // re.split(r"\s[-–]\s|,|;", s)[0]
  static const Rx r("\\s[-–]\\s|,|;", false);
  return r;
}
const Rx& url_rx() {
  static const Rx r("https?:|www\\.|\\.vn\\b|\\.com\\b|@", true);
  return r;
}
const Rx& da_rx() {
  static const Rx r("\\b(?:đã|đang|sẽ|được)\\s", true);
  return r;
}
const Rx& image_rx() {
  static const Rx r("!\\[|\\.(?:jpe?g|png|gif)\\b", true);
  return r;
}

namespace {

const std::string_view kAuthorLabels[] = {
    "tác giả",    "bài và ảnh", "bài, ảnh",   "bài:",       "theo ",    "nguồn",     "pv",
    "người viết", "biên tập",   "tin, ảnh",   "tin và ảnh", "tin:",     "thực hiện", "nhóm pv",
    "phóng viên", "bài viết",   "người đăng", "đăng bởi",   "viết bởi", "posted by", "by "};
const std::string_view kDateLabels[] = {
    "cập nhật", "ngày đăng", "đăng lúc",  "đăng ngày",     "ngày cập nhật", "thời gian", "xuất bản",
    "ngày:",    "posted",    "published", "ngày xuất bản", "đăng vào",      "gửi lúc"};
const std::string_view kChromeLabels[] = {"trang chủ",
                                          "home",
                                          "lượt xem",
                                          "chia sẻ",
                                          "bình luận",
                                          "in bài",
                                          "tags",
                                          "từ khóa",
                                          "tin liên quan",
                                          "tin khác",
                                          "xem thêm",
                                          "đọc thêm",
                                          "lượt đọc",
                                          "view",
                                          "print",
                                          "bản in",
                                          "gửi email",
                                          "quay lại",
                                          "facebook",
                                          "zalo",
                                          "tweet",
                                          "chuyên mục",
                                          "chi tiết",
                                          "trang thông tin",
                                          "cổng thông tin",
                                          "chào mừng",
                                          "hotline",
                                          "liên kết",
                                          "google",
                                          "xem bình luận",
                                          "admin",
                                          "đăng nhập",
                                          "tìm kiếm",
                                          "menu",
                                          "sidebar",
                                          "-a a",
                                          "a a",
                                          "trang web",
                                          "website"};
const std::string_view kCaptionLabels[] = {
    "ảnh:", "ảnh minh họa", "ảnh minh hoạ", "hình:", "(ảnh", "ảnh ", "hình "};
}  // namespace

std::span<const std::string_view> author_labels() {
  return kAuthorLabels;
}
std::span<const std::string_view> date_labels() {
  return kDateLabels;
}
std::span<const std::string_view> chrome_labels() {
  return kChromeLabels;
}
std::span<const std::string_view> caption_labels() {
  return kCaptionLabels;
}

// pages.py dates_in (finditer: the matches left to right, none overlapping).
int count_dates(const UnicodeString& u, std::span<const int32_t> starts) {
  auto m = date_rx().on(u);
  if (!m) return 0;
  m->useTransparentBounds(true);
  int n = 0;
  int32_t after = 0;
  for (int32_t at : starts) {
    UErrorCode st = U_ZERO_ERROR;
    if (at < after || !m->lookingAt(at, st)) continue;
    after = std::max(at + 1, m->end(st));
    auto number = [&](int g, bool& two) {
      UnicodeString t = m->group(g, st);
      int v = 0, digits = 0;
      for (int32_t k = 0; k < t.length(); k = t.moveIndex32(k, 1)) {
        v = v * 10 + u_charDigitValue(t.char32At(k));
        ++digits;
      }
      two = digits == 2;
      return v;
    };
    int first = m->start(1, st) >= 0 ? 1 : m->start(4, st) >= 0 ? 4 : m->start(8, st) >= 0 ? 8 : 11;
    int gd = first == 1 ? 3 : first == 4 ? 4 : first;
    int gm = first == 1 ? 2 : first == 4 ? 6 : first + 1;
    int gy = first == 1 ? 1 : first == 4 ? 7 : first + 2;
    bool two = false, unused = false;
    int d = number(gd, unused), mo = number(gm, unused), y = number(gy, two);
    if (two) y += 2000;
    if (mo > 12 && d <= 12) std::swap(d, mo);
    if (1 <= d && d <= 31 && 1 <= mo && mo <= 12 && 1900 <= y && y <= 2099) ++n;
  }
  return n;
}

// \d: below U+0660 only the ASCII digits are (Nd)
bool is_digit_at(const UnicodeString& u, int32_t k) {
  char16_t c = u.charAt(k);
  if (c < 0x660) return c >= u'0' && c <= u'9';
  return u_isdigit(u.char32At(k));
}

std::vector<int32_t> date_starts(const UnicodeString& u) {
  static const UnicodeString ngay = u16("ngày ");
  std::vector<int32_t> out;
  bool prev_digit = false;
  for (int32_t k = 0, step = 1; k < u.length(); k += step) {
    step = U16_IS_LEAD(u.charAt(k)) && k + 1 < u.length() ? 2 : 1;
    bool digit = is_digit_at(u, k);
    if (digit && !prev_digit) {
      if (k >= ngay.length() &&
          u.caseCompare(k - ngay.length(), ngay.length(), ngay, U_FOLD_CASE_DEFAULT) == 0)
        out.push_back(k - ngay.length());
      out.push_back(k);
    }
    prev_digit = digit;
  }
  return out;
}

namespace {

bool ascii_digit(unsigned char c) {
  return c >= '0' && c <= '9';
}
// The byte at i bounds a run of digits: the text's end, or an ASCII byte that is no digit (a
// byte from 0x80 on may open a digit of another script, which \d takes).
bool bounds_run(std::string_view s, std::size_t i) {
  return i >= s.size() || (static_cast<unsigned char>(s[i]) < 0x80 && !ascii_digit(s[i]));
}
// The ASCII digits from i on.
std::size_t digit_run(std::string_view s, std::size_t i) {
  std::size_t n = 0;
  while (i + n < s.size() && ascii_digit(s[i + n])) ++n;
  return n;
}
// Calls at(i, n) on each run of ASCII digits that starts after a bounding byte (date_rx and
// time_rx open with (?<!\d)), n its length, until at returns true.
template <typename At>
bool any_run(std::string_view s, At at) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!ascii_digit(s[i]) || (i > 0 && !bounds_run(s, i - 1))) continue;
    const std::size_t n = digit_run(s, i);
    if (at(i, n)) return true;
    i += n - 1;
  }
  return false;
}

}  // namespace

bool surely_date(std::string_view s) {
  // date_rx's second way: (\d{1,2})([/.\-])(\d{1,2})\5(\d{4}|\d{2})(?!\d)
  return any_run(s, [&](std::size_t i, std::size_t n) {
    if (n > 2 || i + n >= s.size()) return false;
    const char sep = s[i + n];
    if (sep != '/' && sep != '.' && sep != '-') return false;
    const std::size_t j = i + n + 1, m = digit_run(s, j);
    if (m == 0 || m > 2 || j + m >= s.size() || s[j + m] != sep) return false;
    const std::size_t k = j + m + 1, y = digit_run(s, k);
    return (y == 2 || y == 4) && bounds_run(s, k + y);
  });
}

bool surely_time(std::string_view s) {
  // time_rx: (?:[01]?\d|2[0-3])\s*(?::|h|giờ)\s*[0-5]\d(?!\d), its spaces ASCII ones
  return any_run(s, [&](std::size_t i, std::size_t n) {
    if (n > 2 || (n == 2 && s[i] > '1' && !(s[i] == '2' && s[i + 1] <= '3'))) return false;
    std::size_t j = i + n;
    while (j < s.size() && s[j] == ' ') ++j;
    if (j >= s.size() || (s[j] != ':' && s[j] != 'h' && s[j] != 'H')) return false;
    ++j;
    while (j < s.size() && s[j] == ' ') ++j;
    return digit_run(s, j) == 2 && s[j] <= '5' && bounds_run(s, j + 2);
  });
}

// Whether s may hold a digit (\d, a code point of Unicode's Nd: title_patterns.h
// date_starts), which every date, short date and time needs: an ASCII digit, or a character
// from U+0660 on (the first digit beyond ASCII) but Vietnamese's U+1E00-1EFF (E1 B8..BB) and
// U+2000-3FFF (E2, E3: punctuation, symbols, CJK marks; no Nd among them).
bool may_hold_digit(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned c = p[i];
    if (c - '0' < 10u) return true;
    if (c < 0xD9 || c == 0xE2 || c == 0xE3) continue;  // U+0000-063F, U+2000-3FFF
    if (c == 0xE1 && i + 1 < n && p[i + 1] >= 0xB8 && p[i + 1] <= 0xBB) continue;
    return true;
  }
  return false;
}

std::vector<int32_t> da_starts(const UnicodeString& u) {
  std::vector<int32_t> out;
  for (int32_t k = 0; k < u.length(); ++k) {
    // the letters that fold to "s" or "đ": s S ſ đ Đ (surrogates are none of them)
    // and the letter after them that đã, đang, được and sẽ need
    char16_t c = u.charAt(k), n = k + 1 < u.length() ? u.charAt(k + 1) : u'\0';
    if (((c == u'\u0111' || c == u'\u0110') &&
         (n == u'ã' || n == u'Ã' || n == u'a' || n == u'A' || n == u'ư' || n == u'Ư')) ||
        ((c == u's' || c == u'S' || c == u'\u017F') && (n == u'ẽ' || n == u'Ẽ')))
      out.push_back(k);
  }
  return out;
}

bool only_date_letters(const UnicodeString& u) {
  // the letters of date_rx, time_rx, weekday_rx and date_word_rx, case-folded
  static const std::u32string letters = [] {
    std::u32string out;
    UnicodeString words = u16(
        "ngày tháng năm h giờ thứ hai ba tư năm sáu bảy chủ nhật cn cập nhật đăng lúc gmt am pm "
        "updated posted thời gian xuất bản");
    for (int32_t k = 0; k < words.length(); k = words.moveIndex32(k, 1)) {
      char32_t c = static_cast<char32_t>(u_foldCase(words.char32At(k), U_FOLD_CASE_DEFAULT));
      if (u_isalpha(static_cast<UChar32>(c)) && out.find(c) == std::u32string::npos) out += c;
    }
    return out;
  }();
  for (int32_t k = 0; k < u.length(); k = u.moveIndex32(k, 1)) {
    UChar32 c = u.char32At(k);
    if (u_isalpha(c) && letters.find(static_cast<char32_t>(u_foldCase(c, U_FOLD_CASE_DEFAULT))) ==
                            std::u32string::npos)
      return false;
  }
  return true;
}

}  // namespace tuyentap::title_patterns
