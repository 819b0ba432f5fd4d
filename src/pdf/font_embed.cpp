#include "pdf/font_embed.h"

#include <hb-subset.h>

#include <cmath>
#include <string_view>

#include "base/error.h"
#include "base/hash.h"
#include "pdf/pdf_number.h"
#include "pdf/to_unicode.h"

using namespace PoDoFo;

namespace tuyentap::pdf {

std::string subset_tag(const std::string& font_name, const std::vector<std::uint32_t>& ids) {
  std::string key = font_name;
  key.push_back('\0');
  for (std::uint32_t id : ids) {
    key.push_back(static_cast<char>(id & 0xFF));
    key.push_back(static_cast<char>((id >> 8) & 0xFF));
  }
  std::uint64_t h = hash64(key);
  std::string tag(6, 'A');
  for (char& c : tag) {
    c = static_cast<char>('A' + h % 26);
    h /= 26;
  }
  return tag;
}

namespace {

// The subset: only the glyphs drawn (plus .notdef, which hb-subset always keeps),
// ids retained so the content streams can use the layout's glyph ids as CIDs unchanged.
// Layout tables (GSUB, GPOS …) are dropped: the text is already shaped.
std::string subset_font(const FontSource& font, const std::vector<std::uint32_t>& ids) {
  hb_subset_input_t* input = hb_subset_input_create_or_fail();
  if (!input) throw Error("out of memory while subsetting a font", font.file().path);
  hb_set_t* glyphs = hb_subset_input_glyph_set(input);
  for (std::uint32_t id : ids) hb_set_add(glyphs, id);
  hb_set_t* drop = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
  for (const char* tag : {"GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "DSIG", "kern", "morx",
                          "kerx", "vhea", "vmtx", "VORG", "hdmx", "LTSH", "VDMX"})
    hb_set_add(drop, hb_tag_from_string(tag, 4));
  hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS);
  hb_face_t* subset = hb_subset_or_fail(font.face(), input);
  hb_subset_input_destroy(input);
  if (!subset)
    throw Error("HarfBuzz could not subset the font", font.file().path, 0,
                "the font file may be damaged; try another copy of it");
  hb_blob_t* blob = hb_face_reference_blob(subset);
  unsigned len = 0;
  const char* data = hb_blob_get_data(blob, &len);
  std::string bytes(data, len);
  hb_blob_destroy(blob);
  hb_face_destroy(subset);
  if (bytes.empty())
    throw Error("HarfBuzz made an empty font subset", font.file().path, 0,
                "the font file may be damaged; try another copy of it");
  return bytes;
}

// An integer when the value is one ("500", not "500.000000" before PoDoFo trims it).
PdfVariant number(double v) {
  double r = rounded(v, 2);
  if (r == std::floor(r)) return PdfVariant(static_cast<pdf_int64>(r));
  return PdfVariant(r);
}

// /W [first [w1 w2 …] next [w …] …]: one array per run of consecutive glyph ids.
PdfArray widths_array(const FontSource& font, const std::vector<std::uint32_t>& ids) {
  PdfArray w;
  std::size_t i = 0;
  while (i < ids.size()) {
    std::size_t j = i + 1;
    while (j < ids.size() && ids[j] == ids[j - 1] + 1) ++j;
    w.push_back(PdfVariant(static_cast<pdf_int64>(ids[i])));
    PdfArray run;
    for (std::size_t k = i; k < j; ++k) run.push_back(number(font.width(ids[k])));
    w.push_back(run);
    i = j;
  }
  return w;
}

// PDF names may not hold spaces or delimiters; PostScript names should not either.
std::string clean_name(const std::string& name) {
  std::string out;
  for (char c : name) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u > 32 && u < 127 && std::string_view("()<>[]{}/%#").find(c) == std::string_view::npos)
      out.push_back(c);
  }
  return out.empty() ? "Font" : out;
}

PdfArray number_array(std::initializer_list<double> values) {
  PdfArray a;
  for (double v : values) a.push_back(PdfVariant(static_cast<pdf_int64>(std::lround(v))));
  return a;
}

}  // namespace

PdfReference embed_font(PdfVecObjects& objects, const FontSource& font, const GlyphUse& use) {
  std::vector<std::uint32_t> ids = use.ids();
  std::string base_name = subset_tag(font.file().name, ids) + "+" + clean_name(font.file().name);

  std::string subset = subset_font(font, ids);
  PdfObject* file = objects.CreateObject();
  // Length1 (the decoded length of a TrueType font) goes in before the data: PoDoFo writes
  // /Length and the filter when the stream is set, and some readers want Length1 first.
  if (font.cff())
    file->GetDictionary().AddKey("Subtype", PdfName("OpenType"));
  else
    file->GetDictionary().AddKey("Length1", PdfVariant(static_cast<pdf_int64>(subset.size())));
  file->GetStream()->Set(subset.data(), static_cast<pdf_long>(subset.size()));

  FontSource::Metrics m = font.metrics();
  PdfObject* descriptor = objects.CreateObject("FontDescriptor");
  PdfDictionary& d = descriptor->GetDictionary();
  d.AddKey("FontName", PdfName(base_name));
  d.AddKey("Flags", PdfVariant(static_cast<pdf_int64>(m.flags)));
  d.AddKey("FontBBox", number_array({m.bbox[0], m.bbox[1], m.bbox[2], m.bbox[3]}));
  d.AddKey("ItalicAngle", number(m.italic_angle));
  d.AddKey("Ascent", PdfVariant(static_cast<pdf_int64>(std::lround(m.ascent))));
  d.AddKey("Descent", PdfVariant(static_cast<pdf_int64>(std::lround(m.descent))));
  d.AddKey("CapHeight", PdfVariant(static_cast<pdf_int64>(std::lround(m.cap_height))));
  d.AddKey("StemV", PdfVariant(static_cast<pdf_int64>(std::lround(m.stem_v))));
  d.AddKey(font.cff() ? "FontFile3" : "FontFile2", file->Reference());

  PdfObject* cid_font = objects.CreateObject("Font");
  PdfDictionary& c = cid_font->GetDictionary();
  c.AddKey("Subtype", PdfName(font.cff() ? "CIDFontType0" : "CIDFontType2"));
  c.AddKey("BaseFont", PdfName(base_name));
  PdfDictionary system_info;
  system_info.AddKey("Registry", PdfString("Adobe"));
  system_info.AddKey("Ordering", PdfString("Identity"));
  system_info.AddKey("Supplement", PdfVariant(static_cast<pdf_int64>(0)));
  c.AddKey("CIDSystemInfo", system_info);
  c.AddKey("FontDescriptor", descriptor->Reference());
  c.AddKey("DW", PdfVariant(static_cast<pdf_int64>(1000)));
  c.AddKey("W", widths_array(font, ids));
  if (!font.cff()) c.AddKey("CIDToGIDMap", PdfName("Identity"));  // CIDFontType2 only

  std::vector<std::pair<std::uint32_t, std::string>> mapping;
  for (std::uint32_t id : ids)
    if (!use.text[id].empty()) mapping.emplace_back(id, use.text[id]);
  std::string cmap = to_unicode_cmap(mapping);
  PdfObject* to_unicode = objects.CreateObject();
  to_unicode->GetStream()->Set(cmap.data(), static_cast<pdf_long>(cmap.size()));

  PdfObject* type0 = objects.CreateObject("Font");
  PdfDictionary& t = type0->GetDictionary();
  t.AddKey("Subtype", PdfName("Type0"));
  t.AddKey("BaseFont", PdfName(base_name));
  t.AddKey("Encoding", PdfName("Identity-H"));
  PdfArray descendants;
  descendants.push_back(cid_font->Reference());
  t.AddKey("DescendantFonts", descendants);
  t.AddKey("ToUnicode", to_unicode->Reference());
  return type0->Reference();
}

}  // namespace tuyentap::pdf
