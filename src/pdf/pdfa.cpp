#include "pdf/pdfa.h"

using namespace PoDoFo;

namespace tuyentap::pdf {

void add_output_intent(PdfVecObjects& objects, PdfDictionary& catalog) {
  std::string_view icc = srgb_icc_profile();
  PdfObject* profile = objects.CreateObject();
  profile->GetDictionary().AddKey("N", PdfVariant(static_cast<pdf_int64>(3)));
  // Flate, like every other stream (PDF/A forbids only LZW and external streams).
  PdfMemoryInputStream in(icc.data(), static_cast<pdf_long>(icc.size()));
  profile->GetStream()->Set(&in);

  PdfDictionary intent;
  intent.AddKey("Type", PdfName("OutputIntent"));
  intent.AddKey("S", PdfName("GTS_PDFA1"));
  intent.AddKey("OutputConditionIdentifier", PdfString("sRGB IEC61966-2.1"));
  intent.AddKey("Info", PdfString("sRGB IEC61966-2.1"));
  intent.AddKey("DestOutputProfile", profile->Reference());
  PdfArray intents;
  intents.push_back(intent);
  catalog.AddKey("OutputIntents", intents);
}

}  // namespace tuyentap::pdf
