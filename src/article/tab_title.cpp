// The page's <title> line first: see tab_title.h.
#include "article/tab_title.h"

#include <algorithm>
#include <array>
#include <string>
#include <utility>

#include "article/header_lines.h"
#include "article/office_byline.h"
#include "article/text_lines.h"
#include "article/title_score.h"
#include "article/title_site_name.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// "Trường THCS Ngô Gia Tự", "Báo Đà Nẵng": the site's masthead or a unit's name, as a tab's
// <title> names the site beside the page's; not a subtitle ("Kim chỉ nam trong xây dựng, chỉnh
// đốn Đảng" after a title's dash, real-eval2/kinhtevadubao-1). "Báo Đà Nẵng null" (a template's
// empty field glued on, run-perturb's "title twice" on real-eval44/hpn-baclieu-1) is no name: the
// name ends on a word with its capital or a Vietnamese word (a letter outside ASCII: "Báo Bắc Giang
// điện tử"), never on a machine's word in ASCII lower case.
bool names_site_or_unit(std::string_view name) {
  const std::string_view last = last_word(trim_spaces(name));
  const bool worded = starts_with_upper(last) || std::any_of(last.begin(), last.end(), [](char c) {
                        return static_cast<unsigned char>(c) >= 0x80;
                      });
  return worded && (names_the_site(name) || signs_as_unit(name) || names_organisation(name) ||
                    names_unit_in_full(name));
}

}  // namespace

// "Trường THCS Ngô Gia Tự – HOẠT ĐỘNG SINH HOẠT CHUYÊN MÔN CỤM TRƯỜNG" over "HOẠT ĐỘNG SINH
// HOẠT CHUYÊN MÔN CỤM TRƯỜNG": `top` is `title` joined to a name of at most ten words (no
// final stop) by " – ", " - ", " — " or " | ", the name on either side; the title's words
// compared case and spacing aside.
bool joins_name_and_title(std::string_view top, std::string_view title) {
  constexpr std::size_t kMaxNameWords = 10, kMaxNameBytes = 160, kMaxSpellingBytes = 16;
  // the cheap tests first (asked of every page's first two paragraphs): longer than the title
  // by a separator and a name, no more; a side about as long as the title (its spelling may
  // differ in case and tone marks' bytes); the folding, the name and the title's shape last
  if (top.size() < title.size() + 4 || top.size() > title.size() + kMaxNameBytes ||
      !at_most_words(title, kMaxTitleWords))  // a paragraph of the text is folded never
    return false;
  static constexpr std::array<std::string_view, 4> kSeparators = {" – ", " - ", " — ", " | "};
  std::string folded_title;
  for (std::string_view sep : kSeparators)
    for (std::size_t at = top.find(sep); at != std::string_view::npos; at = top.find(sep, at + 1)) {
      const std::string_view before = trim_spaces(top.substr(0, at));
      const std::string_view after = trim_spaces(top.substr(at + sep.size()));
      for (auto [name, titled] : {std::pair{before, after}, std::pair{after, before}}) {
        if (name.empty() || titled.size() + kMaxSpellingBytes < title.size() ||
            titled.size() > title.size() + kMaxSpellingBytes)
          continue;
        if (folded_title.empty()) folded_title = fold_exact(title);
        if (fold_exact(titled) == folded_title && at_most_words(name, kMaxNameWords) &&
            !ends_with_sentence_punct(name) && names_site_or_unit(name) && is_page_title(title))
          return true;
      }
    }
  return false;
}

bool tab_title_first(std::span<const std::string_view> paras) {
  constexpr std::size_t kMaxHeaderParagraphs = 60;
  if (paras.size() < 3) return false;
  const std::string_view top = paras[0];
  // the site's name and the title right under it, the title a page title's ("<name> –
  // <title>" or "<title> – <name>")
  if (joins_name_and_title(top, paras[1])) return true;
  const std::string_view bare = without_site_name(top);
  // the copy first (a comparison), then what stands between (a shape each)
  std::size_t j = 1;
  while (j < paras.size() && j < kMaxHeaderParagraphs && paras[j] != top && paras[j] != bare) ++j;
  if (j == paras.size() || j == kMaxHeaderParagraphs) return false;
  if (j == 1 && bare.size() == top.size()) return false;  // twice in a row: kept once
  if (!is_page_title(bare) && !is_page_title(top)) return false;
  for (std::size_t i = 1; i < j; ++i)
    if (is_body_text(paras[i])) return false;  // past the header: a copy there is the text's
  return true;
}

}  // namespace tuyentap
