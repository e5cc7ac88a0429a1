/* facts.c — `zan facts [--policy POLICY] FILE…`: prints each fact file back as canonical JSON
 * (sorted keys, exact numbers), or reports where it is wrong (exit 3); with a policy, also
 * checks it against the policy's declared facts. */
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "../facts.h"
#include "../../lang/base/alloc.h"
#include "../../lang/base/buf.h"

static int run_facts(const CliArgs *a, const CliEnv *env) {
  const char *policy = cli_opt(a, "policy");
  const Program *p = NULL;
  if (policy) {
    p = cli_load_policy(policy, env, NULL, NULL);
    if (!p) return ZAN_EXIT_POLICY;
  }
  bool pretty = a->npos == 1 && isatty(1) && !cli_flag(a, "compact");
  Val *slots = p ? ZAN_NEWN(Val, p->nslots + 1) : NULL;
  int rc = ZAN_EXIT_OK;
  Buf out;
  buf_init(&out);
  for (int i = 0; i < a->npos; i++) {
    const char *why = NULL;
    bool too_large;
    Source *src = source_read_file_max(a->pos[i], FACTS_MAX_BYTES, &why, &too_large);
    if (too_large) why = zan_sprintf(msg_format(E_FACTS_TOO_LARGE, env->lang), (unsigned)FACTS_MAX_BYTES);
    if (!src) {
      cli_error(E_CLI_CANNOT_READ, a->pos[i], why ? why : "?");
      rc = exit_worst(rc, ZAN_EXIT_FACTS);
      continue;
    }
    FactFormat fmt = facts_format_for(a->pos[i]);
    Diags d;
    diags_init(&d, env->lang);
    d.facts_strict = cli_flag(a, "strict");
    bool ok = true;
    if (p) ok = facts_read(p, src, fmt, slots, &d);
    size_t before = out.len;
    /* With a policy the typed reader has said all there is; the canonical pass would only
     * repeat its duplicate-key warnings. */
    Diags d2;
    diags_init(&d2, env->lang);
    if (ok) ok = facts_canonical(src, fmt, pretty, &out, p ? &d2 : &d);
    diags_print_some(&d, stderr, env->color, !cli_flag(a, "quiet"));
    if (p && diags_has_errors(&d2)) diags_print(&d2, stderr, env->color);
    if (!ok) {
      out.len = before;
      rc = exit_worst(rc, ZAN_EXIT_FACTS);
      continue;
    }
    if (out.len > before && out.data[out.len - 1] != '\n') buf_push(&out, '\n');
    cli_flush(&out);
  }
  return rc;
}

static const CliOpt facts_opts[] = {
  { "policy",  0, "POLICY", "also check each file against the facts POLICY declares" },
  { "compact", 0, NULL,     "one line per file even on a terminal" },
  { "strict",  0, NULL,     "with --policy: a field the policy does not declare is an error (exit 3)" },
  CLI_OPT_LANG_MESSAGES,
  { NULL, 0, NULL, NULL }
};

const CliVerb cli_verb_facts = {
  "facts", "[--policy POLICY] FILE… [options]",
  "read a fact file and print it as normalised JSON (with --policy: check it)",
  "FILE is .json, .yaml/.yml or '-' for stdin. Duplicate keys keep the last value (a warning);\n"
  "with --policy, unknown fields are warnings (errors with --strict) and wrong types errors.\n"
  "exit: 0 ok, 2 usage, 3 a file is wrong, 4 the policy has errors.\n",
  facts_opts, 1, -1, run_facts
};
