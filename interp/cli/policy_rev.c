/* policy_rev.c — a policy as it was at a git revision, `PATH@REV`: the policy's folder exported
 * with `git archive` into a temporary folder (removed by cli_rev_cleanup), for `zan impact`. */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <libgen.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include "cli.h"
#include "policy_rev.h"
#include "../../lang/base/alloc.h"
#include "../../lang/base/buf.h"

extern char **environ;

/* Runs argv (no shell) with stdout and stderr into the files out and err. Returns the exit
 * status, or -1 with errno set when it could not be started. */
static int run(char *const argv[], const char *out, const char *err) {
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_addopen(&fa, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  pid_t pid;
  int rc = posix_spawnp(&pid, argv[0], &fa, NULL, argv, environ);
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) { errno = rc; return -1; }
  int st;
  while (waitpid(pid, &st, 0) < 0)
    if (errno != EINTR) return -1;
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + (WIFSIGNALED(st) ? WTERMSIG(st) : 0);
}

/* A file's text without its trailing newlines (the first line of git's complaint will do). */
static const char *slurp(const char *path, bool first_line) {
  const char *why;
  Source *s = source_read_file(path, &why);
  if (!s) return "";
  size_t n = s->len;
  if (first_line) { const char *nl = memchr(s->text, '\n', n); if (nl) n = (size_t)(nl - s->text); }
  while (n && (s->text[n - 1] == '\n' || s->text[n - 1] == '\r')) n--;
  return zan_strndup(s->text, n);
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *f) {
  (void)st; (void)f;
  if (flag == FTW_DP) rmdir(path);
  else unlink(path);
  return 0;
}

void cli_rev_cleanup(const char *dir) {
  if (dir) nftw(dir, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

bool cli_rev_split(const char *spec, const char **path, const char **rev) {
  const char *at = strrchr(spec, '@');
  struct stat st;
  if (!at || at == spec || !at[1] || stat(spec, &st) == 0) return false;
  *path = zan_strndup(spec, (size_t)(at - spec));
  *rev = at + 1;
  return true;
}

const char *cli_policy_at_rev(const char *spec, const CliEnv *env, const char **tmpdir) {
  const char *path, *rev;
  *tmpdir = NULL;
  if (!cli_rev_split(spec, &path, &rev)) return spec;
  /* where the policy is now (a path or an alias): its repository and its place in it */
  Diags d;
  diags_init(&d, env->lang);
  const char *found = load_find_policy(path, &env->load, &d);
  if (!found) { diags_print(&d, stderr, env->color); return NULL; }
  char *real = realpath(found, NULL);
  if (!real) { cli_error(E_CLI_CANNOT_READ, found, strerror(errno)); return NULL; }
  struct stat st;
  bool is_dir = stat(real, &st) == 0 && S_ISDIR(st.st_mode);
  /* a folder policy is exported whole; a one-file policy with the folder it is in */
  const char *dir = is_dir ? real : dirname(zan_strdup(real));
  char tmpl[] = "/tmp/zan-impact-XXXXXX";
  char *tmp = mkdtemp(tmpl);
  if (!tmp) { cli_error(E_IMPACT_TMP, spec, strerror(errno)); return NULL; }
  tmp = zan_strdup(tmp);
  *tmpdir = tmp;
  const char *out = zan_sprintf("%s/git.out", tmp), *err = zan_sprintf("%s/git.err", tmp);

  char *top_argv[] = { "git", "-C", (char *)dir, "rev-parse", "--show-toplevel", NULL };
  int rc = run(top_argv, out, err);
  if (rc < 0) { cli_error(E_IMPACT_NO_GIT, path, rev, strerror(errno)); return NULL; }
  if (rc != 0) { cli_error(E_IMPACT_NOT_IN_GIT, path, rev); return NULL; }
  char *top = realpath(slurp(out, true), NULL);
  size_t tl = top ? strlen(top) : 0;
  if (!top || strncmp(dir, top, tl) != 0 || (dir[tl] && dir[tl] != '/')) {
    cli_error(E_IMPACT_NOT_IN_GIT, path, rev);
    return NULL;
  }
  const char *rel = dir[tl] ? dir + tl + 1 : ".";     /* the folder inside the repository */
  const char *tar = zan_sprintf("%s/policy.tar", tmp), *tree = zan_sprintf("%s/tree", tmp);
  char *arch_argv[] = { "git", "-C", top, "archive", "--format=tar", "-o", (char *)tar,
                        (char *)rev, "--", (char *)rel, NULL };
  rc = run(arch_argv, out, err);
  if (rc != 0) {
    const char *why = rc < 0 ? strerror(errno) : slurp(err, true);
    cli_error(E_IMPACT_GIT_FAILED, path, rev, *why ? why : zan_sprintf("exit %d", rc));
    return NULL;
  }
  if (mkdir(tree, 0700) != 0) { cli_error(E_IMPACT_TMP, spec, strerror(errno)); return NULL; }
  char *tar_argv[] = { "tar", "-x", "-f", (char *)tar, "-C", (char *)tree, NULL };
  rc = run(tar_argv, out, err);
  if (rc != 0) {
    const char *why = rc < 0 ? strerror(errno) : slurp(err, true);
    cli_error(E_IMPACT_GIT_FAILED, path, rev, *why ? why : zan_sprintf("tar: exit %d", rc));
    return NULL;
  }
  const char *copy = zan_sprintf("%s/%s", tree, rel);
  free(top);
  if (is_dir) return copy;
  return zan_sprintf("%s/%s", copy, basename(zan_strdup(real)));
}
