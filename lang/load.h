/* load.h — from a policy argument (folder, .zan file, or alias) to a checked, lowered Program:
 * find the policy, read and parse its modules and the std modules they import, check
 * names, types, rules and citations, and lower to the IR. */
#ifndef ZAN_LOAD_H
#define ZAN_LOAD_H
#include "ir.h"
#include "ast.h"
#include "base/diag.h"

typedef struct LoadOptions {
  const char *exe_dir;       /* folder of the running binary (for PREFIX/share/zan/…), may be NULL */
  const char *source_root;   /* the source tree the binary was built in (ZAN_SOURCE_ROOT at build time), may be NULL */
  bool library_ok;           /* modules without a policy header load as a library (zan test, zan check) */
  bool skip_tests;           /* test blocks are not checked nor lowered (zan eval: it never runs them) */
  /* Reads a module's file (NULL: source_read_file). `zan lsp` passes the text of the editor's
   * unsaved documents this way. Returns NULL and sets *err on failure; may run on a helper thread. */
  Source *(*read)(const char *path, const char **err, void *ctx);
  void *read_ctx;
  /* Files of a folder policy besides those on disk (an editor's new, unsaved file): full
   * paths; those not in the folder are ignored. */
  const char *const *extra_files;
  int nextra_files;
} LoadOptions;

/* Finds the policy named by spec (LANGUAGE.md §8): an existing path, else an alias looked up in
 * ZAN_PATH folders, PREFIX/share/zan/policies, then source_root/policies. Returns the folder or
 * file path, or NULL with an error in d. */
const char *load_find_policy(const char *spec, const LoadOptions *o, Diags *d);
/* Loads, checks and lowers. Returns NULL when any error was reported (warnings don't stop it). */
Program *load_policy(const char *spec, const LoadOptions *o, Diags *d);
/* The parsed files of the last load (for fmt, i18n, doc): filled when files != NULL. */
Program *load_policy_files(const char *spec, const LoadOptions *o, Diags *d, File ***files, int *nfiles);
#endif
