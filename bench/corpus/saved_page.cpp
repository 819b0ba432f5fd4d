#include "corpus/saved_page.h"

#include <cstdio>

#include "corpus/render.h"

namespace corpus {

namespace {

const char* const kMenu[] = {"Trang chủ", "Thời sự",    "Xây dựng Đảng", "Chính trị",
                             "Kinh tế",   "Xã hội",     "Pháp luật",     "Văn hóa",
                             "Giáo dục",  "Quốc phòng", "Thể thao",      "Quốc tế"};

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&')
      out += "&amp;";
    else if (c == '<')
      out += "&lt;";
    else if (c == '>')
      out += "&gt;";
    else if (c == '"')
      out += "&quot;";
    else
      out += c;
  }
  return out;
}

// What real pages carry most of their bytes in: scripts and styles the reader never shows.
// Numbered so that no two lines compress into nothing.
void append_site_code(std::string& out, int index) {
  char line[200];
  out += "<style>\n";
  for (int i = 0; i < 500; ++i) {
    std::snprintf(line, sizeof line,
                  ".box-%d-%d .item a:hover{color:#%06x;margin:0 %dpx;padding:%dpx 0}\n", index, i,
                  (i * 7919 + index) & 0xffffff, i % 17, i % 11);
    out += line;
  }
  out += "</style>\n<script>\n";
  for (int i = 0; i < 900; ++i) {
    std::snprintf(line, sizeof line,
                  "window.__ads.push({slot:'zone-%d-%d',size:[%d,%d],lazy:%s,target:{cat:%d}});\n",
                  index, i, 300 + i % 5, 250 + i % 3, i % 2 ? "true" : "false", i % 13);
    out += line;
  }
  out += "</script>\n";
}

void append_menu(std::string& out) {
  out +=
      "<header class=\"site-header\"><div class=\"logo\"><a href=\"/\">Báo Mẫu điện tử</a>"
      "</div><nav><ul class=\"menu\">";
  for (const char* item : kMenu) {
    out.append("<li><a href=\"/").append(item).append("\">").append(item).append("</a></li>");
  }
  out +=
      "</ul></nav><div class=\"top-links\"><a href=\"#\">Đặt làm trang chủ</a> | "
      "<a href=\"/lien-he\">Liên hệ</a></div></header>\n";
}

void append_article(std::string& out, const GenArticle& a) {
  out += "<div class=\"breadcrumb\"><a href=\"/\">Trang chủ</a> › <a href=\"/xay-dung-dang\">";
  out += escape(a.topic.empty() ? "Tin tức" : a.topic) + "</a></div>\n";
  out += "<article class=\"detail\"><h1 class=\"title\">" + escape(a.title) + "</h1>\n";
  out += "<div class=\"date\">" + escape(date_line(a)) + "</div>\n";
  out += "<p class=\"sapo\"><strong>" + escape(a.lead) + "</strong></p>\n<div class=\"content\">";
  for (const Paragraph& p : a.body) {
    if (p.caption) {
      out += "<p class=\"caption\"><em>" + escape(p.text) + " (Ảnh: " + escape(p.credit) +
             ")</em></p>\n";
    } else {
      out += "<p>" + escape(p.text) + "</p>\n";
    }
  }
  out += "</div>\n";
  if (!a.byline.empty()) out += "<p class=\"author\"><strong>" + escape(a.byline) + "</strong></p>";
  out += "</article>\n";
}

void append_sidebar_and_footer(std::string& out, const GenArticle& a, int index) {
  out += "<aside class=\"sidebar\"><h3>TIN LIÊN QUAN</h3><ul>";
  char href[96];
  for (int i = 0; i < 60; ++i) {
    const std::string& t = a.related.empty() ? a.title : a.related[i % a.related.size()];
    std::snprintf(href, sizeof href, "/tin-%d-%d.html", index, i);
    out.append("<li><a href=\"").append(href).append("\">").append(escape(t)).append("</a></li>");
  }
  out +=
      "</ul></aside>\n<footer><p>Báo Mẫu điện tử — Cơ quan của Đảng bộ tỉnh</p>"
      "<p>Địa chỉ: 1 Đường Mẫu, Thành phố Mẫu</p><p>Email: toasoan@baomau.vn</p></footer>\n";
}

}  // namespace

std::string to_saved_page(const GenArticle& a, int index) {
  char url[96];
  std::snprintf(url, sizeof url, "https://baomau.vn/xay-dung-dang/bai-%d.html", index);
  char iso[40];
  std::snprintf(iso, sizeof iso, "%04d-%02d-%02dT%02d:%02d:00+07:00", a.day.year, a.day.month,
                a.day.day, a.hour, a.minute);
  std::string out = "<!DOCTYPE html>\n<!-- saved from url=(0048)" + std::string(url) +
                    " -->\n<html lang=\"vi\"><head><meta charset=\"utf-8\">\n<title>" +
                    escape(a.title) + " - Báo Mẫu điện tử</title>\n";
  out += "<meta property=\"og:title\" content=\"" + escape(a.title) + "\">\n";
  out += "<meta property=\"og:site_name\" content=\"Báo Mẫu điện tử\">\n";
  out += "<meta property=\"og:url\" content=\"" + std::string(url) + "\">\n";
  out += "<meta property=\"article:published_time\" content=\"" + std::string(iso) + "\">\n";
  append_site_code(out, index);
  out += "</head><body>\n";
  append_menu(out);
  out += "<main class=\"container\">";
  append_article(out, a);
  append_sidebar_and_footer(out, a, index);
  out += "</main></body></html>\n";
  return out;
}

}  // namespace corpus
