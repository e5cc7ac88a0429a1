/* builtins.h — the built-in functions (builtins.def) as data: the IR ids, and for each its
 * name, arity and signature, read by the checker and the evaluator. */
#ifndef ZAN_BUILTINS_H
#define ZAN_BUILTINS_H

typedef enum {
#define BUILTIN(id, name, n, a1, a2, res) B_##id,
#include "builtins.def"
#undef BUILTIN
  BUILTIN_N
} Builtin;

/* What an argument must be, or what the result is (builtins.def explains each). */
typedef enum {
  BA_NONE, BA_BOOL, BA_INT, BA_DEC, BA_DATE, BA_DUR,
  BA_ANY, BA_COLL, BA_NUM_COLL, BA_ORD_COLL, BA_ORD, BA_SAME, BA_ELEM
} BuiltinArg;

typedef struct BuiltinInfo {
  const char *name;
  int         nargs;
  BuiltinArg  arg[2];
  BuiltinArg  result;
} BuiltinInfo;

extern const BuiltinInfo builtin_info[BUILTIN_N];

#endif
