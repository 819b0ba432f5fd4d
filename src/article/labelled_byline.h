// A byline its label makes one, however long the writer's office after the name: "Tác giả: Đỗ
// Thuần – Bí thư Chi bộ các cơ quan Đảng", "Thực hiện: Lữ Nhiên Hương - Đảng ủy Khối CCQ và DN
// tỉnh". A byline's shape (byline.h looks_like_byline) counts at most 12 words, the label's
// among them; a label that says who wrote the text ("Tác giả", "Tác giả bài viết", "Thực
// hiện", "Bút danh", "Người viết", "Tin", "Bài", "Tin, ảnh" in any spelling: text_photo_label.h),
// or who posted it ("Đăng bởi", "Người đăng", "Cập nhật bởi", "Viết bởi": portals print the
// poster where papers print the writer) already tells the line's kind, so only what follows it
// needs a byline's shape. Seen at the
// end of district and union portals' pages (real-eval5/huulien-1, real-eval8/dukccq-daknong-1,
// their offices after a dash) and printed with a label by NukeViet's template.
#pragma once

#include <string_view>

namespace tuyentap {

// What follows the writer's label (its colon, a semicolon typed for it, or the space where it
// was left out: with_label_colons), when that reads as a byline of its own or an office's full
// name (office_byline.h names_organisation); empty when the
// line opens with no such label, the label is a photo's credit alone ("Ảnh: X") or a source's
// ("Nguồn: X"), or what follows is no byline ("Thực hiện: Nghị quyết số 12 …").
std::string_view after_writer_label(std::string_view line);

// "Tác giả: Võ Thị Cẩm Tú Nguồn: Công đoàn viên" → "Tác giả: Võ Thị Cẩm Tú": a school
// platform prints the source's label after the writer's name on the same line; the byline
// ends there (the source's credit names no writer). Any line with no " Nguồn:" nor " Nguồn
// tin:" after its start as it is.
std::string_view before_source_label(std::string_view line);

}  // namespace tuyentap
