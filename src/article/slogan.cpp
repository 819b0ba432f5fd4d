// Slogans above the title: see slogan.h.
#include "article/slogan.h"

#include <string>

#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxSloganWords = 80;

// "Chào mừng kỷ niệm 113 năm ngày Quốc tế Phụ nữ (…), trong 2 ngày 27 và 28/2, Hội LHPN huyện
// Lạc Dương phối hợp với … tổ chức giải bóng chuyền hơi nữ." (real-eval105/lacduong-1): the
// report's first sentence, opening with the occasion it greets; a clause after a comma and a
// full stop close it, 25 words or more. A banner greets in a phrase.
bool greets_in_a_sentence(std::string_view line) {
  constexpr std::size_t kMinSentenceWords = 25;
  const std::size_t comma = line.find(", ");
  if (!line.ends_with('.') || line.ends_with("..") || comma == std::string_view::npos ||
      at_most_words(line, kMinSentenceWords - 1))
    return false;
  // the clause tells the day it reports ("trong 2 ngày 27 và 28/2, …", "sáng ngày 5/3, …"); a
  // banner's exhortation names its year at most ("… thi đua lập thành tích, quyết tâm hoàn
  // thành … năm 2024.", the review's)
  const std::string after = fold_for_match(line.substr(comma + 2));
  for (std::size_t at = after.find("ngay "); at != std::string::npos;
       at = after.find("ngay ", at + 1))
    if ((at == 0 || after[at - 1] == ' ') && at + 5 < after.size() && after[at + 5] >= '0' &&
        after[at + 5] <= '9')
      return true;
  return false;
}

}  // namespace

bool is_slogan(std::string_view line) {
  if (line.empty() || !at_most_words(line, kMaxSloganWords)) return false;
  std::string folded = fold_for_match(line);
  for (std::string_view opening : {"chao mung ", "nhiet liet chao mung ", "chu de nam ",
                                   "chu de cong tac nam ", "chu de hanh dong nam "}) {
    if (folded.starts_with(opening)) return !greets_in_a_sentence(line);
  }
  std::string_view end = line;
  while (!end.empty() && (end.back() == ' ' || end.back() == '"')) end.remove_suffix(1);
  return end.ends_with('!') && (folded.find("muon nam") != std::string::npos ||
                                folded.find("chao mung") != std::string::npos);
}

bool praises(std::string_view line) {
  std::string folded = fold_exact(line);
  for (std::string_view w : {"muôn năm", "sống mãi", "quang vinh", "vĩ đại", "đời đời"})
    if (folded.find(w) != std::string::npos) return true;
  return false;
}

bool cries_as_banner(std::string_view line) {
  constexpr std::size_t kMinBannerWords = 3;
  while (!line.empty() && (line.back() == ' ' || line.back() == '"')) line.remove_suffix(1);
  if (line.size() >= 3 && line.substr(line.size() - 3) == "”") line.remove_suffix(3);
  if (!line.ends_with('!') || line.ends_with("!!") || !at_most_words(line, kMaxSloganWords) ||
      at_most_words(line, kMinBannerWords - 1))
    return false;
  return !stops_a_sentence_inside(line.substr(0, line.size() - 1));
}

bool is_welcome_banner(std::string_view line) {
  // "Chào", "CHÀO" open it: most lines are let go before they are folded
  if (line.empty() || (line.front() != 'C' && line.front() != 'c') ||
      !at_most_words(line, kMaxSloganWords))
    return false;
  std::string folded = fold_for_match(line);
  std::string_view rest = folded;
  if (!rest.starts_with("chao mung ")) return false;
  rest.remove_prefix(std::string_view("chao mung ").size());
  for (std::string_view visitor : {"cac ban ", "ban ", "quy vi ", "quy khach ", "quy ban doc "})
    if (rest.starts_with(visitor)) return rest.substr(visitor.size()).starts_with("den voi ");
  return false;
}

}  // namespace tuyentap
