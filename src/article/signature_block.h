// A signature block closing a text: the signer's post in capitals ("GIÁM ĐỐC", "KT. GIÁM ĐỐC"
// / "PHÓ GIÁM ĐỐC", "TM. BAN THƯỜNG VỤ" / "BÍ THƯ"), then the signer's name, as an official
// document or a notice signs (real-eval75/dananghospital-1). The block names no writer by its
// post: the signer is the author where no byline closes the text. One place for the block's
// shape, which the text's end (text_end.cpp) and a notice's frame (official_document.cpp
// read_closing_signature) both read.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// "BÍ THƯ", "CHỦ TỊCH" (byline.h opens_with_position), or the marks that open a block's first
// line (thay mặt, ký thay, thừa lệnh, thừa ủy quyền, quyền: "TM.", "KT.", "TL.", "TUQ.", "Q."):
// a signer's post, no writer.
bool in_signature_block(std::string_view line);

// A post line of a block: in capitals, at most 8 words, no photo over it.
bool post_line(const Paragraph& p);

// The signer's name under the block that body[j] opens: the post (one or two post lines, the
// first in_signature_block), then a writer's name alone (byline.h looks_like_name; no label:
// "Ảnh: Minh Hoàng" credits a photo), and under the name no other post (a committee's list of
// posts and members, "CHỦ TỊCH" / "Nguyễn Thị Hoa" / "PHÓ CHỦ TỊCH" / …) and no writer's credit
// (the byline itself, "Bài: Quang Minh", signs under a quoted official's name). Its index, or 0.
std::size_t signer_under_block(const std::vector<Paragraph>& body, std::size_t j);

// The same block with no name under it: a short post ("TM. ĐẢNG ỦY" / "BÍ THƯ", "GIÁM ĐỐC", at
// most 5 words; "HIỆU TRƯỞNG NHÀ TRƯỜNG GỬI LỜI CHÚC" is the text's heading) over nothing, over
// another post or over the page's short lines (its buttons, a box's title): the page's from
// there on. Over a sentence or a caption it is no such end.
bool post_over_page_lines(const std::vector<Paragraph>& body, std::size_t j);

// "Quí Nguyễn Thường trực Ban biên tập": `above` is `name` (a writer's, two words at least),
// then a post with nothing between: a position (byline.h opens_with_position, "Hiệu trưởng nhà
// trường") or an editorial board after a rank ("Thường trực Ban biên tập", office_byline.h), at
// most six words, no stop, as a signature prints it on one line; a caption or a sentence about
// the person says more.
bool signed_with_post_above(std::string_view above, std::string_view name);

}  // namespace tuyentap
