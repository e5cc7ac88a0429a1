/* graph.c — adjacency lists built from an edge list: a counting sort by source, then each row
 * sorted and made unique, so building costs O(E log E) and memory O(n + E), never n × n. */
#include <stdlib.h>
#include <string.h>
#include "graph.h"
#include "base/alloc.h"

void graph_init(Graph *g, int n) {
  memset(g, 0, sizeof *g);
  g->n = n;
}

void graph_edge(Graph *g, int u, int v) {
  if (g->ne == g->cap) {
    size_t cap = g->cap ? g->cap * 2 : 64;
    int *eu = zan_alloc_atomic(sizeof(int) * cap), *ev = zan_alloc_atomic(sizeof(int) * cap);
    if (g->ne) { memcpy(eu, g->eu, sizeof(int) * g->ne); memcpy(ev, g->ev, sizeof(int) * g->ne); }
    g->eu = eu; g->ev = ev; g->cap = cap;
  }
  g->eu[g->ne] = u; g->ev[g->ne] = v; g->ne++;
}

static int cmp_int(const void *a, const void *b) {
  int x = *(const int *)a, y = *(const int *)b;
  return (x > y) - (x < y);
}

int ints_sort_unique(int *a, int n) {
  if (n < 2) return n;
  if (n <= 16) {                       /* short lists (most): insertion sort */
    for (int i = 1; i < n; i++) {
      int x = a[i], j = i;
      while (j > 0 && a[j - 1] > x) { a[j] = a[j - 1]; j--; }
      a[j] = x;
    }
  } else qsort(a, (size_t)n, sizeof(int), cmp_int);
  int k = 1;
  for (int i = 1; i < n; i++) if (a[i] != a[k - 1]) a[k++] = a[i];
  return k;
}

void graph_finish(Graph *g) {
  int n = g->n;
  int *first = zan_alloc_atomic(sizeof(int) * ((size_t)n + 2));
  int *to = zan_alloc_atomic(sizeof(int) * (g->ne + 1));
  for (size_t i = 0; i < g->ne; i++) first[g->eu[i] + 1]++;
  for (int u = 0; u < n; u++) first[u + 1] += first[u];
  int *fill = zan_alloc_atomic(sizeof(int) * ((size_t)n + 1));
  memcpy(fill, first, sizeof(int) * (size_t)n);
  for (size_t i = 0; i < g->ne; i++) to[fill[g->eu[i]]++] = g->ev[i];
  /* sort and deduplicate each row in place, then close the gaps */
  int w = 0;
  for (int u = 0; u < n; u++) {
    int s = first[u], len = ints_sort_unique(to + s, first[u + 1] - s);
    if (w != s) memmove(to + w, to + s, sizeof(int) * (size_t)len);
    first[u] = w;
    w += len;
  }
  first[n] = w;
  g->first = first; g->to = to;
  g->eu = g->ev = NULL; g->ne = g->cap = 0;
}
