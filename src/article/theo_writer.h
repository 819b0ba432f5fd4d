// "Theo Phạm Trường": a byline that credits the text with "Theo" ("after", "by") is a source
// when it names a paper ("Theo Thanh Niên", "Theo báo Nhân Dân") and the author when it names
// a person, as re-posting sites print a writer's name after the word. A person's name is
// told from a paper's by its first word, a Vietnamese family name (Nguyễn, Trần, Phạm …):
// no paper's name opens with one, and nearly every writer's does.
#pragma once

#include <string_view>

namespace tuyentap {

// The person's name after "Theo " (any case), or the byline as it is. A name: 2 to 4 words,
// each opening with a capital, letters only (no digit, no "/", ".", "(" or ","), the first a
// family name from a list that leaves out those that also open a place's or a paper's name
// (Hà, Cao, Lâm, Thái, Châu, Mai: "Theo Hà Nội Mới", "Theo Lâm Đồng") and not "Hồ Chí Minh"
// (a source quoted, not a writer).
std::string_view writer_after_theo(std::string_view byline);

}  // namespace tuyentap
