// write_epub: plans the book, writes its pages, navigation and package, subsets the fonts
// the pages use, and zips it all.
#include "epub/epub.h"

#include <malloc.h>

#include <optional>

#include "base/hash.h"
#include "base/picture_scale.h"
#include "epub/fonts.h"
#include "epub/navigation.h"
#include "epub/package.h"
#include "epub/pages.h"
#include "epub/plan.h"
#include "epub/templates.h"
#include "epub/xhtml.h"
#include "epub/zip_writer.h"

namespace tuyentap {

namespace {

using namespace epub;

// Everything a reader can see, with separators that cannot occur in text: the book's
// urn:uuid is a hash of it, so a rebuild keeps the id and any edit changes it. Hashed as it
// goes: a large book's text is not copied into one string.
std::string book_uuid(const Presentation& shown) {
  const Book& book = *shown.book;
  ContentUuid s;
  auto add = [&](const std::string& field) {
    s.add(field);
    s.add('\x1f');
  };
  const BookMeta& m = book.meta;
  for (const std::string* f :
       {&m.title, &m.subtitle, &m.publisher, &m.place, &m.editor, &m.language, &m.period_label})
    add(*f);
  add(std::to_string(m.year));
  for (const std::string& t : m.topics) add(t);
  s.add('\x1e');
  for (const std::string& p : book.preface) add(p);
  for (const Chapter& c : book.chapters) {
    s.add('\x1d');
    add(c.title);
    for (const Article& a : c.articles) {
      s.add('\x1e');
      // the file by its name alone: the path as the user typed it (`examples/archive/…`,
      // `./examples/…`, the absolute path a file manager gives) or the archive's folder moved
      // is the same edition, and gave another id
      const std::size_t slash = a.file.find_last_of("/\\");
      add(slash == std::string::npos ? a.file : a.file.substr(slash + 1));
      for (const std::string* f : {&a.topic, &a.title, &a.lead, &a.author}) add(*f);
      add(a.date ? a.date->iso() : std::string());
      for (const Block& b : a.blocks) {
        s.add(static_cast<char>('0' + static_cast<int>(b.type)));
        add(b.text);
        add(b.credit);
      }
    }
  }
  s.add('\x1d');
  for (const Abbreviation& ab : book.abbreviations) {
    add(ab.short_form);
    add(ab.long_form);
  }
  // A new cover is a new edition too (nothing is added without one: ids stay as they were).
  if (shown.cover) s.add("\x1c" + hash128_hex(shown.cover->bytes));
  return s.uuid();
}

struct Page {
  std::string file;
  std::string xhtml;  // empty once deflated (Deflater)
};

// The article pages' XHTML made before a batch is deflated: a few MB, so that each batch
// still keeps every core busy.
constexpr std::size_t kPageBatchBytes = 8u << 20;

// Entries deflated as they are made, a batch at a time, and their text let go: 100,000
// articles' pages, and the tables of contents, lists and navigation documents that name
// them all, would otherwise be held together until the zip is written.
class Deflater {
 public:
  Deflater(long long mtime, int scratch_dir_fd, const std::string& shown) : mtime_(mtime) {
    done_.keep_in_folder(scratch_dir_fd, shown);
  }
  void add(const std::string& name, std::string text) {
    bytes_ += text.size();
    batch_.push_back({name, std::move(text), true});
    if (bytes_ >= kPageBatchBytes) flush();
  }
  void flush() {
    if (!batch_.empty()) done_.add(batch_, mtime_);
    batch_.clear();
    // The batch's pages and the deflaters' buffers are free now: their memory goes back
    // rather than staying resident under the rest of the book.
    malloc_trim(0);
    bytes_ = 0;
  }
  // What write_zip copies; every entry added is in it.
  DeflatedEntries take() {
    flush();
    return std::move(done_);
  }

 private:
  long long mtime_;
  DeflatedEntries done_;
  std::vector<ZipEntry> batch_;
  std::size_t bytes_ = 0;
};

// "a00001.xhtml" → "a00001"; "fonts/NotoSerif-Regular.ttf" → "font-NotoSerif-Regular".
std::string item_id(const std::string& href) {
  std::string id = href.substr(0, href.rfind('.'));
  if (id.rfind("fonts/", 0) == 0) id = "font-" + id.substr(6);
  if (id.rfind("images/", 0) == 0) id = "image-" + id.substr(7);
  return id;
}

// The articles' pages, in reading order, deflated a batch at a time and let go: 100,000
// articles' XHTML would otherwise be held until the zip is written.
void write_article_pages(PageWriter& w, const Plan& plan, const EpubOptions& opts,
                         Deflater& ahead) {
  for (std::size_t i = 0; i < plan.articles.size(); ++i) {
    ahead.add("OEBPS/" + plan.articles[i].file, article_page(w, plan.articles[i]));
    if (opts.on_article_written) opts.on_article_written(plan.articles[i].shown);
    if (opts.on_article) opts.on_article(i + 1);
  }
  ahead.flush();
}

// Every page in spine order: the front matter, the chapters' openers (each followed by its
// articles, written already), the back matter. The pages that list every article are
// deflated as soon as made; the others are kept with their XHTML.
std::vector<Page> write_spine_pages(PageWriter& w, const Presentation& book, const Plan& plan,
                                    Deflater& ahead) {
  std::vector<Page> pages;
  pages.reserve(plan.articles.size() + plan.chapters.size() + plan.toc_files.size() +
                plan.list_files.size() + 4);
  auto deflated = [&](const std::string& file, std::string xhtml) {
    ahead.add("OEBPS/" + file, std::move(xhtml));
    pages.push_back({file, {}});
  };
  pages.push_back({plan.cover_file, cover_page(w, book, plan)});
  pages.push_back({plan.title_file, title_page(w, book, plan)});
  if (!plan.preface_file.empty()) pages.push_back({plan.preface_file, preface_page(w, book, plan)});
  std::vector<std::string> toc = toc_pages(w, plan);
  for (size_t i = 0; i < toc.size(); ++i) deflated(plan.toc_files[i], std::move(toc[i]));
  std::vector<std::string>().swap(toc);  // not `= {}`, which keeps the room
  for (std::size_t i = 0; i < plan.chapters.size(); ++i) {
    const PlannedChapter& c = plan.chapters[i];
    pages.push_back({c.file, chapter_page(w, c, static_cast<int>(i))});
    for (size_t a : c.articles) pages.push_back({plan.articles[a].file, {}});  // deflated
  }
  if (!plan.abbreviations_file.empty())
    pages.push_back({plan.abbreviations_file, abbreviations_page(w, book, plan)});
  std::vector<std::string> list = list_pages(w, plan);
  for (size_t i = 0; i < list.size(); ++i) deflated(plan.list_files[i], std::move(list[i]));
  std::vector<std::string>().swap(list);
  return pages;
}

// The style sheet: the embedded fonts' @font-face rules (known only once every page is
// written), then the template's CSS.
std::string style_sheet(const FontSet& fonts, const Templates& templates) {
  std::string css = fonts.font_face_css();
  if (!css.empty()) css += "\n";
  return css + templates.css;
}

// The package's manifest: the navigation, the style sheet, the fonts, the pictures, then
// the pages in spine order (the spine is made from these).
std::vector<ManifestItem> manifest_items(const Plan& plan, const std::vector<FontFile>& font_files,
                                         const std::vector<Page>& pages) {
  std::vector<ManifestItem> items;
  items.reserve(pages.size() + font_files.size() + plan.photos.size() + 4);
  items.push_back({"nav", "nav.xhtml", "application/xhtml+xml", "nav", false});
  items.push_back({"ncx", "toc.ncx", "application/x-dtbncx+xml", "", false});
  items.push_back({"css", "style.css", "text/css", "", false});
  for (const FontFile& f : font_files)
    items.push_back({item_id(f.name), f.name, "font/ttf", "", false});
  if (plan.has_cover_image) {
    items.push_back({item_id(plan.cover_image.file), plan.cover_image.file,
                     plan.cover_image.picture->media_type(), "cover-image", false});
  }
  for (const PhotoImage& p : plan.photos)
    items.push_back({item_id(p.file), p.file, p.picture->media_type(), "", false});
  for (const Page& p : pages)
    items.push_back({item_id(p.file), p.file, "application/xhtml+xml", "", true});
  return items;
}

// What the package document says of the book besides its manifest.
PackageInfo package_info(const Plan& plan, const std::string& uid, long long date_epoch,
                         const PageBreaks& breaks, const std::vector<PageTarget>& page_list) {
  PackageInfo info;
  info.title = plan.title;
  info.uid = uid;
  info.date_epoch = date_epoch;
  info.has_cover_image = plan.has_cover_image;
  if (plan.has_cover_image) info.cover_image_id = item_id(plan.cover_image.file);
  info.photos = plan.photos.size();
  info.photos_without_text = plan.photos_without_text;
  if (!page_list.empty()) info.page_break_source = breaks.edition();
  return info;
}

// The zip's entries in their order: the mimetype first and stored (OCF), the container, the
// package and the navigation (deflated already: placeholders here), the style sheet, the
// fonts, the pictures (photos over kMaxPhotoSide made smaller, counted in `result`), the
// pages. The pages' XHTML and the fonts' bytes are moved in.
std::vector<ZipEntry> zip_entries(const Plan& plan, std::string css,
                                  std::vector<FontFile>& font_files, std::vector<Page>& pages,
                                  EpubResult& result) {
  std::vector<ZipEntry> entries;
  entries.reserve(pages.size() + font_files.size() + 8);
  entries.push_back({"mimetype", "application/epub+zip", false});
  entries.push_back({"META-INF/container.xml", container_xml("OEBPS/content.opf"), true});
  entries.push_back({"OEBPS/content.opf", {}, true});
  entries.push_back({"OEBPS/nav.xhtml", {}, true});
  entries.push_back({"OEBPS/toc.ncx", {}, true});
  entries.push_back({"OEBPS/style.css", std::move(css), true});
  for (FontFile& f : font_files) entries.push_back({"OEBPS/" + f.name, std::move(f.data), true});
  if (plan.has_cover_image) {
    // JPEG and PNG are compressed already: storing them costs nothing and saves time.
    entries.push_back({"OEBPS/" + plan.cover_image.file, plan.cover_image.picture->bytes, false});
  }
  for (const PhotoImage& p : plan.photos) {
    std::optional<Picture> smaller = scaled_to_long_side(*p.picture, kMaxPhotoSide);
    result.photos_downscaled += smaller ? 1 : 0;
    entries.push_back(
        {"OEBPS/" + p.file, smaller ? std::move(smaller->bytes) : p.picture->bytes, false});
  }
  result.photos = static_cast<int>(plan.photos.size());
  for (Page& p : pages) entries.push_back({"OEBPS/" + p.file, std::move(p.xhtml), true});
  return entries;
}

}  // namespace

EpubResult write_epub(const Presentation& book, const EpubAssets& assets, const EpubOptions& opts) {
  Templates templates = parse_templates(assets.templates);
  FontSet fonts(assets.fonts);
  Plan plan = make_plan(book, opts.drawn_cover);
  const std::string& lang = book.language;

  EpubResult result;
  PageWriter w(templates, fonts, result.problems, lang);
  PageBreaks breaks(opts.page_map);
  w.set_page_breaks(&breaks);

  const long long mtime = stamp_epoch(opts.date_epoch);
  Deflater ahead(mtime, opts.scratch_dir_fd, opts.output_name);
  // The last reading of the articles' bodies besides their pages: on_article_written may
  // let each go once its page is made.
  const std::string uid = "urn:uuid:" + book_uuid(book);
  // Articles first, so that problems come in reading order and name articles before the
  // lists that repeat their titles.
  write_article_pages(w, plan, opts, ahead);
  std::vector<Page> pages = write_spine_pages(w, book, plan, ahead);

  std::string css = style_sheet(fonts, templates);
  std::vector<FontFile> font_files = fonts.subsets();
  const std::vector<PageTarget> page_list = breaks.targets();
  // The package and the navigation name every page: deflated as soon as made, too.
  ahead.add("OEBPS/content.opf",
            package_document(book, package_info(plan, uid, opts.date_epoch, breaks, page_list),
                             manifest_items(plan, font_files, pages)));
  ahead.add("OEBPS/nav.xhtml", nav_document(plan, lang, page_list));
  ahead.add("OEBPS/toc.ncx", ncx_document(plan, lang, uid));
  std::vector<ZipEntry> entries = zip_entries(plan, std::move(css), font_files, pages, result);
  // Every entry is made: the plan of 100,000 articles and the spine's pages go before the
  // zip is written, the peak of the build.
  plan = Plan();
  std::vector<Page>().swap(pages);

  if (opts.output_fd >= 0) {
    result.size = write_zip_file(opts.output_fd, opts.output_name, entries, mtime, 0, ahead.take());
  } else {
    result.bytes = write_zip(entries, mtime, 0, ahead.take());
    result.size = result.bytes.size();
  }
  return result;
}

}  // namespace tuyentap
