/* source.c — reading source texts (files, stdin, strings) and turning byte offsets into
 * line:column. The line table is built once, eagerly, so a const Source is never written. */
#include "source.h"
#include "alloc.h"
#include "utf8.h"
#include <errno.h>
#include <stdio.h>
#include <string.h>

/* Line starts, built when the Source is made (readers on several threads share it). */
static void source_index_lines(Source *s) {
  uint32_t n = 1;
  for (size_t i = 0; i < s->len; i++) if (s->text[i] == '\n') n++;
  s->lines = zan_alloc_atomic(sizeof(uint32_t) * n);
  s->nlines = n;
  uint32_t k = 0;
  s->lines[k++] = 0;
  for (size_t i = 0; i < s->len; i++)
    if (s->text[i] == '\n') s->lines[k++] = (uint32_t)(i + 1);
}

Source *source_from_string(const char *path, const char *text, size_t len) {
  Source *s = ZAN_NEW(Source);
  s->path = (path && strcmp(path, "-") == 0) ? "<stdin>" : (path ? path : "<string>");
  char *t = zan_alloc_atomic(len + 1);
  if (len) memcpy(t, text, len);
  t[len] = 0;
  s->text = t;
  s->len = len;
  source_index_lines(s);
  return s;
}

Source *source_read_file(const char *path, const char **err) {
  bool is_stdin = strcmp(path, "-") == 0;
  FILE *f = is_stdin ? stdin : fopen(path, "rb");
  if (!f) { if (err) *err = zan_strdup(strerror(errno)); return NULL; }
  size_t cap = 1 << 16, len = 0;
  char *data = zan_alloc_atomic(cap);
  for (;;) {
    if (len + 1 >= cap) {
      if (cap >= ((size_t)1 << 31)) {   /* offsets are 32-bit: refuse rather than wrap */
        if (!is_stdin) fclose(f);
        if (err) *err = "file too large";
        return NULL;
      }
      cap *= 2;
      data = zan_realloc(data, cap);
    }
    size_t got = fread(data + len, 1, cap - len - 1, f);
    len += got;
    if (got == 0) break;
  }
  int bad = ferror(f) ? errno : 0;
  if (!is_stdin) fclose(f);
  else clearerr(stdin);
  if (bad) { if (err) *err = zan_strdup(strerror(bad ? bad : EIO)); return NULL; }
  data[len] = 0;
  Source *s = ZAN_NEW(Source);
  s->path = is_stdin ? "<stdin>" : zan_strdup(path);
  s->text = data;
  s->len = len;
  source_index_lines(s);
  return s;
}

/* Index of the line holding off (binary search over line starts). */
static uint32_t source_line_index(const Source *s, uint32_t off) {
  if (off > s->len) off = (uint32_t)s->len;
  uint32_t lo = 0, hi = s->nlines;   /* lines[lo] <= off < lines[hi] */
  while (hi - lo > 1) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (s->lines[mid] <= off) lo = mid; else hi = mid;
  }
  return lo;
}

void source_linecol(const Source *s, uint32_t off, int *line, int *col) {
  if (!s || !s->lines) { *line = 1; *col = 1; return; }
  if (off > s->len) off = (uint32_t)s->len;
  uint32_t li = source_line_index(s, off);
  *line = (int)li + 1;
  *col = (int)utf8_count(s->text + s->lines[li], off - s->lines[li]) + 1;
}

const char *source_line_text(const Source *s, uint32_t off, size_t *len) {
  if (!s || !s->lines) { *len = 0; return ""; }
  uint32_t li = source_line_index(s, off);
  uint32_t start = s->lines[li];
  uint32_t end = li + 1 < s->nlines ? s->lines[li + 1] - 1 : (uint32_t)s->len;
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
