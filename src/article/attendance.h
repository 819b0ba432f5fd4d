// Who attended, as the body of a report lists it: "Tham dự hội nghị có đồng chí X, Bí thư …",
// "Đến dự Đại hội có …", "Dự và chỉ đạo buổi lễ có …". The act of attending opens the
// sentence and "có" brings in the people after it. A photo's caption names the people first
// and then what they do ("Đồng chí X dự hội nghị"), so a line of this shape is the text's,
// however short it is and whatever titles and events it names: on every learning set's pages
// (tests/fixtures/real*/, some thirty sites) it is a paragraph or the lead.
#pragma once

#include <string_view>

namespace tuyentap {

// The line opens with attending ("Tham dự", "Dự", "Đến dự", "Về dự", "Tới dự", "Cùng dự",
// "Đến tham dự" …, any case; "Dự án", "Dự thảo" are no act) and has the word "có" after it.
bool lists_attendance(std::string_view line);

}  // namespace tuyentap
