/* test_amount.c — unit tests of amounts in each language (lang/base/amount.c): digit groups,
 * decimal marks, units, per cent, rounding modes at .5 and on negatives, long values. */
#include <check.h>
#include <string.h>
#include "lang/base/amount.h"

#define NNBSP "\xE2\x80\xAF"
#define NBSP  "\xC2\xA0"

static ZDecimal *P(const char *s) {
  const char *err = NULL;
  ZDecimal *d = dec_parse(s, strlen(s), false, &err);
  ck_assert_msg(d != NULL, "parse '%s': %s", s, err ? err : "?");
  return d;
}
static const char *A(const char *v, int places, DecRound mode, const char *unit, bool pct, Lang l) {
  AmountStyle st = { pct, places, mode, unit };
  return amount_format(P(v), &st, l);
}

START_TEST(test_grouping_per_language) {
  ck_assert_str_eq(A("1234567.5", 2, DEC_HALF_UP, "₸", false, LANG_EN), "1,234,567.50" NBSP "₸");
  ck_assert_str_eq(A("1234567.5", 2, DEC_HALF_UP, "₸", false, LANG_RU),
                   "1" NNBSP "234" NNBSP "567,50" NBSP "₸");
  ck_assert_str_eq(A("1234567.5", 2, DEC_HALF_UP, "₸", false, LANG_KK),
                   "1" NNBSP "234" NNBSP "567,50" NBSP "₸");
  ck_assert_str_eq(A("1234567.5", 2, DEC_HALF_UP, "₸", false, LANG_KK_LATN),
                   "1" NNBSP "234" NNBSP "567,50" NBSP "₸");
  ck_assert_str_eq(A("865000", 0, DEC_HALF_UP, NULL, false, LANG_RU), "865" NNBSP "000");
  ck_assert_str_eq(A("999", 0, DEC_HALF_UP, NULL, false, LANG_EN), "999");
  ck_assert_str_eq(A("-1234.5", 0, DEC_HALF_UP, "₸", false, LANG_EN), "-1,235" NBSP "₸");
  /* no rounding declared: every digit the value has, grouped */
  ck_assert_str_eq(A("12345.678", -1, DEC_HALF_UP, NULL, false, LANG_EN), "12,345.678");
  ck_assert_str_eq(A("12345.678", -1, DEC_HALF_UP, NULL, false, LANG_RU), "12" NNBSP "345,678");
}
END_TEST

START_TEST(test_rounding_modes_shown) {
  ck_assert_str_eq(A("2.345", 2, DEC_HALF_UP, NULL, false, LANG_EN), "2.35");
  ck_assert_str_eq(A("2.345", 2, DEC_HALF_EVEN, NULL, false, LANG_EN), "2.34");
  ck_assert_str_eq(A("-2.345", 2, DEC_HALF_UP, NULL, false, LANG_RU), "-2,35");
  ck_assert_str_eq(A("-2.345", 2, DEC_HALF_EVEN, NULL, false, LANG_RU), "-2,34");
  ck_assert_str_eq(A("2.349", 2, DEC_DOWN, NULL, false, LANG_EN), "2.34");
  ck_assert_str_eq(A("2.341", 2, DEC_UP, NULL, false, LANG_EN), "2.35");
  ck_assert_str_eq(A("0.5", 0, DEC_HALF_EVEN, "₸", false, LANG_EN), "0" NBSP "₸");
}
END_TEST

START_TEST(test_percent) {
  ck_assert_str_eq(A("0.07", -1, DEC_HALF_UP, NULL, true, LANG_EN), "7%");
  ck_assert_str_eq(A("0.07", -1, DEC_HALF_UP, NULL, true, LANG_RU), "7" NBSP "%");
  ck_assert_str_eq(A("0.07", -1, DEC_HALF_UP, NULL, true, LANG_KK), "7" NBSP "%");
  ck_assert_str_eq(A("0.125", -1, DEC_HALF_UP, NULL, true, LANG_RU), "12,5" NBSP "%");
  ck_assert_str_eq(A("0.12345", 1, DEC_HALF_EVEN, NULL, true, LANG_EN), "12.3%");
  ck_assert_str_eq(A("0.12355", 2, DEC_HALF_EVEN, NULL, true, LANG_EN), "12.36%");
  ck_assert_str_eq(A("12.5", 0, DEC_HALF_UP, NULL, true, LANG_EN), "1,250%");
  AmountStyle st = { true, 1, DEC_HALF_UP, NULL };
  ck_assert_str_eq(dec_to_string(amount_rounded(P("0.07251"), &st)), "0.073");
  AmountStyle money = { false, 2, DEC_HALF_EVEN, "₸" };
  ck_assert_str_eq(dec_to_string(amount_rounded(P("10.125"), &money)), "10.12");
  ck_assert_str_eq(dec_to_string(amount_rounded(P("10.125"), NULL)), "10.125");
}
END_TEST

START_TEST(test_long_values) {
  /* too long for fixed notation: the canonical form, with the unit */
  ck_assert_str_eq(A("1e100", 2, DEC_HALF_UP, "₸", false, LANG_EN), "1e+100" NBSP "₸");
  ck_assert_str_eq(A("1e-100", -1, DEC_HALF_UP, NULL, false, LANG_EN), "1e-100");
  ck_assert_str_eq(A("1e-100", 2, DEC_HALF_UP, NULL, false, LANG_EN), "0.00");
}
END_TEST

Suite *suite_amount(void) {
  Suite *s = suite_create("amount");
  TCase *tc = tcase_create("amount");
  tcase_add_test(tc, test_grouping_per_language);
  tcase_add_test(tc, test_rounding_modes_shown);
  tcase_add_test(tc, test_percent);
  tcase_add_test(tc, test_long_values);
  suite_add_tcase(s, tc);
  return s;
}
