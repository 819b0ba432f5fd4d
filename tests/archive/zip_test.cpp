#include <catch2/catch.hpp>
#include <cstring>

#include "archive/archive.h"
#include "archive_fixtures.h"
#include "overlapping_zip.h"

using namespace tuyentap;
using namespace fixtures;
using Catch::Matchers::Contains;

namespace {

std::string reason_of(const ArchiveContents& c, const std::string& path) {
  const SkippedFile* s = find_skipped(c, path);
  return s ? s->reason : std::string("(not in skipped)");
}

// Patches a 32-bit little-endian field in every local and central header of a zip.
void patch_sizes(std::string& zip, std::uint32_t uncompressed) {
  unsigned char le[4] = {static_cast<unsigned char>(uncompressed),
                         static_cast<unsigned char>(uncompressed >> 8),
                         static_cast<unsigned char>(uncompressed >> 16),
                         static_cast<unsigned char>(uncompressed >> 24)};
  for (std::size_t at = 0; (at = zip.find("PK\x03\x04", at)) != std::string::npos; at += 4)
    std::memcpy(&zip[at + 22], le, 4);
  for (std::size_t at = 0; (at = zip.find("PK\x01\x02", at)) != std::string::npos; at += 4)
    std::memcpy(&zip[at + 24], le, 4);
}

}  // namespace

TEST_CASE("a zip is read in memory, entries in name order, shown as zip!path") {
  TempDir t;
  std::string z = t / "luu-tru.zip";
  write_zip(z, {{"2019/03/b.txt", "b " + kArticle},
                {"2019/01/a.txt", "a " + kArticle},
                {"2018/", ""},
                {"gioi-thieu.txt", kArticle}});
  ArchiveContents c = read_archive({z});
  CHECK(paths(c) == std::vector<std::string>{z + "!2019/01/a.txt", z + "!2019/03/b.txt",
                                             z + "!gioi-thieu.txt"});
  CHECK(c.files[0].bytes == "a " + kArticle);
  CHECK(c.skipped.empty());  // a folder entry is not a file: nothing to account for
  // Nothing was extracted beside the zip.
  CHECK(std::distance(std::filesystem::directory_iterator(t.path),
                      std::filesystem::directory_iterator()) == 1);
}

TEST_CASE("a zip entry named like a folder that holds data is reported, never lost") {
  TempDir t;
  std::string z = t / "luu-tru.zip";
  write_zip(
      z, {{"2019/bai/", kArticle}, {"2019\\ban\\", kArticle}, {"2018/", ""}, {"a.txt", kArticle}});
  ArchiveContents c = read_archive({z});
  CHECK(paths(c) == std::vector<std::string>{z + "!a.txt"});
  CHECK_THAT(reason_of(c, z + "!2019/bai/"), Contains("named like a folder"));
  CHECK_THAT(reason_of(c, z + "!2019\\ban\\"), Contains("named like a folder"));
  CHECK(c.skipped.size() == 2);  // the empty folder entry "2018/" is no file
}

TEST_CASE("a zip inside a folder is read where it sorts, and its entries are checked too") {
  TempDir t;
  std::string root = t / "arch";
  write(t.path / "arch/a.txt", kArticle);
  write(t.path / "arch/z.txt", kArticle + "z");
  write_zip(t.path / "arch/m.zip", {{"bai.txt", kArticle + "m"},
                                    {"__MACOSX/._bai.txt", "x"},
                                    {".DS_Store", "x"},
                                    {"anh.png", "\x89PNG\r\n\x1a\nxxxx"}});
  ArchiveContents c = read_archive({root});
  CHECK(paths(c) ==
        std::vector<std::string>{root + "/a.txt", root + "/m.zip!bai.txt", root + "/z.txt"});
  CHECK_THAT(reason_of(c, root + "/m.zip!__MACOSX/._bai.txt"), Contains("macOS"));
  CHECK_THAT(reason_of(c, root + "/m.zip!.DS_Store"), Contains(".DS_Store"));
  CHECK(reason_of(c, root + "/m.zip!anh.png") == "not text (PNG image)");
}

TEST_CASE("zip entries with an absolute path or '..' are reported and never used") {
  TempDir t;
  std::string z = t / "doc.zip";
  write_zip(z, {{"../evil.txt", "x"},
                {"/etc/evil.txt", "x"},
                {"a/../../evil2.txt", "x"},
                {"ok.txt", kArticle}});
  ArchiveContents c = read_archive({z});
  CHECK(paths(c) == std::vector<std::string>{z + "!ok.txt"});
  CHECK(reason_of(c, z + "!../evil.txt") ==
        "unsafe path in the zip ('..' points outside the archive), not read");
  CHECK(reason_of(c, z + "!a/../../evil2.txt") ==
        "unsafe path in the zip ('..' points outside the archive), not read");
  CHECK(reason_of(c, z + "!/etc/evil.txt") == "unsafe path in the zip (absolute path), not read");
  CHECK_FALSE(std::filesystem::exists(t.path.parent_path() / "evil.txt"));
}

TEST_CASE("a zip bomb is stopped by its declared compression ratio, with a clear message") {
  TempDir t;
  std::string z = t / "bom.zip";
  write_zip(z, {{"zeros.txt", std::string(50u << 20, '\0')}, {"ok.txt", kArticle}});
  ArchiveContents c = read_archive({z});
  CHECK(paths(c) == std::vector<std::string>{z + "!ok.txt"});
  std::string why = reason_of(c, z + "!zeros.txt");
  CHECK_THAT(why, Contains("possible zip bomb"));
  CHECK_THAT(why, Contains("50 MB"));
  CHECK_THAT(why, Contains("the limit is 200:1"));
}

TEST_CASE("an entry over the per-file limit is refused before it is decompressed") {
  TempDir t;
  std::string z = t / "lon.zip";
  std::string big;
  for (int i = 0; big.size() < 300000; ++i)
    big += "Dòng " + std::to_string(i * 7919 % 100003) + "\n";
  write_zip(z, {{"lon.txt", big}, {"ok.txt", kArticle}});
  ArchiveLimits limits;
  limits.max_file_bytes = 100000;
  ArchiveContents c = read_archive({z}, limits);
  CHECK(paths(c) == std::vector<std::string>{z + "!ok.txt"});
  CHECK_THAT(reason_of(c, z + "!lon.txt"), Contains("over the size limit"));
}

TEST_CASE("a zip whose headers understate the size is stopped on the bytes that come out") {
  TempDir t;
  std::string z = t / "doi.zip";
  std::string body;
  for (int i = 0; body.size() < 200000; ++i) body += "Chi bộ " + std::to_string(i) + "\n";
  write_zip(z, {{"noi-doi.txt", body}});
  std::string bytes = slurp(z);
  patch_sizes(bytes, 1000);  // headers now claim 1,000 bytes: under every limit
  write(z, bytes);
  ArchiveContents c = read_archive({z});
  CHECK(c.files.empty());
  CHECK_THAT(reason_of(c, z + "!noi-doi.txt"), Contains("holds more data than the zip declares"));
}

TEST_CASE("an encrypted entry is reported as password-protected") {
  TempDir t;
  std::string z = t / "mat.zip";
  bool encrypted = write_zip(z, {{"mat.txt", kArticle, true}, {"mo.txt", kArticle}});
  if (!encrypted) {
    WARN("libzip here cannot write AES-256 entries: the encrypted-entry case is not tested");
    return;
  }
  ArchiveContents c = read_archive({z});
  CHECK(paths(c) == std::vector<std::string>{z + "!mo.txt"});
  CHECK_THAT(reason_of(c, z + "!mat.txt"), Contains("password-protected"));
}

TEST_CASE("a truncated zip is reported by name and the other inputs are still read") {
  TempDir t;
  std::string z = t / "hong.zip";
  write_zip(z, {{"a.txt", kArticle}, {"b.txt", kArticle + "b"}});
  std::string bytes = slurp(z);
  write(z, bytes.substr(0, bytes.size() / 2));
  write(t.path / "le.txt", kArticle);
  ArchiveContents c = read_archive({z, t / "le.txt"});
  CHECK(paths(c) == std::vector<std::string>{t / "le.txt"});
  REQUIRE(c.skipped.size() == 1);
  CHECK(c.skipped[0].path == z);
  CHECK_THAT(c.skipped[0].reason, Contains("corrupt or incomplete zip archive"));
}

TEST_CASE("an entry whose compressed data is damaged is reported, its neighbours read") {
  TempDir t;
  std::string z = t / "loi.zip";
  std::string body;
  for (int i = 0; body.size() < 20000; ++i) body += "Đảng viên " + std::to_string(i * 31) + "\n";
  write_zip(z, {{"a.txt", body}, {"b.txt", kArticle}});
  std::string bytes = slurp(z);
  std::size_t data = bytes.find("a.txt") + 5 + 40;  // inside a.txt's deflate stream
  for (std::size_t i = data; i < data + 64; ++i) bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
  write(z, bytes);
  ArchiveContents c = read_archive({z});
  CHECK(paths(c) == std::vector<std::string>{z + "!b.txt"});
  CHECK_THAT(reason_of(c, z + "!a.txt"), Contains("damaged entry"));
}

TEST_CASE("a zip inside a zip is not opened, and says how to read it") {
  TempDir t;
  write_zip(t / "bai.docx",
            {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w:document/>"}});
  std::string z = t / "ngoai.zip";
  write_zip(z, {{"trong.zip", "PK\x03\x04 whatever"},
                {"bai.docx", slurp(t / "bai.docx")},
                {"hong.docx", "PK\x03\x04....word/document.xml"},
                {"bang.xlsx", "PK\x03\x04....xl/workbook.xml"},
                {"bai.txt", kArticle}});
  ArchiveContents c = read_archive({z});
  // a Word document is a zip too, but one article: kept whole for the readers
  CHECK(paths(c) == std::vector<std::string>{z + "!bai.docx", z + "!bai.txt"});
  CHECK(reason_of(c, z + "!trong.zip") ==
        "zip inside a zip, not opened; unzip it and give it as its own input");
  CHECK(reason_of(c, z + "!hong.docx") == "not text (Word document (.docx))");
  CHECK(reason_of(c, z + "!bang.xlsx") == "not text (Excel workbook (.xlsx))");
}

TEST_CASE("a Word document named .zip is one document, not a zip to open") {
  TempDir t;
  std::string docx = t / "bai.zip";
  write_zip(docx, {{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w:document/>"}});
  std::string doc = t / "cu.doc";
  write(doc, std::string("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8) + std::string(504, '\0') +
                 std::string("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24));
  ArchiveContents c = read_archive({docx, doc});
  CHECK(paths(c) == std::vector<std::string>{docx, doc});
  CHECK(c.skipped.empty());
}

TEST_CASE("the same zip given twice is read once") {
  TempDir t;
  std::string z = t / "a.zip";
  write_zip(z, {{"bai.txt", kArticle}});
  ArchiveContents c = read_archive({z, z});
  CHECK(paths(c) == std::vector<std::string>{z + "!bai.txt"});
  REQUIRE(c.skipped.size() == 1);
  CHECK_THAT(c.skipped[0].reason, Contains("duplicate"));
}

TEST_CASE("a zip with more entries than the limit is refused whole, by name") {
  TempDir t;
  std::string z = t / "nhieu.zip";
  write_zip(z, {{"a.txt", kArticle}, {"b.txt", kArticle + "b"}, {"c.txt", kArticle + "c"}});
  ArchiveLimits limits;
  limits.max_zip_entries = 2;
  ArchiveContents c = read_archive({z}, limits);
  CHECK(c.files.empty());
  REQUIRE(c.skipped.size() == 1);
  CHECK(c.skipped[0].path == z);
  CHECK_THAT(c.skipped[0].reason, Contains("too many entries in the zip (3, the limit is 2)"));
}

TEST_CASE("the total limit counts files from folders and zips together") {
  TempDir t;
  write(t.path / "le.txt", std::string(700, 'a'));
  std::string z = t / "b.zip";
  write_zip(z, {{"1.txt", std::string(200, 'b')}, {"2.txt", std::string(200, 'c')}});
  ArchiveLimits limits;
  limits.max_total_bytes = 1000;
  ArchiveContents c = read_archive({t / "le.txt", z}, limits);
  CHECK(paths(c) == std::vector<std::string>{t / "le.txt", z + "!1.txt"});
  CHECK_THAT(reason_of(c, z + "!2.txt"), Contains("over the total size limit (1000 bytes"));
}

TEST_CASE("the overlapping-zip generator makes entries libzip reads whole, CRCs right") {
  // What the next test refuses must be readable: otherwise it would prove nothing.
  std::string bytes = tt_test::overlapping_zip(4, 300000);
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  REQUIRE(za);
  CHECK(zip_get_num_entries(za, 0) == 4);
  for (zip_uint64_t i = 0; i < 4; ++i) {
    zip_file_t* zf = zip_fopen_index(za, i, 0);
    REQUIRE(zf);
    std::string out(400000, '\0');
    zip_int64_t got = 0, n = 0;
    while ((n = zip_fread(zf, out.data() + got, out.size() - static_cast<std::size_t>(got))) > 0)
      got += n;
    CHECK(n == 0);  // no CRC or data error
    zip_stat_t st;
    REQUIRE(zip_stat_index(za, i, 0, &st) == 0);
    CHECK(static_cast<zip_uint64_t>(got) == st.size);
    CHECK(got >= 300000);
    zip_fclose(zf);
  }
  zip_discard(za);
  zip_error_fini(&error);
}

TEST_CASE("zip entries that overlap in the file are refused without being inflated") {
  TempDir t;
  std::string z = t / "chong.zip";
  write(z, tt_test::overlapping_zip(8, 1u << 20));
  ArchiveContents c = read_archive({z});
  CHECK(c.files.empty());
  REQUIRE(c.skipped.size() == 8);
  CHECK_THAT(reason_of(c, z + "!bai-000.txt"),
             Contains("its data overlaps that of " + z + "!bai-001.txt in the zip file"));
  for (const SkippedFile& s : c.skipped) CHECK_THAT(s.reason, Contains("possible zip bomb"));
}

TEST_CASE("a zip's inflated bytes are counted against one budget for the whole zip") {
  // Entries under 64 KB escape the ratio check one by one; together they may not pass
  // 200:1 of the zip's size.
  TempDir t;
  std::string z = t / "nho.zip";
  std::vector<ZipEntry> entries;
  for (int i = 0; i < 60; ++i)
    entries.push_back({"bai-" + std::to_string(100 + i) + ".txt", std::string(60000, 'a')});
  write_zip(z, entries);
  std::size_t zip_size = slurp(z).size();
  ArchiveContents c = read_archive({z});
  REQUIRE(!c.files.empty());
  REQUIRE(!c.skipped.empty());
  CHECK(c.files.size() + c.skipped.size() == 60);
  CHECK(c.files.size() * 60000 <= 200 * zip_size);
  CHECK_THAT(c.skipped.front().reason, Contains("the zip as a whole unpacks to more than") &&
                                           Contains("(200:1 of its size)"));
  CHECK(c.skipped.back().path == z + "!bai-159.txt");
}
