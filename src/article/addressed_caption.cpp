// A caption that addresses the person it shows before their position: see addressed_caption.h.
#include "article/addressed_caption.h"

#include <array>
#include <span>

#include "article/address_words.h"
#include "article/byline.h"
#include "article/family_names.h"
#include "article/text_lines.h"
#include "article/untitled_page.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMinNameWords = 2;
constexpr std::size_t kMaxCaptionWords = 40;

// The next word of `s` from `at` (spaces skipped), `at` moved past it.
std::string_view next_word(std::string_view s, std::size_t& at) {
  while (at < s.size() && s[at] == ' ') ++at;
  std::size_t end = s.find(' ', at);
  if (end == std::string_view::npos) end = s.size();
  std::string_view w = s.substr(at, end - at);
  at = end;
  return w;
}

// How a line names its person first: not at all, with a form of address, or with a profession's
// or a degree's title (address_words.h kProfessionForms), after which a pen name may stand.
enum class Form { None, Address, Profession };

// Moves `at` past the form of address (address_words.h) that `line` opens with from `at`;
// Form::None, `at` unmoved, when it opens with none. A kin or teacher's form counts ("Thầy
// Nguyễn Trọng Thắng – Phó Giám đốc Sở GD&ĐT, … trao cờ …", real-eval97/thcsmangden-1): the
// family name and the position the caller asks after it keep "Cô gái …", "Anh chị em …" out.
Form skip_form_of_address(std::string_view line, std::size_t& at) {
  std::array<std::string_view, kMaxFormOfAddressWords> words{};
  std::size_t after = at;
  if (std::size_t first = at; is_kin_or_teacher_form(next_word(line, first))) {
    at = first;
    return Form::Address;
  }
  for (std::size_t n = 0; n < words.size(); ++n) {
    words[n] = next_word(line, after);
    if (is_form_of_address(std::span(words).first(n + 1))) {
      at = after;
      return Form::Address;
    }
  }
  std::size_t start = at;
  while (start < line.size() && line[start] == ' ') ++start;
  if (std::size_t end = profession_form_end(line, start)) {
    at = end;
    return Form::Profession;
  }
  return Form::None;
}

// What follows a name's end is a position: "Phó chủ tịch …", or "UVBTV, Trưởng ban …" (an
// abbreviated position in capitals, then a position).
bool is_position(std::string_view rest) {
  while (rest.starts_with(' ')) rest.remove_prefix(1);
  if (opens_with_position(rest)) return true;
  std::size_t at = 0;
  std::string_view abbreviation = next_word(rest, at);
  if (!abbreviation.ends_with(',')) return false;
  abbreviation.remove_suffix(1);
  rest.remove_prefix(at);
  while (rest.starts_with(' ')) rest.remove_prefix(1);
  return abbreviation.size() >= 2 && is_all_caps(abbreviation) && opens_with_position(rest);
}

}  // namespace

bool names_person_then_position(std::string_view line) {
  std::size_t at = 0;
  const Form form = skip_form_of_address(line, at);
  if (form == Form::None) return false;
  static constexpr std::array<std::string_view, 3> kDashes = {"-", "–", "—"};
  for (std::size_t name = 1; name <= kMaxAddressedNameWords; ++name) {
    std::string_view w = next_word(line, at);
    if (w.empty()) return false;
    std::string_view part = w, rest;
    bool ends = false;
    // glued: "Dung-UVBTV,", "Quảng–Phó"
    for (std::string_view dash : kDashes) {
      std::size_t d = w.find(dash);
      if (d != std::string_view::npos && d > 0) {
        part = w.substr(0, d);
        rest = line.substr(static_cast<std::size_t>(w.data() - line.data()) + d + dash.size());
        ends = true;
        break;
      }
    }
    if (!ends && w.ends_with(',')) {  // "Nguyễn Văn An, Bí thư …"
      part = w.substr(0, w.size() - 1);
      rest = line.substr(at);
      ends = true;
    }
    if (!ends) {  // "Tạ Hồng Quảng – Phó chủ tịch …"
      std::size_t after = at;
      std::string_view next = next_word(line, after);
      for (std::string_view dash : kDashes)
        if (next == dash) {
          rest = line.substr(after);
          ends = true;
        }
    }
    if (part.empty() || !starts_with_upper(part) ||
        (name == 1 && form == Form::Address && !is_any_family_name(part)))
      return false;
    if (ends) return name >= kMinNameWords && is_position(rest);
  }
  return false;
}

bool is_addressed_caption(std::string_view title) {
  // a caption may close with a stop, as a sentence does; the order of its words says the same
  std::string_view words = title;
  if (words.ends_with('.') && !words.ends_with("..")) words.remove_suffix(1);
  return at_most_words(words, kMaxCaptionWords) && names_person_then_position(words) &&
         reads_as_people_caption(words);
}

}  // namespace tuyentap
