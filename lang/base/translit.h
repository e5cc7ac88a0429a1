/* translit.h — Kazakh Cyrillic to the official Kazakh Latin alphabet (`kk-Latn`), by ONE
 * table (translit.c): used for every kk text rendered with --lang kk-Latn and by messages. */
#ifndef ZAN_TRANSLIT_H
#define ZAN_TRANSLIT_H
#include <stddef.h>

/* The Latin form of one Cyrillic letter (UTF-8, NUL-terminated: "", "a", "sh", "Sh", "ıa"),
 * or NULL when cp is not a letter of the Kazakh Cyrillic alphabet (left unchanged).
 * Capitals give the title-case form ("Sh"); translit_kk_latn makes it "SH" in capitals. */
const char *translit_letter(int cp);
/* A GC copy of s (n bytes of UTF-8) with every Kazakh Cyrillic letter replaced by its Latin
 * form, the result NFC; everything else (digits, punctuation, Latin, invalid bytes) is kept
 * byte for byte. *out_len (may be NULL) gets the length. Returns s itself when s has no
 * Cyrillic letter at all (no copy). */
const char *translit_kk_latn(const char *s, size_t n, size_t *out_len);
/* The same for a NUL-terminated string (NULL gives NULL). */
const char *translit_kk_latn_str(const char *s);
#endif
