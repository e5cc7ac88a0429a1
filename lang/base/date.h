/* date.h — calendar dates (proleptic Gregorian) and durations (days, months, years kept apart). */
#ifndef ZAN_DATE_H
#define ZAN_DATE_H
#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

typedef int32_t ZDate;                 /* days since 1970-01-01 (negative before) */

typedef struct ZDuration {
  int32_t years, months, days;         /* weeks are stored as 7 days */
} ZDuration;

bool  date_valid(int y, int m, int d);               /* 1 <= y <= 9999, real day of month */
ZDate date_from_ymd(int y, int m, int d);            /* caller ensures date_valid */
void  date_to_ymd(ZDate dt, int *y, int *m, int *d);
/* Parses exactly "YYYY-MM-DD" (n == 10) into *out; false if malformed or impossible. */
bool  date_parse(const char *s, size_t n, ZDate *out);
void  date_format(ZDate dt, char out[11]);           /* "YYYY-MM-DD" + NUL */
/* dt + dur: years and months first, keeping the day and clamping to the month's end
 * (2024-02-29 + 1 year = 2025-02-28; 2026-01-31 + 1 month = 2026-02-28), then days.
 * Negative components subtract. Returns false when the result leaves years 1..9999. */
bool  date_add(ZDate dt, ZDuration dur, ZDate *out);
ZDuration dur_add(ZDuration a, ZDuration b);
ZDuration dur_neg(ZDuration a);
int   dur_cmp(ZDuration a, ZDuration b);             /* lexicographic on (years, months, days): a total order for sets */
/* "1 year 2 months 3 days"-style English text, for messages and JSON ("P1Y2M3D" is dur_iso). */
void  dur_iso(ZDuration d, char *out, size_t cap);   /* ISO 8601: "P1Y2M3D", "P0D" */
/* The date in Kazakhstan (Asia/Almaty, UTC+5 all year) at the instant unix_seconds: the one
 * "today" rule. The base layer reads neither the clock nor the environment; the CLI passes
 * the instant (or ZAN_TODAY) in (interp/cli/common.c, cli_today). */
ZDate date_today(int64_t unix_seconds);
#endif
