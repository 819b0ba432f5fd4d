// A photo's caption that retells, word for word, a stretch from inside the paragraph just
// above it: school and youth-union sites put the photo after the paragraph and caption it
// with the sentence that paragraph told ("… buổi lễ kết nạp, trước cờ Tổ quốc, …, quần chúng
// ưu tú X đã đọc lời tuyên thệ. …" then "Trước cờ Tổ quốc, …, quần chúng ưu tú X đã đọc lời
// tuyên thệ"). No writer repeats their own paragraph's words on the next line; a sapo that
// opens with the title's words repeats a start, which this never matches.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

// Whether `line` (6 to 40 words) is, its case, marks and punctuation aside, a run of the
// words of `before` that starts after before's first word, and `before` is longer (the run
// may leave out one or two of before's words once, with three words or more retold on each
// side: "Bàn giao nhà đại đoàn kết cho ông Trần Tấn Hoàn" under "… bàn giao nhà Đại Đoàn Kết
// cho gia đình ông Trần Tấn Hoàn …", tests/fixtures/real-eval36/krongbong-1); or is so
// after its own opening of at most 3 words set off by its first comma, the run then at least
// 8 words: the caption sets the photo's time or place first ("Năm 2024, có 212 công dân …"
// under "Năm nay, trên địa bàn toàn tỉnh có 212 công dân …",
// tests/fixtures/real-eval34/congan-quangbinh-1).
bool echoes_paragraph_before(std::string_view line, std::string_view before);

// Whether `paragraph` opens with the first 8 words of `lead`, their case, marks and
// punctuation aside: the page printed its sapo, then the lead photo, then the whole text,
// which tells the sapo again (tests/fixtures/real-eval7/mongcai-1). The line between the two
// stands where the photo stood.
bool repeats_lead_opening(std::string_view paragraph, std::string_view lead);

// Whether some `run` words in a row of `line` stand in a row in `text` too, their case, marks
// and punctuation aside: the text tells again what a photo's caption says ("Ban tổ chức tặng
// giấy khen cho 06 giáo viên đạt giải nhì" over "Nhân dịp này, Ban tổ chức tặng giấy khen cho
// 06 giáo viên đạt giải nhì, …"). `line_words` are the line's words as folded_match_words
// gives them, folded once for all the paragraphs asked.
std::vector<std::string> folded_match_words(std::string_view s);
bool shares_word_run(const std::vector<std::string>& line_words, std::string_view text,
                     std::size_t run);

}  // namespace tuyentap
