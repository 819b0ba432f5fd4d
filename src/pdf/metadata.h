// The document's metadata: the Info dictionary and the XMP packet PDF/A readers and
// catalogues look at. Dates come from DocInfo::date_epoch, never from the clock.
#pragma once

#include <podofo/podofo.h>

#include <string>

#include "layout/pages.h"

namespace tuyentap::pdf {

// "D:20190128152700+00'00'" (Info dictionary form), UTC. XMP dates are text/date.h's
// iso_utc ("2019-01-28T15:27:00Z").
std::string pdf_date(long long epoch);

// A text string for the PDF: printable ASCII as it is, anything else as UTF-16BE.
PoDoFo::PdfString utf8_string(const std::string& s);

// The Producer string written to Info and XMP.
std::string producer();

// Replaces everything PoDoFo put in the Info dictionary (its own Producer, a CreationDate
// of "now") with the book's fields.
void fill_info(PoDoFo::PdfDictionary& info, const DocInfo& doc);

// The XMP packet (UTF-8 XML) with dc:title, dc:creator, dc:description, dc:language,
// pdf:Keywords, pdf:Producer, xmp:CreatorTool, xmp:CreateDate, xmp:ModifyDate, and the
// PDF/A-2u claim (pdfaid:part 2, pdfaid:conformance U). Each agrees with fill_info's Info.
std::string xmp_packet(const DocInfo& doc);

}  // namespace tuyentap::pdf
