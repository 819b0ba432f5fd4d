// article/: the Article value, what every later stage reads.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/picture.h"
#include "text/date.h"

namespace tuyentap {

enum class BlockType { Paragraph, Caption, Heading };

// "paragraph", "caption", "heading"
const char* block_type_name(BlockType t);

// The photo a caption stands under, as the page shows it (saved pages, CMS exports, records
// with an HTML body); text archives have none.
struct Photo {
  // As the page writes it: "bai-viet_files/anh1.jpg", "../img/a.png", "/uploads/a.jpg",
  // "http://…"; empty when the caption has no photo.
  std::string ref;
  // The picture, when the archive holds it (article/photos.h finds it next to the article);
  // null when missing: the caption is then a caption without a photo (caption_note.h).
  std::shared_ptr<const Picture> picture;
};

// Bold or italic words inside a block's text, as the source marked them (<b>, <em>, a Word
// run): the bytes [begin, end) of Block::text, on whole characters.
struct Emphasis {
  std::size_t begin = 0, end = 0;
  bool bold = false, italic = false;
  bool operator==(const Emphasis&) const = default;
};

struct Block {
  BlockType type = BlockType::Paragraph;
  std::string text;    // NFC, whitespace folded; for a caption without the "Ảnh: …" credit
  std::string credit;  // captions only: "H.T" from "… Ảnh: H.T"; may be empty
  Photo photo = {};    // captions only: the photo above it (a photo alone has an empty text)
  // In order, not overlapping; empty for plain text. A heading's bold and a caption's
  // italic, the faces the books set them in, are no emphasis (emphasis.h's beyond_face).
  std::vector<Emphasis> emphasis = {};
};

// Where an article was published, as a reader understands it (never a local path): the site
// or paper and the page's address, from the page itself, its front matter or the spec.
struct ArticleSource {
  std::string site;  // "Báo Bạc Liêu", "dantri.com.vn"; may be empty
  std::string url;   // the canonical address when known; may be empty
  bool empty() const { return site.empty() && url.empty(); }
};

struct Article {
  std::string id;        // stable, from the content (not the path): 12 hex digits
  std::string file;      // where it came from, as shown to the user
  std::string encoding;  // detected or forced encoding name ("UTF-8", "TCVN3", …)
  std::string topic;     // the kicker; empty when missing
  std::string title;
  std::optional<Date> date;
  std::optional<std::string> time;           // "HH:MM"
  std::string lead;                          // the sapo; may be empty
  std::vector<Emphasis> lead_emphasis = {};  // bold and italic words of the lead, as in Block
  std::vector<Block> blocks;                 // body in order, lead not included
  // Where the lead stands among the blocks, as the page shows it: before blocks[lead_at]. 0
  // (the sapo under the title) unless the page set a part's heading or a photo with its
  // caption above its first paragraph (`I. …`, an interview's first question): those blocks
  // come first in both books, the lead after them. Never over blocks.size().
  std::size_t lead_at = 0;
  std::string author;    // byline as written ("Hoàng Uyên", "PV", "Theo báo Bạc Liêu")
  ArticleSource source;  // where it was published; empty when nothing says
  std::vector<std::string> warnings;  // "no date line", "no byline", "encoding uncertain: …"
};

// The blocks above the lead (blocks[0, n)) and those under it (blocks[n, size)): `lead_at`
// kept within the blocks, what every writer of the lead and blocks in order asks.
std::size_t blocks_above_lead(const Article& a);

// Whether the books set the lead as the sapo (the lead's face): unless a heading stands above
// it. A paragraph under a part's heading is that part's first paragraph, body text, though it
// is the article's first paragraph (the `lead` the readers give); a photo above a sapo leaves
// it one.
bool lead_is_sapo(const Article& a);

// Lets the article's body go, with its room: the lead, its emphasis and the blocks. What
// names the article (id, file, title, date, author, source, warnings) stays. For a writer
// done with the text of a book far larger than its list of articles.
void release_body(Article& a);

enum class CaptionsWithoutPhoto;  // article/caption_note.h

// All the reader-visible text of an article in order (title, the blocks above the lead, the
// lead, the other blocks with credits, author) joined by single spaces, a spaced hyphen between
// numbers given as the en dash both books print (text/dashes.h): what EPUB/PDF round-trip tests
// compare against. A caption reads as the books set it (caption_note.h): under its photo or as a
// photo story's text "text Ảnh: credit" (credit_label), without its photo the note "[Ảnh: text —
// credit]", or nothing under `rule` Drop.
std::string article_plain_text(const Article& a, CaptionsWithoutPhoto rule);
std::string article_plain_text(const Article& a);  // with the default rule, Note

// How a photo credit is shown to the reader: "Ảnh: H.T". Renderers use this so that the
// printed text and article_plain_text agree.
std::string credit_label(const std::string& credit);

}  // namespace tuyentap
