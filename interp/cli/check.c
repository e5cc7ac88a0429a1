/* check.c — `zan check POLICY…`: parse, type-check and lower each policy, print every error
 * and warning; exit 4 when any error. A one-line summary per policy (ok or failed) goes to stderr. */
#include <string.h>
#include "cli.h"
#include "../../lang/base/alloc.h"

static int run_check(const CliArgs *a, const CliEnv *env) {
  int rc = ZAN_EXIT_OK;
  bool quiet = cli_flag(a, "quiet");
  for (int i = 0; i < a->npos; i++) {
    File **files = NULL;
    int nfiles = 0, nerr = 0, nwarn = 0;
    Program *p = cli_load_counted(a->pos[i], env, &files, &nfiles, &nerr, &nwarn);
    if (!p) rc = exit_worst(rc, ZAN_EXIT_POLICY);
    if (quiet) continue;
    if (!p) {   /* the summary says so when it failed too: the last line read is not an error's */
      if (env->lang == LANG_EN)
        fprintf(stderr, "failed: %s: %d error%s, %d warning%s\n", a->pos[i],
                nerr, nerr == 1 ? "" : "s", nwarn, nwarn == 1 ? "" : "s");
      else
        fprintf(stderr, "%s\n", zan_sprintf(msg_format(N_CLI_CHECK_FAILED, env->lang), a->pos[i], nerr, nwarn));
      continue;
    }
    if (env->lang == LANG_EN)   /* English pluralises with "s"; ru and kk need no plural forms */
      fprintf(stderr, "ok: %s: %d module%s, %d rule%s, %d article%s, %d output%s\n", a->pos[i],
              nfiles, nfiles == 1 ? "" : "s", p->nrules, p->nrules == 1 ? "" : "s",
              p->narticles, p->narticles == 1 ? "" : "s", p->noutputs, p->noutputs == 1 ? "" : "s");
    else
      fprintf(stderr, "%s\n", zan_sprintf(msg_format(N_CLI_CHECK_OK, env->lang), a->pos[i], nfiles,
                                          p->nrules, p->narticles, p->noutputs));
  }
  return rc;
}

static const CliOpt check_opts[] = {
  { "quiet", 'q', NULL, "print only problems (no summary line)" },
  CLI_OPT_LANG_MESSAGES,
  { NULL, 0, NULL, NULL }
};

const CliVerb cli_verb_check = {
  "check", "POLICY… [options]",
  "parse and type-check policies; report every error and warning",
  "Diagnostics go to stderr as file:line:col: error|warning: …, with the source line and a\n"
  "caret. Modules without a policy header are checked as a library.\n"
  "exit: 0 no errors (warnings allowed), 4 any error.\n",
  check_opts, 1, -1, run_check
};
