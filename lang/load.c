/* load.c — finds a policy (path or alias, LANGUAGE.md §8), reads and parses its modules and
 * the modules they import (std.NAME from the standard library), each once (a folder's own
 * modules on two threads, see add_modules), then checks and
 * lowers. Import cycles are allowed: declarations are order-independent, and every module is
 * loaded before any is checked. */
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <dirent.h>
#include <pthread.h>
#include <sched.h>
#include <sys/stat.h>
#include "load.h"
#include "parse.h"
#include "check.h"
#include "base/alloc.h"
#include "base/buf.h"

static bool is_dir(const char *p) { struct stat st; return p && stat(p, &st) == 0 && S_ISDIR(st.st_mode); }
static bool is_file(const char *p) { struct stat st; return p && stat(p, &st) == 0 && S_ISREG(st.st_mode); }

static bool ends_with(const char *s, const char *suf) {
  size_t a = strlen(s), b = strlen(suf);
  return a >= b && strcmp(s + a - b, suf) == 0;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Entries of dir, sorted by name (bytes); want_dirs: sub-folders, else *.zan files. */
static char **list_dir(const char *dir, bool want_dirs, int *n) {
  Vec v = {0};
  DIR *d = opendir(dir);
  if (d) {
    struct dirent *e;
    while ((e = readdir(d))) {
      if (e->d_name[0] == '.') continue;
      if (!want_dirs && !ends_with(e->d_name, ".zan")) continue;
      char *full = zan_sprintf("%s/%s", dir, e->d_name);
      /* the entry's type from readdir when it knows it (no stat per file); links and
       * file systems that do not say are asked with stat, which follows links */
      bool keep;
      if (e->d_type == DT_DIR) keep = want_dirs;
      else if (e->d_type == DT_REG) keep = !want_dirs;
      else keep = want_dirs ? is_dir(full) : is_file(full);
      if (keep) vec_push(&v, full);
    }
    closedir(d);
  }
  if (v.n) qsort(v.items, (size_t)v.n, sizeof(char *), cmp_str);
  *n = v.n;
  return (char **)v.items;
}

/* The folders an alias is looked up in, in order (LANGUAGE.md §8). */
static Vec search_dirs(const LoadOptions *o) {
  Vec v = {0};
  const char *zp = getenv("ZAN_PATH");
  if (zp && *zp) {
    char *copy = zan_strdup(zp), *save = NULL;
    for (char *s = strtok_r(copy, ":", &save); s; s = strtok_r(NULL, ":", &save)) if (*s) vec_push(&v, s);
  }
  if (o && o->exe_dir) vec_push(&v, zan_sprintf("%s/../share/zan/policies", o->exe_dir));
  if (o && o->source_root) vec_push(&v, zan_sprintf("%s/policies", o->source_root));
  return v;
}

/* A cheap look for `alias "spec"` outside comments, without parsing the file. */
static bool file_declares_alias(const char *path, const char *spec) {
  const char *err;
  Source *s = source_read_file(path, &err);
  if (!s) return false;
  const char *t = s->text, *end = s->text + s->len;
  size_t sl = strlen(spec);
  for (const char *p = t; p < end && (p = strstr(p, "alias")); p += 5) {
    if (p > t && !(p[-1] == ' ' || p[-1] == '\t' || p[-1] == '\n' || p[-1] == '\r')) continue;
    const char *ls = p;                       /* skip when `--` comes earlier on the line */
    while (ls > t && ls[-1] != '\n') ls--;
    bool comment = false;
    for (const char *c = ls; c + 1 < p; c++) if (c[0] == '-' && c[1] == '-') { comment = true; break; }
    if (comment) continue;
    const char *q = p + 5;
    if (!(*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r')) continue;
    while (q < end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r')) q++;
    if (*q == '"' && (size_t)(end - q) > sl + 1 && memcmp(q + 1, spec, sl) == 0 && q[sl + 1] == '"') return true;
  }
  return false;
}

/* policy.zan, where the policy header usually is, is looked at first: the answer is the same
 * (any file may declare it), but the other files are then not read twice. */
static bool declares_alias(const char *path, const char *spec) {
  if (is_file(path)) return ends_with(path, ".zan") && file_declares_alias(path, spec);
  int n;
  char **files = list_dir(path, false, &n);
  int first = -1;
  for (int i = 0; i < n; i++) if (ends_with(files[i], "/policy.zan")) first = i;
  if (first >= 0 && file_declares_alias(files[first], spec)) return true;
  for (int i = 0; i < n; i++) if (i != first && file_declares_alias(files[i], spec)) return true;
  return false;
}

const char *load_find_policy(const char *spec, const LoadOptions *o, Diags *d) {
  if (!spec || !*spec) { diag_report(d, DIAG_ERROR, (Loc){0}, E_LOAD_NO_POLICY, "", msg_format(N_LOAD_NOWHERE, d->lang), ""); return NULL; }
  if (is_dir(spec) || is_file(spec)) return spec;
  Vec dirs = search_dirs(o);
  /* A folder named like the alias is tried first (the usual case), then every policy. */
  for (int i = 0; i < dirs.n; i++) {
    const char *cand = zan_sprintf("%s/%s", (char *)dirs.items[i], spec);
    if (is_dir(cand) && declares_alias(cand, spec)) return cand;
  }
  for (int i = 0; i < dirs.n; i++) {
    int n;
    char **subs = list_dir(dirs.items[i], true, &n);
    for (int k = 0; k < n; k++) if (declares_alias(subs[k], spec)) return subs[k];
    char **files = list_dir(dirs.items[i], false, &n);
    for (int k = 0; k < n; k++) if (file_declares_alias(files[k], spec)) return files[k];
  }
  /* Last resort: a folder of that name whose header declares no alias at all. */
  for (int i = 0; i < dirs.n; i++) {
    const char *cand = zan_sprintf("%s/%s", (char *)dirs.items[i], spec);
    if (is_dir(cand)) return cand;
  }
  Buf b; buf_init(&b);
  for (int i = 0; i < dirs.n; i++) buf_printf(&b, "%s%s", i ? ", " : "", (char *)dirs.items[i]);
  diag_report(d, DIAG_ERROR, (Loc){0}, E_LOAD_NO_POLICY, spec, dirs.n ? buf_cstr(&b) : msg_format(N_LOAD_NO_ZAN_PATH, d->lang), spec);
  return NULL;
}

/* ---- modules ----------------------------------------------------------------------------- */

typedef struct Loader {
  Diags            *d;
  const LoadOptions *o;
  const char       *dir;           /* the policy's folder */
  bool              single;        /* the policy is one file: siblings load on import */
  Vec               mods;          /* CheckModule* */
  const char       *stdlib;        /* resolved once, may be NULL */
} Loader;

static const char *stdlib_dir(const LoadOptions *o) {
  const char *e = getenv("ZAN_STDLIB");
  if (e && *e) return e;
  if (o && o->exe_dir) {
    const char *p = zan_sprintf("%s/../share/zan/stdlib", o->exe_dir);
    if (is_dir(p)) return p;
  }
  if (o && o->source_root) return zan_sprintf("%s/stdlib", o->source_root);
  return NULL;
}

/* Whether two paths name the same folder (the standard library's own, tested as a library). */
static bool same_dir(const char *a, const char *b) {
  if (!a || !b) return false;
  char *ra = realpath(a, NULL), *rb = realpath(b, NULL);
  bool same = ra && rb && strcmp(ra, rb) == 0;
  free(ra); free(rb);            /* realpath's own malloc, not the GC's */
  return same;
}

static int find_mod(Loader *L, const char *name) {
  for (int i = 0; i < L->mods.n; i++) if (strcmp(((CheckModule *)L->mods.items[i])->name, name) == 0) return i;
  return -1;
}

/* Reads and parses one module; returns its index or -1 (reported at `at`). */
/* A module's text: from the reader the caller gave, else from the file. */
static Source *read_module(const LoadOptions *o, const char *path, const char **err) {
  return o && o->read ? o->read(path, err, o->read_ctx) : source_read_file(path, err);
}

static int add_module(Loader *L, const char *path, const char *name, bool is_std, Loc at) {
  const char *err = NULL;
  Source *src = read_module(L->o, path, &err);
  if (!src) { diag_report(L->d, DIAG_ERROR, at, E_LOAD_READ, path, err ? err : "?"); return -1; }
  CheckModule *m = ZAN_NEW(CheckModule);
  m->file = parse_file(src, L->d);
  m->name = name; m->is_std = is_std;
  vec_push(&L->mods, m);
  return L->mods.n - 1;
}

/* ---- a folder's modules, read and parsed on two threads ------------------------------------
 * Parsing is most of loading a big policy (the bundled law: 20 files, 300 KB) and the modules
 * are independent until they are checked: a second thread takes every other file. Each file
 * reports into a Diags of its own, appended in file order afterwards, so the messages and their
 * order are those of one thread. The parser keeps no state between files (keyword table:
 * pthread_once), and the helper thread is registered with the collector. */
typedef struct ParseJobs {
  char      **paths;
  int         n;
  int         next;       /* the next file to take (atomic) */
  Source    **srcs;       /* NULL: could not be read, errs[i] says why */
  const char **errs;
  File      **files;
  Diags      *diags;
  Lang        lang;
  int         max_errors;
  const LoadOptions *o;
} ParseJobs;

static void parse_jobs_run(ParseJobs *J) {
  for (;;) {
    int i = __atomic_fetch_add(&J->next, 1, __ATOMIC_RELAXED);
    if (i >= J->n) return;
    diags_init(&J->diags[i], J->lang);
    J->diags[i].max_errors = J->max_errors;
    const char *err = NULL;
    J->srcs[i] = read_module(J->o, J->paths[i], &err);
    if (!J->srcs[i]) { J->errs[i] = err ? err : "?"; continue; }
    J->files[i] = parse_file(J->srcs[i], &J->diags[i]);
  }
}

static void *parse_jobs_thread(void *arg) {
  zan_gc_thread_enter();
  parse_jobs_run(arg);
  zan_gc_thread_leave();
  return NULL;
}

/* A second thread pays (about 50 µs) with a few files and a second processor to run on. */
static bool parse_threaded(int n) {
  if (n < 4) return false;
  cpu_set_t cs;
  CPU_ZERO(&cs);
  return sched_getaffinity(0, sizeof cs, &cs) == 0 && CPU_COUNT(&cs) >= 2;
}

static void add_modules(Loader *L, char **paths, int n, bool std) {
  ParseJobs J = { paths, n, 0, ZAN_NEWN(Source *, n), ZAN_NEWN(const char *, n), ZAN_NEWN(File *, n),
                  ZAN_NEWN(Diags, n), L->d->lang, L->d->max_errors, L->o };
  pthread_t helper;
  bool threaded = parse_threaded(n) && pthread_create(&helper, NULL, parse_jobs_thread, &J) == 0;
  parse_jobs_run(&J);
  if (threaded) pthread_join(helper, NULL);
  for (int i = 0; i < n; i++) {
    if (!J.srcs[i]) { diag_report(L->d, DIAG_ERROR, (Loc){0}, E_LOAD_READ, paths[i], J.errs[i]); continue; }
    diags_append(L->d, &J.diags[i]);
    CheckModule *m = ZAN_NEW(CheckModule);
    m->file = J.files[i];
    m->name = std ? zan_sprintf("std.%s", source_stem(paths[i])) : source_stem(paths[i]);
    m->is_std = std;
    vec_push(&L->mods, m);
  }
}

/* Resolves module i's imports, loading what is not loaded yet. */
static void resolve_imports(Loader *L, int i) {
  CheckModule *m = L->mods.items[i];
  File *f = m->file;
  m->nimports = f->nimports;
  m->imports = ZAN_NEWN(int, f->nimports);
  for (int k = 0; k < f->nimports; k++) {
    const char *imp = f->imports[k].text;
    Loc at = f->imports[k].loc;
    m->imports[k] = -1;
    if (!imp) continue;
    bool std = strncmp(imp, "std.", 4) == 0 || m->is_std;    /* inside the stdlib, bare names are stdlib siblings */
    const char *base = strncmp(imp, "std.", 4) == 0 ? imp + 4 : imp;
    const char *name = std ? zan_sprintf("std.%s", base) : base;
    int found = find_mod(L, name);
    if (found >= 0) { m->imports[k] = found; continue; }
    char *rel = zan_sprintf("%s.zan", base);
    for (char *c = rel; *c && strcmp(c, ".zan") != 0; c++) if (*c == '.') *c = '/';   /* std.a.b -> a/b.zan */
    if (std) {
      const char *path = L->stdlib ? zan_sprintf("%s/%s", L->stdlib, rel) : rel;
      if (!L->stdlib || !is_file(path)) {
        diag_report(L->d, DIAG_ERROR, at, E_NO_STDLIB, imp, path);
        continue;
      }
      m->imports[k] = add_module(L, path, name, true, at);
    } else {
      const char *path = zan_sprintf("%s/%s", L->dir, rel);
      if (!L->single || !is_file(path)) {
        diag_report(L->d, DIAG_ERROR, at, E_NO_MODULE, imp, path);
        continue;
      }
      m->imports[k] = add_module(L, path, name, false, at);
    }
    m = L->mods.items[i];                   /* (the vector may have grown) */
  }
}

/* The folder's files and the caller's extra files in it (LoadOptions.extra_files), sorted. */
static char **add_extra_files(char **zs, int *n, const char *dir, const LoadOptions *o) {
  if (!o || !o->nextra_files) return zs;
  Vec v = { 0 };
  for (int i = 0; i < *n; i++) vec_push(&v, zs[i]);
  size_t dl = strlen(dir);
  for (int k = 0; k < o->nextra_files; k++) {
    const char *x = o->extra_files[k];
    if (strncmp(x, dir, dl) != 0 || x[dl] != '/' || strchr(x + dl + 1, '/') || !ends_with(x, ".zan")) continue;
    bool have = false;
    for (int i = 0; i < v.n; i++) if (!strcmp(v.items[i], x)) have = true;
    if (!have) vec_push(&v, (char *)x);
  }
  if (v.n) qsort(v.items, (size_t)v.n, sizeof(char *), cmp_str);
  *n = v.n;
  return (char **)v.items;
}

Program *load_policy_files(const char *spec, const LoadOptions *o, Diags *d, File ***files, int *nfiles) {
  if (files) *files = NULL;
  if (nfiles) *nfiles = 0;
  const char *path = load_find_policy(spec, o, d);
  if (!path) return NULL;
  Loader L;
  memset(&L, 0, sizeof L);
  int errors_before = d->nerrors;
  L.d = d; L.o = o; L.stdlib = stdlib_dir(o);
  /* The standard library's own modules (`zan test stdlib`, `zan test stdlib/dates.zan`) load
   * as std.NAME, so that their `import std.X` finds them instead of loading them twice. */
  bool std = false;
  if (is_dir(path)) {
    L.dir = path;
    std = same_dir(path, L.stdlib);
    int n;
    char **zs = list_dir(path, false, &n);
    zs = add_extra_files(zs, &n, path, o);
    if (n == 0) { diag_report(d, DIAG_ERROR, (Loc){0}, E_LOAD_EMPTY_DIR, path); return NULL; }
    add_modules(&L, zs, n, std);
  } else {
    if (!ends_with(path, ".zan")) { diag_report(d, DIAG_ERROR, (Loc){0}, E_LOAD_NOT_ZAN, path); return NULL; }
    const char *slash = strrchr(path, '/');
    L.dir = slash ? zan_strndup(path, (size_t)(slash - path)) : ".";
    L.single = true;
    std = same_dir(L.dir, L.stdlib);
    if (add_module(&L, path, std ? zan_sprintf("std.%s", source_stem(path)) : source_stem(path), std, (Loc){0}) < 0) return NULL;
  }
  for (int i = 0; i < L.mods.n; i++) resolve_imports(&L, i);   /* the list grows as imports load */
  int n = L.mods.n;
  CheckModule *mods = ZAN_NEWN(CheckModule, n);
  for (int i = 0; i < n; i++) mods[i] = *(CheckModule *)L.mods.items[i];
  if (files) {
    *files = ZAN_NEWN(File *, n);
    for (int i = 0; i < n; i++) (*files)[i] = mods[i].file;
  }
  if (nfiles) *nfiles = n;
  /* After a syntax error, an unreadable module or a missing import the checker still runs on
   * what was parsed, so that every other error is reported in the same run; it keeps quiet
   * about what may only echo the lost text (names declared there are "unknown"). */
  CheckOptions co = { .dir = L.dir, .library_ok = o && o->library_ok,
                       .after_syntax_errors = d->nerrors > errors_before, .skip_tests = o && o->skip_tests };
  Program *p = check_program(mods, n, &co, d);
  if (p) {   /* what the sources were: a receipt's policy_sha256 (interp/receipt.c) */
    p->nmodules = n;
    p->module_names = ZAN_NEWN(const char *, n);
    p->module_srcs = ZAN_NEWN(const Source *, n);
    for (int i = 0; i < n; i++) {
      p->module_names[i] = mods[i].name;
      p->module_srcs[i] = mods[i].file ? mods[i].file->src : NULL;
    }
  }
  return p;
}

Program *load_policy(const char *spec, const LoadOptions *o, Diags *d) {
  return load_policy_files(spec, o, d, NULL, NULL);
}
