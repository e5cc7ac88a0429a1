/* types.h — zan's static types: built-ins, enums, records, sets and lists.
 * Types are made by the checker and shared by the IR, the evaluator and the fact readers. */
#ifndef ZAN_TYPES_H
#define ZAN_TYPES_H
#include <stdbool.h>
#include "base/source.h"

typedef struct Texts Texts;

typedef enum {
  T_ERROR,      /* a poisoned type after an error: compatible with everything, no cascade */
  T_BOOL, T_INT, T_DEC, T_TEXT, T_DATE, T_DUR,
  T_ENUM,       /* as.en */
  T_SET,        /* as.elem */
  T_LIST,       /* as.elem */
  T_RECORD      /* as.rec */
} TypeKind;

typedef struct EnumMember {
  const char *name;
  Loc         loc;
  Texts      *label;           /* may be NULL */
} EnumMember;

typedef struct EnumType {
  const char *name;
  Loc         loc;
  bool        ordered;         /* declared with '<': comparisons, max, min */
  int         n;
  EnumMember *members;         /* declaration order = value order (member index) */
  int        *name_rank;       /* name_rank[i]: position of member i when sorted by name (byte order), for output */
} EnumType;

typedef struct RecordField {
  const char  *name;
  Loc          loc;
  struct Type *type;
} RecordField;

typedef struct RecordType {
  const char  *name;           /* NULL for an anonymous record type */
  Loc          loc;
  int          n;
  RecordField *fields;
} RecordType;

typedef struct Type {
  TypeKind kind;
  union {
    EnumType    *en;           /* T_ENUM */
    struct Type *elem;         /* T_SET, T_LIST */
    RecordType  *rec;          /* T_RECORD */
  } as;
} Type;

extern Type type_error, type_bool, type_int, type_dec, type_text, type_date, type_dur;

Type *type_set_of(Type *elem);
Type *type_list_of(Type *elem);
Type *type_enum(EnumType *e);
Type *type_record(RecordType *r);
bool  type_equal(const Type *a, const Type *b);     /* T_ERROR equals anything */
bool  type_is_numeric(const Type *t);               /* int or decimal */
bool  type_is_ordered(const Type *t);               /* int, decimal, date, ordered enum (for < max min) */
const char *type_name(const Type *t);               /* "set of Tier", for messages */
int   enum_member_index(const EnumType *e, const char *name);   /* -1 if absent */
/* Fills e->name_rank (members ranked by name, byte order); the checker calls it once per enum. */
void  enum_fill_name_rank(EnumType *e);
#endif
