// The file formats people keep beside their articles — scans, photos, the printed PDF, the
// Word original, compressed archives, programs — recognised by their magic numbers. This is
// the one table of them: the archive stage skips such a file with the reason given here, and
// the readers refuse it with the same reason whatever encoding the user forces (a PNG is no
// text in any encoding).
//
// It judges formats, not text: bytes with no magic number here (UTF-16 without a byte order
// mark, unknown binary junk) are passed on, and whether they are text is the readers'
// decision (article/input_text.h), the only stage that knows a forced encoding.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tuyentap {

// "not text (PNG image)", "not text (Word document (.docx))" …, or nullopt when `bytes`
// start with none of the magic numbers. Reads at most the first 64 KB.
std::optional<std::string> binary_format_reason(std::string_view bytes);

// The word processors' documents an article may be kept as. Docx and Odt are zips (a
// word/document.xml entry; an OpenDocument text "mimetype"), read as one article each, never
// unpacked; LegacyWord is a Word 97–2003 file (OLE2 with a WordDocument stream), which the
// readers refuse with the advice to save it as .docx. The archive stage keeps all three for
// the readers (binary_format_reason still names them, for any other use of the bytes).
enum class WordFormat { None, Docx, Odt, LegacyWord };
WordFormat word_format(std::string_view bytes);

}  // namespace tuyentap
