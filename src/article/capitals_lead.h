// A sapo printed in capitals. Some sites set the whole lead in capitals under the title; a line
// in capitals there is otherwise a deck, a slogan or a box's title (text_blocks.cpp takes it for
// a heading, the paragraph under it for the lead). The two differ by shape: the sapo is a long
// sentence, with its clauses and its full stop; a deck or a title is a phrase, a slogan
// exclaims ("… THÀNH CÔNG TỐT ĐẸP!").
#pragma once

#include <string_view>

namespace tuyentap {

// All in capitals and a sentence: at least 12 words closed by a full stop or "…" (never "!" or
// "?") with a comma inside or 20 words and more; or over 30 words however it ends (no heading,
// deck nor title runs so long).
bool reads_as_capitals_sapo(std::string_view paragraph);

}  // namespace tuyentap
