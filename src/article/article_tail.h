// The end of an article on any site: what follows its last sentence. The article's own text
// ends with a sentence, a byline, perhaps a photo's caption; the page goes on with short lines
// that say nothing of the subject — the titles of its boxes, the labels of its rows of icons,
// the bars of its buttons, the desk that posted the text — which a page's text copies after the
// body. The plain-text reader (text_reader.h, step 12) and the readers of blocks
// (block_rules.h) drop them there, never inside the body, and count them in the article's
// site-chrome warning.
#pragma once

#include <string_view>

namespace tuyentap {

// "Các trao đổi mới nhất", "Bình luận mới", "Video xem nhiều", "Liên kết website": the title of a
// box of the page, which names what the box lists — the page's posts, comments, links or clips
// (`tin`, `bài`, `bài viết`, `bình luận`, `ý kiến`, `trao đổi`, `video` …) — by their order or
// their tie to the article (`mới`, `mới nhất`, `xem nhiều`, `nổi bật`, `liên quan`, `khác`,
// `đã đưa`, `cùng chuyên mục` …), the files attached to the page (`Tệp đính kèm`, `Tài liệu đính
// kèm`), or names the page's links to other sites (`website`, `liên kết`, `link`), or its search
// box by what it searches (`Tìm kiếm tài liệu chăn nuôi`, `Tìm kiếm văn bản`, `Tìm kiếm nâng cao`).
// At most 6 words, no digit, no punctuation but a final ':'. A subheading names the subject
// ("Nhiệm vụ của chi bộ"), never the page's lists.
bool names_page_box(std::string_view line);

// "Mời quý độc giả theo dõi VOV.VN trên", "Chia sẻ bài viết qua", "Tải ứng dụng tại": a label
// that invites the reader to follow, share, download or read elsewhere and ends on the
// preposition whose object was the row of icons after it (the networks' logos, lost as text).
// At most 15 words, no final punctuation; a sentence never ends on `trên`, `tại`, `qua`, `với`.
bool labels_icon_row(std::string_view line);

// Any of the above, a bar of the page's buttons or links (header_lines.h is_page_actions_bar,
// is_menu_bar), the name of a part of the page (is_page_part_name) or a counter named by its
// words ("393 lượt xem", "Lượt xem: 120", header_lines.h is_named_counters,
// real-eval95/gdptthegioi-1): a line the page prints about itself, chrome where it stands after
// the article's last sentence.
bool is_tail_chrome(std::string_view line);

// "Thực hiện:", "Tác giả:", "Bài và ảnh:": the label of a byline alone on its line, the name on
// the next one. Part of the byline, no paragraph. A writer's label needs no colon ("Người Viết",
// "Tác giả"; not "Bút danh", a pen name's field in a profile).
bool is_byline_label_alone(std::string_view line);

// The last paragraph of a text cut after a subheading (a copy that ends where a tool stopped,
// "… phát triển hơn." then "Doanh nghiệp xin thành lập tổ chức đảng"): a heading whose text was
// not kept, not the article's last paragraph. `line` closes the text with nothing after it
// (no byline, no chrome), `before` is the sentence above it. It has a subheading's shape
// (text_lines.h heading_shape), or is a label of at most 6 words ending in ':' ("Khó khăn:"),
// or a point of at most 30 words led by an ordinal ("Một là, …", "Thứ hai, …") or a part's
// number; it has no sentence inside and is no item of a list `before` belongs to (both led by
// a bullet, by a number, or by the same word: "Phần 1: …." then "Phần 2: …").
bool is_dangling_heading(std::string_view line, std::string_view before);

}  // namespace tuyentap
