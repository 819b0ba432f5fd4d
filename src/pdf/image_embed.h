// Raster images (the user's cover) as image XObjects: a JPEG goes in as it is (DCTDecode,
// no re-encoding, so no loss), a PNG is decoded by PoDoFo (libpng) and Flate-compressed.
#pragma once

#include <podofo/podofo.h>

#include <string>

namespace tuyentap::pdf {

// The image XObject for the file at `path`. Throws Error naming the file when it cannot
// be read or decoded (layout has already checked its header, so this is rare).
PoDoFo::PdfObject* embed_image(PoDoFo::PdfVecObjects& objects, const std::string& path);

}  // namespace tuyentap::pdf
