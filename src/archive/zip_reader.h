// A .zip archive read in memory with libzip: never extracted, so an entry's name can never
// write or read outside the archive, and a zip bomb is stopped while decompressing.
#pragma once

#include <string>

#include "archive/collector.h"

namespace tuyentap::archive_detail {

// Reads every entry of the zip held in `zip_bytes` into the collector, in name order.
// `shown` is how the zip is named to the user ("in/2019.zip"); entries appear as
// "in/2019.zip!folder/a.txt". `key` identifies the zip itself for duplicate checks,
// `disk_path` is where it is opened again to read entries whose bytes were let go.
// A zip that cannot be opened is one SkippedFile naming it; nothing here throws.
void read_zip(const std::string& shown, const std::string& key, const std::string& disk_path,
              const std::string& zip_bytes, Collector& collector);

// True for names that end in ".zip", any case.
bool has_zip_extension(const std::string& name);

}  // namespace tuyentap::archive_detail
