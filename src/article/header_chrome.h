// Boxes of another site's page standing over an article's header, seen by their shape alone
// (no site's words): the plain-text reader blanks them before the header is looked for
// (text_prepare.h step 2, above the first sentence only), so that none of their lines stands
// where a title would. On a page that shows no title of its own, the header rules (text_header.h)
// take the line right over the body text for the title: a box's last line, when a box stands
// there. Seen by moving the chrome of one learning site's pages onto another's (bench/run-perturb,
// "chrome transplant").
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace tuyentap {

// The boxes of one text's header, looked for line by line from the top.
class HeaderChrome {
 public:
  explicit HeaderChrome(const std::vector<std::string>& lines) : lines_(lines) {}

  // The line after a box of the page's header chrome that starts at lines[at] (blank lines
  // skipped inside a box), or `at` when none starts there. Called for each line of text above
  // the first sentence, `at` increasing from call to call. One of:
  //  - a box of link titles: three lines or more, one a line, each opening with the same three
  //    words as the next and none the same as another ("Giới thiệu Tạp chí Công tác tôn giáo Số
  //    11/2019", "… Số 10/2019", …): a list of a series' issues or a section's articles. A title
  //    printed twice is two lines, the same;
  //  - a menu printed one item a line: five lines or more of at most five words, no digit, no
  //    sentence's end ("Trang chủ", "Giới thiệu", …, "Văn hóa-Văn nghệ", "Sách nhà nước đặt
  //    hàng"), spaced alike (each on the next line, or each after a blank line: a kicker set
  //    apart under a menu is no item of it). A kicker and a title make two such lines at most
  //    (three titles of four words or fewer in 504 of the learning sets);
  //  - a line of four words or more in bare ASCII letters over body text written with
  //    Vietnamese marks ("Pacs Tracuupacs khao sat y kien bn noi tru …", a menu typed without
  //    its marks; "Thanh Hoa Radio and Television", a site's English name). A page written
  //    without marks throughout keeps such lines: its title is one;
  //  - a box's title over one of those, a poll line (poll_widget.h) or a counter box
  //    (page_widgets.h): at most six words or a row of buttons (poll_widget.h button_labels),
  //    no sentence's end ("Ấn phẩm sách", "Thăm dò ý kiến", "LIÊN KẾT HỮU ÍCH", "Tìm kiếm Tìm
  //    kiếm nâng cao"), or over another box's title over its box (two titles deep: a side
  //    column of boxes); or the site's name in capitals over its name in English
  //    ("TRƯỜNG CAO ĐẲNG …" over "HO CHI MINH CITY COLLEGE OF TECHNOLOGY");
  //  - the site's banner printed twice: two or three short lines with no sentence's end (its
  //    name over its slogan), then the same lines again at once (real-eval81/hepco-1: the
  //    slogan was read as the title). One line twice is no banner: a title is printed so.
  // None under a line holding a day and month ("15/12/2019", a date line's): a box between a
  // date line and the title is what tells the site's clock from the article's date
  // (text_reader.h, step 2), and stays for the header to see.
  // A counter box (page_widgets.h counter_box_end) is one wherever it stands, under a date
  // line too. A link back to the list ("Back", "Quay lại trang trước") is one line of chrome,
  // no box: the line over it (a section's name) is no box title for it.
  std::size_t box_end(std::size_t at);

 private:
  struct Look {
    std::size_t end = 0;  // box_at's
    bool dated = false;   // the line holds a day and month
  };
  Look look(std::size_t at);  // the last line looked at is asked again: its title's next
  std::size_t box_at(std::size_t at);
  std::size_t titled_box_end(std::size_t at, int depth);

  const std::vector<std::string>& lines_;
  bool dated_ = false;  // a line holding a day and month stood above
  std::size_t looked_ = static_cast<std::size_t>(-1);
  Look look_;
  std::size_t short_links_end_ = 0;  // lines before this one start no box of links
  std::size_t short_menu_end_ = 0;   // nor a menu
};

}  // namespace tuyentap
