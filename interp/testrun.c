/* testrun.c — runs a policy's `test` blocks and its case folders (tests/<case>/ with a fact
 * file and expect.json, as ../shared/acceptance/run reads them) and says why each failed. */
#include <dirent.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "testrun.h"
#include "eval.h"
#include "facts.h"
#include "render.h"
#include "../lang/ast.h"          /* ExpectForm */
#include "../lang/base/alloc.h"
#include "../lang/base/buf.h"
#include "../lang/base/exitcodes.h"

/* ---- test blocks ---- */

/* The source text of an expression, as written. */
static const char *loc_text(Loc l) {
  if (!l.src || l.end <= l.start || l.end > l.src->len) return "?";
  return zan_strndup(l.src->text + l.start, l.end - l.start);
}

static const char *loc_where(Loc l) {
  if (!l.src) return "?";
  int line, col;
  source_linecol(l.src, l.start, &line, &col);
  return zan_sprintf("%s:%d:%d", l.src->path, line, col);
}

static const char *val_str(Val v, const Type *t) {
  if (v.kind == V_UNKNOWN) return "unknown";
  Buf b; buf_init(&b);
  val_to_text(v, t, &b);
  return buf_cstr(&b);
}

/* Fact paths of slots, ", "-separated ("nothing" for none). */
static const char *paths_text(const Program *p, const int *slots, int n, Lang lang) {
  if (n == 0) return msg_format(N_TEST_NOTHING, lang);
  Buf b; buf_init(&b);
  for (int i = 0; i < n; i++) { if (i) buf_puts(&b, ", "); buf_puts(&b, p->slots[slots[i]]->path); }
  return buf_cstr(&b);
}

/* The facts an unknown expect misses: the unknown facts it reads itself and the `needs` of the
 * undetermined outputs it reads, each once, sorted by path. */
typedef struct Missing { const Program *p; const Val *slots; const Result *r; uint8_t *seen; Vec v; } Missing;
static void missing_add(Missing *m, int slot) {
  if (m->seen[slot]) return;
  m->seen[slot] = 1;
  int *x = ZAN_NEW(int);
  *x = slot;
  vec_push(&m->v, x);
}
static void missing_walk(const IrExpr *e, void *ctx) {
  Missing *m = ctx;
  if (e->op == X_FACT && m->slots[e->as.index].kind == V_UNKNOWN) missing_add(m, e->as.index);
  if (e->op == X_OUTPUT) {
    const OutputResult *R = &m->r->outputs[e->as.index];
    if (!R->decided) for (int i = 0; i < R->nneeds; i++) missing_add(m, R->needs[i]);
  }
}
static int by_path(const void *a, const void *b, void *p) {
  const Program *pr = p;
  return strcmp(pr->slots[**(int *const *)a]->path, pr->slots[**(int *const *)b]->path);
}
static const char *missing_facts(const Program *p, const Val *slots, const Result *r, const IrExpr *e, Lang lang) {
  Missing m = { p, slots, r, zan_alloc_atomic((size_t)p->nslots + 1), {0} };
  memset(m.seen, 0, (size_t)p->nslots + 1);
  ir_walk(e, missing_walk, &m);
  if (m.v.n == 0) return NULL;
  qsort_r(m.v.items, (size_t)m.v.n, sizeof(void *), by_path, (void *)p);
  int *s = ZAN_NEWN(int, (size_t)m.v.n);
  for (int i = 0; i < m.v.n; i++) s[i] = *(int *)m.v.items[i];
  return paths_text(p, s, m.v.n, lang);
}

/* Every member of want is a certain member of have. */
static bool certainly_holds(Val have, Val want) {
  for (uint32_t i = 0; i < want.as.set->n; i++) {
    bool found = false;
    for (uint32_t j = 0; j < have.as.set->n && !found; j++)
      found = !(have.as.set->maybe && have.as.set->maybe[j]) && val_cmp(have.as.set->items[j], want.as.set->items[i]) == 0;
    if (!found) return false;
  }
  return true;
}

/* `expect OUT undetermined needs {…}` and `expect OUT at least V`: what the operator sees of OUT
 * (its value, at_least, needs), NULL when it is as expected. */
static const char *check_output_expect(const Program *p, const Val *slots, const Result *r, const IrExpect *x, Lang lang) {
  const IrOutput *O = &p->outputs[x->output];
  const OutputResult *R = &r->outputs[x->output];
  const char *seen = R->decided
    ? zan_sprintf(msg_format(N_TEST_DECIDED, lang), O->name, val_str(R->value, O->type))
    : zan_sprintf(msg_format(N_TEST_UNDETERMINED_NEEDS, lang), O->name, paths_text(p, R->needs, R->nneeds, lang));
  if (x->form == EXPECT_NEEDS) {
    bool same = !R->decided && R->nneeds == x->nneeds;
    for (int i = 0; same && i < x->nneeds; i++) same = R->needs[i] == x->needs[i];
    if (same) return NULL;
    return zan_sprintf("%s: expect %s undetermined needs {%s}\n    %s", loc_where(x->loc), O->name,
                       x->nneeds ? paths_text(p, x->needs, x->nneeds, lang) : "", seen);
  }
  EvalError *err = NULL;
  Val want = eval_expr_after(p, slots, r, x->value, lang, &err);
  if (err) return zan_sprintf("%s: expect %s at least %s\n    error: %s", loc_where(x->loc), O->name, loc_text(x->value->loc), err->message);
  Val low = R->decided ? R->value : R->at_least;      /* the certain lower bound (members) */
  bool ok = false;
  if (low.kind != V_UNKNOWN && want.kind != V_UNKNOWN) {
    if (O->type && O->type->kind == T_SET) ok = low.kind == V_SET && want.kind == V_SET && certainly_holds(low, want);
    else ok = val_cmp(low, want) >= 0;
  }
  if (ok) return NULL;
  const char *bound = !R->decided && R->at_least.kind != V_UNKNOWN
    ? zan_sprintf("\n    %s", zan_sprintf(msg_format(N_TEST_AT_LEAST_IS, lang), O->name, val_str(R->at_least, O->type)))
    : "";
  return zan_sprintf("%s: expect %s at least %s\n    %s%s", loc_where(x->loc), O->name, loc_text(x->value->loc), seen, bound);
}

static bool is_comparison(int op) {
  return op == X_EQ || op == X_NE || op == X_LT || op == X_LE || op == X_GT || op == X_GE ||
         op == X_IN || op == X_CONTAINS || op == X_SUBSET || op == X_INTERSECTS;
}

/* What a failed `expect E` found: each non-constant side of a comparison with its value,
 * or the value of E itself. */
static const char *explain_expect(const Program *p, const Val *slots, const Result *r,
                                  const IrExpr *e, Val got, Lang lang) {
  Buf b; buf_init(&b);
  if (is_comparison(e->op)) {
    const IrExpr *side[2] = { e->as.bin.l, e->as.bin.r };
    for (int i = 0; i < 2; i++) {
      if (side[i]->op == X_CONST) continue;
      EvalError *err = NULL;
      Val v = eval_expr_after(p, slots, r, side[i], lang, &err);
      if (b.len) buf_puts(&b, "\n");
      if (err) buf_printf(&b, "    %s: error: %s", loc_text(side[i]->loc), err->message);
      else {
        buf_puts(&b, "    ");
        buf_printf(&b, msg_format(N_TEST_VALUE_IS, lang), loc_text(side[i]->loc), val_str(v, side[i]->type));
      }
    }
    const IrExpr *k = e->as.bin.l->op == X_CONST ? e->as.bin.l : e->as.bin.r->op == X_CONST ? e->as.bin.r : NULL;
    if (k && e->op == X_EQ) buf_printf(&b, msg_format(N_TEST_EXPECTED, lang), val_str(k->as.k, k->type));
  }
  if (!b.len) {
    buf_puts(&b, "    ");
    buf_printf(&b, msg_format(N_TEST_VALUE_IS, lang), loc_text(e->loc), val_str(got, e->type));
  }
  if (got.kind == V_UNKNOWN) {
    const char *miss = missing_facts(p, slots, r, e, lang);
    if (miss) buf_printf(&b, "\n    %s", zan_sprintf(msg_format(N_TEST_MISSING, lang), miss));
    else buf_printf(&b, "\n    %s", msg_format(N_TEST_EXPECT_UNKNOWN, lang));
  }
  return buf_cstr(&b);
}

static void mark_applied(const Result *r, bool *rule_applied) {
  if (!rule_applied) return;
  for (int i = 0; i < r->noutputs; i++)
    for (int j = 0; j < r->outputs[i].ntrace; j++)
      if (r->outputs[i].trace[j].status == TR_APPLIED) rule_applied[r->outputs[i].trace[j].rule] = true;
}

static TestOutcome run_block(const Program *p, const IrTest *t, const TestRunOptions *o, bool *rule_applied) {
  TestOutcome out = { .name = t->name, .where = loc_where(t->loc), .is_case = false, .passed = true };
  Val *slots = ZAN_NEWN(Val, p->nslots + 1);
  for (int i = 0; i < p->nslots; i++) slots[i] = val_unknown();
  for (int i = 0; i < t->ngivens; i++) slots[t->given_slots[i]] = t->given_values[i];
  ZDate as_of = t->has_as_of ? t->as_of : eval_pick_as_of(p, slots, NULL, o->today);
  Result *r = eval_program_limited(p, slots, as_of, EVAL_TRACE, o->lang, o->max_steps ? o->max_steps : EVAL_MAX_STEPS);
  Vec probs = {0};
  if (r->error) {
    vec_push(&probs, zan_sprintf(msg_format(N_TEST_EVAL_STOPPED, o->lang), loc_where(r->error->loc), r->error->message));
  } else {
    mark_applied(r, rule_applied);
    for (int i = 0; i < t->nexpects; i++) {
      const IrExpect *x = &t->expects[i];
      if (x->form == EXPECT_NEEDS || x->form == EXPECT_AT_LEAST) {
        if (x->output < 0) continue;
        const char *why = check_output_expect(p, slots, r, x, o->lang);
        if (why) vec_push(&probs, (char *)why);
        continue;
      }
      if (!x->expr) {
        const OutputResult *res = &r->outputs[x->output];
        if (!res->decided) continue;
        vec_push(&probs, zan_sprintf("%s: expect %s undetermined\n    %s", loc_where(x->loc), p->outputs[x->output].name,
                                     zan_sprintf(msg_format(N_TEST_DECIDED, o->lang), p->outputs[x->output].name,
                                                 val_str(res->value, p->outputs[x->output].type))));
        continue;
      }
      EvalError *err = NULL;
      Val v = eval_expr_after(p, slots, r, x->expr, o->lang, &err);
      if (err) {
        vec_push(&probs, zan_sprintf("%s: expect %s\n    error: %s", loc_where(x->loc), loc_text(x->expr->loc), err->message));
        continue;
      }
      if (v.kind == V_BOOL && v.as.b) continue;
      vec_push(&probs, zan_sprintf("%s: expect %s\n%s", loc_where(x->loc), loc_text(x->expr->loc),
                                   explain_expect(p, slots, r, x->expr, v, o->lang)));
    }
  }
  out.nproblems = probs.n;
  out.problems = (const char **)probs.items;
  out.passed = probs.n == 0;
  return out;
}

/* ---- case folders ----
 * Decisions are compared as the CLI prints them: the rendered decision object and the
 * expected values both pass through the canonical JSON writer, then values are compared as
 * text. The walker below reads only that canonical, compact form. */

/* The end of the JSON value starting at s (canonical compact text). */
static const char *json_skip(const char *s) {
  if (*s == '"') {
    for (s++; *s && *s != '"'; s++)
      if (*s == '\\' && s[1]) s++;
    return *s ? s + 1 : s;
  }
  if (*s == '{' || *s == '[') {
    int depth = 0;
    do {
      if (*s == '"') { s = json_skip(s); continue; }
      if (*s == '{' || *s == '[') depth++;
      else if (*s == '}' || *s == ']') depth--;
      s++;
    } while (*s && depth > 0);
    return s;
  }
  while (*s && *s != ',' && *s != '}' && *s != ']') s++;
  return s;
}

/* The value of key in the object at obj, as a copied text, or NULL. */
static const char *json_get(const char *obj, const char *key) {
  if (!obj || *obj != '{') return NULL;
  size_t kn = strlen(key);
  const char *s = obj + 1;
  while (*s == '"') {
    const char *k = s + 1;
    const char *ke = json_skip(s);
    bool match = (size_t)(ke - 1 - k) == kn && memcmp(k, key, kn) == 0;
    s = ke;
    if (*s == ':') s++;
    const char *ve = json_skip(s);
    if (match) return zan_strndup(s, (size_t)(ve - s));
    s = ve;
    if (*s == ',') s++;
  }
  return NULL;
}

/* The keys of an object / the string items of an array, in order. */
static int json_members(const char *v, bool keys, const char ***out) {
  Vec items = {0};
  if (v && (*v == '{' || *v == '[')) {
    const char *s = v + 1;
    while (*s && *s != '}' && *s != ']') {
      const char *e = json_skip(s);
      if (*s == '"' && (keys || e[0] != ':')) vec_push(&items, zan_strndup(s + 1, (size_t)(e - s - 2)));
      s = e;
      if (keys && *s == ':') s = json_skip(s + 1);
      if (*s == ',') s++;
    }
  }
  *out = (const char **)items.items;
  return items.n;
}

static const char *canonical(const Source *src, FactFormat fmt, Diags *d) {
  Buf b; buf_init(&b);
  if (!facts_canonical(src, fmt, false, &b, d)) return NULL;
  while (b.len && (b.data[b.len - 1] == '\n' || b.data[b.len - 1] == ' ')) b.len--;
  return buf_cstr(&b);
}

static const char *read_text(const char *path) {
  const char *err = NULL;
  Source *s = source_read_file(path, &err);
  return s ? s->text : NULL;
}

static bool exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0;
}

/* Python's \d \s \w in the case's stderr pattern, in POSIX ERE. */
static const char *posix_regex(const char *pat) {
  Buf b; buf_init(&b);
  for (const char *s = pat; *s; s++) {
    if (*s == '\\' && s[1]) {
      const char *rep = s[1] == 'd' ? "[0-9]" : s[1] == 's' ? "[[:space:]]" : s[1] == 'w' ? "[[:alnum:]_]" : NULL;
      if (rep) { buf_puts(&b, rep); s++; continue; }
      buf_push(&b, *s++);
    }
    buf_push(&b, *s);
  }
  return buf_cstr(&b);
}

static const char *trim(const char *s) {
  while (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t' || s[n - 1] == '\r')) n--;
  return zan_strndup(s, n);
}

/* Reads a case's facts and evaluates them as `zan eval` would, messages in lang: the exit
 * code, the result (NULL when the facts are bad) and the messages as `zan eval` prints them. */
static const char *case_run(const Program *p, const Source *src, const char *facts, const ZDate *as_of,
                            const TestRunOptions *o, Lang lang, Val *slots, Result **rp, int *codep) {
  Diags d;
  diags_init(&d, lang);
  int code = ZAN_EXIT_OK;
  Result *r = NULL;
  if (!facts_read(p, src, facts_format_for(facts), slots, &d)) {
    code = ZAN_EXIT_FACTS;
  } else {
    ZDate when = eval_pick_as_of(p, slots, as_of, o->today);
    r = eval_program_limited(p, slots, when, EVAL_TRACE, lang, o->max_steps ? o->max_steps : EVAL_MAX_STEPS);
    if (r->error) {
      code = r->error->code ? r->error->code : ZAN_EXIT_RUNTIME;
      diag_report(&d, DIAG_ERROR, r->error->loc, E_CLI_EVAL_ERROR, r->error->message);
    }
  }
  char *errtext = NULL;
  size_t errlen = 0;
  FILE *mem = open_memstream(&errtext, &errlen);
  if (mem) { diags_print(&d, mem, false); fclose(mem); }
  const char *msgs = errtext ? zan_strdup(errtext) : "";
  free(errtext);
  *rp = r;
  *codep = code;
  return msgs;
}

TestOutcome testrun_case(const Program *p, const char *dir, const TestRunOptions *o, bool *rule_applied) {
  const char *base = strrchr(dir, '/');
  TestOutcome out = { .name = base ? base + 1 : dir, .where = dir, .is_case = true, .passed = false };
  Vec probs = {0};
  Lang lang = o->lang;
#define FAIL(...) do { vec_push(&probs, zan_sprintf(__VA_ARGS__)); goto done; } while (0)
  const char *facts = zan_sprintf("%s/facts.json", dir);
  if (!exists(facts)) facts = zan_sprintf("%s/facts.yaml", dir);
  if (!exists(facts)) FAIL("%s", msg_format(N_TEST_NO_FACTS, lang));
  int want_exit = 0;
  const char *exit_text = read_text(zan_sprintf("%s/exit", dir));
  if (exit_text) want_exit = atoi(exit_text);
  bool has_as_of = false;
  ZDate as_of = 0;
  const char *args = read_text(zan_sprintf("%s/args", dir));
  if (args) {
    args = trim(args);
    char word[32], date[64];
    int n = 0;
    if (*args && !(sscanf(args, "%31s %63s %n", word, date, &n) == 2 && strcmp(word, "--as-of") == 0 &&
                   args[n] == 0 && date_parse(date, strlen(date), &as_of)))
      FAIL(msg_format(N_TEST_BAD_ARGS, lang), args);
    has_as_of = *args != 0;
  }

  const char *err = NULL;
  bool too_large;   /* the fact file's size limit, checked before reading as zan eval does */
  Source *src = source_read_file_max(facts, FACTS_MAX_BYTES, &err, &too_large);
  if (too_large) err = zan_sprintf(msg_format(E_FACTS_TOO_LARGE, lang), (unsigned)FACTS_MAX_BYTES);
  if (!src) FAIL(msg_format(N_TEST_CANNOT_READ, lang), facts, err ? err : "?");
  Val *slots = ZAN_NEWN(Val, p->nslots + 1);
  int code = ZAN_EXIT_OK;
  Result *r = NULL;
  const char *msgs = case_run(p, src, facts, has_as_of ? &as_of : NULL, o, lang, slots, &r, &code);
  if (code != want_exit)
    FAIL("%s%s%s", zan_sprintf(msg_format(N_TEST_EXIT, lang), code, want_exit), *msgs ? "; stderr:\n" : "", msgs);
  if (code != ZAN_EXIT_OK) {
    const char *pat = read_text(zan_sprintf("%s/stderr", dir));
    if (pat) {
      regex_t re;
      if (regcomp(&re, posix_regex(trim(pat)), REG_EXTENDED | REG_NOSUB) != 0)
        FAIL(msg_format(N_TEST_BAD_PATTERN, lang), trim(pat));
      int m = regexec(&re, msgs, 0, NULL, 0);
      /* patterns are written against the English messages (../shared/acceptance/run reads the
       * same case folders): in another language a case passes when either text matches */
      if (m != 0 && lang != LANG_EN) {
        Result *r_en;
        int code_en;
        m = regexec(&re, case_run(p, src, facts, has_as_of ? &as_of : NULL, o, LANG_EN,
                                  ZAN_NEWN(Val, p->nslots + 1), &r_en, &code_en), 0, NULL, 0);
      }
      regfree(&re);
      if (m != 0) FAIL(msg_format(N_TEST_NO_MATCH, lang), trim(pat), msgs);
    }
    out.passed = true;
    goto done;
  }
  mark_applied(r, rule_applied);

  /* expected */
  const char *expect_path = zan_sprintf("%s/expect.json", dir);
  Source *esrc = source_read_file(expect_path, &err);
  if (!esrc) FAIL(msg_format(N_TEST_CANNOT_READ, lang), expect_path, err ? err : "?");
  Diags ed;
  diags_init(&ed, o->lang);
  const char *want = canonical(esrc, FMT_JSON, &ed);
  if (!want) FAIL(msg_format(N_TEST_NOT_JSON, lang), expect_path, ed.first ? ed.first->text : "?");

  /* got: the decision object as `zan eval --format json` prints it */
  RenderOptions ro = { .pretty = false, .explain = false, .lang = o->lang };
  Buf rendered; buf_init(&rendered);
  render_json(p, slots, r, &ro, &rendered);
  Diags gd;
  diags_init(&gd, o->lang);
  const char *got = canonical(source_from_string("<decision>", buf_cstr(&rendered), rendered.len), FMT_JSON, &gd);
  if (!got) FAIL(msg_format(N_TEST_RENDER_NOT_JSON, lang), buf_cstr(&rendered));
  const char *got_dec = json_get(got, "decisions"), *got_und = json_get(got, "undetermined");

  const char *want_dec = json_get(want, "decisions");
  const char **keys;
  int nkeys = json_members(want_dec, true, &keys);
  for (int i = 0; i < nkeys; i++) {
    const char *w = json_get(want_dec, keys[i]);
    const char *g = json_get(got_dec, keys[i]);
    if (!g) vec_push(&probs, zan_sprintf(msg_format(N_TEST_DECISION_ABSENT, lang), keys[i], w));
    else if (strcmp(g, w) != 0) vec_push(&probs, zan_sprintf(msg_format(N_TEST_DECISION_DIFFERS, lang), keys[i], g, w));
  }
  const char **und;
  int nund = json_members(json_get(want, "undetermined"), false, &und);
  for (int i = 0; i < nund; i++) {
    const char *u = json_get(got_und, und[i]);
    const char *g = json_get(got_dec, und[i]);
    if (!u || (g && strcmp(g, "null") != 0))
      vec_push(&probs, g ? zan_sprintf(msg_format(N_TEST_SHOULD_BE_UNDETERMINED, lang), und[i], g)
                        : zan_sprintf(msg_format(N_TEST_SHOULD_BE_UNDETERMINED_ABSENT, lang), und[i]));
    else {
      const char *needs = json_get(u, "needs");
      if (!needs || strcmp(needs, "[]") == 0) vec_push(&probs, zan_sprintf(msg_format(N_TEST_NO_NEEDS, lang), und[i]));
    }
  }
  const char *want_least = json_get(want, "at_least");
  nkeys = json_members(want_least, true, &keys);
  for (int i = 0; i < nkeys; i++) {
    const char *w = json_get(want_least, keys[i]);
    const char *g = json_get(json_get(got_und, keys[i]), "at_least");
    if (!g || strcmp(g, w) != 0)
      vec_push(&probs, zan_sprintf(msg_format(N_TEST_AT_LEAST, lang), keys[i], g ? g : msg_format(N_TEST_ABSENT, lang), w));
  }
  out.passed = probs.n == 0;
done:
#undef FAIL
  out.nproblems = probs.n;
  out.problems = (const char **)probs.items;
  return out;
}

static int cmp_names(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

TestReport *testrun_policy(const Program *p, const TestRunOptions *o) {
  TestReport *rep = ZAN_NEW(TestReport);
  rep->rule_applied = ZAN_NEWN(bool, p->nrules + 1);
  Vec cases = {0};
  const char *dir = o->cases_dir ? o->cases_dir : p->dir ? zan_sprintf("%s/tests", p->dir) : NULL;
  DIR *dh = dir ? opendir(dir) : NULL;
  if (dh) {
    struct dirent *de;
    while ((de = readdir(dh))) {
      if (de->d_name[0] == '.') continue;
      const char *sub = zan_sprintf("%s/%s", dir, de->d_name);
      struct stat st;
      if (stat(sub, &st) == 0 && S_ISDIR(st.st_mode)) vec_push(&cases, (void *)sub);
    }
    closedir(dh);
  }
  if (cases.n) qsort(cases.items, (size_t)cases.n, sizeof(void *), cmp_names);
  rep->outcomes = ZAN_NEWN(TestOutcome, p->ntests + cases.n + 1);
  for (int i = 0; i < p->ntests + cases.n; i++) {
    bool *applied = ZAN_NEWN(bool, p->nrules + 1);
    TestOutcome t = i < p->ntests ? run_block(p, &p->tests[i], o, applied)
                                  : testrun_case(p, cases.items[i - p->ntests], o, applied);
    t.applied = applied;
    for (int r = 0; r < p->nrules; r++) rep->rule_applied[r] |= applied[r];
    rep->outcomes[rep->noutcomes++] = t;
  }
  for (int i = 0; i < rep->noutcomes; i++) {
    if (rep->outcomes[i].passed) rep->passed++;
    else rep->failed++;
  }
  return rep;
}
