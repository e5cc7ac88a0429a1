/* graph.h — a directed graph over nodes 0..n-1 as adjacency lists (compressed rows), built from
 * edges given in any order; each node's successors sorted and unique. Memory is nodes + edges. */
#ifndef ZAN_GRAPH_H
#define ZAN_GRAPH_H
#include <stddef.h>

typedef struct Graph {
  int  n;          /* nodes */
  int *first;      /* successors of u: to[first[u]] .. to[first[u + 1] - 1], ascending */
  int *to;
  /* while building: the edges as pairs */
  int *eu, *ev;
  size_t ne, cap;
} Graph;

void graph_init(Graph *g, int n);
void graph_edge(Graph *g, int u, int v);     /* duplicates are merged by graph_finish */
void graph_finish(Graph *g);                  /* builds the rows; no edges may be added after */
static inline int graph_deg(const Graph *g, int u) { return g->first[u + 1] - g->first[u]; }
static inline const int *graph_succ(const Graph *g, int u) { return g->to + g->first[u]; }

/* Sorts a[0..n) ascending and drops duplicates; returns the new length. */
int ints_sort_unique(int *a, int n);
#endif
