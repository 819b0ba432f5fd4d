#include "book/account.h"

namespace tuyentap::book {

namespace {

Fate fate_of(Reason r) {
  return r == Reason::Unreadable || r == Reason::NotAnArticle || r == Reason::PageResource ||
                 r == Reason::LegacyWord || r == Reason::BookFile
             ? Fate::Skipped
             : Fate::Excluded;
}

InputFate input_fate(const Inputs& in, const Selection& sel, size_t i) {
  InputFate f;
  f.file = in.files[i];
  if (const Article* a = in.articles[i]) {
    f.id = a->id;
    f.title = a->title;
    f.warnings = a->warnings;
    for (const Block& b : a->blocks) f.photos += b.photo.picture ? 1 : 0;
    f.warnings.insert(f.warnings.end(), sel.warnings[i].begin(), sel.warnings[i].end());
  }
  if (sel.left_out[i]) {
    f.status = fate_of(sel.left_out[i]->reason);
    f.leave_out(*sel.left_out[i]);
  }
  return f;
}

}  // namespace

BuildReport account_for_inputs(const Inputs& in, const Selection& sel, const Drafting& drafting,
                               const std::vector<SkippedFile>& skipped) {
  BuildReport rep;
  rep.inputs.reserve(in.size() + skipped.size());
  for (size_t i = 0; i < in.size(); ++i) rep.inputs.push_back(input_fate(in, sel, i));
  for (const auto& [i, title] : drafting.also_matched) {
    rep.inputs[static_cast<size_t>(i)].also_matched.push_back(title);
  }
  for (const ChapterDraft& d : drafting.chapters) {
    std::vector<std::string> ids;
    int position = 0;
    for (int i : d.members) {
      InputFate& f = rep.inputs[static_cast<size_t>(i)];
      f.status = Fate::Included;
      f.chapter = d.title;
      f.position = ++position;
      ids.push_back(f.id);
    }
    rep.chapter_titles.push_back(d.title);
    rep.chapter_ids.push_back(std::move(ids));
  }
  // Files the archive reader could not use come last: they have no place in input order.
  for (const auto& s : skipped) {
    InputFate f;
    f.file = s.path;
    f.status = Fate::Skipped;
    f.leave_out(
        {.reason = s.book_file ? Reason::BookFile : Reason::Unreadable, .reader_says = s.reason});
    rep.inputs.push_back(std::move(f));
  }
  for (const auto& f : rep.inputs) {
    (f.status == Fate::Included   ? rep.included
     : f.status == Fate::Excluded ? rep.excluded
                                  : rep.skipped)++;
  }
  rep.notes = sel.notes;
  rep.notes.insert(rep.notes.end(), drafting.notes.begin(), drafting.notes.end());
  return rep;
}

}  // namespace tuyentap::book
