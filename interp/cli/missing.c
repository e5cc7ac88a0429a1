/* missing.c — `zan missing POLICY FACTS`: for each undetermined output, the minimal sets of
 * unknown facts that would settle it, and the next question (interp/missing.h computes, this
 * verb reads the command line and prints). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "../missing.h"
#include "../../lang/base/alloc.h"
#include "../../lang/base/buf.h"

static int run_missing(const CliArgs *a, const CliEnv *env) {
  int usage = ZAN_EXIT_OK;
  const char *fmt = cli_opt(a, "format");
  bool text = fmt && strcmp(fmt, "text") == 0;
  if (fmt && !text && strcmp(fmt, "json") != 0) usage = cli_usage_error(a->verb, E_CLI_BAD_FORMAT, fmt);
  Lang lang;
  if (!cli_pick_lang(a, env, &lang)) usage = ZAN_EXIT_USAGE;
  CliDate date;
  if (!cli_pick_date(a, &date)) usage = ZAN_EXIT_USAGE;
  CliEnv e = *env;
  e.load.skip_tests = true;
  Program *p = cli_load_policy(a->pos[0], &e, NULL, NULL);
  if (!p) return ZAN_EXIT_POLICY;
  if (usage) return usage;
  Val *slots = ZAN_NEWN(Val, p->nslots);
  if (!cli_read_facts(p, a->pos[1], env, slots)) return ZAN_EXIT_FACTS;
  ZDate d = eval_pick_as_of(p, slots, date.has_as_of ? &date.as_of : NULL, date.today);
  Missing *m = missing_compute(p, slots, d, lang, NULL);
  if (m->error) {
    cli_error(E_CLI_EVAL_ERROR, m->error->message);
    return m->error->code ? m->error->code : ZAN_EXIT_RUNTIME;
  }
  Buf out;
  buf_init(&out);
  if (text) missing_render_text(p, m, lang, &out);
  else missing_render_json(p, m, lang, isatty(1), &out);
  if (!out.len || out.data[out.len - 1] != '\n') buf_push(&out, '\n');
  cli_flush(&out);
  return ZAN_EXIT_OK;
}

static const CliOpt missing_opts[] = {
  { "lang",   0, "LANG",   "kk, kk-Latn, ru or en: labels, questions and messages (default from LC_ALL/LANG)" },
  { "format", 0, "FORMAT", "json (default) or text" },
  CLI_OPT_AS_OF,
  { NULL, 0, NULL, NULL }
};

const CliVerb cli_verb_missing = {
  "missing", "POLICY FACTS",
  "the fewest unknown facts that would settle each undetermined output",
  "For each undetermined output: the minimal sets of unknown facts whose values settle it\n"
  "(whatever values they take, the output is decided), smallest first; the next question (the\n"
  "fact in the most sets); each fact's label, question, type and choices in --lang. Exact over\n"
  "bools, enums, sets of enums, and numbers and dates compared with constants; facts whose values\n"
  "had to be sampled are listed under \"approximate\". FACTS is JSON or YAML ('-': stdin).\n"
  "exit: 0 ok, 2 usage, 3 bad facts, 4 policy error, 5 evaluation error.\n",
  missing_opts, 2, 2, run_missing
};
