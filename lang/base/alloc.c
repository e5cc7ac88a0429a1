/* alloc.c — the allocation wrappers: Boehm GC normally, plain calloc/realloc (never freed)
 * with -DZAN_NO_GC so the sanitizers see every access. Out of memory exits 70.
 * -DZAN_FUZZ (implies ZAN_NO_GC; the fuzz harnesses only) tracks blocks so each input's are freed. */
#include "alloc.h"
#include "exitcodes.h"
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined(ZAN_FUZZ) && !defined(ZAN_NO_GC)
#define ZAN_NO_GC 1
#endif
#ifndef ZAN_NO_GC
#define GC_THREADS 1   /* worker threads (--jobs, serve) register themselves, see zan_gc_thread_enter */
#include <gc/gc.h>
#include <pthread.h>
#endif

#ifdef ZAN_NO_GC
/* The malloc build never frees (nothing in zan does: the GC would), so LeakSanitizer's
 * report at exit is noise; every binary linking libzan gets this default. */
__attribute__((used, visibility("default"))) const char *__asan_default_options(void);
const char *__asan_default_options(void) { return "detect_leaks=0"; }
#endif

#ifdef ZAN_FUZZ
/* The fuzz build (tests/fuzz/): one libFuzzer process runs millions of inputs, and the malloc
 * build never frees, so every block carries a header on a doubly linked list. Blocks made
 * before zan_fuzz_begin() (the Program loaded at start-up, lazy tables) are never freed;
 * zan_fuzz_reset() frees every block made after it — ASan then also catches any pointer the
 * library kept from one input to the next (global mutable state, which STYLE.md forbids). */
#include <pthread.h>
typedef struct FuzzBlock {
  struct FuzzBlock *next, *prev;
  size_t            tracked;     /* 1: freed by zan_fuzz_reset */
  size_t            pad;         /* keeps the payload 16-byte aligned */
} FuzzBlock;
static FuzzBlock       fuzz_list = { &fuzz_list, &fuzz_list, 0, 0 };
static int             fuzz_tracking;
static pthread_mutex_t fuzz_mu = PTHREAD_MUTEX_INITIALIZER;

static void *fuzz_calloc(size_t n) {
  if (n > (size_t)-1 - sizeof(FuzzBlock)) return NULL;
  FuzzBlock *b = calloc(1, sizeof(FuzzBlock) + n);
  if (!b) return NULL;
  pthread_mutex_lock(&fuzz_mu);
  b->tracked = (size_t)fuzz_tracking;
  if (b->tracked) { b->next = fuzz_list.next; b->prev = &fuzz_list; b->next->prev = b; fuzz_list.next = b; }
  pthread_mutex_unlock(&fuzz_mu);
  return b + 1;
}

static void *fuzz_realloc(void *p, size_t n) {
  if (!p) return fuzz_calloc(n);
  if (n > (size_t)-1 - sizeof(FuzzBlock)) return NULL;
  FuzzBlock *b = (FuzzBlock *)p - 1;
  pthread_mutex_lock(&fuzz_mu);
  if (b->tracked) { b->prev->next = b->next; b->next->prev = b->prev; }
  FuzzBlock *q = realloc(b, sizeof(FuzzBlock) + n);
  FuzzBlock *k = q ? q : b;   /* realloc failed: b is intact, relink it; the caller reports out of memory */
  if (k->tracked) { k->next = fuzz_list.next; k->prev = &fuzz_list; k->next->prev = k; fuzz_list.next = k; }
  pthread_mutex_unlock(&fuzz_mu);
  return q ? (void *)(q + 1) : NULL;
}

void zan_fuzz_begin(void) { fuzz_tracking = 1; }

void zan_fuzz_reset(void) {
  pthread_mutex_lock(&fuzz_mu);
  FuzzBlock *b = fuzz_list.next;
  while (b != &fuzz_list) { FuzzBlock *nx = b->next; free(b); b = nx; }
  fuzz_list.next = fuzz_list.prev = &fuzz_list;
  pthread_mutex_unlock(&fuzz_mu);
}
#define ZAN_CALLOC(n)     fuzz_calloc(n)
#define ZAN_REALLOC(p, n) fuzz_realloc(p, n)
#else
#define ZAN_CALLOC(n)     calloc(1, n)
#define ZAN_REALLOC(p, n) realloc(p, n)
#endif

static void oom(size_t n) {
  fprintf(stderr, "zan: out of memory (allocating %zu bytes)\n", n);
  exit(ZAN_EXIT_INTERNAL);
}

void zan_gc_setup(void) {
#ifndef ZAN_NO_GC
  if (GC_is_init_called()) return;   /* a program linking the library set it up already */
  /* One marker thread: zan's heaps are a few MB, where waking helper threads costs more than
   * it saves (a tenth of a short run's time), and --jobs forks workers, which is simplest
   * with no collector threads running. GC_MARKERS in the environment still overrides. */
  GC_set_markers_count(1);
  GC_set_dont_precollect(1);   /* no collection of the empty heap at start-up */
  GC_INIT();
  /* Start with a 4 MB heap rather than 64 KB: loading the bundled law allocates about 3 MB,
   * which from 64 KB meant seven collections (a fifth of `zan eval`'s instructions) for
   * memory that stays live anyway. Untouched pages cost nothing. */
  if (!getenv("GC_INITIAL_HEAP_SIZE")) GC_expand_hp((size_t)4 << 20);
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

#ifndef ZAN_NO_GC
/* zan_gc_thread_auto's registrations end with their threads: the key's destructor runs at
 * thread exit (with the stack still valid) and unregisters. */
static pthread_key_t  gc_auto_key;
static pthread_once_t gc_auto_once = PTHREAD_ONCE_INIT;
static void gc_auto_leave(void *x) { (void)x; GC_unregister_my_thread(); }
static void gc_auto_key_make(void) { pthread_key_create(&gc_auto_key, gc_auto_leave); }
#endif

void zan_gc_thread_auto(void) {
#ifndef ZAN_NO_GC
  static _Thread_local bool checked;   /* per thread: one look at the collector's table */
  if (checked) return;
  checked = true;
  if (GC_thread_is_registered()) return;   /* the main thread, a --jobs worker, a caller's own */
  zan_gc_thread_enter();
  pthread_once(&gc_auto_once, gc_auto_key_make);
  pthread_setspecific(gc_auto_key, (void *)1);
#endif
}

void *zan_alloc(size_t n) {
  if (n == 0) n = 1;
#ifdef ZAN_NO_GC
  void *p = ZAN_CALLOC(n);
#else
  void *p = GC_MALLOC(n);   /* GC_MALLOC memory is already cleared */
#endif
  if (!p) oom(n);
  return p;
}

void *zan_alloc_n(size_t size, size_t count) {
  size_t n;
  if (__builtin_mul_overflow(size, count, &n)) oom(SIZE_MAX);
  return zan_alloc(n);
}

void *zan_grow(void *items, size_t size, size_t n, size_t *cap, size_t first) {
  if (n < *cap) return items;
  size_t ncap = *cap ? *cap * 2 : first;
  if (ncap <= n) ncap = n + 1;
  void *ni = zan_alloc_n(size, ncap);
  if (n) memcpy(ni, items, size * n);
  *cap = ncap;
  return ni;
}

void *zan_alloc_atomic(size_t n) {
  if (n == 0) n = 1;
#ifdef ZAN_NO_GC
  void *p = ZAN_CALLOC(n);
#else
  void *p = GC_MALLOC_ATOMIC(n);
  if (p) memset(p, 0, n);   /* atomic memory is not cleared by the collector */
#endif
  if (!p) oom(n);
  return p;
}

void *zan_alloc_raw(size_t n) {
  if (n == 0) n = 1;
#ifdef ZAN_NO_GC
  void *p = ZAN_CALLOC(n);
#else
  void *p = GC_MALLOC_ATOMIC(n);
#endif
  if (!p) oom(n);
  return p;
}

void *zan_alloc_root(size_t n) {
  if (n == 0) n = 1;
#ifdef ZAN_NO_GC
  void *p = calloc(1, n);
#else
  void *p = GC_MALLOC_UNCOLLECTABLE(n);   /* cleared, scanned, kept until GC_FREE */
#endif
  if (!p) oom(n);
  return p;
}

void zan_free_root(void *p) {
#ifdef ZAN_NO_GC
  free(p);
#else
  GC_FREE(p);
#endif
}

void *zan_realloc(void *p, size_t n) {
  if (n == 0) n = 1;
#ifdef ZAN_NO_GC
  void *q = ZAN_REALLOC(p, n);
#else
  void *q = GC_REALLOC(p, n);
#endif
  if (!q) oom(n);
  return q;
}

/* Chunks of one GC page (4 KB, less the byte the collector adds for interior pointers and
 * kept a multiple of 16); a block over a quarter of that gets its own allocation. */
enum { ARENA_CHUNK = 4096 - 16, ARENA_BIG = 1024 };

static char *arena_take(ZanArena *a, size_t n) {
#ifdef ZAN_NO_GC
  (void)a;
  return zan_alloc_raw(n);
#else
  n = (n + 15) & ~(size_t)15;   /* keep every block 16-byte aligned, as the GC's are */
  if (n > ARENA_BIG) return zan_alloc_raw(n);
  if ((size_t)(a->end - a->cur) < n) {
    a->cur = zan_alloc_raw(ARENA_CHUNK);
    a->end = a->cur + ARENA_CHUNK;
  }
  char *p = a->cur;
  a->cur += n;
  return p;
#endif
}

char *zan_arena_strndup(ZanArena *a, const char *s, size_t n) {
  char *p = arena_take(a, n + 1);
  if (n) memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *zan_strndup(const char *s, size_t n) {
  char *p = zan_alloc_raw(n + 1);
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
  char *p = zan_alloc_raw((size_t)n + 1);
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
