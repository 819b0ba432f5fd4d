// Photo captions without a credit word, in the plain text of a page: the lines the caption
// rules (caption.h) cannot tell from a subheading by their ending, recognised by what they
// say instead. Seen on real pages of unseen sites (tests/fixtures/real-eval3/).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

// A line that retells the title as a photo's caption does ("Các đại biểu bấm nút khai trương
// Cổng TTĐT tỉnh Quảng Bình" under "Khai trương Cổng TTĐT tỉnh Quảng Bình"): at least three
// quarters of the title's distinct words (of a title of five or more), in a line at least as
// long as the title and at most 40 words, starting with a capital letter, not in capitals,
// and no sentence of the text (no final punctuation, or one final "." without a comma before
// it), and none of the body's reasoning words (scene_caption.h is_reasoning_word) that the
// title does not say, nor the directive the text carries out opening it ("Thực hiện công văn
// số …"). A subheading that restates the title is shorter than it.
bool retells_title(std::string_view line, std::string_view title);

// The title's side of retells_title for all the paragraphs of its article: folded once, and
// only when a paragraph has the shape of a retelling (most articles have none).
class TitleWords {
 public:
  explicit TitleWords(std::string_view title);
  std::size_t count() const { return count_; }  // its words (word_count)
  const std::vector<std::string>& keys();       // its distinct words, folded and sorted

 private:
  std::string_view title_;
  std::size_t count_;
  std::optional<std::vector<std::string>> keys_;
};
bool retells_title(std::string_view line, TitleWords& title);

// A line that places people in the photo: "(bìa phải)", "(thứ hai từ trái)", "(đứng giữa)",
// "(ngoài cùng bên phải)", "(từ trái sang)", "(phải)" in brackets, in a line of at most 60 words;
// or opening it, the order the people stand in ("Từ trái sang phải : các ông …", "Từ phải qua
// trái:", real-eval58/trinhtoc-1), which no sentence of a text opens with.
bool names_photo_position(std::string_view line);

// The people a photo shows, listed by name with an ellipsis after them ("Xuân Khóa Hoàng, Vương
// Trọng, Trần Đình Tuấn, …", real-eval101/donghodaydanu-1: the text's last line, under its
// initials): three names or more parted by commas, each of 2 to 5 words that each open with a
// capital and hold no digit, half of them at least of 3 words (people's names; places' are of
// two), then "…" or "..." (after a comma or not) and nothing else. A text's list of names says
// what they are ("các đồng chí: A, B, C"); a co-writers' byline names them all, with no
// ellipsis. The reader takes such a line for a caption only under a sentence closed by its stop
// or under a byline (a list announced in words, "… gồm các em", "… như sau", has neither).
bool lists_people_shown(std::string_view line);

// A portrait's caption: a name and the person's position, nothing they do ("Chị Phan Thị Lợi,
// Chủ tịch Hội LHPN huyện Bắc Tân Uyên", "Đồng chí Nguyễn Văn An - Bí thư Đảng ủy xã"): a
// name of at most 6 capitalised words ("Đồng chí" may open it), then after ", ", " - " or
// " (" a position (byline.h byline_without_position); at most 20 words, one clause, at most
// a final ".", and none of the body's reasoning or reporting words (scene_caption.h
// has_reasoning_words: "Ông X, Chủ tịch UBND xã, cho biết …" reports what was said). At the
// article's end the same line signs it: only the reader knows where.
bool names_portrait(std::string_view line);

// A caption in round brackets alone on its line, as commune and district portals print it under
// the photo ("( Các cháu thiếu nhi múa chào mừng …)", "(Đoàn viên mới tuyên thệ dưới cờ Đoàn)"):
// the text inside, without the brackets and the spaces within them; nullopt for any other line.
// Inside: 3 to 40 words starting with a capital, no sentence stop, none of the body's
// reasoning words (scene_caption.h; "đã" and "đang" allowed after a person's title opening it:
// "(Đồng chí … giới thiệu thành phẩm … đã qua chế biến)"), the words of a scene
// (names_scene_words: an act, a person's title, an event, a place), a colon only after a
// person's title, and neither a name ("(Thanh Huyền)", a byline), a writer's unit
// (writer_unit.h), a source ("(Báo …)", "(Nguồn: …)") nor an editor's note on the series or the
// copy ("(Còn nữa)", "(Kỳ 2: …)", "(Trích …)", "(Tít do Tòa soạn đặt)"; "(Kèm theo Công văn …)"
// has "theo").
std::optional<std::string_view> bracketed_caption(std::string_view line);

// A photo taken from another site, its caption closed by that site's address: "Theo Chủ tịch
// Hồ Chí Minh, muốn viết … cách nói của quần chúng. Nguồn: truyenhinhnghean.vn"
// (tests/fixtures/real-eval34/tcnn-1). The caption's text (3 words or more, ending with a
// stop) and the address (a domain alone, source_names.h looks_like_domain), split at
// ". Nguồn: "; nullopt for any other line. A source named in words ("Nguồn: Tổng cục Thống
// kê") credits a paragraph's figures, not a photo, and is never matched. The reader asks it
// only of a line between paragraphs, at most half as long as the text after it: on the
// learning pages the one line that ends so is a caption.
struct WebSourcedCaption {
  std::string_view text;
  std::string_view address;
};
std::optional<WebSourcedCaption> web_sourced_caption(std::string_view line);

// A word without the punctuation and quotation marks around it: "“Thanh" → "Thanh", "hội," →
// "hội", "(bên" → "bên".
std::string_view without_marks(std::string_view w);

}  // namespace tuyentap
