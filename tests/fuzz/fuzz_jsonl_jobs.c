/* fuzz_jsonl_jobs.c — libFuzzer harness for `zan eval --jsonl --jobs`: the input, cut at NUL
 * bytes into up to three JSON Lines streams, is decided by one process and by two workers
 * (the line splitter, the units, pool.c's frames and the parent's relay); the two outputs must
 * be the same bytes, else the harness aborts. Uses the small policy of tests/cli/loans. */
#include "fuzz_common.h"
#include <fcntl.h>
#include <unistd.h>
/* the command's own code, so its static functions run exactly as in zan */
#include "interp/cli/args.c"
#include "interp/cli/common.c"
#include "interp/cli/pool.c"
#include "interp/cli/eval.c"

enum { FUZZ_STREAMS = 3, FUZZ_JOBS = 2 };
static Program *loans;
static CliEnv env;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  fuzz_setup();
  Diags d;
  diags_init(&d, LANG_EN);
  LoadOptions o = { .exe_dir = NULL, .source_root = fuzz_root(), .library_ok = false, .skip_tests = true };
  loans = load_policy(zan_sprintf("%s/tests/cli/loans", fuzz_root()), &o, &d);
  if (!loans) { diags_print(&d, stderr, false); fprintf(stderr, "fuzz: cannot load tests/cli/loans\n"); exit(1); }
  env.lang = LANG_EN;
  fuzz_begin();
  return 0;
}

/* Decides the streams with `jobs` processes; stdout goes to a temporary file, whose bytes are
 * returned (GC) in *out. */
static size_t run(const char **paths, int n, int jobs, char **out) {
  EvalRun e;
  memset(&e, 0, sizeof e);
  e.env = &env;
  e.p = loans;
  e.lines = true;
  e.many_files = n > 1;
  e.flags = EVAL_TRACE;
  e.ro.explain = true;
  e.messages_left = STREAM_MESSAGES;
  e.slots = ZAN_NEWN(Val, loans->nslots + 1);
  buf_init(&e.out);
  e.jobs = jobs;
  char tmpl[] = "/tmp/zan-fuzz-out-XXXXXX";
  int fd = mkstemp(tmpl);
  if (fd < 0) { perror("mkstemp"); abort(); }
  unlink(tmpl);
  fflush(stdout);
  int saved = dup(1), saved_err = dup(2);
  dup2(fd, 1);
  dup2(fileno(fuzz_null), 2);
  if (jobs > 1) {
    EvalWork x = { &e, n, paths, true };
    pool_run(jobs, eval_worker, &x);
  } else {
    for (int i = 0; i < n; i++) eval_input(&e, paths[i], true);
    out_flush(&e);
  }
  dup2(saved, 1); dup2(saved_err, 2);
  close(saved); close(saved_err);
  off_t size = lseek(fd, 0, SEEK_END);
  *out = zan_alloc_raw((size_t)size + 1);
  if (pread(fd, *out, (size_t)size, 0) != size) { perror("pread"); abort(); }
  close(fd);
  return (size_t)size;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > FUZZ_MAX_INPUT) return -1;
  /* only what could be a stream of records: the rest of the shared corpus is not worth the forks */
  if (size == 0 || data[0] != '{') return -1;
  const char *paths[FUZZ_STREAMS];
  char names[FUZZ_STREAMS][32];
  int n = 0;
  size_t start = 0;
  for (size_t i = 0; i <= size && n < FUZZ_STREAMS; i++) {
    if (i < size && (data[i] != 0 || n == FUZZ_STREAMS - 1)) continue;
    snprintf(names[n], sizeof names[n], "/tmp/zan-fuzz-in-%d-%d", (int)getpid(), n);
    int fd = open(names[n], O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0 || write(fd, data + start, i - start) != (ssize_t)(i - start)) { perror(names[n]); abort(); }
    close(fd);
    paths[n] = names[n];
    n++;
    start = i + 1;
  }
  char *one, *many;
  size_t n1 = run(paths, n, 1, &one);
  size_t n3 = run(paths, n, FUZZ_JOBS, &many);
  for (int i = 0; i < n; i++) unlink(names[i]);
  if (n1 != n3 || memcmp(one, many, n1) != 0) {
    fprintf(stderr, "fuzz_jsonl_jobs: --jobs %d wrote %zu bytes, one process %zu, not the same\n", FUZZ_JOBS, n3, n1);
    abort();
  }
  fuzz_end();
  return 0;
}
