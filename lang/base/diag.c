/* diag.c — recording diagnostics and printing them the GCC/Rust way:
 * file:line:col: level: [path: ]message, then the source line and a caret under the span. */
#include "diag.h"
#include "alloc.h"
#include "buf.h"
#include "utf8.h"
#include <stdarg.h>
#include <string.h>

#define DIAG_DEFAULT_MAX 200

void diags_init(Diags *d, Lang lang) {
  memset(d, 0, sizeof *d);
  d->lang = lang;
}

static Diag *diag_make(Diags *d, DiagLevel lvl, Loc loc, const char *path, MsgId id, va_list ap) {
  Diag *g = ZAN_NEW(Diag);
  g->level = lvl;
  g->id = id;
  g->loc = loc;
  g->path = path ? zan_strdup(path) : NULL;
  g->text = zan_vsprintf(msg_format(id, d->lang), ap);
  return g;
}

/* Records g, unless the error limit is reached: then g is returned unlinked so a caller
 * may still attach notes to it without checking. */
static Diag *diag_record(Diags *d, Diag *g) {
  int max = d->max_errors > 0 ? d->max_errors : DIAG_DEFAULT_MAX;
  if (g->level == DIAG_ERROR) {
    d->nerrors++;
    if (d->nerrors > max) return g;
  } else if (g->level == DIAG_WARNING) {
    d->nwarnings++;
    if (d->nwarnings > max) return g;
  }
  if (d->last) d->last->next = g; else d->first = g;
  d->last = g;
  return g;
}

void diags_append(Diags *d, Diags *from) {
  int errs = 0, warns = 0;
  for (Diag *g = from->first, *next; g; g = next) {
    next = g->next;
    g->next = NULL;
    if (g->level == DIAG_ERROR) errs++; else if (g->level == DIAG_WARNING) warns++;
    diag_record(d, g);
  }
  /* what from's own limit dropped still counts, as it would have here */
  d->nerrors += from->nerrors - errs;
  d->nwarnings += from->nwarnings - warns;
  from->first = from->last = NULL;
  from->nerrors = from->nwarnings = 0;
}

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
Diag *diag_report(Diags *d, DiagLevel lvl, Loc loc, MsgId id, ...) {
  va_list ap;
  va_start(ap, id);
  Diag *g = diag_make(d, lvl, loc, NULL, id, ap);
  va_end(ap);
  return diag_record(d, g);
}

Diag *diag_report_path(Diags *d, DiagLevel lvl, Loc loc, const char *path, MsgId id, ...) {
  va_list ap;
  va_start(ap, id);
  Diag *g = diag_make(d, lvl, loc, path, id, ap);
  va_end(ap);
  return diag_record(d, g);
}

void diag_add_note(Diags *d, Diag *to, Loc loc, MsgId id, ...) {
  if (!to) return;
  va_list ap;
  va_start(ap, id);
  Diag *n = diag_make(d, DIAG_NOTE, loc, NULL, id, ap);
  va_end(ap);
  Diag **tail = &to->note;
  while (*tail) tail = &(*tail)->note;
  *tail = n;
}
#pragma GCC diagnostic pop

bool diags_has_errors(const Diags *d) { return d->nerrors > 0; }

#define ANSI_BOLD   "\033[1m"
#define ANSI_RED    "\033[1;31m"
#define ANSI_YELLOW "\033[1;33m"
#define ANSI_CYAN   "\033[1;36m"
#define ANSI_GREEN  "\033[1;32m"
#define ANSI_RESET  "\033[0m"

static const char *level_name(DiagLevel l) {
  return l == DIAG_ERROR ? "error" : l == DIAG_WARNING ? "warning" : "note";
}
static const char *level_color(DiagLevel l) {
  return l == DIAG_ERROR ? ANSI_RED : l == DIAG_WARNING ? ANSI_YELLOW : ANSI_CYAN;
}

/* The source line and the caret line under [start, end) (clipped to that line).
 * The caret line copies tabs so it lines up however the terminal expands them, and pads
 * wide characters with their display width. */
static void diag_print_snippet(const Loc *loc, FILE *out, bool color) {
  const Source *s = loc->src;
  uint32_t start = loc->start > s->len ? (uint32_t)s->len : loc->start;
  uint32_t end = loc->end < start ? start : loc->end > s->len ? (uint32_t)s->len : loc->end;
  size_t llen;
  const char *line = source_line_text(s, start, &llen);
  size_t col0 = (size_t)(start - (uint32_t)(line - s->text));   /* byte offset of start in line */
  size_t col1 = end - (uint32_t)(line - s->text);
  if (col1 > llen) col1 = llen;

  Buf text, caret;
  buf_init(&text);
  buf_init(&caret);
  const unsigned char *p = (const unsigned char *)line;
  size_t i = 0;
  int span_width = 0;
  while (i < llen) {
    int32_t cp;
    int k = p[i] < 0x80 ? (cp = p[i], 1) : utf8_decode(p + i, llen - i, &cp);
    int w;
    if (k == 0) {   /* invalid byte: shown as '?' so the terminal is not confused */
      buf_push(&text, '?');
      k = 1; w = 1; cp = '?';
    } else if (cp == '\t') {
      buf_push(&text, '\t');
      w = -1;
    } else if (cp < 0x20 || cp == 0x7F) {
      buf_push(&text, ' ');
      w = 1;
    } else {
      buf_append(&text, line + i, (size_t)k);
      w = utf8_width(cp);
    }
    if (i < col0) {
      if (w < 0) buf_push(&caret, '\t');
      else for (int j = 0; j < w; j++) buf_push(&caret, ' ');
    } else if (i < col1) {
      span_width += w < 0 ? 1 : w;
    }
    i += (size_t)k;
  }
  if (span_width < 1) span_width = 1;
  fprintf(out, "%s\n", buf_cstr(&text));
  if (color) fputs(ANSI_GREEN, out);
  fprintf(out, "%s^", buf_cstr(&caret));
  for (int j = 1; j < span_width; j++) fputc('~', out);
  if (color) fputs(ANSI_RESET, out);
  fputc('\n', out);
}

static void diag_print_single(const Diag *g, FILE *out, bool color) {
  if (color) fputs(ANSI_BOLD, out);
  if (g->loc.src) {
    int line, col;
    source_linecol(g->loc.src, g->loc.start, &line, &col);
    fprintf(out, "%s:%d:%d: ", g->loc.src->path, line, col);
  } else {
    fputs("zan: ", out);
  }
  if (color) fprintf(out, ANSI_RESET "%s", level_color(g->level));
  fprintf(out, "%s:", level_name(g->level));
  if (color) fputs(ANSI_RESET ANSI_BOLD, out);
  fputc(' ', out);
  if (g->path && *g->path) fprintf(out, "%s: ", g->path);
  fputs(g->text, out);
  if (color) fputs(ANSI_RESET, out);
  fputc('\n', out);
  if (g->loc.src) diag_print_snippet(&g->loc, out, color);
}

void diag_print_one(const Diag *g, FILE *out, bool color) {
  diag_print_single(g, out, color);
  for (const Diag *n = g->note; n; n = n->note) diag_print_single(n, out, color);
}

void diags_print(const Diags *d, FILE *out, bool color) {
  for (const Diag *g = d->first; g; g = g->next) diag_print_one(g, out, color);
}
