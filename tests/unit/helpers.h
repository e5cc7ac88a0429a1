/* helpers.h — what several unit test files share: a Source from a string and the diagnostics
 * as "line:col: message" lines. Static inline, so each test_*.c includes it with no Makefile line. */
#ifndef ZAN_TEST_HELPERS_H
#define ZAN_TEST_HELPERS_H
#include <string.h>
#include "lang/base/buf.h"
#include "lang/base/diag.h"
#include "lang/base/source.h"

/* text as the file "t.zan" (the name messages show). */
static inline Source *test_source(const char *text) {
  return source_from_string("t.zan", text, strlen(text));
}

/* "line:col: message" per diagnostic of d, each note after it as "  line:col: note: message";
 * the tests pin these lines exactly. */
static inline const char *diag_lines(const Diags *d) {
  Buf b;
  buf_init(&b);
  for (const Diag *g = d->first; g; g = g->next) {
    int line, col;
    source_linecol(g->loc.src, g->loc.start, &line, &col);
    buf_printf(&b, "%d:%d: %s\n", line, col, g->text);
    for (const Diag *n = g->note; n; n = n->note) {
      source_linecol(n->loc.src, n->loc.start, &line, &col);
      buf_printf(&b, "  %d:%d: note: %s\n", line, col, n->text);
    }
  }
  return buf_cstr(&b);
}
#endif
