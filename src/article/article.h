// article/: the Article value, what every later stage reads.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "text/date.h"

namespace tuyentap {

enum class BlockType { Paragraph, Caption, Heading };

// "paragraph", "caption", "heading"
const char* block_type_name(BlockType t);

struct Block {
  BlockType type = BlockType::Paragraph;
  std::string text;    // NFC, whitespace folded; for a caption without the "Ảnh: …" credit
  std::string credit;  // captions only: "H.T" from "… Ảnh: H.T"; may be empty
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
  std::optional<std::string> time;  // "HH:MM"
  std::string lead;                 // the sapo; may be empty
  std::vector<Block> blocks;        // body in order, lead not included
  std::string author;  // byline as written ("Hoàng Uyên", "PV", "Theo báo Bạc Liêu")
  ArticleSource source;  // where it was published; empty when nothing says
  std::vector<std::string> warnings;  // "no date line", "no byline", "encoding uncertain: …"
};

// All the reader-visible text of an article in order (title, lead, blocks with credits,
// author) joined by single spaces, a spaced hyphen between numbers given as the en dash both
// books print (text/dashes.h): what EPUB/PDF round-trip tests compare against.
// A caption's credit is shown as credit_label(credit) after the caption text.
std::string article_plain_text(const Article& a);

// How a photo credit is shown to the reader: "Ảnh: H.T". Renderers use this so that the
// printed text and article_plain_text agree.
std::string credit_label(const std::string& credit);

}  // namespace tuyentap
