/* main.c — the `zan` command: sets up the GC and the run environment, then hands the words
 * after the verb to that verb (`zan --help`, `zan help VERB`, `zan --version` answered here). */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <limits.h>
#include <errno.h>
#include "cli.h"
#include "../../lang/base/alloc.h"
#include "../../lang/base/buf.h"

#ifndef ZAN_SOURCE_ROOT
#define ZAN_SOURCE_ROOT NULL
#endif

/* Verbs other modules provide: weak, so `zan` links (without them) before they land.
 * A verb file defines `const CliVerb cli_verb_NAME = { … };` and needs no edit here beyond
 * its line in the table below. */
#define WEAK __attribute__((weak))
extern const CliVerb cli_verb_fmt WEAK, cli_verb_missing WEAK, cli_verb_ask WEAK, cli_verb_i18n WEAK,
  cli_verb_doc WEAK, cli_verb_impact WEAK, cli_verb_serve WEAK, cli_verb_lsp WEAK, cli_verb_verify WEAK,
  cli_verb_lint WEAK;
extern const CliVerb cli_verb_eval WEAK, cli_verb_check WEAK, cli_verb_test WEAK, cli_verb_facts WEAK,
  cli_verb_schema WEAK;

/* The verbs in the order `zan --help` lists them. A verb whose file is not linked in is NULL
 * (weak, above): it does not exist for `zan` — not listed, not found — until it is built. */
static const CliVerb *const verbs[] = {
  &cli_verb_eval, &cli_verb_facts, &cli_verb_check, &cli_verb_test, &cli_verb_fmt,
  &cli_verb_missing, &cli_verb_ask, &cli_verb_i18n, &cli_verb_doc, &cli_verb_schema,
  &cli_verb_verify, &cli_verb_impact, &cli_verb_lint, &cli_verb_serve, &cli_verb_lsp,
};
enum { NVERBS = sizeof verbs / sizeof verbs[0] };

static void print_help(void) {
  printf("zan %s — rules of law as code: decisions with the articles that justify them\n\n", ZAN_VERSION);
  printf("usage: zan COMMAND [ARGS…] [OPTIONS]   (options may come before or after the arguments)\n\ncommands:\n");
  for (int i = 0; i < NVERBS; i++)
    if (verbs[i]) printf("  %-8s %s\n", verbs[i]->name, verbs[i]->summary);
  printf("\nPOLICY is a folder of .zan files, one .zan file, or a policy's alias (e.g. kz-ai-law).\n"
         "'zan help COMMAND' shows a command's options.\n\n"
         "exit codes: 0 ok, 1 --fail-on held / a test failed, 2 usage error, 3 bad fact input,\n"
         "            4 policy error, 5 run-time conflict or arithmetic error, 70 internal error,\n"
         "            74 output or file could not be written;\n"
         "            where several apply the first of 70, 74, 4, 2, 5, 3, 1 wins.\n"
         "every command takes -q (only errors and results); eval --strict makes a fact file's\n"
         "unknown field an error (exit 3) instead of a warning.\n");
}

static const CliVerb *find_verb(const char *name) {
  for (int i = 0; i < NVERBS; i++)
    if (verbs[i] && strcmp(verbs[i]->name, name) == 0) return verbs[i];
  return NULL;
}

/* --lang chooses the language of diagnostics and usage messages too, not only of texts and
 * citations: looked for before the options are parsed, so that errors about the other options
 * already speak it. Only for verbs that have a --lang option; a bad tag is a usage error. */
static int lang_from_args(const CliVerb *v, int argc, char **argv, CliEnv *env) {
  bool has = false;
  for (const CliOpt *o = v->opts; o && o->name; o++) if (strcmp(o->name, "lang") == 0) has = true;
  if (!has) return 0;
  const char *tag = NULL;
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "--") == 0) break;
    if (strncmp(argv[i], "--lang=", 7) == 0) tag = argv[i] + 7;
    else if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc) tag = argv[++i];
  }
  if (!tag) return 0;
  int ok = 0;
  Lang l = lang_parse(tag, &ok);
  if (!ok) return cli_usage_error(v, E_CLI_BAD_LANG, tag);
  env->lang = cli_msg_lang = l;
  return 0;
}

/* Folder of the running binary, for PREFIX/share/zan/… lookups. */
static const char *exe_dir(void) {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return NULL;
  buf[n] = 0;
  char *slash = strrchr(buf, '/');
  if (!slash) return NULL;
  return zan_strndup(buf, slash == buf ? 1 : (size_t)(slash - buf));
}

static int run(int argc, char **argv) {
  CliEnv env;
  memset(&env, 0, sizeof env);
  env.load.exe_dir = exe_dir();
  env.load.source_root = ZAN_SOURCE_ROOT;
  env.lang = cli_locale_lang();
  env.color = isatty(2) && !getenv("NO_COLOR");
  cli_msg_lang = env.lang;

  if (argc < 2) return cli_usage_error(NULL, E_CLI_NO_VERB);
  const char *w = argv[1];
  if (strcmp(w, "--help") == 0 || strcmp(w, "-h") == 0) { print_help(); return 0; }
  if (strcmp(w, "--version") == 0 || strcmp(w, "version") == 0) {
    printf("zan %s\n", ZAN_VERSION);
    return 0;
  }
  if (strcmp(w, "help") == 0) {
    if (argc < 3) { print_help(); return 0; }
    const CliVerb *v = find_verb(argv[2]);
    if (!v) return cli_usage_error(NULL, E_CLI_UNKNOWN_VERB, argv[2]);
    cli_print_verb_help(v, stdout);
    return 0;
  }
  if (w[0] == '-') return cli_usage_error(NULL, E_CLI_UNKNOWN_OPTION, w);
  const CliVerb *v = find_verb(w);
  if (!v) return cli_usage_error(NULL, E_CLI_UNKNOWN_VERB, w);
  int lrc = lang_from_args(v, argc - 2, argv + 2, &env);
  if (lrc) return lrc;
  CliArgs a;
  int rc = cli_parse(v, argc - 2, argv + 2, &a);
  if (rc < 0) return 0;           /* --help */
  if (rc) return rc;
  return v->run(&a, &env);
}

/* Every path, --help and usage errors included, ends here: output that could not be written
 * is an I/O error (74), said once, whatever the verb returned. */
int main(int argc, char **argv) {
  zan_gc_setup();
  int rc = run(argc, argv);
  if (!cli_stdout_ok()) rc = exit_worst(rc, ZAN_EXIT_IO);
  if (fflush(stderr) != 0 || ferror(stderr)) rc = exit_worst(rc, ZAN_EXIT_IO);   /* nowhere to say it */
  return rc;
}
