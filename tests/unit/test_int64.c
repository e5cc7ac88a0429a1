/* test_int64.c — unit tests of lang/base/int64.c: the integer reader the lexer and the fact
 * readers share (bases, the '_' the lexer skips, both ends of int64, what is refused). */
#include <check.h>
#include <stdint.h>
#include <string.h>
#include "lang/base/int64.h"

static bool P(const char *s, unsigned base, char skip, bool neg, int64_t *out) {
  return int64_parse(s, strlen(s), base, skip, neg, out);
}

START_TEST(test_decimal) {
  int64_t v = 0;
  ck_assert(P("0", 10, 0, false, &v));                     ck_assert_int_eq(v, 0);
  ck_assert(P("0", 10, 0, true, &v));                      ck_assert_int_eq(v, 0);
  ck_assert(P("42", 10, 0, false, &v));                    ck_assert_int_eq(v, 42);
  ck_assert(P("42", 10, 0, true, &v));                     ck_assert_int_eq(v, -42);
  ck_assert(P("9223372036854775807", 10, 0, false, &v));   ck_assert(v == INT64_MAX);
  ck_assert(P("9223372036854775808", 10, 0, true, &v));    ck_assert(v == INT64_MIN);
  ck_assert(P("0009223372036854775807", 10, 0, false, &v));   ck_assert(v == INT64_MAX);
}
END_TEST

START_TEST(test_overflow_untouched) {
  int64_t v = 7;
  ck_assert(!P("9223372036854775808", 10, 0, false, &v));
  ck_assert(!P("9223372036854775809", 10, 0, true, &v));
  ck_assert(!P("18446744073709551616", 10, 0, false, &v));   /* 2^64: no wrap to 0 */
  ck_assert(!P("99999999999999999999999", 10, 0, true, &v));
  ck_assert_int_eq(v, 7);
}
END_TEST

START_TEST(test_skip_and_bases) {
  int64_t v = 0;
  ck_assert(P("1_000_000", 10, '_', false, &v));   ck_assert_int_eq(v, 1000000);
  ck_assert(!P("1_000", 10, 0, false, &v));        /* '_' only where the caller skips it */
  ck_assert(!P("___", 10, '_', false, &v));        /* no digit */
  ck_assert(!P("", 10, 0, false, &v));
  ck_assert(P("777", 8, 0, false, &v));            ck_assert_int_eq(v, 511);
  ck_assert(!P("8", 8, 0, false, &v));
  ck_assert(P("fF", 16, 0, false, &v));            ck_assert_int_eq(v, 255);
  ck_assert(P("7fffffffffffffff", 16, 0, false, &v));   ck_assert(v == INT64_MAX);
  ck_assert(P("8000000000000000", 16, 0, true, &v));    ck_assert(v == INT64_MIN);
  ck_assert(!P("8000000000000000", 16, 0, false, &v));
  ck_assert(!P("1g", 16, 0, false, &v));
  ck_assert(!P("-1", 10, 0, false, &v));           /* the sign is the caller's */
  ck_assert(P("12", 10, 0, false, &v));            ck_assert_int_eq(v, 12);
  ck_assert(int64_parse("123", 2, 10, 0, false, &v));   ck_assert_int_eq(v, 12);   /* only n bytes */
}
END_TEST

Suite *suite_int64(void) {
  Suite *s = suite_create("int64");
  TCase *tc = tcase_create("int64");
  tcase_add_test(tc, test_decimal);
  tcase_add_test(tc, test_overflow_untouched);
  tcase_add_test(tc, test_skip_and_bases);
  suite_add_tcase(s, tc);
  return s;
}
