/* serve.c — `zan serve [--listen HOST:PORT] [--threads N] POLICY…`: reads the options, loads and
 * checks every policy (errors: exit 4, nothing served), starts the HTTP server (serve_http.c)
 * and waits for signals: SIGHUP reloads the policies all or nothing, SIGTERM/SIGINT let the
 * requests in flight finish and exit 0. Server events are JSON lines on stderr, like the
 * access log. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "serve.h"
#include "../../lang/base/alloc.h"

/* A whole number option in [lo, hi]; false after a usage error. */
static bool number_opt(const CliArgs *a, const char *name, long lo, long hi, long *out) {
  const char *s = cli_opt(a, name);
  if (!s) return true;
  char *endp;
  errno = 0;
  long v = strtol(s, &endp, 10);
  if (!*s || *endp || errno || v < lo || v > hi) { cli_usage_error(a->verb, E_SERVE_BAD_NUMBER, name, s, lo, hi); return false; }
  *out = v;
  return true;
}

/* The token: the file's first line, without surrounding blanks. NULL after an error. */
static const char *read_token(const char *path) {
  const char *why = NULL;
  Source *src = source_read_file(path, &why);
  if (!src) { cli_error(E_SERVE_TOKEN_FILE, path, why ? why : "?"); return NULL; }
  const char *s = src->text, *end = s + strcspn(s, "\r\n");
  while (s < end && (*s == ' ' || *s == '\t')) s++;
  while (end > s && (end[-1] == ' ' || end[-1] == '\t')) end--;
  if (s == end) { cli_error(E_SERVE_TOKEN_EMPTY, path); return NULL; }
  return zan_strndup(s, (size_t)(end - s));
}

/* One server event as a JSON line on stderr: {"time": …, "event": EVENT, "message": TEXT}. */
static void log_event(const char *event, const char *message) {
  Buf b; buf_init(&b);
  time_t now = time(NULL);
  struct tm tm;
  gmtime_r(&now, &tm);
  char ts[32];
  strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%SZ", &tm);
  buf_printf(&b, "{\"time\": \"%s\", \"event\": \"%s\", \"message\": ", ts, event);
  val_to_json(val_text(message, (uint32_t)strlen(message)), &type_text, &b);
  buf_puts(&b, "}\n");
  fflush(stderr);
  if (write(2, b.data, b.len) < 0) { /* nowhere left to say it */ }
}

/* The first error of d as "file:line:col: message", for the reload log line. */
static const char *first_error(const Diags *d) {
  for (const Diag *g = d->first; g; g = g->next) {
    if (g->level != DIAG_ERROR) continue;
    if (!g->loc.src) return g->text;
    int line, col;
    source_linecol(g->loc.src, g->loc.start, &line, &col);
    return zan_sprintf("%s:%d:%d: %s", g->loc.src->path, line, col, g->text);
  }
  return "?";
}

static int run_serve(const CliArgs *a, const CliEnv *env) {
  ServeConfig *c = ZAN_NEW(ServeConfig);
  c->env = env;
  c->listen = cli_opt(a, "listen") ? cli_opt(a, "listen") : "127.0.0.1:8080";
  long threads = sysconf(_SC_NPROCESSORS_ONLN), max_body = 1 << 20, max_conns = 256, timeout = 10;
  if (threads < 1) threads = 1;
  if (threads > 64) threads = 64;
  int usage = ZAN_EXIT_OK;
  if (!http_listen_ok(c->listen)) usage = cli_usage_error(a->verb, E_SERVE_BAD_LISTEN, c->listen);
  if (!number_opt(a, "threads", 1, 256, &threads)) usage = ZAN_EXIT_USAGE;
  if (!number_opt(a, "max-body", 1, 1L << 30, &max_body)) usage = ZAN_EXIT_USAGE;
  if (!number_opt(a, "max-connections", 1, 100000, &max_conns)) usage = ZAN_EXIT_USAGE;
  if (!number_opt(a, "timeout", 1, 3600, &timeout)) usage = ZAN_EXIT_USAGE;
  c->threads = (int)threads;
  c->max_body = (size_t)max_body;
  c->max_conns = (int)max_conns;
  c->timeout = (int)timeout;
  c->nspecs = a->npos;
  c->specs = a->pos;

  /* The signals are taken by sigwait below: blocked before any server thread starts, so every
   * thread inherits the mask and none is interrupted by them. */
  sigset_t sigs;
  sigemptyset(&sigs);
  sigaddset(&sigs, SIGHUP);
  sigaddset(&sigs, SIGTERM);
  sigaddset(&sigs, SIGINT);
  pthread_sigmask(SIG_BLOCK, &sigs, NULL);
  signal(SIGPIPE, SIG_IGN);

  Diags d;
  diags_init(&d, env->lang);
  PolicySet *set = serve_load(c, &d);
  diags_print(&d, stderr, env->color);
  if (!set) return ZAN_EXIT_POLICY;
  if (usage) return usage;
  if (cli_opt(a, "token") && !(c->token = read_token(cli_opt(a, "token")))) return ZAN_EXIT_USAGE;
  serve_install(set);

  const char *why = NULL;
  Http *h = http_start(c, &why);
  if (!h) {
    fprintf(stderr, "zan serve: error: %s\n", why);
    return ZAN_EXIT_IO;
  }
  log_event("listening", zan_sprintf(msg_format(N_SERVE_LISTENING, cli_msg_lang), http_bound(h), set->n, c->threads));

  for (;;) {
    int sig = 0;
    if (sigwait(&sigs, &sig) != 0) continue;
    if (sig == SIGHUP) {
      Diags rd;
      diags_init(&rd, cli_msg_lang);
      PolicySet *fresh = serve_load(c, &rd);
      if (fresh) {
        serve_install(fresh);
        log_event("reloaded", zan_sprintf(msg_format(N_SERVE_RELOADED, cli_msg_lang), fresh->n));
      } else {
        log_event("reload_failed", zan_sprintf(msg_format(E_SERVE_RELOAD_FAILED, cli_msg_lang), first_error(&rd)));
      }
      continue;
    }
    /* SIGTERM, SIGINT: no new connections; what is in flight ends (a silent client is cut off
     * by the connection timeout), then the server stops. */
    log_event("stopping", zan_sprintf(msg_format(N_SERVE_STOPPING, cli_msg_lang), sig == SIGTERM ? "SIGTERM" : "SIGINT"));
    http_quiesce(h);
    struct timespec tick = { 0, 10 * 1000 * 1000 };
    for (long waited = 0; http_inflight(h) > 0 && waited < (c->timeout + 5) * 100L; waited++) nanosleep(&tick, NULL);
    http_stop(h);
    log_event("stopped", zan_sprintf(msg_format(N_SERVE_STOPPED, cli_msg_lang), metrics_total()));
    return ZAN_EXIT_OK;
  }
}

static const CliOpt serve_opts[] = {
  { "listen",          0,   "HOST:PORT", "address to listen on (default 127.0.0.1:8080; port 0 picks a free one)" },
  { "threads",         0,   "N",     "worker threads (default: the number of CPUs)" },
  { "max-body",        0,   "BYTES", "largest request body accepted (default 1048576); larger: 413" },
  { "max-connections", 0,   "N",     "connections open at once before answering 503 (default 256)" },
  { "timeout",         0,   "SECONDS", "close a connection silent this long (default 10)" },
  { "token",           0,   "FILE",  "require 'Authorization: Bearer TOKEN' (the file's first line) on the API" },
  CLI_OPT_LANG_MESSAGES,
  { NULL, 0, NULL, NULL }
};

const CliVerb cli_verb_serve = {
  "serve", "POLICY… [options]",
  "HTTP JSON decision API and a web interview",
  "Loads and checks each POLICY once (errors: exit 4) and serves, until SIGTERM or SIGINT:\n"
  "  POST /v1/policies/ALIAS/eval      a fact file (JSON, YAML) or JSON Lines: what zan eval prints\n"
  "  POST /v1/policies/ALIAS/missing   what zan missing prints\n"
  "  GET  /v1/policies, /v1/policies/ALIAS, /v1/policies/ALIAS/schema, /healthz, /metrics\n"
  "  GET  /                            the interview page (kk, kk-Latn, ru, en)\n"
  "Options of a request: ?lang=&as_of=&explain=&receipt= (or Zan-Lang, Zan-As-Of, Zan-Explain,\n"
  "Zan-Receipt headers; receipt: a receipt on each JSON Lines decision, as --receipt).\n"
  "SIGHUP reloads the policies (a failed reload keeps the old ones). One JSON line per request\n"
  "on stderr. See docs/serve.md.\n"
  "exit: 0 stopped by a signal, 2 usage, 4 policy error, 74 cannot listen.\n",
  serve_opts, 1, -1, run_serve
};
