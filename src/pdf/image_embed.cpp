#include "pdf/image_embed.h"

#include <fstream>
#include <iterator>
#include <vector>

#include "base/error.h"

using namespace PoDoFo;

namespace tuyentap::pdf {

PdfObject* embed_image(PdfVecObjects& objects, const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::vector<unsigned char> data;
  if (in) data.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (!in || data.size() < 8)
    throw Error("cannot read the cover image", path, 0,
                "check that the file exists and is readable");
  const bool jpeg = data[0] == 0xFF && data[1] == 0xD8;
  const bool png = data[0] == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G';
  if (!jpeg && !png)
    throw Error("the cover image is neither a JPEG nor a PNG file", path, 0,
                "convert it to JPEG or PNG");
  try {
    PdfImage image(&objects);
    if (jpeg)
      image.LoadFromJpegData(data.data(), static_cast<pdf_long>(data.size()));
    else
      image.LoadFromPngData(data.data(), static_cast<pdf_long>(data.size()));
    return image.GetObject();  // the object belongs to `objects`, not to `image`
  } catch (const PdfError& e) {
    throw Error(
        std::string("the cover image could not be decoded: ") + PdfError::ErrorName(e.GetError()),
        path, 0, "save it again as a baseline JPEG or an 8-bit PNG");
  }
}

}  // namespace tuyentap::pdf
