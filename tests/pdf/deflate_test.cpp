#include "pdf/deflate.h"

#include <podofo/podofo.h>

#include <catch2/catch.hpp>
#include <memory>

using namespace tuyentap::pdf;

TEST_CASE("content streams compress to Flate data that PoDoFo inflates back") {
  std::string data;
  for (int i = 0; i < 2000; ++i)
    data += "BT /F0 13 Tf 85.04 772.69 Td [(\x01\x02)-49.1(\x03)]TJ ET\n";
  std::string packed = deflate_stream(data);
  CHECK(packed.size() < data.size() / 10);
  std::unique_ptr<PoDoFo::PdfFilter> filter(
      PoDoFo::PdfFilterFactory::Create(PoDoFo::ePdfFilter_FlateDecode));
  char* out = nullptr;
  PoDoFo::pdf_long len = 0;
  filter->Decode(packed.data(), static_cast<PoDoFo::pdf_long>(packed.size()), &out, &len);
  std::string back(out, static_cast<std::size_t>(len));
  PoDoFo::podofo_free(out);
  CHECK(back == data);
  CHECK(deflate_stream(data) == packed);  // deterministic
}
