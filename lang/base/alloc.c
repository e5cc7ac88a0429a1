/* alloc.c — the allocation wrappers: Boehm GC normally, plain calloc/realloc (never freed)
 * with -DZAN_NO_GC so the sanitizers see every access. Out of memory exits 70. */
#include "alloc.h"
#include "exitcodes.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef ZAN_NO_GC
#define GC_THREADS 1   /* worker threads (--jobs, serve) register themselves, see zan_gc_thread_enter */
#include <gc/gc.h>
#endif

#ifdef ZAN_NO_GC
/* The malloc build never frees (nothing in zan does: the GC would), so LeakSanitizer's
 * report at exit is noise; every binary linking libzan gets this default. */
__attribute__((used, visibility("default"))) const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }
#endif

static void oom(size_t n) {
  fprintf(stderr, "zan: out of memory (allocating %zu bytes)\n", n);
  exit(ZAN_EXIT_INTERNAL);
}

void zan_gc_setup(void) {
#ifndef ZAN_NO_GC
  GC_INIT();
  GC_allow_register_threads();
#endif
}

void zan_gc_thread_enter(void) {
#ifndef ZAN_NO_GC
  struct GC_stack_base sb;
  if (GC_get_stack_base(&sb) == GC_SUCCESS) GC_register_my_thread(&sb);
#endif
}

void zan_gc_thread_leave(void) {
#ifndef ZAN_NO_GC
  GC_unregister_my_thread();
#endif
}

void *zan_alloc(size_t n) {
  if (n == 0) n = 1;
#ifdef ZAN_NO_GC
  void *p = calloc(1, n);
#else
  void *p = GC_MALLOC(n);   /* GC_MALLOC memory is already cleared */
#endif
  if (!p) oom(n);
  return p;
}

void *zan_alloc_atomic(size_t n) {
  if (n == 0) n = 1;
#ifdef ZAN_NO_GC
  void *p = calloc(1, n);
#else
  void *p = GC_MALLOC_ATOMIC(n);
  if (p) memset(p, 0, n);   /* atomic memory is not cleared by the collector */
#endif
  if (!p) oom(n);
  return p;
}

void *zan_realloc(void *p, size_t n) {
  if (n == 0) n = 1;
#ifdef ZAN_NO_GC
  void *q = realloc(p, n);
#else
  void *q = GC_REALLOC(p, n);
#endif
  if (!q) oom(n);
  return q;
}

char *zan_strndup(const char *s, size_t n) {
  char *p = zan_alloc_atomic(n + 1);
  if (n) memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *zan_strdup(const char *s) { return zan_strndup(s, strlen(s)); }

char *zan_vsprintf(const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  if (n < 0) n = 0;
  char *p = zan_alloc_atomic((size_t)n + 1);
  vsnprintf(p, (size_t)n + 1, fmt, ap);
  return p;
}

char *zan_sprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *p = zan_vsprintf(fmt, ap);
  va_end(ap);
  return p;
}
