// Objects PoDoFo makes by the hundred thousand before they are written (the bookmarks, one
// per article, made together in a scratch list: object_file.h), kept as the bytes PoDoFo
// would write for them instead of as live PoDoFo dictionaries.
//
// Why: a PdfDictionary costs a map node, a PdfName and a heap PdfObject per key, and a
// PdfArray a PdfObject per element. The written bytes are the same: the text is what
// PoDoFo's own writer makes of the value (compact mode), held as a PdfData, which PoDoFo
// writes out as it is.
#pragma once

#include <podofo/podofo.h>

namespace tuyentap::pdf {

// `value` as PoDoFo writes it in a document (compact mode).
PoDoFo::PdfVariant compact(const PoDoFo::PdfVariant& value);

// Replaces the value of `object` (made earlier, so that others could refer to it) with
// compact(value).
void set_compact(PoDoFo::PdfObject& object, const PoDoFo::PdfVariant& value);

}  // namespace tuyentap::pdf
