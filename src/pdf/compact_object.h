// Objects the PDF holds by the hundred thousand (structure elements, parent-tree leaves),
// kept as the bytes PoDoFo would write for them instead of as live PoDoFo dictionaries.
//
// Why: a PdfDictionary costs a map node, a PdfName and a heap PdfObject per key, and a
// PdfArray a PdfObject per element; a tagged book of 10,000 small articles held 180 MB of
// them until PdfMemDocument::Write. The written bytes are the same: the text is what
// PoDoFo's own writer makes of the value (compact mode, as PdfMemDocument writes), held as a
// PdfData, which PoDoFo writes out as it is.
#pragma once

#include <podofo/podofo.h>

namespace tuyentap::pdf {

// `value` as PoDoFo writes it in a document (compact mode).
PoDoFo::PdfVariant compact(const PoDoFo::PdfVariant& value);

// Replaces the value of `object` (made earlier, so that others could refer to it) with
// compact(value).
void set_compact(PoDoFo::PdfObject& object, const PoDoFo::PdfVariant& value);

}  // namespace tuyentap::pdf
