// A comment form's notice, in a page's text: the lines every blog and portal engine prints
// under an article where readers may write (WordPress's "Email của bạn sẽ không được hiển thị
// công khai. Các trường bắt buộc được đánh dấu *", "Để lại một bình luận", "Leave a reply";
// Liferay's "Chưa có lời bình nào. Hãy là người đầu tiên." and "Bạn đọc nhấn vào đây để gửi ý
// kiến bình luận").
// The form and what follows are no part of the article: the plain-text reader ends the
// article at the notice (text_prepare.h, step 3), with the form's short heading just above it
// ("Trả lời", "Gửi ý kiến"), whatever the site calls it.
#pragma once

#include <string_view>

namespace tuyentap {

// The notice or the heading of a comment form: its words are the engine's, not a writer's.
bool is_comment_form_notice(std::string_view line);

// The form's own heading just above its notice: at most four words, no punctuation at all,
// and a word in lower case (a writer's name, which may stand last before a form, has none);
// never a byline or a source ("Theo báo Nhân dân").
bool is_comment_form_heading(std::string_view line);

// "Trả lời" (reply) alone, no colon, as the page's last line: the comment list's reply link or
// the form's heading whose notice the copy cut off (real-eval105/ngogiatu-haiduong-1). Not
// "Trả lời:", an interview's answer label.
bool is_reply_link(std::string_view line);

}  // namespace tuyentap
