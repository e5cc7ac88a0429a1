/* args.c — option parsing for every verb (options anywhere, `--opt value` / `--opt=value`,
 * `--` ends options, `-` is an argument), usage errors and per-verb help. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "../../lang/base/alloc.h"

Lang cli_msg_lang = LANG_EN;

static const CliOpt help_opt = { "help", 'h', NULL, "show this help" };
/* -q is every verb's: a verb with nothing more to say quietly than errors and its results takes
 * it as it is; a verb that declares its own "quiet" says what it leaves out (check, i18n …). */
static const CliOpt quiet_opt = { "quiet", 'q', NULL, "print only errors and results: no warnings, no summary lines" };

/* find_opt: the option called name (long, n bytes) or with short name c. */
static const CliOpt *find_long(const CliVerb *v, const char *name, size_t n) {
  if (n == 4 && memcmp(name, "help", 4) == 0) return &help_opt;
  for (const CliOpt *o = v->opts; o && o->name; o++)
    if (strlen(o->name) == n && memcmp(o->name, name, n) == 0) return o;
  if (n == 5 && memcmp(name, "quiet", 5) == 0) return &quiet_opt;
  return NULL;
}
static const CliOpt *find_short(const CliVerb *v, char c) {
  if (c == 'h') return &help_opt;
  for (const CliOpt *o = v->opts; o && o->name; o++)
    if (o->short_name == c) return o;
  if (c == 'q') return find_long(v, "quiet", 5);
  return NULL;
}

static void vreport(const char *who, const char *level, MsgId id, va_list ap) {
  char *text = zan_vsprintf(msg_format(id, cli_msg_lang), ap);
  fprintf(stderr, "%s: %s: %s\n", who, level, text);
}

void cli_error(MsgId id, ...) {
  va_list ap; va_start(ap, id); vreport("zan", "error", id, ap); va_end(ap);
}
void cli_warning(MsgId id, ...) {
  va_list ap; va_start(ap, id); vreport("zan", "warning", id, ap); va_end(ap);
}

int cli_usage_error(const CliVerb *v, MsgId id, ...) {
  char *who = v ? zan_sprintf("zan %s", v->name) : "zan";
  va_list ap; va_start(ap, id); vreport(who, "error", id, ap); va_end(ap);
  /* usage lines from the catalogue, in the user's language (messages/cli.def) */
  if (v) {
    fprintf(stderr, "%s\n", zan_sprintf(msg_format(N_CLI_USAGE, cli_msg_lang), v->name, v->usage));
    fprintf(stderr, "%s\n", zan_sprintf(msg_format(N_CLI_TRY_HELP, cli_msg_lang), v->name));
  } else {
    fprintf(stderr, "%s\n%s\n", msg_format(N_CLI_USAGE_ZAN, cli_msg_lang), msg_format(N_CLI_TRY_ZAN_HELP, cli_msg_lang));
  }
  return ZAN_EXIT_USAGE;
}

void cli_print_verb_help(const CliVerb *v, void *file) {
  FILE *f = file;
  fprintf(f, "usage: zan %s %s\n\n%s\n", v->name, v->usage, v->summary);
  if (v->details) fprintf(f, "\n%s", v->details);
  fprintf(f, "\noptions:\n");
  const CliOpt *all[64]; int n = 0;
  for (const CliOpt *o = v->opts; o && o->name && n < 62; o++) all[n++] = o;
  if (find_long(v, "quiet", 5) == &quiet_opt) all[n++] = &quiet_opt;
  all[n++] = &help_opt;
  for (int i = 0; i < n; i++) {
    const CliOpt *o = all[i];
    char left[64];
    int k = 0;
    if (o->short_name) k += snprintf(left + k, sizeof left - k, "-%c, ", o->short_name);
    k += snprintf(left + k, sizeof left - k, "--%s", o->name);
    if (o->arg) snprintf(left + k, sizeof left - k, " %s", o->arg);
    fprintf(f, "  %-28s %s\n", left, o->help);
  }
}

int cli_parse(const CliVerb *v, int argc, char **argv, CliArgs *a) {
  memset(a, 0, sizeof *a);
  a->verb = v;
  a->pos = ZAN_NEWN(const char *, argc + 1);
  a->opts = ZAN_NEWN(CliOptVal, argc + 1);
  bool only_pos = false;
  bool want_help = false;
  for (int i = 0; i < argc; i++) {
    const char *w = argv[i];
    if (only_pos || w[0] != '-' || w[1] == 0) {         /* "-" is stdin: an argument */
      a->pos[a->npos++] = w;
      continue;
    }
    if (strcmp(w, "--") == 0) { only_pos = true; continue; }
    const CliOpt *o;
    const char *value = NULL;
    if (w[1] == '-') {
      const char *name = w + 2;
      const char *eq = strchr(name, '=');
      size_t n = eq ? (size_t)(eq - name) : strlen(name);
      o = find_long(v, name, n);
      if (!o) return cli_usage_error(v, E_CLI_UNKNOWN_OPTION, eq ? zan_strndup(w, (size_t)(eq - w)) : w);
      if (eq) {
        if (!o->arg) return cli_usage_error(v, E_CLI_FLAG_TAKES_NO_ARG, o->name);
        value = eq + 1;
      }
    } else {
      /* -v, -j 2, -j2; short flags do not bundle (none of ours need it). */
      o = find_short(v, w[1]);
      if (!o || (w[2] && !o->arg)) return cli_usage_error(v, E_CLI_UNKNOWN_OPTION, w);
      if (w[2]) value = w + 2;
    }
    if (o == &help_opt) { want_help = true; continue; }
    if (o->arg && !value) {
      if (i + 1 >= argc) return cli_usage_error(v, E_CLI_OPTION_NEEDS_ARG, o->name, o->arg);
      value = argv[++i];
    }
    a->opts[a->nopts].opt = o;
    a->opts[a->nopts].value = value;
    a->nopts++;
  }
  if (want_help) {
    cli_print_verb_help(v, stdout);
    return -1;
  }
  if (a->npos < v->min_pos) {
    /* name the first missing word of the usage line ("POLICY", "FACTS…") */
    const char *u = v->usage;
    int skip = a->npos;
    while (*u) {
      while (*u == ' ') u++;
      if (*u == '[') { while (*u && *u != ' ') u++; continue; }
      if (skip-- == 0) break;
      while (*u && *u != ' ') u++;
    }
    size_t n = strcspn(u, " ");
    return n ? cli_usage_error(v, E_CLI_TOO_FEW_ARGS, zan_strndup(u, n)) : cli_usage_error(v, E_CLI_MISSING_ARGUMENT);
  }
  if (v->max_pos >= 0 && a->npos > v->max_pos)
    return cli_usage_error(v, E_CLI_TOO_MANY_ARGS, a->pos[v->max_pos]);
  return 0;
}

const char *cli_opt(const CliArgs *a, const char *name) {
  for (int i = a->nopts - 1; i >= 0; i--)
    if (strcmp(a->opts[i].opt->name, name) == 0) return a->opts[i].value;
  return NULL;
}

bool cli_flag(const CliArgs *a, const char *name) {
  for (int i = 0; i < a->nopts; i++)
    if (strcmp(a->opts[i].opt->name, name) == 0) return true;
  return false;
}
