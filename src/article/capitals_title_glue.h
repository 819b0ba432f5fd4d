// A title in capitals glued to the lead: "HỘI ĐỒNG HỌ TRỊNH VIỆT NAM LÀM VIỆC VỚI HỘI ĐỒNG HỌ
// TRỊNH TỈNH NGHỆ ANNgày 1 tháng 4 năm 2014, đại diện …" (real-eval58/trinhtoc-1). A page that
// prints its title and its sapo as two inline blocks loses the break between them in a text
// copy, and the title's last capital runs into the sapo's first word. No word is so written: a
// capital, then a capital opening a word in lower case ("ANNgày"), is the seam. Where the text
// before the seam is a title in capitals and the text after it reads as a lead, the title is a
// paragraph of its own and the lead the next one (nothing of it is lost).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// Where the title in capitals ends in `paragraph`: at the first lower-case letter's word, when
// the capital opening that word follows another capital or a digit with no space between; the
// text before
// it all in capitals (text_lines.h is_all_caps), 4 words or more and no sentence (no stop
// inside or at its end), the text from the seam on at least 8 words and not in capitals after
// its first word (a brand in mixed case, "… DO VPBank TÀI TRỢ …", is no seam). nullopt
// otherwise.
std::optional<std::size_t> capitals_title_end(std::string_view paragraph);

// Splits the first of `paras`'s first `header` paragraphs that capitals_title_end cuts into the
// title and the lead after it (the lead keeps no photo hint: the hint stood before the title).
void unglue_capitals_title(std::vector<Paragraph>& paras, std::size_t header);

}  // namespace tuyentap
