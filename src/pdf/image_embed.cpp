#include "pdf/image_embed.h"

#include <string>

#include "base/error.h"

using namespace PoDoFo;

namespace tuyentap::pdf {

PdfObject* embed_image(PdfVecObjects& objects, const Picture& picture) {
  const auto* data = reinterpret_cast<const unsigned char*>(picture.bytes.data());
  const auto size = static_cast<pdf_long>(picture.bytes.size());
  try {
    PdfImage image(&objects);
    if (picture.kind == Picture::Jpeg)
      image.LoadFromJpegData(data, size);
    else
      image.LoadFromPngData(data, size);
    return image.GetObject();  // the object belongs to `objects`, not to `image`
  } catch (const PdfError& e) {
    throw Error(
        std::string("the cover image could not be decoded: ") + PdfError::ErrorName(e.GetError()),
        picture.name, 0, "save it again as a baseline JPEG or an 8-bit PNG");
  }
}

}  // namespace tuyentap::pdf
