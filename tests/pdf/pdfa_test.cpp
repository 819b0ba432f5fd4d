// PDF/A-2u, clause by clause (docs/pdfa.md): no validator such as veraPDF is packaged for
// Debian, so each clause the writer answers for is checked here from qpdf's JSON view of the
// file (qpdf --json=2), as an archive's validator would read it.
#include <catch2/catch.hpp>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "pdf/pdf.h"
#include "pdf/pdf_test_support.h"
#include "pdf/sample_book.h"

using namespace tuyentap;
using namespace tuyentap::test;
using nlohmann::json;

namespace {

struct Parsed {
  std::string bytes;
  json objects;  // "obj:N 0 R" → {"value": …} or {"stream": {"dict": …}}, and "trailer"
};

const Parsed& sample() {
  static const Parsed p = [] {
    Parsed out;
    out.bytes = write_pdf(sample_book().book);
    Scratch tmp;
    write_file(tmp.path("a.pdf"), out.bytes);
    CommandResult r = run_command("qpdf --json=2 --json-key=qpdf " + tmp.path("a.pdf"));
    REQUIRE(r.exit_code == 0);
    out.objects = json::parse(r.output)["qpdf"][1];
    return out;
  }();
  return p;
}

// The dictionary of an object, stream or not; `ref` is "12 0 R".
const json& dict_of(const json& objects, const std::string& ref) {
  const json& o = objects.at("obj:" + ref);
  return o.contains("stream") ? o["stream"]["dict"] : o["value"];
}

// Every dictionary in the file, nested ones included, for clauses about keys anywhere.
void each_dict(const json& v, const std::function<void(const json&)>& f) {
  if (v.is_object()) {
    f(v);
    for (const auto& [k, x] : v.items()) each_dict(x, f);
  } else if (v.is_array()) {
    for (const auto& x : v) each_dict(x, f);
  }
}

std::string stream_text(const std::string& ref) {
  Scratch tmp;
  write_file(tmp.path("a.pdf"), sample().bytes);
  std::string id = ref.substr(0, ref.find(' '));
  CommandResult r =
      run_command("qpdf --show-object=" + id + " --filtered-stream-data " + tmp.path("a.pdf"));
  REQUIRE(r.exit_code == 0);
  return r.output;
}

}  // namespace

TEST_CASE("PDF/A-2u 6.1.2, 6.1.3: a binary header comment, an /ID, no encryption") {
  const std::string& b = sample().bytes;
  REQUIRE(b.rfind("%PDF-1.", 0) == 0);
  std::size_t eol = b.find('\n');
  REQUIRE(b[eol + 1] == '%');
  int high = 0;
  for (std::size_t i = eol + 2; i < eol + 6; ++i) high += static_cast<unsigned char>(b[i]) > 127;
  CHECK(high == 4);
  const json& trailer = sample().objects["trailer"]["value"];
  CHECK(trailer.contains("/ID"));
  CHECK_FALSE(trailer.contains("/Encrypt"));
}

TEST_CASE("PDF/A-2u 6.1.7, 6.1.8, 6.6.1: no LZW, no external streams, no JavaScript, no actions") {
  int dicts = 0;
  each_dict(sample().objects, [&](const json& d) {
    ++dicts;
    for (const char* key : {"/F", "/FFilter", "/FDecodeParms"}) {
      // /F is also an annotation's flags (a number): only a stream's file spec is external.
      if (d.contains(key) && d.contains("/Length")) FAIL("a stream names an external file");
    }
    if (d.contains("/Filter")) CHECK(d["/Filter"] != "/LZWDecode");
    CHECK_FALSE(d.contains("/JS"));
    CHECK_FALSE(d.contains("/JavaScript"));
    CHECK_FALSE(d.contains("/AA"));
    if (d.contains("/S")) CHECK(d["/S"] != "/JavaScript");
  });
  CHECK(dicts > 50);
}

TEST_CASE("PDF/A-2u 6.2.3: an sRGB output intent with its ICC profile embedded") {
  const json& objects = sample().objects;
  const json& catalog = dict_of(objects, objects["trailer"]["value"]["/Root"]);
  REQUIRE(catalog.contains("/OutputIntents"));
  const json& intent = catalog["/OutputIntents"][0];
  CHECK(intent["/S"] == "/GTS_PDFA1");
  CHECK(intent["/OutputConditionIdentifier"] == "u:sRGB IEC61966-2.1");
  std::string profile_ref = intent["/DestOutputProfile"];
  CHECK(dict_of(objects, profile_ref)["/N"] == 3);
  std::string icc = stream_text(profile_ref);
  REQUIRE(icc.size() > 128);
  CHECK(icc.substr(36, 4) == "acsp");  // an ICC profile…
  CHECK(icc.substr(16, 4) == "RGB ");  // …of RGB data
  // 6.2.4.3: with an RGB intent no colour may be DeviceCMYK.
  each_dict(objects, [&](const json& d) {
    if (d.contains("/ColorSpace")) CHECK(d["/ColorSpace"] != "/DeviceCMYK");
  });
}

TEST_CASE("PDF/A-2u 6.2.11: every font embedded, with ToUnicode and a CIDToGIDMap") {
  const json& objects = sample().objects;
  int type0 = 0;
  for (const auto& [key, o] : objects.items()) {
    if (!o.contains("value") || !o["value"].is_object()) continue;
    const json& d = o["value"];
    if (d.value("/Type", "") != "/Font") continue;
    std::string subtype = d.value("/Subtype", "");
    if (subtype == "/Type0") {
      ++type0;
      CHECK(d.contains("/ToUnicode"));
    } else if (subtype == "/CIDFontType2") {
      CHECK(d.contains("/CIDToGIDMap"));
      const json& fd = dict_of(objects, d["/FontDescriptor"]);
      CHECK((fd.contains("/FontFile2") || fd.contains("/FontFile3")));
    } else {
      FAIL("a font the writer does not make: " << subtype);
    }
  }
  CHECK(type0 > 0);
}

TEST_CASE("PDF/A-2u 6.3.2: every annotation is printed and never hidden") {
  int annots = 0;
  for (const auto& [key, o] : sample().objects.items()) {
    if (!o.contains("value") || !o["value"].is_object()) continue;
    const json& d = o["value"];
    if (d.value("/Type", "") != "/Annot") continue;
    ++annots;
    REQUIRE(d.contains("/F"));
    int flags = d["/F"];
    CHECK((flags & 4) != 0);   // Print
    CHECK((flags & 2) == 0);   // Hidden
    CHECK((flags & 1) == 0);   // Invisible
    CHECK((flags & 32) == 0);  // NoView
  }
  CHECK(annots > 0);
}

TEST_CASE(
    "PDF/A-2u 6.6.2, 6.6.4: unfiltered XMP that claims part 2, level U, and agrees with Info") {
  const json& objects = sample().objects;
  const json& catalog = dict_of(objects, objects["trailer"]["value"]["/Root"]);
  std::string ref = catalog["/Metadata"];
  CHECK_FALSE(dict_of(objects, ref).contains("/Filter"));
  std::string xmp = stream_text(ref);
  CHECK(xmp.find("<pdfaid:part>2</pdfaid:part>") != std::string::npos);
  CHECK(xmp.find("<pdfaid:conformance>U</pdfaid:conformance>") != std::string::npos);
  CHECK(xmp.find("bytes=") == std::string::npos);  // 6.6.2.1: no bytes/encoding attributes
  const json& info = dict_of(objects, objects["trailer"]["value"]["/Info"]);
  auto text = [](const json& s) { return s.get<std::string>().substr(2); };  // "u:…"
  CHECK(xmp.find(">" + text(info["/Title"]) + "<") != std::string::npos);
  CHECK(xmp.find("<pdf:Producer>" + text(info["/Producer"]) + "<") != std::string::npos);
  if (info.contains("/Author"))
    CHECK(xmp.find("<rdf:li>" + text(info["/Author"]) + "</rdf:li>") != std::string::npos);
}
