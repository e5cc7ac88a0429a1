/* verify.c — `zan verify DECISION.json FACTS [--policy P]`: re-evaluates the facts under the
 * policy and date the decision's receipt names, and lists every field that differs. */
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "../eval.h"
#include "../facts.h"
#include "../receipt.h"
#include "../render.h"
#include "../../lang/base/alloc.h"
#include "../../lang/base/buf.h"

/* The member key of an object, or NULL. */
static const FNode *member(const FNode *o, const char *key) {
  if (!o || o->kind != FN_OBJ) return NULL;
  size_t n = strlen(key);
  for (uint32_t i = 0; i < o->n; i++)
    if (o->klens[i] == n && memcmp(o->keys[i], key, n) == 0) return o->items[i];
  return NULL;
}
static const char *str_of(const FNode *v) {
  return v && v->kind == FN_STR ? zan_strndup(v->s, v->len) : NULL;
}

/* A value as compact JSON, shortened for a message. */
static const char *shown(const FNode *v) {
  Buf b;
  buf_init(&b);
  facts_print_tree(v, false, &b);
  const char *s = buf_cstr(&b);
  return b.len > 120 ? zan_sprintf("%.100s… (%zu bytes)", s, b.len) : s;
}

static bool same(const FNode *a, const FNode *b) {
  if (a->kind != b->kind) return false;
  switch (a->kind) {
  case FN_NULL: return true;
  case FN_BOOL: return a->b == b->b;
  case FN_NUM: case FN_STR: return a->len == b->len && memcmp(a->s, b->s, a->len) == 0;
  case FN_ARR:
    if (a->n != b->n) return false;
    for (uint32_t i = 0; i < a->n; i++) if (!same(a->items[i], b->items[i])) return false;
    return true;
  default:
    if (a->n != b->n) return false;
    for (uint32_t i = 0; i < a->n; i++) {
      const FNode *o = member(b, zan_strndup(a->keys[i], a->klens[i]));
      if (!o || !same(a->items[i], o)) return false;
    }
    return true;
  }
}

/* What is not compared: the explanation and articles (texts in the decision's --lang), and an
 * amount's text (its --lang too; the amount's rounded value is compared). */
static bool not_compared(const char *path, const char *k) {
  if (!path) return strcmp(k, "explanation") == 0 || strcmp(k, "articles") == 0;
  return strncmp(path, "amounts.", 8) == 0 && !strchr(path + 8, '.') && strcmp(k, "text") == 0;
}

/* Lists the differences under path: want is the re-evaluation's, got the decision file's.
 * Objects are compared member by member (so the message names the field); anything else as
 * a whole. Returns how many. */
static int diff(const char *path, const FNode *want, const FNode *got, Buf *out) {
  if (want && got && want->kind == FN_OBJ && got->kind == FN_OBJ) {
    int n = 0;
    for (uint32_t i = 0; i < want->n; i++) {
      const char *k = zan_strndup(want->keys[i], want->klens[i]);
      if (not_compared(path, k)) continue;
      n += diff(path ? zan_sprintf("%s.%s", path, k) : k, want->items[i], member(got, k), out);
    }
    for (uint32_t i = 0; i < got->n; i++) {
      const char *k = zan_strndup(got->keys[i], got->klens[i]);
      if (member(want, k)) continue;
      if (not_compared(path, k)) continue;
      n += diff(path ? zan_sprintf("%s.%s", path, k) : k, NULL, got->items[i], out);
    }
    return n;
  }
  if (want && got && same(want, got)) return 0;
  if (!got) buf_printf(out, "%s\n", zan_sprintf(msg_format(N_VERIFY_MISSING, cli_msg_lang), path, shown(want)));
  else if (!want) buf_printf(out, "%s\n", zan_sprintf(msg_format(N_VERIFY_EXTRA, cli_msg_lang), path, shown(got)));
  else buf_printf(out, "%s\n", zan_sprintf(msg_format(N_VERIFY_DIFF, cli_msg_lang), path, shown(want), shown(got)));
  return 1;
}

static int run_verify(const CliArgs *a, const CliEnv *env) {
  const char *dpath = a->pos[0], *fpath = a->pos[1];
  const char *why = NULL;
  Source *ds = source_read_file(dpath, &why);
  if (!ds) { cli_error(E_CLI_CANNOT_READ, dpath, why ? why : "?"); return ZAN_EXIT_FACTS; }
  Diags d;
  diags_init(&d, env->lang);
  FNode *got = facts_json_tree(ds, &d);
  if (!got) { diags_print(&d, stderr, env->color); return ZAN_EXIT_FACTS; }
  const FNode *rcpt = member(got, "receipt");
  if (got->kind != FN_OBJ || (!member(got, "decisions") && !member(got, "error"))) {
    cli_error(E_VERIFY_NOT_DECISION, dpath);
    return ZAN_EXIT_FACTS;
  }
  if (!rcpt || rcpt->kind != FN_OBJ) { cli_error(E_VERIFY_NO_RECEIPT, dpath); return ZAN_EXIT_FACTS; }
  const char *as_of_s = str_of(member(rcpt, "as_of"));
  ZDate as_of;
  if (!as_of_s || !date_parse(as_of_s, strlen(as_of_s), &as_of)) {
    cli_error(E_VERIFY_RECEIPT_FIELD, dpath, "as_of", "YYYY-MM-DD");
    return ZAN_EXIT_FACTS;
  }
  const char *spec = cli_opt(a, "policy");
  if (!spec) spec = str_of(member(member(rcpt, "policy"), "alias"));
  if (!spec) return cli_usage_error(a->verb, E_VERIFY_NO_ALIAS, dpath);

  CliEnv env_eval = *env;
  env_eval.load.skip_tests = true;
  Program *p = cli_load_policy(spec, &env_eval, NULL, NULL);
  if (!p) return ZAN_EXIT_POLICY;
  Source *fs = source_read_file(fpath, &why);
  if (!fs) { cli_error(E_CLI_CANNOT_READ, fpath, why ? why : "?"); return ZAN_EXIT_FACTS; }
  Val *slots = ZAN_NEWN(Val, p->nslots + 1);
  Diags fd;
  diags_init(&fd, env->lang);
  bool ok = facts_read(p, fs, facts_format_for(fpath), slots, &fd);
  diags_print(&fd, stderr, env->color);
  if (!ok) return ZAN_EXIT_FACTS;

  Result *r = eval_program(p, slots, as_of, 0, env->lang);
  Receipt rc;
  receipt_init(&rc, p, ZAN_VERSION);
  receipt_facts(&rc, p, slots);
  RenderOptions ro = { .lang = env->lang, .receipt = &rc };
  Buf mine;
  buf_init(&mine);
  render_json(p, slots, r, &ro, &mine);
  Diags md;
  diags_init(&md, env->lang);
  FNode *want = facts_json_tree(source_from_string("<re-evaluation>", mine.data, mine.len), &md);
  if (!want) { diags_print(&md, stderr, env->color); return ZAN_EXIT_INTERNAL; }

  /* a decision made by another zan is checked all the same: its version is only noted */
  const char *theirs = str_of(member(rcpt, "zan_version"));
  if (theirs && strcmp(theirs, ZAN_VERSION) != 0) cli_warning(W_VERIFY_ZAN_VERSION, theirs, ZAN_VERSION);
  FNode *rw = (FNode *)member(want, "receipt");
  if (rw && theirs) {   /* (so that zan_version is not a difference) */
    FNode *v = (FNode *)member(rw, "zan_version");
    if (v) { v->s = theirs; v->len = (uint32_t)strlen(theirs); }
  }
  Buf out;
  buf_init(&out);
  int n = diff(NULL, want, got, &out);
  cli_flush(&out);
  if (n) {
    fprintf(stderr, "%s\n", zan_sprintf(msg_format(N_VERIFY_FAILED, cli_msg_lang), dpath, n));
    return ZAN_EXIT_FAIL;
  }
  printf("%s\n", zan_sprintf(msg_format(N_VERIFY_OK, cli_msg_lang), dpath, spec, rc.policy_sha256, rc.facts_sha256,
                             as_of_s));
  return ZAN_EXIT_OK;
}

static const CliOpt verify_opts[] = {
  { "policy", 0, "POLICY", "the policy to re-evaluate with (default: the receipt's alias)" },
  CLI_OPT_LANG_MESSAGES,
  { NULL, 0, NULL, NULL }
};

const CliVerb cli_verb_verify = {
  "verify", "DECISION.json FACTS [--policy POLICY]",
  "re-evaluate a decision from its receipt and say whether it matches",
  "DECISION.json is one decision object of `zan eval` (with its \"receipt\"). The facts are read\n"
  "and evaluated again under the policy the receipt names (its alias, or --policy) as of the\n"
  "receipt's date; the new decision object is compared with the given one field by field:\n"
  "policy, version, as_of, subject, decisions, undetermined and every receipt field (policy_sha256:\n"
  "the policy's sources; facts_sha256: the facts' canonical form), and each amount's rounded\n"
  "value. \"explanation\" and an amount's text (both in the decision's --lang) are not\n"
  "compared; another zan_version is only a warning. Each difference is printed as\n"
  "`FIELD: expected RE-EVALUATED, found IN THE DECISION`.\n"
  "exit: 0 they match, 1 differences (listed on stdout), 2 usage, 3 unreadable or bad\n"
  "decision or facts, 4 policy error.\n",
  verify_opts, 2, 2, run_verify
};
