/* args.h — the command line of every verb: a verb declares its options in a table; the
 * parser takes options before or after the other arguments, `--opt value` or `--opt=value`. */
#ifndef ZAN_CLI_ARGS_H
#define ZAN_CLI_ARGS_H
#include <stdbool.h>
#include "../../lang/base/messages.h"

/* One option of a verb. Tables end with an entry whose name is NULL. */
typedef struct CliOpt {
  const char *name;        /* long name without "--" ("as-of") */
  char        short_name;  /* 'v' for -v, 0 for none */
  const char *arg;         /* metavariable when the option takes a value ("DATE"), NULL for a flag */
  const char *help;        /* one line for --help */
} CliOpt;

/* An option as given: which one and its value (NULL for a flag). */
typedef struct CliOptVal {
  const CliOpt *opt;
  const char   *value;
} CliOptVal;

typedef struct CliArgs {
  const struct CliVerb *verb;
  int          npos;       /* the other arguments, in order ("-" is one: stdin) */
  const char **pos;
  int          nopts;      /* options in the order given; repeats kept */
  CliOptVal   *opts;
} CliArgs;

struct CliEnv;

/* A verb of `zan`: its name, usage line, options and the function that runs it. */
typedef struct CliVerb {
  const char   *name;      /* "eval" */
  const char   *usage;     /* what follows the verb: "POLICY FACTS…" */
  const char   *summary;   /* one line for `zan --help` */
  const char   *details;   /* more lines for `zan help VERB`, or NULL */
  const CliOpt *opts;      /* NULL-terminated table; --help/-h is added for every verb */
  int           min_pos;   /* fewest other arguments */
  int           max_pos;   /* most other arguments, -1 = no limit */
  int         (*run)(const CliArgs *a, const struct CliEnv *env);
} CliVerb;

/* Parses argv[0..argc) (the words after the verb). On a usage error prints a one-line
 * message, a hint and the verb's usage to stderr and returns ZAN_EXIT_USAGE; when --help was
 * asked prints the verb's help to stdout and returns -1; else fills *a and returns 0. */
int  cli_parse(const CliVerb *v, int argc, char **argv, CliArgs *a);
/* The last value given for a valued option, or NULL. */
const char *cli_opt(const CliArgs *a, const char *name);
/* Whether a flag (or a valued option) was given at least once. */
bool cli_flag(const CliArgs *a, const char *name);
/* Prints a usage error for verb v (NULL: zan itself): "zan VERB: error: MESSAGE" (a cli.def
 * message in the user's language), a hint and the usage line. Returns ZAN_EXIT_USAGE so
 * callers can `return cli_usage_error(…)`. */
int  cli_usage_error(const CliVerb *v, MsgId id, ...);
/* Prints "zan: error: MESSAGE" (no usage) to stderr. */
void cli_error(MsgId id, ...);
void cli_warning(MsgId id, ...);
/* The language of the CLI's own messages (from LC_ALL / LC_MESSAGES / LANG); set by main. */
extern Lang cli_msg_lang;
/* The full help of a verb: usage, summary, details, options. */
void cli_print_verb_help(const CliVerb *v, void *file);
#endif
