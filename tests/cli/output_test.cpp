// The output folder under interruption and attack (issue 12): books and reports appear
// together or not at all, a second build is kept out, links are never followed, and a full
// disk or the file-size limit is a message with its exit code.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <thread>

#include "cli/run.h"
#include "temp_dir.h"

using namespace tt_test;
namespace fs = std::filesystem;

namespace {

const std::string kArchive = source_path("tests/fixtures/cli/archive");
const std::string kTitle = "--year 2019 --title 'Tuyển tập thử' ";
const std::string kSlug = "tuyen-tap-thu";

// Every entry of the folder: a file's bytes, a link's target, "<folder>" for a folder.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (e.is_symlink()) {
      files[name] = "-> " + fs::read_symlink(e.path()).string();
    } else if (e.is_directory()) {
      files[name] = "<folder>";
    } else {
      files[name] = slurp(e.path().string());
    }
  }
  return files;
}

bool has_private_folder(const fs::path& out) {
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(out, ec)) {
    if (e.path().filename().string().starts_with(".tuyentap-tmp-")) return true;
  }
  return false;
}

// `program` building the small archive into `out`.
RunResult small_build(const std::string& program, const fs::path& out) {
  return run(program + " build '" + kArchive + "' " + kTitle + "--output '" + out.string() + "'");
}

// A previous build's books and reports in `out`, from the small archive.
void previous_build(const fs::path& out) {
  RunResult r = small_build(tuyentap(), out);
  INFO(r.out);
  REQUIRE(r.exit_code == 0);
}

// 400 generated articles: laying out their PDF takes a second or more, time enough to find
// the build with its private folder open.
fs::path generated_archive(const TempDir& dir) {
  RunResult g = run(std::string("'") + TUYENTAP_GEN_CORPUS + "' --out '" + dir.path().string() +
                    "/archive' --articles 400 --from 2019-01-01 --to 2019-12-31 --seed 12");
  INFO(g.out);
  REQUIRE(g.exit_code == 0);
  return dir / "archive";
}

// `tuyentap build archive … --output out` as a child process; what it says goes to `log`.
pid_t start_build(const fs::path& archive, const fs::path& out, const fs::path& log) {
  const std::string command = "exec env " + tuyentap() + " build '" + archive.string() + "' " +
                              kTitle + "--output '" + out.string() + "' >'" + log.string() +
                              "' 2>&1";
  pid_t pid = fork();
  if (pid == 0) {
    execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

// Waits until the child is writing (its private folder exists), then stops it there, so
// that what follows happens while the build is half done, whatever the machine's speed.
void stop_while_writing(pid_t pid, const fs::path& out, const fs::path& log) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (!has_private_folder(out)) {
    int status = 0;
    INFO(slurp(log.string()));
    REQUIRE(waitpid(pid, &status, WNOHANG) == 0);  // still running
    REQUIRE(std::chrono::steady_clock::now() < deadline);
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  REQUIRE(kill(pid, SIGSTOP) == 0);
}

// A build of 400 generated articles into dir/out, stopped while it writes.
pid_t stopped_build(const TempDir& dir) {
  pid_t pid = start_build(generated_archive(dir), dir / "out", dir / "log");
  stop_while_writing(pid, dir / "out", dir / "log");
  return pid;
}

int wait_for(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return status;
}

}  // namespace

TEST_CASE("an interrupted build leaves the previous books and reports as they were") {
  TempDir dir("tuyentap-interrupt");
  const fs::path archive = generated_archive(dir);
  const fs::path out = dir / "out";
  previous_build(out);
  const auto before = snapshot(out);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) {
    INFO("signal " << sig);
    pid_t pid = start_build(archive, out, dir / "log");
    stop_while_writing(pid, out, dir / "log");
    kill(pid, sig);
    kill(pid, SIGCONT);
    const int status = wait_for(pid);
    INFO(slurp((dir / "log").string()));
    CHECK(WIFSIGNALED(status));  // the shell sees 128 + sig
    CHECK(WTERMSIG(status) == sig);
    CHECK(!has_private_folder(out));
    CHECK(snapshot(out) == before);
  }
}

TEST_CASE("a second build into the same folder is refused while the first writes") {
  TempDir dir("tuyentap-lock");
  const fs::path out = dir / "out";
  pid_t first = stopped_build(dir);

  RunResult second = small_build(tuyentap(), out);
  INFO(second.out);
  CHECK(second.exit_code == 5);
  CHECK(second.out.find("another build is writing in the output folder " + out.string()) !=
        std::string::npos);
  RunResult vi = small_build(tuyentap_vi(), out);
  INFO(vi.out);
  CHECK(vi.exit_code == 5);
  CHECK(vi.out.find("một lần dựng sách khác đang ghi vào thư mục kết quả " + out.string()) !=
        std::string::npos);

  kill(first, SIGCONT);
  const int status = wait_for(first);
  INFO(slurp((dir / "log").string()));
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
  // The first build's set, whole: its report counts the 400 articles.
  CHECK(slurp((out / "report.json").string()).find("\"inputs\": 400") != std::string::npos);
  CHECK(fs::file_size(out / (kSlug + ".pdf")) > 1'000'000);
}

TEST_CASE("a private folder left by a killed build is removed by the next build") {
  TempDir dir("tuyentap-stale");
  const fs::path out = dir / "out";
  pid_t pid = stopped_build(dir);
  kill(pid, SIGKILL);  // no handler runs: the private folder stays behind
  wait_for(pid);
  REQUIRE(has_private_folder(out));
  // A link inside it is removed, never followed.
  std::ofstream(dir / "victim") << "keep";
  for (const auto& e : fs::directory_iterator(out)) {
    if (e.path().filename().string().starts_with(".tuyentap-tmp-")) {
      fs::create_symlink(dir / "victim", e.path() / "planted");
    }
  }

  previous_build(out);
  CHECK(!has_private_folder(out));
  CHECK(slurp((dir / "victim").string()) == "keep");
  CHECK(fs::exists(out / (kSlug + ".epub")));
}

TEST_CASE("links planted in the output folder are never followed") {
  TempDir dir("tuyentap-planted");
  const fs::path out = dir / "out";
  fs::create_directories(out);
  // The old fixed temporary names, and the final names themselves.
  std::vector<std::string> names = {kSlug + ".epub.tmp", kSlug + ".pdf.tmp", "report.json.tmp",
                                    "report.txt.tmp",    kSlug + ".epub",    "report.json"};
  for (const auto& name : names) {
    std::ofstream(dir / ("victim-" + name)) << "keep";
    fs::create_symlink(dir / ("victim-" + name), out / name);
  }
  previous_build(out);
  for (const auto& name : names) {
    INFO(name);
    CHECK(slurp((dir / ("victim-" + name)).string()) == "keep");
  }
  CHECK(fs::is_regular_file(fs::symlink_status(out / "report.json")));  // the link replaced
  CHECK(fs::is_symlink(out / "report.json.tmp"));                       // left alone

  // A link at the lock file's name: refused, not followed.
  TempDir other("tuyentap-planted-lock");
  std::ofstream(other / "victim") << "keep";
  fs::create_symlink(other / "victim", other / ".tuyentap.lock");
  RunResult r = small_build(tuyentap(), other.path());
  INFO(r.out);
  CHECK(r.exit_code == 6);
  CHECK(r.out.find(".tuyentap.lock") != std::string::npos);
  CHECK(slurp((other / "victim").string()) == "keep");
}

TEST_CASE("the file-size limit (ulimit -f) is a message and exit code 6, not SIGXFSZ") {
  TempDir dir("tuyentap-ulimit");
  const fs::path out = dir / "out";
  previous_build(out);
  const auto before = snapshot(out);
  // 20 blocks (10 KB in sh's units): the PDF, written first (its layout feeds the EPUB's page
  // list), does not fit.
  const std::string build =
      " build '" + kArchive + "' " + kTitle + "--output '" + out.string() + "'";
  RunResult r = run("ulimit -f 20 && " + tuyentap() + build);
  INFO(r.out);
  CHECK(r.exit_code == 6);
  CHECK(r.out.find("tuyentap: error: " + out.string() + "/" + kSlug +
                   ".pdf: cannot write file: File too large") != std::string::npos);
  CHECK(r.out.find("ulimit -f") != std::string::npos);
  RunResult vi = run("ulimit -f 20 && " + tuyentap_vi() + build);
  INFO(vi.out);
  CHECK(vi.exit_code == 6);
  CHECK(vi.out.find("không ghi được tệp: tệp quá lớn") != std::string::npos);
  CHECK(vi.out.find("sách và báo cáo cũ vẫn giữ nguyên") != std::string::npos);
  CHECK(!has_private_folder(out));
  CHECK(snapshot(out) == before);
}

TEST_CASE("a folder under a book's name stops the build before any file is replaced") {
  TempDir dir("tuyentap-folder-name");
  const fs::path out = dir / "out";
  previous_build(out);
  fs::remove(out / "report.txt");
  fs::create_directory(out / "report.txt");
  const auto before = snapshot(out);
  RunResult r =
      run(tuyentap() + " build '" + kArchive + "' " + kTitle + "--output '" + out.string() + "'");
  INFO(r.out);
  CHECK(r.exit_code == 2);
  CHECK(r.out.find("report.txt: a folder has the name of a file the build writes") !=
        std::string::npos);
  CHECK(snapshot(out) == before);
}
