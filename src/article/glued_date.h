// A date line glued to the text after it: "1/9/2020 1:15:06 PMXây dựng đội ngũ …", "Ngày
// đăng: 01/08/2022Ngày 01/8/2022, đoàn …". A page that prints its date and its sapo as two
// inline blocks loses the break between them in a text copy, and the time's last letter
// (AM/PM, SA/CH) or digit runs into the sapo's first capital. No word is so written: where a whole
// date line ends at such a glue, the date line is a paragraph of its own, and the text after it is
// the next one (nothing of it is lost).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "article/text_lines.h"

namespace tuyentap {

// Where the date line ends in `paragraph`: within its first kMaxGluedDateBytes bytes a digit,
// a time's AM/PM/SA/CH or a closing bracket ("(GMT+7)", "[GMT+7]", "(21/03/2019)") is followed
// at once by a capital letter or by the lead's agency in brackets ("20:08(HanoiTV) - Phát
// huy"), the text before it a whole date line (text/date_line.h parse_date_line: a date,
// perhaps after its label or weekday) and the text from the capital on at least one more
// word. Before the date line may stand a section or a byline set apart by a separator
// ("PV - 10:56, 18/12/2020"), or a writer's name set apart by a space ("Phương Thúy 07/01/2019
// 09:40"). nullopt when the paragraph has no such glue.
inline constexpr std::size_t kMaxGluedDateBytes = 80;
std::optional<std::size_t> glued_date_end(std::string_view paragraph);

// Where the date line at the head of the page's first paragraph ends, set apart from the lead by
// a plain space: "15:37 14/04/2021 Sáng 14-4, Uỷ ban MTTQ … HĐND TP." A page that prints its
// stamp inline before the sapo loses the break in a text copy. The head is a whole date line
// with a time that opens with a digit and ends with one (a sentence never opens "15:37
// 14/04/2021"), the text after it reads as a lead: a capital, at least eight words, a
// sentence's stop last. A lead that opens with its own date ("20/10/2023, Ban …", no time) keeps
// it. nullopt when the paragraph opens otherwise.
std::optional<std::size_t> leading_date_end(std::string_view paragraph);

// Splits each of the first `header` paragraphs that glued_date_end cuts into the date line and
// the text after it (the text keeps no photo hint: the hint stood before the date); the first
// paragraph also where leading_date_end cuts it, and the second under a masthead's clock, a bare
// date line (text/date_line.h bare_date_line) standing first.
void unglue_date_lines(std::vector<Paragraph>& paras, std::size_t header);

// The first of the first `header` paragraphs that is a date's label alone ("Ngày đăng", "Cập
// nhật", "Ngày đăng:", a weekday "Thứ Hai"; at most 4 words, no digit) right over a date that
// opens with its digits ("02/04/2021"), the two reading as one date line (text/date_line.h
// parse_date_line, with a colon put between when the label left it out), takes the date in:
// the label is the date line's, no title nor section (real-eval101/vigef-1, and the review's
// probes where `Ngày đăng` became the title, the title the topic).
void join_date_label(std::vector<Paragraph>& paras, std::size_t header);

}  // namespace tuyentap
