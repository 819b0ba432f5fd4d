// Photo captions in the archive's plain text: "… Ảnh: H.T", "… (Ảnh: TTXVN)", "ẢNH: X",
// "… (Ảnh minh họa)", "… Ảnh nguồn GLO." (the paper the photo came from), "Ảnh 1. Đồng chí …"
// (a photo numbered at its caption's start: the rest is the caption).
#pragma once

#include <optional>
#include <string_view>

#include "article/article.h"

namespace tuyentap {

// A Caption block when the line is a photo caption, else nullopt. The credit after "Ảnh:"
// goes to Block::credit (text keeps what precedes it); "Ảnh minh họa" has no credit and stays
// in the text. A line that is only a credit ("Ảnh: H.T") gives a caption with empty text.
std::optional<Block> parse_caption(std::string_view line);

// The line is a photo's credit alone ("Ảnh: Hồng Nhị", "Ảnh Nguyễn Nam"): a caption with a
// credit and no text of its own.
bool is_credit_alone(std::string_view line);

// "Trụ sở HĐND tỉnh Nghệ An. Ảnh tư liệu: Thành Duy", "Đại biểu dự hội nghị. (Ảnh minh họa)":
// a caption whose own words (three at least) close with their stop before the credit or the
// photo's kind, a line no title, section or lead is. Not "Ảnh: …" opening the line (a photo
// story's title), nor a title with the photo word or a credit glued on and no stop before it
// ("Chùm ảnh: Lễ hội …", "Xuân về trên bản Mông - Ảnh: Hoàng Hà", "… (Ảnh tư liệu)").
bool is_described_photo(std::string_view line);

}  // namespace tuyentap
