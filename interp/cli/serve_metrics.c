/* serve_metrics.c — the counters behind GET /metrics (Prometheus text format 0.0.4): requests
 * by route and status, a latency histogram per route, policies loaded. Lock-free: relaxed
 * atomic adds from every server thread. */
#include <stdatomic.h>
#include "serve.h"

static const char *const route_names[R__COUNT] = {
  [R_PAGE] = "/", [R_ASSET] = "/{asset}", [R_HEALTHZ] = "/healthz", [R_METRICS] = "/metrics",
  [R_POLICIES] = "/v1/policies", [R_POLICY] = "/v1/policies/{alias}",
  [R_SCHEMA] = "/v1/policies/{alias}/schema", [R_EVAL] = "/v1/policies/{alias}/eval",
  [R_MISSING] = "/v1/policies/{alias}/missing", [R_OTHER] = "other",
};
const char *route_name(Route r) { return (unsigned)r < R__COUNT ? route_names[r] : "other"; }

/* The statuses the server answers with; any other is counted under the last one (never used). */
static const int codes[] = { 200, 400, 401, 404, 405, 408, 413, 415, 422, 429, 500, 501, 503, 0 };
enum { NCODES = sizeof codes / sizeof codes[0] };
/* Latency bucket bounds in seconds (the last bucket, +Inf, is the count). */
static const double bounds[] = { 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10 };
enum { NBOUNDS = sizeof bounds / sizeof bounds[0] };

static atomic_ullong requests[R__COUNT][NCODES];
static atomic_ullong buckets[R__COUNT][NBOUNDS];
static atomic_ullong count[R__COUNT];
static atomic_ullong sum_us[R__COUNT];      /* the latency sum, in microseconds */

void metrics_record(Route r, int status, double seconds) {
  if ((unsigned)r >= R__COUNT) r = R_OTHER;
  int c = 0;
  while (c < NCODES - 1 && codes[c] != status) c++;
  atomic_fetch_add_explicit(&requests[r][c], 1, memory_order_relaxed);
  for (int b = 0; b < NBOUNDS; b++)
    if (seconds <= bounds[b]) atomic_fetch_add_explicit(&buckets[r][b], 1, memory_order_relaxed);
  atomic_fetch_add_explicit(&count[r], 1, memory_order_relaxed);
  atomic_fetch_add_explicit(&sum_us[r], (unsigned long long)(seconds * 1e6 + 0.5), memory_order_relaxed);
}

unsigned long long metrics_total(void) {
  unsigned long long n = 0;
  for (int r = 0; r < R__COUNT; r++) n += atomic_load_explicit(&count[r], memory_order_relaxed);
  return n;
}

void metrics_render(Buf *out, int npolicies) {
  buf_puts(out, "# HELP zan_http_requests_total HTTP requests answered, by route and status code.\n"
                "# TYPE zan_http_requests_total counter\n");
  for (int r = 0; r < R__COUNT; r++)
    for (int c = 0; c < NCODES; c++) {
      unsigned long long n = atomic_load_explicit(&requests[r][c], memory_order_relaxed);
      if (n) buf_printf(out, "zan_http_requests_total{route=\"%s\",code=\"%d\"} %llu\n", route_names[r], codes[c], n);
    }
  buf_puts(out, "# HELP zan_http_errors_total HTTP requests answered with a status of 400 or more, by route and status code.\n"
                "# TYPE zan_http_errors_total counter\n");
  for (int r = 0; r < R__COUNT; r++)
    for (int c = 0; c < NCODES; c++) {
      unsigned long long n = atomic_load_explicit(&requests[r][c], memory_order_relaxed);
      if (n && (codes[c] >= 400 || codes[c] == 0))
        buf_printf(out, "zan_http_errors_total{route=\"%s\",code=\"%d\"} %llu\n", route_names[r], codes[c], n);
    }
  buf_puts(out, "# HELP zan_http_request_duration_seconds Time from a request's headers to its answer being sent.\n"
                "# TYPE zan_http_request_duration_seconds histogram\n");
  for (int r = 0; r < R__COUNT; r++) {
    unsigned long long n = atomic_load_explicit(&count[r], memory_order_relaxed);
    if (!n) continue;
    for (int b = 0; b < NBOUNDS; b++)
      buf_printf(out, "zan_http_request_duration_seconds_bucket{route=\"%s\",le=\"%g\"} %llu\n", route_names[r], bounds[b],
                 atomic_load_explicit(&buckets[r][b], memory_order_relaxed));
    buf_printf(out, "zan_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %llu\n", route_names[r], n);
    buf_printf(out, "zan_http_request_duration_seconds_sum{route=\"%s\"} %.6f\n", route_names[r],
               (double)atomic_load_explicit(&sum_us[r], memory_order_relaxed) / 1e6);
    buf_printf(out, "zan_http_request_duration_seconds_count{route=\"%s\"} %llu\n", route_names[r], n);
  }
  buf_printf(out, "# HELP zan_policies_loaded Policies being served.\n# TYPE zan_policies_loaded gauge\nzan_policies_loaded %d\n", npolicies);
}
