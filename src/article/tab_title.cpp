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
  if (!is_page_title(bare) && !is_page_title(top)) return false;
  for (std::size_t j = 1; j < paras.size() && j < kMaxHeaderParagraphs; ++j) {
    if (paras[j] == top || paras[j] == bare) return j >= 2 || bare.size() < top.size();
    if (is_body_text(paras[j])) return false;  // past the header: a copy there is the text's
  }
  return false;
}

}  // namespace tuyentap
