/* buf.c — growable byte buffers and pointer vectors on the GC heap. */
#include "buf.h"
#include "alloc.h"
#include <stdio.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

void buf_init(Buf *b) { b->data = NULL; b->len = 0; b->cap = 0; }

void buf_reserve(Buf *b, size_t extra) {
  size_t need = b->len + extra + 1;   /* +1: room for the terminating NUL */
  if (need <= b->cap) return;
  size_t cap = b->cap ? b->cap : 64;
  while (cap < need) cap *= 2;
  b->data = b->data ? zan_realloc(b->data, cap) : zan_alloc_raw(cap);   /* written before read */
  b->data[b->len] = 0;   /* kept terminated, as the zeroed buffer was */
  b->cap = cap;
}

void buf_push(Buf *b, char c) {
  buf_reserve(b, 1);
  b->data[b->len++] = c;
  b->data[b->len] = 0;
}

void buf_append(Buf *b, const char *s, size_t n) {
  buf_reserve(b, n);
  if (n) memcpy(b->data + b->len, s, n);
  b->len += n;
  b->data[b->len] = 0;
}

void buf_puts(Buf *b, const char *s) { buf_append(b, s, strlen(s)); }

void buf_vprintf(Buf *b, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  char small[256];
  int n = vsnprintf(small, sizeof small, fmt, ap2);
  va_end(ap2);
  if (n < 0) return;
  if ((size_t)n < sizeof small) { buf_append(b, small, (size_t)n); return; }
  buf_reserve(b, (size_t)n);
  vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
  b->len += (size_t)n;
}

void buf_printf(Buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  buf_vprintf(b, fmt, ap);
  va_end(ap);
}

char *buf_cstr(Buf *b) {
  buf_reserve(b, 0);
  b->data[b->len] = 0;
  return b->data;
}

void buf_clear(Buf *b) {
  b->len = 0;
  if (b->data) b->data[0] = 0;
}

void vec_push(Vec *v, void *item) {
  ZAN_PUSH(v->items, v->n, v->cap, 8, item);
}

/* 1 for the bytes a JSON string must escape: '"', '\\' and the control characters. */
static const unsigned char json_escaped[256] = {
  1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
  0,0,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,
  0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,0,0,0,
};

/* Length of the run at s (n bytes) that needs no JSON escape: no '"', '\\' or control
 * character. Sixteen bytes at a time where SSE2 is (every x86-64). */
static inline size_t json_plain_run(const unsigned char *s, size_t n) {
  size_t i = 0;
#ifdef __SSE2__
  const __m128i q = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'), ctl = _mm_set1_epi8(0x1f);
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)(s + i));
    __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, q), _mm_cmpeq_epi8(v, bs)),
                             _mm_cmpeq_epi8(_mm_max_epu8(v, ctl), ctl));   /* v <= 0x1f */
    int mask = _mm_movemask_epi8(m);
    if (mask) return i + (size_t)__builtin_ctz((unsigned)mask);
  }
#endif
  while (i < n && !json_escaped[s[i]]) i++;
  return i;
}

void buf_json_string(Buf *b, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  if (b->len + n + 3 > b->cap) buf_reserve(b, n + 2);
  b->data[b->len++] = '"';
  size_t i = 0;
  for (;;) {
    size_t k = json_plain_run((const unsigned char *)s + i, n - i);
    if (k) {   /* room was reserved for the unescaped text: escapes reserve their own */
      memcpy(b->data + b->len, s + i, k);
      b->len += k;
      i += k;
    }
    if (i >= n) break;
    unsigned char c = (unsigned char)s[i++];
    buf_reserve(b, 6 + (n - i) + 1);
    switch (c) {
    case '"':  buf_append(b, "\\\"", 2); break;
    case '\\': buf_append(b, "\\\\", 2); break;
    case '\n': buf_append(b, "\\n", 2); break;
    case '\r': buf_append(b, "\\r", 2); break;
    case '\t': buf_append(b, "\\t", 2); break;
    case '\b': buf_append(b, "\\b", 2); break;
    case '\f': buf_append(b, "\\f", 2); break;
    default: {
      char u[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
      buf_append(b, u, 6);
    }
    }
  }
  b->data[b->len++] = '"';
  b->data[b->len] = 0;
}
