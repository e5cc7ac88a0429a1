/* serve_policies.c — the policies `zan serve` answers for: loading and checking them all (at
 * start and on SIGHUP), their receipts (policy_sha256: interp/receipt.c), and the one current set every request reads. */
#include <stdlib.h>
#include <string.h>
#include "serve.h"
#include "../../lang/base/alloc.h"

/* The current set: a static root (the collector keeps it and every set a request still holds).
 * Swapped whole, so a request sees the old set or the new one, never a mix. */
static PolicySet *_Atomic current_set;

PolicySet *serve_current(void) { return current_set; }
void serve_install(PolicySet *s) { current_set = s; }

PolicySet *serve_load(const ServeConfig *c, Diags *d) {
  PolicySet *s = ZAN_NEW(PolicySet);
  s->items = ZAN_NEWN(Served, c->nspecs + 1);
  LoadOptions lo = c->env->load;
  lo.skip_tests = true;               /* the server never runs test blocks (zan check does) */
  bool ok = true;
  for (int i = 0; i < c->nspecs; i++) {
    Program *p = load_policy_files(c->specs[i], &lo, d, NULL, NULL);
    if (!p || diags_has_errors(d)) { ok = false; continue; }
    Served *sv = &s->items[s->n];
    sv->spec = c->specs[i];
    sv->p = p;
    sv->alias = p->alias ? p->alias : p->name;
    receipt_init(&sv->receipt, p, ZAN_VERSION);
    if (serve_find(s, sv->alias, strlen(sv->alias))) {
      diag_report(d, DIAG_ERROR, (Loc){0}, E_SERVE_DUPLICATE, sv->alias);
      ok = false;
      continue;
    }
    s->n++;
  }
  return ok ? s : NULL;
}

const Served *serve_find(const PolicySet *s, const char *alias, size_t len) {
  for (int i = 0; i < s->n; i++)
    if (strlen(s->items[i].alias) == len && memcmp(s->items[i].alias, alias, len) == 0) return &s->items[i];
  return NULL;
}

const char *serve_aliases(const PolicySet *s) {
  Buf b; buf_init(&b);
  for (int i = 0; i < s->n; i++) buf_printf(&b, "%s%s", i ? ", " : "", s->items[i].alias);
  return buf_cstr(&b);
}
