// The writer's unit under a byline: see writer_unit.h.
#include "article/writer_unit.h"

#include <array>
#include <string>

#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// Offices, committees and institutions of the Party, the state and the mass organisations
// (folded: no diacritics, lower case), each followed by the unit's name. The district and
// commune's own loudspeaker station ("Đài TT Tân Phú", "Đài truyền thanh xã") is an office of
// the place, not a publication as a province's "Đài PT-TH" is.
constexpr std::array<std::string_view, 38> kUnits = {"co quan ",
                                                     "van phong ",
                                                     "ban ",
                                                     "phong ",
                                                     "so ",
                                                     "uy ban ",
                                                     "ubkt ",
                                                     "ubnd ",
                                                     "dang uy ",
                                                     "huyen uy ",
                                                     "tinh uy ",
                                                     "thanh uy ",
                                                     "quan uy ",
                                                     "thi uy ",
                                                     "truong ",
                                                     "hoc vien ",
                                                     "vien ",
                                                     "trung tam ",
                                                     "chi bo ",
                                                     "cuc ",
                                                     "vu ",
                                                     "hoi ",
                                                     "cong an ",
                                                     "bo chi huy ",
                                                     "hnd ",
                                                     "huyen doan",
                                                     "tinh doan",
                                                     "thanh doan",
                                                     "doan xa ",
                                                     "doan truong ",
                                                     "dai tt",
                                                     "dai truyen thanh ",
                                                     "mttq ",
                                                     "mat tran ",
                                                     "doan thanh nien ",
                                                     "doan tn",
                                                     "chi doan ",
                                                     "chi hoi "};

}  // namespace

bool opens_with_writer_unit(std::string_view text) {
  while (text.starts_with(' ')) text.remove_prefix(1);
  std::string folded = fold_for_match(text) + ' ';
  for (std::string_view u : kUnits)
    if (folded.starts_with(u) && folded.size() > u.size()) return true;
  return false;
}

bool names_writer_unit(std::string_view line) {
  constexpr std::size_t kMaxUnitWords = 12;
  while (line.ends_with('.')) line.remove_suffix(1);
  if (line.size() < 3 || line.front() != '(' || line.back() != ')' ||
      !at_most_words(line, kMaxUnitWords))
    return false;
  std::string_view inner = line.substr(1, line.size() - 2);
  if (inner.find_first_of("()") != std::string_view::npos) return false;
  return opens_with_writer_unit(inner);
}

}  // namespace tuyentap
