// The photo figures of a compiled book (book/fate.h's PhotoFigures), all but `downscaled`,
// which only the EPUB writer knows.
#pragma once

#include "book/book.h"
#include "book/fate.h"

namespace tuyentap::book {

PhotoFigures count_photos(const Book& book);

}  // namespace tuyentap::book
