// A photo's caption that names the view it shows: "Quang cảnh hội nghị", "Toàn cảnh Đại hội".
// Pages print it under the opening photo of a meeting with no credit word and often no stop,
// so by its ending it reads as a subheading; but a subheading says what the text after it
// tells, and no text is a "view": between paragraphs such a line is the photo's caption (the
// text reader asks it after the lead only: a title may open so, "Toàn cảnh phiên họp …").
#pragma once

#include <string_view>

namespace tuyentap {

// The line opens with "Quang cảnh" or "Toàn cảnh" (any case) and then a word, has at most 12
// words, no ? ! : ; and at most one final ".".
bool names_photo_view(std::string_view line);

}  // namespace tuyentap
