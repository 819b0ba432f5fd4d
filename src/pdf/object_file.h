// A PDF file written an object at a time (ISO 32000-1, 7.5): each object goes to the output
// as soon as it is complete, and the file keeps only its number's offset, for the
// cross-reference table written at the end. Numbers are handed out before their objects are
// written (`reserve`), so that an object can refer to one made later (a contents link to a
// page further on, a page to its structure elements).
//
// Why not PoDoFo's PdfMemDocument: it holds every object until Write, and a book of 100,000
// small articles has some two million of them (issue 12). PoDoFo still makes the values
// (PdfVariant::ToString, compact mode) and the objects it knows how to build (fonts,
// pictures, the ICC profile), made in a `scratch` list numbered where this file stands.
#pragma once

#include <podofo/podofo.h>

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>

#include "pdf/pdf.h"

namespace tuyentap::pdf {

class ObjectFile {
 public:
  // Writes the header (PDF 1.7, and a comment of four bytes over 127: PDF/A 6.1.2).
  explicit ObjectFile(PdfOutput out);

  int reserve();  // the number of an object written later
  static PoDoFo::PdfReference ref(int number) { return PoDoFo::PdfReference(number, 0); }

  void write(int number, const PoDoFo::PdfVariant& value);  // as PoDoFo writes it, compact
  void write_text(int number, std::string_view value);      // a value already in PDF syntax
  // As write, but with no line break after "obj": as write_all writes an object PoDoFo
  // made, so that an object once made in a scratch list keeps its bytes. For a dictionary
  // or an array only: a number or a reference would run into "obj" ("1 0 obj5").
  void write_made(int number, const PoDoFo::PdfVariant& value);
  // A stream: `dict` and /Length, then the bytes as they are (already filtered as its
  // /Filter says).
  void write_stream(int number, PoDoFo::PdfDictionary dict, std::string_view data);

  // An object list for PoDoFo to make objects in: its objects take this file's next
  // numbers. Write them with write_all before reserving any other number.
  std::unique_ptr<PoDoFo::PdfVecObjects> scratch() const;
  void write_all(PoDoFo::PdfVecObjects& scratch);  // as PoDoFo writes them, compact

  // The cross-reference table and the trailer. Throws Error when a reserved number was
  // never written (an object referred to that does not exist). Returns the file's size.
  std::size_t finish(int root, int info, const std::string& id_hex);

 private:
  void begin_object(int number, const char* after = "\n");
  void end_object();
  void pass_on(bool all);

  PdfOutput out_;
  std::string buffer_;        // written, not yet handed on
  std::uint64_t handed_ = 0;  // bytes handed on before buffer_
  // By number; 0: not written yet (number 0 unused). A deque, not a vector: some two million
  // numbers at 100,000 articles, and a vector's doubling held up to three times their 16 MB
  // while it grew.
  std::deque<std::uint64_t> offset_;
};

}  // namespace tuyentap::pdf
