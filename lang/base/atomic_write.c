/* atomic_write.c — all-or-nothing file replacement (atomic_write.h): exclusive temporaries
 * beside the targets, fsync, then renames; on any failure the temporaries go and nothing changes. */
#include "atomic_write.h"
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "alloc.h"

const char *atomic_write_target(const char *path) {
  const char *cur = path;
  for (int hops = 0; hops < 40; hops++) {    /* 40: the kernel's own limit on a chain of links */
    struct stat st;
    if (lstat(cur, &st) != 0 || !S_ISLNK(st.st_mode)) return cur;
    char buf[PATH_MAX];
    ssize_t k = readlink(cur, buf, sizeof buf - 1);
    if (k <= 0) return cur;
    buf[k] = 0;
    const char *slash = strrchr(cur, '/');
    if (buf[0] == '/' || !slash) cur = zan_strdup(buf);
    else cur = zan_sprintf("%.*s/%s", (int)(slash - cur), cur, buf);
  }
  return cur;   /* a loop: the write then fails on it and says so */
}

static mode_t new_file_mode(void) {
  mode_t um = umask(0);
  umask(um);
  return 0666 & ~um;
}

static bool write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t k = write(fd, p, n);
    if (k < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += k;
    n -= (size_t)k;
  }
  return true;
}

/* Creates, fills and syncs the temporary for one target; its name in *tmp. 0 or an errno. */
static int write_temp(const char *target, const char *data, size_t len, const char **tmp) {
  const char *slash = strrchr(target, '/');
  const char *base = slash ? slash + 1 : target;
  char *name = slash ? zan_sprintf("%.*s/.%s.zan-XXXXXX", (int)(slash - target), target, base)
                     : zan_sprintf(".%s.zan-XXXXXX", base);
  int fd = mkostemp(name, O_CLOEXEC);
  if (fd < 0) return errno;
  *tmp = name;
  struct stat st;
  mode_t mode = new_file_mode();
  if (stat(target, &st) == 0) {
    mode = st.st_mode & 07777;
    if (fchown(fd, st.st_uid, st.st_gid) != 0) { /* not ours to give: the file becomes the writer's */ }
  }
  int err = 0;
  if (!write_all(fd, data, len) || fchmod(fd, mode) != 0 || fsync(fd) != 0) err = errno;
  if (close(fd) != 0 && !err) err = errno;
  return err;
}

/* Syncs the folder of path, so the renames survive a crash (best effort: not every file
 * system can sync a folder). */
static void sync_dir_of(const char *path) {
  const char *slash = strrchr(path, '/');
  const char *dir = slash ? (slash == path ? "/" : zan_strndup(path, (size_t)(slash - path))) : ".";
  int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  (void)fsync(fd);
  close(fd);
}

/* Whether the target is something other than a regular file (a device such as /dev/full or
 * /dev/stdout, a pipe): it is written in place, never replaced. */
static bool is_special(const char *target) {
  struct stat st;
  return stat(target, &st) == 0 && !S_ISREG(st.st_mode);
}

static int write_in_place(const char *target, const char *data, size_t len) {
  int fd = open(target, O_WRONLY | O_TRUNC | O_CLOEXEC);
  if (fd < 0) return errno;
  int err = write_all(fd, data, len) ? 0 : errno;
  if (close(fd) != 0 && !err) err = errno;
  return err;
}

int atomic_write_files(const AwFile *files, int n, const char **failed) {
  const char **targets = ZAN_NEWN(const char *, n);
  const char **tmps = ZAN_NEWN(const char *, n);
  bool *special = ZAN_NEWN(bool, n);
  int err = 0, at = -1;
  for (int i = 0; i < n && !err; i++) {
    special[i] = is_special(files[i].path);   /* (through links: /dev/stdout on a pipe) */
    if (special[i]) continue;                 /* written after the regular files are in place */
    targets[i] = atomic_write_target(files[i].path);
    err = write_temp(targets[i], files[i].data, files[i].len, &tmps[i]);
    if (err) at = i;
  }
  for (int i = 0; i < n && !err; i++) {
    if (special[i]) continue;
    if (rename(tmps[i], targets[i]) != 0) {
      err = errno;
      at = i;
    } else {
      tmps[i] = NULL;
    }
  }
  for (int i = 0; i < n; i++)
    if (tmps[i]) unlink(tmps[i]);
  for (int i = 0; i < n && !err; i++)
    if (special[i] && (err = write_in_place(files[i].path, files[i].data, files[i].len))) at = i;
  if (err) {
    if (failed) *failed = files[at].path;
    return err;
  }
  for (int i = 0; i < n; i++)
    if (!special[i]) sync_dir_of(targets[i]);
  return 0;
}

int atomic_write_file(const char *path, const char *data, size_t len) {
  AwFile f = { path, data, len };
  return atomic_write_files(&f, 1, NULL);
}
