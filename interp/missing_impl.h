/* missing_impl.h — private to interp/missing*.c: the domains the settling-set search branches
 * over (one per unknown fact) and which facts each output, or one member of a set output, may
 * depend on. Built once per call from the Program (missing_domain.c). */
#ifndef ZAN_MISSING_IMPL_H
#define ZAN_MISSING_IMPL_H
#include <stdint.h>
#include "missing.h"

typedef enum {
  MS_FIXED,        /* known in the input, never to be asked, or of a type the search cannot branch on */
  MS_WHOLE,        /* unknown: takes one of cand[0..ncand) */
  MS_SET           /* unknown set of an enum of at most 64 members: nmem independent member bits */
} MSlotKind;

typedef struct MSlot {
  uint8_t kind;          /* MSlotKind */
  bool    approx;        /* cand samples the domain (used in computations, or a text) */
  bool    unsupported;   /* unknown, but its type cannot be branched on (lists, records, other sets) */
  int     ncand;
  Val    *cand;          /* MS_WHOLE: the values to try (one per interval between the constants) */
  int     nmem;          /* MS_SET */
} MSlot;

typedef struct MDomain {
  int        nwords;     /* 64-bit words of a bitset over the fact slots */
  MSlot     *slot;       /* per slot */
  uint64_t  *askable;    /* bitset: slots of kind MS_WHOLE or MS_SET */
  uint64_t  *out_facts;  /* per output (nwords each): every slot its value may depend on */
  uint64_t  *dflt_facts; /* per output: slots its default may depend on */
  uint64_t  *rule_facts; /* per rule: slots its condition, value and exceptions may depend on */
} MDomain;

MDomain *mdomain_build(const Program *p, const Val *slots, ZDate as_of, const bool *never);
/* The slots member `member` of output o (or, with member -1, the whole output) may depend on. */
void     mdomain_atom_facts(const MDomain *d, const Program *p, int o, int member, uint64_t *out);

/* The outputs atom (o, member) reads whose facts it reads through nothing else (no other output
 * it reads, no fact it reads itself): once such an output is decided, its facts no longer
 * matter to the atom, only its value. Fills outs (room for p->noutputs); returns how many. */
int      mdomain_atom_blocks(const MDomain *d, const Program *p, int o, int member, int *outs);

static inline bool bit_has(const uint64_t *b, int i) { return (b[i >> 6] >> (i & 63)) & 1; }
static inline void bit_set(uint64_t *b, int i) { b[i >> 6] |= (uint64_t)1 << (i & 63); }
static inline void bit_clear(uint64_t *b, int i) { b[i >> 6] &= ~((uint64_t)1 << (i & 63)); }
#endif
