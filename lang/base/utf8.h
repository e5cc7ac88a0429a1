/* utf8.h — the UTF-8 and Unicode services zan needs, on top of utf8proc. */
#ifndef ZAN_UTF8_H
#define ZAN_UTF8_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes one code point at s (n bytes available). Returns its length (1-4) and sets *cp,
 * or 0 for invalid UTF-8 (overlong, surrogate, > U+10FFFF, truncated). */
int   utf8_decode(const unsigned char *s, size_t n, int32_t *cp);
int   utf8_encode(int32_t cp, char out[4]);        /* returns length */
/* Offset of the first invalid byte, or n when s is valid UTF-8. */
size_t utf8_validate(const char *s, size_t n);
/* NFC-normalised copy (GC). Input that passes utf8_is_nfc is copied without calling utf8proc. */
char *utf8_nfc(const char *s, size_t n, size_t *out_len);
/* Quick check: true when s is certainly NFC already (every code point NFC-stable); false may
 * also mean "could not tell cheaply" — then utf8_nfc takes the long way. */
bool  utf8_is_nfc(const char *s, size_t n);
bool  utf8_nfc_stable(int32_t cp);        /* NFC leaves cp alone wherever it stands (conservative) */
bool  utf8_nfc_stable_slow(int32_t cp);   /* the same without the Cyrillic shortcut (for tests) */
bool  utf8_is_ascii(const char *s, size_t n);
size_t utf8_count(const char *s, size_t n);         /* code points (invalid bytes count one each) */
bool  utf8_is_ident_start(int32_t cp);             /* letter or '_' (utf8proc categories) */
bool  utf8_is_ident_continue(int32_t cp);          /* letter, mark, decimal digit or '_' */
int   utf8_width(int32_t cp);                      /* terminal columns: for carets and aligned text */
#endif
