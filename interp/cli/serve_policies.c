/* serve_policies.c — the policies `zan serve` answers for: loading and checking them all (at
 * start and on SIGHUP), their SHA-256, and the one current set every request reads. */
#include <stdlib.h>
#include <string.h>
#include <openssl/evp.h>
#include "serve.h"
#include "../../lang/base/alloc.h"

/* The current set: a static root (the collector keeps it and every set a request still holds).
 * Swapped whole, so a request sees the old set or the new one, never a mix. */
static PolicySet *_Atomic current_set;

PolicySet *serve_current(void) { return current_set; }
void serve_install(PolicySet *s) { current_set = s; }

/* SHA-256 over the policy's source files in module-name order (the path where a file names no
 * module): each contributes its name, a NUL, its length as 8 bytes, then its bytes. */
static int cmp_files(const void *a, const void *b) {
  const File *x = *(File *const *)a, *y = *(File *const *)b;
  const char *nx = x->module.text ? x->module.text : x->src->path;
  const char *ny = y->module.text ? y->module.text : y->src->path;
  int c = strcmp(nx, ny);
  return c ? c : strcmp(x->src->path, y->src->path);
}
static const char *sources_sha256(File **files, int n) {
  File **sorted = ZAN_NEWN(File *, n + 1);
  if (n) memcpy(sorted, files, sizeof(File *) * (size_t)n);
  qsort(sorted, (size_t)n, sizeof(File *), cmp_files);
  EVP_MD_CTX *ctx = EVP_MD_CTX_new();
  if (!ctx || !EVP_DigestInit_ex(ctx, EVP_sha256(), NULL)) { EVP_MD_CTX_free(ctx); return NULL; }
  for (int i = 0; i < n; i++) {
    const File *f = sorted[i];
    const char *name = f->module.text ? f->module.text : f->src->path;
    unsigned char len[8];
    uint64_t l = f->src->len;
    for (int k = 0; k < 8; k++) len[k] = (unsigned char)(l >> (56 - 8 * k));
    EVP_DigestUpdate(ctx, name, strlen(name) + 1);
    EVP_DigestUpdate(ctx, len, sizeof len);
    EVP_DigestUpdate(ctx, f->src->text, f->src->len);
  }
  unsigned char md[EVP_MAX_MD_SIZE];
  unsigned mdlen = 0;
  bool ok = EVP_DigestFinal_ex(ctx, md, &mdlen);
  EVP_MD_CTX_free(ctx);
  if (!ok) return NULL;
  char *hex = zan_alloc_raw(2 * mdlen + 1);
  for (unsigned k = 0; k < mdlen; k++) { static const char x[] = "0123456789abcdef"; hex[2 * k] = x[md[k] >> 4]; hex[2 * k + 1] = x[md[k] & 15]; }
  hex[2 * mdlen] = 0;
  return hex;
}

PolicySet *serve_load(const ServeConfig *c, Diags *d) {
  PolicySet *s = ZAN_NEW(PolicySet);
  s->items = ZAN_NEWN(Served, c->nspecs + 1);
  LoadOptions lo = c->env->load;
  lo.skip_tests = true;               /* the server never runs test blocks (zan check does) */
  bool ok = true;
  for (int i = 0; i < c->nspecs; i++) {
    File **files = NULL;
    int nfiles = 0;
    Program *p = load_policy_files(c->specs[i], &lo, d, &files, &nfiles);
    if (!p || diags_has_errors(d)) { ok = false; continue; }
    Served *sv = &s->items[s->n];
    sv->spec = c->specs[i];
    sv->p = p;
    sv->alias = p->alias ? p->alias : p->name;
    sv->sha256 = sources_sha256(files, nfiles);
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
