// gen_corpus: a deterministic archive of generated Vietnamese Party-building articles, for
// the benchmarks and the larger end-to-end tests. Same options and seed → same bytes.
//
//   gen_corpus --out DIR --articles 3650 --from 2010-01-01 --to 2019-12-31
//              [--seed S] [--zip] [--legacy-share 0.03] [--nfd-share 0.03]
//              [--format text|markdown|html|page] [--small]
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <zip.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "corpus/article_gen.h"
#include "corpus/render.h"
#include "corpus/saved_page.h"
#if GEN_HAVE_ENCODE
#include "text/decode.h"
#endif

namespace fs = std::filesystem;
using namespace corpus;

namespace {

struct Options {
  std::string out;
  int articles = 365;
  std::string from = "2010-01-01", to = "2019-12-31";
  std::uint64_t seed = 20190128;
  bool zip = false;
  double legacy_share = 0.03, nfd_share = 0.03, crlf_share = 0.05, bom_share = 0.02;
  std::string format = "text";
  bool small = false;  // short articles (kSmallArticle), for the memory benchmark
  std::string fonts = GEN_FONTS_DIR;
};

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  for (std::size_t at = 0; (at = s.find(from, at)) != std::string::npos; at += to.size())
    s.replace(at, from.size(), to);
  return s;
}

std::string to_nfd(const std::string& nfc) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString u = nfd->normalize(icu::UnicodeString::fromUTF8(nfc), status);
  std::string out;
  if (U_FAILURE(status)) return nfc;
  return u.toUTF8String(out);
}

// How one file's bytes are varied, as real archives vary: legacy 8-bit encodings, NFD,
// CRLF line ends, a UTF-8 BOM. Drawn from a stream of its own so the article's text does
// not change when the shares do.
class Variation {
 public:
  explicit Variation(const Options& o) : o_(o) {}

  std::string apply(std::string text, int index) {
    Rng rng(o_.seed * 0x2545f4914f6cdd1dull + static_cast<std::uint64_t>(index) * 0x9e37ull + 7);
    double r = rng.uniform();
    bool crlf = rng.chance(o_.crlf_share);
    bool bom = rng.chance(o_.bom_share);
    int legacy_pick = rng.range(0, 3);
    if (crlf) {
      text = replace_all(std::move(text), "\n", "\r\n");
      ++counts_["CRLF line ends"];
    }
    if (r < o_.legacy_share) {
      if (std::string enc = encode_legacy(text, legacy_pick); !enc.empty()) return enc;
    } else if (r < o_.legacy_share + o_.nfd_share) {
      ++counts_["UTF-8, decomposed (NFD)"];
      return to_nfd(text);
    }
    ++counts_["UTF-8"];
    if (bom) {
      ++counts_["UTF-8 BOM"];
      return "\xEF\xBB\xBF" + text;
    }
    return text;
  }

  const std::map<std::string, int>& counts() const { return counts_; }

 private:
  // "" when no legacy encoding can hold the text (then the file stays UTF-8).
  std::string encode_legacy(const std::string& text, int first) {
#if GEN_HAVE_ENCODE
    using tuyentap::Encoding;
    static const Encoding kLegacy[] = {Encoding::Tcvn3, Encoding::Vni, Encoding::Viscii,
                                       Encoding::Cp1258};
    // The 8-bit encodings have no curly quotes or ellipsis; their typists used ASCII.
    std::string plain = replace_all(replace_all(text, "“", "\""), "”", "\"");
    plain = replace_all(replace_all(replace_all(plain, "…", "..."), "©", "(c)"), "·", "-");
    for (int k = 0; k < 4; ++k) {
      Encoding e = kLegacy[(first + k) % 4];
      try {
        std::string bytes = tuyentap::encode_text(plain, e);
        ++counts_[std::string(tuyentap::encoding_name(e))];
        return bytes;
      } catch (const std::exception&) {
        // e.g. TCVN3 has no capital letters with tone marks: try the next encoding
      }
    }
#else
    (void)text;
    (void)first;
    ++counts_["legacy wanted, built without encoders"];
#endif
    return {};
  }

  const Options& o_;
  std::map<std::string, int> counts_;
};

std::string file_name(const GenArticle& a, int index, int width, const char* ext) {
  char date[16];
  std::snprintf(date, sizeof date, "%04d-%02d-%02d-", a.day.year % 10000, a.day.month % 100,
                a.day.day % 100);
  std::string number = std::to_string(index + 1);
  if (static_cast<int>(number.size()) < width) number.insert(0, width - number.size(), '0');
  return date + number + "." + ext;
}

void write_file(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) throw std::runtime_error("cannot write " + p.string());
}

// A zip with fixed times and attributes, so the same corpus gives the same bytes.
class ZipOut {
 public:
  explicit ZipOut(const std::string& path) {
    int err = 0;
    za_ = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
    if (!za_) throw std::runtime_error("cannot create " + path);
  }
  void add(const std::string& name, std::string bytes, long day) {
    buffers_.push_back(std::move(bytes));  // libzip reads the buffers at zip_close
    const std::string& b = buffers_.back();
    zip_source_t* src = zip_source_buffer(za_, b.data(), b.size(), 0);
    zip_int64_t idx = zip_file_add(za_, name.c_str(), src, ZIP_FL_ENC_UTF_8);
    if (idx < 0) throw std::runtime_error(std::string("zip: ") + zip_strerror(za_));
    auto i = static_cast<zip_uint64_t>(idx);
    zip_file_set_mtime(za_, i, static_cast<time_t>(day * 86400 + 12 * 3600), 0);
    zip_file_set_external_attributes(za_, i, 0, ZIP_OPSYS_UNIX, 0100644u << 16);
  }
  void close(const std::string& path) {
    if (zip_close(za_) != 0) throw std::runtime_error("cannot write " + path);
  }

 private:
  zip_t* za_;
  std::deque<std::string> buffers_;
};

int run(const Options& o) {
  Day from, to;
  if (!parse_day(o.from, from) || !parse_day(o.to, to))
    throw std::runtime_error("--from/--to must be dates like 2010-01-01");
  long first = days_from_civil(from.year, from.month, from.day);
  long span = days_from_civil(to.year, to.month, to.day) - first + 1;
  if (span < 1) throw std::runtime_error("--to is before --from");
  if (o.articles < 1) throw std::runtime_error("--articles must be at least 1");
  if (o.format == "html" && o.zip) throw std::runtime_error("--zip writes text or markdown only");

  int width = std::max(4, static_cast<int>(std::to_string(o.articles).size()));
  fs::path out(o.out);
  std::string zip_path = o.out;
  if (o.zip) {
    if (zip_path.size() < 4 || zip_path.compare(zip_path.size() - 4, 4, ".zip") != 0)
      zip_path += ".zip";
    if (out.has_parent_path()) fs::create_directories(fs::path(zip_path).parent_path());
  } else {
    fs::create_directories(out);
  }
  std::unique_ptr<ZipOut> zip;
  if (o.zip) zip = std::make_unique<ZipOut>(zip_path);

  Variation variation(o);
  std::vector<GenArticle> all;
  std::uint64_t bytes = 0;
  long words = 0;
  for (int i = 0; i < o.articles; ++i) {
    // Spread evenly over the period: 3,650 articles over ten years is one a day.
    long day = first + static_cast<long>(static_cast<long long>(i) * span / o.articles);
    GenArticle a =
        make_article(o.seed, i, civil_from_days(day), o.small ? kSmallArticle : ArticleShape{});
    words += a.words;
    if (o.format == "html") {
      all.push_back(std::move(a));
      continue;
    }
    bool md = o.format == "markdown", page = o.format == "page";
    std::string name = file_name(a, i, width, md ? "md" : page ? "html" : "txt");
    std::string data = md     ? to_markdown(a)
                       : page ? to_saved_page(a, i)
                              : variation.apply(to_plain_text(a), i);
    bytes += data.size();
    if (zip)
      zip->add(name, std::move(data), day);
    else
      write_file(out / name, data);
  }
  if (o.format == "html") {
    std::string fonts_url = fs::relative(fs::absolute(o.fonts), fs::absolute(out)).generic_string();
    std::string html = to_html_book(all, fonts_url);
    bytes = html.size();
    write_file(out / "corpus.html", html);
  }
  if (zip) zip->close(zip_path);

  std::printf("gen_corpus: %d articles (%ld words, %.1f MB) in %s\n", o.articles, words,
              static_cast<double>(bytes) / (1 << 20), o.zip ? zip_path.c_str() : o.out.c_str());
  for (const auto& [what, n] : variation.counts()) std::printf("  %-26s %d\n", what.c_str(), n);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  // libzip writes DOS times through localtime(): fix the zone so zips do not depend on it.
  setenv("TZ", "UTC", 1);
  Options o;
  CLI::App app{"gen_corpus: a deterministic archive of generated Vietnamese articles"};
  app.add_option("--out", o.out, "Folder to write (or the .zip with --zip)")->required();
  app.add_option("--articles", o.articles, "How many articles")->capture_default_str();
  app.add_option("--from", o.from, "First date, YYYY-MM-DD")->capture_default_str();
  app.add_option("--to", o.to, "Last date, YYYY-MM-DD")->capture_default_str();
  app.add_option("--seed", o.seed, "Seed of the generator")->capture_default_str();
  app.add_flag("--zip", o.zip, "Write one .zip instead of a folder");
  app.add_option("--legacy-share", o.legacy_share, "Share of files in TCVN3/VNI/VISCII/CP1258")
      ->capture_default_str();
  app.add_option("--nfd-share", o.nfd_share, "Share of files in decomposed Unicode (NFD)")
      ->capture_default_str();
  app.add_option("--crlf-share", o.crlf_share, "Share of files with CRLF line ends")
      ->capture_default_str();
  app.add_option("--bom-share", o.bom_share, "Share of UTF-8 files with a BOM")
      ->capture_default_str();
  app.add_option("--format", o.format,
                 "text (the archive), markdown (pandoc), html (one book), page (saved web pages)")
      ->check(CLI::IsMember({"text", "markdown", "html", "page"}))
      ->capture_default_str();
  app.add_flag(
      "--small", o.small,
      "Short articles (40-120 words asked, 2-3 paragraphs), none a near-duplicate of another");
  app.add_option("--fonts", o.fonts, "Fonts folder the HTML refers to")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  try {
    return run(o);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "gen_corpus: %s\n", e.what());
    return 1;
  }
}
