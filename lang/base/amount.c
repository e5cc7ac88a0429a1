/* amount.c — amounts in a language's own way (amount.h). Russian and Kazakh typography group
 * digits with a thin space that does not break (U+202F, the «тонкая шпация» of Russian
 * typesetting; CLDR's plain U+00A0 is wider than typesetters use) and separate a unit or % from
 * the number by a no-break space (GOST 8.417: "7 %", "100 ₸"); English uses commas and writes
 * 7% close up. */
#include <string.h>
#include "amount.h"
#include "alloc.h"

#define NNBSP "\xE2\x80\xAF"   /* U+202F narrow no-break space */
#define NBSP  "\xC2\xA0"       /* U+00A0 no-break space */

typedef struct Way { const char *group, *point, *unit_sep, *percent; } Way;

static const Way *way_of(Lang lang) {
  static const Way en = { ",", ".", NBSP, "%" };
  static const Way ru = { NNBSP, ",", NBSP, NBSP "%" };   /* kk and kk-Latn write as ru */
  return lang == LANG_EN ? &en : &ru;
}

/* 100 × v, exactly (NULL only for absurd sizes). */
static ZDecimal *hundredfold(const ZDecimal *v) { return dec_mul(v, dec_from_int(100)); }

/* Digits after the point of v (0 for a whole number). */
static int64_t fraction_digits(const ZDecimal *v) {
  const char *s = strchr(dec_to_string(v), '.');
  if (!s) return 0;
  size_t n = strcspn(s + 1, "e");
  return s[1 + n] ? DEC_FIXED_MAX_INT + 1 : (int64_t)n;   /* scientific: too long to fix */
}

ZDecimal *amount_rounded(const ZDecimal *v, const AmountStyle *st) {
  if (!st || st->places < 0) return (ZDecimal *)v;
  if (!st->percent) return dec_round(v, st->places, st->mode);
  /* per cent: round the shown figure, then back to the fraction (÷100 is exact) */
  ZDecimal *h = hundredfold(v);
  if (!h) return (ZDecimal *)v;
  ZDecimal *r = dec_div(dec_round(h, st->places, st->mode), dec_from_int(100));
  return r ? r : (ZDecimal *)v;
}

const char *amount_format(const ZDecimal *v, const AmountStyle *st, Lang lang) {
  const Way *w = way_of(lang);
  ZDecimal *x = (ZDecimal *)v;
  if (st->percent && !(x = hundredfold(v))) return dec_to_string(v);   /* absurd size */
  int64_t places = st->places;
  if (places >= 0) x = dec_round(x, (int)places, st->mode);
  else places = fraction_digits(x);
  char *num = places <= DEC_FIXED_MAX_INT ? dec_to_fixed(x, (int)places, w->group, w->point) : NULL;
  if (!num) num = dec_to_string(x);
  if (st->percent) return zan_sprintf("%s%s", num, w->percent);
  if (st->unit && *st->unit) return zan_sprintf("%s%s%s", num, w->unit_sep, st->unit);
  return num;
}
