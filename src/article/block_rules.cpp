// The body rules, in the order they run (block_rules.h says what each one does).
#include "article/block_rules.h"

#include <algorithm>
#include <utility>

#include "article/article_tail.h"
#include "article/byline.h"
#include "article/byline_unit.h"
#include "article/caption.h"
#include "article/text_lines.h"
#include "text/date.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

// The plain-text reader's heading shape (text_reader.cpp): short, capitalised or numbered,
// without final sentence punctuation, and not a date line.
Block caption_block(const std::string& text) {
  Block c;
  if (auto parsed = parse_caption(text)) {
    c = std::move(*parsed);
    if (c.text.empty() && c.credit.empty()) c.text = text;
  } else {
    c.text = text;
  }
  c.type = BlockType::Caption;
  return c;
}

// The byline: the last text block, when it has a byline's shape (and the style asked for).
std::string take_byline(std::vector<HtmlBlock>& kept, const BodyRules& rules) {
  std::size_t texts = 0;
  for (const HtmlBlock& b : kept) texts += b.text.empty() ? 0 : 1;
  for (std::size_t i = kept.size(); i-- > 0;) {
    if (kept[i].text.empty()) continue;
    const HtmlBlock& b = kept[i];
    bool styled = b.right || b.bold || !rules.byline_needs_style;
    bool enough_left = rules.byline_needs_style || texts >= 2;  // the lead stays
    if (styled && enough_left && !b.image && !b.figcaption && looks_like_byline(b.text)) {
      std::string author = b.text;
      kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(i));
      return author;
    }
    break;
  }
  return {};
}

// A right-aligned source credit closing the body ("Theo Báo Nhân Dân") when the page names
// the writer elsewhere (its author element): the credit line, not a paragraph.
void drop_source_credit(std::vector<HtmlBlock>& kept) {
  for (std::size_t i = kept.size(); i-- > 0;) {
    if (kept[i].text.empty()) continue;
    if (kept[i].right && !kept[i].figcaption && looks_like_source(kept[i].text))
      kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(i));
    return;
  }
}

// "Địa chỉ: …", "Điện thoại: …", "Email: …": a contact line, as a box under an article
// gives them (an advertiser's, the newsroom's).
bool contact_line(const std::string& text) {
  constexpr std::size_t kMaxContactBytes = 300;
  if (text.size() > kMaxContactBytes) return false;
  std::string key = fold_for_match(text);
  for (std::string_view label : {"dia chi", "dien thoai", "so dien thoai", "dt", "email", "e-mail",
                                 "hotline", "fax", "website", "lien he", "tel", "di dong"}) {
    if (!key.starts_with(label)) continue;
    std::size_t i = label.size();
    while (i < key.size() && key[i] == ' ') ++i;
    if (i < key.size() && key[i] == ':') return true;
  }
  return false;
}

// The contact box at the end of a body, with the line introducing it ("… của lương y:").
void drop_contact_tail(std::vector<HtmlBlock>& kept) {
  bool dropped = false;
  while (!kept.empty() && (kept.back().text.empty() || contact_line(kept.back().text))) {
    dropped = dropped || !kept.back().text.empty();
    kept.pop_back();
  }
  if (dropped && !kept.empty() && kept.back().text.ends_with(":")) kept.pop_back();
}

// The page's own lines closing the body ("Mời quý độc giả theo dõi X trên" over the networks'
// icons, a box's title whose list was not kept): article_tail.h. Returns how many.
std::size_t drop_tail_chrome(std::vector<HtmlBlock>& kept) {
  std::size_t dropped = 0;
  for (std::size_t i = kept.size(); i-- > 0;) {
    const HtmlBlock& b = kept[i];
    if (b.text.empty()) continue;
    if (b.image || b.figcaption || !is_tail_chrome(b.text)) break;
    kept.erase(kept.begin() + static_cast<std::ptrdiff_t>(i));
    ++dropped;
  }
  return dropped;
}

}  // namespace

std::vector<HtmlBlock> without_chrome_lines(std::vector<HtmlBlock> blocks,
                                            const ChromeMatcher& chrome) {
  std::vector<HtmlBlock> kept;
  for (HtmlBlock& b : blocks) {
    if (!b.text.empty()) {
      ChromeMatcher::LineKey key = chrome.key(b.text);
      // A box's title before any of the body's text ("Tin mới" over a list the page fills
      // later, above a photo story) ends nothing: the body has not begun.
      if (chrome.ends_article(key) || chrome.related(key)) {
        bool begun = std::any_of(kept.begin(), kept.end(),
                                 [](const HtmlBlock& k) { return !k.text.empty(); });
        if (!begun) continue;
        break;
      }
      if (chrome.drop_line(key)) continue;
    } else if (!b.image) {
      continue;
    }
    kept.push_back(std::move(b));
  }
  return kept;
}

std::vector<HtmlBlock> article_blocks(std::vector<HtmlBlock> blocks, const ChromeMatcher& chrome) {
  for (HtmlBlock& b : blocks) b.text = tidy_html_text(b.text);
  return without_chrome_lines(std::move(blocks), chrome);
}

Body classify_blocks(const std::vector<HtmlBlock>& blocks, std::string author,
                     const BodyRules& rules) {
  std::vector<HtmlBlock> kept = blocks;
  Body body;
  if (author.empty()) {
    body.author = take_byline(kept, rules);
  } else {
    body.author = std::move(author);
    drop_source_credit(kept);
  }
  drop_contact_tail(kept);
  body.tail_chrome = drop_tail_chrome(kept);

  bool after_image = false;
  std::string photo;  // the last photo's address, until a caption takes it or text comes
  for (std::size_t i = 0; i < kept.size(); ++i) {
    const HtmlBlock& b = kept[i];
    if (b.image && !b.image_src.empty()) photo = b.image_src;
    if (b.text.empty()) {
      after_image = after_image || b.image;
      continue;
    }
    bool is_caption = b.figcaption || (after_image && (b.centred || b.italic));
    after_image = false;
    std::optional<Block> caption;
    if (is_caption) {
      caption = caption_block(b.text);
    } else {
      caption = parse_caption(b.text);  // a caption written the plain-text way
    }
    if (caption) {
      caption->photo.ref = std::exchange(photo, {});
      caption->emphasis = beyond_face(locate_emphasis(caption->text, b.pieces), false, true);
      body.blocks.push_back(std::move(*caption));
      continue;
    }
    photo.clear();  // a photo with no caption under it is not kept (docs/archive-format.md)
    bool last = i + 1 == kept.size();
    Block p;
    p.text = b.text;
    bool short_bold = b.bold && !b.centred && at_most_words(b.text, kMaxHeadingWords) &&
                      !ends_with_sentence_punct(b.text) && !last;
    bool shaped = rules.headings_by_shape && !last && heading_shape(b.text) &&
                  !parse_caption(kept[i + 1].text);
    p.type = (b.heading || short_bold || shaped) ? BlockType::Heading : BlockType::Paragraph;
    p.emphasis = locate_emphasis(p.text, b.pieces);
    if (p.type == BlockType::Heading) p.emphasis = beyond_face(std::move(p.emphasis), true, false);
    body.blocks.push_back(std::move(p));
  }
  return body;
}

void take_lead(Article& a, const std::string& description) {
  a.lead_emphasis.clear();
  a.lead_at = 0;
  a.lead = description;
  auto first_para = std::find_if(a.blocks.begin(), a.blocks.end(),
                                 [](const Block& b) { return b.type == BlockType::Paragraph; });
  if (first_para == a.blocks.end()) return;
  if (!description.empty() && !fold_exact(first_para->text).starts_with(fold_exact(description)))
    return;
  a.lead = std::move(first_para->text);
  a.lead_emphasis = std::move(first_para->emphasis);
  a.lead_at = static_cast<std::size_t>(first_para - a.blocks.begin());
  a.blocks.erase(first_para);
}

std::variant<Article, NotAnArticle> finished_article(Article a, const char* no_topic) {
  if (a.title.empty()) return NotAnArticle{"no title"};
  if (a.lead.empty() && a.blocks.empty()) return NotAnArticle{"only a title, no article text"};
  bool named_bad_date = std::any_of(a.warnings.begin(), a.warnings.end(), [](const std::string& w) {
    return w.starts_with(kImpossibleDate);
  });
  if (!a.date && !named_bad_date) a.warnings.push_back("no date line");
  if (a.topic.empty()) a.warnings.push_back(no_topic);
  // the byline's name, as the text reader gives it (byline.h author_in_byline); a source
  // credit names the source when the page named none
  if (a.source.site.empty()) a.source.site = std::string(source_in_credit(a.author));
  a.author = std::string(author_in_byline(a.author));
  drop_place_the_page_names(a);  // "Huy Quốc – Củ Chi" on a page about huyện Củ Chi
  if (a.author.empty()) a.warnings.push_back("no byline");
  return a;
}

}  // namespace tuyentap
