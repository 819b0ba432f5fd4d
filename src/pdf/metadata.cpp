#include "pdf/metadata.h"

#include "text/date.h"

using namespace PoDoFo;

namespace tuyentap::pdf {

PdfString utf8_string(const std::string& s) {
  // A plain const char* would be read as PdfDocEncoding (mojibake for Vietnamese); as
  // pdf_utf8 PoDoFo writes UTF-16BE with a byte order mark. Printable ASCII, where the two
  // encodings agree, stays a plain readable string.
  bool ascii = true;
  for (char c : s) ascii = ascii && c >= 0x20 && c < 0x7F;
  if (ascii) return PdfString(s);
  return PdfString(reinterpret_cast<const pdf_utf8*>(s.c_str()));
}

namespace {

std::string xml_escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        // XML 1.0 forbids most C0 controls even as references.
        if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') out.push_back(c);
    }
  }
  return out;
}

}  // namespace

std::string pdf_date(long long epoch) {
  // The ISO form's digits in the same order: "2019-01-28T15:27:00Z" → "D:20190128152700…".
  std::string date = "D:";
  for (char c : iso_utc(epoch))
    if (c >= '0' && c <= '9') date.push_back(c);
  return date + "+00'00'";
}

std::string producer() {
  // Not PODOFO_VERSION_STRING: that literal ends in an embedded NUL (for Windows
  // resources), which would cut the string short.
  return "tuyentap (PoDoFo " + std::to_string(PODOFO_VERSION_MAJOR) + "." +
         std::to_string(PODOFO_VERSION_MINOR) + "." + std::to_string(PODOFO_VERSION_PATCH) + ")";
}

void fill_info(PdfDictionary& info, const DocInfo& doc) {
  info.Clear();
  auto put = [&](const char* key, const std::string& value) {
    if (!value.empty()) info.AddKey(key, utf8_string(value));
  };
  put("Title", doc.title);
  put("Author", doc.author);
  put("Subject", doc.subject);
  put("Keywords", doc.keywords);
  put("Creator", doc.creator);
  put("Producer", producer());
  // Dates are ASCII and must stay PdfDocEncoded (a UTF-16 date is not a date to readers).
  info.AddKey("CreationDate", PdfString(pdf_date(doc.date_epoch)));
  info.AddKey("ModDate", PdfString(pdf_date(doc.date_epoch)));
}

std::string xmp_packet(const DocInfo& doc) {
  std::string date = iso_utc(doc.date_epoch);
  std::string x;
  x += "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n";
  x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
  x += "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
  x += "<rdf:Description rdf:about=\"\"\n";
  x += "  xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n";
  x += "  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n";
  x += "  xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n";
  x += "  xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n";
  // PDF/A-2u: the claim readers and archives look for (ISO 19005-2, 6.6.4).
  x += "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>U</pdfaid:conformance>\n";
  x += "<dc:format>application/pdf</dc:format>\n";
  if (!doc.title.empty())
    x += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(doc.title) +
         "</rdf:li></rdf:Alt></dc:title>\n";
  if (!doc.author.empty())
    x += "<dc:creator><rdf:Seq><rdf:li>" + xml_escape(doc.author) +
         "</rdf:li></rdf:Seq></dc:creator>\n";
  if (!doc.subject.empty())
    x += "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escape(doc.subject) +
         "</rdf:li></rdf:Alt></dc:description>\n";
  if (!doc.language.empty())
    x += "<dc:language><rdf:Bag><rdf:li>" + xml_escape(doc.language) +
         "</rdf:li></rdf:Bag></dc:language>\n";
  if (!doc.keywords.empty()) x += "<pdf:Keywords>" + xml_escape(doc.keywords) + "</pdf:Keywords>\n";
  x += "<pdf:Producer>" + xml_escape(producer()) + "</pdf:Producer>\n";
  if (!doc.creator.empty())
    x += "<xmp:CreatorTool>" + xml_escape(doc.creator) + "</xmp:CreatorTool>\n";
  x += "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n";
  x += "<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n";
  x += "<xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n";
  x += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n";
  x += "<?xpacket end=\"w\"?>";
  return x;
}

}  // namespace tuyentap::pdf
