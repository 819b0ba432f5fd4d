// The pages a real book has around its title page (issue 11), as the style asks for them
// ([front] cover = "typographic", imprint_page = true). Internal to layout/.
#pragma once

#include "layout/typeset.h"

namespace tuyentap {

// A cover that is a cover, not a second title page: the issuing body at the head over a
// short rule; a black band across the page (bled off both edges) holding the title in
// white bold and the subtitle in white italic; the period under the band; at the foot
// "Lưu hành nội bộ" when the book says so, a short rule, the place and year. Laid out for
// the Typesetter's page size, so the EPUB's cover picture (cover_png) is the same design.
Page typographic_cover(Typesetter& t, const Presentation& book);

// The imprint on the back of the title page: the book's lines (Presentation::imprint)
// set small and centred at the foot, then the tool and the date of `date_epoch`.
Page imprint_page(Typesetter& t, const Presentation& book, long long date_epoch);

}  // namespace tuyentap
