/* facts.h — reading fact files (JSON, YAML, one JSON Lines record) straight into the typed
 * slots a Program declares: no generic tree on the evaluation path. Also a policy-free mode
 * that prints any JSON/YAML document back as canonical JSON (`zan facts FILE`). */
#ifndef ZAN_FACTS_H
#define ZAN_FACTS_H
#include <stdbool.h>
#include "../lang/ir.h"
#include "../lang/base/diag.h"
#include "../lang/base/buf.h"

typedef enum { FMT_JSON, FMT_YAML } FactFormat;

/* Chooses by extension: .yaml/.yml -> YAML, anything else (and "-") JSON. */
FactFormat facts_format_for(const char *path);

/* Fills slots[0..p->nslots) (set to V_UNKNOWN first). Errors (exit 3) and warnings
 * (unknown fields, duplicate keys) go to d with file:line:col and the JSON path.
 * Returns true when no error was reported. */
bool facts_read(const Program *p, const Source *src, FactFormat fmt, Val *slots, Diags *d);

/* Without a policy: parses src and writes canonical JSON (sorted keys, compact when !pretty,
 * numbers exact as written in canonical form) to out. Returns true when no error. */
bool facts_canonical(const Source *src, FactFormat fmt, bool pretty, Buf *out, Diags *d);

/* Limits: deeper nesting, longer input, or a larger exponent is an error, never a crash. */
#define FACTS_MAX_DEPTH   256
#define FACTS_MAX_BYTES   (256u * 1024 * 1024)
#endif
