/* fmt.c — `zan fmt FILE…`: rewrites .zan files in their canonical layout (lang/author/fmt.h), or with
 * --keywords SET converts their keyword set; --check only reports, `-` filters stdin to stdout. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"
#include "../../lang/author/fmt.h"
#include "../../lang/base/alloc.h"
#include "../../lang/base/atomic_write.h"

static int name_cmp(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* A folder stands for its .zan files (sorted, not recursing). */
static int folder_files(const char *dir, const char ***out) {
  DIR *dh = opendir(dir);
  if (!dh) return -1;
  int n = 0, cap = 16;
  const char **v = ZAN_NEWN(const char *, cap);
  struct dirent *e;
  while ((e = readdir(dh))) {
    size_t l = strlen(e->d_name);
    if (l < 5 || strcmp(e->d_name + l - 4, ".zan") != 0 || e->d_name[0] == '.') continue;
    ZAN_PUSH(v, n, cap, 16, zan_sprintf("%s/%s", dir, e->d_name));
  }
  closedir(dh);
  qsort(v, (size_t)n, sizeof *v, name_cmp);
  *out = v;
  return n;
}

/* Replaces path by text, all or nothing (a symbolic link stays and its target is formatted). */
static bool write_file(const char *path, const char *text, size_t len) {
  int err = atomic_write_file(path, text, len);
  if (err) cli_error(E_CLI_FMT_WRITE, path, strerror(err));
  return err == 0;
}

/* One file: 0 unchanged or rewritten, 1 would change (--check), else an exit code. */
static int fmt_one(const char *path, int keywords, bool check, const CliEnv *env) {
  const char *why = NULL;
  Source *src = source_read_file(path, &why);
  if (!src) { cli_error(E_CLI_CANNOT_READ, path, why ? why : "?"); return ZAN_EXIT_USAGE; }
  Diags d;
  diags_init(&d, env->lang);
  size_t len = 0;
  char *out = keywords >= 0 ? fmt_convert_keywords(src, keywords, &d, &len) : fmt_source(src, &d, &len);
  diags_print(&d, stderr, env->color);
  if (!out) return ZAN_EXIT_POLICY;
  bool same = len == src->len && memcmp(out, src->text, len) == 0;
  bool is_stdin = strcmp(path, "-") == 0;
  if (check) {
    if (same) return 0;
    printf("%s\n", is_stdin ? "<stdin>" : path);
    return 1;
  }
  if (is_stdin) { fwrite(out, 1, len, stdout); return 0; }
  if (same) return 0;
  return write_file(path, out, len) ? 0 : ZAN_EXIT_IO;
}

static int run_fmt(const CliArgs *a, const CliEnv *env) {
  bool check = cli_flag(a, "check");
  int keywords = -1;
  const char *ks = cli_opt(a, "keywords");
  if (ks) {
    keywords = fmt_keyword_set(ks);
    if (keywords < 0) return cli_usage_error(a->verb, E_CLI_FMT_BAD_KEYWORDS, ks);
  }
  int rc = ZAN_EXIT_OK;
  for (int i = 0; i < a->npos; i++) {
    const char *p = a->pos[i];
    struct stat st;
    if (strcmp(p, "-") != 0 && stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
      const char **files = NULL;
      int n = folder_files(p, &files);
      if (n <= 0) {
        if (n < 0) cli_error(E_CLI_CANNOT_READ, p, strerror(errno));
        else cli_error(E_CLI_FMT_NO_FILES, p);
        rc = exit_worst(rc, ZAN_EXIT_USAGE);
        continue;
      }
      for (int k = 0; k < n; k++) rc = exit_worst(rc, fmt_one(files[k], keywords, check, env));
      continue;
    }
    rc = exit_worst(rc, fmt_one(p, keywords, check, env));
  }
  return rc;
}

static const CliOpt fmt_opts[] = {
  { "check",    0, NULL,  "change nothing: list the files that are not formatted, exit 1 if any" },
  { "keywords", 0, "SET", "convert the keyword set (en, ru, kk) instead of formatting: only the keywords change" },
  { NULL, 0, NULL, NULL }
};

const CliVerb cli_verb_fmt = {
  "fmt", "FILE|FOLDER|-… [--check] [--keywords en|ru|kk]",
  "format .zan files canonically; convert keyword language",
  "Rewrites each file in place in the canonical layout (2-space indentation, clauses in\n"
  "canonical order, one blank line between declarations, long `when` conditions broken at\n"
  "and/or); comments, string literals, numbers and dates are kept exactly as written. A folder\n"
  "stands for its .zan files; `-` reads stdin and writes stdout.\n"
  "--keywords SET converts the keywords (and the first line `-- zan: keywords SET`) and nothing\n"
  "else, so converting back gives the original bytes; it refuses a file using an identifier that\n"
  "is a keyword of SET. --check lists the files that would change (stdout) and exits 1.\n"
  "A file is replaced all at once (a temporary beside it, then renamed); a symbolic link stays\n"
  "and its target is formatted.\n"
  "exit: 0 done (or nothing to change), 1 --check found changes, 2 usage or unreadable file,\n"
  "4 a file has syntax errors or a keyword collision (it is left as it is), 74 a file or the\n"
  "output could not be written (the file is left as it was).\n",
  fmt_opts, 1, -1, run_fmt
};
