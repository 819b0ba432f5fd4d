// "by HiephoaNet", "By Minh Anh": the English "by" that many CMS themes (WordPress and its
// kin) print before the writer, on a line of its own under the title. Such a line is a
// byline, whoever it names — a person, a pen name or the site itself, kept as written — and
// never a topic or a title. Vietnamese themes print "Bởi" the same way ("Bởi Phan Thanh Toàn").
#pragma once

#include <optional>
#include <string_view>

namespace tuyentap {

// The name after "by " ("by", "By", "BY", "Bởi", "bởi" or "BỞI", then a space): 1 to 6 words, the
// first starting with a capital letter or a digit, no sentence punctuation at the end; nullopt for
// any other line ("by the way", "by 2025."). After "Bởi", the rest must read as a name or a byline
// (byline.h): "Bởi Nhân dân là chủ thể" is a sentence giving a reason.
std::optional<std::string_view> by_line_name(std::string_view line);

}  // namespace tuyentap
