/* api_diags.c — diagnostics for programs (include/zan.h): each message of a Diags with its
 * place as file, line and column, its JSON path and catalogue id, and the whole as the command
 * prints it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "api_impl.h"
#include "../../lang/base/alloc.h"

static void entry(ApiDiag *e, const Diag *g) {
  e->sev = g->level == DIAG_ERROR ? ZAN_ERROR : g->level == DIAG_WARNING ? ZAN_WARNING : ZAN_NOTE;
  e->message = g->text;
  e->path = g->path && *g->path ? g->path : NULL;
  e->code = msg_name(g->id);
  if (g->loc.src) {
    e->file = g->loc.src->path;
    source_linecol(g->loc.src, g->loc.start, &e->line, &e->col);
  }
}

void api_diags_from(zan_diags *out, const Diags *d) {
  memset(out, 0, sizeof *out);
  int n = 0;
  for (const Diag *g = d->first; g; g = g->next)
    if (!g->dropped) n += 1 + (g->note != NULL);
  out->items = ZAN_NEWN(ApiDiag, n);
  for (const Diag *g = d->first; g; g = g->next) {
    if (g->dropped) continue;
    entry(&out->items[out->n++], g);
    if (g->level == DIAG_ERROR) out->nerrors++;
    if (g->note) entry(&out->items[out->n++], g->note);
  }
  char *text = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&text, &len);
  if (f) {
    diags_print(d, f, false);
    fclose(f);
    out->text = zan_strndup(text ? text : "", len);
    free(text);
  } else out->text = "";
}

static const ApiDiag *at(const zan_diags *d, int i) {
  return d && i >= 0 && i < d->n ? &d->items[i] : NULL;
}

int zan_diags_count(const zan_diags *d) { return d ? d->n : 0; }
int zan_diags_errors(const zan_diags *d) { return d ? d->nerrors : 0; }
zan_severity zan_diag_severity(const zan_diags *d, int i) { return at(d, i) ? at(d, i)->sev : ZAN_ERROR; }
const char *zan_diag_file(const zan_diags *d, int i) { return at(d, i) ? at(d, i)->file : NULL; }
int zan_diag_line(const zan_diags *d, int i) { return at(d, i) ? at(d, i)->line : 0; }
int zan_diag_column(const zan_diags *d, int i) { return at(d, i) ? at(d, i)->col : 0; }
const char *zan_diag_path(const zan_diags *d, int i) { return at(d, i) ? at(d, i)->path : NULL; }
const char *zan_diag_message(const zan_diags *d, int i) { return at(d, i) ? at(d, i)->message : NULL; }
const char *zan_diag_code(const zan_diags *d, int i) { return at(d, i) ? at(d, i)->code : NULL; }
const char *zan_diags_text(const zan_diags *d) { return d && d->text ? d->text : ""; }
void zan_diags_free(zan_diags *d) { if (d) { api_enter(); zan_free_root(d); } }
