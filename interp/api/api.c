/* api.c — the C API's policies, parsed fact records, contexts and evaluation (include/zan.h):
 * thin wrappers over load_policy, facts_read and eval_program_reuse, with the state of a run
 * in the caller's zan_ctx. */
#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "api_impl.h"
#include "../../lang/load.h"
#include "../../lang/base/alloc.h"
#include "../facts.h"

static pthread_once_t setup_once = PTHREAD_ONCE_INIT;

void api_enter(void) {
  pthread_once(&setup_once, zan_gc_setup);
  zan_gc_thread_auto();
}

bool api_lang(const char *tag, Lang *out) {
  *out = LANG_EN;
  if (!tag) return true;
  int ok = 0;
  Lang l = lang_parse(tag, &ok);
  if (ok) *out = l;
  return ok != 0;
}

const char *zan_version(void) { return ZAN_VERSION_STRING; }

/* The folder of the file this code was loaded from (libzan.so, or the program linking
 * libzan.a): installed, PREFIX/lib or PREFIX/bin, so PREFIX/share/zan is beside it. */
static const char *library_dir(void) {
  Dl_info info;
  if (!dladdr((void *)zan_policy_load, &info) || !info.dli_fname) return NULL;
  char buf[PATH_MAX];
  if (!realpath(info.dli_fname, buf)) return NULL;
  char *slash = strrchr(buf, '/');
  if (!slash) return NULL;
  return zan_strndup(buf, slash == buf ? 1 : (size_t)(slash - buf));
}

static zan_diags *diags_out(const Diags *d) {
  zan_diags *out = zan_alloc_root(sizeof *out);
  api_diags_from(out, d);
  return out;
}

zan_policy *zan_policy_load(const char *spec, const char *lang, zan_diags **diags) {
  api_enter();
  Lang l;
  bool lang_ok = api_lang(lang, &l);
  Diags d;
  diags_init(&d, l);
  if (diags) *diags = NULL;
  if (!lang_ok) diag_report(&d, DIAG_ERROR, (Loc){0}, E_API_BAD_LANG, lang);
  if (!spec) diag_report(&d, DIAG_ERROR, (Loc){0}, E_API_NO_POLICY);
  if (!spec || !lang_ok) {
    if (diags) *diags = diags_out(&d);
    return NULL;
  }
  LoadOptions o;
  memset(&o, 0, sizeof o);
  o.exe_dir = library_dir();
  o.source_root = ZAN_SOURCE_ROOT;
  o.skip_tests = true;           /* an evaluator never runs a policy's tests */
  Program *p = load_policy(spec, &o, &d);
  if (diags) *diags = diags_out(&d);
  if (!p || diags_has_errors(&d)) return NULL;
  /* Line tables are built on the first message that needs them; build them now, so threads
   * reporting run-time errors at once never race to build one. */
  for (int i = 0; i < p->nmodules; i++)
    if (p->module_srcs[i]) source_line_count(p->module_srcs[i]);
  zan_policy *pol = zan_alloc_root(sizeof *pol);
  pol->p = p;
  receipt_init(&pol->receipt, p, ZAN_VERSION_STRING);
  return pol;
}

void zan_policy_free(zan_policy *p) { if (p) { api_enter(); zan_free_root(p); } }
const char *zan_policy_name(const zan_policy *p) { return p ? p->p->name : NULL; }
const char *zan_policy_alias(const zan_policy *p) { return p ? p->p->alias : NULL; }
const char *zan_policy_version(const zan_policy *p) { return p ? p->p->version : NULL; }
int zan_policy_output_count(const zan_policy *p) { return p ? p->p->noutputs : 0; }

const char *zan_policy_output_name(const zan_policy *p, int output) {
  if (!p || output < 0 || output >= p->p->noutputs) return NULL;
  return p->p->outputs[output].name;
}

int zan_policy_output_index(const zan_policy *p, const char *name) {
  return p && name ? ir_find_output(p->p, name) : -1;
}

/* ---- parsed records ---- */

zan_facts *zan_facts_parse(const zan_policy *pol, const char *json, size_t len, zan_diags **diags) {
  api_enter();
  if (diags) *diags = NULL;
  if (!pol || (!json && len)) return NULL;
  Diags d;
  diags_init(&d, LANG_EN);
  if (len > FACTS_MAX_BYTES) {
    diag_report(&d, DIAG_ERROR, (Loc){0}, E_FACTS_TOO_LARGE, (unsigned)FACTS_MAX_BYTES);
    if (diags) *diags = diags_out(&d);
    return NULL;
  }
  const Source *src = source_from_string("<facts>", json ? json : "", len);
  Val *slots = ZAN_NEWN(Val, pol->p->nslots);
  bool ok = facts_read(pol->p, src, FMT_JSON, slots, &d);
  if (diags) *diags = diags_out(&d);
  if (!ok) return NULL;
  zan_facts *f = zan_alloc_root(sizeof *f);
  f->pol = pol;
  f->src = src;
  f->slots = slots;
  return f;
}

void zan_facts_free(zan_facts *f) { if (f) { api_enter(); zan_free_root(f); } }

/* ---- contexts ---- */

zan_ctx *zan_ctx_new(const zan_policy *pol) {
  if (!pol) return NULL;
  api_enter();
  zan_ctx *c = zan_alloc_root(sizeof *c);
  c->pol = pol;
  c->lang = LANG_EN;
  c->slots = ZAN_NEWN(Val, pol->p->nslots);
  c->receipt = pol->receipt;           /* shares the order tables, which nobody writes */
  buf_init(&c->receipt.canon);
  buf_init(&c->out);
  c->src.path = "<facts>";
  return c;
}

void zan_ctx_free(zan_ctx *c) { if (c) { api_enter(); zan_free_root(c); } }

zan_status zan_ctx_set_lang(zan_ctx *c, const char *lang) {
  Lang l;
  if (!c || !lang || !api_lang(lang, &l)) return ZAN_ERR_USAGE;
  c->lang = l;
  return ZAN_OK;
}

/* A YYYY-MM-DD argument: NULL clears (*has false). */
static zan_status set_date(const char *s, bool *has, ZDate *out) {
  if (!s) { *has = false; return ZAN_OK; }
  ZDate d;
  if (!date_parse(s, strlen(s), &d)) return ZAN_ERR_USAGE;
  *has = true;
  *out = d;
  return ZAN_OK;
}

zan_status zan_ctx_set_as_of(zan_ctx *c, const char *date) {
  return c ? set_date(date, &c->has_as_of, &c->as_of) : ZAN_ERR_USAGE;
}

zan_status zan_ctx_set_today(zan_ctx *c, const char *date) {
  return c ? set_date(date, &c->has_today, &c->today) : ZAN_ERR_USAGE;
}

const zan_diags *zan_ctx_diags(const zan_ctx *c) { return c ? &c->diags : NULL; }

/* ---- evaluation ---- */

/* The diagnostics of one evaluation into c->diags; the empty case (nearly every record) costs
 * nothing. */
static void ctx_diags(zan_ctx *c, const Diags *d) {
  if (d->first) api_diags_from(&c->diags, d);
  else memset(&c->diags, 0, sizeof c->diags);
}

/* Evaluates c->cur (filled) as `zan eval` does one record. */
static zan_status decide(zan_ctx *c) {
  const Program *p = c->pol->p;
  ZDate today = c->has_today ? c->today : date_today((int64_t)time(NULL));
  c->used_as_of = eval_pick_as_of(p, c->cur, c->has_as_of ? &c->as_of : NULL, today);
  c->result = eval_program_reuse(p, c->cur, c->used_as_of, 0, c->lang, c->result);
  c->as_of_text[0] = 0;
  if (c->result->error) {
    const EvalError *err = c->result->error;
    Diags d;
    diags_init(&d, c->lang);
    Diag *g = diag_report(&d, DIAG_ERROR, err->loc, E_CLI_EVAL_ERROR, err->message);
    if (err->loc2.src) diag_add_note(&d, g, err->loc2, N_CLI_OTHER_RULE);
    ctx_diags(c, &d);
    return err->code == ZAN_ERR_RUNTIME || !err->code ? ZAN_ERR_RUNTIME : (zan_status)err->code;
  }
  c->ok = true;
  c->traced = false;
  return ZAN_OK;
}

zan_status zan_eval_json(zan_ctx *c, const char *json, size_t len) {
  if (!c) return ZAN_ERR_USAGE;
  api_enter();
  c->ok = false;
  memset(&c->diags, 0, sizeof c->diags);
  if (!json && len) return ZAN_ERR_USAGE;
  Diags d;
  diags_init(&d, c->lang);
  if (len > FACTS_MAX_BYTES) {
    diag_report(&d, DIAG_ERROR, (Loc){0}, E_FACTS_TOO_LARGE, (unsigned)FACTS_MAX_BYTES);
    ctx_diags(c, &d);
    return ZAN_ERR_FACTS;
  }
  /* The record is copied: text values point into it and must outlive the caller's buffer
   * until the result is read. The buffer is reused, so this costs a memcpy, not a block. */
  if (len + 1 > c->cap) {
    c->cap = len + 1 > 2 * c->cap ? len + 1 : 2 * c->cap;
    c->text = zan_alloc_raw(c->cap);
  }
  if (len) memcpy(c->text, json, len);
  c->text[len] = 0;
  c->src.text = c->text;
  c->src.len = len;
  c->src.lines = NULL;             /* the line table was the previous record's */
  c->src.nlines = 0;
  bool ok = facts_read(c->pol->p, &c->src, FMT_JSON, c->slots, &d);
  ctx_diags(c, &d);
  if (!ok) return ZAN_ERR_FACTS;
  c->cur = c->slots;
  return decide(c);
}

zan_status zan_eval_facts(zan_ctx *c, const zan_facts *f) {
  if (!c) return ZAN_ERR_USAGE;
  api_enter();
  c->ok = false;
  memset(&c->diags, 0, sizeof c->diags);
  if (!f || f->pol->p != c->pol->p) return ZAN_ERR_USAGE;
  c->cur = f->slots;
  return decide(c);
}
