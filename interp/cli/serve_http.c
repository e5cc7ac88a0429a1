/* serve_http.c — the HTTP side of `zan serve`, on libmicrohttpd: the listening socket, the
 * thread pool (each thread registers with the collector), routing, the bearer token, body
 * limits and content types, responses, the access log (one JSON line per request on stderr)
 * and the metrics of every answer. What an answer says is serve_api.c's. */
#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>
#include <microhttpd.h>
#include "serve.h"
#include "../../lang/base/alloc.h"

struct Http {
  struct MHD_Daemon *d;
  const ServeConfig *c;
  atomic_int         inflight;   /* requests begun and not yet completed */
  atomic_int         conns;      /* connections open */
  atomic_bool        draining;   /* SIGTERM: answer what is in flight, nothing new */
  char               bound[80];
};

/* ---- threads and the collector ---- */

/* libmicrohttpd starts its own threads: each registers with the collector the first time it
 * calls us, and unregisters when it ends (zan_gc_thread_auto). */
static void gc_enter(void) { zan_gc_thread_auto(); }

/* ---- one request ---- */

typedef struct Req {
  struct timespec t0;
  Route        route;
  int          status;
  unsigned long long bytes;
  char         method[12];
  char        *url;
  char         remote[INET6_ADDRSTRLEN];
  const Served *sv;            /* the policy named in the URL */
  PolicySet   *set;            /* the set the request started with (kept for its duration) */
  char         fmt;            /* the body: 'j' JSON, 'y' YAML, 'l' JSON Lines */
  Buf          body;
  bool         answered;       /* a response is queued */
  bool         too_big;        /* the body went past --max-body: dropped, 413 */
  size_t       dropped;        /* bytes dropped since */
} Req;

/* A JSON Lines response in progress: the library's stream state and the request it counts for. */
typedef struct StreamCtx { void *st; Req *q; } StreamCtx;

static double since(const struct timespec *t0) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)(t.tv_sec - t0->tv_sec) + (double)(t.tv_nsec - t0->tv_nsec) / 1e9;
}

/* ASCII-only JSON string for the log: anything else is \u00XX, so a hostile URL cannot break
 * the line or the terminal. */
static void log_str(Buf *b, const char *s) {
  buf_push(b, '"');
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    if (*p == '"' || *p == '\\') { buf_push(b, '\\'); buf_push(b, (char)*p); }
    else if (*p < 0x20 || *p >= 0x7f) buf_printf(b, "\\u%04x", *p);
    else buf_push(b, (char)*p);
  }
  buf_push(b, '"');
}

static void access_log(const Req *q, double secs, const char *aborted) {
  Buf b; buf_init(&b);
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  struct tm tm;
  gmtime_r(&now.tv_sec, &tm);
  char ts[40];
  strftime(ts, sizeof ts, "%Y-%m-%dT%H:%M:%S", &tm);
  buf_printf(&b, "{\"time\": \"%s.%03ldZ\", \"remote\": ", ts, now.tv_nsec / 1000000);
  log_str(&b, q->remote);
  buf_puts(&b, ", \"method\": ");
  log_str(&b, q->method);
  buf_puts(&b, ", \"path\": ");
  log_str(&b, q->url ? q->url : "");
  buf_printf(&b, ", \"route\": \"%s\", \"status\": %d, \"bytes\": %llu, \"ms\": %.3f", route_name(q->route), q->status,
             q->bytes, secs * 1e3);
  if (q->sv) { buf_puts(&b, ", \"policy\": "); log_str(&b, q->sv->alias); }
  if (aborted) buf_printf(&b, ", \"aborted\": \"%s\"", aborted);
  buf_puts(&b, "}\n");
  /* one write per line: lines of concurrent requests never interleave */
  for (size_t off = 0; off < b.len; ) {
    ssize_t k = write(2, b.data + off, b.len - off);
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) break;
    off += (size_t)k;
  }
}

/* ---- responses ---- */

static ssize_t stream_reader(void *cls, uint64_t pos, char *buf, size_t max);
static void    stream_free(void *cls);

static enum MHD_Result send_reply(Http *h, struct MHD_Connection *con, Req *q, Reply *r) {
  struct MHD_Response *resp;
  if (r->stream) {
    StreamCtx *sc = zan_alloc_root(sizeof *sc);
    sc->st = r->stream;
    sc->q = q;
    resp = MHD_create_response_from_callback(MHD_SIZE_UNKNOWN, 64 * 1024, stream_reader, sc, stream_free);
  } else {
    resp = MHD_create_response_from_buffer(r->body.len, r->body.data, MHD_RESPMEM_MUST_COPY);
    q->bytes = r->body.len;
  }
  if (!resp) return MHD_NO;
  MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, r->type ? r->type : "application/json");
  MHD_add_response_header(resp, "X-Content-Type-Options", "nosniff");
  if (q->route == R_PAGE || q->route == R_ASSET)
    MHD_add_response_header(resp, "Content-Security-Policy", "default-src 'self'; img-src 'self' data:");
  else
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
  if (r->allow) MHD_add_response_header(resp, MHD_HTTP_HEADER_ALLOW, r->allow);
  if (r->retry_after) MHD_add_response_header(resp, MHD_HTTP_HEADER_RETRY_AFTER, "1");
  if (r->status == 401) MHD_add_response_header(resp, MHD_HTTP_HEADER_WWW_AUTHENTICATE, "Bearer");
  if (atomic_load(&h->draining) || r->status == 413) MHD_add_response_header(resp, MHD_HTTP_HEADER_CONNECTION, "close");
  q->status = r->status;
  q->answered = true;
  enum MHD_Result ok = MHD_queue_response(con, (unsigned)r->status, resp);
  MHD_destroy_response(resp);
  return ok;
}

static ssize_t stream_reader(void *cls, uint64_t pos, char *buf, size_t max) {
  (void)pos;
  gc_enter();
  StreamCtx *sc = cls;
  size_t n = api_stream_read(sc->st, buf, max);
  if (!n) return MHD_CONTENT_READER_END_OF_STREAM;
  sc->q->bytes += n;
  return (ssize_t)n;
}
static void stream_free(void *cls) { gc_enter(); zan_free_root(cls); }

/* ---- request options ---- */

static const char *param(struct MHD_Connection *con, const char *query, const char *header) {
  const char *v = MHD_lookup_connection_value(con, MHD_GET_ARGUMENT_KIND, query);
  return v ? v : MHD_lookup_connection_value(con, MHD_HEADER_KIND, header);
}

/* The first language of Accept-Language that zan speaks ("kk-Latn", "kk", "ru", "en"). */
static bool accept_language(const char *s, Lang *out) {
  while (s && *s) {
    while (*s == ' ' || *s == ',') s++;
    size_t n = strcspn(s, ",;");
    if (n >= 7 && strncasecmp(s, "kk-latn", 7) == 0) { *out = LANG_KK_LATN; return true; }
    if (n >= 2 && strncasecmp(s, "kk", 2) == 0 && (n == 2 || s[2] == '-')) { *out = LANG_KK; return true; }
    if (n >= 2 && strncasecmp(s, "ru", 2) == 0 && (n == 2 || s[2] == '-')) { *out = LANG_RU; return true; }
    if (n >= 2 && strncasecmp(s, "en", 2) == 0 && (n == 2 || s[2] == '-')) { *out = LANG_EN; return true; }
    s += n;
    s += strcspn(s, ",");
  }
  return false;
}

static bool parse_bool(const char *v, bool *out) {
  if (!*v || strcmp(v, "1") == 0 || strcmp(v, "true") == 0) { *out = true; return true; }
  if (strcmp(v, "0") == 0 || strcmp(v, "false") == 0) { *out = false; return true; }
  return false;
}

/* Reads lang, explain, receipt, as_of, format and dont_know. Returns false after an error reply. */
static bool read_opts(struct MHD_Connection *con, ReqOpts *o, Reply *r) {
  memset(o, 0, sizeof *o);
  o->lang = LANG_EN;
  accept_language(MHD_lookup_connection_value(con, MHD_HEADER_KIND, MHD_HTTP_HEADER_ACCEPT_LANGUAGE), &o->lang);
  const char *v = param(con, "lang", "Zan-Lang");
  if (v) {
    int ok = 0;
    Lang l = lang_parse(v, &ok);
    if (!ok) { api_error(r, 400, "bad_parameter", o->lang, NULL, E_SERVE_BAD_PARAM, "lang", v, msg_format(N_SERVE_PARAM_LANG, o->lang)); return false; }
    o->lang = l;
  }
  if ((v = param(con, "explain", "Zan-Explain")) && !parse_bool(v, &o->explain)) {
    api_error(r, 400, "bad_parameter", o->lang, NULL, E_SERVE_BAD_PARAM, "explain", v, msg_format(N_SERVE_PARAM_BOOL, o->lang));
    return false;
  }
  if ((v = param(con, "receipt", "Zan-Receipt")) && !parse_bool(v, &o->receipt)) {
    api_error(r, 400, "bad_parameter", o->lang, NULL, E_SERVE_BAD_PARAM, "receipt", v, msg_format(N_SERVE_PARAM_BOOL, o->lang));
    return false;
  }
  if ((v = param(con, "as_of", "Zan-As-Of"))) {
    if (!date_parse(v, strlen(v), &o->as_of)) {
      api_error(r, 400, "bad_parameter", o->lang, NULL, E_SERVE_BAD_PARAM, "as_of", v, msg_format(N_SERVE_PARAM_DATE, o->lang));
      return false;
    }
    o->has_as_of = true;
  }
  if ((v = param(con, "format", "Zan-Format"))) {
    if (strcmp(v, "text") == 0) o->text = true;
    else if (strcmp(v, "json") != 0) { api_error(r, 400, "bad_parameter", o->lang, NULL, E_CLI_BAD_FORMAT, v); return false; }
  }
  o->dont_know = param(con, "dont_know", "Zan-Dont-Know");
  (void)cli_today(&o->today);   /* a malformed ZAN_TODAY: the clock, as the server always did */
  return true;
}

/* The body's format from Content-Type: 'j', 'y', 'l', or 0 (unsupported). No Content-Type: JSON. */
static char body_format(const char *ct) {
  if (!ct) return 'j';
  size_t n = strcspn(ct, "; \t");
  static const struct { const char *type; char fmt; } types[] = {
    { "application/json", 'j' }, { "text/json", 'j' },
    { "application/yaml", 'y' }, { "application/x-yaml", 'y' }, { "text/yaml", 'y' }, { "text/x-yaml", 'y' },
    { "application/x-ndjson", 'l' }, { "application/jsonl", 'l' }, { "application/jsonlines", 'l' },
    { "application/json-lines", 'l' },
  };
  for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
    if (strlen(types[i].type) == n && strncasecmp(ct, types[i].type, n) == 0) return types[i].fmt;
  return 0;
}

/* Constant-time comparison of the bearer token. */
static bool token_ok(const ServeConfig *c, struct MHD_Connection *con) {
  const char *a = MHD_lookup_connection_value(con, MHD_HEADER_KIND, MHD_HTTP_HEADER_AUTHORIZATION);
  if (!a || strncasecmp(a, "Bearer ", 7) != 0) return false;
  a += 7;
  size_t n = strlen(a), m = strlen(c->token);
  unsigned char diff = (unsigned char)(n != m);
  for (size_t i = 0; i < m; i++) diff |= (unsigned char)(c->token[i] ^ (i < n ? a[i] : 0));
  return diff == 0;
}

/* ---- routing ---- */

/* Finds the route of q->url and its policy. Fills r with an error and returns false when the
 * URL names nothing, the method does not fit, or the policy is unknown. */
static bool route(Req *q, const ReqOpts *o, Reply *r) {
  const char *u = q->url;
  bool get = strcmp(q->method, "GET") == 0 || strcmp(q->method, "HEAD") == 0;
  const char *allow = "GET, HEAD";
  size_t alen = 0;
  const char *alias = NULL;
  if (strcmp(u, "/") == 0 || strcmp(u, "/index.html") == 0) q->route = R_PAGE;
  else if (strcmp(u, "/healthz") == 0) q->route = R_HEALTHZ;
  else if (strcmp(u, "/metrics") == 0) q->route = R_METRICS;
  else if (strcmp(u, "/v1/policies") == 0 || strcmp(u, "/v1/policies/") == 0) q->route = R_POLICIES;
  else if (strncmp(u, "/v1/policies/", 13) == 0) {
    alias = u + 13;
    const char *slash = strchr(alias, '/');
    alen = slash ? (size_t)(slash - alias) : strlen(alias);
    const char *rest = slash ? slash : "";
    if (!*rest) q->route = R_POLICY;
    else if (strcmp(rest, "/schema") == 0) q->route = R_SCHEMA;
    else if (strcmp(rest, "/eval") == 0) { q->route = R_EVAL; allow = "POST"; }
    else if (strcmp(rest, "/missing") == 0) { q->route = R_MISSING; allow = "POST"; }
    else q->route = R_OTHER;
  } else if (page_file(u + 1, NULL, NULL)) q->route = R_ASSET;
  else q->route = R_OTHER;
  if (q->route == R_OTHER) {
    api_error(r, 404, "not_found", o->lang, NULL, E_SERVE_NO_ROUTE, q->method, u);
    return false;
  }
  bool post_route = q->route == R_EVAL || q->route == R_MISSING;
  if (post_route ? strcmp(q->method, "POST") != 0 : !get) {
    api_error(r, 405, "method_not_allowed", o->lang, NULL, E_SERVE_METHOD, q->method, u, allow);
    r->allow = allow;
    return false;
  }
  if (alias) {
    q->sv = serve_find(q->set, alias, alen);
    if (!q->sv) {
      api_error(r, 404, "unknown_policy", o->lang, NULL, E_SERVE_UNKNOWN_POLICY, zan_strndup(alias, alen), serve_aliases(q->set));
      return false;
    }
  }
  return true;
}

/* The answer once the whole body is in. */
static void answer(Http *h, Req *q, const ReqOpts *o, Reply *r) {
  switch (q->route) {
  case R_PAGE:
  case R_ASSET: {
    size_t n = 0;
    const char *type = NULL;
    const char *f = page_file(q->route == R_PAGE ? "index.html" : q->url + 1, &n, &type);
    r->status = 200;
    r->type = type;
    buf_append(&r->body, f, n);
    break;
  }
  case R_HEALTHZ:
    r->status = 200;
    r->type = "application/json";
    buf_printf(&r->body, "{\"status\": \"ok\", \"policies\": %d}\n", q->set->n);
    break;
  case R_METRICS:
    r->status = 200;
    r->type = "text/plain; version=0.0.4; charset=utf-8";
    metrics_render(&r->body, q->set->n);
    break;
  case R_POLICIES: api_policies(q->set, o, r); break;
  case R_POLICY:   api_policy(q->sv, o, r); break;
  case R_SCHEMA:   api_schema(q->sv, r); break;
  case R_EVAL:
  case R_MISSING:
    if (q->body.len == 0) { api_error(r, 400, "empty_body", o->lang, NULL, E_SERVE_EMPTY_BODY); break; }
    if (q->route == R_EVAL) api_eval(q->sv, q->body.data, q->body.len, q->fmt, o, r);
    else api_missing(q->sv, q->body.data, q->body.len, q->fmt, o, r);
    break;
  default: break;
  }
  (void)h;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *con, const char *url, const char *method,
                                  const char *version, const char *upload, size_t *upload_size, void **con_cls) {
  (void)version;
  Http *h = cls;
  gc_enter();
  Req *q = *con_cls;
  Reply r;
  memset(&r, 0, sizeof r);
  buf_init(&r.body);
  ReqOpts o;
  if (!q) {                                   /* the headers are in: route and check at once */
    q = zan_alloc_root(sizeof *q);
    *con_cls = q;
    clock_gettime(CLOCK_MONOTONIC, &q->t0);
    atomic_fetch_add(&h->inflight, 1);
    snprintf(q->method, sizeof q->method, "%s", method);
    q->url = zan_strdup(url);
    q->set = serve_current();
    q->route = R_OTHER;
    buf_init(&q->body);
    const union MHD_ConnectionInfo *ci = MHD_get_connection_info(con, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (ci && ci->client_addr) {
      const struct sockaddr *sa = ci->client_addr;
      if (sa->sa_family == AF_INET) inet_ntop(AF_INET, &((const struct sockaddr_in *)sa)->sin_addr, q->remote, sizeof q->remote);
      else if (sa->sa_family == AF_INET6) inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)sa)->sin6_addr, q->remote, sizeof q->remote);
    }
    if (!read_opts(con, &o, &r)) return send_reply(h, con, q, &r);
    if (atomic_load(&h->draining)) {
      api_error(&r, 503, "shutting_down", o.lang, NULL, E_SERVE_DRAINING);
      r.retry_after = true;
      return send_reply(h, con, q, &r);
    }
    int open = atomic_load(&h->conns);
    if (open > h->c->max_conns) {
      api_error(&r, 503, "saturated", o.lang, NULL, E_SERVE_SATURATED, open);
      r.retry_after = true;
      return send_reply(h, con, q, &r);
    }
    if (!route(q, &o, &r)) return send_reply(h, con, q, &r);
    if (h->c->token && q->route != R_PAGE && q->route != R_ASSET && q->route != R_HEALTHZ && !token_ok(h->c, con)) {
      api_error(&r, 401, "unauthorized", o.lang, NULL, E_SERVE_UNAUTHORIZED);
      return send_reply(h, con, q, &r);
    }
    if (q->route == R_EVAL || q->route == R_MISSING) {
      const char *ct = MHD_lookup_connection_value(con, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
      q->fmt = body_format(ct);
      if (!q->fmt) {
        api_error(&r, 415, "unsupported_media_type", o.lang, NULL, E_SERVE_MEDIA_TYPE, ct);
        return send_reply(h, con, q, &r);
      }
      const char *cl = MHD_lookup_connection_value(con, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
      if (cl && strtoull(cl, NULL, 10) > h->c->max_body) {
        api_error(&r, 413, "too_large", o.lang, NULL, E_SERVE_TOO_LARGE, zan_sprintf("%zu", h->c->max_body));
        return send_reply(h, con, q, &r);
      }
    }
    return MHD_YES;
  }
  if (*upload_size) {                          /* a piece of the body */
    size_t n = *upload_size;
    *upload_size = 0;
    if (q->answered) return MHD_YES;           /* answered early: the rest is dropped */
    /* A body without Content-Length that grows past --max-body: the rest is read and dropped
     * (libmicrohttpd takes no answer in the middle of a body), 413 at its end; a client that
     * goes on for 16 times the limit is cut off. */
    if (q->too_big || q->body.len + n > h->c->max_body) {
      q->too_big = true;
      buf_clear(&q->body);
      q->dropped += n;
      return q->dropped > 16 * h->c->max_body ? MHD_NO : MHD_YES;
    }
    buf_append(&q->body, upload, n);
    return MHD_YES;
  }
  if (q->answered) return MHD_YES;
  read_opts(con, &o, &r);                      /* checked when the headers came */
  if (q->too_big) api_error(&r, 413, "too_large", o.lang, NULL, E_SERVE_TOO_LARGE, zan_sprintf("%zu", h->c->max_body));
  else answer(h, q, &o, &r);
  return send_reply(h, con, q, &r);
}

static void on_completed(void *cls, struct MHD_Connection *con, void **con_cls, enum MHD_RequestTerminationCode why) {
  (void)con;
  Http *h = cls;
  Req *q = *con_cls;
  if (!q) return;
  gc_enter();
  *con_cls = NULL;
  const char *aborted = NULL;
  if (why == MHD_REQUEST_TERMINATED_TIMEOUT_REACHED) { aborted = "timeout"; if (!q->answered) q->status = 408; }
  else if (why == MHD_REQUEST_TERMINATED_CLIENT_ABORT) aborted = "client_closed";
  else if (why == MHD_REQUEST_TERMINATED_WITH_ERROR) aborted = "error";
  else if (why == MHD_REQUEST_TERMINATED_DAEMON_SHUTDOWN) aborted = "shutdown";
  if (!q->answered && q->too_big) q->status = 413;
  double secs = since(&q->t0);
  metrics_record(q->route, q->status, secs);
  access_log(q, secs, aborted);
  zan_free_root(q);
  atomic_fetch_sub(&h->inflight, 1);
}

static void on_connection(void *cls, struct MHD_Connection *con, void **socket_ctx, enum MHD_ConnectionNotificationCode what) {
  (void)con; (void)socket_ctx;
  Http *h = cls;
  if (what == MHD_CONNECTION_NOTIFY_STARTED) atomic_fetch_add(&h->conns, 1);
  else atomic_fetch_sub(&h->conns, 1);
}

/* ---- the daemon ---- */

/* HOST:PORT or [V6]:PORT into a socket address. */
static bool parse_listen(const char *s, struct sockaddr_storage *ss, socklen_t *len) {
  const char *colon = strrchr(s, ':');
  if (!colon || !colon[1]) return false;
  char *endp;
  long port = strtol(colon + 1, &endp, 10);
  if (*endp || port < 0 || port > 65535) return false;
  char host[256];
  size_t hn = (size_t)(colon - s);
  if (hn >= 2 && s[0] == '[' && s[hn - 1] == ']') { s++; hn -= 2; }
  if (hn == 0 || hn >= sizeof host) return false;
  memcpy(host, s, hn);
  host[hn] = 0;
  struct addrinfo hints = { .ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM, .ai_flags = AI_PASSIVE }, *res = NULL;
  if (getaddrinfo(host, NULL, &hints, &res) != 0 || !res) return false;
  memcpy(ss, res->ai_addr, res->ai_addrlen);
  *len = res->ai_addrlen;
  freeaddrinfo(res);
  if (ss->ss_family == AF_INET) ((struct sockaddr_in *)ss)->sin_port = htons((uint16_t)port);
  else if (ss->ss_family == AF_INET6) ((struct sockaddr_in6 *)ss)->sin6_port = htons((uint16_t)port);
  else return false;
  return true;
}

bool http_listen_ok(const char *listen) {
  struct sockaddr_storage ss;
  socklen_t len;
  return parse_listen(listen, &ss, &len);
}

Http *http_start(const ServeConfig *c, const char **why) {
  struct sockaddr_storage ss;
  socklen_t sslen = 0;
  memset(&ss, 0, sizeof ss);
  if (!parse_listen(c->listen, &ss, &sslen)) { *why = msg_format(E_SERVE_BAD_LISTEN, cli_msg_lang); *why = zan_sprintf(*why, c->listen); return NULL; }
  Http *h = zan_alloc_root(sizeof *h);
  h->c = c;
  unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_USE_ITC | MHD_USE_TURBO;
  if (ss.ss_family == AF_INET6) flags |= MHD_USE_IPv6;
  errno = 0;
  h->d = MHD_start_daemon(flags, 0, NULL, NULL, on_request, h,
                          MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&ss,
                          MHD_OPTION_THREAD_POOL_SIZE, (unsigned)c->threads,
                          MHD_OPTION_CONNECTION_LIMIT, (unsigned)(c->max_conns + 64),
                          MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)c->timeout,
                          MHD_OPTION_NOTIFY_COMPLETED, on_completed, h,
                          MHD_OPTION_NOTIFY_CONNECTION, on_connection, h,
                          MHD_OPTION_THREAD_STACK_SIZE, (size_t)8 << 20,
                          MHD_OPTION_LISTEN_BACKLOG_SIZE, 1024u,
                          MHD_OPTION_END);
  if (!h->d) {
    *why = zan_sprintf(msg_format(E_SERVE_CANNOT_LISTEN, cli_msg_lang), c->listen, errno ? strerror(errno) : "?");
    zan_free_root(h);
    return NULL;
  }
  const union MHD_DaemonInfo *di = MHD_get_daemon_info(h->d, MHD_DAEMON_INFO_BIND_PORT);
  unsigned port = di ? di->port : 0;
  char host[INET6_ADDRSTRLEN] = "?";
  if (ss.ss_family == AF_INET) inet_ntop(AF_INET, &((struct sockaddr_in *)&ss)->sin_addr, host, sizeof host);
  else inet_ntop(AF_INET6, &((struct sockaddr_in6 *)&ss)->sin6_addr, host, sizeof host);
  snprintf(h->bound, sizeof h->bound, ss.ss_family == AF_INET6 ? "[%s]:%u" : "%s:%u", host, port);
  return h;
}

const char *http_bound(Http *h) { return h->bound; }
int  http_inflight(Http *h) { return atomic_load(&h->inflight); }
void http_quiesce(Http *h) {
  atomic_store(&h->draining, true);
  MHD_socket fd = MHD_quiesce_daemon(h->d);     /* the listening socket, now ours to close */
  if (fd != MHD_INVALID_SOCKET) close(fd);
}
void http_stop(Http *h) {
  MHD_stop_daemon(h->d);
  zan_free_root(h);
}
