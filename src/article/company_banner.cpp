// An advertiser's banner where a kicker stands: see company_banner.h.
#include "article/company_banner.h"

#include <array>
#include <string>

#include "article/text_lines.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxWords = 12;
constexpr std::size_t kOpeningBytes = 48;  // the longest kind and a letter after it

// Folded (fold_exact), each followed by a space and a word in the line.
constexpr std::array<std::string_view, 5> kCompanyKinds = {"công ty", "tổng công ty", "tập đoàn",
                                                           "doanh nghiệp tư nhân", "hợp tác xã"};

// Folded words of a company's legal form: a banner prints the full registered name ("Công ty
// CP …", "Công ty TNHH …"); a section of an enterprise Party committee's site names a member
// company short ("Công ty Than Vàng Danh"), which a banner cannot be told from.
constexpr std::array<std::string_view, 4> kLegalFormWords = {"cp", "cổ", "tnhh", "jsc"};

bool has_legal_form(std::string_view line) {
  bool found = false;
  each_word(line, [&](std::string_view w) {
    std::string word = fold_exact(w);
    for (std::string_view form : kLegalFormWords) found = found || word == form;
  });
  return found;
}

}  // namespace

bool names_a_company(std::string_view line) {
  if (!at_most_words(line, kMaxWords) || ends_with_sentence_punct(line) || !has_legal_form(line))
    return false;
  std::string_view start = line.substr(0, kOpeningBytes);
  while (!start.empty() && (static_cast<unsigned char>(start.back()) & 0xC0) == 0x80)
    start.remove_suffix(1);
  if (start.size() < line.size() && !start.empty()) start.remove_suffix(1);  // a cut letter
  std::string folded = fold_exact(start);
  for (std::string_view kind : kCompanyKinds)
    if (folded.size() > kind.size() + 1 && folded.starts_with(kind) && folded[kind.size()] == ' ')
      return true;
  return false;
}

}  // namespace tuyentap
