// A photo's caption glued to the paragraph after it by the copy: "… chụp hình lưu niệm. Ảnh:
// Chi LanHội nghị đã được nghe …" — the credit's last name runs into the next paragraph's
// first word with no space, a lower-case letter straight before a capital. No name is so
// written, and a credit is a few capitalised words: where a credit's words glue a capital on,
// the caption ends there. Seen on a city Party committee's news site (tests/fixtures/
// real-eval24/), as the page-layout splitting of glued box titles (text_lines, step 1) sees it.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace tuyentap {

// The credit's label as sites write it: "Ảnh:", "Ảnh :", "ẢNH:", after a space, a dash or an
// opening bracket ("(Ảnh: Chi Lan)"); never the lower-case "ảnh:" of a sentence nor a label
// glued to the word before it. A bracketed credit may end at its closing bracket, the next
// sentence glued to it or after a space or a stop ("(Ảnh: Chi Lan)Hội nghị …").
// Where the caption ends in `paragraph`: after the label (a credit, at most kMaxGluedCreditWords
// words before the glue, each opening with a capital), a lower-case letter followed at once
// by a capital that opens a Vietnamese word (a syllable, vi_syllable.h, or an acronym in
// capitals), the text from that capital on being body text (text_lines.h is_body_text) and
// the caption before "Ảnh:" at most kMaxGluedCaptionWords words. A capital opening no
// Vietnamese word is inside an outlet's name in CamelCase ("VnExpress", "VietnamPlus",
// "ZingNews"), which is one word of the credit, never cut ("Ảnh: Vn"). A credit that is an
// outlet's name alone (that one word, or an acronym: "TTXVN") ends at the space after it when
// a sentence opens there ("Ảnh: VnExpress Hội nghị đã …"): an outlet's name is one word, a
// person's is not. nullopt when the paragraph has no such glue.
inline constexpr std::size_t kMaxGluedCreditWords = 6;
inline constexpr std::size_t kMaxGluedCaptionWords = 60;
std::optional<std::size_t> glued_credit_end(std::string_view paragraph);

}  // namespace tuyentap
