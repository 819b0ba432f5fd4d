#include "corpus/render.h"

#include <cstdio>

namespace corpus {

namespace {

const char* const kWeekdays[] = {"Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư",
                                 "Thứ Năm",  "Thứ Sáu", "Thứ Bảy"};

std::string weekday(const GenArticle& a) {
  if (a.day.weekday == 0 && a.sunday_capital) return "Chủ Nhật";
  return kWeekdays[a.day.weekday];
}

std::string caption_line(const Paragraph& p) {
  return p.text + " Ảnh: " + p.credit;
}

std::string html_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

std::string date_line(const GenArticle& a) {
  char buf[96];
  const Day& d = a.day;
  switch (a.date_style) {
    case 0:
      std::snprintf(buf, sizeof buf, "%s, %02d/%02d/%04d | %02d:%02d", weekday(a).c_str(), d.day,
                    d.month, d.year, a.hour, a.minute);
      break;
    case 1:
      std::snprintf(buf, sizeof buf, "%s, %02d/%02d/%04d", weekday(a).c_str(), d.day, d.month,
                    d.year);
      break;
    case 2:
      std::snprintf(buf, sizeof buf, "%02d/%02d/%04d", d.day, d.month, d.year);
      break;
    case 3:
      std::snprintf(buf, sizeof buf, "%02d-%02d-%04d %02d:%02d", d.day, d.month, d.year, a.hour,
                    a.minute);
      break;
    case 4:
      std::snprintf(buf, sizeof buf, "Ngày %d tháng %d năm %d", d.day, d.month, d.year);
      break;
    case 5:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
      break;
    default:
      std::snprintf(buf, sizeof buf, "%s, %d/%d/%04d - %02d:%02d", weekday(a).c_str(), d.day,
                    d.month, d.year, a.hour, a.minute);
  }
  return buf;
}

std::string to_plain_text(const GenArticle& a) {
  std::string out;
  out.reserve(static_cast<std::size_t>(a.words) * 8 + 1024);
  if (!a.topic.empty()) out.append(a.topic).append("\n\n");
  out.append(a.title).append("\n\n").append(date_line(a)).append("\n\n");
  out.append(a.lead).append("\n\n");
  for (const Paragraph& p : a.body) out.append(p.caption ? caption_line(p) : p.text).append("\n\n");
  if (!a.byline.empty()) out.append(a.byline).append("\n\n");
  // The site's trailing chrome, in the shapes the archive's sites used.
  switch (a.chrome) {
    case 0:
      out.append("Viết bình luận mới\nthăm dò ý kiến\n\n").append(a.poll);
      out.append("\n\nTHÔNG TIN CẦN BIẾT\n").append(a.weather);
      break;
    case 1:
      out.append("Chia sẻ\nFacebook\nZalo\nIn bài\n\nTin liên quan\n");
      for (const std::string& t : a.related) out.append(t).append("\n");
      break;
    case 2:
      out.append("Bình luận (0)\n\nTin cùng chuyên mục\n");
      for (const std::string& t : a.related) out.append(t).append("\n");
      out.append(
          "\n© Bản quyền thuộc về Báo Bạc Liêu. Ghi rõ nguồn khi phát hành lại thông tin "
          "từ website này.");
      break;
    case 3:
      out.append("Từ khóa: xây dựng Đảng, chi bộ, ").append(a.keyword_place);
      out.append("\n\nTin khác\n");
      for (const std::string& t : a.related) out.append(t).append("\n");
      break;
    default:
      break;  // some pages were saved without any
  }
  while (!out.empty() && out.back() == '\n') out.pop_back();
  out.append("\n");
  return out;
}

std::string to_markdown(const GenArticle& a) {
  std::string out = "# " + a.title + "\n\n*";
  if (!a.topic.empty()) out.append(a.topic).append(" · ");
  out.append(date_line(a)).append("*\n\n**").append(a.lead).append("**\n\n");
  for (const Paragraph& p : a.body) {
    if (p.caption)
      out.append("*").append(caption_line(p)).append("*\n\n");
    else
      out.append(p.text).append("\n\n");
  }
  if (!a.byline.empty()) out.append(a.byline).append("\n");
  return out;
}

std::string to_html_book(const std::vector<GenArticle>& articles, const std::string& fonts_url) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<title>Tuyển tập bài viết về công tác xây dựng Đảng</title>\n<style>\n";
  struct Face {
    const char* file;
    const char* weight;
    const char* style;
  };
  for (const Face& f : {Face{"Regular", "normal", "normal"}, Face{"Bold", "bold", "normal"},
                        Face{"Italic", "normal", "italic"}, Face{"BoldItalic", "bold", "italic"}}) {
    out.append("@font-face { font-family: \"Liberation Serif\"; src: url(\"")
        .append(fonts_url)
        .append("/LiberationSerif-")
        .append(f.file)
        .append(".ttf\"); font-weight: ")
        .append(f.weight)
        .append("; font-style: ")
        .append(f.style)
        .append("; }\n");
  }
  // A4 and the margins of Decree 30/2020 (top 20, bottom 20, left 30, right 15 mm).
  out.append(
      "@page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); } }\n"
      "body { font-family: \"Liberation Serif\", serif; font-size: 13pt; line-height: 1.3; "
      "text-align: justify; }\n"
      "h1 { font-size: 16pt; text-align: center; page-break-before: always; }\n"
      "p { margin: 0 0 6pt 0; text-indent: 1cm; }\n"
      "p.meta, p.caption { font-style: italic; text-indent: 0; }\n"
      "p.caption { text-align: center; }\n"
      "p.author { text-align: right; font-weight: bold; }\n"
      "</style>\n</head>\n<body>\n");
  for (const GenArticle& a : articles) {
    out.append("<h1>").append(html_escape(a.title)).append("</h1>\n<p class=\"meta\">");
    if (!a.topic.empty()) out.append(html_escape(a.topic)).append(" · ");
    out.append(date_line(a)).append("</p>\n<p class=\"lead\"><b>").append(html_escape(a.lead));
    out.append("</b></p>\n");
    for (const Paragraph& p : a.body) {
      if (p.caption)
        out.append("<p class=\"caption\">").append(html_escape(caption_line(p))).append("</p>\n");
      else
        out.append("<p>").append(html_escape(p.text)).append("</p>\n");
    }
    if (!a.byline.empty())
      out.append("<p class=\"author\">").append(html_escape(a.byline)).append("</p>\n");
  }
  out.append("</body>\n</html>\n");
  return out;
}

}  // namespace corpus
