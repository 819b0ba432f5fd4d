#include "pdf/compact_object.h"

#include <string>

using namespace PoDoFo;

namespace tuyentap::pdf {

PdfVariant compact(const PdfVariant& value) {
  std::string bytes;
  value.ToString(bytes, ePdfWriteMode_Compact);
  return PdfVariant(PdfData(bytes.data(), bytes.size()));
}

void set_compact(PdfObject& object, const PdfVariant& value) {
  static_cast<PdfVariant&>(object) = compact(value);
}

}  // namespace tuyentap::pdf
