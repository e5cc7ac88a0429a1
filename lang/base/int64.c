/* int64.c — digits in a base to int64 with the overflow check the lexer and the fact readers
 * share: the magnitude is gathered unsigned so that INT64_MIN, whose magnitude is one more
 * than INT64_MAX, reads too. */
#include "int64.h"

static unsigned digit_value(char c) {
  if (c >= '0' && c <= '9') return (unsigned)(c - '0');
  if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (unsigned)((c | 0x20) - 'a' + 10);
  return 99;   /* no base has it */
}

bool int64_parse(const char *s, size_t n, unsigned base, char skip, bool neg, int64_t *out) {
  uint64_t limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
  uint64_t mag = 0;
  bool any = false;
  for (size_t i = 0; i < n; i++) {
    if (skip && s[i] == skip) continue;
    unsigned dgt = digit_value(s[i]);
    if (dgt >= base) return false;
    if (mag > (limit - dgt) / base) return false;
    mag = mag * base + dgt;
    any = true;
  }
  if (!any) return false;
  *out = neg ? (int64_t)(0 - mag) : (int64_t)mag;
  return true;
}
