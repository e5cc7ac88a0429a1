/* cli.h — what the verbs of `zan` share: the run environment (where the binary and the
 * source tree are, the user's language), the verb table entries, and small helpers. */
#ifndef ZAN_CLI_H
#define ZAN_CLI_H
#include <stdbool.h>
#include <stdio.h>
#include "args.h"
#include "../../include/zan.h"
#include "../../lang/load.h"
#include "../../lang/base/date.h"
#include "../../lang/base/exitcodes.h"

#define ZAN_VERSION ZAN_VERSION_STRING   /* one version for the command and the library */

typedef struct CliEnv {
  LoadOptions load;        /* exe_dir (from /proc/self/exe) and source_root (ZAN_SOURCE_ROOT) */
  Lang        lang;        /* from LC_ALL / LC_MESSAGES / LANG: ru* -> ru, kk* -> kk, else en */
  bool        color;       /* stderr is a terminal */
} CliEnv;

/* The --lang option of a verb whose only words are messages (main.c applies it). */
#define CLI_OPT_LANG_MESSAGES \
  { "lang", 0, "LANG", "kk, kk-Latn, ru or en for messages (default from LC_ALL/LANG; main.c applies it)" }

/* The --as-of option of the verbs that evaluate (eval, ask, missing; read by cli_pick_date). */
#define CLI_OPT_AS_OF \
  { "as-of", 0, "DATE", "evaluate as of DATE (YYYY-MM-DD) instead of the policy's date fact / today" }

/* Each verb file defines one CliVerb. Verbs written by other modules are declared weak, so
 * `zan` links without them and lists only the verbs that are built (see main.c). */
extern const CliVerb cli_verb_eval, cli_verb_check, cli_verb_test, cli_verb_facts, cli_verb_schema;

/* Loads a policy, printing its errors — not its authoring warnings (missing translations …),
 * which are for `zan check` and `zan test`, not for operators. Returns NULL after errors (the
 * caller exits 4). files/nfiles may be NULL. */
Program *cli_load_policy(const char *spec, const CliEnv *env, File ***files, int *nfiles);
/* For authors (zan check, zan test): errors and warnings printed, and modules without a policy
 * header load too, as a library. */
Program *cli_load_library(const char *spec, const CliEnv *env, File ***files, int *nfiles);
/* The same, also saying how many errors and warnings were reported (either may be NULL). */
Program *cli_load_counted(const char *spec, const CliEnv *env, File ***files, int *nfiles,
                          int *nerrors, int *nwarnings);
/* Parses --lang (NULL: env default). Returns false (after a usage error message) when bad. */
bool cli_pick_lang(const CliArgs *a, const CliEnv *env, Lang *out);
/* The language of messages from the locale variables, as POSIX orders them (LC_ALL,
 * LC_MESSAGES, LANG): ru* -> ru, kk* -> kk (kk@latin, *Latn* -> kk-Latn), else en. */
Lang cli_locale_lang(void);
/* "Today", the evaluation date's last fallback: ZAN_TODAY=YYYY-MM-DD when set and not empty,
 * else the current date in Kazakhstan (date_today of the clock). Returns false when ZAN_TODAY
 * is set but malformed (*out is then the clock's date). Verbs that answer once read it once;
 * the server reads it per request, so a long run moves on at midnight. */
bool cli_today(ZDate *out);
/* The evaluation date options of eval, ask and missing: --as-of and today (cli_today).
 * Returns false after usage errors (a malformed --as-of, a malformed ZAN_TODAY). */
typedef struct CliDate {
  bool  has_as_of;         /* --as-of given */
  ZDate as_of;
  ZDate today;
} CliDate;
bool cli_pick_date(const CliArgs *a, CliDate *out);
/* Reads one fact file ("-": stdin; JSON or YAML by extension) into slots, printing its
 * diagnostics. Returns false after an error (the caller exits 3). */
bool cli_read_facts(const Program *p, const char *path, const CliEnv *env, Val *slots);
/* Writes all of b to stdout; clears b. */
void cli_flush(struct Buf *b);
/* Flushes stdout; when it could not be written (full disk, /dev/full) says so once
 * ("cannot write the output: …") and returns false: the caller exits ZAN_EXIT_IO. */
bool cli_stdout_ok(void);
#endif
