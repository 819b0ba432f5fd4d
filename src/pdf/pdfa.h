// PDF/A-2u (ISO 19005-2, level U): what makes the printed book fit for an archive beyond
// what the other files already give (fonts embedded with ToUnicode, a content-derived /ID,
// XMP metadata that agrees with Info, no encryption, JavaScript, LZW or external content).
// docs/pdfa.md lists every clause and how it is met and checked.
#pragma once

#include <podofo/podofo.h>

#include <string_view>

namespace tuyentap::pdf {

// The sRGB ICC profile compiled in from color/sRGB.icc (v2.3, zlib licence).
std::string_view srgb_icc_profile();

// Adds /OutputIntents [<< /S /GTS_PDFA1 … /DestOutputProfile sRGB >>] to the catalog: the
// colour space every colour of the book is meant in (clause 6.2.3).
void add_output_intent(PoDoFo::PdfVecObjects& objects, PoDoFo::PdfDictionary& catalog);

// Annotation flags for a link: printed, never hidden (clause 6.3.2).
inline constexpr PoDoFo::pdf_int64 kAnnotationPrint = 4;

}  // namespace tuyentap::pdf
