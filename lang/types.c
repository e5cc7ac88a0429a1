/* types.c — the built-in type singletons, type constructors, equality and names.
 * Enums and named records are nominal (one EnumType/RecordType each); sets and lists structural. */
#include "types.h"
#include "base/alloc.h"
#include "base/buf.h"
#include <string.h>

Type type_error = { .kind = T_ERROR };
Type type_bool  = { .kind = T_BOOL };
Type type_int   = { .kind = T_INT };
Type type_dec   = { .kind = T_DEC };
Type type_text  = { .kind = T_TEXT };
Type type_date  = { .kind = T_DATE };
Type type_dur   = { .kind = T_DUR };

Type *type_set_of(Type *elem) {
  Type *t = ZAN_NEW(Type);
  t->kind = T_SET;
  t->as.elem = elem;
  return t;
}

Type *type_list_of(Type *elem) {
  Type *t = ZAN_NEW(Type);
  t->kind = T_LIST;
  t->as.elem = elem;
  return t;
}

Type *type_enum(EnumType *e) {
  Type *t = ZAN_NEW(Type);
  t->kind = T_ENUM;
  t->as.en = e;
  return t;
}

Type *type_record(RecordType *r) {
  Type *t = ZAN_NEW(Type);
  t->kind = T_RECORD;
  t->as.rec = r;
  return t;
}

bool type_equal(const Type *a, const Type *b) {
  if (!a || !b) return a == b;
  if (a->kind == T_ERROR || b->kind == T_ERROR) return true;
  if (a->kind != b->kind) return false;
  switch (a->kind) {
  case T_ENUM: return a->as.en == b->as.en;
  case T_SET: case T_LIST: return type_equal(a->as.elem, b->as.elem);
  case T_RECORD: {
    const RecordType *x = a->as.rec, *y = b->as.rec;
    if (x == y) return true;
    if (x->name || y->name || x->n != y->n) return false;   /* named records are nominal */
    for (int i = 0; i < x->n; i++)
      if (strcmp(x->fields[i].name, y->fields[i].name) != 0 || !type_equal(x->fields[i].type, y->fields[i].type))
        return false;
    return true;
  }
  default: return true;
  }
}

bool type_is_numeric(const Type *t) { return t->kind == T_INT || t->kind == T_DEC || t->kind == T_ERROR; }

bool type_is_ordered(const Type *t) {
  switch (t->kind) {
  case T_ERROR: case T_INT: case T_DEC: case T_DATE: return true;
  case T_ENUM: return t->as.en->ordered;
  default: return false;
  }
}

static void type_name_buf(const Type *t, Buf *b) {
  if (!t) { buf_puts(b, "?"); return; }
  switch (t->kind) {
  case T_ERROR: buf_puts(b, "<error>"); break;
  case T_BOOL: buf_puts(b, "bool"); break;
  case T_INT: buf_puts(b, "int"); break;
  case T_DEC: buf_puts(b, "decimal"); break;
  case T_TEXT: buf_puts(b, "text"); break;
  case T_DATE: buf_puts(b, "date"); break;
  case T_DUR: buf_puts(b, "duration"); break;
  case T_ENUM: buf_puts(b, t->as.en->name ? t->as.en->name : "enum"); break;
  case T_SET: buf_puts(b, "set of "); type_name_buf(t->as.elem, b); break;
  case T_LIST: buf_puts(b, "list of "); type_name_buf(t->as.elem, b); break;
  case T_RECORD:
    if (t->as.rec->name) { buf_puts(b, t->as.rec->name); break; }
    buf_puts(b, "{");
    for (int i = 0; i < t->as.rec->n; i++) {
      if (i) buf_puts(b, ", ");
      buf_printf(b, "%s: ", t->as.rec->fields[i].name);
      type_name_buf(t->as.rec->fields[i].type, b);
    }
    buf_puts(b, "}");
    break;
  }
}

const char *type_name(const Type *t) {
  Buf b;
  buf_init(&b);
  type_name_buf(t, &b);
  return buf_cstr(&b);
}

int enum_member_index(const EnumType *e, const char *name) {
  for (int i = 0; i < e->n; i++)
    if (strcmp(e->members[i].name, name) == 0) return i;
  return -1;
}

void enum_fill_name_rank(EnumType *e) {
  int *order = zan_alloc_atomic(sizeof(int) * (size_t)(e->n ? e->n : 1));
  for (int i = 0; i < e->n; i++) order[i] = i;
  /* insertion sort: enums are small, and this keeps the function free of qsort's globals */
  for (int i = 1; i < e->n; i++) {
    int x = order[i], j = i;
    while (j > 0 && strcmp(e->members[order[j - 1]].name, e->members[x].name) > 0) { order[j] = order[j - 1]; j--; }
    order[j] = x;
  }
  int *rank = zan_alloc_atomic(sizeof(int) * (size_t)(e->n ? e->n : 1));
  for (int r = 0; r < e->n; r++) rank[order[r]] = r;
  e->name_rank = rank;
}
