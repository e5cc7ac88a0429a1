/* source.c — reading source texts (files, stdin, strings) and turning byte offsets into
 * line:column. The line table is built lazily, on the first line:column asked (most runs
 * never print a diagnostic), and published atomically so readers on several threads may race. */
#include "source.h"
#include "alloc.h"
#include "utf8.h"
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdio.h>
#include <string.h>

/* Line starts, built on first use. Two threads may both build them; each publishes a complete
 * table with one atomic compare-and-swap (nlines, identical in both, is stored first), and the
 * loser's table is garbage. A Source made with its table already set (eval.c) is never written. */
static const uint32_t *source_lines(const Source *cs, uint32_t *nlines) {
  Source *s = (Source *)cs;   /* the table is a cache: the text it describes never changes */
  uint32_t *l = __atomic_load_n(&s->lines, __ATOMIC_ACQUIRE);
  if (l) { *nlines = __atomic_load_n(&s->nlines, __ATOMIC_RELAXED); return l; }
  uint32_t n = 1;
  for (const char *p = s->text, *e = s->text + s->len; (p = memchr(p, '\n', (size_t)(e - p))); p++) n++;
  uint32_t *t = zan_alloc_atomic(sizeof(uint32_t) * n);
  uint32_t k = 0;
  t[k++] = 0;
  for (const char *p = s->text, *e = s->text + s->len; (p = memchr(p, '\n', (size_t)(e - p))); p++)
    t[k++] = (uint32_t)(p - s->text + 1);
  __atomic_store_n(&s->nlines, n, __ATOMIC_RELAXED);
  uint32_t *expected = NULL;
  if (!__atomic_compare_exchange_n(&s->lines, &expected, t, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE)) t = expected;
  *nlines = n;
  return t;
}

uint32_t source_line_count(const Source *s) {
  uint32_t n = 0;
  if (s) source_lines(s, &n);
  return n;
}

Source *source_from_string(const char *path, const char *text, size_t len) {
  Source *s = ZAN_NEW(Source);
  s->path = (path && strcmp(path, "-") == 0) ? "<stdin>" : (path ? path : "<string>");
  char *t = zan_alloc_atomic(len + 1);
  if (len) memcpy(t, text, len);
  t[len] = 0;
  s->text = t;
  s->len = len;
  return s;
}

/* A regular file is read with one read() into a buffer of its size (fstat); stdin, pipes and
 * files that grow while read fall back to doubling the buffer. */
Source *source_read_file(const char *path, const char **err) {
  return source_read_file_max(path, 0, err, NULL);
}

Source *source_read_file_max(const char *path, size_t max, const char **err, bool *too_large) {
  bool is_stdin = strcmp(path, "-") == 0;
  if (too_large) *too_large = false;
  int fd = is_stdin ? 0 : open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) { if (err) *err = zan_strdup(strerror(errno)); return NULL; }
  struct stat st;
  size_t cap = 1 << 16, len = 0, whole = 0;   /* whole: the size fstat gave (0: unknown) */
  if (fstat(fd, &st) == 0) {
    if (S_ISDIR(st.st_mode)) {   /* read() would say EISDIR; say it the same way */
      if (!is_stdin) close(fd);
      if (err) *err = zan_strdup(strerror(EISDIR));
      return NULL;
    }
    if (max && S_ISREG(st.st_mode) && (uint64_t)st.st_size > max) {   /* refused unread */
      if (!is_stdin) close(fd);
      if (too_large) *too_large = true;
      if (err) *err = NULL;
      return NULL;
    }
    if (S_ISREG(st.st_mode) && st.st_size >= 0 && (uint64_t)st.st_size < ((uint64_t)1 << 31)) {
      whole = (size_t)st.st_size;
      cap = whole + 2;
    }
  }
  char *data = zan_alloc_raw(cap);
  int bad = 0;
  for (;;) {
    if (len + 1 >= cap) {
      if (cap >= ((size_t)1 << 31)) {   /* offsets are 32-bit: refuse rather than wrap */
        if (!is_stdin) close(fd);
        if (err) *err = "file too large";
        return NULL;
      }
      cap *= 2;
      if (max && cap > max + 2) cap = max + 2;   /* never more than the limit allows */
      data = zan_realloc(data, cap);
    }
    ssize_t got = read(fd, data + len, cap - len - 1);
    if (got < 0) { if (errno == EINTR) continue; bad = errno; break; }
    if (got == 0) break;
    len += (size_t)got;
    if (max && len > max) {                 /* a pipe (or a growing file) past the limit */
      if (!is_stdin) close(fd);
      if (too_large) *too_large = true;
      if (err) *err = NULL;
      return NULL;
    }
    if (whole && len == whole) break;   /* all of it: no read() just to see the end */
  }
  if (!is_stdin) close(fd);
  if (bad) { if (err) *err = zan_strdup(strerror(bad)); return NULL; }
  data[len] = 0;
  Source *s = ZAN_NEW(Source);
  s->path = is_stdin ? "<stdin>" : zan_strdup(path);
  s->text = data;
  s->len = len;
  return s;
}

/* Index of the line holding off (binary search over line starts). */
static uint32_t source_line_index(const uint32_t *lines, uint32_t nlines, uint32_t off) {
  uint32_t lo = 0, hi = nlines;   /* lines[lo] <= off < lines[hi] */
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (lines[mid] <= off) lo = mid; else hi = mid;
  }
  return lo;
}

void source_linecol(const Source *s, uint32_t off, int *line, int *col) {
  if (!s || !s->text) { *line = 1; *col = 1; return; }
  if (off > s->len) off = (uint32_t)s->len;
  uint32_t n;
  const uint32_t *lines = source_lines(s, &n);
  uint32_t li = source_line_index(lines, n, off);
  *line = (int)li + 1;
  *col = (int)utf8_count(s->text + lines[li], off - lines[li]) + 1;
}

const char *source_line_text(const Source *s, uint32_t off, size_t *len) {
  if (!s || !s->text) { *len = 0; return ""; }
  if (off > s->len) off = (uint32_t)s->len;
  uint32_t n;
  const uint32_t *lines = source_lines(s, &n);
  uint32_t li = source_line_index(lines, n, off);
  uint32_t start = lines[li];
  uint32_t end = li + 1 < n ? lines[li + 1] - 1 : (uint32_t)s->len;
  if (end > start && s->text[end - 1] == '\r') end--;   /* CRLF files */
  *len = end - start;
  return s->text + start;
}

Loc loc_span(Loc a, Loc b) {
  if (!a.src) return b;
  if (!b.src || b.src != a.src) return a;
  Loc r = a;
  if (b.start < r.start) r.start = b.start;
  if (b.end > r.end) r.end = b.end;
  return r;
}

const char *source_stem(const char *path) {
  const char *b = strrchr(path, '/');
  b = b ? b + 1 : path;
  size_t n = strlen(b);
  return n >= 4 && strcmp(b + n - 4, ".zan") == 0 ? zan_strndup(b, n - 4) : b;
}
