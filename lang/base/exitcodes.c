/* exitcodes.c — which exit code wins when several apply (PRODUCT.md: 70, 4, 2, 5, 3, 1;
 * an I/O error, 74, ranks just below an internal error: the output is lost whatever else held). */
#include "exitcodes.h"

static int exit_rank(int c) {
  switch (c) {
  case ZAN_EXIT_INTERNAL: return 7;
  case ZAN_EXIT_IO:       return 6;
  case ZAN_EXIT_POLICY:   return 5;
  case ZAN_EXIT_USAGE:    return 4;
  case ZAN_EXIT_RUNTIME:  return 3;
  case ZAN_EXIT_FACTS:    return 2;
  case ZAN_EXIT_FAIL:     return 1;
  case ZAN_EXIT_OK:       return 0;
  default:                return 8;   /* an undocumented code is a bug: let it show */
  }
}

int exit_worst(int a, int b) { return exit_rank(b) > exit_rank(a) ? b : a; }
