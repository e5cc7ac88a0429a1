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
 * Returns true when no error was reported. Text values may point into src->text (JSON
 * strings that need no decoding): keep src alive while the slots are used. */
bool facts_read(const Program *p, const Source *src, FactFormat fmt, Val *slots, Diags *d);

/* Without a policy: parses src and writes canonical JSON (sorted keys, compact when !pretty,
 * numbers exact as written in canonical form) to out. Returns true when no error. */
bool facts_canonical(const Source *src, FactFormat fmt, bool pretty, Buf *out, Diags *d);

/* Reads one JSON object held in src->text[off, off+len) (a JSON Lines record) without copying:
 * locations stay those of the whole stream, so errors name the right line and column.
 * Text values may point into src->text: keep src alive while the slots are used. */
bool facts_read_json_range(const Program *p, const Source *src, size_t off, size_t len,
                           Val *slots, Diags *d);

/* A JSON or YAML document as a generic tree: for `zan facts` (canonical JSON), and for the
 * JSON the language server and the schema read and write. Not on the evaluation path. */
typedef enum { FN_NULL, FN_BOOL, FN_NUM, FN_STR, FN_ARR, FN_OBJ } FNodeKind;
typedef struct FNode {
  uint8_t        kind;       /* FNodeKind */
  bool           b;          /* FN_BOOL */
  Loc            loc;
  const char    *s;          /* FN_STR: NFC text; FN_NUM: canonical number text */
  uint32_t       len;        /* FN_STR, FN_NUM: bytes of s */
  uint32_t       n;          /* FN_ARR, FN_OBJ: items / members */
  struct FNode **items;      /* FN_ARR: items; FN_OBJ: member values */
  const char   **keys;       /* FN_OBJ: member keys (NFC) */
  uint32_t      *klens;      /* FN_OBJ: key lengths */
  Loc           *klocs;      /* FN_OBJ: where each key was written */
} FNode;
FNode *facts_json_tree(const Source *src, Diags *d);    /* NULL after an error */
/* Prints a tree as JSON (members in their order; 2-space indentation when pretty). */
void   facts_print_tree(const FNode *nd, bool pretty, Buf *out);

/* Limit: a larger input is an error (exit 3), never a crash. */
#define FACTS_MAX_BYTES   (256u * 1024 * 1024)
#endif
