/* buf.h — a growable byte buffer (GC-allocated), and a growable pointer vector. */
#ifndef ZAN_BUF_H
#define ZAN_BUF_H
#include <stddef.h>
#include <stdarg.h>

typedef struct Buf {
  char  *data;   /* always NUL-terminated when len > 0 or after buf_cstr */
  size_t len;
  size_t cap;
} Buf;

void  buf_init(Buf *b);
void  buf_reserve(Buf *b, size_t extra);
void  buf_push(Buf *b, char c);
void  buf_append(Buf *b, const char *s, size_t n);
void  buf_puts(Buf *b, const char *s);
void  buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void  buf_vprintf(Buf *b, const char *fmt, va_list ap);
char *buf_cstr(Buf *b);                 /* NUL-terminated view (the buffer's own memory) */
void  buf_clear(Buf *b);                /* len = 0, keeps capacity */
/* A JSON string literal (quotes included) with minimal escaping: '"', '\\' and control
 * characters only; other bytes (UTF-8) are copied as they are. The one JSON escaper. */
void  buf_json_string(Buf *b, const char *s, size_t n);

/* Vec: a growable array of pointers. */
typedef struct Vec {
  void **items;
  int    n;
  int    cap;
} Vec;
void vec_push(Vec *v, void *item);
#endif
