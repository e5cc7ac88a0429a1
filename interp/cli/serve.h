/* serve.h — what the files of `zan serve` share: the served policies (swapped whole on SIGHUP),
 * the server's settings, one request's state, the metrics, and the API handlers. HTTP lives
 * only in interp/cli/serve*.c; the library below knows nothing of it. */
#ifndef ZAN_CLI_SERVE_H
#define ZAN_CLI_SERVE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "cli.h"
#include "../../lang/ir.h"
#include "../../lang/base/buf.h"
#include "../receipt.h"

/* One loaded, checked policy. */
typedef struct Served {
  const char    *alias;      /* the name in URLs: the policy's alias, else its name */
  const char    *spec;       /* as given on the command line (reloaded from it) */
  const Program *p;
  Receipt        receipt;    /* policy_sha256 of its sources, as every decision's receipt has it
                              * (receipt.h); read-only: a request copies it for its facts_sha256 */
} Served;

/* Every policy served; replaced whole by a reload, never changed in place, so a request keeps
 * the set it started with. */
typedef struct PolicySet {
  int     n;
  Served *items;
} PolicySet;

typedef struct ServeConfig {
  const char *listen;        /* HOST:PORT as given */
  int         threads;
  size_t      max_body;
  int         max_conns;     /* beyond it: 503 */
  int         timeout;       /* seconds of silence before a connection is closed */
  const char *token;         /* NULL: no token needed */
  const CliEnv *env;
  int         nspecs;
  const char **specs;
} ServeConfig;

/* The routes, for metrics and the access log. */
typedef enum {
  R_PAGE, R_ASSET, R_HEALTHZ, R_METRICS, R_POLICIES, R_POLICY, R_SCHEMA, R_EVAL, R_MISSING, R_OTHER, R__COUNT
} Route;

/* A request's options, from the query string or headers. */
typedef struct ReqOpts {
  Lang  lang;
  bool  explain;
  bool  text;                /* format=text: the report for people (the page) */
  bool  receipt;             /* JSON Lines: a receipt on each decision (as --receipt) */
  bool  has_as_of;
  ZDate as_of;
  ZDate today;               /* read per request (cli_today): a long run moves on at midnight */
  const char *dont_know;     /* /missing: comma-separated fact paths never to be asked */
} ReqOpts;

/* An answer the handlers build: status, content type, body. stream: set by the JSON Lines
 * handler instead of body (the response is produced record by record as the client reads). */
typedef struct Reply {
  int         status;
  const char *type;
  Buf         body;
  void       *stream;        /* a StreamState (serve_api.c) */
  const char *allow;         /* 405: the Allow header */
  bool        retry_after;   /* 503: Retry-After: 1 */
} Reply;

/* serve_policies.c */
PolicySet  *serve_load(const ServeConfig *c, Diags *d);    /* NULL after errors (in d) */
const Served *serve_find(const PolicySet *s, const char *alias, size_t len);
const char *serve_aliases(const PolicySet *s);             /* "a, b" for messages */
PolicySet  *serve_current(void);
void        serve_install(PolicySet *s);

/* serve_api.c: the handlers. body/len: the request body; fmt: 'j' JSON, 'y' YAML, 'l' JSON Lines. */
void api_policies(const PolicySet *s, const ReqOpts *o, Reply *r);
void api_policy(const Served *sv, const ReqOpts *o, Reply *r);
void api_schema(const Served *sv, Reply *r);
void api_eval(const Served *sv, const char *body, size_t len, char fmt, const ReqOpts *o, Reply *r);
void api_missing(const Served *sv, const char *body, size_t len, char fmt, const ReqOpts *o, Reply *r);
/* A JSON error: {"status": N, "error": KIND, "message": TEXT} (+ diagnostics from d when given). */
void api_error(Reply *r, int status, const char *kind, Lang lang, const Diags *d, MsgId id, ...);
/* The stream of a JSON Lines reply: writes up to max bytes of the next decisions into buf;
 * returns the bytes written, 0 at the end. */
size_t api_stream_read(void *stream, char *buf, size_t max);

/* serve_metrics.c */
void metrics_record(Route r, int status, double seconds);
void metrics_render(Buf *out, int npolicies);
unsigned long long metrics_total(void);
const char *route_name(Route r);

/* serve_page.c: the interview page's files, embedded in the binary. NULL: no such file. */
const char *page_file(const char *name, size_t *len, const char **type);

/* serve_http.c */
typedef struct Http Http;
bool  http_listen_ok(const char *listen);                    /* HOST:PORT or [V6]:PORT */
Http *http_start(const ServeConfig *c, const char **why);   /* NULL: *why says why */
const char *http_bound(Http *h);                            /* "127.0.0.1:8080" as bound */
int   http_inflight(Http *h);
void  http_quiesce(Http *h);     /* stop accepting; requests in flight go on */
void  http_stop(Http *h);
#endif
