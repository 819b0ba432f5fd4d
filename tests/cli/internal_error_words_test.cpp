// An internal error ("internal: …", a promise between the program's own parts broken) is told
// in Vietnamese like every other stage's error (cli/error_words.cpp): it says it is the
// program's fault and asks the clerk to report it; the detail stays the maintainer's English.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "base/error.h"
#include "cli/error_words.h"
#include "cli/i18n.h"
#include "test_paths.h"

using namespace tuyentap;
namespace fs = std::filesystem;

namespace {

// The build tree's catalogue, beside the program the other cli tests run.
void speak_vietnamese() {
  set_language(Language::Vietnamese,
               (fs::path(test_paths::program_path()).parent_path() / "locale").string());
}

// The text of every string literal in src/ that starts an internal error ("internal: …),
// up to the literal's closing quote.
std::vector<std::string> internal_error_openings() {
  std::vector<std::string> out;
  for (const auto& e :
       fs::recursive_directory_iterator(fs::path(test_paths::source_dir()) / "src")) {
    if (e.path().extension() != ".cpp") continue;
    std::ifstream in(e.path());
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (std::size_t at = text.find("\"internal: "); at != std::string::npos;
         at = text.find("\"internal: ", at + 1)) {
      std::size_t end = text.find('"', at + 1);
      out.push_back(text.substr(at + 1, end - at - 1));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("an internal error is told in Vietnamese and asks for a report") {
  speak_vietnamese();
  const std::string vi = vietnamese_sentence("internal: no room to stage 'sach.pdf'");
  CHECK(vi ==
        "lỗi nội bộ của chương trình: no room to stage 'sach.pdf' — xin báo cho người bảo trì, "
        "kèm câu lệnh đã chạy và tệp report.txt của thư mục đầu ra (nếu có)");

  // As the CLI prints it, with the layout stage's hint.
  const Error e("internal: the book's second layout pass gave other pages than the first", {}, 0,
                "this is a bug in the layout stage; please report it");
  const std::string said = describe_translated(e, false);
  CHECK(said.starts_with("lỗi nội bộ của chương trình: the book's second layout pass"));
  CHECK(said.find("\n  đây là lỗi của khâu dàn trang") != std::string::npos);
  CHECK(said.find("please report") == std::string::npos);

  // The PDF writer's hint (pdf/object_file.cpp, write_pdf.cpp).
  const Error w("internal: PDF object 7 written twice or not reserved", {}, 0,
                "this is a bug in tuyentap's PDF writer; please report it");
  const std::string told = describe_translated(w, false);
  CHECK(told.find("\n  đây là lỗi của khâu viết tệp PDF") != std::string::npos);
  CHECK(told.find("please report") == std::string::npos);
}

TEST_CASE("every internal error of src/ has its Vietnamese") {
  speak_vietnamese();
  const std::vector<std::string> openings = internal_error_openings();
  // 8 today: select, book_layout, output_stage, write_pdf ×2, structure, xhtml ×2
  CHECK(openings.size() >= 8);
  for (const std::string& english : openings) {
    INFO(english);
    CHECK(vietnamese_sentence(english + "…").starts_with("lỗi nội bộ của chương trình: "));
  }
}
