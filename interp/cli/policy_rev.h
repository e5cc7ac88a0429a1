/* policy_rev.h — `PATH@REV`: a policy as it was at a git revision, exported into a temporary
 * folder (policy_rev.c). */
#ifndef ZAN_CLI_POLICY_REV_H
#define ZAN_CLI_POLICY_REV_H
#include <stdbool.h>
#include "cli.h"

/* Whether spec is PATH@REV (an '@' with something on both sides, and spec itself no existing
 * file): then *path and *rev are its parts. */
bool cli_rev_split(const char *spec, const char **path, const char **rev);
/* spec itself when it names no revision; else the policy exported at that revision: its path
 * inside a new temporary folder *tmpdir (give it to cli_rev_cleanup when done, also after an
 * error). NULL after printing an error: git missing, not a repository, an unknown revision or
 * a path the revision lacks (exit 4, the policy cannot be loaded). */
const char *cli_policy_at_rev(const char *spec, const CliEnv *env, const char **tmpdir);
/* Removes a folder cli_policy_at_rev made (NULL: nothing). */
void cli_rev_cleanup(const char *dir);
#endif
