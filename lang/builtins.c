/* builtins.c — the built-in function table (builtins.def) as an array indexed by Builtin. */
#include "builtins.h"

const BuiltinInfo builtin_info[BUILTIN_N] = {
#define BUILTIN(id, name, n, a1, a2, res) [B_##id] = {name, n, {BA_##a1, BA_##a2}, BA_##res},
#include "builtins.def"
#undef BUILTIN
};
