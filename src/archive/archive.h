// archive/: the files of an archive, from any mix of files, folders (recursive) and .zip
// archives (read in memory with libzip, never extracted). Every file found is accounted
// for: it is returned as an InputFile, or listed in `skipped` with a reason a clerk can act on.
//
// This stage judges files, not text: it skips what is not to be read at all (hidden and
// system files, empty or over-limit files, unsafe zip entries) and the binary formats
// archive/binary_format.h recognises, except Word documents (.docx, .odt, .doc), which are
// kept whole for the readers, never unpacked. Every other file is passed on as its bytes;
// whether they are text, and in which encoding, is decided above (article/input_text.h),
// where a forced encoding is known. Each file is judged on its own as it is read.
//
// The archive is listed and judged before any file is decoded, but its files' bytes are not
// all held: past ArchiveLimits::max_held_bytes a kept file's bytes are let go once judged,
// and its InputFile::origin says where they are read again (archive/file_bytes.h) when the
// readers' turn comes, a batch at a time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace tuyentap {

struct ArchiveLimits {
  std::uint64_t max_file_bytes = 16u << 20;    // one article file (uncompressed)
  std::uint64_t max_total_bytes = 2ull << 30;  // all files together (uncompressed)
  double max_zip_ratio = 200.0;                // uncompressed / compressed, per entry
  std::uint64_t max_zip_entries = 200000;
  // Photos (.jpg, .jpeg, .png by name, JPEG or PNG by content) have their own budgets: a
  // camera's photo may pass the text files' limit, and they are kept only for the articles
  // that show them (article/photos.h).
  std::uint64_t max_image_bytes = 20u << 20;         // one photo
  std::uint64_t max_image_total_bytes = 1ull << 30;  // all photos kept together
  // A Word or OpenDocument document (.docx, .odt) holds its pictures: it may pass the text
  // files' limit. Its text parts keep theirs (article/office_zip.h), its pictures the photos'.
  std::uint64_t max_document_bytes = 128u << 20;  // one .docx or .odt
  // The kept files' bytes held after judging, all files together; the others' are read again
  // when they are decoded. Not a limit on the archive: a bound on what listing it holds.
  std::uint64_t max_held_bytes = 32u << 20;
};

// Where a file's bytes are read again from when the listing let them go.
struct FileOrigin {
  std::string disk_path;        // the file on disk, or the .zip holding it; "" when none
  std::int64_t zip_entry = -1;  // libzip's index of the entry in that zip; -1 for a file
  std::uint64_t size = 0;       // its size as judged
};

struct InputFile {
  InputFile() = default;
  InputFile(std::string shown, std::string content, FileOrigin from = {})
      : path(std::move(shown)), bytes(std::move(content)), origin(std::move(from)) {}

  std::string path;   // as shown to the user: "dir/a.txt", "arch.zip!2019/a.txt"
  std::string bytes;  // raw content, not yet decoded; empty when let go (`origin` then says where)
  FileOrigin origin;  // empty for a file made in memory, which always holds its bytes

  // Whether the bytes were let go after judging, to be read again (FileBytes).
  bool let_go() const { return bytes.empty() && !origin.disk_path.empty(); }
};

struct SkippedFile {
  std::string path;
  std::string reason;  // e.g. "not text (PNG image)", "empty file", "over the size limit (…)"
  // The program's own file (the lock a build leaves in its output folder), which the command
  // recognises (cli/book_files.h): the book's file, not a file of the clerk's that was skipped
  bool book_file = false;
};

// A JPEG or PNG found in the archive. It is not an article, so it is also in `skipped`
// ("not text (JPEG image)") until an article shows it (article/photos.h takes it out).
struct ImageFile {
  std::string path;   // as shown, like InputFile::path: "dir/bai_files/a.jpg", "x.zip!a.png"
  std::string bytes;  // the file as read
  std::size_t skipped_index = 0;  // its entry in ArchiveContents::skipped
};

struct ArchiveContents {
  std::vector<InputFile> files;  // in a stable order: inputs as given, within each sorted by path
  std::vector<SkippedFile> skipped;  // includes corrupt zips, unsafe entries, zip bombs
  std::vector<ImageFile> images;     // JPEG and PNG files, in the order found
  // Each input as shown ("archive", "arch.zip"): a site-root path ("/uploads/a.jpg") in a
  // page is read against the input (or the zip) the page came from.
  std::vector<std::string> roots;
};

// Reads every input. Never throws for a bad input: a missing path, a corrupt zip, an
// encrypted entry, an entry with an absolute path or "..", an over-limit entry each become a
// SkippedFile and the other inputs are still read. Throws Error only if an input cannot be
// named at all (empty list).
// Whether a skip reason (of the archive stage) names a file that is no article by its nature
// — a picture or another format that is no text, a hidden or system file, macOS resource data
// — rather than an article that could not be read: listed, but nothing for the clerk to fix
// (`tuyentap scan` exits 0 over them). The one list of those reasons' openings (sniff.cpp).
bool skipped_by_nature(std::string_view reason);

ArchiveContents read_archive(const std::vector<std::string>& inputs,
                             const ArchiveLimits& limits = {});

}  // namespace tuyentap
