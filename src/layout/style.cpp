// parse_print_style: a templates/pdf/*.toml text → PrintStyle. Every key is checked; a typo or a
// value out of range stops with an Error naming the file and line, since a clerk editing
// a copy of the style must learn exactly what to fix.
#include <algorithm>
#include <filesystem>
#include <string_view>
#include <utility>
#include <vector>

#include "base/error.h"
#include "book/choices.h"
#include "book/toml_shape.h"
#include "book/toml_table.h"
#include "layout/layout.h"

namespace tuyentap {
namespace {

constexpr Choice<PrintStyle::PageNumbers> kPageNumbers[] = {
    {"top-center", PrintStyle::PageNumbers::TopCenter},
    {"bottom-center", PrintStyle::PageNumbers::BottomCenter},
    {"bottom-outside", PrintStyle::PageNumbers::BottomOutside}};
constexpr Choice<PrintStyle::Cover> kCovers[] = {{"plain", PrintStyle::Cover::Plain},
                                                 {"typographic", PrintStyle::Cover::Typographic}};
// The font of an article's lead, by its name in [fonts].
// Page numbers: roman in the front matter then arabic from the body, or arabic throughout.
constexpr Choice<bool> kNumbering[] = {{"front-roman", false}, {"continuous", true}};
constexpr Choice<std::string_view> kLeadFonts[] = {
    {"bold", "bold"}, {"italic", "italic"}, {"bold_italic", "bold_italic"}, {"regular", "regular"}};

struct Reader {
  std::string file;
  PrintStyle* style = nullptr;  // where font names' lines are noted

  [[noreturn]] void fail(const toml::node& n, const std::string& key, const std::string& what,
                         const std::string& hint = {}) const {
    throw Error("print style: '" + key + "' " + what, file, toml_line(n), hint);
  }

  float number(const toml::node& n, const std::string& key, double lo, double hi) const {
    std::optional<double> v = n.value<double>();  // integers convert too
    if (!v) fail(n, key, "must be a number");
    if (*v < lo || *v > hi) {
      fail(n, key, "is out of range",
           "use a value from " + std::to_string(lo) + " to " + std::to_string(hi));
    }
    return static_cast<float>(*v);
  }
  bool boolean(const toml::node& n, const std::string& key) const {
    if (!n.is_boolean()) fail(n, key, "must be true or false");
    return *n.value<bool>();
  }
  std::string string(const toml::node& n, const std::string& key) const {
    if (!n.is_string()) fail(n, key, "must be a string in quotes");
    return *n.value<std::string>();
  }
  // One of a table's words (book/choices.h), its Error given this file and line.
  template <typename T, std::size_t N>
  T choice(const toml::node& n, const std::string& key, const Choice<T> (&table)[N]) const {
    std::string word = string(n, key);
    try {
      return parse_choice(table, word, "'" + key + "'");
    } catch (const Error& e) {
      throw Error("print style: " + e.message(), file, toml_line(n), e.hint());
    }
  }
  // A font's name as written; the file is found and read by load/, which names this line.
  std::string font(const toml::node& n, const std::string& key) const {
    std::string name = string(n, key);
    if (name.empty()) fail(n, key, "must name a font file");
    style->font_lines.emplace(name, toml_line(n));
    return name;
  }

  // Setters for the key tables.
  TomlSetter num(float& out, double lo, double hi) const {
    return [this, &out, lo, hi](const toml::node& n, std::string_view k) {
      out = number(n, std::string(k), lo, hi);
    };
  }
  TomlSetter flag(bool& out) const {
    return
        [this, &out](const toml::node& n, std::string_view k) { out = boolean(n, std::string(k)); };
  }
  TomlSetter font_file(std::string& out) const {
    return [this, &out](const toml::node& n, std::string_view k) { out = font(n, std::string(k)); };
  }
  template <typename Field, typename T, std::size_t N>
  TomlSetter pick(Field& out, const Choice<T> (&table)[N]) const {
    return [this, &out, &table](const toml::node& n, std::string_view k) {
      out = Field(choice(n, std::string(k), table));
    };
  }
};

// Each [section] of a style file with its keys.
using StyleSections = std::vector<std::pair<std::string_view, std::vector<TomlKey>>>;

// The lists a style writes that the style keeps prepared (PrintStyle::ties).
struct WrittenTies {
  std::vector<std::string> compounds, number_words;
};

StyleSections style_sections(const Reader& r, PrintStyle& s, WrittenTies& ties) {
  // A list of strings into `out`; with `fonts`, font names (whose lines are noted).
  auto list = [&r](std::vector<std::string>& out, const char* example, bool fonts) {
    return [&r, &out, example, fonts](const toml::node& n, std::string_view key) {
      std::string k(key);
      const toml::array* a = n.as_array();
      if (!a) r.fail(n, k, std::string("must be a list: ") + example);
      out.clear();
      for (const toml::node& e : *a) out.push_back(fonts ? r.font(e, k) : r.string(e, k));
    };
  };
  TomlSetter fallbacks = list(s.font_fallbacks, "[\"fonts/NotoSans-Regular.ttf\"]", true);
  TomlSetter no_break = list(s.no_break, "[\"a name\", \"another name\"]", false);
  TomlSetter compounds = list(ties.compounds, "[\"a word\", \"another word\"]", false);
  TomlSetter number_words = list(ties.number_words, "[\"a word\", \"another word\"]", false);
  return {
      {"page",
       {{"width_mm", r.num(s.page_width_mm, 50, 1000)},
        {"height_mm", r.num(s.page_height_mm, 50, 1000)},
        {"margin_top_mm", r.num(s.margin_top_mm, 0, 200)},
        {"margin_bottom_mm", r.num(s.margin_bottom_mm, 0, 200)},
        {"margin_left_mm", r.num(s.margin_left_mm, 0, 200)},
        {"margin_right_mm", r.num(s.margin_right_mm, 0, 200)},
        {"mirror_margins", r.flag(s.mirror_margins)}}},
      {"fonts",
       {{"regular", r.font_file(s.font_regular)},
        {"bold", r.font_file(s.font_bold)},
        {"italic", r.font_file(s.font_italic)},
        {"bold_italic", r.font_file(s.font_bold_italic)},
        {"fallbacks", fallbacks}}},
      {"text",
       {{"body_size", r.num(s.body_size, 4, 72)},
        {"line_spacing", r.num(s.line_spacing, 0.8, 3)},
        {"paragraph_indent_mm", r.num(s.paragraph_indent_mm, 0, 50)},
        {"paragraph_space_pt", r.num(s.paragraph_space_pt, 0, 72)},
        {"tolerance", r.num(s.tolerance, 0.5, 10)},
        {"paragraph_space_stretch_pt", r.num(s.paragraph_space_stretch_pt, 0, 24)},
        {"ragged_page_tolerance", r.num(s.ragged_page_tolerance, 0.5, 10)},
        {"indent_after_heading", r.flag(s.indent_after_heading)},
        {"no_break", no_break},
        {"compounds", compounds},
        {"number_words", number_words}}},
      {"headings",
       {{"title_size", r.num(s.title_size, 4, 96)},
        {"title_space_before_pt", r.num(s.title_space_before_pt, 0, 200)},
        {"heading_size", r.num(s.heading_size, 4, 96)},
        {"chapter_title_size", r.num(s.chapter_title_size, 4, 96)},
        {"chapter_drop_mm", r.num(s.chapter_drop_mm, 0, 200)},
        {"chapter_label_size", r.num(s.chapter_label_size, 4, 96)},
        {"chapter_title_caps", r.flag(s.chapter_title_caps)},
        {"cover_title_size", r.num(s.cover_title_size, 4, 144)}}},
      {"small",
       {{"caption_size", r.num(s.caption_size, 4, 72)},
        {"meta_size", r.num(s.meta_size, 4, 72)},
        {"source_size", r.num(s.source_size, 4, 72)},
        {"meta_gray", r.num(s.meta_gray, 0, 0.9)},
        {"source_gray", r.num(s.source_gray, 0, 0.9)},
        {"block_space_pt", r.num(s.block_space_pt, 0, 72)}}},
      {"furniture",
       {{"page_numbers", r.pick(s.page_numbers, kPageNumbers)},
        {"number_first_page", r.flag(s.number_first_page)},
        {"running_heads", r.flag(s.running_heads)},
        {"chapters_on_right", r.flag(s.chapters_on_right)},
        {"number_openers", r.flag(s.number_openers)},
        {"size", r.num(s.furniture_size, 4, 72)},
        {"numbering", r.pick(s.continuous_numbers, kNumbering)}}},
      {"front", {{"cover", r.pick(s.cover, kCovers)}, {"imprint_page", r.flag(s.imprint_page)}}},
      {"articles",
       {{"new_page", r.flag(s.article_new_page)}, {"lead_font", r.pick(s.lead_font, kLeadFonts)}}},
  };
}

// Every section must be one the style has, every key one its section has.
void read_sections(const Reader& r, const toml::table& root, const StyleSections& sections) {
  const std::vector<TomlKey> no_keys;
  for (const auto& [section, node] : root) {
    const toml::table* t = node.as_table();
    std::string sec(section.str());
    if (!t) r.fail(node, sec, "must be a [section]");
    auto known = std::find_if(sections.begin(), sections.end(),
                              [&](const auto& known) { return known.first == sec; });
    // A section the style does not have: its every key is unknown.
    const std::vector<TomlKey>& keys = known == sections.end() ? no_keys : known->second;
    auto unknown = [&](const toml::key& key, const toml::node& value) {
      r.fail(value, sec + "." + std::string(key.str()), "is not a print style key",
             "check the spelling against templates/pdf/official.toml");
    };
    read_toml_table(*t, keys, unknown, sec + ".");
  }
}

}  // namespace

PrintStyle parse_print_style(std::string_view text, const std::string& path) {
  check_toml_shape(text, path);
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    throw Error("print style: " + std::string(e.description()), path,
                static_cast<int>(e.source().begin.line), "fix the TOML syntax on that line");
  }
  PrintStyle s;
  s.source = path;
  s.name = std::filesystem::path(path).stem().string();
  Reader r{path, &s};
  s.font_regular = s.font_bold = s.font_italic = s.font_bold_italic = "";

  WrittenTies ties;
  read_sections(r, root, style_sections(r, s, ties));
  s.ties = TieWords(ties.compounds, ties.number_words);
  if (s.font_regular.empty() || s.font_bold.empty() || s.font_italic.empty() ||
      s.font_bold_italic.empty()) {
    throw Error("print style: [fonts] must name regular, bold, italic and bold_italic", path, 0);
  }
  if (s.margin_left_mm + s.margin_right_mm > s.page_width_mm - 40 ||
      s.margin_top_mm + s.margin_bottom_mm > s.page_height_mm - 40) {
    throw Error("print style: the margins leave too little room for text", path, 0,
                "make the margins smaller or the page larger");
  }
  return s;
}

std::vector<std::string> style_font_names(const PrintStyle& s) {
  auto or_default = [](const std::string& name, const char* file) {
    return name.empty() ? std::string("fonts/") + file : name;
  };
  std::vector<std::string> names = {
      or_default(s.font_regular, "LiberationSerif-Regular.ttf"),
      or_default(s.font_bold, "LiberationSerif-Bold.ttf"),
      or_default(s.font_italic, "LiberationSerif-Italic.ttf"),
      or_default(s.font_bold_italic, "LiberationSerif-BoldItalic.ttf")};
  names.insert(names.end(), s.font_fallbacks.begin(), s.font_fallbacks.end());
  return names;
}

}  // namespace tuyentap
