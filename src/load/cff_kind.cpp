#include "load/cff_kind.h"

namespace tuyentap {

namespace {

struct Bytes {
  const std::string& s;
  std::size_t at(std::size_t i) const { return static_cast<unsigned char>(s[i]); }
  // The big-endian number of `n` bytes at `i`.
  std::size_t number(std::size_t i, std::size_t n) const {
    std::size_t v = 0;
    for (std::size_t k = 0; k < n; ++k) v = (v << 8) | at(i + k);
    return v;
  }
};

// The INDEX at `at` (count, offset size, offsets counted from 1, data): the bounds of its
// object `k` in [begin, end); false when there is no such object within the table.
bool index_object(const Bytes& b, std::size_t at, std::size_t k, std::size_t& begin,
                  std::size_t& end) {
  if (at + 3 > b.s.size()) return false;
  const std::size_t count = b.number(at, 2), off_size = b.at(at + 2);
  if (k >= count || off_size < 1 || off_size > 4) return false;
  const std::size_t offsets = at + 3, data = offsets + (count + 1) * off_size - 1;
  if (data >= b.s.size()) return false;
  begin = data + b.number(offsets + k * off_size, off_size);
  end = data + b.number(offsets + (k + 1) * off_size, off_size);
  return begin <= end && end <= b.s.size();
}

// Where the INDEX at `at` ends; false past the table.
bool index_end(const Bytes& b, std::size_t at, std::size_t& next) {
  if (at + 2 > b.s.size()) return false;
  const std::size_t count = b.number(at, 2);
  if (count == 0) {
    next = at + 2;
    return true;
  }
  std::size_t begin = 0;
  return index_object(b, at, count - 1, begin, next);
}

}  // namespace

bool cff_is_cid_keyed(const std::string& cff) {
  const Bytes b{cff};
  std::size_t top = 0, begin = 0, end = 0;
  if (cff.size() < 4 || !index_end(b, b.at(2), top)) return true;  // header, then the names
  if (!index_object(b, top, 0, begin, end)) return true;
  for (std::size_t i = begin; i < end;) {  // operands up to the first operator
    const std::size_t op = b.at(i);
    if (op <= 21) return op == 12 && i + 1 < end && b.at(i + 1) == 30;
    if (op == 28) {
      i += 3;
    } else if (op == 29) {
      i += 5;
    } else if (op == 30) {  // a real number: nibbles up to one of 0xf
      while (++i < end && (b.at(i) & 0x0f) != 0x0f && (b.at(i) & 0xf0) != 0xf0) {
      }
      ++i;
    } else {
      i += op >= 247 && op <= 254 ? 2 : 1;
    }
  }
  return true;
}

}  // namespace tuyentap
