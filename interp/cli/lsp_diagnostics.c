/* lsp_diagnostics.c — textDocument/publishDiagnostics: every error and warning of the policy
 * a document belongs to (its folder), per file, with ranges, message ids as codes, and notes
 * ("first defined here") as related information; files that became clean are cleared. */
#include <string.h>
#include "lsp.h"
#include "../../lang/base/alloc.h"

static void one(Lsp *s, const Diag *g, Buf *b, bool *first) {
  buf_puts(b, *first ? "" : ",");
  *first = false;
  buf_puts(b, "{\"range\":");
  lsp_range(s, g->loc, b);
  buf_printf(b, ",\"severity\":%d,\"source\":\"zan\",\"code\":", g->level == DIAG_ERROR ? 1 : g->level == DIAG_WARNING ? 2 : 3);
  lj_string(b, msg_name(g->id));
  buf_puts(b, ",\"message\":");
  lj_string(b, g->path ? zan_sprintf("%s: %s", g->path, g->text) : g->text);
  if (g->note) {
    buf_puts(b, ",\"relatedInformation\":[");
    bool f2 = true;
    for (const Diag *n = g->note; n; n = n->note) {
      if (!n->loc.src) continue;
      buf_puts(b, f2 ? "{\"location\":" : ",{\"location\":");
      f2 = false;
      lsp_location(s, n->loc, b);
      buf_puts(b, ",\"message\":");
      lj_string(b, n->text);
      buf_puts(b, "}");
    }
    buf_puts(b, "]");
  }
  buf_puts(b, "}");
}

/* Diagnostics without a place (an unreadable folder) go on the document that was changed,
 * at its start. */
static void send(Lsp *s, LspPolicy *p, const char *path, const LspDoc *trigger) {
  Buf b; buf_init(&b);
  buf_puts(&b, "{\"uri\":");
  lj_string(&b, lsp_path_to_uri(path));
  const LspDoc *doc = NULL;
  for (int i = 0; i < s->docs.n; i++) if (!strcmp(((LspDoc *)s->docs.items[i])->path, path)) doc = s->docs.items[i];
  if (doc) buf_printf(&b, ",\"version\":%ld", doc->version);
  buf_puts(&b, ",\"diagnostics\":[");
  bool first = true;
  for (const Diag *g = p->diags.first; g; g = g->next) {
    if (g->dropped || g->level == DIAG_NOTE) continue;
    if (g->loc.src && g->loc.src->path && !strcmp(g->loc.src->path, path)) one(s, g, &b, &first);
    else if (!g->loc.src && trigger && !strcmp(trigger->path, path)) {
      Diag copy = *g;
      copy.loc = (Loc){ source_from_string(path, "", 0), 0, 0 };
      one(s, &copy, &b, &first);
    }
  }
  buf_puts(&b, "]}");
  lsp_notify(s, "textDocument/publishDiagnostics", buf_cstr(&b));
}

static bool has(const Vec *v, const char *path) {
  for (int i = 0; i < v->n; i++) if (!strcmp(v->items[i], path)) return true;
  return false;
}

void lsp_publish_diagnostics(Lsp *s, LspPolicy *p, const LspDoc *trigger) {
  Vec now = { 0 };
  if (trigger) vec_push(&now, (void *)trigger->path);       /* always answered, clean or not */
  for (const Diag *g = p->diags.first; g; g = g->next)
    if (!g->dropped && g->loc.src && g->loc.src->path && !has(&now, g->loc.src->path))
      vec_push(&now, (void *)g->loc.src->path);
  for (int i = 0; i < now.n; i++) send(s, p, now.items[i], trigger);
  for (int i = 0; i < p->published.n; i++)                /* clean now: cleared */
    if (!has(&now, p->published.items[i])) send(s, p, p->published.items[i], NULL);
  p->published = now;
}
