// What a caption becomes in the books (issue 11's rule "captions without a photo"): under its
// photo when the photo is in the book; the body itself in a photo story; otherwise, since a
// caption with nothing above it is no caption, a short note kept with the paragraph before it
// ("[Ảnh: Quang cảnh hội nghị — T.L]"), or nothing when the spec says "drop". Decided here,
// once, so that both books and article_plain_text agree.
#pragma once

#include <string>
#include <vector>

#include "article/article.h"

namespace tuyentap {

// The spec's `captions_without_photo`: "note" (the default) or "drop".
enum class CaptionsWithoutPhoto { Note, Drop };

enum class CaptionRole {
  Figure,  // under its photo: "text Ảnh: credit" as the figure's caption
  Body,    // a photo story's paragraph: "text Ảnh: credit", set as body text
  Note,    // caption_note(): small italic, kept with the paragraph before it
  Drop,    // left out (captions_without_photo = "drop"); counted in the report
};

// A photo story: the body has two or more captions and no paragraph (headings may stand
// between them): every paragraph was a caption, so the captions are the text.
bool is_photo_story(const Article& a);

// The role of caption `b` of `a` (b.type must be Caption).
CaptionRole caption_role(const Article& a, const Block& b, CaptionsWithoutPhoto rule);

// A caption's text as a figure or body text shows it: "text Ảnh: credit", "text", "Ảnh: credit".
std::string caption_text(const Block& b);

// The note for a caption without its photo: "[Ảnh: text — credit]", "[Ảnh: text]",
// "[Ảnh: credit]"; the text's final full stop is dropped.
std::string caption_note(const Block& b);

// The caption's emphasis (Block::emphasis, on b.text) moved onto caption_note(b): the same
// words bold or italic in the note as under the photo.
std::vector<Emphasis> caption_note_emphasis(const Block& b);

// How many captions of `a` have no photo in the book and are not a photo story's body: the
// notes the books set (or, with "drop", leave out).
int captions_without_photo(const Article& a);

}  // namespace tuyentap
