#include "pdf/content_stream.h"

#include <cmath>

#include "pdf/marked_content.h"
#include "pdf/pdf_number.h"

namespace tuyentap::pdf {

std::string font_resource_name(int index) {
  return "F" + std::to_string(index);
}

namespace {

// "/P <</MCID 3>> BDC" for MCID 3 of a paragraph, "/Artifact BMC" for mcid -1.
void open_mark(std::string& out, int mcid, const char* type) {
  if (mcid < 0) {
    out += "/Artifact BMC\n";
    return;
  }
  out.push_back('/');
  out += type;
  out += " <</MCID ";
  out += std::to_string(mcid);
  out += ">> BDC\n";
}

constexpr double kMinAdjust = 0.5;  // thousandths of the font size

// A glyph id as its 2-byte Identity-H code inside a literal string. Binary rather than
// hex: half the bytes for zlib to compress, which is most of the writer's time on a big
// book. Only the delimiters, the backslash and CR (read back as LF) need escaping.
inline void append_code_byte(std::string& out, unsigned char b) {
  if (b == '(' || b == ')' || b == '\\') {
    out.push_back('\\');
    out.push_back(static_cast<char>(b));
  } else if (b == '\r') {
    out += "\\r";
  } else {
    out.push_back(static_cast<char>(b));
  }
}

inline void append_code(std::string& out, std::uint32_t gid) {
  append_code_byte(out, static_cast<unsigned char>(gid >> 8));
  append_code_byte(out, static_cast<unsigned char>(gid & 0xFF));
}

// Writes one page's text. Glyphs go out in segments: a segment starts with a Td to the
// pen position layout computed, then a TJ array whose numbers correct, before each glyph,
// the difference between where the font's own advances (/W) put the pen and where layout
// wants it (kerning, justification). Correcting the running difference rather than each
// glyph alone keeps rounding from adding up along a line.
class TextWriter {
 public:
  TextWriter(std::string& out, double page_height,
             const std::vector<std::unique_ptr<FontSource>>& fonts)
      : out_(out), page_height_(page_height), fonts_(fonts) {}

  void run(const TextRun& run) {
    const FontSource& font = *fonts_[static_cast<std::size_t>(run.font)];
    double size = run.size;
    if (size <= 0) return;  // nothing visible; a zero size would also divide by zero below
    select_font(run.font, size);
    set_gray(run.gray);
    double pen = run.x;
    double baseline = page_height_ - run.y;
    auto off = run.offsets.begin();
    for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
      const Glyph& g = run.glyphs[i];
      while (off != run.offsets.end() && off->index < i) ++off;
      const bool offset = off != run.offsets.end() && off->index == i;
      if (!font.drawable(g.id)) {
        // Glyph 0 is .notdef (a box or nothing, never the text): layout reports such
        // glyphs as problems and should not send them; if one comes, leave its space empty.
        close_segment();
        pen += g.advance;
        continue;
      }
      if (offset && (off->dx != 0 || off->dy != 0)) {
        // A positioned mark: its own segment at the offset, then back to the pen.
        close_segment();
        move_to(pen + off->dx, baseline - off->dy);
        out_.push_back('(');
        append_code(out_, g.id);
        out_ += ")Tj\n";
        pen += g.advance;
        continue;
      }
      if (!open_) open_segment(pen, baseline);
      double want = (pen - segment_x_) * 1000.0 / size;  // thousandths of the font size
      // Half a thousandth of an em (under 0.01 pt at text sizes) is below anything visible;
      // ignoring smaller differences keeps float noise in the advances out of the stream,
      // and one decimal (0.1/1000 em) is plenty: the running correction stops any drift.
      double adjust = rounded(actual_ - want, 1);
      if (std::fabs(adjust) >= kMinAdjust) {
        if (string_open_) {
          out_.push_back(')');
          string_open_ = false;
        }
        append_number(out_, adjust, 1);
        actual_ -= adjust;
      }
      if (!string_open_) {
        out_.push_back('(');
        string_open_ = true;
      }
      append_code(out_, g.id);
      actual_ += font.width(g.id);
      pen += g.advance;
    }
    close_segment();
  }

  // Starts marked-content sequence `mcid` of structure type `type` (-1: an artifact), ending
  // the one open, unless it is the one open. Text state carries over: only the TJ segment
  // must not straddle the operators.
  void mark(int mcid, const char* type) {
    if (mcid == mark_) return;
    end_mark();
    open_mark(out_, mcid, type);
    mark_ = mcid;
  }

  void finish() { end_mark(); }

 private:
  void select_font(int font, double size) {
    if (font == font_ && size == size_) return;
    close_segment();
    font_ = font;
    size_ = size;
    out_ += "/";
    out_ += font_resource_name(font);
    out_ += " ";
    append_number(out_, size, 3);
    out_ += " Tf\n";
  }

  void set_gray(double gray) {
    gray = rounded(gray, 3);
    if (gray == gray_) return;
    close_segment();
    gray_ = gray;
    append_number(out_, gray, 3);
    out_ += " g\n";
  }

  // Td moves relative to the start of the current line; keep that start as the sum of
  // what was written, so rounding never accumulates across Td's.
  void move_to(double x, double y) {
    double dx = rounded(x - line_x_, 2), dy = rounded(y - line_y_, 2);
    append_number(out_, dx, 2);
    out_.push_back(' ');
    append_number(out_, dy, 2);
    out_ += " Td\n";
    line_x_ += dx;
    line_y_ += dy;
  }

  void open_segment(double x, double y) {
    move_to(x, y);
    out_.push_back('[');
    open_ = true;
    segment_x_ = line_x_;
    actual_ = 0;  // the pen is at the Td point; the first glyph corrects its rounding
  }

  void end_mark() {
    close_segment();
    if (mark_ == kNoMark) return;
    out_ += "EMC\n";
    mark_ = kNoMark;
  }

  void close_segment() {
    if (!open_) return;
    if (string_open_) out_.push_back(')');
    out_ += "]TJ\n";
    open_ = string_open_ = false;
  }

  std::string& out_;
  double page_height_;
  const std::vector<std::unique_ptr<FontSource>>& fonts_;
  int font_ = -1;
  double size_ = -1, gray_ = -1;
  double line_x_ = 0, line_y_ = 0;  // the text line matrix origin; BT sets it to 0 0
  bool open_ = false, string_open_ = false;
  double segment_x_ = 0, actual_ = 0;
  static constexpr int kNoMark = -2;  // outside any marked content (-1: in an artifact)
  int mark_ = kNoMark;
};

void draw_image(std::string& out, const Image& img, const std::string& name, double page_height) {
  // An image XObject fills the unit square: scale it to the box, its bottom-left corner
  // at the box's (flipped) bottom.
  out += "q ";
  append_number(out, img.w);
  out += " 0 0 ";
  append_number(out, img.h);
  out.push_back(' ');
  append_number(out, img.x);
  out.push_back(' ');
  append_number(out, page_height - img.y - img.h);
  out += " cm /";
  out += name;
  out += " Do Q\n";
}

void draw_rules(std::string& out, const std::vector<Rule>& rules, double page_height) {
  out += "0 G\n";
  double width = -1;
  for (const Rule& r : rules) {
    if (rounded(r.width, 2) != width) {
      width = rounded(r.width, 2);
      append_number(out, width, 2);
      out += " w\n";
    }
    append_number(out, r.x1);
    out.push_back(' ');
    append_number(out, page_height - r.y1);
    out += " m ";
    append_number(out, r.x2);
    out.push_back(' ');
    append_number(out, page_height - r.y2);
    out += " l S\n";
  }
}

}  // namespace

std::string page_content(const Page& page, double page_height,
                         const std::vector<std::unique_ptr<FontSource>>& fonts,
                         const ImageNames& images, const std::vector<StructNode>& structure) {
  std::string out;
  out.reserve(256 + page.runs.size() * 64);
  const bool tagged = !structure.empty();
  const PageMarks marks = tagged ? page_marks(page, structure) : PageMarks{};
  auto type = [&](int mcid) {
    return mcid < 0 ? "" : structure_type(structure[marks.mcid_node[mcid]].role);
  };
  for (std::size_t i = 0; i < page.images.size(); ++i) {  // first, so rules and text go over them
    const Image& img = page.images[i];
    auto it = images.find(img.picture.get());
    const bool drawn = it != images.end() && img.w > 0 && img.h > 0;
    // A tagged figure's sequence is written even when its picture could not be: the
    // structure tree names its MCID.
    const int mcid = tagged ? marks.image_mcid[i] : -1;
    if (tagged && (drawn || mcid >= 0)) open_mark(out, mcid, type(mcid));
    if (drawn) draw_image(out, img, it->second, page_height);
    if (tagged && (drawn || mcid >= 0)) out += "EMC\n";
  }
  if (!page.rules.empty()) {
    if (tagged) out += "/Artifact BMC\n";  // rules are never content: heads, cover bands
    draw_rules(out, page.rules, page_height);
    if (tagged) out += "EMC\n";
  }
  bool any_text = false;
  for (const TextRun& run : page.runs) any_text = any_text || !run.glyphs.empty();
  if (any_text) {
    out += "BT\n";
    TextWriter text(out, page_height, fonts);
    for (std::size_t i = 0; i < page.runs.size(); ++i) {
      const TextRun& run = page.runs[i];
      if (run.glyphs.empty()) continue;
      if (tagged) text.mark(marks.run_mcid[i], type(marks.run_mcid[i]));
      text.run(run);
    }
    text.finish();
    out += "ET\n";
  }
  return out;
}

}  // namespace tuyentap::pdf
