#include "pdf/to_unicode.h"

#include "pdf/pdf_number.h"

namespace tuyentap::pdf {

std::u16string utf8_to_utf16(const std::string& s) {
  std::u16string out;
  std::size_t i = 0, n = s.size();
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  while (i < n) {
    unsigned char c = byte(i);
    char32_t cp = 0xFFFD;
    std::size_t len = 1;
    if (c < 0x80) {
      cp = c;
    } else if ((c >> 5) == 6 || (c >> 4) == 14 || (c >> 3) == 30) {
      len = (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
      char32_t v = c & (0x7F >> len);
      bool ok = i + len <= n;
      for (std::size_t k = 1; ok && k < len; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80)
          ok = false;
        else
          v = (v << 6) | (byte(i + k) & 0x3F);
      }
      if (ok && v <= 0x10FFFF && !(v >= 0xD800 && v <= 0xDFFF))
        cp = v;
      else
        len = 1;
    }
    i += len;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out.push_back(static_cast<char16_t>(0xD800 + (cp >> 10)));
      out.push_back(static_cast<char16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      out.push_back(static_cast<char16_t>(cp));
    }
  }
  return out;
}

namespace {

void append_utf16_hex(std::string& out, const std::u16string& units) {
  out.push_back('<');
  for (char16_t u : units) append_hex4(out, u);
  out.push_back('>');
}

struct Entry {
  std::uint32_t first, last;  // glyph ids
  std::u16string text;        // the first glyph's text; in a range each next id adds 1
};

// Blocks of at most 100 entries, as the CMap syntax demands.
void append_blocks(std::string& out, const std::vector<const Entry*>& entries, bool ranges) {
  for (std::size_t start = 0; start < entries.size(); start += 100) {
    std::size_t end = std::min(entries.size(), start + 100);
    append_int(out, static_cast<long long>(end - start));
    out += ranges ? " beginbfrange\n" : " beginbfchar\n";
    for (std::size_t i = start; i < end; ++i) {
      const Entry& e = *entries[i];
      out.push_back('<');
      append_hex4(out, e.first);
      out.push_back('>');
      if (ranges) {
        out.push_back('<');
        append_hex4(out, e.last);
        out.push_back('>');
      }
      append_utf16_hex(out, e.text);
      out.push_back('\n');
    }
    out += ranges ? "endbfrange\n" : "endbfchar\n";
  }
}

}  // namespace

std::string to_unicode_cmap(const std::vector<std::pair<std::uint32_t, std::string>>& mapping) {
  std::vector<Entry> entries;
  for (const auto& [gid, utf8] : mapping) {
    std::u16string text = utf8_to_utf16(utf8);
    if (!entries.empty()) {
      Entry& prev = entries.back();
      // A range may only vary the last byte of source and destination.
      bool extends = gid == prev.last + 1 && (gid >> 8) == (prev.first >> 8) && text.size() == 1 &&
                     prev.text.size() == 1 && prev.text[0] < 0xD800 &&
                     text[0] == prev.text[0] + (gid - prev.first) &&
                     (text[0] >> 8) == (prev.text[0] >> 8);
      if (extends) {
        prev.last = gid;
        continue;
      }
    }
    entries.push_back({gid, gid, std::move(text)});
  }
  std::vector<const Entry*> chars, ranges;
  for (const Entry& e : entries) (e.first == e.last ? chars : ranges).push_back(&e);

  std::string out =
      "/CIDInit /ProcSet findresource begin\n"
      "12 dict begin\n"
      "begincmap\n"
      "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
      "/CMapName /Adobe-Identity-UCS def\n"
      "/CMapType 2 def\n"
      "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
  append_blocks(out, chars, false);
  append_blocks(out, ranges, true);
  out +=
      "endcmap\n"
      "CMapName currentdict /CMap defineresource pop\n"
      "end\n"
      "end\n";
  return out;
}

}  // namespace tuyentap::pdf
