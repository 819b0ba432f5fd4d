// The outlet beside a writer's name: see byline_outlet.h.
#include "article/byline_outlet.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "article/byline.h"
#include "article/byline_name.h"
#include "article/scene_caption.h"
#include "article/text_lines.h"
#include "article/theo_writer.h"
#include "article/writer_unit.h"
#include "base/ascii.h"
#include "text/date_line.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// The kinds of outlet (fold_exact, a space or the end after them): a paper, a magazine, a
// station, an agency, a portal. A kind, not a list of outlets: any paper's name opens so.
constexpr std::array<std::string_view, 14> kOutletKinds = {
    "báo",          "tạp chí", "tạp san",        "đài",       "truyền hình",
    "thông tấn xã", "kênh",    "cổng thông tin", "cổng ttđt", "trang thông tin",
    "trang tin",    "bản tin", "tuần báo",       "website"};

// A newsroom's mark in brackets (fold_for_match): "(T/h)", "(TH)" tổng hợp, compiled; "(ST)"
// sưu tầm, collected; a reporter's or a contributor's role. Names no outlet.
constexpr std::array<std::string_view, 6> kNewsroomMarks = {"t/h", "th", "st", "pv", "ctv", "btv"};

// "VOV.VN", "baoquangbinh.vn", "Vcamp.vn": a site's name, one word ending in a top-level
// domain after a dot and at least two letters before it (initials, "P.L.H", are a person;
// "TP.HCM" is a city).
bool is_site_name(std::string_view w) {
  if (w.find_first_of(" /()") != std::string_view::npos) return false;
  std::size_t dot = w.rfind('.');
  if (dot == std::string_view::npos || dot + 1 >= w.size()) return false;
  std::string_view head = w.substr(0, dot);
  std::string tail = lower_ascii(w.substr(dot + 1));
  std::size_t head_dot = head.rfind('.');
  if (head_dot != std::string_view::npos) head.remove_prefix(head_dot + 1);
  bool domain = false;
  for (std::string_view d : {"vn", "com", "net", "org", "info", "gov", "edu", "asia", "biz"})
    domain = domain || tail == d;
  return domain && code_point_count(head) >= 2;
}

// "TTXVN", "VTV", "QĐND", "VOV4", "TTXVN/VNA": a word in capitals (digits and a slash may be
// in it) of at least two letters, no dot inside ("TP.HCM" is a city).
bool is_acronym(std::string_view w) {
  while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
  return code_point_count(w) >= 2 && is_all_caps(w) && starts_with_upper(w) &&
         w.find('.') == std::string_view::npos;
}

bool opens_with_outlet_kind(std::string_view text) {
  std::string folded = fold_exact(text.substr(0, std::min<std::size_t>(text.size(), 40)));
  for (std::string_view kind : kOutletKinds)
    if (opens_with_words(folded, kind)) return true;
  return false;
}

// What an outlet after a writer looks like: a site's name, an acronym first ("VTV Online"), or
// a kind of outlet first ("Báo Bạc Liêu"); never a place ("TP. Hồ Chí Minh") nor a writer's
// unit ("UBKT Tỉnh ủy", which writer_unit.h drops without naming a source).
bool is_outlet(std::string_view text, std::string_view writer) {
  if (text.empty() || opens_with_place(text) || opens_with_writer_unit(text)) return false;
  if (is_site_name(text) || opens_with_outlet_kind(text)) return true;
  if (!is_acronym(first_word(text))) return false;
  // "NGỌC ANH (VŨ HÀ)": a second writer in capitals beside a name in capitals
  return !(is_all_caps(text) && !at_most_words(text, 1) && is_all_caps(writer));
}

struct Split {
  std::string_view writer, outlet;  // outlet empty: a newsroom's mark came off
  bool found = false;
};

Split split_outlet(std::string_view byline) {
  byline = trim_spaces(byline);
  // in brackets closing the line
  if (byline.ends_with(')')) {
    std::size_t open = byline.rfind('(');
    if (open != std::string_view::npos && open > 0) {
      std::string_view writer = trim_spaces(byline.substr(0, open));
      std::string_view inner = trim_spaces(byline.substr(open + 1, byline.size() - open - 2));
      std::string mark = fold_for_match(inner);
      for (std::string_view m : kNewsroomMarks)
        if (mark == m && !writer.empty() && at_most_words(writer, 12)) return {writer, {}, true};
      if (looks_like_byline(writer) && !looks_like_source(writer) && is_outlet(inner, writer))
        return {writer, inner, true};
    }
  }
  // after the last dash or comma: "Hoàng Uyên - Báo Bạc Liêu", "Minh Anh – Theo báo Tân Phú"
  std::size_t cut = std::string_view::npos, len = 0;
  for (std::string_view sep : {" - ", " – ", " — ", ", "}) {
    std::size_t at = byline.rfind(sep);
    if (at != std::string_view::npos && (cut == std::string_view::npos || at > cut))
      cut = at, len = sep.size();
  }
  if (cut != std::string_view::npos && cut > 0) {
    std::string_view writer = trim_spaces(byline.substr(0, cut));
    std::string_view rest = trim_spaces(byline.substr(cut + len));
    if (looks_like_byline(writer) && !looks_like_source(writer)) {
      // "Theo báo X": a source unless it names a person (theo_writer.h)
      if (fold_for_match(first_word(rest)) == "theo" && writer_after_theo(rest) == rest &&
          rest.size() > 5)
        return {writer, trim_spaces(rest.substr(5)), true};
      if (opens_with_outlet_kind(rest) || is_site_name(rest)) return {writer, rest, true};
    }
  }
  // "PV/VOV.VN": a newsroom's role, then the outlet after a slash (a name before the slash is
  // byline.cpp's without_outlet_mark)
  if (std::size_t slash = byline.find('/'); slash != std::string_view::npos && slash > 0) {
    std::string_view writer = trim_spaces(byline.substr(0, slash));
    std::string_view mark = trim_spaces(byline.substr(slash + 1));
    if (is_newsroom_role(writer) && (is_site_name(mark) || is_acronym(mark)))
      return {writer, mark, true};
  }
  return {};
}

}  // namespace

std::string_view writer_without_outlet(std::string_view byline) {
  Split s = split_outlet(byline);
  return s.found ? s.writer : byline;
}

std::string_view outlet_in_byline(std::string_view byline) {
  return split_outlet(byline).outlet;
}

std::string_view outlet_alone_in_brackets(std::string_view byline) {
  byline = trim_spaces(byline);
  if (byline.ends_with('.')) byline.remove_suffix(1);
  if (byline.size() < 2 || !byline.starts_with('(') || !byline.ends_with(')')) return {};
  std::string_view inner = trim_spaces(byline.substr(1, byline.size() - 2));
  if (inner.find_first_of("()") != std::string_view::npos || opens_with_place(inner) ||
      opens_with_writer_unit(inner))
    return {};
  return is_site_name(inner) || opens_with_outlet_kind(inner) ? inner : std::string_view{};
}

std::string_view byline_without_date(std::string_view line) {
  // a date needs a digit: most lines have none, and the split is not tried
  if (line.find_first_of("0123456789") == std::string_view::npos) return line;
  std::optional<DatedLine> d = split_date_line(line);
  // "Văn Quân 31/10/2023": a date alone after the name, which the split leaves whole
  if (!d)
    if (auto named = text_then_date(line);
        named && (looks_like_byline(named->text) || is_name_typed_lower(named->text)))
      return named->text;
  if (!d || !d->rest_first || !line.starts_with(d->rest) ||
      !(looks_like_byline(d->rest) || is_name_typed_lower(d->rest)))  // "Minh hiếu 30/06/2018"
    return line;
  return line.substr(0, d->rest.size());
}

std::string_view outlet_after_theo(std::string_view byline) {
  constexpr std::size_t kMaxOutletWords = 6;
  byline = trim_spaces(byline);
  if (byline.starts_with('(') && byline.ends_with(')'))  // "(Theo VTV1)"
    byline = trim_spaces(byline.substr(1, byline.size() - 2));
  if (byline.size() <= 5 || byline[4] != ' ' || fold_for_match(byline.substr(0, 4)) != "theo" ||
      writer_after_theo(byline) != byline)
    return {};
  std::string_view outlet = trim_spaces(byline.substr(5));
  while (outlet.ends_with('.') && !is_site_name(outlet)) outlet.remove_suffix(1);
  if (outlet.empty() || !at_most_words(outlet, kMaxOutletWords) ||
      outlet.find_first_of(",:;!?") != std::string_view::npos)
    return {};
  // "Theo báo Bạc Liêu": the archive's byline with a role (domain.md), the author as written
  if (opens_with_outlet_kind(outlet)) return {};
  std::string_view last =
      outlet.substr(outlet.rfind(' ') == std::string_view::npos ? 0 : outlet.rfind(' ') + 1);
  bool site = false;
  each_word(outlet, [&](std::string_view w) { site = site || is_site_name(w); });
  bool shaped = site || fold_for_match(last) == "online" || is_acronym(first_word(outlet)) ||
                starts_with_lower(outlet);
  return shaped ? outlet : std::string_view{};
}

}  // namespace tuyentap
