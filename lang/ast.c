/* ast.c — the syntax tree's constructors (the only code grammar actions call), its kind and
 * operator names, and the S-expression dump that parser tests compare against. */
#include "ast.h"
#include "lexer.h"        /* keyword tokens and forms: operators spelled from keywords.def */
#include "base/alloc.h"
#include "base/buf.h"
#include <stddef.h>
#include <string.h>

/* ---------- growth helpers: arrays double; GC memory is never freed ---------- */

/* Makes room for one more element in an array of n elements of size sz, capacity *cap. */
/* Room for item n of an array whose capacity is implied (the smallest power of two >= n, so no
 * field is needed): doubling, so n appends copy O(n) items, not O(n^2) — a 10,000-member enum
 * took 2.6 GB in the malloc (sanitizer, fuzz) build before. */
static void *grow_implied(void *items, int n, size_t sz) {
  if (n > 0 && (n & (n - 1)) != 0) return items;   /* n is not a power of two: room left */
  void *ni = zan_alloc(sz * (size_t)(n ? 2 * n : 1));
  if (n) memcpy(ni, items, sz * (size_t)n);
  return ni;
}

void nodelist_push(NodeList *l, Node *n) {
  ZAN_PUSH(l->items, l->n, l->cap, 4, n);
}

void strlist_push(StrList *l, const char *s, Loc loc) {
  int cap = l->cap;   /* the two arrays grow together */
  ZAN_GROW(l->items, l->n, cap, 4);
  ZAN_GROW(l->locs, l->n, l->cap, 4);
  l->items[l->n] = s;
  l->locs[l->n++] = loc;
}

/* Bytes a node of kind k needs: the common head and its own member of the union. Expression
 * nodes are most of a policy's nodes and need a third of sizeof(Node) (the declarations'
 * members are big); a node's kind never changes and nodes are never copied whole, so the
 * rest is never touched. Kinds not listed get the whole Node. */
#define NODE_SZ(member) (offsetof(Node, as) + sizeof(((Node *)0)->as.member))
static size_t node_size(NodeKind k) {
  switch (k) {
  case N_INT: return NODE_SZ(i);
  case N_DEC: case N_TEXT: return NODE_SZ(text);
  case N_DATE: return NODE_SZ(date);
  case N_DUR: return NODE_SZ(dur);
  case N_BOOL: return NODE_SZ(b);
  case N_NAME: return NODE_SZ(name);
  case N_FIELD_ACCESS: return NODE_SZ(access);
  case N_CALL: return NODE_SZ(call);
  case N_UNARY: return NODE_SZ(unary);
  case N_BINARY: return NODE_SZ(binary);
  case N_IF: return NODE_SZ(ifx);
  case N_TYPE_NAME: return NODE_SZ(tname);
  case N_TYPE_SET: case N_TYPE_LIST: return NODE_SZ(telem);
  case N_SET_LIT: case N_LIST_LIT: return NODE_SZ(items);
  default: return sizeof(Node);
  }
}

Node *ast_new(NodeKind k, Loc loc) {
  Node *n = zan_alloc(node_size(k));
  n->kind = k;
  n->loc = loc;
  return n;
}

void ast_set_loc(Node *n, Loc loc) { if (n) n->loc = loc; }

/* Called innermost first for `((e))`, so the last call leaves the outermost pair. */
Node *ast_paren(Node *e, Loc loc) {
  if (e && loc.end > loc.start) { e->paren_start = loc.start; e->paren_end = loc.end; }
  return e;
}

bool ast_parenthesized(const Node *n) { return n && n->paren_end > n->paren_start; }

Texts *ast_texts_new(Loc loc) {
  Texts *t = ZAN_NEW(Texts);
  t->loc = loc;
  return t;
}

void ast_texts_add(Texts *t, Name lang, const char *text, Loc loc) {
  /* texts have 3 items (kk, ru, en): room for 3 at the first, copied only beyond that */
  if (t->n == 0 || t->n >= 3) {
    TextItem *ni = ZAN_NEWN(TextItem, t->n < 3 ? 3 : t->n + 1);
    if (t->n) memcpy(ni, t->items, sizeof(TextItem) * (size_t)t->n);
    t->items = ni;
  }
  t->items[t->n] = (TextItem){ .lang = lang, .text = text, .loc = loc };
  t->n++;
}

TextItem *ast_text_head(Name lang) {
  TextItem *it = ZAN_NEW(TextItem);
  it->lang = lang;
  return it;
}
bool ast_text_head_status(TextItem *it, Name st) {
  if (it->status.text) return false;
  it->status = st;
  return true;
}
bool ast_text_head_source(TextItem *it, const char *s, Loc loc) {
  if (it->source) return false;
  it->source = s;
  it->source_loc = loc;
  return true;
}
void ast_texts_push(Texts *t, TextItem *head, const char *text, Loc loc) {
  ast_texts_add(t, head->lang, text, loc);
  TextItem *it = &t->items[t->n - 1];
  it->status = head->status;
  it->source = head->source;
  it->source_loc = head->source_loc;
}

void ast_texts_fingerprint(Texts *t, const char *fp, Loc loc) {
  if (t->n == 0) return;
  t->items[t->n - 1].fingerprint = fp;
  t->items[t->n - 1].fp_loc = loc;
}

Validity ast_validity(bool has_from, ZDate from, bool has_until, ZDate until, Loc loc) {
  Validity v = { has_from, has_until, from, until, loc };
  return v;
}

File *ast_file_new(const Source *src) {
  File *f = ZAN_NEW(File);
  f->src = src;
  return f;
}

void ast_file_import(File *f, Name module) {
  ZAN_PUSH(f->imports, f->nimports, f->capimports, 4, module);
}

void ast_file_comment(File *f, Loc loc, const char *text) {
  ZAN_PUSH(f->comments, f->ncomments, f->capcomments, 4, ((Comment){ loc, text }));
}

/* ---------- expressions ---------- */

Node *ast_int(int64_t v, Loc loc)         { Node *n = ast_new(N_INT, loc); n->as.i = v; return n; }
Node *ast_dec(const char *d, Loc loc)     { Node *n = ast_new(N_DEC, loc); n->as.text = d; return n; }
/* `12.5 %`: the digits with the point moved two places left ("0.125"), so the literal is exact. */
Node *ast_percent(const char *d, Loc loc) {
  const char *dot = strchr(d, '.');
  size_t ni = dot ? (size_t)(dot - d) : strlen(d);
  const char *frac = dot ? dot + 1 : "";
  char two[3] = { ni >= 2 ? d[ni - 2] : '0', ni >= 1 ? d[ni - 1] : '0', 0 };
  const char *whole = ni > 2 ? zan_strndup(d, ni - 2) : "0";
  return ast_dec(zan_sprintf("%s.%s%s", whole, two, frac), loc);
}
Node *ast_text(const char *s, Loc loc)    { Node *n = ast_new(N_TEXT, loc); n->as.text = s; return n; }
Node *ast_date(ZDate d, Loc loc)          { Node *n = ast_new(N_DATE, loc); n->as.date = d; return n; }
Node *ast_bool(bool b, Loc loc)           { Node *n = ast_new(N_BOOL, loc); n->as.b = b; return n; }
Node *ast_unknown(Loc loc)                { return ast_new(N_UNKNOWN, loc); }
Node *ast_error(Loc loc)                  { return ast_new(N_ERROR, loc); }
Node *ast_name(Name nm)                   { Node *n = ast_new(N_NAME, nm.loc); n->as.name.name = nm; return n; }

Node *ast_dur(int32_t v, DurUnit unit, Loc loc) {
  Node *n = ast_new(N_DUR, loc);
  switch (unit) {
  case DUR_DAY:   n->as.dur.days = v; break;
  case DUR_WEEK:  n->as.dur.days = v * 7; break;   /* the parser keeps v * 7 in range */
  case DUR_MONTH: n->as.dur.months = v; break;
  case DUR_YEAR:  n->as.dur.years = v; break;
  }
  return n;
}

Name ast_name_join(Name a, Name b) {
  Name n = { zan_sprintf("%s.%s", a.text ? a.text : "", b.text ? b.text : ""), loc_span(a.loc, b.loc) };
  return n;
}

Node *ast_access(Node *e, Name field, Loc loc) {
  Node *n = ast_new(N_FIELD_ACCESS, loc);
  n->as.access.expr = e;
  n->as.access.field = field;
  return n;
}

Node *ast_call_args(void) { return ast_new(N_CALL, (Loc){0}); }

void ast_call_arg(Node *call, const Name *arg_name, Node *arg) {
  int n = call->as.call.args.n;
  if (arg_name || call->as.call.arg_names) {
    /* named arguments: keep one Name per argument (text NULL = positional) */
    Name *nn = call->as.call.arg_names;
    if (!nn) {   /* the first named argument: room for n + 1 at the implied capacity */
      int cap = 1;
      while (cap < n + 1) cap *= 2;
      nn = ZAN_NEWN(Name, cap);
    } else {
      nn = grow_implied(nn, n, sizeof(Name));
    }
    if (arg_name) nn[n] = *arg_name;
    call->as.call.arg_names = nn;
  }
  nodelist_push(&call->as.call.args, arg);
}

Node *ast_call_finish(Node *call, Node *callee, Loc loc) {
  call->as.call.callee = callee;
  call->loc = loc;
  return call;
}

Node *ast_unary(Op op, Node *e, Loc loc) {
  Node *n = ast_new(N_UNARY, loc);
  n->as.unary.op = op;
  n->as.unary.e = e;
  return n;
}

Node *ast_binary(Op op, Node *l, Node *r, Loc op_loc, Loc loc) {
  Node *n = ast_new(N_BINARY, loc);
  n->as.binary.op = op;
  n->as.binary.l = l;
  n->as.binary.r = r;
  n->as.binary.op_loc = op_loc;
  return n;
}

Node *ast_if(Node *c, Node *a, Node *b, Loc loc) {
  Node *n = ast_new(N_IF, loc);
  n->as.ifx.cond = c;
  n->as.ifx.then_ = a;
  n->as.ifx.else_ = b;
  return n;
}

Node *ast_match(Node *scrutinee, Loc loc) {
  Node *n = ast_new(N_MATCH, loc);
  n->as.match.scrutinee = scrutinee;
  return n;
}

void ast_match_arm(Node *m, Node *arm) { nodelist_push(&m->as.match.arms, arm); }

Node *ast_arm(Name first, Loc loc) {
  Node *n = ast_new(N_ARM, loc);
  if (!first.text) n->as.arm.is_else = true;
  else ast_arm_pattern(n, first);
  return n;
}

void ast_arm_pattern(Node *arm, Name pattern) {
  int k = arm->as.arm.npatterns;
  Name *np = grow_implied(arm->as.arm.patterns, k, sizeof(Name));
  np[k] = pattern;
  arm->as.arm.patterns = np;
  arm->as.arm.npatterns = k + 1;
}

void ast_arm_body(Node *arm, Node *body, Loc loc) {
  arm->as.arm.body = body;
  arm->loc = loc;
}

Node *ast_quant(bool is_all, Name var, Node *coll, Node *body, Loc loc) {
  Node *n = ast_new(N_QUANT, loc);
  n->as.quant.is_all = is_all;
  n->as.quant.var = var;
  n->as.quant.coll = coll;
  n->as.quant.body = body;
  return n;
}

Node *ast_items(NodeKind k, Loc loc)        { return ast_new(k, loc); }
void  ast_items_push(Node *lit, Node *item) { nodelist_push(&lit->as.items, item); }

/* ---------- types ---------- */

Node *ast_type_name(Name nm) { Node *n = ast_new(N_TYPE_NAME, nm.loc); n->as.tname.name = nm; return n; }

Node *ast_type_elem(NodeKind k, Node *elem, Loc loc) {
  Node *n = ast_new(k, loc);
  n->as.telem.elem = elem;
  return n;
}

Node *ast_type_record(Loc loc)                     { return ast_new(N_TYPE_RECORD, loc); }
void  ast_type_record_field(Node *rec, Node *f)    { nodelist_push(&rec->as.trec.fields, f); }

Node *ast_field(Name nm, Node *type, Loc loc) {
  Node *n = ast_new(N_FIELD, loc);
  n->as.field.name = nm;
  n->as.field.type = type;
  return n;
}

/* ---------- declarations ---------- */

Node *ast_policy(Name name, Loc loc) { Node *n = ast_new(N_POLICY, loc); n->as.policy.name = name; return n; }

bool ast_policy_alias(Node *p, const char *alias, Loc loc) {
  if (p->as.policy.alias) return false;
  p->as.policy.alias = alias;
  p->as.policy.alias_loc = loc;
  return true;
}
bool ast_policy_version(Node *p, const char *v, Loc loc) {
  if (p->as.policy.version) return false;
  p->as.policy.version = v;
  p->as.policy.version_loc = loc;
  return true;
}
bool ast_policy_subject(Node *p, Node *path) {
  if (p->as.policy.subject) return false;
  p->as.policy.subject = path;
  return true;
}
bool ast_policy_as_of(Node *p, Node *path) {
  if (p->as.policy.as_of) return false;
  p->as.policy.as_of = path;
  return true;
}
bool ast_policy_title(Node *p, Texts *t) {
  if (p->as.policy.title) return false;
  p->as.policy.title = t;
  return true;
}

void ast_policy_statute(Node *p, const char *act, Loc act_loc, Name lang, const char *path, Loc path_loc) {
  StatuteAst *ns = ZAN_NEWN(StatuteAst, p->as.policy.nstatutes + 1);
  if (p->as.policy.nstatutes) memcpy(ns, p->as.policy.statutes, sizeof *ns * (size_t)p->as.policy.nstatutes);
  ns[p->as.policy.nstatutes++] = (StatuteAst){ act, act_loc, lang, path, path_loc };
  p->as.policy.statutes = ns;
}

Node *ast_article(const char *id, Loc id_loc, Loc loc) {
  Node *n = ast_new(N_ARTICLE, loc);
  n->as.article.id = id;
  n->as.article.id_loc = id_loc;
  return n;
}
bool ast_article_act(Node *a, const char *act, Loc loc) {
  if (a->as.article.act) return false;
  a->as.article.act = act;
  a->as.article.act_loc = loc;
  return true;
}
bool ast_article_title(Node *a, Texts *t) {
  if (a->as.article.title) return false;
  a->as.article.title = t;
  return true;
}
bool ast_article_status(Node *a, Name st) {
  if (a->as.article.status.text) return false;
  a->as.article.status = st;
  return true;
}
bool ast_article_source(Node *a, const char *s, Loc loc) {
  if (a->as.article.source) return false;
  a->as.article.source = s;
  a->as.article.source_loc = loc;
  return true;
}
bool ast_article_validity(Node *a, Validity v) {
  if (a->as.article.validity.has_from || a->as.article.validity.has_until) return false;
  a->as.article.validity = v;
  return true;
}
void ast_article_text(Node *a, Texts *t, Loc loc) {
  a->as.article.text = t;
  a->loc = loc;
}

Node *ast_enum(Name name, Loc loc) { Node *n = ast_new(N_ENUM, loc); n->as.enm.name = name; return n; }

void ast_enum_member(Node *e, Name member, Texts *label) {
  int k = e->as.enm.n;
  struct EnumMemberAst *nm = grow_implied(e->as.enm.members, k, sizeof *nm);
  nm[k].name = member;
  nm[k].label = label;
  e->as.enm.members = nm;
  e->as.enm.n = k + 1;
}

void ast_enum_ordered(Node *e, bool ordered) { e->as.enm.ordered = ordered; }

Node *ast_typedef(Name name, Node *type, Loc loc) {
  Node *n = ast_new(N_TYPEDEF, loc);
  n->as.typedef_.name = name;
  n->as.typedef_.type = type;
  return n;
}

Node *ast_fact_leaf(Name name, Node *type, Loc loc) {
  Node *n = ast_new(N_FACT, loc);
  n->as.fact.name = name;
  n->as.fact.type = type;
  return n;
}
Node *ast_fact_group(Name name, Loc loc) { return ast_fact_leaf(name, NULL, loc); }
bool ast_fact_at(Node *f, const char *key, Loc loc) {
  if (f->as.fact.key) return false;
  f->as.fact.key = key;
  f->as.fact.key_loc = loc;
  return true;
}
bool ast_fact_label(Node *f, Texts *t) {
  if (f->as.fact.label) return false;
  f->as.fact.label = t;
  return true;
}
bool ast_fact_ask(Node *f, Texts *t) {
  if (f->as.fact.ask) return false;
  f->as.fact.ask = t;
  return true;
}
void ast_fact_child(Node *g, Node *c) { nodelist_push(&g->as.fact.children, c); }

Node *ast_output(Name name, Node *type, Loc loc) {
  Node *n = ast_new(N_OUTPUT, loc);
  n->as.output.name = name;
  n->as.output.type = type;
  return n;
}
bool ast_output_combine(Node *o, Name how) {
  if (o->as.output.combine.text) return false;
  o->as.output.combine = how;
  return true;
}
bool ast_output_default(Node *o, Node *d) {
  if (o->as.output.dflt) return false;
  o->as.output.dflt = d;
  return true;
}
bool ast_output_label(Node *o, Texts *t) {
  if (o->as.output.label) return false;
  o->as.output.label = t;
  return true;
}
bool ast_output_unit(Node *o, const char *unit, Loc loc, Texts *texts) {
  if (o->as.output.unit || o->as.output.unit_texts) return false;
  o->as.output.unit = unit;
  o->as.output.unit_loc = texts ? texts->loc : loc;
  o->as.output.unit_texts = texts;
  return true;
}
bool ast_output_rounding(Node *o, int64_t places, Loc places_loc, Name mode) {
  if (o->as.output.rounds) return false;
  o->as.output.rounds = true;
  o->as.output.places = places;
  o->as.output.places_loc = places_loc;
  o->as.output.round_mode = mode;
  return true;
}
bool ast_output_percent(Node *o, Loc loc) {
  if (o->as.output.percent) return false;
  o->as.output.percent = true;
  o->as.output.percent_loc = loc;
  return true;
}
bool ast_output_unmet(Node *o, Name findings, Name fn, Loc loc) {
  if (o->as.output.unmet_loc.src) return false;
  o->as.output.unmet_findings = findings;
  o->as.output.unmet_fn = fn;
  o->as.output.unmet_loc = loc;
  return true;
}

Node *ast_rule(Name name, bool is_exception, Loc loc) {
  Node *n = ast_new(N_RULE, loc);
  n->as.rule.name = name;
  n->as.rule.is_exception = is_exception;
  return n;
}
bool ast_rule_base(Node *r, Name base) {
  if (r->as.rule.base.text) return false;
  r->as.rule.base = base;
  r->as.rule.bases = ZAN_NEW(Name);
  r->as.rule.bases[0] = base;
  r->as.rule.nbases = 1;
  return true;
}
void ast_rule_base_more(Node *r, Name base) {
  if (r->as.rule.nbases == 0) return;     /* the clause was a duplicate, already reported */
  Name *b = ZAN_NEWN(Name, (size_t)r->as.rule.nbases + 1);
  memcpy(b, r->as.rule.bases, sizeof(Name) * (size_t)r->as.rule.nbases);
  b[r->as.rule.nbases++] = base;
  r->as.rule.bases = b;
}
bool ast_rule_base_all(Node *r, Name output) {
  if (!ast_rule_base(r, output)) return false;
  r->as.rule.to_all = true;
  return true;
}
bool ast_rule_cites(Node *r, const StrList *c) {
  if (r->as.rule.ncites) return false;
  r->as.rule.ncites = c->n;
  r->as.rule.cites = c->items;
  r->as.rule.cite_locs = c->locs;
  return true;
}
bool ast_rule_validity(Node *r, Validity v) {
  if (r->as.rule.validity.has_from || r->as.rule.validity.has_until) return false;
  r->as.rule.validity = v;
  return true;
}
bool ast_rule_when(Node *r, Node *cond) {
  if (r->as.rule.when) return false;
  r->as.rule.when = cond;
  return true;
}
bool ast_rule_then(Node *r, Name target, bool includes, Node *value) {
  if (r->as.rule.value) return false;
  r->as.rule.target = target;
  r->as.rule.includes = includes;
  r->as.rule.value = value;
  return true;
}
bool ast_rule_explain(Node *r, Texts *t) {
  if (r->as.rule.explain) return false;
  r->as.rule.explain = t;
  return true;
}

Node *ast_fn(Name name, Loc loc) { Node *n = ast_new(N_FN, loc); n->as.fn.name = name; return n; }
void  ast_fn_param(Node *fn, Node *f) { nodelist_push(&fn->as.fn.params, f); }
void  ast_fn_finish(Node *fn, Node *ret, bool hu, Node *body, Loc loc) {
  fn->as.fn.ret = ret;
  fn->as.fn.handles_unknown = hu;
  fn->as.fn.body = body;
  fn->loc = loc;
}

Node *ast_const(Name name, Node *type, Node *value, Loc loc) {
  Node *n = ast_new(N_CONST, loc);
  n->as.cnst.name = name;
  n->as.cnst.type = type;
  n->as.cnst.value = value;
  return n;
}

Node *ast_param(Name name, Node *type, Loc loc) {
  Node *n = ast_new(N_PARAMETER, loc);
  n->as.param.name = name;
  n->as.param.type = type;
  return n;
}
bool ast_param_cites(Node *p, const StrList *c) {
  if (p->as.param.ncites) return false;
  p->as.param.ncites = c->n;
  p->as.param.cites = c->items;
  p->as.param.cite_locs = c->locs;
  return true;
}
bool ast_param_label(Node *p, Texts *t) {
  if (p->as.param.label) return false;
  p->as.param.label = t;
  return true;
}
void ast_param_entry(Node *p, ZDate date, Loc date_loc, Node *value) {
  int k = p->as.param.n;
  ZDate *nd = zan_alloc_atomic(sizeof(ZDate) * (size_t)(k + 1));
  Loc *nl = ZAN_NEWN(Loc, k + 1);
  Node **nv = ZAN_NEWN(Node *, k + 1);
  if (k) {
    memcpy(nd, p->as.param.dates, sizeof(ZDate) * (size_t)k);
    memcpy(nl, p->as.param.date_locs, sizeof(Loc) * (size_t)k);
    memcpy(nv, p->as.param.values, sizeof(Node *) * (size_t)k);
  }
  nd[k] = date; nl[k] = date_loc; nv[k] = value;
  p->as.param.dates = nd; p->as.param.date_locs = nl; p->as.param.values = nv;
  p->as.param.n = k + 1;
}

Node *ast_test(const char *name, Loc name_loc, Loc loc) {
  Node *n = ast_new(N_TEST, loc);
  n->as.test.name = name;
  n->as.test.name_loc = name_loc;
  return n;
}
bool ast_test_as_of(Node *t, ZDate d) {
  if (t->as.test.has_as_of) return false;
  t->as.test.has_as_of = true;
  t->as.test.as_of = d;
  return true;
}
void ast_test_given(Node *t, Node *path, Node *value) {
  nodelist_push(&t->as.test.given_paths, path);
  nodelist_push(&t->as.test.given_values, value);
}
void ast_test_expect(Node *t, Node *e, ExpectForm form, Node *arg) {
  int k = t->as.test.expects.n;
  uint8_t *nf = zan_alloc_atomic((size_t)(k + 1));
  Node **na = ZAN_NEWN(Node *, (size_t)(k + 1));
  if (k) { memcpy(nf, t->as.test.expect_form, (size_t)k); memcpy(na, t->as.test.expect_arg, sizeof(Node *) * (size_t)k); }
  nf[k] = (uint8_t)form;
  na[k] = arg;
  t->as.test.expect_form = nf;
  t->as.test.expect_arg = na;
  nodelist_push(&t->as.test.expects, e);
}

/* ---------- names ---------- */

const char *ast_kind_name(NodeKind k) {
  static const char *const names[] = {
    "policy", "article", "enum", "typedef", "fact", "output", "rule", "fn", "const",
    "parameter", "test", "type-name", "type-set", "type-list", "type-record", "field",
    "int", "decimal", "text", "date", "duration", "bool", "unknown", "name", "field-access",
    "call", "unary", "binary", "if", "match", "arm", "quantifier", "set", "list", "error",
  };
  _Static_assert(sizeof names / sizeof names[0] == N_ERROR + 1, "ast_kind_name table");
  return (unsigned)k <= N_ERROR ? names[k] : "?";
}

/* The keyword token an operator is written with (keywords.def), 0 for a symbol. */
int op_keyword(Op op) {
  static const int kw[OP_DIV + 1] = {
    [OP_NOT] = T_NOT, [OP_AND] = T_AND, [OP_OR] = T_OR,
    [OP_IN] = T_IN, [OP_CONTAINS] = T_CONTAINS, [OP_INTERSECTS] = T_INTERSECTS,
  };
  return (unsigned)op <= OP_DIV ? kw[op] : 0;
}

const char *op_text(Op op) {
  static const char *const sym[OP_DIV + 1] = {
    [OP_NEG] = "-", [OP_EQ] = "=", [OP_NE] = "!=", [OP_LT] = "<", [OP_LE] = "<=", [OP_GT] = ">",
    [OP_GE] = ">=", [OP_ADD] = "+", [OP_SUB] = "-", [OP_MUL] = "*", [OP_DIV] = "/",
  };
  if ((unsigned)op > OP_DIV) return "?";
  int tok = op_keyword(op);
  return tok ? lex_keyword_text(tok, 0) : sym[op];
}

/* ---------- S-expression dump ---------- */

static void dump(Buf *b, const Node *n);

static void dump_str(Buf *b, const char *s) {
  buf_push(b, '"');
  for (; s && *s; s++) {
    switch (*s) {
    case '"':  buf_puts(b, "\\\""); break;
    case '\\': buf_puts(b, "\\\\"); break;
    case '\n': buf_puts(b, "\\n"); break;
    case '\t': buf_puts(b, "\\t"); break;
    default:   buf_push(b, *s);
    }
  }
  buf_push(b, '"');
}

static void dump_name(Buf *b, Name n) { buf_puts(b, n.text ? n.text : "<missing>"); }

static void dump_date(Buf *b, ZDate d) {
  char s[11];
  date_format(d, s);
  buf_puts(b, s);
}

static void dump_texts(Buf *b, const char *tag, const Texts *t) {
  if (!t) return;
  buf_printf(b, " (%s", tag);
  for (int i = 0; i < t->n; i++) {
    buf_puts(b, " (");
    dump_name(b, t->items[i].lang);
    if (t->items[i].status.text) { buf_puts(b, " status "); dump_name(b, t->items[i].status); }
    if (t->items[i].source) { buf_puts(b, " source "); dump_str(b, t->items[i].source); }
    buf_push(b, ' ');
    dump_str(b, t->items[i].text);
    if (t->items[i].fingerprint) {
      buf_puts(b, " from ");
      dump_str(b, t->items[i].fingerprint);
    }
    buf_push(b, ')');
  }
  buf_push(b, ')');
}

static void dump_validity(Buf *b, Validity v) {
  if (!v.has_from && !v.has_until) return;
  buf_puts(b, " (in-force ");
  if (v.has_from) dump_date(b, v.from); else buf_push(b, '_');
  if (v.has_until) { buf_push(b, ' '); dump_date(b, v.until); }
  buf_push(b, ')');
}

static void dump_cites(Buf *b, int n, const char *const *cites) {
  if (!n) return;
  buf_puts(b, " (cites");
  for (int i = 0; i < n; i++) { buf_push(b, ' '); dump_str(b, cites[i]); }
  buf_push(b, ')');
}

static void dump_list(Buf *b, const NodeList *l) {
  for (int i = 0; i < l->n; i++) { buf_push(b, ' '); dump(b, l->items[i]); }
}

static void dump(Buf *b, const Node *n) {
  if (!n) { buf_puts(b, "_"); return; }
  switch (n->kind) {
  case N_POLICY:
    buf_puts(b, "(policy "); dump_name(b, n->as.policy.name);
    if (n->as.policy.alias) { buf_puts(b, " (alias "); dump_str(b, n->as.policy.alias); buf_push(b, ')'); }
    if (n->as.policy.version) { buf_puts(b, " (version "); dump_str(b, n->as.policy.version); buf_push(b, ')'); }
    if (n->as.policy.subject) { buf_puts(b, " (subject "); dump(b, n->as.policy.subject); buf_push(b, ')'); }
    if (n->as.policy.as_of) { buf_puts(b, " (as-of "); dump(b, n->as.policy.as_of); buf_push(b, ')'); }
    dump_texts(b, "title", n->as.policy.title);
    for (int i = 0; i < n->as.policy.nstatutes; i++) {
      const StatuteAst *st = &n->as.policy.statutes[i];
      buf_puts(b, " (statute "); dump_str(b, st->act); buf_push(b, ' ');
      dump_name(b, st->lang); buf_push(b, ' '); dump_str(b, st->path); buf_push(b, ')');
    }
    buf_push(b, ')');
    break;
  case N_ARTICLE:
    buf_puts(b, "(article "); dump_str(b, n->as.article.id);
    if (n->as.article.act) { buf_puts(b, " (act "); dump_str(b, n->as.article.act); buf_push(b, ')'); }
    dump_texts(b, "title", n->as.article.title);
    if (n->as.article.status.text) { buf_puts(b, " (status "); dump_name(b, n->as.article.status); buf_push(b, ')'); }
    if (n->as.article.source) { buf_puts(b, " (source "); dump_str(b, n->as.article.source); buf_push(b, ')'); }
    dump_validity(b, n->as.article.validity);
    dump_texts(b, "text", n->as.article.text);
    buf_push(b, ')');
    break;
  case N_ENUM:
    buf_puts(b, "(enum "); dump_name(b, n->as.enm.name);
    if (n->as.enm.ordered) buf_puts(b, " ordered");
    for (int i = 0; i < n->as.enm.n; i++) {
      buf_push(b, ' ');
      if (n->as.enm.members[i].label) {
        buf_push(b, '('); dump_name(b, n->as.enm.members[i].name);
        dump_texts(b, "label", n->as.enm.members[i].label);
        buf_push(b, ')');
      } else dump_name(b, n->as.enm.members[i].name);
    }
    buf_push(b, ')');
    break;
  case N_TYPEDEF:
    buf_puts(b, "(type "); dump_name(b, n->as.typedef_.name); buf_push(b, ' ');
    dump(b, n->as.typedef_.type); buf_push(b, ')');
    break;
  case N_FACT:
    buf_puts(b, n->as.fact.type ? "(fact " : "(fact-group "); dump_name(b, n->as.fact.name);
    if (n->as.fact.type) { buf_push(b, ' '); dump(b, n->as.fact.type); }
    if (n->as.fact.key) { buf_puts(b, " (at "); dump_str(b, n->as.fact.key); buf_push(b, ')'); }
    dump_texts(b, "label", n->as.fact.label);
    dump_texts(b, "ask", n->as.fact.ask);
    dump_list(b, &n->as.fact.children);
    buf_push(b, ')');
    break;
  case N_OUTPUT:
    buf_puts(b, "(output "); dump_name(b, n->as.output.name); buf_push(b, ' ');
    dump(b, n->as.output.type);
    if (n->as.output.combine.text) { buf_puts(b, " (combine "); dump_name(b, n->as.output.combine); buf_push(b, ')'); }
    if (n->as.output.dflt) { buf_puts(b, " (default "); dump(b, n->as.output.dflt); buf_push(b, ')'); }
    if (n->as.output.unit) { buf_puts(b, " (unit "); dump_str(b, n->as.output.unit); buf_push(b, ')'); }
    dump_texts(b, "unit", n->as.output.unit_texts);
    if (n->as.output.rounds) {
      buf_printf(b, " (rounding %lld ", (long long)n->as.output.places);
      dump_name(b, n->as.output.round_mode);
      buf_push(b, ')');
    }
    if (n->as.output.percent) buf_puts(b, " (as-percent)");
    if (n->as.output.unmet_loc.src) {
      buf_puts(b, " (unmet "); dump_name(b, n->as.output.unmet_findings); buf_push(b, ' ');
      dump_name(b, n->as.output.unmet_fn); buf_push(b, ')');
    }
    dump_texts(b, "label", n->as.output.label);
    buf_push(b, ')');
    break;
  case N_RULE:
    buf_puts(b, n->as.rule.is_exception ? "(exception " : "(rule "); dump_name(b, n->as.rule.name);
    if (n->as.rule.base.text) {
      buf_puts(b, n->as.rule.to_all ? " (to all " : " (to ");
      for (int i = 0; i < n->as.rule.nbases; i++) { if (i) buf_push(b, ' '); dump_name(b, n->as.rule.bases[i]); }
      buf_push(b, ')');
    }
    dump_cites(b, n->as.rule.ncites, n->as.rule.cites);
    dump_validity(b, n->as.rule.validity);
    if (n->as.rule.when) { buf_puts(b, " (when "); dump(b, n->as.rule.when); buf_push(b, ')'); }
    if (n->as.rule.value) {
      buf_puts(b, " (then "); dump_name(b, n->as.rule.target);
      buf_puts(b, n->as.rule.includes ? " includes " : " = ");
      dump(b, n->as.rule.value); buf_push(b, ')');
    }
    dump_texts(b, "explain", n->as.rule.explain);
    buf_push(b, ')');
    break;
  case N_FN:
    buf_puts(b, "(fn "); dump_name(b, n->as.fn.name); buf_puts(b, " (");
    for (int i = 0; i < n->as.fn.params.n; i++) {
      if (i) buf_push(b, ' ');
      dump(b, n->as.fn.params.items[i]);
    }
    buf_puts(b, ") "); dump(b, n->as.fn.ret);
    if (n->as.fn.handles_unknown) buf_puts(b, " handles-unknown");
    buf_push(b, ' '); dump(b, n->as.fn.body); buf_push(b, ')');
    break;
  case N_CONST:
    buf_puts(b, "(const "); dump_name(b, n->as.cnst.name); buf_push(b, ' ');
    dump(b, n->as.cnst.type); buf_push(b, ' '); dump(b, n->as.cnst.value); buf_push(b, ')');
    break;
  case N_PARAMETER:
    buf_puts(b, "(parameter "); dump_name(b, n->as.param.name); buf_push(b, ' ');
    dump(b, n->as.param.type);
    dump_cites(b, n->as.param.ncites, n->as.param.cites);
    dump_texts(b, "label", n->as.param.label);
    for (int i = 0; i < n->as.param.n; i++) {
      buf_puts(b, " ("); dump_date(b, n->as.param.dates[i]); buf_push(b, ' ');
      dump(b, n->as.param.values[i]); buf_push(b, ')');
    }
    buf_push(b, ')');
    break;
  case N_TEST:
    buf_puts(b, "(test "); dump_str(b, n->as.test.name);
    if (n->as.test.has_as_of) { buf_puts(b, " (as-of "); dump_date(b, n->as.test.as_of); buf_push(b, ')'); }
    for (int i = 0; i < n->as.test.given_paths.n; i++) {
      buf_puts(b, " (given "); dump(b, n->as.test.given_paths.items[i]); buf_push(b, ' ');
      dump(b, n->as.test.given_values.items[i]); buf_push(b, ')');
    }
    for (int i = 0; i < n->as.test.expects.n; i++) {
      static const char *const form[] = { " (expect ", " (expect-undetermined ", " (expect-needs ", " (expect-at-least " };
      buf_puts(b, form[n->as.test.expect_form[i]]);
      dump(b, n->as.test.expects.items[i]);
      if (n->as.test.expect_arg[i]) { buf_push(b, ' '); dump(b, n->as.test.expect_arg[i]); }
      buf_push(b, ')');
    }
    buf_push(b, ')');
    break;
  case N_TYPE_NAME: dump_name(b, n->as.tname.name); break;
  case N_TYPE_SET:  buf_puts(b, "(set-of "); dump(b, n->as.telem.elem); buf_push(b, ')'); break;
  case N_TYPE_LIST: buf_puts(b, "(list-of "); dump(b, n->as.telem.elem); buf_push(b, ')'); break;
  case N_TYPE_RECORD: buf_puts(b, "(record"); dump_list(b, &n->as.trec.fields); buf_push(b, ')'); break;
  case N_FIELD:
    buf_push(b, '('); dump_name(b, n->as.field.name); buf_push(b, ' ');
    dump(b, n->as.field.type); buf_push(b, ')');
    break;
  case N_INT:  buf_printf(b, "%lld", (long long)n->as.i); break;
  case N_DEC:  buf_puts(b, n->as.text); break;
  case N_TEXT: dump_str(b, n->as.text); break;
  case N_DATE: dump_date(b, n->as.date); break;
  case N_DUR: {
    char s[64];
    dur_iso(n->as.dur, s, sizeof s);
    buf_printf(b, "(duration %s)", s);
    break;
  }
  case N_BOOL:    buf_puts(b, n->as.b ? "true" : "false"); break;
  case N_UNKNOWN: buf_puts(b, "unknown"); break;
  case N_NAME:    dump_name(b, n->as.name.name); break;
  case N_FIELD_ACCESS:
    buf_puts(b, "(. "); dump(b, n->as.access.expr); buf_push(b, ' ');
    dump_name(b, n->as.access.field); buf_push(b, ')');
    break;
  case N_CALL:
    buf_puts(b, "(call "); dump(b, n->as.call.callee);
    for (int i = 0; i < n->as.call.args.n; i++) {
      buf_push(b, ' ');
      if (n->as.call.arg_names && n->as.call.arg_names[i].text) {
        buf_puts(b, "(= "); dump_name(b, n->as.call.arg_names[i]); buf_push(b, ' ');
        dump(b, n->as.call.args.items[i]); buf_push(b, ')');
      } else dump(b, n->as.call.args.items[i]);
    }
    buf_push(b, ')');
    break;
  case N_UNARY:
    buf_printf(b, "(%s ", n->as.unary.op == OP_NEG ? "neg" : op_text(n->as.unary.op));
    dump(b, n->as.unary.e); buf_push(b, ')');
    break;
  case N_BINARY:
    buf_printf(b, "(%s ", op_text(n->as.binary.op));
    dump(b, n->as.binary.l); buf_push(b, ' '); dump(b, n->as.binary.r); buf_push(b, ')');
    break;
  case N_IF:
    buf_puts(b, "(if "); dump(b, n->as.ifx.cond); buf_push(b, ' '); dump(b, n->as.ifx.then_);
    buf_push(b, ' '); dump(b, n->as.ifx.else_); buf_push(b, ')');
    break;
  case N_MATCH:
    buf_puts(b, "(match "); dump(b, n->as.match.scrutinee); dump_list(b, &n->as.match.arms); buf_push(b, ')');
    break;
  case N_ARM:
    if (n->as.arm.is_else) buf_puts(b, "(else");
    else {
      buf_puts(b, "(arm (");
      for (int i = 0; i < n->as.arm.npatterns; i++) {
        if (i) buf_push(b, ' ');
        dump_name(b, n->as.arm.patterns[i]);
      }
      buf_push(b, ')');
    }
    buf_push(b, ' '); dump(b, n->as.arm.body); buf_push(b, ')');
    break;
  case N_QUANT:
    buf_puts(b, n->as.quant.is_all ? "(all " : "(any "); dump_name(b, n->as.quant.var);
    buf_push(b, ' '); dump(b, n->as.quant.coll); buf_push(b, ' '); dump(b, n->as.quant.body);
    buf_push(b, ')');
    break;
  case N_SET_LIT:  buf_puts(b, "(set"); dump_list(b, &n->as.items); buf_push(b, ')'); break;
  case N_LIST_LIT: buf_puts(b, "(list"); dump_list(b, &n->as.items); buf_push(b, ')'); break;
  case N_ERROR:    buf_puts(b, "(error)"); break;
  }
}

char *ast_dump(const Node *n) {
  Buf b;
  buf_init(&b);
  dump(&b, n);
  return buf_cstr(&b);
}

char *ast_dump_file(const File *f) {
  Buf b;
  buf_init(&b);
  buf_puts(&b, "(file");
  if (f->module.text) {
    buf_puts(&b, "\n  (module "); dump_name(&b, f->module);
    dump_validity(&b, f->module_validity);
    buf_push(&b, ')');
  }
  for (int i = 0; i < f->nimports; i++) {
    buf_puts(&b, "\n  (import "); dump_name(&b, f->imports[i]); buf_push(&b, ')');
  }
  for (int i = 0; i < f->decls.n; i++) {
    buf_puts(&b, "\n  ");
    dump(&b, f->decls.items[i]);
  }
  buf_push(&b, ')');
  return buf_cstr(&b);
}
