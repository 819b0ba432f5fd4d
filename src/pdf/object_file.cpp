#include "pdf/object_file.h"

#include <algorithm>
#include <cstdio>

#include "base/error.h"

using namespace PoDoFo;

namespace tuyentap::pdf {

// The hint of every broken promise below: the file being written, not any input, is at fault.
constexpr const char* kWriterBug = "this is a bug in tuyentap's PDF writer; please report it";

namespace {

// Handed on in pieces of about this size: few writes, and little held.
constexpr std::size_t kPiece = 1u << 20;

std::string internal(const std::string& what) {
  return "internal: " + what;
}

}  // namespace

ObjectFile::ObjectFile(PdfOutput out) : out_(std::move(out)), offset_(1, 0) {
  buffer_ = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
}

int ObjectFile::reserve() {
  offset_.push_back(0);
  return static_cast<int>(offset_.size() - 1);
}

void ObjectFile::begin_object(int number, const char* after) {
  if (number <= 0 || static_cast<std::size_t>(number) >= offset_.size() ||
      offset_[static_cast<std::size_t>(number)] != 0)
    throw Error(internal("PDF object " + std::to_string(number) + " written twice or not reserved"),
                {}, 0, kWriterBug);
  offset_[static_cast<std::size_t>(number)] = handed_ + buffer_.size();
  buffer_ += std::to_string(number);
  buffer_ += " 0 obj";
  buffer_ += after;
}

void ObjectFile::end_object() {
  buffer_ += "\nendobj\n";
  pass_on(false);
}

void ObjectFile::write(int number, const PdfVariant& value) {
  std::string text;
  value.ToString(text, ePdfWriteMode_Compact);
  write_text(number, text);
}

void ObjectFile::write_made(int number, const PdfVariant& value) {
  std::string text;
  value.ToString(text, ePdfWriteMode_Compact);
  begin_object(number, "");
  buffer_ += text;
  end_object();
}

void ObjectFile::write_text(int number, std::string_view value) {
  begin_object(number);
  buffer_ += value;
  end_object();
}

void ObjectFile::write_stream(int number, PdfDictionary dict, std::string_view data) {
  dict.AddKey(PdfName::KeyLength, PdfVariant(static_cast<pdf_int64>(data.size())));
  std::string text;
  PdfVariant(dict).ToString(text, ePdfWriteMode_Compact);
  begin_object(number);
  buffer_ += text;
  buffer_ += "\nstream\n";
  buffer_ += data;
  buffer_ += "\nendstream";
  end_object();
}

std::unique_ptr<PdfVecObjects> ObjectFile::scratch() const {
  auto objects = std::make_unique<PdfVecObjects>();
  // A PdfVecObjects deletes its objects only when told to (PoDoFo 0.9.8's default is
  // false: a PdfMemDocument deletes them itself). Without this every font subset, picture,
  // ICC profile and bookmark made here stayed in memory until the program ended.
  objects->SetAutoDelete(true);
  // The list's next object takes the number after the highest it has seen.
  if (offset_.size() > 1)
    objects->SetObjectCount(PdfReference(static_cast<pdf_objnum>(offset_.size() - 1), 0));
  return objects;
}

void ObjectFile::write_all(PdfVecObjects& scratch) {
  std::vector<const PdfObject*> made(scratch.begin(), scratch.end());
  std::sort(made.begin(), made.end(), [](const PdfObject* a, const PdfObject* b) {
    return a->Reference().ObjectNumber() < b->Reference().ObjectNumber();
  });
  for (const PdfObject* object : made) {
    const int number = static_cast<int>(object->Reference().ObjectNumber());
    if (static_cast<std::size_t>(number) != offset_.size())
      throw Error(internal("PoDoFo numbered an object " + std::to_string(number) +
                           " where the file stands at " + std::to_string(offset_.size())),
                  {}, 0, kWriterBug);
    offset_.push_back(handed_ + buffer_.size());
    PdfRefCountedBuffer bytes;
    PdfOutputDevice device(&bytes);
    object->WriteObject(&device, ePdfWriteMode_Compact, nullptr);
    buffer_.append(bytes.GetBuffer(), device.GetLength());
    pass_on(false);
  }
}

void ObjectFile::pass_on(bool all) {
  if (!all && buffer_.size() < kPiece) return;
  out_(buffer_);
  handed_ += buffer_.size();
  buffer_.clear();
}

std::size_t ObjectFile::finish(int root, int info, const std::string& id_hex) {
  for (std::size_t n = 1; n < offset_.size(); ++n)
    if (offset_[n] == 0)
      throw Error(internal("PDF object " + std::to_string(n) + " is referred to but not written"),
                  {}, 0, kWriterBug);
  const std::uint64_t xref = handed_ + buffer_.size();
  buffer_ += "xref\n0 " + std::to_string(offset_.size()) + "\n0000000000 65535 f \n";
  char entry[24];
  for (std::size_t n = 1; n < offset_.size(); ++n) {
    std::snprintf(entry, sizeof entry, "%010llu 00000 n \n",
                  static_cast<unsigned long long>(offset_[n]));
    buffer_ += entry;
    pass_on(false);
  }
  buffer_ += "trailer\n<</Size " + std::to_string(offset_.size()) + "/Root " +
             std::to_string(root) + " 0 R/Info " + std::to_string(info) + " 0 R/ID[<" + id_hex +
             "><" + id_hex + ">]>>\nstartxref\n" + std::to_string(xref) + "\n%%EOF\n";
  pass_on(true);
  std::deque<std::uint64_t>().swap(offset_);
  return handed_;
}

}  // namespace tuyentap::pdf
