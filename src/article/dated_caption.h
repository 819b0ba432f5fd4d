// A photo's caption that closes with when the photo was taken: "Học viện Nông nghiệp Việt Nam
// vinh dự đón nhận Huân chương Hồ Chí Minh lần thứ hai,12-2016" (real-eval82/meddom-1), set
// where the photo stood between two paragraphs. A part's heading names what the part tells and
// never closes with a month and a year set off by a comma; a photo's caption often does, as a
// photo library files its pictures.
#pragma once

#include <string_view>

namespace tuyentap {

// The line, with no final stop, closes with a month and a year ("12-2016", "12/2016") or a
// whole day ("15/12/2016", "15-12-2016"), set off by a comma (a space after it or none), after
// at least four words. Not in round brackets: a history's part heading dates itself so
// ("Mở màn chiến dịch tại Him Lam (13/3/1954)"). The month 1 to 12, the year 1945 to 2099 (a
// term, "2016-2020", is two years, no month; "nhiệm kỳ 2020 - 2025" has no comma).
bool ends_with_photo_date(std::string_view line);

}  // namespace tuyentap
