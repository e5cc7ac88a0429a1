/* pool.c — the worker pool of `zan eval --jobs N` (pool.h): fork, one pipe per worker carrying
 * frames (a length, then that many bytes; length 0 ends a unit), the parent relaying the units
 * to stdout in unit order, signals passed on, and a dead worker named with its signal. */
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include "cli.h"
#include "pool.h"
#include "../../lang/base/alloc.h"

enum { PIPE_BYTES = 1 << 20 };     /* how far a worker may run ahead of its turn (with its buffer) */

static int out_fd = -1;            /* a worker's pipe to the parent */
static pid_t *pids;                /* the parent's workers, for the signal handler */
static volatile sig_atomic_t npids;

/* Writes all of n bytes; false on an error (errno set). */
static bool write_full(int fd, const void *p, size_t n) {
  const char *c = p;
  while (n) {
    ssize_t k = write(fd, c, n);
    if (k < 0) { if (errno == EINTR) continue; return false; }
    c += k; n -= (size_t)k;
  }
  return true;
}
/* Reads exactly n bytes; false at end of file or on an error. */
static bool read_full(int fd, void *p, size_t n) {
  char *c = p;
  while (n) {
    ssize_t k = read(fd, c, n);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) return false;
    c += k; n -= (size_t)k;
  }
  return true;
}

/* In a worker the parent is gone when a write fails: nothing is left to do. */
void pool_unit_write(const void *data, size_t n) {
  while (n) {
    uint32_t k = n > (1u << 30) ? 1u << 30 : (uint32_t)n;
    if (!write_full(out_fd, &k, sizeof k) || !write_full(out_fd, data, k)) _exit(ZAN_EXIT_IO);
    data = (const char *)data + k;
    n -= k;
  }
}
void pool_unit_end(void) {
  uint32_t z = 0;
  if (!write_full(out_fd, &z, sizeof z)) _exit(ZAN_EXIT_IO);
}

/* SIGTERM, SIGINT, SIGHUP to the parent: the workers get the same, then the parent ends the
 * way the signal says (async-signal-safe calls only). */
static void forward(int sig) {
  for (int i = 0; i < npids; i++) if (pids[i] > 0) kill(pids[i], sig);
  signal(sig, SIG_DFL);
  raise(sig);
}
static const int forwarded[] = { SIGTERM, SIGINT, SIGHUP };

static void worker_start(int w, int jobs, pid_t parent, int (*pipes)[2], PoolWork work, void *ctx) {
  for (size_t i = 0; i < sizeof forwarded / sizeof *forwarded; i++) signal(forwarded[i], SIG_DFL);
  /* end with the parent; it may have ended before the line above took effect */
  prctl(PR_SET_PDEATHSIG, SIGTERM);
  if (getppid() != parent) _exit(ZAN_EXIT_INTERNAL);
  for (int k = 0; k < jobs; k++) {
    close(pipes[k][0]);
    if (k != w) close(pipes[k][1]);
  }
  out_fd = pipes[w][1];
  int rc = work(ctx, w, jobs);
  fflush(stderr);
  _exit(rc);
}

/* The parent: unit u comes from worker u % jobs; its frames go to stdout until its end frame.
 * A worker's pipe at its end means it has no units left, so none are left at all (or it died).
 * Returns that worker, or -1 when stdout failed (errno set). */
static int relay(int jobs, const int *in) {
  char *buf = zan_alloc_raw(PIPE_BYTES);
  for (long u = 0;; u++) {
    int w = (int)(u % jobs), fd = in[w];
    for (;;) {
      uint32_t n;
      if (!read_full(fd, &n, sizeof n)) return w;
      if (n == 0) break;
      while (n) {
        size_t want = n < PIPE_BYTES ? n : PIPE_BYTES;
        if (!read_full(fd, buf, want)) return w;
        if (!write_full(1, buf, want)) return -1;
        n -= (uint32_t)want;
      }
    }
  }
}

int pool_run(int jobs, PoolWork work, void *ctx) {
  int (*pipes)[2] = zan_alloc_atomic(sizeof(int[2]) * (size_t)jobs);
  int *in = zan_alloc_atomic(sizeof(int) * (size_t)jobs);
  pids = zan_alloc_atomic(sizeof(pid_t) * (size_t)jobs);
  for (int w = 0; w < jobs; w++) {
    if (pipe2(pipes[w], O_CLOEXEC) < 0) { cli_error(E_CLI_POOL, "pipe", strerror(errno)); return ZAN_EXIT_INTERNAL; }
    fcntl(pipes[w][0], F_SETPIPE_SZ, PIPE_BYTES);   /* a hint: the default 64 KB works too */
  }
  fflush(stdout);
  fflush(stderr);
  sigset_t block, old;
  sigemptyset(&block);
  for (size_t i = 0; i < sizeof forwarded / sizeof *forwarded; i++) sigaddset(&block, forwarded[i]);
  sigprocmask(SIG_BLOCK, &block, &old);   /* no forwarding to a half-made list */
  pid_t parent = getpid();
  int started = 0;
  for (int w = 0; w < jobs; w++) {
    pid_t pid = fork();
    if (pid < 0) { cli_error(E_CLI_POOL, "fork", strerror(errno)); break; }
    if (pid == 0) { sigprocmask(SIG_SETMASK, &old, NULL); worker_start(w, jobs, parent, pipes, work, ctx); }
    pids[started++] = pid;
  }
  npids = started;
  for (size_t i = 0; i < sizeof forwarded / sizeof *forwarded; i++) signal(forwarded[i], forward);
  sigprocmask(SIG_SETMASK, &old, NULL);
  for (int w = 0; w < jobs; w++) { close(pipes[w][1]); in[w] = pipes[w][0]; }

  int rc = started == jobs ? ZAN_EXIT_OK : ZAN_EXIT_INTERNAL;
  int last = started == jobs ? relay(jobs, in) : 0;
  bool wrote = last >= 0;
  int werr = errno;
  /* the worker whose end ended the output: killed by a signal, the rest is missing */
  int st_last = 0;
  bool crashed = false;
  if (wrote && started == jobs) {
    while (waitpid(pids[last], &st_last, 0) < 0 && errno == EINTR) {}
    crashed = WIFSIGNALED(st_last);
  }
  bool ending = !wrote || started < jobs || crashed;   /* we end the others */
  if (ending)
    for (int w = 0; w < started; w++) if (!(wrote && w == last)) kill(pids[w], SIGTERM);
  for (int w = 0; w < jobs; w++) close(in[w]);
  for (int w = 0; w < started; w++) {
    int st = 0;
    if (wrote && started == jobs && w == last) st = st_last;
    else while (waitpid(pids[w], &st, 0) < 0 && errno == EINTR) {}
    if (WIFEXITED(st)) { rc = exit_worst(rc, WEXITSTATUS(st)); continue; }
    int sig = WTERMSIG(st);
    /* one we ended, or one that found the pipes closed behind the one that died: no news */
    if ((ending || sig == SIGPIPE) && !(crashed && w == last)) continue;
    cli_error(E_CLI_WORKER_SIGNAL, w + 1, jobs, sig, strsignal(sig));
    rc = exit_worst(rc, ZAN_EXIT_INTERNAL);
  }
  for (size_t i = 0; i < sizeof forwarded / sizeof *forwarded; i++) signal(forwarded[i], SIG_DFL);
  npids = 0;
  if (!wrote) {
    /* the reader of stdout went away (`| head`): end the way one process would, by SIGPIPE */
    if (werr == EPIPE) { signal(SIGPIPE, SIG_DFL); raise(SIGPIPE); }
    cli_error(E_CLI_WRITE, strerror(werr));
    rc = exit_worst(rc, ZAN_EXIT_IO);
  }
  return rc;
}
