#include "cli/book_checks.h"

#include <cstring>
#include <map>
#include <regex>
#include <sstream>

#include "archive/archive.h"
#include "article/caption_note.h"
#include "article/reader.h"
#include "cli/run.h"
#include "text/dashes.h"

namespace tt_test {

std::string epubcheck_problems(const std::vector<std::string>& epubs) {
  std::string problems;
  for (const auto& e : epubs) {
    RunResult r = run("java -jar /usr/bin/epubcheck -q '" + e + "'");
    bool clean = r.exit_code == 0 && r.out.find("ERROR") == std::string::npos &&
                 r.out.find("WARNING") == std::string::npos;
    if (!clean) problems += e + ":\n" + r.out + "\n";
  }
  return problems;
}

std::string pdf_problems(const std::string& pdf) {
  std::string problems;
  RunResult q = run("qpdf --check '" + pdf + "'");
  if (q.exit_code != 0 || q.out.find("No syntax or stream encoding errors") == std::string::npos) {
    problems += "qpdf --check:\n" + q.out;
  }
  RunResult f = run("pdffonts '" + pdf + "'");
  std::istringstream lines(f.out);
  std::string line;
  int fonts = 0;
  for (int n = 0; std::getline(lines, line); ++n) {
    if (n < 2 || line.empty()) continue;  // the header and its rule
    ++fonts;
    // columns: name type encoding emb sub uni object ID
    std::istringstream cols(line);
    std::vector<std::string> c;
    for (std::string w; cols >> w;) c.push_back(w);
    bool ok = c.size() >= 7 && c[c.size() - 5] == "yes" && c[c.size() - 4] == "yes" &&
              c[c.size() - 3] == "yes" && c[0].size() > 7 && c[0][6] == '+';
    if (!ok) problems += "font not embedded+subset+unicode: " + line + "\n";
  }
  if (fonts == 0) problems += "pdffonts lists no font:\n" + f.out;
  return problems;
}

std::string pdf_body_text(const std::string& pdf, const std::vector<std::string>& running_heads) {
  // -raw: content-stream order, which is reading order here; the default mode regroups
  // short lines (a paragraph's one-word last line) into blocks of their own.
  RunResult t = run("pdftotext -raw -enc UTF-8 '" + pdf + "' -");
  std::istringstream lines(t.out);
  std::string kept, line;
  static const std::regex page_number(R"(^\s*\f?\s*([0-9]+|[ivxlcdm]+)\s*$)");
  while (std::getline(lines, line)) {
    if (std::regex_match(line, page_number)) continue;
    std::string folded = fold_ws(line);
    bool head = false;
    for (const auto& h : running_heads) head |= folded == h;
    if (head) continue;
    kept += line + "\n";
  }
  return fold_ws(kept);
}

std::vector<std::string> running_heads(const std::string& report_json,
                                       const std::string& book_title) {
  std::vector<std::string> heads = {book_title};
  auto begin = report_json.find("\"chapters\": [");
  auto end = report_json.find("\"inputs\": [");
  std::string part = report_json.substr(begin, end > begin ? end - begin : std::string::npos);
  static const std::regex title(R"re("title": "([^"]*)")re");
  for (std::sregex_iterator it(part.begin(), part.end(), title), e; it != e; ++it) {
    heads.push_back((*it)[1]);
  }
  return heads;
}

std::vector<ExpectedArticle> included_articles(const std::vector<std::string>& inputs,
                                               const std::string& report_json) {
  using namespace tuyentap;
  ArchiveContents archive = read_archive(inputs);
  auto read = read_articles(archive.files);
  std::map<std::string, ExpectedArticle> by_id;
  for (const auto& r : read) {
    const Article* a = std::get_if<Article>(&r);
    if (!a) continue;
    ExpectedArticle e;
    e.file = a->file;
    e.title = a->title;
    // both books print a spaced hyphen between numbers as an en dash (text/dashes.h)
    e.pieces.push_back(fold_ws(::tuyentap::range_dashes(a->title)));
    // the lead where the page set it: above the blocks, or under those set above it
    const std::size_t above = blocks_above_lead(*a);
    auto lead = [&] {
      if (!a->lead.empty()) e.pieces.push_back(fold_ws(::tuyentap::range_dashes(a->lead)));
    };
    for (std::size_t i = 0; i < a->blocks.size(); ++i) {
      if (i == above) lead();
      const Block& b = a->blocks[i];
      if (b.type == BlockType::Caption &&
          caption_role(*a, b, CaptionsWithoutPhoto::Note) == CaptionRole::Note) {
        e.pieces.push_back(
            fold_ws(::tuyentap::range_dashes(caption_note(b))));  // no photo: the books set a note
        continue;
      }
      e.pieces.push_back(fold_ws(::tuyentap::range_dashes(b.text)));
      if (!b.credit.empty()) e.pieces.push_back(fold_ws(b.credit));
    }
    if (above == a->blocks.size()) lead();
    e.author = fold_ws(a->author);
    by_id.emplace(a->id, std::move(e));
  }
  // The chapters' "ids" arrays in the report give the book order.
  std::vector<ExpectedArticle> out;
  auto chapters = report_json.find("\"chapters\": [");
  auto inputs_at = report_json.find("\"inputs\": [");
  std::string part =
      report_json.substr(chapters, inputs_at > chapters ? inputs_at - chapters : std::string::npos);
  static const std::regex id(R"re("([0-9a-f]{12})")re");
  for (std::sregex_iterator it(part.begin(), part.end(), id), end; it != end; ++it) {
    auto found = by_id.find((*it)[1]);
    if (found != by_id.end()) out.push_back(found->second);
  }
  return out;
}

std::string first_missing_in_order(const std::string& haystack,
                                   const std::vector<ExpectedArticle>& articles, bool book_order) {
  std::size_t at = 0;
  for (const auto& a : articles) {
    if (!book_order) at = 0;
    if (!a.author.empty() && haystack.find(a.author) == std::string::npos) {
      return a.file + ": author " + a.author;
    }
    for (const auto& piece : a.pieces) {
      auto found = haystack.find(piece, at);
      if (found == std::string::npos) return a.file + ": " + piece;
      at = found + piece.size();
    }
  }
  return "";
}

}  // namespace tt_test

namespace tt_test {

std::string epub_text(const std::string& epub) {
  RunResult r = run("unzip -p '" + epub + "' '*.xhtml'");
  std::string text;
  bool in_tag = false;
  const std::string& x = r.out;
  for (std::size_t i = 0; i < x.size(); ++i) {
    char c = x[i];
    if (c == '<') {
      in_tag = true;
      // emphasis lies inside the words: "“<em>Lương" reads "“Lương"
      bool inline_tag = false;
      for (const char* tag : {"strong>", "/strong>", "em>", "/em>"})
        inline_tag = inline_tag || x.compare(i + 1, std::strlen(tag), tag) == 0;
      if (!inline_tag) text += ' ';
    } else if (c == '>') {
      in_tag = false;
    } else if (!in_tag) {
      text += c;
    }
  }
  static const std::vector<std::pair<std::string, std::string>> entities = {
      {"&lt;", "<"},   {"&gt;", ">"},   {"&quot;", "\""},
      {"&apos;", "'"}, {"&#160;", " "}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities) {
    for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
      text.replace(at, from.size(), to);
      at += to.size();
    }
  }
  return fold_ws(text);
}

}  // namespace tt_test
