/* exitcodes.h — the documented exit codes of PRODUCT.md. Where several apply, the first of
 * 70, 74, 4, 2, 5, 3, 1 wins: exit_worst() applies that order. */
#ifndef ZAN_EXITCODES_H
#define ZAN_EXITCODES_H
enum {
  ZAN_EXIT_OK       = 0,   /* success */
  ZAN_EXIT_FAIL     = 1,   /* --fail-on held, a test failed, a check found problems */
  ZAN_EXIT_USAGE    = 2,   /* bad command line */
  ZAN_EXIT_FACTS    = 3,   /* bad fact input */
  ZAN_EXIT_POLICY   = 4,   /* policy error: syntax, types, checker */
  ZAN_EXIT_RUNTIME  = 5,   /* run-time conflict between rules, arithmetic error, parameter before its first date */
  ZAN_EXIT_INTERNAL = 70,  /* a bug in zan */
  ZAN_EXIT_IO       = 74   /* an output or file could not be written (sysexits' EX_IOERR): full disk, /dev/full, closed pipe */
};
int exit_worst(int a, int b);   /* the code that wins when both a and b apply */
#endif
