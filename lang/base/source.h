/* source.h — source texts (policy files, fact files) and locations in them.
 * A location is a pair of byte offsets; line and column (in code points) are computed
 * only when a message is printed. */
#ifndef ZAN_SOURCE_H
#define ZAN_SOURCE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Source {
  const char *path;      /* as given by the user ("-" shown as "<stdin>") */
  const char *text;      /* the bytes, NUL-terminated (a NUL inside is data, len says) */
  size_t      len;
  uint32_t   *lines;     /* lazily built (source.c): byte offset where each line starts; */
  uint32_t    nlines;    /* read them through source_linecol/source_line_text/source_line_count */
} Source;

typedef struct Loc {
  const Source *src;     /* NULL: no location (command line, internal) */
  uint32_t start, end;   /* byte offsets, end exclusive */
} Loc;

/* Reads a whole file ("-" = stdin). Returns NULL and sets *err (strerror text) on failure. */
Source *source_read_file(const char *path, const char **err);
/* The same with a size limit checked before reading (fstat) and, for stdin and pipes, while
 * reading: a larger input gives NULL with *too_large set, having read at most max + 1 bytes. */
Source *source_read_file_max(const char *path, size_t max, const char **err, bool *too_large);
Source *source_from_string(const char *path, const char *text, size_t len);
/* The module name a file path stands for: its base name without a final ".zan"
 * ("lib/tiers.zan" -> "tiers", "x.yaml" -> "x.yaml"). The one rule for checker, loader, i18n. */
const char *source_stem(const char *path);
/* 1-based line and column; the column counts code points (bytes of invalid UTF-8 count one each). */
void    source_linecol(const Source *s, uint32_t off, int *line, int *col);
/* The text of the line holding offset off, without its newline. */
const char *source_line_text(const Source *s, uint32_t off, size_t *len);
uint32_t source_line_count(const Source *s);   /* builds the line table if not built yet */
Loc     loc_span(Loc a, Loc b);   /* from a's start to b's end */
#endif
