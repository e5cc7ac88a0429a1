/* int64.h — the one overflow-checked reader of written integers, for the lexer and the JSON
 * and YAML fact readers (each finds where its digits are; this turns them into an int64). */
#ifndef ZAN_INT64_H
#define ZAN_INT64_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* The integer whose magnitude is written in s[0..n) in base 2..16 (letters a-f in either
 * case), negated when neg; every `skip` character is ignored (the lexer's '_'; 0: none).
 * False (and *out untouched) when there is no digit, a character is not a digit of base, or
 * the value is outside int64 (-9223372036854775808 fits). The sign is the caller's: each
 * syntax writes it differently. */
bool int64_parse(const char *s, size_t n, unsigned base, char skip, bool neg, int64_t *out);
#endif
