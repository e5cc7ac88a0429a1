/* atomic_write.h — replacing or creating files all or nothing: every new content goes to an
 * exclusive temporary beside its target, is synced, and only then are they all renamed. */
#ifndef ZAN_ATOMIC_WRITE_H
#define ZAN_ATOMIC_WRITE_H
#include <stddef.h>

typedef struct AwFile {
  const char *path;        /* as the user named it; a symbolic link is followed to its target */
  const char *data;
  size_t      len;
} AwFile;

/* Writes files[0..n) together. For each: the path is resolved through symbolic links (the
 * link stays, its target gets the text), a temporary `.NAME.zan-XXXXXX` is created beside
 * the target with mkstemp (O_EXCL: a link planted there is never followed), written, given
 * the target's mode (a new file: 0666 less the umask), synced; when all are written they are
 * renamed over their targets. Returns 0, or an errno with *failed set to the path (as given)
 * that failed; then every temporary is removed and no target has changed. (Only a rename can
 * fail after an earlier one succeeded — renames in the target's own folder need no space.)
 * A target that is not a regular file (/dev/stdout, /dev/full, a pipe) is written in place,
 * last; it is never replaced. */
int atomic_write_files(const AwFile *files, int n, const char **failed);
/* One file. */
int atomic_write_file(const char *path, const char *data, size_t len);
/* The path a write to path lands on: path itself, or the end of its chain of symbolic links
 * (a link that points nowhere yet: where it points). Never NULL. */
const char *atomic_write_target(const char *path);
#endif
