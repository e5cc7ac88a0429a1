/* lint.c — `zan lint POLICY`: what a reviewer should look at (interp/lint.h finds, this verb
 * reads the command line and prints JSON or text). */
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "../lint.h"
#include "../../lang/base/buf.h"

static int run_lint(const CliArgs *a, const CliEnv *env) {
  int usage = ZAN_EXIT_OK;
  const char *fmt = cli_opt(a, "format");
  bool json = fmt && strcmp(fmt, "json") == 0;
  if (fmt && !json && strcmp(fmt, "text") != 0) usage = cli_usage_error(a->verb, E_CLI_BAD_FORMAT, fmt);
  Lang lang;
  if (!cli_pick_lang(a, env, &lang)) usage = ZAN_EXIT_USAGE;
  CliEnv e = *env;
  e.load.skip_tests = true;
  File **files = NULL;
  int nfiles = 0;
  Program *p = cli_load_library(a->pos[0], &e, &files, &nfiles);
  if (!p) return ZAN_EXIT_POLICY;
  if (usage) return usage;
  LintResult *r = lint_run(p, files, nfiles);
  Buf out;
  buf_init(&out);
  if (json) lint_render_json(p, r, &out);
  else lint_render_text(p, r, lang, &out);
  cli_flush(&out);
  return r->n ? ZAN_EXIT_FAIL : ZAN_EXIT_OK;
}

static const CliOpt lint_opts[] = {
  { "lang",   0, "LANG",   "kk, kk-Latn, ru or en: the findings' messages in text (default from LC_ALL/LANG)" },
  { "format", 0, "FORMAT", "text (default) or json" },
  { NULL, 0, NULL, NULL }
};

const CliVerb cli_verb_lint = {
  "lint", "POLICY",
  "static analysis: conflicts, rules that never apply or change nothing, unused declarations",
  "Finds, with the Z3 solver over the lowered policy: two rules of a combine-less output that\n"
  "can both apply with different values (with a witness fact file and date on which `zan eval`\n"
  "exits 5, confirmed by evaluating it), rules whose condition cannot hold on any date they are\n"
  "in force, rules in force only outside every article they cite, exceptions that never change\n"
  "their rule's result, redundant rules, parameters read before their first date (with a\n"
  "witness), facts no rule reads, outputs no rule defines, articles nothing cites. A comment\n"
  "`-- lint: allow KIND reason` in the comment block above a declaration silences that kind of\n"
  "finding there (docs/lint.md).\n"
  "exit: 0 clean, 1 findings, 2 usage, 4 policy error.\n",
  lint_opts, 1, 1, run_lint
};
