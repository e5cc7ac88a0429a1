/* value.h — run-time values. A Val is a small tagged struct passed by value.
 * V_UNKNOWN is the third truth value: an absent or null fact, or anything computed from one.
 * A set may be partial under unknowns: each member is certain or only possible. */
#ifndef ZAN_VALUE_H
#define ZAN_VALUE_H
#include <stdbool.h>
#include <stdint.h>
#include "base/date.h"
#include "base/decimal.h"
#include "base/buf.h"
#include "types.h"

typedef enum {
  V_UNKNOWN,   /* no payload */
  V_BOOL,      /* as.b */
  V_INT,       /* as.i */
  V_DEC,       /* as.d */
  V_TEXT,      /* as.t (UTF-8, NFC) */
  V_DATE,      /* as.date */
  V_DUR,       /* as.dur */
  V_ENUM,      /* as.e: member index in its EnumType (declaration order) */
  V_SET,       /* as.set */
  V_LIST,      /* as.list */
  V_RECORD     /* as.rec */
} ValKind;

typedef struct ValSet  ValSet;
typedef struct ValList ValList;
typedef struct ValRec  ValRec;

typedef struct Val {
  uint8_t kind;
  union {
    bool          b;
    int64_t       i;
    ZDecimal     *d;
    struct { const char *s; uint32_t len; } t;
    ZDate         date;
    ZDuration     dur;
    int32_t       e;
    ValSet       *set;
    ValList      *list;
    ValRec       *rec;
  } as;
} Val;

struct ValSet {
  uint32_t n;
  Val     *items;       /* sorted by val_cmp, no duplicates */
  uint8_t *maybe;       /* NULL: every member certain; else maybe[i] = 1 when items[i] is only possible */
};
struct ValList { uint32_t n; Val *items; };
struct ValRec  { uint32_t n; Val *fields; };   /* in the record type's field order */

static inline Val val_unknown(void)      { Val v; v.kind = V_UNKNOWN; v.as.i = 0; return v; }
static inline Val val_bool(bool b)       { Val v; v.kind = V_BOOL; v.as.b = b; return v; }
static inline Val val_int(int64_t i)     { Val v; v.kind = V_INT; v.as.i = i; return v; }
static inline Val val_date(ZDate d)      { Val v; v.kind = V_DATE; v.as.date = d; return v; }
static inline Val val_enum(int32_t e)    { Val v; v.kind = V_ENUM; v.as.e = e; return v; }
Val  val_dec(ZDecimal *d);
Val  val_text(const char *s, uint32_t len);        /* s must already be NFC; not copied */
Val  val_dur(ZDuration d);
Val  val_set(ValSet *s);
Val  val_list(ValList *l);
Val  val_rec(ValRec *r);

/* Total order within one type (numbers by value with int/decimal mixed, texts by bytes,
 * enums by member index, sets and lists lexicographically). Unknown sorts first. */
int  val_cmp(Val a, Val b);
bool val_eq(Val a, Val b);
/* Builds a certain set from n values (sorted, duplicates dropped). */
ValSet *valset_make(Val *items, uint32_t n);
bool    valset_is_partial(const ValSet *s);       /* has a member that is only possible */
/* JSON rendering of a decided value: sets of enums sorted by member name, dates ISO,
 * durations ISO 8601, decimals canonical. type gives enum names. */
void val_to_json(Val v, const Type *type, Buf *out);
/* Human text (for test failures, explanations): same as JSON but enums bare, texts quoted. */
void val_to_text(Val v, const Type *type, Buf *out);
#endif
