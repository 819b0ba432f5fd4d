// Inline emphasis (bold, italic) found again in a block's final text. Readers see a paragraph
// as pieces of text in a style (a Word run, the text inside <b> or <em>), but the block's
// text is what the reader's rules made of the whole paragraph: tidied, with a caption's credit
// or a lead's agency prefix taken off. So the pieces are looked for in that text, in order.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "article/article.h"

namespace tuyentap {

// A stretch of a paragraph's source text and its style; plain pieces count too (they keep the
// search in step).
struct StyledPiece {
  std::string text;  // as in the source (any normal form, any white space)
  bool bold = false, italic = false;
};

// The emphasis of `text` (the block's final text): each piece, NFC and white space folded, is
// searched for from where the piece before it was found; a styled piece found gives a range,
// merged with the one before when only white space separates two of the same style. A piece
// not found (cut off with a credit, tidied differently) is left out, never guessed.
std::vector<Emphasis> locate_emphasis(std::string_view text,
                                      const std::vector<StyledPiece>& pieces);

// The emphasis a block set in a face of its own (a heading in bold, a caption in italic) adds
// to that face: the face's style taken off each range, a range left with neither dropped.
std::vector<Emphasis> beyond_face(std::vector<Emphasis> emphasis, bool bold, bool italic);

// The emphasis of a text once its first `n` bytes are cut off (a lead's agency prefix).
void cut_front(std::vector<Emphasis>& emphasis, std::size_t n);

// Adds a piece, joined to the last one when it has the same style.
void append_piece(std::vector<StyledPiece>& pieces, std::string_view text, bool bold, bool italic);

// Whether any piece is bold or italic.
bool has_emphasis(const std::vector<StyledPiece>& pieces);

}  // namespace tuyentap
