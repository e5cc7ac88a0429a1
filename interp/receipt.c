/* receipt.c — a decision's receipt (receipt.h): the policy's and the facts' SHA-256 in their
 * canonical forms. Hashing is nettle's (libnettle, Debian's nettle-dev). */
#include "receipt.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <nettle/sha2.h>
#include "../lang/value.h"
#include "../lang/base/alloc.h"

static void to_hex(const uint8_t d[SHA256_DIGEST_SIZE], char out[65]) {
  static const char hex[] = "0123456789abcdef";
  for (int i = 0; i < SHA256_DIGEST_SIZE; i++) {
    out[2 * i] = hex[d[i] >> 4];
    out[2 * i + 1] = hex[d[i] & 15];
  }
  out[64] = 0;
}

void receipt_sha256_hex(const void *data, size_t n, char out[65]) {
  struct sha256_ctx c;
  uint8_t d[SHA256_DIGEST_SIZE];
  sha256_init(&c);
  sha256_update(&c, n, data);
  sha256_digest(&c, sizeof d, d);
  to_hex(d, out);
}

/* qsort_r's comparators (the Program as context: no global, so threads may load policies at
 * once through the library). */
static int module_cmp(const void *a, const void *b, void *ctx) {
  const Program *p = ctx;
  return strcmp(p->module_names[*(const int *)a], p->module_names[*(const int *)b]);
}
static int slot_cmp(const void *a, const void *b, void *ctx) {
  const Program *p = ctx;
  return strcmp(p->slots[*(const int *)a]->path, p->slots[*(const int *)b]->path);
}

void receipt_init(Receipt *rc, const Program *p, const char *zan_version) {
  memset(rc, 0, sizeof *rc);
  rc->zan_version = zan_version;
  int n = p->nmodules;
  int *mods = ZAN_NEWN(int, n);
  for (int i = 0; i < n; i++) mods[i] = i;
  qsort_r(mods, (size_t)n, sizeof *mods, module_cmp, (void *)p);
  struct sha256_ctx c;
  sha256_init(&c);
  for (int k = 0; k < n; k++) {
    const Source *s = p->module_srcs[mods[k]];
    size_t len = s ? s->len : 0;
    char head[64 + 32];
    const char *name = p->module_names[mods[k]];
    sha256_update(&c, strlen(name), (const uint8_t *)name);
    int hl = snprintf(head, sizeof head, "\n%zu\n", len);
    sha256_update(&c, (size_t)hl, (const uint8_t *)head);
    if (len) sha256_update(&c, len, (const uint8_t *)s->text);
  }
  uint8_t d[SHA256_DIGEST_SIZE];
  sha256_digest(&c, sizeof d, d);
  to_hex(d, rc->policy_sha256);
  buf_init(&rc->canon);
  rc->order = ZAN_NEWN(int, p->nslots);
  for (int i = 0; i < p->nslots; i++) rc->order[i] = i;
  qsort_r(rc->order, (size_t)p->nslots, sizeof *rc->order, slot_cmp, (void *)p);
  rc->plen = ZAN_NEWN(uint32_t, p->nslots);
  for (int i = 0; i < p->nslots; i++) rc->plen[i] = (uint32_t)strlen(p->slots[i]->path);
}

void receipt_facts_canonical(const Receipt *rc, const Program *p, const Val *slots, Buf *out) {
  for (int k = 0; k < p->nslots; k++) {
    int s = rc->order[k];
    if (slots[s].kind == V_UNKNOWN) continue;
    buf_append(out, p->slots[s]->path, rc->plen[s]);
    buf_push(out, '=');
    val_to_json(slots[s], p->slots[s]->type, out);
    buf_push(out, '\n');
  }
}

void receipt_facts(Receipt *rc, const Program *p, const Val *slots) {
  buf_clear(&rc->canon);
  receipt_facts_canonical(rc, p, slots, &rc->canon);
  receipt_sha256_hex(rc->canon.data ? rc->canon.data : "", rc->canon.len, rc->facts_sha256);
}
