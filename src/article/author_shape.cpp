// The last check on a byline's author: see author_shape.h.
#include "article/author_shape.h"

#include "article/text_lines.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

bool names_site_account(std::string_view author) {
  // the site's own account ("Viết bởi Admin", "Đăng bởi Administrator", "Quản trị viên"): whoever
  // ran the site posted it, no writer signs so
  author = trim_spaces(author);
  const std::string folded = fold_exact(author);
  for (std::string_view account : {"admin", "administrator", "quản trị viên", "webmaster"})
    if (folded == account) return true;
  // "Tác giả: Quản trị Điều hành Chung": the site's administration by the name of its account
  // (real-eval88/noongluong-1), "trị" in lower case or the whole in capitals: "Quản Trị Dũng"
  // is a writer whose family name is Quản
  const bool named = folded == "quản trị" || folded.starts_with("quản trị ");
  return named && (author.starts_with("Quản trị") || is_all_caps(author));
}

bool signs_as_no_one(std::string_view author) {
  constexpr std::size_t kLongestNumber = 3;  // digits in a row a handle or a unit may have
  author = trim_spaces(author);
  if (author.empty()) return true;
  for (std::string_view mark : {"_", "://", "www.", "@"})
    if (author.find(mark) != std::string_view::npos) return true;
  if (names_site_account(author)) return true;
  std::size_t run = 0;
  for (char c : author)
    if ((run = is_ascii_digit(c) ? run + 1 : 0) > kLongestNumber) return true;
  return is_prose(author) || author.ends_with('?') || author.ends_with('!');
}

}  // namespace tuyentap
