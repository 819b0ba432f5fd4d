// The page's <title> line first: see tab_title.h.
#include "article/tab_title.h"

#include "article/text_lines.h"
#include "article/title_score.h"
#include "article/title_site_name.h"

namespace tuyentap {

bool tab_title_first(std::span<const std::string_view> paras) {
  constexpr std::size_t kMaxHeaderParagraphs = 60;
  if (paras.size() < 3) return false;
  const std::string_view top = paras[0];
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
