/* utf8.c — strict UTF-8 decoding and validation, NFC, identifier classes and display widths
 * (Unicode tables from utf8proc). */
#include "utf8.h"
#include "alloc.h"
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

int utf8_decode(const unsigned char *s, size_t n, int32_t *cp) {
  if (n == 0) return 0;
  unsigned c = s[0];
  if (c < 0x80) { *cp = (int32_t)c; return 1; }
  int len; uint32_t v, min;
  if (c >= 0xC2 && c <= 0xDF)      { len = 2; v = c & 0x1F; min = 0x80; }
  else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
  else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
  else return 0;   /* continuation byte, overlong lead C0/C1, or F5..FF */
  if (n < (size_t)len) return 0;
  for (int i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    v = (v << 6) | (s[i] & 0x3F);
  }
  if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = (int32_t)v;
  return len;
}

int utf8_encode(int32_t cp, char out[4]) {
  uint32_t c = (uint32_t)cp;
  if (c < 0x80) { out[0] = (char)c; return 1; }
  if (c < 0x800) { out[0] = (char)(0xC0 | (c >> 6)); out[1] = (char)(0x80 | (c & 0x3F)); return 2; }
  if (c < 0x10000) {
    out[0] = (char)(0xE0 | (c >> 12)); out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
    out[2] = (char)(0x80 | (c & 0x3F)); return 3;
  }
  out[0] = (char)(0xF0 | (c >> 18)); out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
  out[2] = (char)(0x80 | ((c >> 6) & 0x3F)); out[3] = (char)(0x80 | (c & 0x3F));
  return 4;
}

/* The end of the ASCII run starting at i: eight bytes at a time (comments and keys, mostly). */
static inline size_t ascii_run_end(const unsigned char *p, size_t i, size_t n) {
  while (i + 8 <= n) {
    uint64_t w;
    memcpy(&w, p + i, 8);
    if (w & 0x8080808080808080ull) break;
    i += 8;
  }
  while (i < n && p[i] < 0x80) i++;
  return i;
}

size_t utf8_validate(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) { i = ascii_run_end(p, i, n); continue; }
    int32_t cp;
    int k = utf8_decode(p + i, n - i, &cp);
    if (!k) return i;
    i += (size_t)k;
  }
  return n;
}

bool utf8_is_ascii(const char *s, size_t n) {
  return ascii_run_end((const unsigned char *)s, 0, n) == n;
}

/* NFC quick check (UAX #15), conservatively: true only for a code point that NFC leaves alone
 * wherever it stands — a starter (combining class 0) that no character before it composes
 * with, and that is not a Full_Composition_Exclusion. Below U+0300 nothing composes or
 * reorders. In Cyrillic (U+0400..U+052F) every composite is an ordinary canonical composite
 * (й, ё, ӓ…: none excluded, no singletons), and nothing with class 0 composes with a
 * preceding character, so there class 0 is enough, and the only marks with another class are
 * U+0483..U+0487 (test_base checks this against the long way for the whole block). In the
 * Greek..Arabic, Latin/Greek Extended and General Punctuation..CJK Symbols blocks every
 * character that can compose with a preceding one has a non-zero class, so a starter is stable
 * unless it is an excluded composite, a singleton or a decomposition starting with a
 * non-starter. Everything else is left to utf8proc's NFC. */
bool utf8_nfc_stable(int32_t cp) {
  if (cp < 0x300) return true;
  if (cp >= 0x400 && cp < 0x530) return cp < 0x483 || cp > 0x487;
  return utf8_nfc_stable_slow(cp);
}

bool utf8_nfc_stable_slow(int32_t cp) {
  if (cp < 0x300) return true;
  if (!((cp >= 0x370 && cp < 0x900) || (cp >= 0x1E00 && cp < 0x3000))) return false;
  const utf8proc_property_t *pr = utf8proc_get_property(cp);
  if (pr->combining_class != 0) return false;
  if (pr->decomp_seqindex == UINT16_MAX || pr->decomp_type != 0) return true;
  if (pr->comp_exclusion) return false;
  /* a canonical composite: stable iff composing its decomposition gives it back (this rules
   * out singletons such as U+1F71, whose first mapping is to another character) */
  utf8proc_int32_t dec[8];
  int last = 0;
  utf8proc_ssize_t k = utf8proc_decompose_char(cp, dec, 8, UTF8PROC_DECOMPOSE, &last);
  if (k < 2 || k > 8) return false;
  k = utf8proc_normalize_utf32(dec, k, UTF8PROC_COMPOSE);
  return k == 1 && dec[0] == cp;
}

bool utf8_is_nfc(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    if (p[i] < 0x80) { i = ascii_run_end(p, i, n); continue; }
    unsigned c = p[i];
    if (c >= 0xC2 && c <= 0xDF && i + 1 < n && (p[i + 1] & 0xC0) == 0x80) {   /* two bytes: Cyrillic */
      int32_t cp = (int32_t)(((c & 0x1F) << 6) | (p[i + 1] & 0x3F));
      if (cp >= 0x300 && !(cp >= 0x400 && cp < 0x530 && (cp < 0x483 || cp > 0x487)) && !utf8_nfc_stable(cp))
        return false;
      i += 2;
      continue;
    }
    int32_t cp;
    int k = utf8_decode(p + i, n - i, &cp);
    if (k == 0 || !utf8_nfc_stable(cp)) return false;   /* invalid bytes too: the long way decides */
    i += (size_t)k;
  }
  return true;
}

char *utf8_nfc(const char *s, size_t n, size_t *out_len) {
  if (utf8_is_nfc(s, n)) {   /* the fast path: ASCII, and text whose every code point is stable */
    if (out_len) *out_len = n;
    return zan_strndup(s, n);
  }
  utf8proc_uint8_t *dst = NULL;
  utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &dst,
                                    UTF8PROC_STABLE | UTF8PROC_COMPOSE);
  if (r < 0) {   /* invalid input: callers validate first; hand the bytes back unchanged */
    if (out_len) *out_len = n;
    return zan_strndup(s, n);
  }
  char *out = zan_strndup((const char *)dst, (size_t)r);
  free(dst);   /* utf8proc's own malloc, not ours */
  if (out_len) *out_len = (size_t)r;
  return out;
}

size_t utf8_count(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0, count = 0;
  while (i < n) {
    if (p[i] < 0x80) { i++; count++; continue; }
    int32_t cp;
    int k = utf8_decode(p + i, n - i, &cp);
    i += k ? (size_t)k : 1;
    count++;
  }
  return count;
}

static bool is_letter(utf8proc_category_t c) {
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT ||
         c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO;
}

bool utf8_is_ident_start(int32_t cp) {
  if (cp < 0x80) return cp == '_' || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp > 0x10FFFF) return false;
  return is_letter(utf8proc_category(cp));
}

bool utf8_is_ident_continue(int32_t cp) {
  if (cp < 0x80)
    return cp == '_' || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  if (cp > 0x10FFFF) return false;
  utf8proc_category_t c = utf8proc_category(cp);
  return is_letter(c) || c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ND;
}

int utf8_width(int32_t cp) {
  if (cp >= 0x20 && cp < 0x7F) return 1;
  if (cp < 0 || cp > 0x10FFFF) return 1;
  return utf8proc_charwidth(cp);
}
