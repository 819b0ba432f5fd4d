// A comment form's notice and heading: see comment_form.h.
#include "article/comment_form.h"

#include <array>
#include <string>

#include "article/byline.h"
#include "article/text_lines.h"
#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxNoticeWords = 40;
constexpr std::size_t kMaxNoticeBytes = 400;
constexpr std::size_t kMaxFormHeadingWords = 4;

// A word of the line starts with a lower-case letter.
bool has_lower_word(std::string_view s) {
  bool lower = false;
  each_word(s, [&](std::string_view w) { lower = lower || starts_with_lower(w); });
  return lower;
}

}  // namespace

bool is_comment_form_notice(std::string_view line) {
  // What the forms say of the reader's e-mail and of the required fields, and their headings
  static constexpr std::array<std::string_view, 3> kOpenings = {
      "de lai mot binh luan", "de lai binh luan", "leave a reply"};
  // Liferay's, under an article that has none yet ("Chưa có lời bình nào. Hãy là người đầu
  // tiên.") and its link to the form ("Bạn đọc nhấn vào đây để gửi ý kiến bình luận"): the
  // link's words name the reader's comment, so a writer's "nhấn vào đây để tải về" stays.
  static constexpr std::array<std::string_view, 10> kInside = {
      "email cua ban se khong duoc",   "dia chi email cua ban se khong",
      "truong bat buoc duoc danh dau", "your email address will not be published",
      "chua co loi binh nao",          "chua co binh luan nao",
      "khong co nhan xet nao",  // Blogger's "Không có nhận xét nào:" (no comments)
      "vao day de gui y kien",         "vao day de gui binh luan",
      "vao day de binh luan"};
  // Each says "email", "bắt buộc", "Chưa có" or "vào đây", or opens with "Để lại"/"Leave":
  // looked for before the line is folded (most lines of a page are not), and only in a line
  // short enough.
  if (line.size() > kMaxNoticeBytes || !at_most_words(line, kMaxNoticeWords)) return false;
  bool may_be = false;
  for (std::string_view word : {"mail", "MAIL", "bắt buộc", "Để lại", "ĐỂ LẠI", "Leave", "LEAVE",
                                "Chưa có", "CHƯA CÓ", "vào đây", "VÀO ĐÂY", "nhận xét"})
    may_be = may_be || line.find(word) != std::string_view::npos;
  if (!may_be) return false;
  std::string folded = fold_for_match(line);
  // A heading is the whole line, punctuation and the form's cancel link aside ("Để lại một
  // bình luận Hủy trả lời"): "Để lại bình luận trên trang cá nhân, …" is a writer's sentence.
  auto only_punctuation = [](std::string_view rest) {
    while (rest.starts_with(' ')) rest.remove_prefix(1);
    if (rest.starts_with("huy tra loi") || rest.starts_with("cancel reply"))
      rest.remove_prefix(std::string_view("huy tra loi").size());
    for (char c : rest)
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return false;
    return true;
  };
  for (std::string_view opening : kOpenings)
    if (folded.starts_with(opening) &&
        only_punctuation(std::string_view(folded).substr(opening.size())))
      return true;
  for (std::string_view words : kInside)
    if (folded.find(words) != std::string::npos) return true;
  return false;
}

bool is_reply_link(std::string_view line) {
  constexpr std::size_t kMaxReplyBytes = 16;  // "Trả lời" is 11, decomposed 15
  line = trim_spaces(line);
  return line.size() <= kMaxReplyBytes && fold_exact(line) == "trả lời";
}

bool is_comment_form_heading(std::string_view line) {
  if (line.empty() || !at_most_words(line, kMaxFormHeadingWords) || !has_lower_word(line))
    return false;
  if (looks_like_byline(line) || looks_like_source(line)) return false;  // "Theo báo Nhân dân"
  for (char c : line)
    if (c == '.' || c == ',' || c == ':' || c == ';' || c == '!' || c == '?' || c == '(' ||
        c == '-')
      return false;
  return true;
}

}  // namespace tuyentap
