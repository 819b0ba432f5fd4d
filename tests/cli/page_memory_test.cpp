// Hostile pages in bounded memory (issue 12): the 16 MB pages that held about a gigabyte each
// (an HTML page of tiny blocks, blank lines as text and as HTML) are refused by the readers'
// bounds before they are parsed. [memory]: run under an address-space limit, which the
// sanitizer build cannot honour.
#include <catch2/catch.hpp>
#include <fstream>

#include "cli/run.h"
#include "temp_dir.h"

using namespace tt_test;

namespace {

void write(const std::filesystem::path& p, const std::string& bytes) {
  std::ofstream(p, std::ios::binary)
      .write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// `unit` repeated to just under the 16 MB a file may hold, after `head`.
std::string page(const std::string& head, const std::string& unit, const std::string& foot) {
  std::string s = head;
  while (s.size() + unit.size() + foot.size() < 16'000'000) s += unit;
  return s + foot;
}

}  // namespace

TEST_CASE("16 MB pages of tiny blocks and blank lines are refused in bounded memory", "[memory]") {
  TempDir dir("tuyentap-pages");
  write(dir / "notices.html", page("<html><body><h1>Chi bộ ấp 3</h1>",
                                   "<p>Leave a reply</p><p>Tin</p>", "</body></html>"));
  write(dir / "spacers.html", page("<html><body><h1>Chi bộ ấp 3</h1>", "<p> </p>", ""));
  write(dir / "spacers.txt", page("Chi bộ ấp 3\nThứ Hai, 28/01/2019\n", " \n\n", ""));
  RunResult r = run("ulimit -v 400000 && " + tuyentap() + " scan '" + dir.path().string() + "'");
  INFO(r.out);
  CHECK(r.exit_code == 1);  // files that look like articles could not be read
  CHECK(r.out.find("0 read as articles, 3 skipped") != std::string::npos);
  CHECK(r.out.find("notices.html: skipped: could not be read: an HTML page of more than") !=
        std::string::npos);
  CHECK(r.out.find("spacers.html: skipped: could not be read: an HTML page of more than") !=
        std::string::npos);
  CHECK(r.out.find("spacers.txt: skipped: could not be read: a text of more than") !=
        std::string::npos);
}
