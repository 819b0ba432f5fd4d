#include "pdf/pdf_test_support.h"

#include <hb.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <stdexcept>

#include "test_paths.h"

namespace tuyentap::test {

std::string font_path(const std::string& file) {
  return test_paths::source_dir() + "/fonts/" + file;
}

FontFile test_font(const std::string& file, const std::string& ps_name) {
  std::ifstream in(font_path(file), std::ios::binary);
  auto bytes = std::make_shared<const std::string>(std::istreambuf_iterator<char>(in),
                                                   std::istreambuf_iterator<char>());
  return {font_path(file), ps_name, bytes};
}

namespace {

struct HbFont {
  hb_blob_t* blob;
  hb_face_t* face;
  hb_font_t* font;
  explicit HbFont(const std::string& path) {
    blob = hb_blob_create_from_file_or_fail(path.c_str());
    if (!blob) throw std::runtime_error("cannot open " + path);
    face = hb_face_create(blob, 0);
    font = hb_font_create(face);
  }
  ~HbFont() {
    hb_font_destroy(font);
    hb_face_destroy(face);
    hb_blob_destroy(blob);
  }
};

HbFont& cached_font(const std::string& path) {
  static std::map<std::string, std::unique_ptr<HbFont>> fonts;
  auto& f = fonts[path];
  if (!f) f = std::make_unique<HbFont>(path);
  return *f;
}

}  // namespace

TextRun shape_run(const std::string& font_file, int font_index, float size, float x, float y,
                  const std::string& text) {
  HbFont& font = cached_font(font_path(font_file));
  hb_buffer_t* buf = hb_buffer_create();
  hb_buffer_add_utf8(buf, text.data(), static_cast<int>(text.size()), 0,
                     static_cast<int>(text.size()));
  hb_buffer_set_direction(buf, HB_DIRECTION_LTR);
  hb_buffer_set_script(buf, HB_SCRIPT_LATIN);
  hb_buffer_set_language(buf, hb_language_from_string("vi", -1));
  hb_shape(font.font, buf, nullptr, 0);
  unsigned n = 0;
  hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
  hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, &n);
  double scale = size / hb_face_get_upem(font.face);

  TextRun run;
  run.font = font_index;
  run.size = size;
  run.x = x;
  run.y = y;
  for (unsigned i = 0; i < n; ++i) {
    std::string glyph_text;
    std::uint32_t cluster = info[i].cluster;
    if (i == 0 || info[i - 1].cluster != cluster) {
      std::uint32_t end = static_cast<std::uint32_t>(text.size());
      for (unsigned j = i + 1; j < n; ++j)
        if (info[j].cluster > cluster) {
          end = std::min(end, info[j].cluster);
        }
      glyph_text = text.substr(cluster, end - cluster);
    }
    run.add(static_cast<std::uint16_t>(info[i].codepoint),
            static_cast<float>(pos[i].x_advance * scale), glyph_text,
            static_cast<float>(pos[i].x_offset * scale),
            static_cast<float>(-pos[i].y_offset * scale));
  }
  hb_buffer_destroy(buf);
  return run;
}

std::string glyph_text(const TextRun& run, std::size_t i) {
  std::size_t at = 0;
  for (std::size_t k = 0; k < i; ++k) at += run.glyphs[k].text_len;
  return run.text.substr(at, run.glyphs[i].text_len);
}

float run_width(const TextRun& run) {
  float w = 0;
  for (const Glyph& g : run.glyphs) w += g.advance;
  return w;
}

namespace {

void put32(std::string& s, std::uint32_t v) {
  for (int i = 3; i >= 0; --i) s.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

void chunk(std::string& png, const char* type, const std::string& data) {
  put32(png, static_cast<std::uint32_t>(data.size()));
  std::string body = std::string(type, 4) + data;
  png += body;
  put32(png, static_cast<std::uint32_t>(crc32(0, reinterpret_cast<const Bytef*>(body.data()),
                                              static_cast<uInt>(body.size()))));
}

}  // namespace

std::string solid_png(int w, int h, unsigned char r, unsigned char g, unsigned char b) {
  std::string png = "\x89PNG\r\n\x1a\n";
  std::string ihdr;
  put32(ihdr, static_cast<std::uint32_t>(w));
  put32(ihdr, static_cast<std::uint32_t>(h));
  ihdr += std::string("\x08\x02\x00\x00\x00", 5);  // 8 bits, RGB, deflate, no filter, no interlace
  chunk(png, "IHDR", ihdr);
  std::string raw;
  for (int y = 0; y < h; ++y) {
    raw.push_back('\0');  // filter: none
    for (int x = 0; x < w; ++x)
      raw += {static_cast<char>(r), static_cast<char>(g), static_cast<char>(b)};
  }
  uLongf len = compressBound(static_cast<uLong>(raw.size()));
  std::string z(len, '\0');
  compress(reinterpret_cast<Bytef*>(z.data()), &len, reinterpret_cast<const Bytef*>(raw.data()),
           static_cast<uLong>(raw.size()));
  z.resize(len);
  chunk(png, "IDAT", z);
  chunk(png, "IEND", "");
  return png;
}

Scratch::Scratch() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "tt_pdf_test_XXXXXX").string();
  if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
  dir = tmpl;
}

Scratch::~Scratch() {
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
}

std::string Scratch::path(const std::string& name) const {
  return dir + "/" + name;
}

void write_file(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + path);
}

CommandResult run_command(const std::string& command) {
  CommandResult r;
  FILE* p = popen((command + " 2>&1").c_str(), "r");
  if (!p) return r;
  char buf[4096];
  std::size_t got;
  while ((got = fread(buf, 1, sizeof buf, p)) > 0) r.output.append(buf, got);
  int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

std::string fold_space(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
      space = !out.empty();
    } else {
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace tuyentap::test
