// load_print_style: templates/pdf/*.toml → PrintStyle. Every key is checked; a typo or a
// value out of range stops with an Error naming the file and line, since a clerk editing
// a copy of the style must learn exactly what to fix.
#include <toml++/toml.h>

#include <filesystem>
#include <functional>
#include <map>

#include "base/error.h"
#include "base/paths.h"
#include "layout/layout.h"

namespace tuyentap {
namespace {

int line_of(const toml::node& n) {
  return static_cast<int>(n.source().begin.line);
}

struct Reader {
  std::string file;

  [[noreturn]] void fail(const toml::node& n, const std::string& key, const std::string& what,
                         const std::string& hint = {}) const {
    throw Error("print style: '" + key + "' " + what, file, line_of(n), hint);
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
  std::string font(const toml::node& n, const std::string& key) const {
    std::string p = string(n, key);
    std::string resolved = std::filesystem::path(p).is_absolute() ? p : data_path(p);
    if (!std::filesystem::exists(resolved)) {
      fail(n, key, "names a font file that does not exist: " + resolved,
           "give a path to a .ttf, absolute or relative to " + data_dir());
    }
    return resolved;
  }
};

}  // namespace

PrintStyle load_print_style(const std::string& name_or_path) {
  std::string path = name_or_path;
  if (name_or_path == "official" || name_or_path == "book") {
    path = data_path("templates/pdf/" + name_or_path + ".toml");
  } else if (!std::filesystem::exists(path)) {
    throw Error("print style not found", path, 0,
                "use \"official\", \"book\" or the path to your own copy of one of "
                "templates/pdf/*.toml");
  }
  toml::table root;
  try {
    root = toml::parse_file(path);
  } catch (const toml::parse_error& e) {
    throw Error("print style: " + std::string(e.description()), path,
                static_cast<int>(e.source().begin.line), "fix the TOML syntax on that line");
  }
  PrintStyle s;
  s.source = path;
  s.name = std::filesystem::path(path).stem().string();
  Reader r{path};
  s.font_regular = s.font_bold = s.font_italic = s.font_bold_italic = "";

  using Setter = std::function<void(const toml::node&, const std::string&)>;
  auto num = [&](float& out, double lo, double hi) -> Setter {
    return [&out, lo, hi, &r](const toml::node& n, const std::string& k) {
      out = r.number(n, k, lo, hi);
    };
  };
  auto flag = [&](bool& out) -> Setter {
    return [&out, &r](const toml::node& n, const std::string& k) { out = r.boolean(n, k); };
  };
  auto font = [&](std::string& out) -> Setter {
    return [&out, &r](const toml::node& n, const std::string& k) { out = r.font(n, k); };
  };
  const std::map<std::string, Setter> keys = {
      {"page.width_mm", num(s.page_width_mm, 50, 1000)},
      {"page.height_mm", num(s.page_height_mm, 50, 1000)},
      {"page.margin_top_mm", num(s.margin_top_mm, 0, 200)},
      {"page.margin_bottom_mm", num(s.margin_bottom_mm, 0, 200)},
      {"page.margin_left_mm", num(s.margin_left_mm, 0, 200)},
      {"page.margin_right_mm", num(s.margin_right_mm, 0, 200)},
      {"page.mirror_margins", flag(s.mirror_margins)},
      {"fonts.regular", font(s.font_regular)},
      {"fonts.bold", font(s.font_bold)},
      {"fonts.italic", font(s.font_italic)},
      {"fonts.bold_italic", font(s.font_bold_italic)},
      {"fonts.fallbacks",
       [&](const toml::node& n, const std::string& k) {
         const toml::array* a = n.as_array();
         if (!a) r.fail(n, k, "must be a list of font paths: [\"fonts/NotoSans-Regular.ttf\"]");
         s.font_fallbacks.clear();
         for (const toml::node& e : *a) s.font_fallbacks.push_back(r.font(e, k));
       }},
      {"text.body_size", num(s.body_size, 4, 72)},
      {"text.line_spacing", num(s.line_spacing, 0.8, 3)},
      {"text.paragraph_indent_mm", num(s.paragraph_indent_mm, 0, 50)},
      {"text.paragraph_space_pt", num(s.paragraph_space_pt, 0, 72)},
      {"text.tolerance", num(s.tolerance, 0.5, 10)},
      {"headings.title_size", num(s.title_size, 4, 96)},
      {"headings.title_space_before_pt", num(s.title_space_before_pt, 0, 200)},
      {"headings.heading_size", num(s.heading_size, 4, 96)},
      {"headings.chapter_title_size", num(s.chapter_title_size, 4, 96)},
      {"headings.chapter_drop_mm", num(s.chapter_drop_mm, 0, 200)},
      {"headings.cover_title_size", num(s.cover_title_size, 4, 144)},
      {"small.caption_size", num(s.caption_size, 4, 72)},
      {"small.meta_size", num(s.meta_size, 4, 72)},
      {"small.source_size", num(s.source_size, 4, 72)},
      {"small.meta_gray", num(s.meta_gray, 0, 0.9)},
      {"small.source_gray", num(s.source_gray, 0, 0.9)},
      {"small.block_space_pt", num(s.block_space_pt, 0, 72)},
      {"furniture.page_numbers",
       [&](const toml::node& n, const std::string& k) {
         std::string v = r.string(n, k);
         if (v == "top-center")
           s.page_numbers = PrintStyle::PageNumbers::TopCenter;
         else if (v == "bottom-center")
           s.page_numbers = PrintStyle::PageNumbers::BottomCenter;
         else if (v == "bottom-outside")
           s.page_numbers = PrintStyle::PageNumbers::BottomOutside;
         else
           r.fail(n, k, "is \"" + v + "\"", "use top-center, bottom-center or bottom-outside");
       }},
      {"furniture.number_first_page", flag(s.number_first_page)},
      {"furniture.running_heads", flag(s.running_heads)},
      {"furniture.chapters_on_right", flag(s.chapters_on_right)},
      {"furniture.size", num(s.furniture_size, 4, 72)},
      {"articles.new_page", flag(s.article_new_page)},
      {"articles.lead_font",
       [&](const toml::node& n, const std::string& k) {
         std::string v = r.string(n, k);
         if (v != "bold" && v != "italic" && v != "bold_italic" && v != "regular") {
           r.fail(n, k, "is \"" + v + "\"", "use bold, italic, bold_italic or regular");
         }
         s.lead_font = v;
       }},
  };

  for (const auto& [section, node] : root) {
    const toml::table* t = node.as_table();
    std::string sec(section.str());
    if (!t) r.fail(node, sec, "must be a [section]");
    for (const auto& [key, value] : *t) {
      std::string full = sec + "." + std::string(key.str());
      auto it = keys.find(full);
      if (it == keys.end()) {
        r.fail(value, full, "is not a print style key",
               "check the spelling against templates/pdf/official.toml");
      }
      it->second(value, full);
    }
  }
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

}  // namespace tuyentap
