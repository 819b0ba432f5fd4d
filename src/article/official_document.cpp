// An official document's frame: see official_document.h.
#include "article/official_document.h"

#include <algorithm>
#include <array>
#include <utility>

#include "article/byline.h"
#include "article/family_names.h"
#include "article/signature_block.h"
#include "base/ascii.h"
#include "text/date_line.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kHeadParagraphs = 10;  // the letterhead and the kind stand this high
constexpr std::size_t kMaxSubjectLines = 3;
constexpr std::size_t kMaxSalutationWords = 12;
// the signature without a recipients' list: its roles and the name, the text's last lines
constexpr std::size_t kMaxSignatureLines = 6;
constexpr std::size_t kMaxNameWords = 6;

// the kinds of documents the rules name (folded), and those the Party's and the unions' pages
// post most: invitations, open letters, calls
constexpr std::array<std::string_view, 26> kKinds = {
    "thong bao",      "nghi quyet",   "quyet dinh", "ke hoach",     "bao cao",  "chi thi",
    "huong dan",      "cong van",     "to trinh",   "giay moi",     "thu moi",  "thu ngo",
    "loi keu goi",    "quy che",      "quy dinh",   "chuong trinh", "ket luan", "bien ban",
    "thu chuc mung",  "thu khen",     "thong cao",  "dieu le",      "de an",    "cong dien",
    "giay trieu tap", "lich cong tac"};

// Titles a clergy's name opens with, its second word in lower case ("Hòa thượng Thích …").
constexpr std::array<std::string_view, 9> kClergyTitles = {"hòa thượng", "thượng tọa", "đại đức",
                                                           "ni sư",      "ni trưởng",  "sư cô",
                                                           "linh mục",   "đức cha",    "giám mục"};

bool holds_motto(std::string_view line) {
  // a letterhead's line is short and names the country or its happiness: most paragraphs are
  // let go before they are folded
  constexpr std::size_t kMaxMottoBytes = 200;
  if (line.size() > kMaxMottoBytes ||
      (line.find("NAM") == std::string_view::npos && line.find("Nam") == std::string_view::npos &&
       line.find("húc") == std::string_view::npos && line.find("HÚC") == std::string_view::npos))
    return false;
  const std::string key = fold_for_match(line);
  return key.find("cong hoa xa hoi chu nghia viet nam") != std::string::npos ||
         key.find("dang cong san viet nam") != std::string::npos ||
         (key.find("doc lap") != std::string::npos && key.find("tu do") != std::string::npos &&
          key.find("hanh phuc") != std::string::npos);
}

// The line's opening, folded, is `folded_head`: a few bytes of it are folded (a letter with its
// marks is at most four), cut on a character's boundary.
bool opens_with(std::string_view line, std::string_view folded_head) {
  std::size_t n = std::min(line.size(), 4 * folded_head.size());
  while (n < line.size() && (static_cast<unsigned char>(line[n]) & 0xC0) == 0x80) --n;
  return fold_for_match(line.substr(0, n)).starts_with(folded_head);
}

bool opens_with_dash(std::string_view line) {
  return line.starts_with('-') || line.starts_with('+') || line.starts_with("–") ||
         line.starts_with("—") || line.starts_with("•");
}

// A line of the subject under the kind: "Về việc …", "V/v …", a line in lower case going on
// with it ("và Khóa tập huấn …"), or the issuer's words in capitals ("CỦA BAN CHẤP HÀNH …").
bool continues_subject(std::string_view line) {
  if (opens_with(line, "kinh gui") || opens_with(line, "kinh thua") || opens_with(line, "can cu"))
    return false;
  return opens_with(line, "ve ") || opens_with(line, "v/v") || starts_with_lower(line) ||
         (is_all_caps(line) && !holds_motto(line));
}

// The person's name that ends `line`, or "": capitalised words (no abbreviation in capitals:
// "BTG", "UBND"), at least two, a family name or a clergy's title opening them.
std::string_view name_ending(std::string_view line) {
  // a table cell's bar or a frame's marks after the name are the layout's ("… Minh Thiện |")
  while (!line.empty() && (line.back() == '|' || line.back() == '=' || line.back() == ' '))
    line.remove_suffix(1);
  const std::vector<std::string_view> w = spaced_words(line);
  std::size_t from = w.size();
  while (from > 0 && w.size() - from < kMaxNameWords) {
    std::string_view word = w[from - 1];
    if (starts_with_upper(word) && !is_all_caps(word)) {
      --from;
      continue;
    }
    // "thượng" of "Hòa thượng": the title's second word, in lower case
    if (from >= 2 && starts_with_upper(w[from - 2])) {
      const std::string title = fold_exact(std::string(w[from - 2]) + " " + std::string(word));
      if (std::find(kClergyTitles.begin(), kClergyTitles.end(), title) != kClergyTitles.end()) {
        from -= 2;
        break;
      }
    }
    break;
  }
  if (w.size() - from < 2) return {};
  const std::string opening = fold_exact(std::string(w[from]) + " " + std::string(w[from + 1]));
  // "Lm. Phaolô Phạm Thanh Thảo": a priest's title abbreviated, his saint's name after it
  const bool clergy =
      std::find(kClergyTitles.begin(), kClergyTitles.end(), opening) != kClergyTitles.end() ||
      fold_exact(w[from]) == "lm.";
  if (!clergy && !is_family_name(w[from])) return {};
  const std::size_t begin = static_cast<std::size_t>(w[from].data() - line.data());
  return line.substr(begin);
}

// Where the recipients' list and the signature begin: "Nơi nhận", or the signature's role
// among the text's last lines ("TM. BAN CHẤP HÀNH", "T/M CHI BỘ", "KT. GIÁM ĐỐC", "(Đã ký)").
std::size_t frame_end_begin(const std::vector<Paragraph>& paras, std::size_t from) {
  for (std::size_t i = from; i < paras.size(); ++i)
    if (opens_with(paras[i].text, "noi nhan")) return i;
  const std::size_t tail = paras.size() - std::min(paras.size() - from, kMaxSignatureLines);
  for (std::size_t i = tail; i < paras.size(); ++i) {
    const std::string_view p = paras[i].text;
    if (opens_with(p, "tm.") || opens_with(p, "t/m") || opens_with(p, "kt.") ||
        opens_with(p, "tl.") || opens_with(p, "(da ky") || opens_with(p, "da ky"))
      return i;
  }
  return paras.size();
}

// "(Số 01/T03.2023)", "Số: 12/TB-UBND": the document's number on its own line under its kind.
bool is_number_line(std::string_view line) {
  constexpr std::size_t kMaxNumberWords = 4;
  line = trim_spaces(line);
  if (line.starts_with('(') && line.ends_with(')')) line = line.substr(1, line.size() - 2);
  return at_most_words(line, kMaxNumberWords) &&
         (opens_with(line, "so ") || opens_with(line, "so:")) &&
         line.find_first_of("0123456789") != std::string_view::npos;
}

// "Đã ký", "(Đã ký)", "(đã ký)", "Ký tên": the mark a document posted as a text sets where the
// signature stood.
bool is_signed_mark(std::string_view line) {
  constexpr std::size_t kMaxMarkBytes = 16;  // "(Đã ký.)" is 12: most lines are let go unfolded
  line = trim_spaces(line);
  if (line.size() > kMaxMarkBytes) return false;
  if (line.size() >= 2 && line.front() == '(' && line.back() == ')')
    line = line.substr(1, line.size() - 2);
  if (line.ends_with('.')) line.remove_suffix(1);
  const std::string folded = fold_for_match(trim_spaces(line));
  return folded == "da ky" || folded == "ky ten";
}

// The kind's bytes opening a line of no letterhead: the kind alone, or its number joined to it
// on the line ("THÔNG BÁO (Số 01/T03.2023)"); 0 for any other line.
std::size_t kind_size(std::string_view line) {
  if (names_document_kind(line)) return line.size();
  const std::size_t open = line.find(" (");
  if (open != std::string_view::npos && names_document_kind(line.substr(0, open)) &&
      is_number_line(line.substr(open + 1)))
    return open;
  return 0;
}

// The subject retells the title: a run of four words of it (folded) stands in the title
// ("V/v tạm dừng đón khách tham quan Bạch Mã" under "… thông báo về việc tạm dừng đón khách
// tham quan để duy tu …").
bool retells(std::string_view subject, std::string_view title) {
  constexpr std::size_t kRunWords = 4;
  // a title and a subject are lines of a few dozen words: the runs are looked for in bounded
  // lines only, so that a hostile pair of long lines costs no product of their lengths
  constexpr std::size_t kMaxTitleBytes = 600, kMaxSubjectWords = 40;
  if (title.size() > kMaxTitleBytes) return false;
  const std::string folded_title = " " + fold_for_match(title) + " ";
  const std::vector<std::string_view> words = spaced_words(subject);
  for (std::size_t i = 0; i + kRunWords <= std::min(words.size(), kMaxSubjectWords); ++i) {
    std::string run;
    for (std::size_t k = i; k < i + kRunWords; ++k) run += std::string(words[k]) + " ";
    if (folded_title.find(" " + fold_for_match(run) + " ") != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::string place_and_day(std::string_view line) {
  constexpr std::size_t kMaxPlaceWords = 12;
  constexpr std::size_t kMaxPlaceNameWords = 4;
  line = trim_spaces(line);
  const std::size_t comma = line.find(", ");
  if (comma == std::string_view::npos || !at_most_words(line, kMaxPlaceWords) ||
      line.find(':') != std::string_view::npos)
    return {};
  // the place: a name of a few capitalised words ("Đà Nẵng", "TP. Hồ Chí Minh"), no label
  const std::string_view place = line.substr(0, comma);
  if (!at_most_words(place, kMaxPlaceNameWords)) return {};
  for (std::string_view w : spaced_words(place))
    if (!starts_with_upper(w)) return {};
  std::string_view day = trim_spaces(line.substr(comma + 1));
  if (!day.starts_with("ngày ") || !parse_date_line(day)) return {};
  return std::string(day);
}

std::optional<DocumentFrame> read_closing_signature(std::vector<Paragraph>& paras) {
  constexpr std::size_t kMaxRoleLines = 2, kMaxRoleWords = 8, kMinTextParagraphs = 2;
  if (paras.size() < kMinTextParagraphs + 3) return std::nullopt;
  // the signer's name alone, last, with the mark right over it, or with none: then the role
  // must name a signer's post ("GIÁM ĐỐC" / "Lê Đức Nhân", real-eval75/dananghospital-1)
  const std::size_t name_at = paras.size() - 1;
  const bool marked = is_signed_mark(paras[name_at - 1].text);
  const std::size_t mark = marked ? name_at - 1 : name_at;
  const std::string_view last = trim_spaces(paras[name_at].text);
  const std::string_view name = name_ending(last);
  if (name.empty() || name.size() != last.size()) return std::nullopt;
  // the signer's role over the mark, in capitals ("GIÁM ĐỐC", "KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC")
  std::size_t begin = mark;
  while (begin > kMinTextParagraphs && mark - begin < kMaxRoleLines) {
    const std::string_view role = trim_spaces(paras[begin - 1].text);
    if (!is_all_caps(role) || !at_most_words(role, kMaxRoleWords) ||
        (!marked && !in_signature_block(role)))
      break;
    --begin;
  }
  if (begin == mark) return std::nullopt;
  // with no mark, the text's own closing line stands right over the post ("Bệnh viện … trân
  // trọng kính báo!"): a committee's list of posts and names ends on a name too
  if (!marked && !ends_with_sentence_punct(paras[begin - 1].text)) return std::nullopt;
  DocumentFrame doc;
  doc.signer = std::string(name);
  for (std::size_t i = begin; i < paras.size(); ++i) doc.lines += paras[i].lines;
  paras.resize(begin);
  return doc;
}

bool addresses_readers(std::string_view line) {
  return opens_with(line, "kinh gui");
}

bool names_document_kind(std::string_view line) {
  constexpr std::size_t kMaxKindBytes = 40;  // "GIẤY TRIỆU TẬP", the longest, is 20
  if (line.size() > kMaxKindBytes || !is_all_caps(line)) return false;
  const std::string key = fold_for_match(line);
  return std::find(kKinds.begin(), kKinds.end(), key) != kKinds.end();
}

std::optional<DocumentFrame> read_document_frame(std::vector<Paragraph>& paras) {
  const std::size_t head = std::min(paras.size(), kHeadParagraphs);
  std::size_t motto = head;
  for (std::size_t i = 0; i < head && motto == head; ++i)
    if (holds_motto(paras[i].text)) motto = i;
  std::size_t kind = head;
  for (std::size_t i = motto + 1; i < head && kind == head; ++i)
    if (names_document_kind(paras[i].text)) kind = i;
  // a notice posted with no letterhead: its kind first, perhaps its number, then its subject
  // ("THÔNG BÁO" / "(Số 01/T03.2023)" / "V/v. THÁNH LỄ …", real-eval69/giaoxuchinhtoadanang-1)
  std::size_t number = 0, kind_bytes = 0;
  // the subject names what the notice is about, no sentence ("Về việc này, Ban …")
  const auto names_subject = [](std::string_view subject) {
    return (opens_with(subject, "v/v") || opens_with(subject, "ve viec ")) &&
           !opens_with(subject, "ve viec nay") && subject.find(", ") == std::string_view::npos &&
           !is_prose(subject);
  };
  if (motto == head && head > 2 && (kind_bytes = kind_size(paras[0].text)) != 0) {
    number = is_number_line(paras[1].text) ? 1 : 0;
    if (names_subject(paras[1 + number].text)) kind = 0;
  }
  // a notice posted under the page's own title, its date line perhaps between: "<title>" /
  // "THÔNG BÁO" / "V/v tạm dừng đón khách …" (real-eval73/bachma-1). The page's title stays the
  // title; the kind and the subject under it retell it (four words in a row of the title), the
  // notice's own heading: its frame. A section's or a site's name over the kind ("Thông báo
  // chung", "TRƯỜNG THCS NGUYỄN DU") retells no subject: no title, left to the header.
  bool under_page_title = false;
  if (motto == head && kind == head && kind_bytes == 0 && head > 3) {
    const std::size_t k = parse_date_line(paras[1].text) ? 2 : 1;
    const std::string_view title = paras[0].text;
    if (names_document_kind(paras[k].text) && !is_prose(title) &&
        !ends_with_sentence_punct(title) && !names_document_kind(title) && !holds_motto(title)) {
      number = is_number_line(paras[k + 1].text) ? 1 : 0;
      const std::size_t subject = k + 1 + number;
      if (subject < paras.size() && names_subject(paras[subject].text) &&
          retells(paras[subject].text, title)) {
        kind = k;
        under_page_title = true;
      } else {
        number = 0;
      }
    }
  }
  // a letterhead with no motto (a parish's, a youth federation's): the issuer's lines, then
  // its place and day ("Thái Bình, ngày 20 tháng 7 năm 2025"), the kind alone and its subject
  // (real-eval92/catnoi-1); the three in a row are the letterhead's when no sentence stands
  // above them (a page's own text over a notice it quotes keeps its header). The prose is
  // asked only of a page that has the three: every text file comes here
  if (motto == head && kind == head && !under_page_title) {
    std::size_t i = 1;
    while (i + 1 < head &&
           !(names_document_kind(paras[i].text) && !place_and_day(paras[i - 1].text).empty() &&
             names_subject(paras[i + 1].text)))
      ++i;
    if (i + 1 < head && std::none_of(paras.begin(), paras.begin() + static_cast<std::ptrdiff_t>(i),
                                     [](const Paragraph& p) { return is_prose(p.text); })) {
      motto = i - 1;
      kind = i;
      number = kind_bytes = 0;
    }
  }
  if ((motto == head && kind != 0 && !under_page_title) || kind == head) return std::nullopt;

  DocumentFrame doc;
  doc.title = kind_bytes != 0 ? paras[kind].text.substr(0, kind_bytes) : paras[kind].text;
  std::size_t at = kind + 1 + number;
  // under a page's title the subject is its line and what goes on with it in lower case: a
  // line opening "Về …" or in capitals there is the text's (its first paragraph, a heading)
  const auto goes_on = [&](std::size_t i, std::size_t n) {
    const std::string_view line = paras[i].text;
    if (!under_page_title) return continues_subject(line);
    return n == 0 || (starts_with_lower(line) && !is_prose(line));
  };
  for (std::size_t n = 0; at < paras.size() && n < kMaxSubjectLines && goes_on(at, n); ++at, ++n) {
    doc.title += " " + paras[at].text;
    if (ends_with_sentence_punct(paras[at].text)) {
      ++at;
      break;
    }
  }
  std::string date_line;
  if (under_page_title) {
    // the page's title and its date line stand; the kind, its number and subject are told
    for (std::size_t i = kind; i < at; ++i) doc.lines += paras[i].lines;
    doc.title = paras[0].text;
    if (kind == 2) date_line = paras[1].text;
  } else {
    // the letterhead's day: "Long An, ngày 03 tháng 12 năm 2020" after the number
    for (std::size_t i = 0; i < kind && date_line.empty(); ++i) {
      const std::string& p = paras[i].text;
      for (std::string_view day : {"ngày ", "Ngày "})
        if (std::size_t d = p.find(day); d != std::string::npos && date_line.empty() &&
                                         parse_date_line(std::string_view(p).substr(d)))
          date_line = p.substr(d);
    }
    for (std::size_t i = 0; i < kind; ++i) doc.lines += paras[i].lines;
    if (number != 0) doc.lines += paras[kind + number].lines;
  }
  // the addressees and the salutation
  std::size_t text = at;
  if (text < paras.size() && opens_with(paras[text].text, "kinh gui")) {
    doc.lines += paras[text++].lines;
    while (text < paras.size() && opens_with_dash(paras[text].text))
      doc.lines += paras[text++].lines;
  }
  if (text < paras.size() &&
      (opens_with(paras[text].text, "kinh thua") || opens_with(paras[text].text, "kinh gui")) &&
      at_most_words(paras[text].text, kMaxSalutationWords))
    doc.lines += paras[text++].lines;
  if (text >= paras.size()) return std::nullopt;  // a letterhead over nothing: no text to read
  // the recipients and the signature; with no letterhead, the place and day over the signature
  std::size_t end = frame_end_begin(paras, text + 1);
  if (motto == head && end == paras.size()) {
    // the day's line and under it only the signature: an office, a name (at most three lines
    // of a few words each, no sentence), never a schedule's or a venue's lines; so the day's
    // line is one of the last four
    constexpr std::size_t kMaxSignerLines = 3, kMaxSignerWords = 8;
    const auto signature_under = [&](std::size_t i) {
      for (std::size_t j = i + 1; j < paras.size(); ++j)
        if (!at_most_words(paras[j].text, kMaxSignerWords) || is_prose(paras[j].text) ||
            paras[j].text.find(':') != std::string::npos)
          return false;
      return true;
    };
    for (std::size_t i =
             std::max(text + 1, paras.size() - std::min(paras.size(), kMaxSignerLines + 1));
         i + 1 < paras.size() && end == paras.size(); ++i)
      if (std::string day = place_and_day(paras[i].text); !day.empty() && signature_under(i)) {
        end = i;
        // the page's own date line under the subject ("Đăng ngày: 25/04/2024") dates it
        if (date_line.empty() && !(at < paras.size() && parse_date_line(paras[at].text)))
          date_line = std::move(day);
      }
  }
  for (std::size_t i = end; i < paras.size(); ++i) {
    doc.lines += paras[i].lines;
    if (std::string_view name = name_ending(paras[i].text); !name.empty())
      doc.signer = std::string(name);
  }

  std::vector<Paragraph> out;
  out.push_back(Paragraph{doc.title, PhotoHint::None});
  if (!date_line.empty()) out.push_back(Paragraph{std::move(date_line), PhotoHint::None});
  out.insert(out.end(), std::make_move_iterator(paras.begin() + static_cast<std::ptrdiff_t>(text)),
             std::make_move_iterator(paras.begin() + static_cast<std::ptrdiff_t>(end)));
  paras = std::move(out);
  return doc;
}

}  // namespace tuyentap
