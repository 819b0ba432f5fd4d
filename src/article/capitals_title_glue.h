// A title in capitals glued to the lead: "HỘI ĐỒNG HỌ TRỊNH VIỆT NAM LÀM VIỆC VỚI HỘI ĐỒNG HỌ
// TRỊNH TỈNH NGHỆ ANNgày 1 tháng 4 năm 2014, đại diện …" (real-eval58/trinhtoc-1). A page that
// prints its title and its sapo as two inline blocks loses the break between them in a text
// copy, and the title's last capital runs into the sapo's first word. No word is so written: a
// capital, then a capital opening a word in lower case ("ANNgày"), is the seam. Where the text
// before the seam is a title in capitals and the text after it reads as a lead, the title is a
// paragraph of its own and the lead the next one (nothing of it is lost).
// A title in ordinary case is glued the same way ("Chủ tịch nước … thăm công trường Nhà máy
// nhiệt điện Nghi Sơn 1Ngày 19 tháng 2 năm 2012, trong thời gian …", real-eval100/lilama5-1):
// there only a lead that opens with its time marks the seam, as a digit or a small letter
// before a capital proves no word.
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
// Where a title in ordinary case ends in `paragraph`: at the first capital that follows a digit
// or a small letter with no space between, in the first kMaxSeamBytes, when the text from there
// opens with its time as a lead does (a time word, then a number, "nay" or "qua": "Ngày 19
// tháng 2 …", "Sáng 5/3 …", "Sáng nay, …"; a given name glued after the family's, "Nguyễn
// VănNăm, Chủ tịch …", is none) and runs 8 words or more, and the text before opens with a
// capital, runs 4 to 40 words and is no sentence (no stop inside or at its end). A brand in
// mixed case ("VPBank", "eMagazine") is followed by no time. nullopt otherwise.
std::optional<std::size_t> dated_lead_seam(std::string_view paragraph);

// Splits the first of `paras`'s first `header` paragraphs that capitals_title_end or
// dated_lead_seam cuts into the title and the lead after it; dated_lead_seam is asked down to
// the first sentence of 8 words or more, the text's first. The lead keeps no photo hint: the
// hint stood before the title.
void unglue_capitals_title(std::vector<Paragraph>& paras, std::size_t header);

}  // namespace tuyentap
