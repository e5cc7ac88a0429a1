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

/* Limit on the nodes a YAML document may expand to through aliases (a "billion laughs" guard). */
#define FACTS_YAML_MAX_NODES 100000

/* ---- internal to the readers (facts_*.c); not for other modules ---- */
/* A generic tree, only for facts_canonical (not on the evaluation path). */
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
bool   facts_read_json(const Program *p, const Source *src, Val *slots, Diags *d);
bool   facts_read_yaml(const Program *p, const Source *src, Val *slots, Diags *d);
FNode *facts_json_tree(const Source *src, Diags *d);    /* NULL after an error */
FNode *facts_yaml_tree(const Source *src, Diags *d);    /* NULL after an error */
/* Prints a tree as JSON (members in their order; 2-space indentation when pretty). */
void   facts_print_tree(const FNode *nd, bool pretty, Buf *out);
/* A JSON string literal with minimal escaping ('"', '\\', control characters). */
void   facts_json_string(Buf *out, const char *s, size_t n);
/* Sorts an FN_OBJ's members by key bytes; of duplicated keys keeps the last, warning. */
void   facts_tree_sort_object(FNode *obj, Diags *d, const char *path);

/* Helpers shared by the JSON and YAML readers (facts_common.c). */
/* One step of the path from the root to the value being read: an object key or an array index. */
typedef struct FactsPathSeg {
  const char *key;         /* NULL for an array element */
  uint32_t    len;         /* the key's length in bytes (it need not end in NUL) */
  int32_t     index;       /* the element's index when key is NULL */
} FactsPathSeg;
/* The dotted path of segs[0..n) ("system.capabilities.social_scoring", "tags[2]"), built only
 * when a message needs it; NULL for the root. */
const char    *facts_path_text(const FactsPathSeg *segs, int n);
const char    *facts_type_name(const Type *t);          /* "bool", "set of Practice", … */
const char    *facts_enum_members(const EnumType *e);   /* "a, b, c" in declaration order */
const IrFact  *facts_child(const IrFact *g, const char *key, size_t len, int *hint);
void           facts_clear_group(const IrFact *g, Val *slots);   /* every leaf under g unknown */
/* Index of an item equal to items[i] for some earlier i, or -1: *first gets that earlier index. */
int            facts_find_repeat(const Val *items, uint32_t n, int *first);
/* "found …" text for messages: a quoted, shortened string value. */
const char    *facts_quote_short(const char *s, size_t n);
const char    *facts_short(const char *s, size_t n);          /* the same without the quotes */
/* Why a string is no date: E_FACTS_BAD_DATE when it has the YYYY-MM-DD shape but names no day
 * of the calendar, else E_FACTS_DATE_FORM. */
MsgId          facts_date_error(const char *s, size_t n);

/* Limits: deeper nesting, longer input, or a larger exponent is an error, never a crash. */
#define FACTS_MAX_DEPTH   256
#define FACTS_MAX_BYTES   (256u * 1024 * 1024)
#endif
