// When an article was published, from what machines write: metadata values
// ("2016-01-18T17:26:00+07:00", "2018-07-19 15:18", 1532000000000) and the address itself
// (…-20181208122830771.htm).
#pragma once

#include <optional>
#include <string_view>

#include "text/date_line.h"

namespace tuyentap {

// An ISO 8601 date and time, optionally with seconds, fractions and a zone; a Unix time in
// seconds or milliseconds; or anything parse_date_line reads. A time given with a zone is
// shown in Vietnam's time (UTC+7), the time the articles' readers saw; a time of exactly
// midnight means "no time given" (crawlers write dates that way). nullopt when unreadable.
std::optional<DateTime> parse_published_time(std::string_view value);

// The date some content systems write into their addresses: a run of 14 or more digits that
// starts with a real YYYYMMDD ("…-20181208122830771.htm", dantri.com.vn, tuoitre.vn and the
// many sites of their CMS), or a /YYYY/MM/DD/ path. Only the date: the digits after it are
// an id, not reliably a time.
std::optional<Date> date_from_url(std::string_view url);

}  // namespace tuyentap
