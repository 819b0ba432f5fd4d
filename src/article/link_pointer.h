// A line that points to a link the saved text lost: "Bạn đọc xem video minh họa tại đây :",
// "Xem toàn văn tại đây", "Tin ảnh (Xin xem thêm tại đây)". On the page "tại đây" (here) was
// the link; in the page's text it points at nothing, and no writer's sentence is worded so.
#pragma once

#include <string_view>

namespace tuyentap {

// A line of at most 14 words, no comma (its colon, stop or spaces after it aside), that ends on
// "tại đây" or "ở đây" and opens as an invitation: a verb of seeing, reading, hearing or fetching
// (xem, đọc, nghe, tải, download) first, or after the reader addressed or a polite word ("Bạn
// đọc", "Quý vị có thể", "Xin", "Mời", "Vui lòng"), or "Chi tiết"/"Toàn văn" with such a verb
// later. In round brackets closing the line, after a label of at most four words ("Tin ảnh
// (…)"), it reads as without them. A sentence that tells what was done there ("Chi bộ đã tổ chức
// cho đảng viên xem phim tư liệu tại đây.", "Các cụ thường đến đọc sách, báo ở đây.") opens
// with no invitation, or tells with a tense or a comma, and is none. After an arrow ("==>",
// "---->", "→") the link's own text may run to 24 words (its name in full), opening with the
// verb or a polite word (xin, mời, vui lòng) and ending on "tại đây", under nothing or a label of
// at most ten words that ends no sentence and names what the link gives (opening with "Thông
// tin", "Chi tiết", "Toàn văn", "Nội dung", "Xem", "Mời": "Thông tin chi tiết về cuộc thi ==>
// XEM TẠI ĐÂY"); a title or a place before the arrow keeps the line.
// So is a link's label saved alone, at most six words: the verb (xem, đọc, tải, tải về, tải
// xuống, download), then how much (toàn bộ, toàn văn, chi tiết, đầy đủ, nội dung) and perhaps a
// document's kind (quyết định, kế hoạch, văn bản …), or a fetching verb (tải …, download) and
// a kind, and nothing else ("Xem toàn bộ Quyết định" closing an institute's news of a
// decision, real-eval82/vidsvn-1): the file it pointed at is not in the copy. "Đọc văn bản",
// "Xem kế hoạch" may be a study guide's steps: kept. A number or a name after it names a
// document (document_tail.h). So is a line of at most 14 words closing on "tại đây" framed as
// the link was ("BBT xin giới thiệu chùm ảnh: » tại đây «", "… [tại đây]"), telling nothing done,
// no comma before it.
bool is_link_pointer(std::string_view line);

}  // namespace tuyentap
