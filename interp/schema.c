/* schema.c — the JSON Schema (draft 2020-12) of a policy's fact file: nested objects for
 * groups, a typed, nullable property per leaf, labels and questions from the policy. */
#include <string.h>
#include "schema.h"
#include "facts.h"
#include "../lang/ast.h"
#include "../lang/base/alloc.h"

/* The schema is built as a small FNode tree (members in insertion order) and printed by the
 * fact printer, so escaping and layout are the same as `zan facts`. */

static FNode *sc_node(FNodeKind k) { FNode *n = ZAN_NEW(FNode); n->kind = (uint8_t)k; return n; }

static FNode *sc_str(const char *s) {
  FNode *n = sc_node(FN_STR);
  n->s = s; n->len = (uint32_t)strlen(s);
  return n;
}
static FNode *sc_num(const char *s) { FNode *n = sc_str(s); n->kind = FN_NUM; return n; }
static FNode *sc_bool(bool b) { FNode *n = sc_node(FN_BOOL); n->b = b; return n; }

static void sc_push(FNode *c, const char *key, FNode *v) {
  if ((c->n & (c->n - 1)) == 0) {   /* grow at powers of two */
    uint32_t cap = c->n ? c->n * 2 : 1;
    FNode **items = ZAN_NEWN(FNode *, cap);
    if (c->n) memcpy(items, c->items, sizeof(FNode *) * c->n);
    c->items = items;
    if (c->kind == FN_OBJ) {
      const char **keys = ZAN_NEWN(const char *, cap);
      uint32_t *klens = ZAN_NEWN(uint32_t, cap);
      if (c->n) { memcpy(keys, c->keys, sizeof(char *) * c->n); memcpy(klens, c->klens, sizeof(uint32_t) * c->n); }
      c->keys = keys; c->klens = klens;
    }
  }
  if (c->kind == FN_OBJ) { c->keys[c->n] = key; c->klens[c->n] = (uint32_t)strlen(key); }
  c->items[c->n++] = v;
}
static void sc_set(FNode *obj, const char *key, FNode *v) { sc_push(obj, key, v); }

static const char *sc_text_in(const Texts *t, const char *lang) {
  if (!t) return NULL;
  for (int i = 0; i < t->n; i++)
    if (t->items[i].lang.text && strcmp(t->items[i].lang.text, lang) == 0) return t->items[i].text;
  return NULL;
}

/* {"kk": …, "ru": …, "en": …} of the languages given. */
static FNode *sc_texts(const Texts *t) {
  FNode *o = sc_node(FN_OBJ);
  static const char *const langs[] = { "kk", "ru", "en" };
  for (int i = 0; i < 3; i++) {
    const char *s = sc_text_in(t, langs[i]);
    if (s) sc_set(o, langs[i], sc_str(s));
  }
  return o;
}

static void sc_labels(FNode *o, const Texts *label, const Texts *ask) {
  if (label && label->n) {
    const char *en = sc_text_in(label, "en");
    if (!en) en = sc_text_in(label, "ru");
    if (!en) en = sc_text_in(label, "kk");
    if (en) sc_set(o, "description", sc_str(en));
    sc_set(o, "x-zan-labels", sc_texts(label));
  }
  if (ask && ask->n) sc_set(o, "x-zan-ask", sc_texts(ask));
}

/* {"type": ["T", "null"]} or {"type": "T"} for a set or list member. */
static FNode *sc_type(const char *t, bool nullable) {
  if (!nullable) return sc_str(t);
  FNode *a = sc_node(FN_ARR);
  sc_push(a, NULL, sc_str(t));
  sc_push(a, NULL, sc_str("null"));
  return a;
}

static FNode *sc_leaf(const Type *t, bool nullable) {
  FNode *o = sc_node(FN_OBJ);
  switch (t->kind) {
  case T_BOOL: sc_set(o, "type", sc_type("boolean", nullable)); break;
  case T_INT:
    sc_set(o, "type", sc_type("integer", nullable));
    sc_set(o, "minimum", sc_num("-9223372036854775808"));
    sc_set(o, "maximum", sc_num("9223372036854775807"));
    break;
  case T_DEC:  sc_set(o, "type", sc_type("number", nullable)); break;
  case T_TEXT: sc_set(o, "type", sc_type("string", nullable)); break;
  case T_DATE:
    sc_set(o, "type", sc_type("string", nullable));
    sc_set(o, "format", sc_str("date"));
    sc_set(o, "pattern", sc_str("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    break;
  case T_ENUM: {
    const EnumType *en = t->as.en;
    sc_set(o, "type", sc_type("string", nullable));
    FNode *vals = sc_node(FN_ARR);
    for (int i = 0; i < en->n; i++) sc_push(vals, NULL, sc_str(en->members[i].name));
    if (nullable) sc_push(vals, NULL, sc_node(FN_NULL));
    sc_set(o, "enum", vals);
    FNode *labels = sc_node(FN_OBJ);
    for (int i = 0; i < en->n; i++)
      if (en->members[i].label && en->members[i].label->n) sc_set(labels, en->members[i].name, sc_texts(en->members[i].label));
    if (labels->n) sc_set(o, "x-zan-enum-labels", labels);
    break;
  }
  case T_SET:
  case T_LIST:
    sc_set(o, "type", sc_type("array", nullable));
    if (t->kind == T_SET) sc_set(o, "uniqueItems", sc_bool(true));
    sc_set(o, "items", sc_leaf(t->as.elem, false));
    break;
  default:
    break;   /* no constraint: the checker admits no other fact type */
  }
  return o;
}

static void sc_members(FNode *o, const IrFact *g);

static FNode *sc_group(const IrFact *g) {
  FNode *o = sc_node(FN_OBJ);
  sc_set(o, "type", sc_type("object", true));
  sc_labels(o, g->label, g->ask);
  sc_members(o, g);
  return o;
}

/* "properties" (in declaration order) and "additionalProperties" of a group. */
static void sc_members(FNode *o, const IrFact *g) {
  FNode *props = sc_node(FN_OBJ);
  for (int i = 0; g && i < g->n; i++) {
    const IrFact *c = g->children[i];
    FNode *v;
    if (c->type) { v = sc_leaf(c->type, true); sc_labels(v, c->label, c->ask); }
    else v = sc_group(c);
    sc_set(props, c->key ? c->key : c->name, v);
  }
  sc_set(o, "properties", props);
  sc_set(o, "additionalProperties", sc_bool(true));
}

void schema_json(const Program *p, Buf *out) {
  FNode *root = sc_node(FN_OBJ);
  sc_set(root, "$schema", sc_str("https://json-schema.org/draft/2020-12/schema"));
  const char *name = p->name ? p->name : "policy";
  sc_set(root, "title", sc_str(p->version ? zan_sprintf("Facts read by %s %s", name, p->version)
                                          : zan_sprintf("Facts read by %s", name)));
  const char *title = sc_text_in(p->title, "en");
  if (title) sc_set(root, "description", sc_str(title));
  if (p->title && p->title->n) sc_set(root, "x-zan-labels", sc_texts(p->title));
  sc_set(root, "type", sc_str("object"));
  sc_members(root, p->facts);
  facts_print_tree(root, true, out);
}
