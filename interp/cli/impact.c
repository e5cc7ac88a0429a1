/* impact.c — `zan impact OLD NEW [FACTS…]`: what an amendment changes. Reads the command line,
 * loads both policies (PATH@REV through policy_rev.c), reads each fact file or JSON Lines record
 * into both, and prints interp/impact.h's report; without FACTS, the static version. */
#include <string.h>
#include "cli.h"
#include "policy_rev.h"
#include "../impact.h"
#include "../facts.h"
#include "../../lang/base/alloc.h"
#include "../../lang/base/buf.h"

typedef struct ImpactRun {
  const Program *old, *new_;
  const CliEnv  *env;
  Lang           lang;
  CliDate        date;
  ImpactReport   rep;
  Val           *sa, *sb;
} ImpactRun;

/* The first error of d as "file:line:col: text" (the record's line for JSON Lines). */
static const char *first_error(const Diags *d, const char *file, int line) {
  for (const Diag *g = d->first; g; g = g->next) {
    if (g->level != DIAG_ERROR) continue;
    int l = 0, col = 0;
    if (g->loc.src) source_linecol(g->loc.src, g->loc.start, &l, &col);
    const char *path = g->path && *g->path ? zan_sprintf("%s: ", g->path) : "";
    return zan_sprintf("%s:%d:%d: %s%s", file, line > 0 ? line : l, col, path, g->text);
  }
  return "?";
}

/* One record: text[off, off+len) of src (a whole file: off 0, len src->len, line 0). */
static bool compare_one(ImpactRun *r, const Source *src, size_t off, size_t len, FactFormat fmt,
                        const char *file, int line) {
  Diags d;
  diags_init(&d, r->env->lang);
  bool whole = line == 0;
  bool ok = whole ? facts_read(r->old, src, fmt, r->sa, &d)
                  : facts_read_json_range(r->old, src, off, len, r->sa, &d);
  if (ok) ok = whole ? facts_read(r->new_, src, fmt, r->sb, &d)
                     : facts_read_json_range(r->new_, src, off, len, r->sb, &d);
  /* a field one of the two policies does not know is what amendments do: errors only */
  diags_print_some(&d, stderr, r->env->color, false);
  ImpactEntry e = { file, line, NULL, { 0 } };
  if (!ok) {
    e.error = first_error(&d, file, line);
    impact_report_add(&r->rep, e);
    return false;
  }
  e.d = impact_compare(r->old, r->sa, r->new_, r->sb, r->date.has_as_of ? &r->date.as_of : NULL,
                       r->date.today, r->lang);
  if (e.d.changed) impact_report_add(&r->rep, e);
  else r->rep.unchanged++;
  return true;
}

static bool is_jsonl_name(const char *path) {
  size_t n = strlen(path);
  return n > 6 && strcmp(path + n - 6, ".jsonl") == 0;
}

/* A fact file, or each non-blank line of a JSON Lines file. Returns the exit code. */
static int compare_input(ImpactRun *r, const char *path, bool jsonl) {
  const char *why = NULL;
  bool too_large = false;
  Source *src = source_read_file_max(path, FACTS_MAX_BYTES, &why, &too_large);
  Lang l = r->env->lang;
  if (too_large) why = zan_sprintf(msg_format(E_FACTS_TOO_LARGE, l), (unsigned)FACTS_MAX_BYTES);
  if (!src) {
    cli_error(E_CLI_CANNOT_READ, path, why ? why : "?");
    const char *msg = zan_sprintf(msg_format(N_CLI_CANNOT_READ, l), why ? why : "?");
    ImpactEntry e = { path, 0, msg, { 0 } };
    impact_report_add(&r->rep, e);
    return ZAN_EXIT_FACTS;
  }
  if (!jsonl && !is_jsonl_name(path)) {
    bool ok = compare_one(r, src, 0, src->len, facts_format_for(path), src->path, 0);
    return ok ? ZAN_EXIT_OK : ZAN_EXIT_FACTS;
  }
  int rc = ZAN_EXIT_OK, line = 0;
  for (size_t at = 0; at < src->len;) {
    const char *nl = memchr(src->text + at, '\n', src->len - at);
    size_t end = nl ? (size_t)(nl - src->text) : src->len, len = end - at;
    line++;
    size_t k = 0;
    while (k < len && strchr(" \t\r", src->text[at + k])) k++;
    if (k < len && !compare_one(r, src, at, len, FMT_JSON, src->path, line)) rc = ZAN_EXIT_FACTS;
    at = end + 1;
  }
  return rc;
}

static int run_impact2(const CliArgs *a, const CliEnv *env, const char **tmp) {
  ImpactRun r;
  memset(&r, 0, sizeof r);
  r.env = env;
  int usage = ZAN_EXIT_OK;
  const char *fmt = cli_opt(a, "format");
  bool json = fmt && strcmp(fmt, "json") == 0, jsonl = cli_flag(a, "jsonl");
  if (fmt && !json && strcmp(fmt, "text") != 0)
    usage = cli_usage_error(a->verb, E_CLI_BAD_FORMAT, fmt);
  if (!cli_pick_lang(a, env, &r.lang)) usage = ZAN_EXIT_USAGE;
  if (!cli_pick_date(a, &r.date)) usage = ZAN_EXIT_USAGE;
  int nfiles = a->npos - 2;
  const char **files = a->pos + 2;
  static const char *stdin_only[] = { "-" };
  if (nfiles == 0 && jsonl) { files = stdin_only; nfiles = 1; }   /* a stream defaults to stdin */
  for (int i = 0, seen = 0; i < nfiles; i++)
    if (strcmp(files[i], "-") == 0 && seen++) {
      usage = cli_usage_error(a->verb, E_CLI_STDIN_TWICE);
      break;
    }

  CliEnv e = *env;
  e.load.skip_tests = true;
  const char *old_spec = cli_policy_at_rev(a->pos[0], env, &tmp[0]);
  const char *new_spec = old_spec ? cli_policy_at_rev(a->pos[1], env, &tmp[1]) : NULL;
  if (!old_spec || !new_spec) return ZAN_EXIT_POLICY;
  r.old = cli_load_policy(old_spec, &e, NULL, NULL);
  r.new_ = cli_load_policy(new_spec, &e, NULL, NULL);
  if (!r.old || !r.new_) return ZAN_EXIT_POLICY;
  if (usage) return usage;

  Buf out;
  buf_init(&out);
  if (nfiles == 0) {
    ImpactStaticResult *s = impact_static(r.old, r.new_, r.lang);
    if (json) impact_static_json(s, &out);
    else impact_static_text(s, r.lang, &out);
    cli_flush(&out);
    if (!cli_stdout_ok()) return ZAN_EXIT_IO;
    for (int i = 0; i < s->n; i++) if (s->items[i].kind != IMPACT_SAME) return ZAN_EXIT_FAIL;
    return ZAN_EXIT_OK;
  }
  r.sa = ZAN_NEWN(Val, r.old->nslots);
  r.sb = ZAN_NEWN(Val, r.new_->nslots);
  int rc = ZAN_EXIT_OK;
  for (int i = 0; i < nfiles; i++) rc = exit_worst(rc, compare_input(&r, files[i], jsonl));
  if (json) impact_render_json(&r.rep, &out);
  else impact_render_text(&r.rep, r.lang, &out);
  cli_flush(&out);
  if (!cli_stdout_ok()) return ZAN_EXIT_IO;
  for (int i = 0; i < r.rep.n; i++)
    if (!r.rep.items[i].error) return exit_worst(rc, ZAN_EXIT_FAIL);
  return rc;
}

static int run_impact(const CliArgs *a, const CliEnv *env) {
  const char *tmp[2] = { NULL, NULL };
  int rc = run_impact2(a, env, tmp);
  cli_rev_cleanup(tmp[0]);
  cli_rev_cleanup(tmp[1]);
  return rc;
}

static const CliOpt impact_opts[] = {
  { "format", 0,  "FORMAT", "text (default) or json" },
  { "jsonl",  0,  NULL,     "inputs are JSON Lines streams (so is FILE.jsonl); no FACTS: stdin" },
  CLI_OPT_AS_OF,
  { "lang",   0,  "LANG",   "kk, kk-Latn, ru or en for the text report (default from LANG)" },
  { NULL, 0, NULL, NULL }
};

const CliVerb cli_verb_impact = {
  "impact", "OLD NEW [FACTS…] [options]",
  "what an amendment changes: decisions that differ between two versions of a policy",
  "OLD and NEW are policies (a folder, a .zan file, an alias) or PATH@REV, the policy as it\n"
  "was at a git revision (exported with git archive into a temporary folder). For each fact\n"
  "file, or each record of a JSON Lines stream (--jsonl, or a FILE.jsonl), both policies\n"
  "decide and the report lists the inputs whose decisions differ, the outputs that differ\n"
  "(old and new value) and the rules whose application changed, then a summary by output\n"
  "and by rule. Without FACTS: the outputs that can differ at all, each with a witness fact\n"
  "file (Z3, confirmed by evaluating it), those that cannot, and those not settled.\n"
  "exit: 0 nothing differs, 1 some decisions (or outputs) differ, 2 usage, 3 a fact input\n"
  "      either policy cannot read, 4 policy error or a revision git cannot give,\n"
  "      74 the output cannot be written.\n",
  impact_opts, 2, -1, run_impact
};
