#include <sys/stat.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>

#include "archive/archive.h"
#include "archive_fixtures.h"
#include "base/error.h"

using namespace tuyentap;
using namespace fixtures;
using Catch::Matchers::Contains;

TEST_CASE("a folder is read recursively, in sorted path order, with paths shown inside it") {
  TempDir t;
  write(t.path / "arch/b.txt", "b " + kArticle);
  write(t.path / "arch/a/z.txt", "z " + kArticle);
  write(t.path / "arch/a/b/c.txt", "c " + kArticle);
  std::string root = t / "arch";
  ArchiveContents c = read_archive({root + "/"});
  CHECK(paths(c) ==
        std::vector<std::string>{root + "/a/b/c.txt", root + "/a/z.txt", root + "/b.txt"});
  CHECK(c.files[0].bytes == "c " + kArticle);
  CHECK(c.skipped.empty());
}

TEST_CASE("inputs keep the order they were given in") {
  TempDir t;
  write(t.path / "x/1.txt", kArticle);
  write(t.path / "y.txt", "y" + kArticle);
  ArchiveContents c = read_archive({t / "y.txt", t / "x"});
  CHECK(paths(c) == std::vector<std::string>{t / "y.txt", t / "x/1.txt"});
}

TEST_CASE("hidden and system files in a folder are listed as skipped, not read") {
  TempDir t;
  std::string root = t / "arch";
  write(t.path / "arch/bai.txt", kArticle);
  write(t.path / "arch/.DS_Store", "Bud1 junk");
  write(t.path / "arch/2019/Thumbs.db", "junk");
  write(t.path / "arch/~$bai.docx", "lock");
  write(t.path / "arch/.git/config", "[core]");
  write(t.path / "arch/__MACOSX/._bai.txt", "junk");
  ArchiveContents c = read_archive({root});
  CHECK(paths(c) == std::vector<std::string>{root + "/bai.txt"});
  REQUIRE(find_skipped(c, root + "/.DS_Store"));
  CHECK_THAT(find_skipped(c, root + "/.DS_Store")->reason, Contains(".DS_Store"));
  REQUIRE(find_skipped(c, root + "/2019/Thumbs.db"));
  CHECK_THAT(find_skipped(c, root + "/2019/Thumbs.db")->reason, Contains("Windows system file"));
  REQUIRE(find_skipped(c, root + "/~$bai.docx"));
  CHECK_THAT(find_skipped(c, root + "/~$bai.docx")->reason, Contains("Office lock file"));
  REQUIRE(find_skipped(c, root + "/.git/"));
  CHECK_THAT(find_skipped(c, root + "/.git/")->reason, Contains("hidden folder"));
  REQUIRE(find_skipped(c, root + "/__MACOSX/"));
  CHECK_THAT(find_skipped(c, root + "/__MACOSX/")->reason, Contains("macOS"));
  CHECK(c.skipped.size() == 5);
}

TEST_CASE("missing, empty and binary-format inputs are reported with a reason, the rest is read") {
  TempDir t;
  std::string root = t / "arch";
  write(t.path / "arch/bai.txt", kArticle);
  write(t.path / "arch/trong.txt", "");
  write(t.path / "arch/anh.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  write(t.path / "arch/ban-in.pdf", "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
  write(t.path / "arch/photo.jpg", "\xff\xd8\xff\xe0\0\x10JFIF");
  write(t.path / "arch/bai.docx",
        std::string("PK\x03\x04\x14\0\0\0[Content_Types].xml word/document.xml", 45));
  // NUL bytes of no known format: UTF-16 with its byte order mark, without one, or junk.
  // Whether they are text is the readers' decision (they know a forced encoding), so the
  // archive passes them on.
  write(t.path / "arch/la.bin", std::string("abc\0def", 7));
  write(t.path / "arch/utf16.txt", std::string("\xff\xfe"
                                               "X\0"
                                               "a\0"
                                               "y\0",
                                               8));
  write(t.path / "arch/utf16-no-bom.txt", std::string("X\0a\0y\0", 6));
  std::string missing = t / "khong-co.txt";
  ArchiveContents c = read_archive({root, missing});

  CHECK(paths(c) == std::vector<std::string>{root + "/bai.txt", root + "/la.bin",
                                             root + "/utf16-no-bom.txt", root + "/utf16.txt"});
  auto reason = [&](const std::string& p) {
    const SkippedFile* s = find_skipped(c, p);
    return s ? s->reason : std::string("(not in skipped)");
  };
  CHECK(reason(root + "/trong.txt") == "empty file");
  CHECK(reason(root + "/anh.txt") == "not text (PNG image)");
  CHECK(reason(root + "/ban-in.pdf") == "not text (PDF document)");
  CHECK(reason(root + "/photo.jpg") == "not text (JPEG image)");
  CHECK(reason(root + "/bai.docx") == "not text (Word document (.docx))");
  CHECK_THAT(reason(missing), Contains("missing"));
  CHECK(c.files.size() + c.skipped.size() == 10);
}

TEST_CASE("the same file given twice is read once and the repeat is reported") {
  TempDir t;
  std::string root = t / "arch";
  write(t.path / "arch/a.txt", kArticle);
  ArchiveContents c = read_archive({root, root + "/a.txt", t / "arch/../arch/a.txt"});
  CHECK(paths(c) == std::vector<std::string>{root + "/a.txt"});
  REQUIRE(c.skipped.size() == 2);
  CHECK(c.skipped[0].path == root + "/a.txt");
  CHECK(c.skipped[0].reason == "duplicate: the same file as " + root + "/a.txt, read once");
}

TEST_CASE("a link loop in a folder does not hang, and linked files are read once") {
  TempDir t;
  std::string root = t / "arch";
  write(t.path / "arch/sub/a.txt", kArticle);
  std::filesystem::create_directory_symlink(t.path / "arch", t.path / "arch/sub/vong");
  std::filesystem::create_symlink(t.path / "arch/sub/a.txt", t.path / "arch/b-link.txt");
  std::filesystem::create_symlink(t.path / "nowhere.txt", t.path / "arch/gay.txt");
  ArchiveContents c = read_archive({root});
  // b-link.txt sorts first, so the file is read under that name and sub/a.txt is the repeat.
  CHECK(paths(c) == std::vector<std::string>{root + "/b-link.txt"});
  REQUIRE(find_skipped(c, root + "/sub/vong/"));
  CHECK_THAT(find_skipped(c, root + "/sub/vong/")->reason, Contains("already read"));
  REQUIRE(find_skipped(c, root + "/sub/a.txt"));
  CHECK_THAT(find_skipped(c, root + "/sub/a.txt")->reason, Contains("duplicate"));
  REQUIRE(find_skipped(c, root + "/gay.txt"));
  CHECK_THAT(find_skipped(c, root + "/gay.txt")->reason, Contains("broken link"));
}

TEST_CASE("hard links to one file are read once, the other names reported as its duplicates") {
  // 250 hard links to one 15 MB file were read 250 times (4.2 GB): a file is known by its
  // device and inode, whatever its name.
  TempDir t;
  std::string root = t / "arch";
  write(t.path / "arch/a.txt", kArticle);
  std::filesystem::create_hard_link(t.path / "arch/a.txt", t.path / "arch/b.txt");
  std::filesystem::create_hard_link(t.path / "arch/a.txt", t.path / "ngoai.txt");
  ArchiveContents c = read_archive({root, t / "ngoai.txt"});
  CHECK(paths(c) == std::vector<std::string>{root + "/a.txt"});
  REQUIRE(c.skipped.size() == 2);
  CHECK(c.skipped[0].path == root + "/b.txt");
  CHECK(c.skipped[0].reason == "duplicate: the same file as " + root + "/a.txt, read once");
  CHECK(c.skipped[1].path == t / "ngoai.txt");
  CHECK_THAT(c.skipped[1].reason, Contains("the same file as " + root + "/a.txt"));
}

TEST_CASE("a pipe in the folder is reported, not read (reading it would block)") {
  TempDir t;
  std::string root = t / "arch";
  write(t.path / "arch/a.txt", kArticle);
  REQUIRE(::mkfifo((t.path / "arch/ong").c_str(), 0600) == 0);
  ArchiveContents c = read_archive({root});
  CHECK(paths(c) == std::vector<std::string>{root + "/a.txt"});
  REQUIRE(find_skipped(c, root + "/ong"));
  CHECK_THAT(find_skipped(c, root + "/ong")->reason, Contains("not a regular file"));
}

TEST_CASE("files over the per-file or total size limit are refused with the limit named") {
  TempDir t;
  std::string root = t / "arch";
  write(t.path / "arch/1.txt", std::string(600, 'a'));
  write(t.path / "arch/2.txt", std::string(2048, 'b'));
  write(t.path / "arch/3.txt", std::string(600, 'c'));
  write(t.path / "arch/4.txt", std::string(10, 'd'));
  ArchiveLimits limits;
  limits.max_file_bytes = 1024;
  limits.max_total_bytes = 1100;
  ArchiveContents c = read_archive({root}, limits);
  CHECK(paths(c) == std::vector<std::string>{root + "/1.txt", root + "/4.txt"});
  REQUIRE(find_skipped(c, root + "/2.txt"));
  CHECK(find_skipped(c, root + "/2.txt")->reason ==
        "over the size limit (2 KB, the limit is 1 KB per file); an article is never this big");
  REQUIRE(find_skipped(c, root + "/3.txt"));
  CHECK_THAT(find_skipped(c, root + "/3.txt")->reason, Contains("over the total size limit"));
}

TEST_CASE("no input at all is an error that says what to give") {
  CHECK_THROWS_AS(read_archive({}), Error);
  try {
    read_archive({});
  } catch (const Error& e) {
    CHECK_THAT(e.hint(), Contains(".zip"));
  }
}

TEST_CASE("a large folder is read on several cores with results and skips in walk order") {
  // Enough files for the parallel fetch; every kind of refusal mixed in, and a total limit
  // that runs out part way, which only an in-order check gets right.
  TempDir t;
  std::string root = t / "arch";
  ArchiveLimits limits;
  limits.max_file_bytes = 4000;
  std::uint64_t total = 0;
  for (int i = 0; i < 300; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "f%03d.txt", i);
    std::string bytes = std::to_string(i) + " " + kArticle;
    if (i % 17 == 3) bytes.clear();                              // empty
    if (i % 23 == 5) bytes = std::string(5000, 'x');             // over the per-file limit
    if (i % 29 == 7) bytes = std::string("a\0b", 3) + kArticle;  // binary
    std::string file = name;
    if (i % 31 == 11) file = "." + file;  // hidden
    write(t.path / "arch" / file, bytes);
  }
  // A first reading without a total limit tells how many bytes the kept files hold.
  ArchiveContents all = read_archive({root}, limits);
  for (const auto& f : all.files) total += f.bytes.size();
  limits.max_total_bytes = total / 2;
  ArchiveContents half = read_archive({root}, limits);
  REQUIRE(all.files.size() > 200);
  CHECK(all.skipped.size() == 300 - all.files.size());
  // In path order, the files kept under half the total are a prefix of all the files.
  REQUIRE(half.files.size() < all.files.size());
  for (std::size_t i = 0; i < half.files.size(); ++i) {
    CHECK(half.files[i].path == all.files[i].path);
    CHECK(half.files[i].bytes == all.files[i].bytes);
  }
  bool saw_total = false;
  for (const auto& s : half.skipped)
    saw_total = saw_total || s.reason.find("total size") != std::string::npos;
  CHECK(saw_total);
  // Skips are listed in the walk's (sorted) order, whatever thread read the file.
  std::vector<std::string> skipped_paths;
  for (const auto& s : all.skipped) skipped_paths.push_back(s.path);
  CHECK(std::is_sorted(skipped_paths.begin(), skipped_paths.end()));
}
