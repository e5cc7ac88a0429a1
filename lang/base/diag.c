/* diag.c — recording diagnostics and printing them the GCC/Rust way:
 * file:line:col: level: [path: ]message, then the source line and a caret under the span. */
#include "diag.h"
#include "alloc.h"
#include "buf.h"
#include "utf8.h"
#include <stdarg.h>
#include <string.h>

/* Errors recorded before the rest are dropped (Diags.max_errors overrides it): past a few
 * hundred, more messages only bury the first ones, and memory stays bounded on garbage input. */
#define DIAG_DEFAULT_MAX 200

void diags_init(Diags *d, Lang lang) {
  memset(d, 0, sizeof *d);
  d->lang = lang;
}

static int diag_max(const Diags *d) { return d->max_errors > 0 ? d->max_errors : DIAG_DEFAULT_MAX; }

/* Whether one more of level lvl would be past the recording limit. */
static bool diag_full(const Diags *d, DiagLevel lvl) {
  return (lvl == DIAG_ERROR && d->nerrors >= diag_max(d)) || (lvl == DIAG_WARNING && d->nwarnings >= diag_max(d));
}

static Diag *diag_make(Diags *d, DiagLevel lvl, Loc loc, const char *path, MsgId id, va_list ap) {
  Diag *g = ZAN_NEW(Diag);
  g->level = lvl;
  g->id = id;
  g->loc = loc;
  /* one past the limit is only counted: no text is formatted for it */
  g->dropped = lvl != DIAG_NOTE && diag_full(d, lvl);
  if (g->dropped) { g->text = ""; return g; }
  g->path = path ? zan_strdup(path) : NULL;
  g->text = zan_vsprintf(msg_format(id, d->lang), ap);
  return g;
}

/* Links g at the end, unless the error limit is reached: then g is returned unlinked (and
 * marked dropped) so a caller may still attach notes to it without checking. */
static Diag *diag_link(Diags *d, Diag *g) {
  int max = diag_max(d);
  if (g->level == DIAG_ERROR) {
    d->nerrors++;
    if (d->nerrors > max) { g->dropped = true; return g; }
  } else if (g->level == DIAG_WARNING) {
    d->nwarnings++;
    if (d->nwarnings > max) { g->dropped = true; return g; }
  }
  if (d->last) d->last->next = g; else d->first = g;
  d->last = g;
  return g;
}

static void diag_count_kind(Diags *d, MsgId id, unsigned n) {
  if (!d->kinds) d->kinds = zan_alloc_atomic(sizeof(unsigned) * MSG__COUNT), memset(d->kinds, 0, sizeof(unsigned) * MSG__COUNT);
  if ((int)id >= 0 && id < MSG__COUNT) d->kinds[id] += n;
}

static Diag *diag_record(Diags *d, Diag *g) {
  if (g->level != DIAG_NOTE) diag_count_kind(d, g->id, 1);
  return diag_link(d, g);
}

void diags_append(Diags *d, Diags *from) {
  int errs = 0, warns = 0;
  for (Diag *g = from->first, *next; g; g = next) {
    next = g->next;
    g->next = NULL;
    if (g->level == DIAG_ERROR) errs++; else if (g->level == DIAG_WARNING) warns++;
    diag_link(d, g);
  }
  /* what from's own limit dropped still counts, as it would have here */
  d->nerrors += from->nerrors - errs;
  d->nwarnings += from->nwarnings - warns;
  for (int i = 0; from->kinds && i < MSG__COUNT; i++)
    if (from->kinds[i]) diag_count_kind(d, (MsgId)i, from->kinds[i]);
  from->first = from->last = NULL;
  from->nerrors = from->nwarnings = 0;
  from->kinds = NULL;
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

Diag *diag_vreport(Diags *d, DiagLevel lvl, Loc loc, MsgId id, va_list ap) {
  return diag_record(d, diag_make(d, lvl, loc, NULL, id, ap));
}

Diag *diag_report_path(Diags *d, DiagLevel lvl, Loc loc, const char *path, MsgId id, ...) {
  va_list ap;
  va_start(ap, id);
  Diag *g = diag_make(d, lvl, loc, path, id, ap);
  va_end(ap);
  return diag_record(d, g);
}

void diag_add_note(Diags *d, Diag *to, Loc loc, MsgId id, ...) {
  if (!to || to->dropped) return;
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

const char *diag_escape(const char *s) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  for (; u[i]; i++) if (u[i] < 0x20 || u[i] == 0x7F || (u[i] == 0xC2 && u[i + 1] >= 0x80 && u[i + 1] < 0xA0)) break;
  if (!u[i]) return s;
  Buf b; buf_init(&b);
  buf_append(&b, s, i);
  for (; u[i]; i++) {
    if (u[i] < 0x20 || u[i] == 0x7F) buf_printf(&b, "\\u%04x", u[i]);
    else if (u[i] == 0xC2 && u[i + 1] >= 0x80 && u[i + 1] < 0xA0) { buf_printf(&b, "\\u%04x", u[i + 1]); i++; }
    else buf_push(&b, (char)u[i]);
  }
  return buf_cstr(&b);
}

/* From byte i of line (len bytes), n code points back (toward 0) or forward (toward len). */
static size_t step_back(const char *line, size_t i, int n) {
  while (i > 0 && n-- > 0) {
    i--;
    while (i > 0 && ((unsigned char)line[i] & 0xC0) == 0x80) i--;
  }
  return i;
}
static size_t step_forward(const char *line, size_t len, size_t i, int n) {
  while (i < len && n-- > 0) {
    i++;
    while (i < len && ((unsigned char)line[i] & 0xC0) == 0x80) i++;
  }
  return i;
}

/* The source line and the caret line under [start, end) (clipped to that line): of a long
 * line only a window of DIAG_EXCERPT_CHARS characters around the span, with "…" where
 * it is cut, so the work and the output do not grow with the line.
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
  if (col0 > llen) col0 = llen;
  /* the window [from, to) of the line shown */
  size_t from = step_back(line, col0, DIAG_EXCERPT_BEFORE);
  size_t to = step_forward(line, llen, from, DIAG_EXCERPT_CHARS);
  if (to == llen) {                     /* near the end: the last DIAG_EXCERPT_CHARS */
    size_t f2 = step_back(line, llen, DIAG_EXCERPT_CHARS);
    if (f2 < from) from = f2;
  }
  if (col1 > to) col1 = to;             /* a span longer than the window: its start */

  Buf text, caret;
  buf_init(&text);
  buf_init(&caret);
  if (from > 0) { buf_puts(&text, "…"); buf_push(&caret, ' '); }
  const unsigned char *p = (const unsigned char *)line;
  size_t i = from;
  int span_width = 0;
  while (i < to) {
    int32_t cp;
    int k = p[i] < 0x80 ? (cp = p[i], 1) : utf8_decode(p + i, llen - i, &cp);
    int w;
    if (k == 0) {   /* invalid byte: shown as '?' so the terminal is not confused */
      buf_push(&text, '?');
      k = 1; w = 1; cp = '?';
    } else if (cp == '\t') {
      buf_push(&text, '\t');
      w = -1;
    } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
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
  if (to < llen) buf_puts(&text, "…");
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
  if (g->path && *g->path) fprintf(out, "%s: ", diag_escape(g->path));
  fputs(diag_escape(g->text), out);
  if (color) fputs(ANSI_RESET, out);
  fputc('\n', out);
  if (g->loc.src) diag_print_snippet(&g->loc, out, color);
}

void diag_print_one(const Diag *g, FILE *out, bool color) {
  diag_print_single(g, out, color);
  for (const Diag *n = g->note; n; n = n->note) diag_print_single(n, out, color);
}

/* What a message id is about, for "and K more of this kind": its text with the arguments
 * left out ("duplicate key '…'"). */
static const char *kind_text(MsgId id, Lang lang) {
  const char *f = msg_format(id, lang);
  Buf b; buf_init(&b);
  for (; *f; f++) {
    if (*f != '%') { buf_push(&b, *f); continue; }
    if (f[1] == '%') { buf_push(&b, '%'); f++; continue; }
    f++;
    while (*f && !strchr("sdiuxXcfgeplz", *f)) f++;      /* flags, width, precision */
    while (*f == 'l' || *f == 'z') f++;
    if (!*f) break;
    buf_puts(&b, "…");
  }
  return buf_cstr(&b);
}

void diags_print(const Diags *d, FILE *out, bool color) {
  diags_print_some(d, out, color, true);
}

void diags_print_some(const Diags *d, FILE *out, bool color, bool warnings) {
  unsigned *shown = zan_alloc_atomic(sizeof(unsigned) * MSG__COUNT);
  memset(shown, 0, sizeof(unsigned) * MSG__COUNT);
  bool *skip = zan_alloc_atomic(sizeof(bool) * MSG__COUNT);   /* warning ids left out */
  memset(skip, 0, sizeof(bool) * MSG__COUNT);
  for (const Diag *g = d->first; g; g = g->next) {
    if (g->level == DIAG_WARNING && !warnings) { skip[g->id] = true; continue; }
    if (g->level != DIAG_NOTE && shown[g->id]++ >= DIAG_PRINT_PER_KIND) continue;
    diag_print_one(g, out, color);
  }
  for (int id = 0; d->kinds && id < MSG__COUNT; id++) {
    if (skip[id] && !shown[id]) continue;
    unsigned printed = shown[id] < DIAG_PRINT_PER_KIND ? shown[id] : DIAG_PRINT_PER_KIND;
    if (d->kinds[id] <= printed) continue;
    if (color) fputs(ANSI_BOLD, out);
    fputs("zan: ", out);
    if (color) fprintf(out, ANSI_RESET "%s", level_color(DIAG_NOTE));
    fputs("note:", out);
    if (color) fputs(ANSI_RESET, out);
    fputc(' ', out);
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    fprintf(out, msg_format(N_DIAG_MORE_OF_KIND, d->lang), d->kinds[id] - printed, kind_text((MsgId)id, d->lang));
#pragma GCC diagnostic pop
    fputc('\n', out);
  }
}
