// Where a test finds the source tree (fixtures, fonts, templates) and the built program.
// The two paths are compiled into catch_main.cpp alone: a checkout's absolute path in every
// test object's flags would keep ccache from sharing the objects between checkouts.
#pragma once

#include <string>

namespace test_paths {

std::string source_dir();    // the checkout the tests were built from
std::string program_path();  // the tuyentap program of the same build

}  // namespace test_paths
