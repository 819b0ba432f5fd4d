#include "cli/output_stage.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstring>
#include <filesystem>

#include "base/file_write.h"
#include "cli/i18n.h"

namespace tuyentap {

namespace {

constexpr char kTempPrefix[] = ".tuyentap-tmp-";
constexpr const char* kLockName = kOutputLockName;
constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
constexpr int kMaxFiles = 16;  // a build writes four

// What the signal handler needs to remove the private folder. Each name is stored before
// the thing it names is made, so that the handler never misses one; it reads this with
// lock-free atomics and async-signal-safe calls only. One stage exists at a time.
struct Staged {
  std::atomic<int> out_fd{-1};
  std::atomic<int> temp_fd{-1};
  char temp_name[64] = {};
  char names[kMaxFiles][NAME_MAX + 1] = {};
  std::atomic<int> count{0};
  std::atomic<bool> committing{false};
  std::atomic<int> pending_signal{0};
  bool handlers_installed = false;
  struct sigaction previous[std::size(kSignals)] = {};
};
Staged g_staged;

// Async-signal-safe: unlinkat only. A name not made yet is simply not found.
void remove_staged() {
  const int temp_fd = g_staged.temp_fd.load();
  const int out_fd = g_staged.out_fd.load();
  if (temp_fd >= 0) {
    for (int i = 0; i < g_staged.count.load(); ++i) ::unlinkat(temp_fd, g_staged.names[i], 0);
  }
  if (out_fd >= 0 && g_staged.temp_name[0]) {
    ::unlinkat(out_fd, g_staged.temp_name, AT_REMOVEDIR);
  }
}

void on_signal(int sig) {
  if (g_staged.committing.load()) {  // the renames finish first: all the new set or none
    g_staged.pending_signal.store(sig);
    return;
  }
  remove_staged();
  ::signal(sig, SIG_DFL);
  ::raise(sig);  // dies of it when the handler returns: the shell sees 128 + sig
}

void install_handlers() {
  struct sigaction sa = {};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  for (int s : kSignals) sigaddset(&sa.sa_mask, s);
  for (std::size_t i = 0; i < std::size(kSignals); ++i) {
    ::sigaction(kSignals[i], &sa, &g_staged.previous[i]);
  }
  g_staged.handlers_installed = true;
}

void restore_handlers() {
  if (!g_staged.handlers_installed) return;
  g_staged.handlers_installed = false;
  for (std::size_t i = 0; i < std::size(kSignals); ++i) {
    ::sigaction(kSignals[i], &g_staged.previous[i], nullptr);
  }
}

// A private folder left by a build that was killed: its files (ours are plain files), then
// the folder. Opened with O_NOFOLLOW, so a link of that name is never followed.
void remove_private_folder(int out_fd, const std::string& name) {
  int fd = ::openat(out_fd, name.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return;
  if (DIR* dir = ::fdopendir(fd)) {
    while (const dirent* e = ::readdir(dir)) {
      if (std::strcmp(e->d_name, ".") != 0 && std::strcmp(e->d_name, "..") != 0) {
        ::unlinkat(fd, e->d_name, 0);
      }
    }
    ::closedir(dir);  // closes fd
  } else {
    ::close(fd);
  }
  ::unlinkat(out_fd, name.c_str(), AT_REMOVEDIR);
}

void remove_stale_private_folders(int out_fd) {
  std::vector<std::string> stale;
  int fd = ::dup(out_fd);
  DIR* dir = fd < 0 ? nullptr : ::fdopendir(fd);
  if (!dir) {
    if (fd >= 0) ::close(fd);
    return;
  }
  while (const dirent* e = ::readdir(dir)) {
    if (std::strncmp(e->d_name, kTempPrefix, sizeof kTempPrefix - 1) == 0) {
      stale.emplace_back(e->d_name);
    }
  }
  ::closedir(dir);
  for (const auto& name : stale) remove_private_folder(out_fd, name);
}

}  // namespace

OutputStage::OutputStage(const std::string& out_dir) : out_(out_dir) {
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  if (ec && (ec.value() == ENOSPC || ec.value() == EDQUOT)) throw WriteError(ec.value(), out_dir);
  // A name the system refuses (over 255 bytes, a loop of links): the user's path to correct.
  if (ec) throw Error("cannot create the output folder: " + ec.message(), out_dir);
  try {
    out_fd_ = ::open(out_dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (out_fd_ < 0) throw WriteError(errno, out_dir);
    lock_fd_ = ::openat(out_fd_, kLockName, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0666);
    if (lock_fd_ < 0) throw WriteError(errno, out_ + "/" + kLockName);
    if (::flock(lock_fd_, LOCK_EX | LOCK_NB) != 0) {
      throw OutputBusy(tr(N_("another build is writing in the output folder %s"), {out_}), "", 0,
                       tr(N_("wait until it has finished, or choose another folder with -o "
                             "FOLDER; nothing was written")));
    }
    remove_stale_private_folders(out_fd_);

    const std::string temp = unique_name(kTempPrefix);
    std::strncpy(g_staged.temp_name, temp.c_str(), sizeof g_staged.temp_name - 1);
    g_staged.count.store(0);
    g_staged.out_fd.store(out_fd_);
    install_handlers();
    if (::mkdirat(out_fd_, temp.c_str(), 0700) != 0) throw WriteError(errno, out_ + "/" + temp);
    int temp_fd = ::openat(out_fd_, temp.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (temp_fd < 0) throw WriteError(errno, out_ + "/" + temp);
    g_staged.temp_fd.store(temp_fd);
  } catch (...) {
    release();
    throw;
  }
}

OutputStage::~OutputStage() {
  release();
}

void OutputStage::release() {
  if (!committed_) remove_staged();
  restore_handlers();
  if (int temp_fd = g_staged.temp_fd.exchange(-1); temp_fd >= 0) ::close(temp_fd);
  g_staged.out_fd.store(-1);
  g_staged.temp_name[0] = '\0';
  g_staged.count.store(0);
  if (out_fd_ >= 0) ::close(out_fd_);
  if (lock_fd_ >= 0) ::close(lock_fd_);  // releases the lock
  out_fd_ = lock_fd_ = -1;
}

void OutputStage::add(const std::string& name, std::string_view bytes) {
  NewFile file = create(name);
  file.write(bytes);
  file.finish();
}

NewFile OutputStage::create(const std::string& name) {
  const int i = g_staged.count.load();
  if (i >= kMaxFiles || name.size() > NAME_MAX || name.find('/') != std::string::npos) {
    throw Error("internal: no room to stage '" + name + "'");
  }
  std::memcpy(g_staged.names[i], name.c_str(), name.size() + 1);
  g_staged.count.store(i + 1);
  names_.push_back(name);
  return NewFile(g_staged.temp_fd.load(), name, out_ + "/" + name);
}

int OutputStage::folder_fd() const {
  return g_staged.temp_fd.load();
}

void OutputStage::commit() {
  // A folder under a final name would stop the renames half-way: found before the first.
  for (const auto& name : names_) {
    struct stat st;
    if (::fstatat(out_fd_, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode)) {
      throw Error(tr(N_("a folder has the name of a file the build writes")), out_ + "/" + name, 0,
                  tr(N_("move the folder away, or choose another folder with -o FOLDER; "
                        "nothing was written")));
    }
  }
  const int temp_fd = g_staged.temp_fd.load();
  g_staged.committing.store(true);
  int failed = 0;
  for (const auto& name : names_) {
    if (::renameat(temp_fd, name.c_str(), out_fd_, name.c_str()) != 0) {
      failed = errno;
      break;
    }
  }
  if (!failed) {
    ::fsync(out_fd_);  // the renames themselves reach the disk
    ::unlinkat(out_fd_, g_staged.temp_name, AT_REMOVEDIR);
    committed_ = true;
  }
  g_staged.committing.store(false);
  if (int sig = g_staged.pending_signal.exchange(0)) on_signal(sig);
  if (failed) throw WriteError(failed, out_);
}

}  // namespace tuyentap
