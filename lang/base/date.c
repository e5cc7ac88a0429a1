/* date.c — proleptic Gregorian dates as days since 1970-01-01 (Hinnant's civil/days
 * algorithms), ISO parsing and printing, month-end-clamping arithmetic, durations, the
 * "today" rule (UTC+5) for an instant the caller gives. */
#include "date.h"
#include <stdio.h>
#include <string.h>

static bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m) {
  static const int dm[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && is_leap(y) ? 29 : dm[m - 1];
}

bool date_valid(int y, int m, int d) {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

ZDate date_from_ymd(int y, int m, int d) {
  y -= m <= 2;
  int era = (y >= 0 ? y : y - 399) / 400;
  int yoe = y - era * 400;                                    /* [0, 399] */
  int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;   /* [0, 365] */
  int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;            /* [0, 146096] */
  return (ZDate)(era * 146097 + doe - 719468);
}

void date_to_ymd(ZDate dt, int *y, int *m, int *d) {
  int z = (int)dt + 719468;
  int era = (z >= 0 ? z : z - 146096) / 146097;
  int doe = z - era * 146097;
  int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int mp = (5 * doy + 2) / 153;
  *d = doy - (153 * mp + 2) / 5 + 1;
  *m = mp < 10 ? mp + 3 : mp - 9;
  *y = yoe + era * 400 + (*m <= 2);
}

static int digits(const char *s, int n) {
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

bool date_parse(const char *s, size_t n, ZDate *out) {
  if (n != 10 || s[4] != '-' || s[7] != '-') return false;
  int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
  if (y < 0 || m < 0 || d < 0 || !date_valid(y, m, d)) return false;
  *out = date_from_ymd(y, m, d);
  return true;
}

void date_format(ZDate dt, char out[11]) {
  int y, m, d;
  date_to_ymd(dt, &y, &m, &d);
  if (y < 0 || y > 9999) { memcpy(out, y < 0 ? "0000-01-01" : "9999-12-31", 11); return; }
  /* by hand, not snprintf: every decision of a JSONL stream prints its as_of */
  out[0] = (char)('0' + y / 1000); out[1] = (char)('0' + y / 100 % 10);
  out[2] = (char)('0' + y / 10 % 10); out[3] = (char)('0' + y % 10);
  out[4] = '-'; out[5] = (char)('0' + m / 10); out[6] = (char)('0' + m % 10);
  out[7] = '-'; out[8] = (char)('0' + d / 10); out[9] = (char)('0' + d % 10);
  out[10] = 0;
}

/* The first and last representable days (years 1..9999). */
#define DATE_MIN_DAYS (-719162)   /* 0001-01-01 */
#define DATE_MAX_DAYS 2932896     /* 9999-12-31 */

bool date_add(ZDate dt, ZDuration dur, ZDate *out) {
  int y, m, d;
  date_to_ymd(dt, &y, &m, &d);
  /* months counted from year 0 in 64 bits so huge durations cannot overflow */
  int64_t total = (int64_t)y * 12 + (m - 1) + (int64_t)dur.years * 12 + dur.months;
  int64_t ny = total >= 0 ? total / 12 : -((-total + 11) / 12);
  int nm = (int)(total - ny * 12) + 1;
  if (ny < 1 || ny > 9999) return false;
  int dim = days_in_month((int)ny, nm);
  int nd = d > dim ? dim : d;
  int64_t days = (int64_t)date_from_ymd((int)ny, nm, nd) + dur.days;
  if (days < DATE_MIN_DAYS || days > DATE_MAX_DAYS) return false;
  *out = (ZDate)days;
  return true;
}

/* Saturating: a duration that large is nonsense, but it must not be undefined behaviour. */
static int32_t sat_add(int32_t a, int32_t b) {
  int64_t r = (int64_t)a + b;
  return r > INT32_MAX ? INT32_MAX : r < -INT32_MAX ? -INT32_MAX : (int32_t)r;
}

ZDuration dur_add(ZDuration a, ZDuration b) {
  ZDuration r = { sat_add(a.years, b.years), sat_add(a.months, b.months), sat_add(a.days, b.days) };
  return r;
}

ZDuration dur_neg(ZDuration a) {
  ZDuration r = { a.years == INT32_MIN ? INT32_MAX : -a.years,
                  a.months == INT32_MIN ? INT32_MAX : -a.months,
                  a.days == INT32_MIN ? INT32_MAX : -a.days };
  return r;
}

static int cmp32(int32_t a, int32_t b) { return a < b ? -1 : a > b; }

int dur_cmp(ZDuration a, ZDuration b) {
  int c = cmp32(a.years, b.years);
  if (!c) c = cmp32(a.months, b.months);
  if (!c) c = cmp32(a.days, b.days);
  return c;
}

void dur_iso(ZDuration d, char *out, size_t cap) {
  if (cap == 0) return;
  if (d.years == 0 && d.months == 0 && d.days == 0) { snprintf(out, cap, "P0D"); return; }
  /* all parts <= 0: one leading minus ("-P1M"); mixed signs keep a sign per part */
  bool neg = d.years <= 0 && d.months <= 0 && d.days <= 0;
  if (neg) d = dur_neg(d);
  size_t n = (size_t)snprintf(out, cap, "%sP", neg ? "-" : "");
  if (d.years && n < cap) n += (size_t)snprintf(out + n, cap - n, "%dY", (int)d.years);
  if (d.months && n < cap) n += (size_t)snprintf(out + n, cap - n, "%dM", (int)d.months);
  if (d.days && n < cap) n += (size_t)snprintf(out + n, cap - n, "%dD", (int)d.days);
}

ZDate date_today(int64_t unix_seconds) {
  int64_t local = unix_seconds + 5 * 3600;   /* Kazakhstan: UTC+5 all year */
  int64_t days = local / 86400;
  if (local % 86400 < 0) days--;             /* floor, for instants before 1970 */
  return (ZDate)days;
}
