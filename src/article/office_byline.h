// An article signed by an office, not a person: "Ban Tổ chức", "Văn phòng Huyện ủy", "Ban
// Tuyên giáo" alone on the last line, as unions' and Party committees' portals sign the
// reports their departments write. The byline rules (byline.h) look for a person's name and
// leave it as a paragraph. Seen on a provincial Farmers' Union's page
// (tests/fixtures/real-eval12/).
#pragma once

#include <string_view>

namespace tuyentap {

// From 2 to 6 words with no punctuation (a final "." aside), not in capitals, opening with an
// office's noun (Ban, Văn phòng, Phòng, Bộ phận, Tổ) and a word with a capital after it ("Ban
// Tổ chức", "Văn phòng Huyện ủy"; never "Ban hành …", a sentence's verb).
bool signs_as_office(std::string_view line);

}  // namespace tuyentap
