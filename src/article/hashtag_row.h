// A row of a post's hashtags: "#MSDVietnam #PlanInternational", "#Safercity
// #Thành_phố_an_toàn_thân_thiện_với_em_gái" (real-eval72/msdvietnam-1). A site that shares its
// posts on social pages prints them under the text; they link to the tag's other posts and say
// nothing of their own. Chrome after the text's last sentence (text_end.cpp), unless a line
// announces it ("… kèm các hashtag sau:"); inside the text a tag may head a part ("#5K").
#pragma once

#include <string_view>

namespace tuyentap {

// Every word of the line opens with "#" and goes on with a letter or a digit (a tag joins its
// words with "_" or none, never a space); one word or more. "#1" alone is a number, "# Tiêu
// đề" a markdown heading: neither is a row.
bool is_hashtag_row(std::string_view line);

}  // namespace tuyentap
