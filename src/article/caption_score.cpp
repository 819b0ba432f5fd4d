// A caption told by a score of its shape and place: see caption_score.h.
#include "article/caption_score.h"

#include <algorithm>
#include <array>
#include <string>

#include "article/address_words.h"
#include "article/byline.h"
#include "article/lower_caption.h"
#include "article/quoted_name.h"
#include "article/scene_caption.h"
#include "article/short_stop.h"
#include "article/text_lines.h"
#include "article/word_lists.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxWords = 50;
constexpr std::size_t kMinWords = 3;
constexpr std::size_t kOpeningBytes = 40;  // the folded opening's room: three or four words

// Who or what a photo shows, opening its caption: a person by rank or title (word_lists.h's
// titles and kMorePeople), a group at the event, the event or its view. Folded (fold_exact),
// each followed by a space in the line. kMorePeople are the caption score's own: as an opening
// only, a kin word (address_words.h kKinForms "Anh", "Chị"; "Các em") names the person shown,
// where scene_caption, which finds titles anywhere in a line, would take any "anh" of the body
// for one (it takes the kin forms only before a capitalised name); so does a teacher's
// title on a school's page ("Thầy …"). The groups: the people at a Party event (its members,
// "đảng viên", the congress's presidium, "Đoàn chủ tịch", the cell itself, "Chi bộ", and the Youth
// Union's, "Chi đoàn"), the organisers who hand the prizes ("Ban tổ chức tặng Cờ lưu niệm cho các
// đội"), each perhaps as a plural ("Các cá nhân", "Các đảng viên"), or all of them
// at once ("Toàn thể thanh niên nghiêm trang thực hiện các nghi lễ": the one paragraph of the
// learning pages opening so is a caption). The ceremony's rite ("Nghi thức chào cờ", "Nghi lễ …")
// is a scene, as "Buổi lễ" is.
// A church's and a pagoda's titles name the person shown as an office's do, on the parishes'
// and pagodas' pages ("Đức Cha Phêrô chủ tế thánh lễ …", "Hòa thượng Thích … trao quà …",
// "Quý cha đồng tế …"): the bishop, the priests, the nuns, the monks and nuns of a pagoda, the
// faithful gathered.
constexpr std::array<std::string_view, 16> kClergy = {
    "đức cha",    "đức giám mục", "đức tổng giám mục",
    "linh mục",   "quý cha",      "các cha",
    "cha sở",     "cha xứ",       "quý sơ",
    "hòa thượng", "thượng tọa",   "đại đức",
    "ni sư",      "chư tôn đức",  "chư tăng",
    "phật tử"};
constexpr auto kMorePeople =
    joined_words(std::array<std::string_view, 6>{"các đồng chí", "thượng tá", "trung tá",
                                                 "thiếu tá", "đại úy", "phó chủ tịch"},
                 kKinForms, std::array<std::string_view, 3>{"các em", "các cháu", "thầy"}, kClergy);
// A delegation of representatives ("Đoàn đại biểu huyện viếng nghĩa trang.") is the group at
// every anniversary's photo, a grassroots Youth Union ("Đoàn cơ sở Viện … thực hiện công trình
// …") at every volunteers' day's ("Đoàn công tác …", a working visit, opens titles: real-eval37/
// mttq-vinhlong-1's title then read as a caption).
// A veterans' or alumni's liaison board ("Ban liên lạc", "BLL tặng hoa mừng thọ …",
// real-eval58/banchiendaub3-1) and the organisers by their initials ("BTC trao giải …") give
// the flowers and the prizes at every reunion's and contest's photo.
constexpr std::array<std::string_view, 27> kGroups = {
    "các đại biểu",  "cá nhân",      "các cá nhân",     "tập thể",    "các tập thể",
    "chiến sĩ",      "các chiến sĩ", "cán bộ",          "các cán bộ", "đoàn viên",
    "hội viên",      "học sinh",     "sinh viên",       "đảng viên",  "các đảng viên",
    "đoàn chủ tịch", "chi bộ",       "toàn thể",        "chi đoàn",   "ban tổ chức",
    "đoàn đại biểu", "đoàn cơ sở",   "đoàn thanh niên", "đoàn tn",    "ban liên lạc",
    "bll",           "btc"};
// The teams, the athletes and the contestants at a sports day's or a contest's photo, shown
// competing ("Các đội thi đấu sôi nổi", real-eval105/lacduong-1); named alone they head a
// part as often ("Các đội tham gia", "Các đội đạt giải", "Vận động viên tiêu biểu": the
// review's), so only with the contest's act in the line.
constexpr std::array<std::string_view, 5> kContestants = {
    "các đội", "vận động viên", "các vận động viên", "thí sinh", "các thí sinh"};
constexpr std::array<std::string_view, 4> kContestActs = {" thi đấu", " tranh tài", " so tài",
                                                          " tranh giải"};
constexpr std::array<std::string_view, 5> kMoreScenes = {"buổi lễ", "văn nghệ", "tiết mục",
                                                         "nghi thức", "nghi lễ"};
constexpr auto kShownOpenings =
    joined_words(kPersonTitles, kMorePeople, kGroups, kEventNames, kViews, kMoreScenes);

// Openings of kShownOpenings that name no one a photo shows: "Bà con trong thôn …" (the
// people), "Ông bà ta …", "Anh chị em …".
constexpr std::array<std::string_view, 5> kNoOneShown = {"bà con", "ông bà", "anh chị", "anh em",
                                                         "chị em"};

// The body's sentences open with the time: "Ngày 3/7, …", "Sáng 12-4, …", "Năm 2019, …".
// (The time words and kShownOpenings share no first word: this keeps a future opening from
// taking a time for a person.)
constexpr auto kTimeOpenings =
    joined_words(kTimeSettingWords, std::array<std::string_view, 3>{"năm", "tháng", "từ ngày"});

// The body's sentences open with the directive they carry out: "Thực hiện công văn số
// 2275/UBND-TNMT …", "Căn cứ Kế hoạch …" (real-eval89/dvcibinhthanh-1, read as a caption
// retelling the title). A photo's act "Thực hiện nghi thức …" names no directive.
constexpr std::array<std::string_view, 17> kDirectiveOpenings = {"thực hiện công văn",
                                                                 "thực hiện kế hoạch",
                                                                 "thực hiện chỉ thị",
                                                                 "thực hiện nghị quyết",
                                                                 "thực hiện quyết định",
                                                                 "thực hiện thông báo",
                                                                 "thực hiện hướng dẫn",
                                                                 "thực hiện văn bản",
                                                                 "thực hiện kết luận",
                                                                 "thực hiện chủ trương",
                                                                 "thực hiện thông tư",
                                                                 "thực hiện nghị định",
                                                                 "thực hiện công điện",
                                                                 "thực hiện ý kiến",
                                                                 "thực hiện sự chỉ đạo",
                                                                 "thực hiện chỉ đạo",
                                                                 "căn cứ"};

// The opening bytes of the line, folded, never a letter cut in two; `Ð` (U+00D0) as `Đ`.
std::string folded_opening(std::string_view line) {
  std::string_view start = line.substr(0, kOpeningBytes);
  if (start.size() < line.size()) {
    while (!start.empty() && (static_cast<unsigned char>(start.back()) & 0xC0) == 0x80)
      start.remove_suffix(1);
    if (!start.empty() && static_cast<unsigned char>(start.back()) >= 0xC0) start.remove_suffix(1);
  }
  std::string s(start);
  if (s.starts_with("\xC3\x90")) s.replace(0, 2, "\xC4\x90");  // Ð → Đ
  return fold_exact(s);
}

// A word after a comma that joins two clauses, as a sentence does ("Ông A 32 tuổi, còn bà B
// 31 tuổi."): a caption's commas set off who someone is, or the event's term.
constexpr std::array<std::string_view, 6> kClauseJoins = {"còn",  "và",  "nhưng",
                                                          "song", "rồi", "đồng thời"};

bool joins_clauses(std::string_view line) {
  for (std::size_t at = line.find(", "); at != std::string_view::npos;
       at = line.find(", ", at + 2)) {
    std::string next = folded_opening(line.substr(at + 2));
    for (std::string_view j : kClauseJoins)
      if (next.starts_with(j) && (next.size() == j.size() || next[j.size()] == ' ')) return true;
  }
  return false;
}

template <std::size_t N>
bool opens_with_any(const std::string& folded, const std::array<std::string_view, N>& openings) {
  for (std::string_view o : openings)
    // a space or a comma after it: "Đoàn viên, hội viên và học sinh tham gia …" opens with
    // the first of the groups it lists
    if (folded.size() > o.size() && folded.starts_with(o) &&
        (folded[o.size()] == ' ' || folded[o.size()] == ','))
      return true;
  return false;
}

// A deputy of any title the photo shows ("Phó Giám đốc Trung tâm … thông qua Quyết định …",
// "Phó Bí thư …", "Phó Hiệu trưởng …"): "phó" before a person's title names a person as the
// title does, so each title need not be listed again with it.
// So does "tổng" before one ("Tổng Bí thư …", "Tổng Giám đốc …"): the head of them all.
bool opens_with_deputy(const std::string& folded) {
  for (std::string_view rank : {std::string_view("phó "), std::string_view("tổng ")})
    if (folded.starts_with(rank) && opens_with_any(folded.substr(rank.size()), kPersonTitles))
      return true;
  return false;
}

// "GS.TS.BS Lê Trung Hải …", "Gs Ts Bs Lê …", "PGS, TS Trần Hà …": academic degrees open the
// line and a capitalised name follows them, a person named as a title names one.
bool opens_with_degreed_name(std::string_view line) {
  constexpr std::size_t kMaxDegreeWords = 4;
  std::size_t degrees = 0;
  while (degrees < kMaxDegreeWords) {
    const std::size_t space = line.find(' ');
    if (space == std::string_view::npos || !is_degree_word(line.substr(0, space))) break;
    line.remove_prefix(space + 1);
    ++degrees;
  }
  return degrees > 0 && starts_with_upper(line) && !is_degree_word(line.substr(0, line.find(' ')));
}

// "Tiến sỹ Phạm Quốc Chính - …", "Nhà báo Bắc Văn, …": a profession's or a degree's title in
// words (address_words.h kProfessionForms), then a capitalised name.
bool opens_with_professional_name(std::string_view line) {
  const std::size_t end = profession_form_end(line);
  return end > 0 && starts_with_upper(line.substr(end));
}

// Never a caption, whatever its cues (caption_score.h).
bool ruled_out(std::string_view line, std::size_t words) {
  if (words < kMinWords || words > kMaxWords || !starts_with_upper(line) || is_all_caps(line) ||
      opens_with_part_number(line))  // "II. Phát biểu …": a part's heading, not a photo's
    return true;
  if (line.find_first_of("?!:;") != std::string_view::npos || line.find("…") != line.npos ||
      line.ends_with("..") || stops_a_sentence_inside(line))
    return true;
  if (!line.ends_with('.') && ends_with_sentence_punct(line)) return true;
  // a movement's or a prize's name in quotes ("vì an ninh Tổ quốc") may hold a reasoning word
  // that the caption does not say (quotes_as_names). After a person's title opening it,
  // "đang" says what goes on in the photo ("… tặng quà cho bệnh nhân đang điều trị tại Bệnh
  // viện …", real-eval97/benhvienphoibinhthuan-1); "đã" tells a past act, as the text does.
  const std::string words_said = quotes_anything(line) ? quotes_as_names(line) : std::string(line);
  // (the person's title asked only of a line that holds such a word: most lines hold none)
  return joins_clauses(line) ||
         (has_reasoning_words(words_said) &&
          (!opens_with_person_title(line) || has_reasoning_words_but_progressive(words_said)));
}

// is_caption_shaped with the line's opening folded already (folded_opening) or, when it is
// nullptr, folded once the line's shape has passed.
bool caption_shaped(std::string_view line, const std::string* opening) {
  // a paragraph's words counted no further than ruled_out's bound: past it, any count rules out
  const std::size_t words = at_most_words(line, kMaxWords) ? word_count(line) : kMaxWords + 1;
  if (ruled_out(line, words)) return false;
  std::string own;  // folded here only when the caller has not folded the opening
  const std::string& folded = opening ? *opening : (own = folded_opening(line));
  return !opens_with_any(folded, kTimeOpenings) && !opens_with_any(folded, kDirectiveOpenings);
}

}  // namespace

bool opens_with_directive(std::string_view line) {
  return opens_with_any(folded_opening(line), kDirectiveOpenings);
}

bool is_caption_shaped(std::string_view line) {
  return caption_shaped(line, nullptr);
}

bool tells_its_hour(std::string_view line) {
  const std::string folded = fold_exact(line);
  for (std::string_view held :
       {" diễn ra lúc ", " diễn ra vào lúc ", " bắt đầu lúc ", " bắt đầu vào lúc ",
        " khai mạc lúc ", " khai mạc vào lúc ", " tổ chức lúc ", " tổ chức vào lúc "})
    for (std::size_t at = folded.find(held); at != std::string::npos;
         at = folded.find(held, at + 1)) {
      const std::size_t next = at + held.size();
      if (next < folded.size() && is_ascii_digit(folded[next])) return true;
    }
  return false;
}

bool opens_with_time(std::string_view line) {
  return opens_with_any(folded_opening(line), kTimeOpenings);
}

namespace {

// "Các đội thi đấu sôi nổi": contestants opening the line (kContestants) and their contest's
// act in it (kContestActs).
bool shows_contestants(std::string_view line, const std::string& opening) {
  if (!opens_with_any(opening, kContestants)) return false;
  const std::string folded = fold_exact(line);
  return std::any_of(kContestActs.begin(), kContestActs.end(),
                     [&](std::string_view act) { return folded.find(act) != std::string::npos; });
}

}  // namespace

bool shows_who_or_what(std::string_view line) {
  // who or what the opening names first: most lines name no one there, and are let go unsplit
  std::string opening = folded_opening(line);
  return (opens_with_any(opening, kShownOpenings) || opens_with_deputy(opening) ||
          opens_with_degreed_name(line) || opens_with_professional_name(line) ||
          shows_contestants(line, opening)) &&
         !opens_with_any(opening, kNoOneShown) && caption_shaped(line, &opening);
}

bool opens_with_event(std::string_view line) {
  return opens_with_any(folded_opening(line), kEvents);
}

int caption_score(std::string_view line, std::string_view before, std::string_view after) {
  // Asked of every paragraph: a long one (shows_who_or_what's bound) is let go before any
  // word of it or of the text after it is counted to its end.
  if (!at_most_words(line, kMaxWords) || after.empty() || !is_body_text(after)) return 0;
  // a caption typed in lower case, standing alone under a sentence's stop (lower_caption.h),
  // reads as with its capital (once: a lower-case letter with no capital stays as it is, and
  // asking again of the same line would never end; closing_caption.cpp)
  std::string capital;
  if (stands_alone_in_lower_case(line, before)) line = capital = capitalised_alone(line, before);
  if (!shows_who_or_what(line)) return 0;
  const std::size_t words = word_count(line);
  std::string opening = folded_opening(line);
  const bool act = shows_photo_act(line);
  // no stop, or one that says nothing where the line stands (short_stop.h)
  const bool no_stop =
      (!ends_with_sentence_punct(line) || stop_says_nothing(line, before, after)) &&
      ends_with_sentence_punct(after);
  // A short line opening with a person or a group is as often the body's ("Lãnh đạo xã luôn
  // sâu sát với cơ sở."): a caption's own cue, an act before a camera or the missing stop,
  // is needed besides its length.
  if (!act && !no_stop) return 0;
  // The event's name opening the line ("Đại hội Đảng bộ các cấp nhiệm kỳ …") may head a part,
  // so, as scene_caption.h reads it, it takes a stop or an act to be a caption.
  if (opens_with_any(opening, kEvents) && !act && !line.ends_with('.')) return 0;
  int score = 2 + act + no_stop;
  // 2 * words <= word_count(x), counted no further than 2 * words (words >= kMinWords here)
  if (!at_most_words(after, 2 * words - 1)) score += 1;
  if (!before.empty() && !at_most_words(before, 2 * words - 1)) score += 1;
  return score;
}

}  // namespace tuyentap
