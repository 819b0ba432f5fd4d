// The words the generated articles are made of: real Vietnamese phrases of Party-building
// reporting, so that the text exercises what real archives do (diacritics everywhere,
// abbreviations introduced inline, long justified paragraphs), without copying any article.
#pragma once

#include <string_view>
#include <vector>

namespace corpus {

using Words = std::vector<std::string_view>;

struct Abbreviation {
  std::string_view full;    // "Ban Thường vụ"
  std::string_view short_;  // "BTV"
};

// Section names of a Party news site: the kicker line, the article's topic.
const Words& topics();
// Places an article is about: "TP. Bạc Liêu", "huyện Hòa Bình", …
const Words& places();
// Bare names for "Huyện ủy {district}", "Thành ủy {city}", and communes with their kind
// ("xã Vĩnh Hậu", "phường 3"), hamlets for "Chi bộ ấp {hamlet}".
const Words& districts();
const Words& cities();
const Words& communes();
const Words& hamlets();
// Who acts. "{BTV}" stands for an abbreviation: written "Ban Thường vụ (BTV)" the first
// time in an article and "BTV" afterwards, as real articles do. "{district}", "{city}",
// "{commune}", "{hamlet}" and "{n}" are filled with a place or a number.
const Words& subjects();
const Words& verbs();
const Words& objects();
const Words& complements();
const Words& openers();      // "Bên cạnh đó,", "Đồng thời,", …
const Words& results();      // "tạo chuyển biến rõ nét trong …"
const Words& title_heads();  // "Nâng cao chất lượng sinh hoạt chi bộ"
const Words& family_names();
const Words& middle_names();
const Words& given_names();
const Words& sources();  // "Theo báo Bạc Liêu"
const Words& poll_questions();
const Words& weather_lines();
const std::vector<Abbreviation>& abbreviations();

}  // namespace corpus
