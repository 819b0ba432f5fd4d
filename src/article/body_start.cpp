// The body's start: see body_start.h.
#include "article/body_start.h"

#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#include "article/byline.h"
#include "article/lead_prefix.h"
#include "article/place_tag.h"
#include "article/province_names.h"
#include "article/theo_writer.h"
#include "article/title_repeat.h"
#include "article/writer_positions.h"
#include "text/normalize.h"

namespace tuyentap {

namespace {

constexpr std::size_t kMaxHeaderBylineWords = 8;
constexpr std::size_t kMaxEndBox = 2;  // paragraphs of a related article's box at the end

using Paragraphs = std::vector<Paragraph>;

// "Hà Nội", "Quảng Ninh", "Thanh Niên", "Tuổi Trẻ": a province's or a paper's name in
// syllables, which a dateline over the lead gives ("Hà Nội -"), no writer's name, though it
// has the shape of one.
bool names_place_or_paper(std::string_view words) {
  return is_province_name(words) || has_name_noun(words);
}

// Takes body[from, from + count) out as the header's byline's lines.
void take_byline_lines(Paragraphs& body, std::size_t from, std::size_t count, HeaderByline& hb) {
  auto first = body.begin() + static_cast<std::ptrdiff_t>(from);
  auto last = first + static_cast<std::ptrdiff_t>(count);
  hb.at = from;
  hb.lines.assign(std::make_move_iterator(first), std::make_move_iterator(last));
  body.erase(first, last);
}

}  // namespace

// Step 3: returns a byline found between the date line and the lead. `alt_texts` counts the
// photos' alt texts taken off the captions glued to them (title_repeat.h CaptionGlued).
HeaderByline clean_body_start(Paragraphs& body, Article& a, std::size_t& alt_texts) {
  if (!a.title.empty()) {
    std::string folded_title = fold_for_match(a.title);
    // The paragraphs kept move down over the ones dropped, in one pass (an erase per
    // repeat moved the rest each time: minutes for a page of 100,000 repeats).
    std::size_t kept = 0;
    // the article's text goes on under paragraph i: a sentence of it among the next few (a
    // byline, a credit, a caption or an attachment's line under a heading is none)
    auto text_goes_on = [&body](std::size_t i) {
      constexpr std::size_t kLook = 6;
      for (std::size_t k = i + 1; k < body.size() && k <= i + kLook; ++k)
        if (is_body_text(body[k].text) && !is_all_caps(body[k].text)) return true;
      return false;
    };
    for (std::size_t i = 0; i < body.size(); ++i) {
      // a title cut and glued to the next link's is a link's, as a numbered placeholder is
      TitleRepeat r = cut_title_glued(body[i].text, a.title)
                          ? TitleRepeat::Numbered
                          : repeats_title(body[i].text, folded_title);
      // a photo's alt text glued to its caption: the caption stays, under the photo
      if (r == TitleRepeat::CaptionGlued) {
        body[i].text.erase(0, *caption_after_alt_text(body[i].text));
        body[i].photo = PhotoHint::Repeated;  // the figure's own text, as an alt text's repeat
        ++alt_texts;
        r = TitleRepeat::No;
      }
      // the title closed with a stop over the article: the title again when the article's
      // text goes on under it (over a byline or a caption alone, it is the article's one
      // sentence); under the lead, a photo's caption retelling the title
      // (real-eval58/hoangluu-hoanghoa-1), read by the caption rules
      if (r == TitleRepeat::Stopped)
        r = kept == 0 && text_goes_on(i) ? TitleRepeat::Alone : TitleRepeat::No;
      // the title in capitals at the head of the lead, no line between: the lead is the rest
      if (r == TitleRepeat::No && kept == 0)
        if (auto text = text_after_title_in_capitals(body[i].text, a.title))
          body[i].text.erase(0, *text);
      // the title typed again with a letter mistyped: printed again alone, and told, as its
      // words are not the title's
      if (r == TitleRepeat::Mistyped) {
        a.warnings.push_back("the title printed again with a letter mistyped left out: " +
                             body[i].text);
        r = TitleRepeat::Alone;
      }
      // A placeholder with a title glued on opens a related article's box; near the end, the
      // box is all that is left (its summary, its buttons).
      if (r == TitleRepeat::Glued && body.size() - i <= kMaxEndBox + 1) break;
      // the title again inside the body is a photo's alt text: a photo stood there, the
      // paragraph under it may be its caption (hinted_caption), as under an image marker; a
      // print view's repeated header (the title, then the byline) is none. The title alone,
      // with no photo word or number, may be a video's title or a part's heading too: a
      // weaker hint (PhotoHint::TitleAgain).
      if (r != TitleRepeat::No && kept > 0 && i + 1 < body.size() &&
          body[i + 1].photo == PhotoHint::None && !looks_like_byline(body[i + 1].text))
        body[i + 1].photo = r == TitleRepeat::Alone ? PhotoHint::TitleAgain : PhotoHint::Marker;
      if (r != TitleRepeat::No) continue;
      // the title printed again over two lines ("GIÁO XỨ GIA AN – VUI CÙNG TUỔI" over "THƠ": a
      // print view's header, hard-wrapped, real-eval51/gxgiaan-1): both lines go, neither a
      // lead nor a link; asked only of two lines as long as the title together
      if (constexpr std::size_t kSlack = 4;
          i + 1 < body.size() &&
          body[i].text.size() + 1 + body[i + 1].text.size() <= a.title.size() + kSlack &&
          body[i].text.size() + 1 + body[i + 1].text.size() + kSlack >= a.title.size() &&
          !ends_with_sentence_punct(body[i].text) &&
          repeats_title(body[i].text + " " + body[i + 1].text, folded_title) ==
              TitleRepeat::Alone) {
        ++i;
        continue;
      }
      // over the article, the title in capitals again with a word or two changed: the page's
      // heading and the article's own; told, as its words are not all the title's
      if (kept == 0 && retells_title_in_capitals(body[i].text, a.title) && text_goes_on(i)) {
        a.warnings.push_back("the title printed again in other words left out: " + body[i].text);
        continue;
      }
      if (kept != i) body[kept] = std::move(body[i]);
      ++kept;
    }
    body.resize(kept);
  }
  HeaderByline hb;
  // "ThS LÊ VĂN CƯỜNG" over "Học viện Chính trị, Bộ Quốc phòng": a journal's byline with the
  // writer's institution on the line under it, then the lead.
  // A name in capitals stands so too ("LÊ VĂN AN" over "Học viện …"): no heading names a
  // person and an institution under it.
  // In title case, over a unit's name (header_byline.h).
  if (body.size() >= 3 && is_byline_over_institution(body[0].text, body[1].text) &&
      is_body_text(body[2].text)) {
    hb.author = body[0].text;
    take_byline_lines(body, 0, 2, hb);
  }
  // A newsroom's mark alone ("PV") between the lead and the body: the page printed its byline
  // under the sapo.
  if (hb.author.empty() && body.size() >= 3 && is_body_text(body[0].text) &&
      is_newsroom_role(body[1].text) && is_body_text(body[2].text)) {
    hb.author = body[1].text;
    take_byline_lines(body, 1, 1, hb);
  }
  for (int pass = 0; pass < 2 && body.size() >= 2 && is_body_text(body[1].text); ++pass) {
    const std::string& first = body[0].text;
    if (auto place = source_line(first)) {
      a.source.site = *place;
    } else if (auto words = dateline_alone(first)) {
      // "Nguyễn Văn An -" over the lead: the writer, no agency; "HÀ NỘI -": the dateline's
      // place, which the lead opens with as the page prints it (the line broke at its dash)
      if (hb.author.empty() && !is_all_caps(*words) && !names_place_or_paper(*words) &&
          !is_place_tag(*words, a.title, body[1].text) && looks_like_byline(*words)) {
        hb.author = std::string(*words);
        take_byline_lines(body, 0, 1, hb);
        continue;
      }
      body[1].text = first + " " + body[1].text;
      body.erase(body.begin());
      break;
    } else if (is_place_tag(first, a.title, body[1].text)) {
      // "Đồng Tháp" alone under the title: where the story comes from, not who wrote it
    } else if (hb.author.empty() && at_most_words(first, kMaxHeaderBylineWords) &&
               looks_like_byline(first)) {
      hb.author = without_footnote_mark(first);
      take_byline_lines(body, 0, 1, hb);
      continue;
    } else if (auto writer = writer_before_positions(first); writer && hb.author.empty()) {
      hb.author = std::string(*writer);  // the name, its positions after a dash dropped
      take_byline_lines(body, 0, 1, hb);
      continue;
    } else {
      break;
    }
    body.erase(body.begin());
  }
  // "<sapo>", "Lương Hải Sinh", "Bí thư Đảng ủy …", then the body: the writer's name under the
  // sapo and the writer's position on the line under it, as a leader's article is signed
  if (hb.author.empty() && body.size() >= 4 && is_body_text(body[0].text) &&
      looks_like_name(body[1].text) && !at_most_words(body[1].text, 1) &&
      opens_with_position(body[2].text) && looks_like_institution_line(body[2].text) &&
      is_body_text(body[3].text)) {
    hb.author = body[1].text;
    take_byline_lines(body, 1, 2, hb);
  }
  return hb;
}

}  // namespace tuyentap
