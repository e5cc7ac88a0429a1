/* amount.h — a number as each language writes it in a report: rounded as its output declares,
 * digits in groups of three, the language's decimal mark, then a unit or the per-cent sign. */
#ifndef ZAN_AMOUNT_H
#define ZAN_AMOUNT_H
#include <stdbool.h>
#include "decimal.h"
#include "messages.h"

typedef struct AmountStyle {
  bool        percent;   /* the value ×100 and the per-cent sign: 0.07 is "7 %" (ru, kk), "7%" (en) */
  int         places;    /* digits after the mark; -1: every digit the value has (no rounding) */
  DecRound    mode;      /* how `places` is reached */
  const char *unit;      /* written after the number ("₸", "МРП"), or NULL */
} AmountStyle;

/* v in lang's way: "1 234 567,50 ₸" (kk, ru: U+202F between groups, a comma, U+00A0 before
 * the unit or %), "1,234,567.50 ₸" (en). A value too long for fixed notation (more than
 * DEC_FIXED_MAX_INT integer digits, or more fraction digits than that unrounded) keeps its
 * canonical form, still with its unit. */
const char *amount_format(const ZDecimal *v, const AmountStyle *st, Lang lang);
/* The value a report shows, rounded (NULL style or no places: v itself); as a per-cent style
 * still gives the fraction (0.073, not 7.3). */
ZDecimal   *amount_rounded(const ZDecimal *v, const AmountStyle *st);
#endif
