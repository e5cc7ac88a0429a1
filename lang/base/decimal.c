/* decimal.c — exact decimals: sign, a base-1e9 coefficient and a power-of-ten exponent.
 * Values are kept canonical (no trailing zero digits in the coefficient, zero is +0e0), so
 * equal numbers have one representation; parsing and every result are bounded in size. */
#include "decimal.h"
#include "alloc.h"
#include "buf.h"
#include <string.h>
#include <stdio.h>

#define LIMB_BASE 1000000000u
#define LIMB_DIGITS 9
#define DEC_PARSE_MAX_DIGITS 10000     /* significant digits a parsed number may have */
#define DEC_RESULT_MAX_DIGITS 100000   /* an arithmetic result beyond this is out of range */
#define DEC_RESULT_MAX_EXP 1000000     /* |exponent| of an arithmetic result beyond this: out of range */
#define DEC_PLAIN_MAX 30               /* plain notation while at most this many padding zeros */
#define SMALL_LIMBS 16

struct ZDecimal {
  int32_t  exp;      /* value = (-1)^neg * coefficient * 10^exp */
  uint8_t  neg;      /* never set on zero */
  uint32_t n;        /* limbs in use; 0 for zero */
  uint32_t d[];      /* little-endian base 1e9; d[n-1] != 0; d[0] % 10 != 0 */
};

static const uint32_t pow10_u32[10] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000,
                                       100000000, 1000000000};

static ZDecimal *dec_alloc(size_t cap) {
  return zan_alloc_atomic(sizeof(ZDecimal) + sizeof(uint32_t) * (cap ? cap : 1));
}

/* ---- magnitudes: little-endian base-1e9 limb arrays, no leading zero limbs ---- */

static int limb_digits(uint32_t x) {
  int k = 1;
  while (k < 10 && x >= pow10_u32[k]) k++;
  return k;
}

static int64_t mag_digits(const uint32_t *a, size_t n) {
  return n == 0 ? 0 : (int64_t)(n - 1) * LIMB_DIGITS + limb_digits(a[n - 1]);
}

static size_t mag_trim(const uint32_t *a, size_t n) {
  while (n > 0 && a[n - 1] == 0) n--;
  return n;
}

static int mag_cmp(const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
  if (na != nb) return na < nb ? -1 : 1;
  for (size_t i = na; i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

/* r = a + b; r has room for max(na, nb) + 1 limbs (r may alias a). */
static size_t mag_add(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
  if (na < nb) { const uint32_t *t = a; a = b; b = t; size_t tn = na; na = nb; nb = tn; }
  uint32_t carry = 0;
  for (size_t i = 0; i < na; i++) {
    uint32_t s = a[i] + (i < nb ? b[i] : 0) + carry;
    carry = s >= LIMB_BASE;
    r[i] = carry ? s - LIMB_BASE : s;
  }
  r[na] = carry;
  return mag_trim(r, na + 1);
}

/* r = a - b where a >= b; r has room for na limbs (r may alias a). */
static size_t mag_sub(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
  int64_t borrow = 0;
  for (size_t i = 0; i < na; i++) {
    int64_t s = (int64_t)a[i] - (i < nb ? b[i] : 0) - borrow;
    borrow = s < 0;
    r[i] = (uint32_t)(borrow ? s + LIMB_BASE : s);
  }
  return mag_trim(r, na);
}

/* r = a * m + add; r has room for na + 1 limbs (r may alias a). */
static size_t mag_mul_small(uint32_t *r, const uint32_t *a, size_t na, uint32_t m, uint32_t add) {
  uint64_t carry = add;
  for (size_t i = 0; i < na; i++) {
    uint64_t p = (uint64_t)a[i] * m + carry;
    r[i] = (uint32_t)(p % LIMB_BASE);
    carry = p / LIMB_BASE;
  }
  r[na] = (uint32_t)carry;
  return mag_trim(r, na + 1);
}

/* r = a / m (m < 1e9), returns the remainder (r may alias a). */
static uint32_t mag_div_small(uint32_t *r, const uint32_t *a, size_t na, uint32_t m, size_t *nr) {
  uint64_t rem = 0;
  for (size_t i = na; i-- > 0;) {
    uint64_t cur = rem * LIMB_BASE + a[i];
    r[i] = (uint32_t)(cur / m);
    rem = cur % m;
  }
  *nr = mag_trim(r, na);
  return (uint32_t)rem;
}

/* r = a * b; r has room for na + nb limbs and must not alias. */
static size_t mag_mul(uint32_t *r, const uint32_t *a, size_t na, const uint32_t *b, size_t nb) {
  memset(r, 0, sizeof(uint32_t) * (na + nb));
  for (size_t i = 0; i < na; i++) {
    uint64_t carry = 0;
    for (size_t j = 0; j < nb; j++) {
      uint64_t cur = (uint64_t)a[i] * b[j] + r[i + j] + carry;
      r[i + j] = (uint32_t)(cur % LIMB_BASE);
      carry = cur / LIMB_BASE;
    }
    size_t k = i + nb;
    while (carry) {
      uint64_t cur = (uint64_t)r[k] + carry;
      r[k] = (uint32_t)(cur % LIMB_BASE);
      carry = cur / LIMB_BASE;
      k++;
    }
  }
  return mag_trim(r, na + nb);
}

/* r = a * 10^k; r has room for na + k/9 + 1 limbs and must not alias. */
static size_t mag_shl10(uint32_t *r, const uint32_t *a, size_t na, int64_t k) {
  if (na == 0) return 0;
  size_t limbs = (size_t)(k / LIMB_DIGITS);
  memset(r, 0, sizeof(uint32_t) * limbs);
  return limbs + mag_mul_small(r + limbs, a, na, pow10_u32[k % LIMB_DIGITS], 0);
}

static size_t mag_shl10_len(size_t na, int64_t k) { return na + (size_t)(k / LIMB_DIGITS) + 1; }

/* Scratch space: on the stack when small, else on the heap. */
typedef struct Scratch { uint32_t small[SMALL_LIMBS]; } Scratch;
static uint32_t *scratch(Scratch *s, size_t n) {
  return n <= SMALL_LIMBS ? (memset(s->small, 0, sizeof s->small), s->small) : zan_alloc_atomic(n * sizeof(uint32_t));
}

/* Makes a canonical value from a magnitude (copied) with exponent exp; NULL when out of range. */
static ZDecimal *dec_make(bool neg, int64_t exp, const uint32_t *a, size_t n, int64_t max_exp, int64_t max_digits) {
  n = mag_trim(a, n);
  if (n == 0) return dec_alloc(0);   /* zero: +0e0 */
  size_t low = 0;
  while (a[low] == 0) low++;   /* whole zero limbs go into the exponent */
  exp += (int64_t)low * LIMB_DIGITS;
  ZDecimal *r = dec_alloc(n - low);
  memcpy(r->d, a + low, sizeof(uint32_t) * (n - low));
  r->n = (uint32_t)(n - low);
  int tz = 0;
  while (tz < 8 && r->d[0] % pow10_u32[tz + 1] == 0) tz++;
  if (tz) {
    size_t nr;
    mag_div_small(r->d, r->d, r->n, pow10_u32[tz], &nr);
    r->n = (uint32_t)nr;
    exp += tz;
  }
  if (exp > max_exp || exp < -max_exp || mag_digits(r->d, r->n) > max_digits) return NULL;
  r->exp = (int32_t)exp;
  r->neg = neg;
  return r;
}

static ZDecimal *dec_result(bool neg, int64_t exp, const uint32_t *a, size_t n) {
  return dec_make(neg, exp, a, n, DEC_RESULT_MAX_EXP, DEC_RESULT_MAX_DIGITS);
}

/* ---- parsing ---- */

const char *dec_error_text(const char *err, Lang lang) {
  MsgId id = err && strcmp(err, "exponent too large") == 0 ? N_DEC_EXPONENT_TOO_LARGE
           : err && strcmp(err, "too many digits") == 0    ? N_DEC_TOO_MANY_DIGITS
           : N_DEC_NOT_A_NUMBER;
  return msg_format(id, lang);
}

ZDecimal *dec_parse(const char *s, size_t n, bool allow_underscore, const char **err) {
  const char *nan = "not a number";
  size_t i = 0;
  bool neg = false;
  if (i < n && s[i] == '-') { neg = true; i++; }
  /* First pass: check the grammar and find the significant digits. */
  size_t int_start = i;
  size_t ndig_int = 0;
  while (i < n) {
    if (s[i] >= '0' && s[i] <= '9') { ndig_int++; i++; }
    else if (allow_underscore && s[i] == '_' && i > int_start && s[i - 1] != '_' && i + 1 < n &&
             s[i + 1] >= '0' && s[i + 1] <= '9') i++;
    else break;
  }
  if (ndig_int == 0) { if (err) *err = nan; return NULL; }
  if (!allow_underscore && ndig_int > 1 && s[int_start] == '0') { if (err) *err = nan; return NULL; }
  size_t int_end = i, frac_start = i, frac_end = i, ndig_frac = 0;
  if (i < n && s[i] == '.') {
    i++;
    frac_start = i;
    while (i < n) {
      if (s[i] >= '0' && s[i] <= '9') { ndig_frac++; i++; }
      else if (allow_underscore && s[i] == '_' && i > frac_start && s[i - 1] != '_' && i + 1 < n &&
               s[i + 1] >= '0' && s[i + 1] <= '9') i++;
      else break;
    }
    if (ndig_frac == 0) { if (err) *err = nan; return NULL; }
    frac_end = i;
  }
  int64_t e10 = 0;
  if (!allow_underscore && i < n && (s[i] == 'e' || s[i] == 'E')) {
    i++;
    bool eneg = false;
    if (i < n && (s[i] == '+' || s[i] == '-')) { eneg = s[i] == '-'; i++; }
    size_t es = i;
    while (i < n && s[i] >= '0' && s[i] <= '9') {
      if (e10 < 1000000000000LL) e10 = e10 * 10 + (s[i] - '0');   /* saturates: checked below */
      i++;
    }
    if (i == es) { if (err) *err = nan; return NULL; }
    if (eneg) e10 = -e10;
  }
  if (i != n) { if (err) *err = nan; return NULL; }

  /* Second pass: the digits without separators, leading and trailing zeros dropped. */
  size_t total = ndig_int + ndig_frac;
  char small[64];
  char *dig = total <= sizeof small ? small : zan_alloc_atomic(total);
  size_t k = 0;
  for (size_t j = int_start; j < int_end; j++) if (s[j] != '_') dig[k++] = s[j];
  for (size_t j = frac_start; j < frac_end; j++) if (s[j] != '_') dig[k++] = s[j];
  size_t lead = 0;
  while (lead < total && dig[lead] == '0') lead++;
  if (lead == total) return dec_alloc(0);   /* zero, whatever its exponent */
  size_t end = total;
  while (dig[end - 1] == '0') end--;
  int64_t exp = e10 - (int64_t)ndig_frac + (int64_t)(total - end);
  if (exp > DEC_MAX_EXP || exp < -DEC_MAX_EXP) { if (err) *err = "exponent too large"; return NULL; }
  size_t nd = end - lead;
  if (nd > DEC_PARSE_MAX_DIGITS) { if (err) *err = "too many digits"; return NULL; }
  size_t nl = (nd + LIMB_DIGITS - 1) / LIMB_DIGITS;
  ZDecimal *r = dec_alloc(nl);
  for (size_t l = 0; l < nl; l++) {   /* limb l holds digits [end-9(l+1), end-9l) */
    size_t hi = end - l * LIMB_DIGITS;
    size_t lo = hi >= lead + LIMB_DIGITS ? hi - LIMB_DIGITS : lead;
    uint32_t v = 0;
    for (size_t j = lo; j < hi; j++) v = v * 10 + (uint32_t)(dig[j] - '0');
    r->d[l] = v;
  }
  r->n = (uint32_t)nl;
  r->exp = (int32_t)exp;
  r->neg = neg;
  return r;
}

ZDecimal *dec_from_int(int64_t v) {
  uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
  uint32_t limbs[3];
  size_t n = 0;
  while (m) { limbs[n++] = (uint32_t)(m % LIMB_BASE); m /= LIMB_BASE; }
  return dec_result(v < 0, 0, limbs, n);
}

/* ---- arithmetic ---- */

static ZDecimal *dec_addsub(const ZDecimal *a, const ZDecimal *b, bool negate_b) {
  bool bneg = negate_b ? !b->neg : b->neg;
  if (b->n == 0) return (ZDecimal *)a;
  if (a->n == 0) return negate_b ? dec_neg(b) : (ZDecimal *)b;
  int64_t e = a->exp < b->exp ? a->exp : b->exp;
  int64_t sa = a->exp - e, sb = b->exp - e;
  if (mag_digits(a->d, a->n) + sa > DEC_RESULT_MAX_DIGITS || mag_digits(b->d, b->n) + sb > DEC_RESULT_MAX_DIGITS)
    return NULL;
  Scratch s1, s2, s3;
  size_t la = mag_shl10_len(a->n, sa), lb = mag_shl10_len(b->n, sb);
  uint32_t *x = scratch(&s1, la), *y = scratch(&s2, lb);
  size_t nx = mag_shl10(x, a->d, a->n, sa), ny = mag_shl10(y, b->d, b->n, sb);
  size_t lr = (la > lb ? la : lb) + 1;
  uint32_t *r = scratch(&s3, lr);
  if (a->neg == bneg) return dec_result(a->neg, e, r, mag_add(r, x, nx, y, ny));
  int c = mag_cmp(x, nx, y, ny);
  if (c == 0) return dec_alloc(0);
  if (c > 0) return dec_result(a->neg, e, r, mag_sub(r, x, nx, y, ny));
  return dec_result(bneg, e, r, mag_sub(r, y, ny, x, nx));
}

ZDecimal *dec_add(const ZDecimal *a, const ZDecimal *b) { return dec_addsub(a, b, false); }
ZDecimal *dec_sub(const ZDecimal *a, const ZDecimal *b) { return dec_addsub(a, b, true); }

ZDecimal *dec_neg(const ZDecimal *a) {
  if (a->n == 0) return (ZDecimal *)a;
  ZDecimal *r = dec_alloc(a->n);
  memcpy(r, a, sizeof(ZDecimal) + sizeof(uint32_t) * a->n);
  r->neg = !a->neg;
  return r;
}

ZDecimal *dec_mul(const ZDecimal *a, const ZDecimal *b) {
  if (a->n == 0 || b->n == 0) return dec_alloc(0);
  if (mag_digits(a->d, a->n) + mag_digits(b->d, b->n) > DEC_RESULT_MAX_DIGITS + 1) return NULL;
  Scratch s;
  uint32_t *r = scratch(&s, a->n + b->n);
  size_t nr = mag_mul(r, a->d, a->n, b->d, b->n);
  return dec_result(a->neg != b->neg, (int64_t)a->exp + b->exp, r, nr);
}

/* a / b rounded half-even to DEC_DIV_DIGITS significant digits. With A, B the coefficients,
 * q = floor(A * 10^k / B) is computed by decimal long division with k chosen so that q has
 * P or P+1 digits; the remainder decides the rounding. */
ZDecimal *dec_div(const ZDecimal *a, const ZDecimal *b) {
  if (b->n == 0) return NULL;
  if (a->n == 0) return dec_alloc(0);
  const int P = DEC_DIV_DIGITS;
  int64_t da = mag_digits(a->d, a->n), db = mag_digits(b->d, b->n);
  int64_t k = P - (da - db);
  /* X = A * 10^max(k,0), Y = B * 10^max(-k,0) */
  int64_t kx = k > 0 ? k : 0, ky = k < 0 ? -k : 0;
  size_t lx = mag_shl10_len(a->n, kx);
  uint32_t *x = zan_alloc_atomic(sizeof(uint32_t) * lx);
  size_t nx = mag_shl10(x, a->d, a->n, kx);
  /* ys[j] = Y * 10^j for j = 0..P: the quotient has at most P+1 digits */
  uint32_t *ys[DEC_DIV_DIGITS + 1];
  size_t nys[DEC_DIV_DIGITS + 1];
  for (int j = 0; j <= P; j++) {
    size_t l = mag_shl10_len(b->n, ky + j);
    ys[j] = zan_alloc_atomic(sizeof(uint32_t) * l);
    nys[j] = mag_shl10(ys[j], b->d, b->n, ky + j);
  }
  uint32_t q[5] = {0};   /* up to 29 digits: 4 limbs, + 1 for carries */
  size_t nq = 0;
  for (int j = P; j >= 0; j--) {
    uint32_t digit = 0;
    while (mag_cmp(x, nx, ys[j], nys[j]) >= 0) {
      nx = mag_sub(x, x, nx, ys[j], nys[j]);
      digit++;
    }
    nq = mag_mul_small(q, q, nq, 10, digit);
  }
  /* x is now the remainder R of X / Y */
  int64_t exp = (int64_t)a->exp - b->exp - k;
  bool round_up;
  if (mag_digits(q, nq) > P) {
    size_t n2;
    uint32_t last = mag_div_small(q, q, nq, 10, &n2);
    nq = n2;
    exp++;
    bool sticky = nx != 0;
    round_up = last > 5 || (last == 5 && (sticky || (nq > 0 && (q[0] & 1))));
  } else {
    /* compare 2R with Y */
    uint32_t *r2 = zan_alloc_atomic(sizeof(uint32_t) * (nx + 1));
    size_t nr2 = mag_add(r2, x, nx, x, nx);
    int c = mag_cmp(r2, nr2, ys[0], nys[0]);
    round_up = c > 0 || (c == 0 && nq > 0 && (q[0] & 1));
  }
  if (round_up) nq = mag_add(q, q, nq, (const uint32_t[]){1}, 1);
  return dec_result(a->neg != b->neg, exp, q, nq);
}

/* ---- comparison and conversion ---- */

bool dec_is_zero(const ZDecimal *a) { return a->n == 0; }

static int dec_cmp_mag(const ZDecimal *a, const ZDecimal *b) {
  int64_t aa = mag_digits(a->d, a->n) + a->exp, ab = mag_digits(b->d, b->n) + b->exp;
  if (aa != ab) return aa < ab ? -1 : 1;
  /* same magnitude order: align on the smaller exponent (the shift is bounded by the digit counts) */
  int64_t e = a->exp < b->exp ? a->exp : b->exp;
  int64_t sa = a->exp - e, sb = b->exp - e;
  Scratch s1, s2;
  uint32_t *x = scratch(&s1, mag_shl10_len(a->n, sa)), *y = scratch(&s2, mag_shl10_len(b->n, sb));
  size_t nx = mag_shl10(x, a->d, a->n, sa), ny = mag_shl10(y, b->d, b->n, sb);
  return mag_cmp(x, nx, y, ny);
}

int dec_cmp(const ZDecimal *a, const ZDecimal *b) {
  int sa = a->n == 0 ? 0 : a->neg ? -1 : 1, sb = b->n == 0 ? 0 : b->neg ? -1 : 1;
  if (sa != sb) return sa < sb ? -1 : 1;
  if (sa == 0) return 0;
  int c = dec_cmp_mag(a, b);
  return sa < 0 ? -c : c;
}

/* The coefficient's decimal digits (GC string), *len set. */
static char *dec_digits(const ZDecimal *a, size_t *len) {
  if (a->n == 0) { *len = 1; return zan_strdup("0"); }
  size_t cap = (size_t)a->n * LIMB_DIGITS + 1;
  char *s = zan_alloc_atomic(cap);
  int w = snprintf(s, cap, "%u", a->d[a->n - 1]);
  size_t pos = (size_t)w;
  for (size_t i = a->n - 1; i-- > 0;) {
    snprintf(s + pos, cap - pos, "%09u", a->d[i]);
    pos += LIMB_DIGITS;
  }
  *len = pos;
  return s;
}

/* int64 from a digit string with the sign; false on overflow. */
static bool digits_to_int(const char *s, size_t n, size_t zeros, bool neg, uint64_t add, int64_t *out) {
  uint64_t limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
  uint64_t v = 0;
  for (size_t i = 0; i < n + zeros; i++) {
    unsigned dgt = i < n ? (unsigned)(s[i] - '0') : 0;
    if (v > (limit - dgt) / 10) return false;
    v = v * 10 + dgt;
  }
  if (v > limit - add) return false;
  v += add;
  *out = neg ? (int64_t)(0 - v) : (int64_t)v;
  return true;
}

bool dec_to_int(const ZDecimal *a, int64_t *out) {
  if (a->n == 0) { *out = 0; return true; }
  if (a->exp < 0) return false;   /* canonical: a negative exponent means a fraction */
  if (mag_digits(a->d, a->n) + a->exp > 19) return false;
  size_t len;
  char *s = dec_digits(a, &len);
  return digits_to_int(s, len, (size_t)a->exp, a->neg, 0, out);
}

bool dec_round_int(const ZDecimal *a, int64_t *out) {
  if (a->n == 0 || a->exp >= 0) return dec_to_int(a, out);
  size_t len;
  char *s = dec_digits(a, &len);
  size_t frac = (size_t)(-(int64_t)a->exp);
  if (frac > len) { *out = 0; return true; }   /* |a| < 0.1 */
  size_t ilen = len - frac;
  /* s[ilen] is the first dropped digit; the canonical coefficient ends in a non-zero digit,
   * so anything after it makes the rest non-zero */
  char first = s[ilen];
  bool sticky = frac > 1;
  bool odd = ilen > 0 && ((s[ilen - 1] - '0') & 1);
  bool up = first > '5' || (first == '5' && (sticky || odd));
  if (ilen > 19) return false;
  return digits_to_int(s, ilen, 0, a->neg, up ? 1 : 0, out);
}

/* ---- rounding to places, fixed-point text ---- */

/* A canonical value from the digit string dig[0..n) (no sign) times 10^exp. */
static ZDecimal *dec_from_digits(bool neg, const char *dig, size_t n, int64_t exp) {
  size_t nl = (n + LIMB_DIGITS - 1) / LIMB_DIGITS;
  uint32_t *limbs = zan_alloc_atomic(sizeof(uint32_t) * (nl ? nl : 1));
  for (size_t l = 0; l < nl; l++) {   /* limb l holds digits [n-9(l+1), n-9l) */
    size_t hi = n - l * LIMB_DIGITS, lo = hi >= LIMB_DIGITS ? hi - LIMB_DIGITS : 0;
    uint32_t v = 0;
    for (size_t j = lo; j < hi; j++) v = v * 10 + (uint32_t)(dig[j] - '0');
    limbs[l] = v;
  }
  /* rounding only shortens a value that was in range, or adds one digit to it */
  return dec_make(neg, exp, limbs, nl, DEC_RESULT_MAX_EXP + 1, DEC_RESULT_MAX_DIGITS + 1);
}

ZDecimal *dec_round(const ZDecimal *a, int places, DecRound mode) {
  if (places < 0) places = 0;
  if (a->n == 0 || a->exp >= -(int64_t)places) return (ZDecimal *)a;   /* fits already */
  size_t len;
  char *s = dec_digits(a, &len);
  size_t drop = (size_t)(-(int64_t)a->exp - places);   /* >= 1 coefficient digits go */
  /* kept digits s[0..keep); `first` the first dropped digit (a leading zero when the whole
   * coefficient is dropped with room to spare); the canonical coefficient ends in a non-zero
   * digit, so whatever follows `first` is non-zero exactly when it exists */
  size_t keep = drop < len ? len - drop : 0;
  char first = drop <= len ? s[keep] : '0';
  bool rest = drop <= len ? keep + 1 < len : true;
  bool odd = keep > 0 && ((s[keep - 1] - '0') & 1);
  bool up = mode == DEC_UP ? true
          : mode == DEC_DOWN ? false
          : mode == DEC_HALF_UP ? first >= '5'
          : first > '5' || (first == '5' && (rest || odd));
  char *dig = zan_alloc_atomic(keep + 2);
  dig[0] = '0';                         /* room for a carry out of the top digit */
  memcpy(dig + 1, s, keep);
  size_t n = keep + 1;
  if (up) {
    size_t i = n;
    while (i-- > 0) {
      if (dig[i] == '9') dig[i] = '0';
      else { dig[i]++; break; }
    }
  }
  return dec_from_digits(a->neg, dig, n, -(int64_t)places);
}

char *dec_to_fixed(const ZDecimal *a, int places, const char *group, const char *point) {
  if (places < 0) places = 0;
  size_t len;
  char *s = dec_digits(a, &len);
  int64_t e = a->n == 0 ? 0 : a->exp;
  if (e < -(int64_t)places) return NULL;   /* more fraction digits than places: not rounded */
  /* the integer digits, then the fraction digits padded with zeros to `places` */
  int64_t nint = (int64_t)len + e;   /* digits before the point (<= 0: none, write "0") */
  if (nint > DEC_FIXED_MAX_INT) return NULL;
  Buf ib; buf_init(&ib);
  if (nint <= 0) buf_push(&ib, '0');
  else
    for (int64_t i = 0; i < nint; i++) buf_push(&ib, i < (int64_t)len ? s[i] : '0');
  Buf out; buf_init(&out);
  if (a->neg) buf_push(&out, '-');
  for (size_t i = 0; i < ib.len; i++) {
    if (i && (ib.len - i) % 3 == 0) buf_puts(&out, group);
    buf_push(&out, ib.data[i]);
  }
  if (places > 0) {
    buf_puts(&out, point);
    for (int64_t k = 0; k < places; k++) {
      int64_t i = nint + k;   /* index into s of the k-th fraction digit */
      buf_push(&out, i >= 0 && i < (int64_t)len ? s[i] : '0');
    }
  }
  return zan_strdup(buf_cstr(&out));
}

char *dec_to_string(const ZDecimal *a) {
  if (a->n == 0) return zan_strdup("0");
  size_t len;
  char *s = dec_digits(a, &len);
  int64_t e = a->exp;
  int64_t adj = e + (int64_t)len - 1;   /* exponent in scientific notation */
  size_t cap = len + 40 + (size_t)(e > 0 && e <= DEC_PLAIN_MAX ? e : 0);
  char *out = zan_alloc_atomic(cap);
  size_t o = 0;
  if (a->neg) out[o++] = '-';
  if (e >= 0 && e <= DEC_PLAIN_MAX) {            /* integer: digits then zeros */
    memcpy(out + o, s, len); o += len;
    for (int64_t i = 0; i < e; i++) out[o++] = '0';
  } else if (e < 0 && adj >= -DEC_PLAIN_MAX) {   /* fraction: point inside or leading zeros */
    size_t frac = (size_t)(-e);
    if (frac < len) {
      memcpy(out + o, s, len - frac); o += len - frac;
      out[o++] = '.';
      memcpy(out + o, s + len - frac, frac); o += frac;
    } else {
      out[o++] = '0'; out[o++] = '.';
      for (size_t i = 0; i < frac - len; i++) out[o++] = '0';
      memcpy(out + o, s, len); o += len;
    }
  } else {                                       /* scientific: d.ddde+X */
    out[o++] = s[0];
    if (len > 1) { out[o++] = '.'; memcpy(out + o, s + 1, len - 1); o += len - 1; }
    o += (size_t)snprintf(out + o, cap - o, "e%c%lld", adj < 0 ? '-' : '+', (long long)(adj < 0 ? -adj : adj));
  }
  out[o] = 0;
  return out;
}
