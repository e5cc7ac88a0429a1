/* facts_impl.h — what the fact readers (facts_json.c, facts_yaml.c, facts_common.c,
 * facts_canon.c) share and nobody else uses: the per-format entry points, the path of the
 * value being read, message helpers, limits. Not installed (make install skips *_impl.h). */
#ifndef ZAN_FACTS_IMPL_H
#define ZAN_FACTS_IMPL_H
#include "facts.h"

/* Limit on the nodes a YAML document may expand to through aliases (a "billion laughs" guard). */
#define FACTS_YAML_MAX_NODES 100000

bool   facts_read_json(const Program *p, const Source *src, Val *slots, Diags *d);
bool   facts_read_yaml(const Program *p, const Source *src, Val *slots, Diags *d);
FNode *facts_yaml_tree(const Source *src, Diags *d);    /* NULL after an error */
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
/* Reports key, which group g (NULL: none known) does not declare, at path: a warning ("it is
 * ignored"), or an error when d->facts_strict (--strict); with "did you mean" a declared key
 * that it looks like a typo of. */
void           facts_unknown_field(Diags *d, Loc at, const char *path, const IrFact *g, const char *key);
void           facts_clear_group(const IrFact *g, Val *slots);   /* every leaf under g unknown */
/* Index of an item equal to items[i] for some earlier i, or -1: *first gets that earlier index. */
int            facts_find_repeat(const Val *items, uint32_t n, int *first);
/* "found …" text for messages: a quoted, shortened string value. */
const char    *facts_quote_short(const char *s, size_t n);
const char    *facts_short(const char *s, size_t n);          /* the same without the quotes */
/* Why a string is no date: E_FACTS_BAD_DATE when it has the YYYY-MM-DD shape but names no day
 * of the calendar, else E_FACTS_DATE_FORM. */
MsgId          facts_date_error(const char *s, size_t n);

/* Limit: deeper nesting is an error, never a crash. */
#define FACTS_MAX_DEPTH   256
#endif
