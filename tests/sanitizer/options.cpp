// The sanitizer build's settings (TUYENTAP_SANITIZE, scripts/test --sanitize), compiled into
// every test program and the tuyentap binary there, so that ctest in build-asan/ (or a test
// program run by hand) needs no environment. ASAN_OPTIONS, UBSAN_OPTIONS and LSAN_OPTIONS
// still override them.

// A leak is a bug here too; strict_string_checks: a C string must end where it claims to.
extern "C" const char* __asan_default_options() {
  return "detect_leaks=1:strict_string_checks=1";
}

extern "C" const char* __ubsan_default_options() {
  return "print_stacktrace=1:halt_on_error=1";
}

// Leaks known and accepted, each a library's and bounded:
// - PoDoFo 0.9.8's PdfImage::LoadFromPngData allocates the row buffers, then libpng's
//   error handler longjmps past their frees when a PNG's pixels do not inflate: a few KB,
//   once, in a build that then stops with an Error ("the cover image could not be decoded").
//   The frames inside libpodofo have no symbol there, so only the library's name matches.
//   That also hid a leak of ours: PdfVecObjects keeps what it made unless told
//   SetAutoDelete(true) (pdf/object_file.cpp scratch(), found by fuzz_book, whose build has no
//   suppression): fuzz_book is the check for that class.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libpodofo.so\n";
}
