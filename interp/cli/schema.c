/* schema.c — `zan schema POLICY`: prints the JSON Schema of the fact file the policy reads
 * (interp/schema.h), so operators and their tools can validate fact files before sending them. */
#include "cli.h"
#include "../schema.h"
#include "../../lang/base/buf.h"

static int run_schema(const CliArgs *a, const CliEnv *env) {
  Program *p = cli_load_policy(a->pos[0], env, NULL, NULL);
  if (!p) return ZAN_EXIT_POLICY;
  Buf out;
  buf_init(&out);
  schema_json(p, &out);
  buf_push(&out, '\n');
  cli_flush(&out);
  return ZAN_EXIT_OK;
}

const CliVerb cli_verb_schema = {
  "schema", "POLICY",
  "JSON Schema of the fact file a policy reads",
  "Prints a JSON Schema (draft 2020-12) with each fact's type, path, label and question in\n"
  "kk, ru and en. Any property may be null (unknown). exit: 0 ok, 4 policy error.\n",
  NULL, 1, 1, run_schema
};
