/* test_fastpaths.c — differential tests pinning fast paths to their slow twins on random
 * inputs (fixed seed, so a failure reproduces): the SSE2 run scan of buf_json_string against
 * a byte-at-a-time escaper, and the JSON renderer's integer printer against val_to_json. */
#include <check.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "interp/render_impl.h"
#include "lang/base/alloc.h"
#include "lang/base/buf.h"
#include "lang/types.h"
#include "lang/value.h"

/* xorshift64*: the same sequence on every machine */
static uint64_t rng_state;
static uint64_t rnd(void) {
  rng_state ^= rng_state >> 12; rng_state ^= rng_state << 25; rng_state ^= rng_state >> 27;
  return rng_state * 0x2545F4914F6CDD1DULL;
}

/* The slow twin of buf_json_string: one byte at a time, the escapes spelt out. */
static void json_string_slow(Buf *b, const unsigned char *s, size_t n) {
  buf_push(b, '"');
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    if (c == '"') buf_puts(b, "\\\"");
    else if (c == '\\') buf_puts(b, "\\\\");
    else if (c == '\n') buf_puts(b, "\\n");
    else if (c == '\r') buf_puts(b, "\\r");
    else if (c == '\t') buf_puts(b, "\\t");
    else if (c == '\b') buf_puts(b, "\\b");
    else if (c == '\f') buf_puts(b, "\\f");
    else if (c < 0x20) buf_printf(b, "\\u%04x", c);
    else buf_push(b, (char)c);
  }
  buf_push(b, '"');
}

/* Strings of 0..99 bytes, mostly plain (long runs for the 16-byte loop) with the bytes that
 * end a run — '"', '\\', controls — and bytes >= 0x80, which must not end one. */
START_TEST(test_json_string_scan) {
  static const unsigned char odd[] = { '"', '\\', 0, 1, '\n', '\t', 0x1f, 0x20, 0x7f, 0x80, 0xd0, 0xff };
  rng_state = 0x9E3779B97F4A7C15ULL;
  unsigned char s[100];
  for (int round = 0; round < 20000; round++) {
    size_t n = (size_t)(rnd() % 100);
    unsigned rate = (unsigned)(rnd() % 40) + 1;   /* one odd byte in `rate`, on average */
    for (size_t i = 0; i < n; i++)
      s[i] = rnd() % rate == 0 ? odd[rnd() % sizeof odd] : (unsigned char)(' ' + rnd() % 95);
    Buf fast, slow;
    buf_init(&fast); buf_init(&slow);
    buf_puts(&fast, "x");                 /* appended after text already there */
    buf_puts(&slow, "x");
    buf_json_string(&fast, (const char *)s, n);
    json_string_slow(&slow, s, n);
    ck_assert_uint_eq(fast.len, slow.len);
    ck_assert_msg(memcmp(fast.data, slow.data, fast.len) == 0, "round %d: %s vs %s", round,
                  buf_cstr(&fast), buf_cstr(&slow));
  }
}
END_TEST

/* Integers of every magnitude and both ends of int64: the renderer's digit loop against
 * val_to_json (printf). */
START_TEST(test_int_printer) {
  rng_state = 0xD1B54A32D192ED03ULL;
  static const int64_t edges[] = { 0, 1, -1, 9, 10, -10, 99, 100, INT64_MAX, INT64_MIN,
                                   INT64_MAX - 1, INT64_MIN + 1, 1000000000000000000LL };
  for (int round = 0; round < 20000; round++) {
    int64_t x;
    if (round < (int)(sizeof edges / sizeof edges[0])) x = edges[round];
    else {
      x = (int64_t)(rnd() >> (rnd() % 64));   /* every length */
      if (rnd() & 1 && x != INT64_MIN) x = -x;
    }
    Buf fast, slow;
    buf_init(&fast); buf_init(&slow);
    render_json_value(&fast, val_int(x), &type_int);
    val_to_json(val_int(x), &type_int, &slow);
    ck_assert_str_eq(buf_cstr(&fast), buf_cstr(&slow));
  }
}
END_TEST

Suite *suite_fastpaths(void) {
  Suite *s = suite_create("fastpaths");
  TCase *tc = tcase_create("fastpaths");
  tcase_set_timeout(tc, 30);
  tcase_add_test(tc, test_json_string_scan);
  tcase_add_test(tc, test_int_printer);
  suite_add_tcase(s, tc);
  return s;
}
