#include "pdf/deflate.h"

#include <zlib.h>

#include "base/error.h"

namespace tuyentap::pdf {

namespace {
constexpr int kLevel = 3;
}  // namespace

std::string deflate_stream(const std::string& data) {
  z_stream s{};
  if (deflateInit(&s, kLevel) != Z_OK) throw Error("zlib could not start compressing a stream");
  std::string out(deflateBound(&s, static_cast<uLong>(data.size())), '\0');
  s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  s.avail_in = static_cast<uInt>(data.size());
  s.next_out = reinterpret_cast<Bytef*>(out.data());
  s.avail_out = static_cast<uInt>(out.size());
  int rc = deflate(&s, Z_FINISH);  // the bound guarantees one call finishes
  out.resize(s.total_out);
  deflateEnd(&s);
  if (rc != Z_STREAM_END) throw Error("zlib could not compress a stream (out of memory?)");
  out.shrink_to_fit();  // the bound over-reserves; thousands of these are kept until written
  return out;
}

}  // namespace tuyentap::pdf
