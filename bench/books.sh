#!/usr/bin/env bash
# Makes two books with a fixed SOURCE_DATE_EPOCH and prints the sha256 of every book and
# report, so that a change can show it leaves the books byte-identical (or which ones moved):
# the demo (examples/, official style) and a generated year of 365 articles (book style, by
# month). report.json names the output folder, and the report and the EPUB name the corpus
# folder, so compare runs on one corpus folder and without report.json:
#   bench/books.sh build /tmp/before > a; …; bench/books.sh build /tmp/after > b
#   diff <(grep -v report.json a) <(grep -v report.json b)
#   bench/books.sh BUILD_DIR OUT_DIR [CORPUS_DIR]   CORPUS_DIR default: bench/out/books-corpus
set -euo pipefail
B=$(cd "$1" && pwd); O=$2; SRC=$(cd "$(dirname "$0")/.." && pwd)
C=${3:-$SRC/bench/out/books-corpus}
rm -rf "$O"; mkdir -p "$O/demo" "$O/year"
export SOURCE_DATE_EPOCH=1700000000 TZ=UTC
[ -d "$C" ] || "$B/bench/gen_corpus" --out "$C" --articles 365 --from 2019-01-01 --to 2019-12-31 >/dev/null
( cd "$SRC" && TUYENTAP_DATA="$SRC" "$B/tuyentap" build examples/archive --spec examples/book.toml --output "$O/demo" >/dev/null 2>&1 )
( cd "$SRC" && TUYENTAP_DATA="$SRC" "$B/tuyentap" build "$C" --year 2019 --style book --by month --output "$O/year" >/dev/null 2>&1 )
( cd "$O" && find . -type f ! -name .tuyentap.lock | sort | xargs sha256sum )
