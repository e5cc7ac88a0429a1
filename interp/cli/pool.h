/* pool.h — `zan eval --jobs N`: N forked workers share numbered units of work; each worker
 * sends a unit's output to the parent through its own pipe, and the parent writes the units
 * to stdout in unit order. Memory stays bounded: a worker that runs ahead blocks on its pipe. */
#ifndef ZAN_POOL_H
#define ZAN_POOL_H
#include <stdbool.h>
#include <stddef.h>

/* Runs in each worker (w = 0 … jobs-1; unit u belongs to worker u % jobs). It must end every
 * unit it owns with pool_unit_end, in order, even an empty one. Returns its exit code. */
typedef int (*PoolWork)(void *ctx, int w, int jobs);

/* Forks the workers, relays their output, waits for them. Returns the worst exit code:
 * theirs, 70 when a worker was killed by a signal (the parent says which), 74 when stdout
 * cannot be written. SIGTERM, SIGINT and SIGHUP to the parent are passed on to the workers,
 * and a worker ends when the parent does (PR_SET_PDEATHSIG). */
int  pool_run(int jobs, PoolWork work, void *ctx);
/* In a worker: part of the current unit's output (blocks while the parent is busy elsewhere). */
void pool_unit_write(const void *data, size_t n);
/* In a worker: the current unit is complete. */
void pool_unit_end(void);
#endif
