/* alloc.h — every byte the interpreter allocates goes through here.
 * Normally Boehm GC; built with -DZAN_NO_GC (the sanitizer build) it is plain malloc,
 * never freed, so ASan/UBSan can see every access. Out of memory prints and exits 70. */
#ifndef ZAN_ALLOC_H
#define ZAN_ALLOC_H
#include <stddef.h>
#include <stdarg.h>

void  zan_gc_setup(void);                    /* first thing in main() and in every test runner */
/* A thread started with plain pthread_create that allocates calls enter first and leave before it ends. */
void  zan_gc_thread_enter(void);
void  zan_gc_thread_leave(void);
/* For threads zan did not start (a server library's, a program calling libzan): registers the
 * calling thread with the collector on its first call (no-op when it is registered already)
 * and unregisters it when the thread ends. Cheap after the first call: one thread-local test. */
void  zan_gc_thread_auto(void);
void *zan_alloc(size_t n);                   /* zeroed; may hold pointers */
void *zan_alloc_atomic(size_t n);            /* zeroed; holds no pointers (strings, byte buffers) */
void *zan_alloc_n(size_t size, size_t count); /* zan_alloc(size * count), the product checked (ZAN_NEWN) */
/* Like zan_alloc_atomic but NOT zeroed: for buffers the caller fills before reading
 * (file contents, string copies, byte buffers). */
void *zan_alloc_raw(size_t n);
void *zan_realloc(void *p, size_t n);        /* keeps the kind p was allocated with */
/* A block the collector scans but never frees, for memory only malloc'd structures point to
 * (an HTTP library's per-connection pointer): zeroed; freed with zan_free_root. */
void *zan_alloc_root(size_t n);
void  zan_free_root(void *p);
char *zan_strdup(const char *s);
char *zan_strndup(const char *s, size_t n);  /* always NUL-terminated */
char *zan_sprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *zan_vsprintf(const char *fmt, va_list ap);

/* A bump allocator for many small strings made by one owner that live about as long as each
 * other (a parse's names): one GC block per chunk instead of one GC call (~120 instructions)
 * per string. The owner keeps the ZanArena where the GC sees it (a struct on the stack or
 * in GC memory); a chunk then lives while any string in it is referenced (the collector
 * recognises interior pointers). Chunks are atomic (no pointers), never resized with
 * zan_realloc. The sanitizer build allocates each string on its own, so ASan sees each. */
typedef struct ZanArena { char *cur, *end; } ZanArena;
char *zan_arena_strndup(ZanArena *a, const char *s, size_t n);

#ifdef ZAN_FUZZ
/* Fuzz harnesses only (tests/fuzz/): blocks allocated after begin are freed by reset. */
void  zan_fuzz_begin(void);
void  zan_fuzz_reset(void);
#endif

/* The one growth step of the hand-grown arrays (an items pointer, a count, a capacity): when
 * element n does not fit in *cap elements of `size` bytes, a new zeroed block of twice the
 * capacity (`first` when there is none yet) holding the n elements; else items itself. */
void *zan_grow(void *items, size_t size, size_t n, size_t *cap, size_t first);

#define ZAN_NEW(T)        ((T *)zan_alloc(sizeof(T)))
/* n elements of T, zeroed. n may be 0: still a valid pointer (never NULL), so a count that may
 * be 0 goes in as it is. A count whose byte size overflows is out of memory (exit 70). */
#define ZAN_NEWN(T, n)    ((T *)zan_alloc_n(sizeof(T), (size_t)(n)))
/* Room for element n of the array items whose capacity is cap (lvalues of any integer type):
 * `ZAN_GROW(l->items, l->n, l->cap, 8); l->items[l->n++] = x;` is ZAN_PUSH(l->items, l->n,
 * l->cap, 8, x). Element type from items; first: the capacity of the first block. */
#define ZAN_GROW(items, n, cap, first) do {                                           \
    if ((size_t)(n) >= (size_t)(cap)) {                                               \
      size_t zan_cap_ = (size_t)(cap);                                                \
      (items) = zan_grow((items), sizeof *(items), (size_t)(n), &zan_cap_, (first));  \
      (cap) = (__typeof__(cap))zan_cap_;                                              \
    }                                                                                 \
  } while (0)
#define ZAN_PUSH(items, n, cap, first, x) do {                                        \
    ZAN_GROW(items, n, cap, first);                                                   \
    (items)[(n)++] = (x);                                                             \
  } while (0)
#endif
