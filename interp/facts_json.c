/* facts_json.c — the JSON fact reader: one pass over RFC 8259 text driven by the policy's fact
 * schema, each value parsed straight into its typed slot (no generic tree, no object per field);
 * also the generic tree facts_canonical prints (facts_json_tree). */
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif
#include "facts_impl.h"
#include "../lang/base/alloc.h"
#include "../lang/base/buf.h"
#include "../lang/base/date.h"
#include "../lang/base/decimal.h"
#include "../lang/base/int64.h"
#include "../lang/base/utf8.h"

typedef struct JP {
  const Source *src;
  const char   *text;      /* src->text: Loc offsets are relative to it */
  const char   *p, *end;   /* cursor and end of the part being read */
  Diags        *d;
  Val          *slots;     /* schema mode: the slot array being filled */
  int           nerr;      /* errors reported */
  bool          stop;      /* a syntax error: nothing after it can be trusted */
  int           depth;     /* open objects and arrays */
  int           npath;
  FactsPathSeg  path[FACTS_MAX_DEPTH + 4];
  Buf           sb;        /* scratch for strings that need decoding */
} JP;

/* A scanned JSON number: the slice, its shape, and the int64 value when it is an integer in range. */
typedef struct JNum {
  const char *s;
  uint32_t    n;
  bool        frac, exp;   /* has a fraction / an exponent */
  bool        exp_big;     /* |exponent| > DEC_MAX_EXP */
  bool        int_ok;      /* no fraction, no exponent, in int64 range: ival holds it */
  int64_t     ival;
} JNum;

/* ---- locations, paths, reports ---- */

static Loc jp_loc(const JP *jp, const char *a, const char *b) {
  Loc l;
  l.src = jp->src;
  l.start = (uint32_t)(a - jp->text);
  l.end = (uint32_t)((b > a ? b : a) - jp->text);
  return l;
}

/* The dotted path to the current value, for a message. */
static const char *jp_path(const JP *jp) { return facts_path_text(jp->path, jp->npath); }

static void jp_push_key(JP *jp, const char *k, uint32_t n) {
  FactsPathSeg *s = &jp->path[jp->npath++];
  s->key = k; s->len = n; s->index = -1;
}
static void jp_push_index(JP *jp, int32_t i) {
  FactsPathSeg *s = &jp->path[jp->npath++];
  s->key = NULL; s->len = 0; s->index = i;
}

/* Errors: JP_ERR for a value that does not fit its declared type (reading goes on),
 * JP_SYNTAX for malformed JSON (reading stops). The id is the first variadic argument. */
#define JP_ERR(jp, a, b, ...) \
  ((jp)->nerr++, diag_report_path((jp)->d, DIAG_ERROR, jp_loc(jp, a, b), jp_path(jp), __VA_ARGS__))
#define JP_SYNTAX(jp, a, ...) \
  ((jp)->nerr++, (jp)->stop = true, \
   diag_report_path((jp)->d, DIAG_ERROR, jp_loc(jp, a, (a) < (jp)->end ? (a) + 1 : (a)), jp_path(jp), __VA_ARGS__))

/* Words of the messages (what was expected or found) in the language of jp's Diags. */
#define JW(id) msg_format((id), jp->d->lang)
#define JW_OR(a, b) zan_sprintf(JW(N_WORD_OR), (a), (b))

/* What the text at p is, for "unexpected …". */
static const char *jp_what(const JP *jp, const char *p) {
  if (p >= jp->end) return JW(N_JSON_END_OF_INPUT);
  unsigned char c = (unsigned char)*p;
  if (c >= 0x21 && c < 0x7f) return zan_sprintf("'%c'", c);
  if (c < 0x80) return zan_sprintf(JW(N_JSON_CHARACTER), c);
  int32_t cp;
  int k = utf8_decode((const unsigned char *)p, (size_t)(jp->end - p), &cp);
  if (k > 0) return zan_sprintf("'%.*s' (U+%04X)", k, p, (unsigned)cp);
  return zan_sprintf(JW(N_JSON_BAD_BYTE), c);
}

static void jp_unexpected(JP *jp, const char *expected) {
  if (jp->p >= jp->end) JP_SYNTAX(jp, jp->p, E_JSON_EOF, expected);
  else JP_SYNTAX(jp, jp->p, E_JSON_UNEXPECTED, jp_what(jp, jp->p), expected);
}

static inline void jp_ws(JP *jp) {
  const char *p = jp->p, *e = jp->end;
  if (p < e && (unsigned char)*p > ' ') return;   /* compact JSON (JSONL): no white space at all */
  while (p < e && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')) p++;
  jp->p = p;
}

static bool jp_enter(JP *jp) {
  if (++jp->depth > FACTS_MAX_DEPTH) { JP_SYNTAX(jp, jp->p, E_FACTS_TOO_DEEP, FACTS_MAX_DEPTH); return false; }
  return true;
}

/* After an object's key: the ':' and the white space around it; false after reporting. */
static inline bool jp_colon(JP *jp) {
  jp_ws(jp);
  if (jp->p >= jp->end || *jp->p != ':') { jp_unexpected(jp, "':'"); return false; }
  jp->p++; jp_ws(jp);
  return true;
}

/* After a member or an element: true at ',' (another follows); false at the closing bracket
 * (consumed, and the nesting level left) or after reporting anything else (jp->stop is set). */
static inline bool jp_next(JP *jp, char close) {
  jp_ws(jp);
  if (jp->p < jp->end && *jp->p == ',') { jp->p++; jp_ws(jp); return true; }
  if (jp->p < jp->end && *jp->p == close) { jp->p++; jp->depth--; return false; }
  jp_unexpected(jp, JW_OR("','", close == '}' ? "'}'" : "']'"));
  return false;
}

/* ---- lexical pieces ---- */

static int jp_hex4(const char *p, const char *e) {
  if (e - p < 4) return -1;
  int v = 0;
  for (int i = 0; i < 4; i++) {
    char c = p[i];
    v <<= 4;
    if (c >= '0' && c <= '9') v |= c - '0';
    else if (c >= 'a' && c <= 'f') v |= c - 'a' + 10;
    else if (c >= 'A' && c <= 'F') v |= c - 'A' + 10;
    else return -1;
  }
  return v;
}

/* The first byte at or after q that is '"', '\\', a control character or non-ASCII (or e).
 * Eight bytes at a time: the classic "has a zero byte" tests; the lowest flagged byte is exact. */
static inline const char *jp_scan_plain(const char *q, const char *e) {
#ifdef __SSE2__
  /* sixteen at a time where SSE2 is (every x86-64): the sign bit marks >= 0x80 already */
  const __m128i dq = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'), ctl = _mm_set1_epi8(0x1f);
  while (e - q >= 16) {
    __m128i v = _mm_loadu_si128((const __m128i *)q);
    __m128i m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dq), _mm_cmpeq_epi8(v, bs)),
                             _mm_cmpeq_epi8(_mm_max_epu8(v, ctl), ctl));
    int mask = _mm_movemask_epi8(m) | _mm_movemask_epi8(v);
    if (mask) return q + __builtin_ctz((unsigned)mask);
    q += 16;
  }
#endif
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  const uint64_t ones = 0x0101010101010101ULL, high = 0x8080808080808080ULL;
  while (e - q >= 8) {
    uint64_t w;
    memcpy(&w, q, 8);
    uint64_t xq = w ^ (ones * '"'), xb = w ^ (ones * '\\');
    uint64_t m = (w & high)                                  /* >= 0x80 */
               | ((w - ones * 0x20) & ~w & high)             /* < 0x20 */
               | ((xq - ones) & ~xq & high)                  /* '"' */
               | ((xb - ones) & ~xb & high);                 /* '\\' */
    if (m) return q + (__builtin_ctzll(m) >> 3);
    q += 8;
  }
#endif
  while (q < e) {
    unsigned char c = (unsigned char)*q;
    if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80) break;
    q++;
  }
  return q;
}

/* string -> '"' (char | escape)* '"'. jp->p is at the opening quote. *s, *n get the text:
 * a pointer into the source when it needs no decoding (no escapes) and is already NFC (the
 * fast paths: ASCII, and UTF-8 whose code points are NFC-stable), else the decoded text,
 * NFC-normalised and copied when keep (else valid until the next string).
 * Returns false after a syntax error. */
static bool jp_string_long(JP *jp, const char **s, uint32_t *n, bool keep);
static inline bool jp_string(JP *jp, const char **s, uint32_t *n, bool keep) {
  /* the usual key or value: plain ASCII up to the closing quote, handed out in place */
  const char *open = jp->p, *q = jp_scan_plain(open + 1, jp->end);
  if (q < jp->end && *q == '"') { jp->p = q + 1; *s = open + 1; *n = (uint32_t)(q - open - 1); return true; }
  return jp_string_long(jp, s, n, keep);
}
static bool jp_string_long(JP *jp, const char **s, uint32_t *n, bool keep) {
  const char *open = jp->p, *q = open + 1, *e = jp->end;
  bool nfc_ok = true;
  for (;;) {
    q = jp_scan_plain(q, e);
    if (q >= e) { JP_SYNTAX(jp, open, E_JSON_UNTERMINATED); return false; }
    unsigned char c = (unsigned char)*q;
    if (c == '"') {
      jp->p = q + 1;
      if (nfc_ok) { *s = open + 1; *n = (uint32_t)(q - open - 1); return true; }
      size_t outn = 0;
      *s = utf8_nfc(open + 1, (size_t)(q - open - 1), &outn);
      *n = (uint32_t)outn;
      return true;
    }
    if (c < 0x80) break;   /* an escape or a control character: decode below */
    int32_t cp;
    int k = utf8_decode((const unsigned char *)q, (size_t)(e - q), &cp);
    if (k == 0) { JP_SYNTAX(jp, q, E_FACTS_BAD_UTF8, (unsigned)c); return false; }
    if (nfc_ok && !utf8_nfc_stable(cp)) nfc_ok = false;
    q += k;
  }
  Buf *b = &jp->sb;
  buf_clear(b);
  buf_append(b, open + 1, (size_t)(q - open - 1));
  bool stable = nfc_ok;   /* every code point so far is left alone by NFC */
  for (;;) {
    if (q >= e) { JP_SYNTAX(jp, open, E_JSON_UNTERMINATED); return false; }
    unsigned char c = (unsigned char)*q;
    if (c == '"') break;
    if (c < 0x20) { JP_SYNTAX(jp, q, E_JSON_CONTROL_CHAR, (unsigned)c); return false; }
    if (c >= 0x80) {
      int32_t cp;
      int k = utf8_decode((const unsigned char *)q, (size_t)(e - q), &cp);
      if (k == 0) { JP_SYNTAX(jp, q, E_FACTS_BAD_UTF8, (unsigned)c); return false; }
      buf_append(b, q, (size_t)k);
      q += k;
      if (stable && !utf8_nfc_stable(cp)) stable = false;
      continue;
    }
    if (c != '\\') { buf_push(b, (char)c); q++; continue; }
    /* escape */
    if (q + 1 >= e) { JP_SYNTAX(jp, open, E_JSON_UNTERMINATED); return false; }
    char x = q[1];
    switch (x) {
    case '"': buf_push(b, '"'); q += 2; continue;
    case '\\': buf_push(b, '\\'); q += 2; continue;
    case '/': buf_push(b, '/'); q += 2; continue;
    case 'b': buf_push(b, '\b'); q += 2; continue;
    case 'f': buf_push(b, '\f'); q += 2; continue;
    case 'n': buf_push(b, '\n'); q += 2; continue;
    case 'r': buf_push(b, '\r'); q += 2; continue;
    case 't': buf_push(b, '\t'); q += 2; continue;
    case 'u': break;
    default: {
      const char *shown = (unsigned char)x >= 0x21 && (unsigned char)x < 0x7f ? zan_sprintf("%c", x)
                                                                              : zan_sprintf("x%02x", (unsigned char)x);
      JP_SYNTAX(jp, q, E_JSON_BAD_ESCAPE, shown);
      return false;
    }
    }
    int u = jp_hex4(q + 2, e);
    if (u < 0) { JP_SYNTAX(jp, q, E_JSON_BAD_U_ESCAPE); return false; }
    int32_t cp = u;
    if (u >= 0xDC00 && u <= 0xDFFF) { JP_SYNTAX(jp, q, E_JSON_LONE_SURROGATE, (unsigned)u); return false; }
    if (u >= 0xD800 && u <= 0xDBFF) {
      int lo = (q + 7 < e && q[6] == '\\' && q[7] == 'u') ? jp_hex4(q + 8, e) : -1;
      if (lo < 0xDC00 || lo > 0xDFFF) { JP_SYNTAX(jp, q, E_JSON_LONE_SURROGATE, (unsigned)u); return false; }
      cp = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
      q += 6;
    }
    q += 6;
    if (stable && !utf8_nfc_stable(cp)) stable = false;
    char enc[4];
    buf_append(b, enc, (size_t)utf8_encode(cp, enc));
  }
  jp->p = q + 1;
  if (!keep) { *s = b->data ? b->data : ""; *n = (uint32_t)b->len; return true; }
  if (stable) { *s = zan_strndup(b->data ? b->data : "", b->len); *n = (uint32_t)b->len; return true; }
  size_t outn = 0;
  *s = utf8_nfc(b->data, b->len, &outn);
  *n = (uint32_t)outn;
  return true;
}

/* number -> '-'? ('0' | [1-9][0-9]*) ('.' [0-9]+)? ([eE] [+-]? [0-9]+)? */
static bool jp_number(JP *jp, JNum *num) {
  const char *p = jp->p, *e = jp->end, *s = p;
  bool neg = false;
  memset(num, 0, sizeof *num);
  if (p < e && *p == '-') { neg = true; p++; }
  if (p >= e || *p < '0' || *p > '9') {
    jp->p = p;
    JP_SYNTAX(jp, p, E_JSON_BAD_NUMBER, JW(N_JSON_DIGIT));
    return false;
  }
  const char *digits = p;
  if (*p == '0') {
    p++;
    if (p < e && *p >= '0' && *p <= '9') { jp->p = p; JP_SYNTAX(jp, s, E_JSON_BAD_NUMBER, JW(N_JSON_LEADING_ZEROS)); return false; }
  } else {
    while (p < e && *p >= '0' && *p <= '9') p++;
  }
  size_t ndigits = (size_t)(p - digits);
  if (p < e && *p == '.') {
    p++;
    if (p >= e || *p < '0' || *p > '9') { jp->p = p; JP_SYNTAX(jp, p, E_JSON_BAD_NUMBER, JW(N_JSON_DIGIT_AFTER_POINT)); return false; }
    while (p < e && *p >= '0' && *p <= '9') p++;
    num->frac = true;
  }
  if (p < e && (*p == 'e' || *p == 'E')) {
    p++;
    if (p < e && (*p == '+' || *p == '-')) p++;
    if (p >= e || *p < '0' || *p > '9') { jp->p = p; JP_SYNTAX(jp, p, E_JSON_BAD_NUMBER, JW(N_JSON_DIGIT_IN_EXPONENT)); return false; }
    long ex = 0;
    while (p < e && *p >= '0' && *p <= '9') { if (ex <= DEC_MAX_EXP) ex = ex * 10 + (*p - '0'); p++; }
    num->exp = true;
    num->exp_big = ex > DEC_MAX_EXP;
  }
  num->s = s;
  num->n = (uint32_t)(p - s);
  if (!num->frac && !num->exp) num->int_ok = int64_parse(digits, ndigits, 10, 0, neg, &num->ival);
  jp->p = p;
  return true;
}

/* true | false | null: returns 't', 'f' or 'n', 0 after a syntax error. */
static char jp_literal(JP *jp) {
  const char *p = jp->p, *e = jp->end;
  static const char *const words[] = { "true", "false", "null" };
  const char *w = *p == 't' ? words[0] : *p == 'f' ? words[1] : words[2];
  size_t n = *p == 'f' ? 5 : 4;
  /* each memcmp with a constant length: compiled to a word compare */
  bool match = *p == 't' ? e - p >= 4 && memcmp(p, "true", 4) == 0
             : *p == 'f' ? e - p >= 5 && memcmp(p, "false", 5) == 0
             : e - p >= 4 && memcmp(p, "null", 4) == 0;
  if (match) {
    const char *q = p + n;
    /* "truex" is one bad word, not `true` followed by junk */
    if (q >= e || !((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') || *q == '_')) {
      jp->p = q;
      return *p;
    }
  }
  const char *q = p;
  while (q < e && ((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') || *q == '_') && q - p < 40) q++;
  if (q == p) q = p + 1;
  diag_report_path(jp->d, DIAG_ERROR, jp_loc(jp, p, q), jp_path(jp), E_JSON_BAD_LITERAL, (int)(q - p), p, w);
  jp->nerr++; jp->stop = true;
  return 0;
}

/* Validates and skips any value (unknown fields, values of the wrong type). */
static void jp_skip(JP *jp) {
  if (jp->p >= jp->end) { jp_unexpected(jp, JW(N_JSON_A_VALUE)); return; }
  switch (*jp->p) {
  case '{': {
    if (!jp_enter(jp)) return;
    jp->p++; jp_ws(jp);
    if (jp->p < jp->end && *jp->p == '}') { jp->p++; jp->depth--; return; }
    for (;;) {
      if (jp->p >= jp->end || *jp->p != '"') { jp_unexpected(jp, JW(N_JSON_A_KEY)); return; }
      const char *k; uint32_t kn;
      if (!jp_string(jp, &k, &kn, false) || !jp_colon(jp)) return;
      if (k < jp->text || k >= jp->end) k = zan_strndup(k, kn);   /* scratch is reused */
      jp_push_key(jp, k, kn);
      jp_skip(jp);
      jp->npath--;
      if (jp->stop || !jp_next(jp, '}')) return;
    }
  }
  case '[': {
    if (!jp_enter(jp)) return;
    jp->p++; jp_ws(jp);
    if (jp->p < jp->end && *jp->p == ']') { jp->p++; jp->depth--; return; }
    for (int32_t i = 0;; i++) {
      jp_push_index(jp, i);
      jp_skip(jp);
      jp->npath--;
      if (jp->stop || !jp_next(jp, ']')) return;
    }
  }
  case '"': { const char *s; uint32_t n; jp_string(jp, &s, &n, false); return; }
  case 't': case 'f': case 'n': jp_literal(jp); return;
  default:
    if (*jp->p == '-' || (*jp->p >= '0' && *jp->p <= '9')) { JNum num; jp_number(jp, &num); return; }
    jp_unexpected(jp, JW(N_JSON_A_VALUE));
  }
}

/* ---- schema-driven reading ---- */

/* Skips the value at jp->p (which does not fit) and describes it for "found …".
 * NULL after a syntax error inside it. */
static const char *jp_skip_found(JP *jp) {
  const char *a = jp->p;
  char c = a < jp->end ? *a : 0;
  jp_skip(jp);
  if (jp->stop) return NULL;
  switch (c) {
  case '{': return JW(N_JSON_AN_OBJECT);
  case '[': return JW(N_JSON_AN_ARRAY);
  case 't': return "true";
  case 'f': return "false";
  case 'n': return "null";
  default:  return zan_sprintf(JW(N_FACTS_FOUND_NUMBER), facts_short(a, (size_t)(jp->p - a)));
  }
}

static void jp_read_value(JP *jp, const Type *t, Val *out);

/* array -> '[' (value (',' value)*)? ']' read as a set or list of t->as.elem. */
static void jp_read_array(JP *jp, const Type *t, Val *out) {
  const Type *et = t->as.elem;
  if (!jp_enter(jp)) return;
  jp->p++; jp_ws(jp);
  Val local[16]; uint32_t loff[16];
  Val *items = local; uint32_t *offs = loff;
  uint32_t n = 0, cap = 16;
  bool bad = false;
  if (jp->p < jp->end && *jp->p == ']') { jp->p++; jp->depth--; }
  else for (int32_t i = 0;; i++) {
    if (n == cap) {
      uint32_t ncap = cap * 2;
      Val *ni = ZAN_NEWN(Val, ncap);
      uint32_t *no = zan_alloc_atomic(sizeof(uint32_t) * ncap);
      memcpy(ni, items, sizeof(Val) * n); memcpy(no, offs, sizeof(uint32_t) * n);
      items = ni; offs = no; cap = ncap;
    }
    const char *at = jp->p;
    jp_push_index(jp, i);
    Val v;
    int before = jp->nerr;
    if (at < jp->end && at + 4 <= jp->end && memcmp(at, "null", 4) == 0) {
      jp_literal(jp);
      if (!jp->stop) JP_ERR(jp, at, jp->p, E_FACTS_TYPE, facts_type_name(et), "null");
      v = val_unknown();
    } else {
      jp_read_value(jp, et, &v);
    }
    jp->npath--;
    if (jp->stop) return;
    if (jp->nerr > before) bad = true;
    items[n] = v; offs[n] = (uint32_t)(at - jp->text); n++;
    if (jp_next(jp, ']')) continue;
    if (jp->stop) return;
    break;
  }
  *out = val_unknown();
  if (bad) return;
  if (t->kind == T_SET) {
    int first = -1, rep = facts_find_repeat(items, n, &first);
    if (rep >= 0) {
      Buf vb; buf_init(&vb);
      val_to_text(items[rep], et, &vb);
      const char *a = jp->text + offs[rep];
      Diag *g = diag_report_path(jp->d, DIAG_ERROR, jp_loc(jp, a, a + 1), jp_path(jp), E_FACTS_SET_REPEAT, buf_cstr(&vb));
      jp->nerr++;
      if (g) diag_add_note(jp->d, g, jp_loc(jp, jp->text + offs[first], jp->text + offs[first] + 1), N_FACTS_FIRST_HERE);
      return;
    }
    *out = val_set(valset_make(items, n));   /* valset_make copies the items */
  } else {
    ValList *l = ZAN_NEW(ValList);
    l->n = n;
    l->items = ZAN_NEWN(Val, n ? n : 1);
    memcpy(l->items, items, sizeof(Val) * n);
    *out = val_list(l);
  }
}

/* A string read into a text, date or enum. */
static void jp_string_as(JP *jp, const Type *t, const char *a, const char *s, uint32_t n, Val *out) {
  switch (t->kind) {
  case T_TEXT:
    *out = val_text(s, n);
    return;
  case T_DATE: {
    ZDate dt;
    if (n == 10 && date_parse(s, n, &dt)) { *out = val_date(dt); return; }
    JP_ERR(jp, a, jp->p, facts_date_error(s, n), facts_short(s, n));
    return;
  }
  case T_ENUM: {
    const EnumType *en = t->as.en;
    for (int i = 0; i < en->n; i++) {
      /* name == the n bytes at s, without a strlen per member (most differ at once) */
      const char *nm = en->members[i].name;
      uint32_t j = 0;
      while (j < n && nm[j] && nm[j] == s[j]) j++;
      if (j == n && nm[n] == 0) { *out = val_enum(i); return; }
    }
    JP_ERR(jp, a, jp->p, E_FACTS_BAD_ENUM, facts_short(s, n), en->name, facts_enum_members(en));
    return;
  }
  default:
    JP_ERR(jp, a, jp->p, E_FACTS_TYPE, facts_type_name(t), zan_sprintf(JW(N_FACTS_FOUND_STRING), facts_quote_short(s, n)));
  }
}

/* value, read as a leaf of type t into *out (unknown after null or an error). */
static void jp_read_value(JP *jp, const Type *t, Val *out) {
  const char *a = jp->p;
  *out = val_unknown();
  if (a >= jp->end) { jp_unexpected(jp, JW(N_JSON_A_VALUE)); return; }
  char c = *a;
  if (c == '"') {
    const char *s; uint32_t n;
    bool keep = t->kind == T_TEXT;   /* only texts outlive this call */
    if (!jp_string(jp, &s, &n, keep)) return;
    jp_string_as(jp, t, a, s, n, out);
    return;
  }
  if (c == '-' || (c >= '0' && c <= '9')) {
    JNum num;
    if (!jp_number(jp, &num)) return;
    if (t->kind == T_INT) {
      if (num.int_ok) { *out = val_int(num.ival); return; }
      if (!num.frac && !num.exp) JP_ERR(jp, a, jp->p, E_FACTS_INT_RANGE, facts_short(num.s, num.n));
      else JP_ERR(jp, a, jp->p, E_FACTS_NOT_INT, facts_short(num.s, num.n));
      return;
    }
    if (t->kind == T_DEC) {
      if (num.int_ok) { *out = val_dec(dec_from_int(num.ival)); return; }
      if (num.exp_big) { JP_ERR(jp, a, jp->p, E_FACTS_EXPONENT, facts_short(num.s, num.n)); return; }
      const char *why = NULL;
      ZDecimal *dv = dec_parse(num.s, num.n, false, &why);
      if (!dv) { JP_ERR(jp, a, jp->p, E_FACTS_NUMBER, facts_short(num.s, num.n), dec_error_text(why, jp->d->lang)); return; }
      *out = val_dec(dv);
      return;
    }
    JP_ERR(jp, a, jp->p, E_FACTS_TYPE, facts_type_name(t), zan_sprintf(JW(N_FACTS_FOUND_NUMBER), facts_short(num.s, num.n)));
    return;
  }
  if (t->kind == T_BOOL && (c == 't' || c == 'f')) {   /* the usual bool, without the general literal path */
    size_t k = c == 't' ? 4 : 5;
    const char *q = a + k;
    if ((size_t)(jp->end - a) >= k && (c == 't' ? memcmp(a, "true", 4) == 0 : memcmp(a, "false", 5) == 0) &&
        (q >= jp->end || !((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') || *q == '_'))) {
      jp->p = q;
      *out = val_bool(c == 't');
      return;
    }
  }
  if (c == 't' || c == 'f' || c == 'n') {
    char w = jp_literal(jp);
    if (!w || w == 'n') return;
    if (t->kind == T_BOOL) { *out = val_bool(w == 't'); return; }
    JP_ERR(jp, a, jp->p, E_FACTS_TYPE, facts_type_name(t), w == 't' ? "true" : "false");
    return;
  }
  if (c == '[' && (t->kind == T_SET || t->kind == T_LIST)) { jp_read_array(jp, t, out); return; }
  if (c == '[' || c == '{') {
    const char *found = jp_skip_found(jp);
    if (found) JP_ERR(jp, a, jp->p, E_FACTS_TYPE, facts_type_name(t), found);
    return;
  }
  jp_unexpected(jp, JW(N_JSON_A_VALUE));
}

/* object -> '{' (string ':' value (',' string ':' value)*)? '}', read into the group g:
 * each key is looked up among g's children and its value parsed straight into the slot. */
static void jp_read_group(JP *jp, const IrFact *g) {
  if (!jp_enter(jp)) return;
  jp->p++; jp_ws(jp);
  if (jp->p < jp->end && *jp->p == '}') { jp->p++; jp->depth--; return; }
  uint32_t seen_local[32];
  uint32_t *seen = g->n <= 32 ? seen_local : zan_alloc_atomic(sizeof(uint32_t) * (size_t)g->n);
  memset(seen, 0, sizeof(uint32_t) * (size_t)(g->n <= 32 ? 32 : g->n));
  int hint = 0;
  for (;;) {
    if (jp->p >= jp->end || *jp->p != '"') { jp_unexpected(jp, JW(N_JSON_A_KEY)); return; }
    const char *ka = jp->p;
    const char *k; uint32_t kn;
    if (!jp_string(jp, &k, &kn, false)) return;
    const char *kb = jp->p;
    const IrFact *c = facts_child(g, k, kn, &hint);
    /* the path keeps the key as written (escapes included) unless it was decoded */
    if (k < jp->text || k >= jp->end) k = zan_strndup(k, kn);
    if (!jp_colon(jp)) return;
    jp_push_key(jp, k, kn);
    if (!c) {
      facts_unknown_field(jp->d, jp_loc(jp, ka, kb), jp_path(jp), g, zan_strndup(k, kn));
      jp_skip(jp);
    } else {
      int ci = hint - 1;   /* facts_child left hint one past the match */
      bool dup = seen[ci] != 0;
      if (dup) {
        Diag *w = diag_report_path(jp->d, DIAG_WARNING, jp_loc(jp, ka, kb), jp_path(jp), W_FACTS_DUPLICATE_KEY, zan_strndup(k, kn));
        if (w) {
          const char *f = jp->text + seen[ci] - 1;
          diag_add_note(jp->d, w, jp_loc(jp, f, f + kn + 2), N_FACTS_FIRST_HERE);
        }
      }
      seen[ci] = (uint32_t)(ka - jp->text) + 1;
      if (c->type) {
        jp_read_value(jp, c->type, &jp->slots[c->slot]);
      } else {
        /* a group: the last occurrence wins as a whole */
        if (dup) facts_clear_group(c, jp->slots);
        const char *a = jp->p;
        if (a < jp->end && *a == '{') jp_read_group(jp, c);
        else if (a < jp->end && *a == 'n') jp_literal(jp);
        else if (a < jp->end && *a == '"') {
          const char *s; uint32_t n;
          if (jp_string(jp, &s, &n, false))
            JP_ERR(jp, a, jp->p, E_FACTS_TYPE, JW(N_JSON_AN_OBJECT), zan_sprintf(JW(N_FACTS_FOUND_STRING), facts_quote_short(s, n)));
        } else {
          const char *found = jp_skip_found(jp);
          if (found) JP_ERR(jp, a, jp->p, E_FACTS_TYPE, JW(N_JSON_AN_OBJECT), found);
        }
      }
    }
    jp->npath--;
    if (jp->stop || !jp_next(jp, '}')) return;
  }
}

static void jp_init(JP *jp, const Source *src, size_t off, size_t len, Diags *d, Val *slots) {
  jp->src = src;
  jp->text = src->text;
  jp->p = src->text + off;
  jp->end = src->text + off + len;
  jp->d = d;
  jp->slots = slots;
  jp->stop = false;
  jp->nerr = jp->depth = jp->npath = 0;
  buf_init(&jp->sb);
  /* a UTF-8 byte order mark is tolerated at the very start (RFC 8259 §8.1 allows ignoring it) */
  if (len >= 3 && memcmp(jp->p, "\xEF\xBB\xBF", 3) == 0) jp->p += 3;
}

static bool jp_too_large(const Source *src, size_t len, Diags *d) {
  if (len <= FACTS_MAX_BYTES) return false;
  Loc l = { src, 0, 0 };
  diag_report(d, DIAG_ERROR, l, E_FACTS_TOO_LARGE, (unsigned)FACTS_MAX_BYTES);
  return true;
}

bool facts_read_json_range(const Program *p, const Source *src, size_t off, size_t len, Val *slots, Diags *d) {
  for (int i = 0; i < p->nslots; i++) slots[i] = val_unknown();
  if (jp_too_large(src, len, d)) return false;
  JP jps, *jp = &jps;   /* a few KB (the path stack): on the stack, not a GC object per record */
  jp_init(jp, src, off, len, d, slots);
  jp_ws(jp);
  const char *a = jp->p;
  if (a < jp->end && *a == '{') jp_read_group(jp, p->facts);
  else if (a >= jp->end) jp_unexpected(jp, JW(N_JSON_OBJECT_OF_FACTS_OPEN));
  else if (*a == '"') {
    const char *s; uint32_t n;
    if (jp_string(jp, &s, &n, false))
      JP_ERR(jp, a, jp->p, E_FACTS_TYPE, JW(N_JSON_OBJECT_OF_FACTS), zan_sprintf(JW(N_FACTS_FOUND_STRING), facts_quote_short(s, n)));
  } else {
    const char *found = jp_skip_found(jp);
    if (found) JP_ERR(jp, a, jp->p, E_FACTS_TYPE, JW(N_JSON_OBJECT_OF_FACTS), found);
  }
  if (!jp->stop) {
    jp_ws(jp);
    if (jp->p < jp->end) JP_SYNTAX(jp, jp->p, E_JSON_TRAILING, jp_what(jp, jp->p));
  }
  return jp->nerr == 0;
}

bool facts_read_json(const Program *p, const Source *src, Val *slots, Diags *d) {
  return facts_read_json_range(p, src, 0, src->len, slots, d);
}

/* ---- the generic tree (facts_canonical) ---- */

static FNode *jp_tree(JP *jp) {
  const char *a = jp->p;
  if (a >= jp->end) { jp_unexpected(jp, JW(N_JSON_A_VALUE)); return NULL; }
  FNode *nd = ZAN_NEW(FNode);
  char c = *a;
  if (c == '{' || c == '[') {
    if (!jp_enter(jp)) return NULL;
    jp->p++; jp_ws(jp);
    Vec vals = {0}, keys = {0}, locs = {0};
    Buf klen; buf_init(&klen);
    char close = c == '{' ? '}' : ']';
    if (jp->p < jp->end && *jp->p == close) { jp->p++; jp->depth--; }
    else for (int32_t i = 0;; i++) {
      if (c == '{') {
        if (jp->p >= jp->end || *jp->p != '"') { jp_unexpected(jp, JW(N_JSON_A_KEY)); return NULL; }
        const char *ka = jp->p, *k; uint32_t kn;
        if (!jp_string(jp, &k, &kn, true)) return NULL;
        Loc *kl = ZAN_NEW(Loc); *kl = jp_loc(jp, ka, jp->p);
        vec_push(&keys, (void *)k); vec_push(&locs, kl);
        buf_append(&klen, (const char *)&kn, sizeof kn);
        if (!jp_colon(jp)) return NULL;
        jp_push_key(jp, k, kn);
      } else {
        jp_push_index(jp, i);
      }
      FNode *v = jp_tree(jp);
      jp->npath--;
      if (!v) return NULL;
      vec_push(&vals, v);
      if (jp_next(jp, close)) continue;
      if (jp->stop) return NULL;
      break;
    }
    nd->kind = c == '{' ? FN_OBJ : FN_ARR;
    nd->n = (uint32_t)vals.n;
    nd->items = (FNode **)vals.items;
    if (c == '{') {
      nd->keys = (const char **)keys.items;
      nd->klens = ZAN_NEWN(uint32_t, vals.n ? vals.n : 1);
      if (klen.len) memcpy(nd->klens, klen.data, klen.len);
      nd->klocs = ZAN_NEWN(Loc, vals.n ? vals.n : 1);
      for (int i = 0; i < locs.n; i++) nd->klocs[i] = *(Loc *)locs.items[i];
      nd->loc = jp_loc(jp, a, jp->p);
      facts_tree_sort_object(nd, jp->d, jp_path(jp));
    }
  } else if (c == '"') {
    const char *s; uint32_t n;
    if (!jp_string(jp, &s, &n, true)) return NULL;
    nd->kind = FN_STR; nd->s = s; nd->len = n;
  } else if (c == 't' || c == 'f' || c == 'n') {
    char w = jp_literal(jp);
    if (!w) return NULL;
    if (w == 'n') nd->kind = FN_NULL;
    else { nd->kind = FN_BOOL; nd->b = w == 't'; }
  } else if (c == '-' || (c >= '0' && c <= '9')) {
    JNum num;
    if (!jp_number(jp, &num)) return NULL;
    if (num.exp_big) { JP_SYNTAX(jp, a, E_FACTS_EXPONENT, facts_short(num.s, num.n)); return NULL; }
    const char *why = NULL;
    ZDecimal *dv = dec_parse(num.s, num.n, false, &why);
    if (!dv) { JP_SYNTAX(jp, a, E_FACTS_NUMBER, facts_short(num.s, num.n), dec_error_text(why, jp->d->lang)); return NULL; }
    nd->kind = FN_NUM;
    nd->s = dec_to_string(dv);
    nd->len = (uint32_t)strlen(nd->s);
  } else {
    jp_unexpected(jp, JW(N_JSON_A_VALUE));
    return NULL;
  }
  nd->loc = jp_loc(jp, a, jp->p);
  return nd;
}

FNode *facts_json_tree(const Source *src, Diags *d) {
  if (jp_too_large(src, src->len, d)) return NULL;
  JP jps, *jp = &jps;
  jp_init(jp, src, 0, src->len, d, NULL);
  jp_ws(jp);
  FNode *root = jp_tree(jp);
  if (!root) return NULL;
  jp_ws(jp);
  if (jp->p < jp->end) { JP_SYNTAX(jp, jp->p, E_JSON_TRAILING, jp_what(jp, jp->p)); return NULL; }
  return root;
}
