// Raster images (the user's cover) as image XObjects: a JPEG goes in as it is (DCTDecode,
// no re-encoding, so no loss), a PNG is decoded by PoDoFo (libpng) and Flate-compressed.
#pragma once

#include <podofo/podofo.h>

#include "base/picture.h"

namespace tuyentap::pdf {

// The image XObject for a picture. Throws Error naming it when PoDoFo cannot decode it
// (its header was checked when it was read, so this is rare: a broken body).
PoDoFo::PdfObject* embed_image(PoDoFo::PdfVecObjects& objects, const Picture& picture);

}  // namespace tuyentap::pdf
