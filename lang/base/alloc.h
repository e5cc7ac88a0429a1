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
void *zan_alloc(size_t n);                   /* zeroed; may hold pointers */
void *zan_alloc_atomic(size_t n);            /* zeroed; holds no pointers (strings, byte buffers) */
void *zan_realloc(void *p, size_t n);        /* keeps the kind p was allocated with */
char *zan_strdup(const char *s);
char *zan_strndup(const char *s, size_t n);  /* always NUL-terminated */
char *zan_sprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *zan_vsprintf(const char *fmt, va_list ap);

#ifdef ZAN_FUZZ
/* Fuzz harnesses only (tests/fuzz/): blocks allocated after begin are freed by reset. */
void  zan_fuzz_begin(void);
void  zan_fuzz_reset(void);
#endif

#define ZAN_NEW(T)        ((T *)zan_alloc(sizeof(T)))
#define ZAN_NEWN(T, n)    ((T *)zan_alloc(sizeof(T) * (size_t)(n)))
#endif
