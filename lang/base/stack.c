/* stack.c — the stack guard: where the calling thread's stack ends (pthread_getattr_np, which
 * for the main thread follows RLIMIT_STACK), so deep recursion can stop before it. */
#include "stack.h"
#include <pthread.h>

/* The calling thread's stack, asked once per thread: for the main thread glibc's
 * pthread_getattr_np reads /proc/self/maps and the rlimit (four system calls and a text
 * parse), which per evaluated record cost ten times the evaluation. A thread's stack does not
 * move, so the answer is kept in thread-local storage (each thread only ever sees its own). */
static _Thread_local struct { bool asked; uintptr_t lo; size_t size; } stack_of_thread;

void stack_guard_init(StackGuard *g, size_t reserve) {
  g->floor = 0;
  if (!stack_of_thread.asked) {
    stack_of_thread.asked = true;
    pthread_attr_t a;
    if (pthread_getattr_np(pthread_self(), &a) != 0) return;
    void *lo = NULL;
    size_t size = 0;
    if (pthread_attr_getstack(&a, &lo, &size) == 0 && lo && size) {
      stack_of_thread.lo = (uintptr_t)lo;
      stack_of_thread.size = size;
    }
    pthread_attr_destroy(&a);
  }
  uintptr_t lo = stack_of_thread.lo;
  size_t size = stack_of_thread.size;
  if (!lo || !size) return;
  if (reserve > size / 2) reserve = size / 2;
  volatile char here = 0;
  uintptr_t floor = lo + reserve;
  /* only when we are inside that stack (a user-supplied stack may not be reported right) */
  if ((uintptr_t)&here > floor && (uintptr_t)&here <= lo + size) g->floor = floor;
}
