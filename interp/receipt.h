/* receipt.h — the receipt every decision object carries: which zan, which policy (alias,
 * version, SHA-256 of its sources), which facts (SHA-256 of their canonical form), as of when;
 * enough for `zan verify` to re-evaluate and show the decision was not edited. */
#ifndef ZAN_RECEIPT_H
#define ZAN_RECEIPT_H
#include "../lang/ir.h"
#include "../lang/base/buf.h"

typedef struct Receipt {
  const char *zan_version;
  char        policy_sha256[65];   /* hex, once per Program (receipt_init) */
  char        facts_sha256[65];    /* hex, per record (receipt_facts) */
  int        *order;               /* fact slots by path (bytewise): the canonical order */
  uint32_t   *plen;                /* strlen of each slot's path */
  Buf         canon;               /* the canonical form of the last record (reused) */
} Receipt;

/* policy_sha256: SHA-256 over the loaded modules (std imports included) sorted by module name
 * (bytewise), each as `NAME\n` `LENGTH\n` (decimal bytes) then its source bytes exactly. */
void receipt_init(Receipt *rc, const Program *p, const char *zan_version);
/* The canonical form of the facts as the policy read them (typed slots): for every known fact,
 * in the order of the paths (bytewise), `PATH=VALUE\n` with VALUE as JSON (val_to_json: exact
 * canonical numbers, NFC strings, sets of enums sorted by name). Unknown facts (absent or null)
 * are left out. Key order, whitespace, number spelling and fields the policy does not read
 * therefore do not change it. */
void receipt_facts_canonical(const Receipt *rc, const Program *p, const Val *slots, Buf *out);
/* facts_sha256 of this record: SHA-256 of the canonical form above. */
void receipt_facts(Receipt *rc, const Program *p, const Val *slots);
/* SHA-256 of n bytes as 64 lowercase hex digits and a NUL. */
void receipt_sha256_hex(const void *data, size_t n, char out[65]);
#endif
