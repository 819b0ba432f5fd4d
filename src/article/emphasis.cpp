#include "article/emphasis.h"

#include <algorithm>

#include "base/ascii.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

bool only_spaces(std::string_view s) {
  return s.find_first_not_of(' ') == std::string_view::npos;
}

}  // namespace

void append_piece(std::vector<StyledPiece>& pieces, std::string_view text, bool bold, bool italic) {
  if (text.empty()) return;
  if (!pieces.empty() && pieces.back().bold == bold && pieces.back().italic == italic) {
    pieces.back().text += text;
  } else {
    pieces.push_back({std::string(text), bold, italic});
  }
}

std::vector<Emphasis> beyond_face(std::vector<Emphasis> emphasis, bool bold, bool italic) {
  for (Emphasis& e : emphasis) {
    e.bold = e.bold && !bold;
    e.italic = e.italic && !italic;
  }
  std::erase_if(emphasis, [](const Emphasis& e) { return !e.bold && !e.italic; });
  return emphasis;
}

void cut_front(std::vector<Emphasis>& emphasis, std::size_t n) {
  for (Emphasis& e : emphasis) {
    e.begin = std::max(e.begin, n) - n;
    e.end = std::max(e.end, n) - n;
  }
  std::erase_if(emphasis, [](const Emphasis& e) { return e.begin >= e.end; });
}

bool has_emphasis(const std::vector<StyledPiece>& pieces) {
  for (const StyledPiece& p : pieces)
    if (p.bold || p.italic) return true;
  return false;
}

std::vector<Emphasis> locate_emphasis(std::string_view text,
                                      const std::vector<StyledPiece>& pieces) {
  std::vector<Emphasis> out;
  if (!has_emphasis(pieces)) return out;
  std::size_t cursor = 0;
  for (const StyledPiece& piece : pieces) {
    std::string folded = fold_whitespace(to_nfc(piece.text));
    std::string_view wanted = trim_spaces(folded);
    if (wanted.empty()) continue;
    std::size_t at = text.find(wanted, cursor);
    if (at == std::string_view::npos) continue;
    std::size_t end = at + wanted.size();
    cursor = end;
    if (!piece.bold && !piece.italic) continue;
    if (!out.empty() && out.back().bold == piece.bold && out.back().italic == piece.italic &&
        only_spaces(text.substr(out.back().end, at - out.back().end))) {
      out.back().end = end;
    } else {
      out.push_back({at, end, piece.bold, piece.italic});
    }
  }
  return out;
}

}  // namespace tuyentap
