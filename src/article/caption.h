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

// "Trụ sở HĐND tỉnh Nghệ An. Ảnh tư liệu: Thành Duy", "Bác Hồ với thiếu nhi (Ảnh minh họa)":
// a caption with words of its own before its credit or its kind, a line no title, section or
// lead is (no title credits a photographer). Not "Ảnh: …" opening the line, which a photo
// story's title may be.
bool is_described_photo(std::string_view line);

}  // namespace tuyentap
