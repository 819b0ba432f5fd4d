// Captions that describe a photo's scene: see scene_caption.h.
#include "article/scene_caption.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "article/address_words.h"
#include "article/bare_caption.h"
#include "article/byline.h"
#include "article/quoted_name.h"
#include "article/text_lines.h"
#include "article/word_lists.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxSceneWords = 30;
constexpr std::size_t kMaxPhraseWords = 12;

struct Word {
  std::string_view text;  // as printed, without the punctuation around it
  std::string key;        // fold_exact: lower case, diacritics kept
};

// The line's words with their keys. The line is folded once; its words match the line's
// one for one (both are split at single spaces, and folding keeps them), else each word is
// folded alone.
std::vector<Word> words_of(std::string_view line) {
  std::vector<std::string_view> printed = spaced_words(line);
  std::string folded = fold_exact(line);
  std::vector<std::string_view> keys = spaced_words(folded);
  std::vector<Word> words;
  for (std::size_t i = 0; i < printed.size(); ++i) {
    std::string_view w = without_marks(printed[i]);
    if (!has_letter_or_digit(w)) continue;
    words.push_back(Word{
        w, keys.size() == printed.size() ? std::string(without_marks(keys[i])) : fold_exact(w)});
  }
  return words;
}

// Where the phrase (words separated by one space, as fold_exact keys) starts in words, from
// `from` on; words.size() when it does not occur.
std::size_t find_phrase(const std::vector<Word>& words, std::string_view phrase,
                        std::size_t from = 0) {
  for (std::size_t i = from; i < words.size(); ++i) {
    std::size_t j = i;
    std::string_view rest = phrase;
    while (j < words.size()) {
      std::size_t space = rest.find(' ');
      std::string_view part = rest.substr(0, space);
      if (words[j].key != part) break;
      ++j;
      if (space == std::string_view::npos) return i;
      rest.remove_prefix(space + 1);
    }
  }
  return words.size();
}

template <std::size_t N>
bool has_any(const std::vector<Word>& words, const std::array<std::string_view, N>& phrases) {
  for (std::string_view p : phrases)
    if (find_phrase(words, p) < words.size()) return true;
  return false;
}

template <std::size_t N>
bool opens_with(const std::vector<Word>& words, const std::array<std::string_view, N>& phrases) {
  for (std::string_view p : phrases)
    if (find_phrase(words, p) == 0) return true;
  return false;
}

// The body's reasoning and telling: tense, purpose, cause, condition, report, obligation.
constexpr std::array<std::string_view, 22> kProseWords = {
    "là",  "đã",  "sẽ",  "đang", "nhằm",  "nhưng", "vì",   "nếu", "cho biết", "theo", "tuy",
    "bởi", "nên", "cần", "phải", "không", "chưa",  "rằng", "thì", "để",       "mà",   "hãy"};

}  // namespace

bool is_reasoning_word(std::string_view key) {
  for (std::string_view w : kProseWords)
    if (w == key) return true;
  return false;
}

namespace {

// Which tense words a caption's clause may hold (has_prose_words).
enum class TenseAllowed { None, Progressive, Both };

// One of kProseWords, printed in lower case or opening the line: a capital inside the line
// opens a name ("Cần Thơ", "Cần Giờ": no "cần" of the text's). The tense words aside as
// `allowed` says.
bool has_prose_words(const std::vector<Word>& words, TenseAllowed allowed = TenseAllowed::None) {
  for (std::string_view p : kProseWords)
    for (std::size_t at = ((allowed == TenseAllowed::Both && (p == "đã" || p == "đang")) ||
                           (allowed == TenseAllowed::Progressive && p == "đang"))
                              ? words.size()
                              : find_phrase(words, p);
         at < words.size(); at = find_phrase(words, p, at + 1))
      if (at == 0 || !starts_with_upper(words[at].text)) return true;
  return false;
}

}  // namespace

bool has_reasoning_words(std::string_view line) {
  return has_prose_words(words_of(line));
}

bool has_reasoning_words_but_tense(std::string_view line) {
  return has_prose_words(words_of(line), TenseAllowed::Both);
}

bool has_reasoning_words_but_progressive(std::string_view line) {
  return has_prose_words(words_of(line), TenseAllowed::Progressive);
}

namespace {

// Acts done in front of a camera; saluting the flag ("chào cờ") opens every ceremony. At a
// meeting: speaking, answering the floor ("giải đáp"),
// and presenting or announcing a paper ("Đồng chí X trình bày tờ trình tại hội nghị", "… công
// bố quyết định"); signing a pledge or a pact at a ceremony ("ký cam kết", "ký giao ước thi
// đua", "ký thỏa thuận", as "ký kết") or a memorandum ("… ký Biên bản ghi nhớ hợp tác",
// real-eval85/haiduonghoc-1's closing photo); at a study conference, the speaker conveying a
// resolution ("Đồng chí X truyền đạt nội dung Nghị quyết"); handing over at a ceremony what was
// given or built ("Bàn giao nhà đại đoàn kết cho …", "… bàn giao bảng tuyên truyền cho …"), as
// "trao" hands over a gift.
// Laying flowers at a memorial ("Đoàn dâng hoa tưởng niệm Chủ tịch Hồ Chí Minh"), as offering
// incense ("dâng hương") is, the delegation's photo at every anniversary; so is paying tribute
// at a cemetery ("Đoàn đại biểu huyện viếng nghĩa trang.").
// Attending a meeting ("Các đại biểu dự hội nghị tại xã …"): "dự" with what is attended, as the
// word alone also opens nouns (dự án, dự thảo, dự kiến).
// The souvenir photo itself named ("Ảnh lưu niệm", "Hình lưu niệm tại buổi lễ"): what the
// photo is, as "chụp ảnh lưu niệm" says what the people in it do.
// A youth union's volunteer work, the photo of every such day: clearing brush ("ĐVTN phát quang
// bụi rậm", real-eval95/tinhdoanquangnam-1). Not planting trees nor cleaning up ("trồng cây",
// "dọn vệ sinh"): a text's short sentences tell those as often ("Đoàn viên thanh niên xã Phong
// Lạc trồng cây dọc tuyến sông.", tests/article/parallel_captions_test.cpp).
constexpr std::array<std::string_view, 48> kPhotoActs = {
    "trao",          "tặng",         "phát biểu",     "chụp ảnh",   "tham dự",     "dự lễ",
    "thăm",          "kết nạp",      "trưng bày",     "khai mạc",   "chủ trì",     "cắt băng",
    "bấm nút",       "trò chuyện",   "gắn",           "chúc mừng",  "biểu diễn",   "tham quan",
    "kiểm tra",      "động viên",    "ký kết",        "bỏ phiếu",   "dâng hương",  "tuyên thệ",
    "phát động",     "thăm hỏi",     "chứng kiến",    "trình bày",  "công bố",     "dự hội nghị",
    "dự đại hội",    "dự buổi",      "dự hội thảo",   "biểu quyết", "ký cam kết",  "ký giao ước",
    "ký thỏa thuận", "giải đáp",     "chào cờ",       "truyền đạt", "bàn giao",    "chụp hình",
    "dâng hoa",      "ảnh lưu niệm", "hình lưu niệm", "viếng",      "ký biên bản", "phát quang"};

// A person's title or a role in a scene (word_lists.h), with the state's and the army's
// offices a scene's caption names inside the line.
constexpr auto kSceneTitles = joined_words(
    kPersonTitles, std::array<std::string_view, 6>{"ủy viên", "thủ tướng", "bộ trưởng",
                                                   "trưởng ban", "thứ trưởng", "chỉ huy"});

// Where a scene takes place: a place noun before a name ("xã Đồng Tân"), or "tại".
constexpr std::array<std::string_view, 14> kPlaceNouns = {
    "xã",     "thôn", "phường", "huyện", "quận",    "tỉnh",      "thị trấn",
    "thị xã", "bản",  "ấp",     "xóm",   "khu phố", "thành phố", "làng"};

// What only a photo shows, named alone with no stop: a view, the delegates, a performance
// ("Tiết mục múa chào mừng Đại hội", "Một tiết mục tại Hội thi": real-eval84/bantinyenbai-1).
// An event's name alone ("Hội nghị …") may head a part, so
// it takes a stop (kSceneOpenings). kEvents (word_lists.h): the event such a view or
// performance is of ("Quang cảnh hội nghị", "Tiết mục văn nghệ tại Đại hội"): a subheading
// with the same opening names none ("Toàn cảnh bức tranh kinh tế …", "Các tiết mục văn nghệ
// đặc sắc").
constexpr auto kPhotoOnlyOpenings = joined_words(
    kViews,
    std::array<std::string_view, 4>{"các đại biểu", "tiết mục", "các tiết mục", "một tiết mục"});

// What a photo shows when it is named alone: an event or a view.
constexpr auto kSceneOpenings = joined_words(
    kEventNames, kViews,
    std::array<std::string_view, 4>{"hội thảo", "tọa đàm", "các đại biểu", "đại biểu"});

}  // namespace

bool opens_with_place(std::string_view text) {
  for (std::string_view noun : kPlaceNouns) {
    if (text.size() <= noun.size() + 1 || fold_exact(text.substr(0, noun.size())) != noun ||
        text[noun.size()] != ' ')
      continue;
    if (starts_with_upper(text.substr(noun.size() + 1))) return true;
  }
  return false;
}

namespace {

// A word that makes the act after it a thing: "bài phát biểu" (a speech), "việc trao"; or a
// body named by what it does: "Ban Kiểm tra", "Ủy ban kiểm tra Đảng ủy …" (a board: a desk's
// signature names one, no act).
bool is_noun_maker(std::string_view key) {
  return key == "bài" || key == "việc" || key == "cuộc" || key == "lời" || key == "sự" ||
         key == "ban";
}

// What a speaker sums up before a camera: the contest or the meeting itself ("tổng kết hội
// thi", "tổng kết cuộc thi", "tổng kết hội nghị").
constexpr std::array<std::string_view, 11> kSummedUpEvents = {
    "hội thi", "cuộc thi", "hội thao",     "hội diễn", "giải", "hội nghị",
    "đại hội", "buổi",     "chương trình", "lớp",      "khóa"};
// The words before "tổng kết" that make it an event's or a report's name: "Lễ tổng kết", "Hội
// nghị tổng kết", "buổi tổng kết", "công tác tổng kết", "báo cáo tổng kết", "đợt/sơ tổng kết".
constexpr std::array<std::string_view, 7> kSummedUpBy = {"lễ",  "nghị", "buổi", "tác",
                                                         "cáo", "đợt",  "sơ"};

// Where the first photo act starts; words.size() when none ("trao đổi" is a talk, no act).
std::size_t first_act(const std::vector<Word>& words) {
  std::size_t first = words.size();
  for (std::string_view act : kPhotoActs)
    for (std::size_t at = find_phrase(words, act); at < words.size();
         at = find_phrase(words, act, at + 1)) {
      if (act == "trao" && at + 1 < words.size() && words[at + 1].key == "đổi") continue;
      if (at > 0 && is_noun_maker(words[at - 1].key)) continue;  // "bài phát biểu": a speech
      if (at < first) first = at;
      break;
    }
  // "Đồng chí X - Trưởng phòng … tổng kết hội thi.": summing up the contest or the meeting
  // the photo is of, done by the person the line opens with (real-eval83/thcsphuocloc-1): an
  // event follows the verb; "Ông Ba tổng kết lại kinh nghiệm …", "… tổng kết những kết quả …"
  // tell what someone concluded. After an event's noun it names the event ("Lễ tổng kết năm
  // học", "Hội nghị tổng kết", a part's heading), no act.
  if (opens_with(words, kSceneTitles))
    if (std::size_t at = find_phrase(words, "tổng kết");
        at < first && at > 0 && at + 2 < words.size() && !is_noun_maker(words[at - 1].key) &&
        std::find(kSummedUpBy.begin(), kSummedUpBy.end(), words[at - 1].key) == kSummedUpBy.end() &&
        std::any_of(kSummedUpEvents.begin(), kSummedUpEvents.end(),
                    [&](std::string_view e) { return find_phrase(words, e, at + 2) == at + 2; }))
      first = at;
  return first;
}

// Each comma only sets off who someone is or where a place is: a position after a name
// ("Đồng chí X, Chánh Văn phòng Đảng ủy phát biểu …") or a place after a site ("… Đền Đồng
// Cổ, xã Quý Lộc."), as a caption names them. Any other comma joins clauses: a sentence.
bool commas_set_off_names(std::string_view line) {
  for (std::size_t at = line.find(", "); at != std::string_view::npos;
       at = line.find(", ", at + 2)) {
    std::string_view rest = line.substr(at + 2);
    if (!opens_with_position(rest) && !opens_with_place(rest)) return false;
  }
  return true;
}

// "Đại diện Chi đoàn thôn, Hội Cựu chiến binh xã trao quà cho …": the line opens with a
// person's title and every comma stands before the act, listing who does it, the last of them
// joined to the act with no comma. A sentence's comma opens no title ("Tại buổi lễ, …"),
// follows the act ("…, góp phần …") or closes an aside before it ("Ông X, Bí thư …, trao …").
bool lists_actors(std::string_view line, const std::vector<Word>& words, std::size_t act) {
  if (act == 0 || act >= words.size() || !opens_with(words, kSceneTitles)) return false;
  std::size_t act_at = static_cast<std::size_t>(words[act].text.data() - line.data());
  std::size_t last_comma = line.rfind(',');
  std::string_view before_act = line.substr(0, act_at);
  while (before_act.ends_with(' ')) before_act.remove_suffix(1);
  if (last_comma >= act_at || before_act.ends_with(',')) return false;
  // Each listed actor is a named body ("Hội Cựu chiến binh xã", "trường THCS Yên Trấn"): a
  // sentence lists common nouns ("Đại diện Mặt trận, các hội, đoàn thể xã trao …").
  bool first = true;
  for (std::string_view rest = before_act; !rest.empty();) {
    std::size_t comma = rest.find(',');
    std::string_view actor = rest.substr(0, comma);
    bool named = false;
    for (std::string_view w : spaced_words(actor)) {
      if (first) {  // the title opening the line ("Đại diện") names no one
        first = false;
        continue;
      }
      named = named || starts_with_upper(w);
    }
    if (!named) return false;
    if (comma == std::string_view::npos) break;
    rest.remove_prefix(comma + 1);
  }
  return true;
}

bool names_a_place(const std::vector<Word>& words) {
  if (find_phrase(words, "tại") < words.size()) return true;
  for (std::string_view noun : kPlaceNouns) {
    std::size_t nouns = std::count(noun.begin(), noun.end(), ' ') + 1;
    for (std::size_t at = find_phrase(words, noun); at < words.size();
         at = find_phrase(words, noun, at + 1))
      if (at + nouns < words.size() && starts_with_upper(words[at + nouns].text)) return true;
  }
  return false;
}

// One clause: no ? ! : ; … anywhere, no sentence stop inside, no ".." at the end.
bool one_clause(std::string_view line) {
  return line.find_first_of("?!:;") == std::string_view::npos && line.find("…") == line.npos &&
         !stops_a_sentence_inside(line) && !line.ends_with("..");
}

}  // namespace

std::string without_cell_bar(std::string_view line) {
  if (line.ends_with(" |")) line.remove_suffix(2);
  return std::string(line);
}

bool names_scene_words(std::string_view line) {
  std::vector<Word> words = words_of(line);
  return first_act(words) < words.size() || has_any(words, kSceneTitles) ||
         has_any(words, kEvents) || opens_with(words, kPhotoOnlyOpenings) || names_a_place(words);
}

bool names_event_or_act(std::string_view line) {
  std::vector<Word> words = words_of(line);
  return first_act(words) < words.size() || has_any(words, kEvents) ||
         opens_with(words, kPhotoOnlyOpenings);
}

bool opens_with_person_title(std::string_view text) {
  return opens_with(words_of(text), kSceneTitles);
}

bool names_titled_person(std::string_view line) {
  // the forms of address one person is named with (address_words.h), the kin forms too, as
  // a capitalised name must follow: an office's title may name a leader of old or of another
  // time ("đạo đức Chủ tịch Hồ Chí Minh", a part's heading)
  static constexpr auto kAddress = joined_words(kFormsOfAddress, kKinForms);
  const std::vector<Word> words = words_of(line);
  for (std::string_view title : kAddress) {
    const std::size_t span =
        static_cast<std::size_t>(std::count(title.begin(), title.end(), ' ')) + 1;
    for (std::size_t at = find_phrase(words, title); at < words.size();
         at = find_phrase(words, title, at + 1))
      if (at + span < words.size() && starts_with_upper(words[at + span].text)) return true;
  }
  return false;
}

namespace {

// "Đại hội … lần thứ XVI, nhiệm kỳ 2019 - 2024." → "Đại hội … lần thứ XVI.": an event's name
// with its term set off by a comma, the term (digits and dashes) and the comma left out, so
// that the event's name reads as the short phrase it is; nothing for any other line (no copy).
std::optional<std::string> without_event_term(std::string_view line) {
  std::size_t comma = line.rfind(", ");
  if (comma == std::string_view::npos || !line.ends_with('.')) return std::nullopt;
  std::string_view term = line.substr(comma + 2);
  constexpr std::string_view kTerm = "nhiệm kỳ ";
  if (term.size() <= kTerm.size() || fold_exact(term.substr(0, kTerm.size() - 1)) != "nhiệm kỳ" ||
      term[kTerm.size() - 1] != ' ')
    return std::nullopt;
  std::string_view years = term.substr(kTerm.size());
  if (years.find_first_not_of("0123456789-–/ .") != std::string_view::npos ||
      years.find_first_of("0123456789") == std::string_view::npos)
    return std::nullopt;
  return std::string(line.substr(0, comma)) + ".";
}

}  // namespace

bool describes_photo_scene(std::string_view printed, bool photo_stood) {
  // what the line quotes is a name, one word of it (quotes_as_names)
  // (most lines quote nothing: read them as they are, no copy)
  const bool quotes = quotes_anything(printed);
  const std::string named = quotes ? quotes_as_names(printed) : std::string();
  const std::string_view original = quotes ? std::string_view(named) : printed;
  // the term left out only where a photo stood: a body sentence names the event so too
  const std::optional<std::string> shortened =
      photo_stood ? without_event_term(original) : std::nullopt;
  std::string_view line = shortened ? std::string_view(*shortened) : original;
  if (line.ends_with(" |")) line.remove_suffix(2);
  if (!at_most_words(line, kMaxSceneWords) || !starts_with_upper(line) || is_all_caps(line) ||
      opens_with_part_number(line) ||  // "II. Phát biểu …": a part's heading
      !one_clause(line))
    return false;
  bool stop = line.ends_with('.');
  if (!stop && ends_with_sentence_punct(line)) return false;
  bool comma = line.find(',') != std::string_view::npos;
  std::vector<Word> words = words_of(line);
  if (words.size() < 3 || has_prose_words(words)) return false;
  std::size_t act = first_act(words);
  if (stop && !comma && words.size() <= kMaxPhraseWords &&
      (act < words.size() || opens_with(words, kSceneOpenings)))
    return true;
  // a view, the delegates or a performance, naming what they are of: a long one too ("Quang
  // cảnh Hội nghị đối thoại với đại biểu Nhân dân năm 2024 tại phường Tràng Minh",
  // real-eval29/danvanhaiphong-1), to a scene's bound; the phrase's bound for the others
  const bool view = opens_with(words, kViews);
  if (!comma && (view || words.size() <= kMaxPhraseWords) &&
      opens_with(words, kPhotoOnlyOpenings) &&
      (act < words.size() || has_any(words, kEvents) || names_a_place(words)))
    return true;
  if (act == words.size()) return false;
  if (stop && comma && !commas_set_off_names(line) && !lists_actors(line, words, act))
    return false;  // a sentence with commas
  if (act == 0) return names_a_place(words);
  return has_any(words, kSceneTitles) || names_a_place(words);
}

bool labels_photo_scene(std::string_view p) {
  constexpr std::string_view kLabel = "Hình ảnh ";
  constexpr std::size_t kMaxWords = 40;  // syllables: the label on a scene with its place
  if (!p.starts_with(kLabel) || !at_most_words(p, kMaxWords) || ends_with_sentence_punct(p) ||
      p.find_first_of(".!?;:\"") != std::string_view::npos ||
      p.find("“") != std::string_view::npos || has_reasoning_words(p))
    return false;
  const std::string_view rest = p.substr(kLabel.size());
  return starts_with_lower(rest) &&
         (rest.find(" tham gia ") != std::string_view::npos || names_event_or_act(rest));
}

bool shows_photo_act(std::string_view line) {
  std::vector<Word> words = words_of(line);
  return first_act(words) < words.size();
}

}  // namespace tuyentap
