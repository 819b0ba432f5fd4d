// Text hard-wrapped at a fixed width: a text browser's dump (100 to 250 columns) or a
// browser's "Save as text", a mail client, a copy from a terminal (60 to 99 columns), where
// every paragraph is broken at spaces into lines of at most that width. join_paragraphs
// (text_lines.h) reads such a file's paragraphs again with these two tests.
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tuyentap {

// The width the file was wrapped at, or 0. Wide (100 to 250 code points): many lines end
// within a word's length of one longest-line width, inside a sentence, and no line is longer.
// Narrow (60 to 99): no line is longer than the widest, and many lines are cut where the next
// line's first word would not have fitted on them (wrapped_before; a list's item under a line,
// "- …", "2. …", is no such cut) — the mark of a greedy wrap, which a list of related links'
// titles, a list of items or one short paragraph per line lacks.
// `indents`, when given, are the columns each line was indented by before split_clean_lines
// took them off: the wrap counted them ("      Thực hiện …" over the rest of its paragraph,
// a paragraph's first line indented as a page's text often is).
std::size_t wrap_width(const std::vector<std::string>& lines,
                       std::span<const std::size_t> indents = {});

// Whether `line`, directly under `previous` in a file wrapped at `width`, goes on
// previous's paragraph: the wrap would have put line's first word on previous had it fitted
// (previous's indent and length + a space + that word's is over the width). A capital, a name, a
// number or a sentence's end before it do not matter: the width, not the writer, cut there.
bool wrapped_before(std::string_view previous, std::string_view line, std::size_t width,
                    std::size_t previous_indent = 0);

// A narrowly wrapped text (wrap_width 60 to 99) as its paragraphs, one per line: `lines`
// (split_clean_lines's) joined with a space where wrapped_before says the width cut them,
// "\n" elsewhere; none for any other text. Every step after the split (chrome by its shape,
// the header's fields, the title scorer) then reads whole paragraphs, as on a page saved
// unwrapped: "… giám sát năm" over "2021" is a title's end, no counter's number.
// `spacers` (split_clean_lines's: which blank lines were one space alone) stay one space.
std::optional<std::string> unwrapped_text(const std::vector<std::string>& lines,
                                          std::span<const std::size_t> indents = {},
                                          std::span<const std::size_t> spacers = {});

// For each line of a text wrapped at `width`, whether it goes on the line above: the width cut
// there (wrapped_before), unless the line above ends a sentence and the lines the width ran on
// from it, at most 30 words, end with no sentence punctuation (a caption or a byline under a
// paragraph, no last sentence of it), or, among the text's first 12 lines, the lines above are
// a title the rest of their paragraph retells (its lead, run on by the width); and it goes on
// a paragraph's first line cut short that opens with a dated clause ("Ngày 06/02/2026, …") and
// ends where a clause cannot (a comma, a word leading into what follows, a place's noun before
// its name: "… phát triển tỉnh") when the width cut it from the line under it.
std::vector<bool> wrap_joins(const std::vector<std::string>& lines, std::size_t width,
                             std::span<const std::size_t> indents = {});

// The narrowest width wrap_width reports for a greedy wrap (kMinNarrowWidth) and the widest
// of a text browser's (wrap_width's wide range starts at 100).
inline constexpr std::size_t kMinNarrowWidth = 60, kMinWideWidth = 100;

}  // namespace tuyentap
