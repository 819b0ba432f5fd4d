// The book's own files among the inputs. A clerk keeps book.toml and the preface it names in
// the archive's folder (`tuyentap init` writes book.toml where it is run, and `tuyentap build .`
// then reads that folder): read as articles they would each be an untitled, undated article
// in the report's "left out" list, or worse in a book without a period. Here they are set
// aside as the book's files (report code `book-file`), whatever their names. So are the
// files an earlier build wrote into the output folder when that lies in the archive (the
// default output is the current folder: `tuyentap build .` twice read its own report.txt as
// an article the second time).
#pragma once

#include "book/spec.h"
#include "cli/load.h"

namespace tuyentap {

// Replaces the reading of the spec file itself and of the preface it names, when they are
// among the inputs (on disk, not in a zip), by a NotAnArticle of kind BookFile. Any other
// settings file (another year's book.toml, a print style) the reader sets aside by content.
// Also report.txt and report.json directly in `output_dir` or in a folder an earlier build
// wrote to (its .tuyentap.lock is left there), and that lock itself, which the archive skips
// as a hidden file.
void set_aside_book_files(LoadedInputs& in, const BookSpec& spec, const std::string& output_dir);

}  // namespace tuyentap
