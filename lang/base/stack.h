/* stack.h — how much C stack the current thread has left, for the recursive passes (checker
 * inlining constants, evaluator): they stop with a clear error instead of overflowing. */
#ifndef ZAN_STACK_H
#define ZAN_STACK_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct StackGuard {
  uintptr_t floor;   /* below this address the stack is too low; 0: unknown (never trips) */
} StackGuard;

/* Sets the floor `reserve` bytes above the low end of the calling thread's stack (at most half
 * the stack). Call it in the thread that will recurse; a guard is that thread's only. */
void stack_guard_init(StackGuard *g, size_t reserve);

/* True when the stack is below the floor: recursing further is not safe. */
static inline bool stack_guard_low(const StackGuard *g) {
  volatile char here = 0;
  return g->floor && (uintptr_t)&here < g->floor;
}
#endif
