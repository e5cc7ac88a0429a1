/* common.c — helpers every verb uses: loading a policy with its diagnostics printed,
 * the --lang option and the locale's language, the evaluation date (--as-of, ZAN_TODAY, the
 * clock), writing a buffer to stdout and saying when
 * it could not be written. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli.h"
#include "../../lang/base/buf.h"
#include "../facts.h"

/* Loads, printing the errors, and the warnings when asked (for authors, not operators). */
static Program *load(const char *spec, const CliEnv *env, File ***files, int *nfiles,
                     int *nerrors, int *nwarnings, bool warnings) {
  Diags d;
  diags_init(&d, env->lang);
  Program *p = files ? load_policy_files(spec, &env->load, &d, files, nfiles)
                     : load_policy(spec, &env->load, &d);
  diags_print_some(&d, stderr, env->color, warnings);
  if (nerrors) *nerrors = d.nerrors;
  if (nwarnings) *nwarnings = d.nwarnings;
  if (diags_has_errors(&d)) return NULL;
  return p;
}

Program *cli_load_policy(const char *spec, const CliEnv *env, File ***files, int *nfiles) {
  return load(spec, env, files, nfiles, NULL, NULL, false);
}

Program *cli_load_counted(const char *spec, const CliEnv *env, File ***files, int *nfiles,
                          int *nerrors, int *nwarnings) {
  CliEnv e = *env;
  e.load.library_ok = true;
  return load(spec, &e, files, nfiles, nerrors, nwarnings, true);
}

Program *cli_load_library(const char *spec, const CliEnv *env, File ***files, int *nfiles) {
  return cli_load_counted(spec, env, files, nfiles, NULL, NULL);
}

bool cli_pick_lang(const CliArgs *a, const CliEnv *env, Lang *out) {
  const char *tag = cli_opt(a, "lang");
  if (!tag) { *out = env->lang; return true; }
  int ok = 0;
  Lang l = lang_parse(tag, &ok);
  if (!ok) { cli_usage_error(a->verb, E_CLI_BAD_LANG, tag); return false; }
  *out = l;
  return true;
}

bool cli_today(ZDate *out) {
  *out = date_today((int64_t)time(NULL));
  const char *s = getenv("ZAN_TODAY");
  if (!s || !*s) return true;
  return date_parse(s, strlen(s), out);   /* leaves *out alone when malformed */
}

bool cli_pick_date(const CliArgs *a, CliDate *out) {
  bool ok = true;
  memset(out, 0, sizeof *out);
  const char *s = cli_opt(a, "as-of");
  if (s) {
    out->has_as_of = true;
    if (!date_parse(s, strlen(s), &out->as_of)) { cli_usage_error(a->verb, E_CLI_BAD_DATE, s); ok = false; }
  }
  if (!cli_today(&out->today)) { cli_usage_error(a->verb, E_CLI_BAD_TODAY, getenv("ZAN_TODAY")); ok = false; }
  return ok;
}

bool cli_read_facts(const Program *p, const char *path, const CliEnv *env, Val *slots) {
  const char *why = NULL;
  Source *src = source_read_file(path, &why);
  if (!src) { cli_error(E_CLI_CANNOT_READ, path, why ? why : "?"); return false; }
  Diags d;
  diags_init(&d, env->lang);
  bool ok = facts_read(p, src, facts_format_for(path), slots, &d);
  diags_print(&d, stderr, env->color);
  return ok;
}

void cli_flush(Buf *b) {
  if (b->len) fwrite(b->data, 1, b->len, stdout);
  buf_clear(b);
}

bool cli_stdout_ok(void) {
  static bool said;
  if (fflush(stdout) == 0 && !ferror(stdout)) return true;
  int err = errno ? errno : EIO;
  if (!said) cli_error(E_CLI_WRITE, strerror(err));
  said = true;
  return false;
}

Lang cli_locale_lang(void) {
  const char *names[] = { "LC_ALL", "LC_MESSAGES", "LANG" };
  for (int i = 0; i < 3; i++) {
    const char *v = getenv(names[i]);
    if (!v || !*v) continue;
    if (strncmp(v, "ru", 2) == 0) return LANG_RU;
    if (strncmp(v, "kk", 2) == 0) return strstr(v, "@latin") || strstr(v, "Latn") ? LANG_KK_LATN : LANG_KK;
    return LANG_EN;
  }
  return LANG_EN;
}
