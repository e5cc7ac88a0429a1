/* test_date.c — unit tests of calendar dates and durations (lang/base/date.c). */
#include <check.h>
#include <stdlib.h>
#include <string.h>
#include "lang/base/date.h"

static ZDate D(const char *s) {
  ZDate d = 0;
  ck_assert_msg(date_parse(s, strlen(s), &d), "parse %s", s);
  return d;
}

static const char *F(ZDate d) {
  static char buf[8][11];
  static int k;
  k = (k + 1) % 8;
  date_format(d, buf[k]);
  return buf[k];
}

START_TEST(test_epoch_and_known_days) {
  ck_assert_int_eq(date_from_ymd(1970, 1, 1), 0);
  ck_assert_int_eq(date_from_ymd(1970, 1, 2), 1);
  ck_assert_int_eq(date_from_ymd(1969, 12, 31), -1);
  ck_assert_int_eq(date_from_ymd(2000, 3, 1), 11017);
  ck_assert_int_eq(date_from_ymd(2026, 3, 1), 20513);
  ck_assert_int_eq(date_from_ymd(1, 1, 1), -719162);
  ck_assert_int_eq(date_from_ymd(9999, 12, 31), 2932896);
  ck_assert_str_eq(F(0), "1970-01-01");
  ck_assert_str_eq(F(-719162), "0001-01-01");
  ck_assert_str_eq(F(2932896), "9999-12-31");
}
END_TEST

START_TEST(test_validity) {
  ck_assert(date_valid(2024, 2, 29));
  ck_assert(!date_valid(2025, 2, 29));
  ck_assert(date_valid(2000, 2, 29));
  ck_assert(!date_valid(1900, 2, 29));
  ck_assert(!date_valid(2026, 2, 30));
  ck_assert(!date_valid(2026, 4, 31));
  ck_assert(date_valid(2026, 12, 31));
  ck_assert(!date_valid(2026, 13, 1));
  ck_assert(!date_valid(2026, 0, 1));
  ck_assert(!date_valid(2026, 1, 0));
  ck_assert(!date_valid(0, 1, 1));
  ck_assert(!date_valid(10000, 1, 1));
}
END_TEST

START_TEST(test_parse) {
  ZDate d;
  ck_assert(date_parse("2026-03-01", 10, &d));
  ck_assert_int_eq(d, 20513);
  ck_assert(date_parse("2000-02-29", 10, &d));
  const char *bad[] = { "2026-02-30", "1900-02-29", "2026-3-01", "2026-03-1", "20260301", "2026/03/01",
                        "2026-03-01 ", " 2026-03-01", "2026-13-01", "0000-01-01", "2026-03-0a",
                        "+026-03-01", "2026-03-01T00:00", "", "2026-00-10", "-026-03-01" };
  for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
    ck_assert_msg(!date_parse(bad[i], strlen(bad[i]), &d), "accepted %s", bad[i]);
  /* n is the length: a longer buffer with a valid prefix is not a date */
  ck_assert(!date_parse("2026-03-01x", 11, &d));
  ck_assert(date_parse("2026-03-01x", 10, &d));
}
END_TEST

START_TEST(test_roundtrip_wide) {
  int y, m, d;
  for (ZDate dt = -719162; dt <= 2932896; dt += 1) {
    date_to_ymd(dt, &y, &m, &d);
    if (!date_valid(y, m, d) || date_from_ymd(y, m, d) != dt)
      ck_abort_msg("round trip failed at %d", (int)dt);
  }
  /* consecutive days are consecutive dates across a leap day */
  ck_assert_int_eq(D("2024-03-01") - D("2024-02-28"), 2);
  ck_assert_int_eq(D("2023-03-01") - D("2023-02-28"), 1);
  ck_assert_int_eq(D("2001-01-01") - D("2000-01-01"), 366);
  ck_assert_int_eq(D("1901-01-01") - D("1900-01-01"), 365);
}
END_TEST

static const char *ADD(const char *s, int y, int m, int d) {
  ZDate out;
  ZDuration du = { y, m, d };
  if (!date_add(D(s), du, &out)) return "out of range";
  return F(out);
}

START_TEST(test_add) {
  ck_assert_str_eq(ADD("2024-02-29", 1, 0, 0), "2025-02-28");
  ck_assert_str_eq(ADD("2024-02-29", 4, 0, 0), "2028-02-29");
  ck_assert_str_eq(ADD("2026-01-31", 0, 1, 0), "2026-02-28");
  ck_assert_str_eq(ADD("2024-01-31", 0, 1, 0), "2024-02-29");
  ck_assert_str_eq(ADD("2026-01-31", 0, 3, 0), "2026-04-30");
  ck_assert_str_eq(ADD("2026-03-31", 0, -1, 0), "2026-02-28");
  ck_assert_str_eq(ADD("2026-01-15", 0, -1, 0), "2025-12-15");
  ck_assert_str_eq(ADD("2026-01-15", 0, -13, 0), "2024-12-15");
  ck_assert_str_eq(ADD("2026-01-15", 0, 24, 0), "2028-01-15");
  ck_assert_str_eq(ADD("2026-12-31", 0, 0, 1), "2027-01-01");
  ck_assert_str_eq(ADD("2026-03-01", 0, 0, -1), "2026-02-28");
  ck_assert_str_eq(ADD("2026-03-01", 0, 0, 14), "2026-03-15");
  /* months first, then days: Jan 31 + 1 month + 1 day = Mar 1 */
  ck_assert_str_eq(ADD("2026-01-31", 0, 1, 1), "2026-03-01");
  ck_assert_str_eq(ADD("2026-01-31", 1, 1, 0), "2027-02-28");
  ck_assert_str_eq(ADD("9999-12-31", 0, 0, 1), "out of range");
  ck_assert_str_eq(ADD("0001-01-01", 0, 0, -1), "out of range");
  ck_assert_str_eq(ADD("9999-01-01", 1, 0, 0), "out of range");
  ck_assert_str_eq(ADD("2026-01-01", 2147483647, 2147483647, 0), "out of range");
  ck_assert_str_eq(ADD("2026-01-01", -2147483647, -2147483647, -2147483647), "out of range");
  ck_assert_str_eq(ADD("2026-01-01", 0, 0, 2147483647), "out of range");
}
END_TEST

START_TEST(test_durations) {
  char buf[64];
  ZDuration a = { 1, 2, 3 }, b = { 0, 11, -3 };
  ZDuration c = dur_add(a, b);
  ck_assert_int_eq(c.years, 1); ck_assert_int_eq(c.months, 13); ck_assert_int_eq(c.days, 0);
  ZDuration n = dur_neg(a);
  ck_assert_int_eq(n.years, -1); ck_assert_int_eq(n.days, -3);
  ck_assert_int_eq(dur_cmp(a, a), 0);
  ck_assert_int_lt(dur_cmp((ZDuration){ 0, 12, 0 }, (ZDuration){ 1, 0, 0 }), 0);
  ck_assert_int_gt(dur_cmp((ZDuration){ 1, 0, 1 }, (ZDuration){ 1, 0, 0 }), 0);
  dur_iso(a, buf, sizeof buf); ck_assert_str_eq(buf, "P1Y2M3D");
  dur_iso((ZDuration){ 0, 0, 0 }, buf, sizeof buf); ck_assert_str_eq(buf, "P0D");
  dur_iso((ZDuration){ 0, 6, 0 }, buf, sizeof buf); ck_assert_str_eq(buf, "P6M");
  dur_iso((ZDuration){ 0, 0, 14 }, buf, sizeof buf); ck_assert_str_eq(buf, "P14D");
  dur_iso((ZDuration){ -1, 0, 0 }, buf, sizeof buf); ck_assert_str_eq(buf, "-P1Y");
  char tiny[4];
  dur_iso(a, tiny, sizeof tiny);   /* truncated, but terminated and in bounds */
  ck_assert_uint_lt(strlen(tiny), sizeof tiny);
  ZDuration big = dur_add((ZDuration){ 2147483647, 0, 0 }, (ZDuration){ 1, 0, 0 });
  ck_assert_int_eq(big.years, 2147483647);   /* saturates rather than wrapping */
}
END_TEST

START_TEST(test_today) {
  /* the date in Kazakhstan (UTC+5) at an instant: the day turns at 19:00 UTC */
  ck_assert_str_eq(F(date_today(0)), "1970-01-01");
  ck_assert_str_eq(F(date_today(1772305199)), "2026-02-28");   /* 2026-02-28 18:59:59 UTC */
  ck_assert_str_eq(F(date_today(1772305200)), "2026-03-01");   /* 2026-02-28 19:00:00 UTC */
  ck_assert_str_eq(F(date_today(-5 * 3600)), "1970-01-01");    /* 1969-12-31 19:00 UTC */
  ck_assert_str_eq(F(date_today(-5 * 3600 - 1)), "1969-12-31");  /* floor before 1970 */
}
END_TEST

Suite *suite_date(void) {
  Suite *s = suite_create("date");
  TCase *tc = tcase_create("date");
  tcase_set_timeout(tc, 30);
  tcase_add_test(tc, test_epoch_and_known_days);
  tcase_add_test(tc, test_validity);
  tcase_add_test(tc, test_parse);
  tcase_add_test(tc, test_roundtrip_wide);
  tcase_add_test(tc, test_add);
  tcase_add_test(tc, test_durations);
  tcase_add_test(tc, test_today);
  suite_add_tcase(s, tc);
  return s;
}
