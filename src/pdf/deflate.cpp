#include "pdf/deflate.h"

#include <dlfcn.h>
#include <podofo/podofo.h>
#include <zlib.h>

#include <memory>

namespace tuyentap::pdf {

namespace {

constexpr int kLevel = 3;

// zlib's functions, found at run time in the libz.so.1 PoDoFo already loaded.
// (decltype of a function's address does not make the linker look for it.)
struct Zlib {
  decltype(&deflateInit_) init = nullptr;
  decltype(&deflate) run = nullptr;
  decltype(&deflateEnd) end = nullptr;
  decltype(&deflateBound) bound = nullptr;
  bool ok() const { return init && run && end && bound; }
};

const Zlib& zlib() {
  static const Zlib z = [] {
    Zlib z;
    void* lib = dlopen("libz.so.1", RTLD_NOW | RTLD_LOCAL);
    if (!lib) return z;
    z.init = reinterpret_cast<decltype(&deflateInit_)>(dlsym(lib, "deflateInit_"));
    z.run = reinterpret_cast<decltype(&deflate)>(dlsym(lib, "deflate"));
    z.end = reinterpret_cast<decltype(&deflateEnd)>(dlsym(lib, "deflateEnd"));
    z.bound = reinterpret_cast<decltype(&deflateBound)>(dlsym(lib, "deflateBound"));
    return z;  // the library stays loaded for the life of the program
  }();
  return z;
}

std::string podofo_flate(const std::string& data) {
  std::unique_ptr<PoDoFo::PdfFilter> filter(
      PoDoFo::PdfFilterFactory::Create(PoDoFo::ePdfFilter_FlateDecode));
  char* out = nullptr;
  PoDoFo::pdf_long len = 0;
  filter->Encode(data.data(), static_cast<PoDoFo::pdf_long>(data.size()), &out, &len);
  std::string result(out, static_cast<std::size_t>(len));
  PoDoFo::podofo_free(out);
  return result;
}

}  // namespace

std::string deflate_stream(const std::string& data) {
  const Zlib& z = zlib();
  if (!z.ok()) return podofo_flate(data);
  z_stream s{};
  if (z.init(&s, kLevel, ZLIB_VERSION, static_cast<int>(sizeof(z_stream))) != Z_OK)
    return podofo_flate(data);
  std::string out(z.bound(&s, static_cast<uLong>(data.size())), '\0');
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  s.avail_in = static_cast<uInt>(data.size());
  s.next_out = reinterpret_cast<Bytef*>(out.data());
  s.avail_out = static_cast<uInt>(out.size());
  int rc = z.run(&s, Z_FINISH);  // the bound guarantees one call finishes
  out.resize(s.total_out);
  z.end(&s);
  if (rc != Z_STREAM_END) return podofo_flate(data);
  return out;
}

}  // namespace tuyentap::pdf
