/* test_decimal.c — unit tests of exact decimals (lang/base/decimal.c): parsing both syntaxes,
 * canonical printing, exact arithmetic, division rounding, limits. */
#include <check.h>
#include <stdint.h>
#include <string.h>
#include "lang/base/alloc.h"
#include "lang/base/decimal.h"

static ZDecimal *P(const char *s) {
  const char *err = NULL;
  ZDecimal *d = dec_parse(s, strlen(s), false, &err);
  ck_assert_msg(d != NULL, "parse '%s': %s", s, err ? err : "?");
  return d;
}
static const char *S(const ZDecimal *d) { ck_assert_ptr_nonnull(d); return dec_to_string(d); }
static const char *R(const char *s) { return S(P(s)); }   /* parse and print */

START_TEST(test_parse_print) {
  ck_assert_str_eq(R("0"), "0");
  ck_assert_str_eq(R("-0"), "0");
  ck_assert_str_eq(R("-0.000"), "0");
  ck_assert_str_eq(R("0e99999"), "0");
  ck_assert_str_eq(R("1"), "1");
  ck_assert_str_eq(R("-12.50"), "-12.5");
  ck_assert_str_eq(R("1.0"), "1");
  ck_assert_str_eq(R("1000"), "1000");
  ck_assert_str_eq(R("1E3"), "1000");
  ck_assert_str_eq(R("1e+3"), "1000");
  ck_assert_str_eq(R("12.5e-1"), "1.25");
  ck_assert_str_eq(R("0.001"), "0.001");
  ck_assert_str_eq(R("-0.001"), "-0.001");
  ck_assert_str_eq(R("123456789012345678901234567890.123456789"), "123456789012345678901234567890.123456789");
  ck_assert_str_eq(R("1e30"), "1000000000000000000000000000000");
  ck_assert_str_eq(R("1e31"), "1e+31");
  ck_assert_str_eq(R("1.5e40"), "1.5e+40");
  ck_assert_str_eq(R("1e-30"), "0.000000000000000000000000000001");
  ck_assert_str_eq(R("1e-31"), "1e-31");
  ck_assert_str_eq(R("-1.5e-40"), "-1.5e-40");
  ck_assert_str_eq(R("1e9999"), "1e+9999");
  ck_assert_str_eq(R("1e-9999"), "1e-9999");
  ck_assert_str_eq(R("1e10000"), "1e+10000");
  ck_assert_str_eq(R("1000000000"), "1000000000");
  ck_assert_str_eq(R("999999999.999999999"), "999999999.999999999");
  ck_assert_str_eq(R("100000000000000000000e-20"), "1");
  /* the printed form parses back to the same value */
  const char *xs[] = { "1e+9999", "-1.5e-40", "0.000000000000000000000000000001", "123.456" };
  for (size_t i = 0; i < sizeof xs / sizeof *xs; i++) ck_assert_str_eq(R(R(xs[i])), R(xs[i]));
}
END_TEST

START_TEST(test_parse_rejects) {
  const char *bad[] = { "", "-", "+1", "01", "-01", "00", "1.", ".5", "1e", "1e+", "1e-", "1.e3", "1_000",
                        "0x10", " 1", "1 ", "--1", "1.2.3", "NaN", "Infinity", "-Infinity", "1e5.5",
                        "1E+-3", "\xd9\xa1", "1f", "1,5" };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
    const char *err = NULL;
    ck_assert_msg(dec_parse(bad[i], strlen(bad[i]), false, &err) == NULL, "accepted '%s'", bad[i]);
    ck_assert_str_eq(err, "not a number");
  }
  /* n bounds the text: a valid prefix inside a longer buffer */
  const char *err = NULL;
  ZDecimal *d = dec_parse("12345", 3, false, &err);
  ck_assert_str_eq(S(d), "123");
}
END_TEST

START_TEST(test_parse_underscore) {
  const char *err = NULL;
  ck_assert_str_eq(S(dec_parse("1_000", 5, true, &err)), "1000");
  ck_assert_str_eq(S(dec_parse("1_000.75", 8, true, &err)), "1000.75");
  ck_assert_str_eq(S(dec_parse("1_000.000_5", 11, true, &err)), "1000.0005");
  ck_assert_str_eq(S(dec_parse("0.5", 3, true, &err)), "0.5");
  ck_assert_str_eq(S(dec_parse("865_000", 7, true, &err)), "865000");
  const char *bad[] = { "1__0", "_1", "1_", "1_.5", "1._5", "1.5_", "1e5", "1.", ".5", "" };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
    ck_assert_msg(dec_parse(bad[i], strlen(bad[i]), true, &err) == NULL, "accepted '%s'", bad[i]);
}
END_TEST

START_TEST(test_limits) {
  const char *err = NULL;
  ck_assert_ptr_nonnull(dec_parse("1e9999", 6, false, &err));
  ck_assert_ptr_nonnull(dec_parse("1e-10000", 8, false, &err));
  ck_assert_ptr_null(dec_parse("1e10001", 7, false, &err));
  ck_assert_str_eq(err, "exponent too large");
  ck_assert_ptr_null(dec_parse("1e-10001", 8, false, &err));
  ck_assert_ptr_null(dec_parse("1e99999999999999999999999999", 28, false, &err));
  ck_assert_str_eq(err, "exponent too large");
  /* normalised: 10 x 10^9999 is 1e10000 (ok); 100 x 10^9999 is 1e10001 (not ok) */
  ck_assert_ptr_nonnull(dec_parse("10e9999", 7, false, &err));
  ck_assert_ptr_null(dec_parse("100e9999", 8, false, &err));
  ck_assert_ptr_nonnull(dec_parse("1000e-10003", 11, false, &err));
}
END_TEST

START_TEST(test_huge_inputs_fast) {
  /* each is a megabyte or so and must be rejected (or accepted) in linear time */
  size_t n = 1000000;
  char *s = zan_alloc_atomic(n + 16);
  const char *err = NULL;
  memset(s, '7', n);
  ck_assert_ptr_null(dec_parse(s, n, false, &err));   /* a million significant digits */
  ck_assert_str_eq(err, "too many digits");
  s[0] = '1'; memset(s + 1, '0', n - 1);
  ck_assert_ptr_null(dec_parse(s, n, false, &err));   /* 1 followed by zeros: exponent 999999 */
  ck_assert_str_eq(err, "exponent too large");
  memcpy(s, "0.", 2); memset(s + 2, '0', n - 3); s[n - 1] = '1';
  ck_assert_ptr_null(dec_parse(s, n, false, &err));
  ck_assert_str_eq(err, "exponent too large");
  memset(s, '0', n); s[0] = '-'; s[1] = '0'; s[2] = '.';
  ZDecimal *z = dec_parse(s, n, false, &err);   /* -0.0000…: zero */
  ck_assert_ptr_nonnull(z);
  ck_assert(dec_is_zero(z));
  /* 10000 digits is the most a number may have */
  memset(s, '9', 10001);
  ZDecimal *big = dec_parse(s, 10000, false, &err);
  ck_assert_ptr_nonnull(big);
  ck_assert_ptr_null(dec_parse(s, 10001, false, &err));
  ck_assert_uint_eq(strlen(dec_to_string(big)), 10000);
  ZDecimal *sq = dec_mul(big, big);
  ck_assert_ptr_nonnull(sq);
  ck_assert_int_gt(dec_cmp(sq, big), 0);
  ZDecimal *q = dec_div(sq, big);
  ck_assert_ptr_nonnull(q);
  int64_t iv;
  ck_assert(!dec_round_int(q, &iv));   /* about 1e10000: far beyond int64 */
  ck_assert_int_eq(dec_cmp(q, dec_div(big, P("1"))), 0);   /* (b*b)/b is b, rounded to 28 digits */
  /* results out of range come back as NULL, quickly, never a hang or a wrap */
  ZDecimal *x = P("1e9999");
  int steps = 0;
  while (x && steps < 40) { x = dec_mul(x, x); steps++; }
  ck_assert_ptr_null(x);
  ck_assert_int_lt(steps, 10);
  x = big;
  steps = 0;
  while (x && steps < 40) { x = dec_mul(x, x); steps++; }
  ck_assert_ptr_null(x);
  ck_assert_int_lt(steps, 6);
  ZDecimal *far = P("1e9999");
  for (int i = 0; i < 6; i++) far = dec_mul(far, far);   /* 1e639936 */
  ck_assert_ptr_nonnull(far);
  ck_assert_ptr_null(dec_add(far, P("1")));              /* 639937 digits: out of range */
  ck_assert_int_gt(dec_cmp(far, P("1")), 0);
  ck_assert_str_eq(S(far), "1e+639936");
}
END_TEST

START_TEST(test_exact_arith) {
  ck_assert_int_eq(dec_cmp(dec_add(P("0.1"), P("0.2")), P("0.3")), 0);
  ck_assert_str_eq(S(dec_add(P("0.1"), P("0.2"))), "0.3");
  ck_assert_str_eq(S(dec_sub(P("1"), P("1.00"))), "0");
  ck_assert_str_eq(S(dec_sub(P("1"), P("3"))), "-2");
  ck_assert_str_eq(S(dec_sub(P("-1"), P("-3"))), "2");
  ck_assert_str_eq(S(dec_add(P("-1.5"), P("0.25"))), "-1.25");
  ck_assert_str_eq(S(dec_add(P("999999999"), P("1"))), "1000000000");
  ck_assert_str_eq(S(dec_add(P("999999999999999999.999999999"), P("0.000000001"))), "1000000000000000000");
  ck_assert_str_eq(S(dec_add(P("1e20"), P("1"))), "100000000000000000001");
  ck_assert_str_eq(S(dec_add(P("0"), P("-2.5"))), "-2.5");
  ck_assert_str_eq(S(dec_sub(P("0"), P("2.5"))), "-2.5");
  ck_assert_str_eq(S(dec_mul(P("1.1"), P("1.1"))), "1.21");
  ck_assert_str_eq(S(dec_mul(P("-2"), P("0.5"))), "-1");
  ck_assert_str_eq(S(dec_mul(P("0"), P("-5"))), "0");
  ck_assert_str_eq(S(dec_mul(P("123456789123456789"), P("987654321987654321"))), "121932631356500531347203169112635269");
  ck_assert_str_eq(S(dec_mul(P("1e9999"), P("1e9999"))), "1e+19998");
  ck_assert_str_eq(S(dec_neg(P("2.5"))), "-2.5");
  ck_assert_str_eq(S(dec_neg(P("0"))), "0");
  ck_assert_str_eq(S(dec_from_int(0)), "0");
  ck_assert_str_eq(S(dec_from_int(-42)), "-42");
  ck_assert_str_eq(S(dec_from_int(1000000000)), "1000000000");
  ck_assert_str_eq(S(dec_from_int(INT64_MIN)), "-9223372036854775808");
  ck_assert_str_eq(S(dec_from_int(INT64_MAX)), "9223372036854775807");
  /* an addition across a huge exponent gap stays exact */
  ZDecimal *x = dec_add(P("1e9999"), P("1e-9999"));
  ck_assert_ptr_nonnull(x);
  ck_assert_int_gt(dec_cmp(x, P("1e9999")), 0);
  ck_assert_str_eq(S(dec_sub(x, P("1e9999"))), "1e-9999");
}
END_TEST

START_TEST(test_division) {
  ck_assert_ptr_null(dec_div(P("1"), P("0")));
  ck_assert_ptr_null(dec_div(P("0"), P("0.000")));
  ck_assert_str_eq(S(dec_div(P("0"), P("7"))), "0");
  ck_assert_str_eq(S(dec_div(P("1"), P("3"))), "0.3333333333333333333333333333");
  ck_assert_str_eq(S(dec_div(P("2"), P("3"))), "0.6666666666666666666666666667");
  ck_assert_str_eq(S(dec_div(P("-2"), P("3"))), "-0.6666666666666666666666666667");
  ck_assert_str_eq(S(dec_div(P("1"), P("8"))), "0.125");
  ck_assert_str_eq(S(dec_div(P("10"), P("4"))), "2.5");
  ck_assert_str_eq(S(dec_div(P("1"), P("-0.5"))), "-2");
  ck_assert_str_eq(S(dec_div(P("100"), P("0.01"))), "10000");
  ck_assert_str_eq(S(dec_div(P("865000"), P("12"))), "72083.33333333333333333333333");
  ck_assert_str_eq(S(dec_div(P("1e9999"), P("1e-9999"))), "1e+19998");
  /* half-even at exactly half: 29 digits divided by 1 */
  ck_assert_str_eq(S(dec_div(P("10000000000000000000000000005"), P("1"))), "10000000000000000000000000000");
  ck_assert_str_eq(S(dec_div(P("10000000000000000000000000015"), P("1"))), "10000000000000000000000000020");
  ck_assert_str_eq(S(dec_div(P("100000000000000000000000000051"), P("1"))), "100000000000000000000000000100");
  ck_assert_str_eq(S(dec_div(P("100000000000000000000000000049"), P("1"))), "100000000000000000000000000000");
  /* half-even when the quotient has exactly P digits: compare twice the remainder */
  ck_assert_str_eq(S(dec_div(P("2"), P("7"))), "0.2857142857142857142857142857");
  ck_assert_str_eq(S(dec_div(P("1"), P("7"))), "0.1428571428571428571428571429");
  ZDecimal *third = dec_div(P("1"), P("3"));
  ck_assert_int_ne(dec_cmp(dec_mul(third, P("3")), P("1")), 0);   /* rounded, so not exactly 1 */
}
END_TEST

START_TEST(test_compare) {
  ck_assert_int_eq(dec_cmp(P("1.0"), P("1")), 0);
  ck_assert_int_eq(dec_cmp(P("-0"), P("0")), 0);
  ck_assert_int_eq(dec_cmp(P("100"), P("1e2")), 0);
  ck_assert_int_lt(dec_cmp(P("-1"), P("0")), 0);
  ck_assert_int_lt(dec_cmp(P("0"), P("0.0001")), 0);
  ck_assert_int_lt(dec_cmp(P("0.1"), P("0.11")), 0);
  ck_assert_int_gt(dec_cmp(P("1e10"), P("9999999999")), 0);
  ck_assert_int_lt(dec_cmp(P("-2"), P("-1.5")), 0);
  ck_assert_int_gt(dec_cmp(P("-1.5"), P("-2")), 0);
  ck_assert_int_lt(dec_cmp(P("1e-9999"), P("1e9999")), 0);
  ck_assert_int_lt(dec_cmp(P("-1e9999"), P("-1e-9999")), 0);
  ck_assert_int_lt(dec_cmp(P("12.34"), P("12.345")), 0);
  ck_assert(dec_is_zero(P("0.0")));
  ck_assert(!dec_is_zero(P("1e-9999")));
}
END_TEST

START_TEST(test_to_int) {
  int64_t v;
  ck_assert(dec_to_int(P("10.0"), &v)); ck_assert_int_eq(v, 10);
  ck_assert(dec_to_int(P("0"), &v)); ck_assert_int_eq(v, 0);
  ck_assert(dec_to_int(P("1e18"), &v)); ck_assert_int_eq(v, 1000000000000000000LL);
  ck_assert(!dec_to_int(P("1e19"), &v));
  ck_assert(dec_to_int(P("-9223372036854775808"), &v)); ck_assert(v == INT64_MIN);
  ck_assert(dec_to_int(P("9223372036854775807"), &v)); ck_assert(v == INT64_MAX);
  ck_assert(!dec_to_int(P("9223372036854775808"), &v));
  ck_assert(!dec_to_int(P("1.5"), &v));
  ck_assert(!dec_to_int(P("1e9999"), &v));
  struct { const char *in; int64_t out; } r[] = {
    { "2.5", 2 }, { "3.5", 4 }, { "-2.5", -2 }, { "-3.5", -4 }, { "0.5", 0 }, { "1.5", 2 },
    { "0.05", 0 }, { "0.51", 1 }, { "2.51", 3 }, { "2.49", 2 }, { "-0.6", -1 }, { "7", 7 },
    { "1e-9999", 0 }, { "9223372036854775807.4", INT64_MAX }, { "-9223372036854775808.5", INT64_MIN },
    { "12345.5000001", 12346 },
  };
  for (size_t i = 0; i < sizeof r / sizeof *r; i++) {
    ck_assert_msg(dec_round_int(P(r[i].in), &v), "round %s", r[i].in);
    ck_assert_msg(v == r[i].out, "round %s gave %lld", r[i].in, (long long)v);
  }
  ck_assert(!dec_round_int(P("9223372036854775807.5"), &v));
  ck_assert(!dec_round_int(P("-9223372036854775808.6"), &v));
  ck_assert(!dec_round_int(P("1e30"), &v));
}
END_TEST

/* dec_round: every mode at and around the .5 boundary, on both signs, carries, whole
 * units, values already short enough, and values whose every digit is dropped. */
START_TEST(test_round_places) {
  static const struct { const char *in; int places; DecRound mode; const char *out; } r[] = {
    {"2.5", 0, DEC_HALF_UP, "3"},        {"2.5", 0, DEC_HALF_EVEN, "2"},
    {"3.5", 0, DEC_HALF_UP, "4"},        {"3.5", 0, DEC_HALF_EVEN, "4"},
    {"-2.5", 0, DEC_HALF_UP, "-3"},      {"-2.5", 0, DEC_HALF_EVEN, "-2"},
    {"-3.5", 0, DEC_HALF_EVEN, "-4"},    {"-2.5", 0, DEC_DOWN, "-2"},
    {"-2.1", 0, DEC_UP, "-3"},           {"2.1", 0, DEC_UP, "3"},
    {"2.9", 0, DEC_DOWN, "2"},           {"2.49", 0, DEC_HALF_UP, "2"},
    {"1.005", 2, DEC_HALF_UP, "1.01"},   {"1.005", 2, DEC_HALF_EVEN, "1"},
    {"1.015", 2, DEC_HALF_EVEN, "1.02"}, {"1.0051", 2, DEC_HALF_EVEN, "1.01"},
    {"-1.005", 2, DEC_HALF_UP, "-1.01"}, {"-1.005", 2, DEC_HALF_EVEN, "-1"},
    {"2.50000000000000000001", 0, DEC_HALF_EVEN, "3"},
    {"9.995", 2, DEC_HALF_UP, "10"},     {"-999.5", 0, DEC_HALF_UP, "-1000"},
    {"0.5", 0, DEC_HALF_UP, "1"},        {"0.5", 0, DEC_HALF_EVEN, "0"},
    {"0.05", 0, DEC_HALF_UP, "0"},       {"0.001", 2, DEC_UP, "0.01"},
    {"-0.001", 2, DEC_HALF_UP, "0"},     {"0.004", 2, DEC_DOWN, "0"},
    {"1234567.5", 2, DEC_HALF_UP, "1234567.5"}, {"12", 0, DEC_DOWN, "12"},
    {"1e30", 2, DEC_HALF_EVEN, "1000000000000000000000000000000"},
    {"0.125", 2, DEC_HALF_EVEN, "0.12"}, {"0.135", 2, DEC_HALF_EVEN, "0.14"},
    {"123456789012.3456789015", 9, DEC_HALF_EVEN, "123456789012.345678902"},
  };
  for (size_t i = 0; i < sizeof r / sizeof *r; i++) {
    const char *got = S(dec_round(P(r[i].in), r[i].places, r[i].mode));
    ck_assert_msg(strcmp(got, r[i].out) == 0, "round %s to %d (mode %d) gave %s, expected %s",
                  r[i].in, r[i].places, (int)r[i].mode, got, r[i].out);
  }
  /* the rounded value is a value like any other: it compares and prints canonically */
  ck_assert_int_eq(dec_cmp(dec_round(P("-0.4"), 0, DEC_HALF_UP), P("0")), 0);
  ck_assert_str_eq(S(dec_round(P("0"), 2, DEC_UP)), "0");
}
END_TEST

START_TEST(test_to_fixed) {
  ck_assert_str_eq(dec_to_fixed(P("1234567.5"), 2, ",", "."), "1,234,567.50");
  ck_assert_str_eq(dec_to_fixed(P("1234567.5"), 2, "\u202f", ","), "1\u202f234\u202f567,50");
  ck_assert_str_eq(dec_to_fixed(P("-1234"), 0, " ", ","), "-1 234");
  ck_assert_str_eq(dec_to_fixed(P("123"), 0, ",", "."), "123");
  ck_assert_str_eq(dec_to_fixed(P("0.07"), 2, ",", "."), "0.07");
  ck_assert_str_eq(dec_to_fixed(P("0.007"), 4, ",", "."), "0.0070");
  ck_assert_str_eq(dec_to_fixed(P("0"), 2, ",", "."), "0.00");
  ck_assert_str_eq(dec_to_fixed(P("1e6"), 1, ",", "."), "1,000,000.0");
  ck_assert_str_eq(dec_to_fixed(P("100000"), 0, ",", "."), "100,000");
  ck_assert_ptr_null(dec_to_fixed(P("0.125"), 2, ",", "."));   /* not rounded first */
  ck_assert_ptr_null(dec_to_fixed(P("1e60"), 0, ",", "."));    /* 61 integer digits */
  ck_assert_ptr_nonnull(dec_to_fixed(P("1e59"), 0, ",", "."));
}
END_TEST

Suite *suite_decimal(void) {
  Suite *s = suite_create("decimal");
  TCase *tc = tcase_create("decimal");
  tcase_add_test(tc, test_parse_print);
  tcase_add_test(tc, test_parse_rejects);
  tcase_add_test(tc, test_parse_underscore);
  tcase_add_test(tc, test_limits);
  tcase_add_test(tc, test_huge_inputs_fast);
  tcase_add_test(tc, test_exact_arith);
  tcase_add_test(tc, test_division);
  tcase_add_test(tc, test_compare);
  tcase_add_test(tc, test_to_int);
  tcase_add_test(tc, test_round_places);
  tcase_add_test(tc, test_to_fixed);
  suite_add_tcase(s, tc);
  return s;
}
