/* decimal.h — exact base-10 numbers (arbitrary precision coefficient, 32-bit exponent).
 * Used for `decimal` values: money and rates, and any JSON number a decimal fact takes.
 * Values are immutable and GC-allocated; operations return new values. */
#ifndef ZAN_DECIMAL_H
#define ZAN_DECIMAL_H
#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>
#include "messages.h"

typedef struct ZDecimal ZDecimal;

#define DEC_MAX_EXP 10000       /* |exponent| of a parsed number beyond this is an error (PRODUCT.md) */
#define DEC_DIV_DIGITS 28       /* division rounds to this many significant digits, half-even */

/* Parses a JSON number or a zan decimal literal (underscores allowed when allow_underscore).
 * NULL and *err set ("exponent too large", "too many digits", "not a number") on failure. */
ZDecimal   *dec_parse(const char *s, size_t n, bool allow_underscore, const char **err);
/* That *err in the language of the messages, from the catalogue (NULL err: "not a number"). */
const char *dec_error_text(const char *err, Lang lang);
ZDecimal   *dec_from_int(int64_t v);
/* add, sub, mul (and div) return NULL when the result is out of range: more than 100000
 * digits or |exponent| > 1000000 — only reachable from absurd inputs; report it as an
 * arithmetic error (exit 5). Zero operands and ordinary sizes never give NULL. */
ZDecimal   *dec_add(const ZDecimal *a, const ZDecimal *b);
ZDecimal   *dec_sub(const ZDecimal *a, const ZDecimal *b);
ZDecimal   *dec_mul(const ZDecimal *a, const ZDecimal *b);
ZDecimal   *dec_div(const ZDecimal *a, const ZDecimal *b);   /* NULL when b is zero (or out of range) */
ZDecimal   *dec_neg(const ZDecimal *a);
int         dec_cmp(const ZDecimal *a, const ZDecimal *b);   /* -1, 0, 1 by value (1.0 == 1) */
bool        dec_is_zero(const ZDecimal *a);
bool        dec_to_int(const ZDecimal *a, int64_t *out);     /* true iff integral and in range */
bool        dec_round_int(const ZDecimal *a, int64_t *out);  /* half-even; false if out of range */
/* How dec_round settles the dropped digits; each is symmetric about zero (it rounds the
 * magnitude and keeps the sign): -2.5 half_up is -3, -2.5 half_even is -2, -2.7 down is -2. */
typedef enum DecRound {
  DEC_HALF_UP,      /* a half goes away from zero (the common legal rule) */
  DEC_HALF_EVEN,    /* a half goes to the even neighbour (banker's rounding) */
  DEC_DOWN,         /* toward zero: the dropped digits are discarded */
  DEC_UP            /* away from zero: any dropped digit bumps the last kept one */
} DecRound;
/* a rounded exactly to `places` digits after the point (0: whole units). Never NULL for
 * places in 0..DEC_MAX_PLACES; a value that already fits comes back unchanged. */
#define DEC_MAX_PLACES 20
ZDecimal   *dec_round(const ZDecimal *a, int places, DecRound mode);
/* Fixed-point text of a with exactly `places` fraction digits (a must have no more: round it
 * first), the integer digits in groups of three joined by `group`, `point` before the
 * fraction. NULL when the integer part has more than DEC_FIXED_MAX_INT digits. */
#define DEC_FIXED_MAX_INT 60
char       *dec_to_fixed(const ZDecimal *a, int places, const char *group, const char *point);
/* Canonical text: no exponent for moderate magnitudes ("12.5", "-0.001", "1000"),
 * trailing fraction zeros removed; scientific "1e+9999" form when the exponent is large. */
char       *dec_to_string(const ZDecimal *a);
#endif
