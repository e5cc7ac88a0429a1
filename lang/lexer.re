/* lexer.re — the zan scanner (re2c -8 -c): UTF-8 source to tokens with byte offsets.
 * Owns: identifiers (NFC), keywords (keywords.def: the three sets, multi-word keywords, the
 * first-line `-- zan: keywords ru` that chooses the set), literals, comments, lexical errors. */
#include "lexer.h"
#include "base/alloc.h"
#include "base/utf8.h"
#include "base/date.h"
#include "base/int64.h"
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* ---------- the keyword table (built once from keywords.def, then read-only) ---------- */

typedef struct KwRow { int tok; int set; const char *text; } KwRow;

static const KwRow kw_rows[] = {
#define KW(tok, en, ru, kk) { T_##tok, 0, en }, { T_##tok, 1, ru }, { T_##tok, 2, kk },
#define KWX(tok, set, form) { T_##tok, set, form },
#include "keywords.def"
#undef KW
#undef KWX
};
enum { KW_NROWS = sizeof kw_rows / sizeof kw_rows[0], KW_NSETS = 3 };

/* Per set: an open-addressing hash of the forms (row + 1, 0 = empty), and the rows whose form
 * has several words ("in force") with the byte length of their first word. Filled once under
 * pthread_once; never written afterwards, so concurrent parses only read it. Every word of a
 * policy is looked up, so this is one hash and one memcmp, not a search. */
enum { KW_HSIZE = 512 };   /* a power of two, well over 3 × the rows of one set */
_Static_assert((int)KW_NROWS < (int)KW_HSIZE, "the keyword hash must never fill up");
static short kw_hash[KW_NSETS][KW_HSIZE];
static int kw_multi[KW_NSETS][KW_NROWS];
static unsigned char kw_multi_first[KW_NSETS][KW_NROWS];
static int kw_nmulti[KW_NSETS];
/* Bit n set: some form (kw_len_mask) / some multi-word form's first word (kw_first_mask) of
 * the set is n bytes long (longer words take the long way): most words fail this test. */
static uint64_t kw_len_mask[KW_NSETS], kw_first_mask[KW_NSETS];
static pthread_once_t kw_once = PTHREAD_ONCE_INIT;

/* A cheap hash (length and three bytes): every word of a policy is hashed; collisions only
 * cost a probe. */
static uint32_t kw_hash_of(const char *s, size_t n) {
  if (n == 0) return 0;
  const unsigned char *u = (const unsigned char *)s;
  return (uint32_t)n * 97u + u[0] * 31u + u[n - 1] * 7u + u[n / 2];
}

/* Of two rows with one form (Kazakh DAY and DAYS share "күн") the first row of the table
 * wins, always: rows go in in table order and a form already there is kept. */
static void kw_build(void) {
  for (int i = 0; i < KW_NROWS; i++) {
    int s = kw_rows[i].set;
    const char *t = kw_rows[i].text;
    size_t n = strlen(t);
    uint32_t h = kw_hash_of(t, n) & (KW_HSIZE - 1);
    while (kw_hash[s][h] && strcmp(kw_rows[kw_hash[s][h] - 1].text, t) != 0) h = (h + 1) & (KW_HSIZE - 1);
    if (!kw_hash[s][h]) kw_hash[s][h] = (short)(i + 1);
    if (n < 64) kw_len_mask[s] |= (uint64_t)1 << n;
    const char *sp = strchr(t, ' ');
    if (sp) {
      if (sp - t < 64) kw_first_mask[s] |= (uint64_t)1 << (sp - t);
      kw_multi_first[s][kw_nmulti[s]] = (unsigned char)(sp - t);
      kw_multi[s][kw_nmulti[s]++] = i;
    }
  }
}

/* The row of form text (len bytes, no NUL needed) in set, or NULL. */
static const KwRow *kw_find(const char *text, size_t len, int set) {
  if (set < 0 || set >= KW_NSETS) set = 0;
  pthread_once(&kw_once, kw_build);
  if (len < 64 && !(kw_len_mask[set] >> len & 1)) return NULL;
  uint32_t h = kw_hash_of(text, len) & (KW_HSIZE - 1);
  for (int r; (r = kw_hash[set][h]); h = (h + 1) & (KW_HSIZE - 1)) {
    const char *k = kw_rows[r - 1].text;
    if (k[0] == text[0] && strncmp(k, text, len) == 0 && k[len] == '\0') return &kw_rows[r - 1];
  }
  return NULL;
}

int lex_keyword(const char *text, size_t len, int set) {
  const KwRow *r = kw_find(text, len, set);
  return r ? r->tok : 0;
}

const char *lex_keyword_text(int tok, int set) {
  for (int i = 0; i < KW_NROWS; i++)
    if (kw_rows[i].tok == tok && kw_rows[i].set == set) return kw_rows[i].text;
  return NULL;
}

const char *lex_keyword_form(int tok, int set, int k) {
  for (int i = 0; i < KW_NROWS; i++)
    if (kw_rows[i].tok == tok && kw_rows[i].set == set && k-- == 0) return kw_rows[i].text;
  return NULL;
}

static const char *const kw_set_names[KW_NSETS] = { "en", "ru", "kk" };

const char *lex_keyword_set_name(int set) {
  return set >= 0 && set < KW_NSETS ? kw_set_names[set] : "?";
}

int lex_keyword_set_parse(const char *name, size_t len) {
  for (int s = 0; s < KW_NSETS; s++)
    if (strlen(kw_set_names[s]) == len && memcmp(kw_set_names[s], name, len) == 0) return s;
  return -1;
}

/* Whether w (n bytes) is the first word of multi-word form f ("по" of "по умолчанию"). */
static bool first_word_of(const char *f, const char *w, size_t n) {
  return strncmp(f, w, n) == 0 && f[n] == ' ';
}

int lex_keyword_other_set(const char *text, size_t len, int not_set) {
  size_t n;
  char *w = utf8_nfc(text, len, &n);
  pthread_once(&kw_once, kw_build);
  for (int s = 0; s < KW_NSETS; s++) {
    if (s == not_set) continue;
    if (lex_keyword(w, n, s)) return s;
    for (int k = 0; k < kw_nmulti[s]; k++)
      if (first_word_of(kw_rows[kw_multi[s][k]].text, w, n)) return s;
  }
  return -1;
}

/* ---------- the keyword-set line: `-- zan: keywords ru` as the first line ---------- */

static const char *skip_blanks(const char *p, const char *e) {
  while (p < e && (*p == ' ' || *p == '\t')) p++;
  return p;
}

int lex_pragma(const Source *src, LexPragma *out) {
  memset(out, 0, sizeof *out);
  out->set = -1;
  const char *b = src->text, *e = src->text + src->len;
  if (src->len >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0) b += 3;
  const char *eol = memchr(b, '\n', (size_t)(e - b));
  if (!eol) eol = e;
  const char *le = eol;
  if (le > b && le[-1] == '\r') le--;
  out->start = (uint32_t)(b - src->text);
  out->end = (uint32_t)(le - src->text);
  out->next = (uint32_t)(eol < e ? eol + 1 - src->text : eol - src->text);
  const char *p = b;
  if (le - p < 2 || p[0] != '-' || p[1] != '-') return 0;
  p = skip_blanks(p + 2, le);
  if (le - p < 4 || memcmp(p, "zan:", 4) != 0) return 0;
  p = skip_blanks(p + 4, le);
  if (le - p < 8 || memcmp(p, "keywords", 8) != 0) return 0;
  p += 8;
  const char *q = skip_blanks(p, le);
  const char *name = q;
  while (q < le && *q != ' ' && *q != '\t') q++;
  out->name_start = (uint32_t)(name - src->text);
  out->name_end = (uint32_t)(q - src->text);
  out->present = true;
  if (q == name || q == p || skip_blanks(q, le) != le) return -1;
  out->set = lex_keyword_set_parse(name, (size_t)(q - name));
  return out->set < 0 ? -1 : 1;
}

/* ---------- helpers ---------- */

static Loc mkloc(const Lexer *lx, const unsigned char *a, const unsigned char *b) {
  Loc l = { lx->src, (uint32_t)(a - lx->base), (uint32_t)(b - lx->base) };
  return l;
}

/* The lexer's one way to report an error: at [a, b), the catalogue's arguments after id. It
 * counts the error too (the parser and lex_all's callers read nerrors). */
static void lex_error(Lexer *lx, const unsigned char *a, const unsigned char *b, MsgId id, ...) {
  va_list ap;
  va_start(ap, id);
  diag_vreport(lx->d, DIAG_ERROR, mkloc(lx, a, b), id, ap);
  va_end(ap);
  lx->nerrors++;
}

static void set_loc(const Lexer *lx, ZanLoc *loc, const unsigned char *a, const unsigned char *b) {
  loc->start = (uint32_t)(a - lx->base);
  loc->end = (uint32_t)(b - lx->base);
}

/* A bad byte at p: reports E_LEX_BAD_UTF8 and skips exactly that byte. */
static void bad_byte(Lexer *lx, const unsigned char *p) {
  lex_error(lx, p, p + 1, E_LEX_BAD_UTF8, (unsigned)*p);
  lx->cur = p + 1;
}

/* A valid code point that cannot start a token: reports it and skips it. */
static void bad_char(Lexer *lx, const unsigned char *p) {
  int32_t cp = 0;
  int k = utf8_decode(p, (size_t)(lx->lim - p), &cp);
  if (k == 0) { bad_byte(lx, p); return; }
  char *s = zan_strndup((const char *)p, (size_t)k);
  lex_error(lx, p, p + k, E_LEX_BAD_CHAR, s, (unsigned)cp);
  lx->cur = p + k;
}

/* A run of a string's text, [p, lx->cur): appended to the string's buffer once it is checked
 * to be UTF-8 like identifiers and fact files are (the scanner's classes let an encoded
 * surrogate such as ED A0 80 through, which would reach the output as invalid JSON). */
static void str_run(Lexer *lx, const unsigned char *p) {
  size_t n = (size_t)(lx->cur - p), bad = utf8_validate((const char *)p, n);
  if (bad < n) {
    lex_error(lx, p + bad, p + bad + 1, E_LEX_BAD_UTF8, (unsigned)p[bad]);
    lx->str_bad = true;
    return;
  }
  buf_append(&lx->sb, (const char *)p, n);
}

/* `--` comment: from p (at the dashes) to the end of the line; its bytes must be UTF-8. */
static void comment(Lexer *lx, const unsigned char *p) {
  const unsigned char *q = memchr(p + 2, '\n', (size_t)(lx->lim - (p + 2)));
  if (!q) q = lx->lim;
  const unsigned char *e = q;
  if (e > p + 2 && e[-1] == '\r') e--;
  size_t bad = utf8_validate((const char *)p, (size_t)(e - p));
  if (bad < (size_t)(e - p)) {
    const unsigned char *b = p + bad;
    lex_error(lx, b, b + 1, E_LEX_BAD_UTF8, (unsigned)*b);
  }
  ast_file_comment(lx->file, mkloc(lx, p, e), zan_arena_strndup(&lx->names, (const char *)p + 2, (size_t)(e - p - 2)));
  lx->cur = q;
}

static const char *strip_underscores(const unsigned char *a, const unsigned char *b) {
  char *s = zan_alloc_atomic((size_t)(b - a) + 1);
  size_t k = 0;
  for (; a < b; a++) if (*a != '_') s[k++] = (char)*a;
  s[k] = '\0';
  return s;
}

/* The identifier at q (any letters, marks, digits, '_'): its end, or q when none. */
static const unsigned char *word_end(const Lexer *lx, const unsigned char *q) {
  while (q < lx->lim) {
    int32_t cp;
    int k = utf8_decode(q, (size_t)(lx->lim - q), &cp);
    if (k == 0 || !utf8_is_ident_continue(cp)) break;
    q += k;
  }
  return q;
}

/* After word w (NFC, n bytes) that ends at lx->cur: the multi-word keyword of the file's set
 * whose first word is w and whose other words follow, whitespace between them (`in force`,
 * `по состоянию на`); the longest wins. Returns its token and moves lx->cur past it, else 0.
 * One token for the words means the grammar needs no second token of look-ahead after an
 * expression (`when x in force …`). */
static int compound(Lexer *lx, const char *w, size_t n) {
  int set = lx->file->keyword_set;
  if (set < 0 || set >= KW_NSETS) set = 0;
  pthread_once(&kw_once, kw_build);
  if (n < 64 && !(kw_first_mask[set] >> n & 1)) return 0;
  int best = 0;
  size_t best_len = 0;
  const unsigned char *best_end = NULL;
  for (int k = 0; k < kw_nmulti[set]; k++) {
    if (kw_multi_first[set][k] != n) continue;   /* cheap test first: every word comes here */
    const KwRow *r = &kw_rows[kw_multi[set][k]];
    if (!first_word_of(r->text, w, n) || strlen(r->text) <= best_len) continue;
    const char *rest = r->text + n + 1;
    const unsigned char *q = lx->cur;
    bool ok = true;
    while (ok && *rest) {
      const unsigned char *ws = q;
      while (q < lx->lim && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n')) q++;
      const unsigned char *we = word_end(lx, q);
      const char *sp = strchr(rest, ' ');
      size_t want = sp ? (size_t)(sp - rest) : strlen(rest);
      size_t got;
      char *t = we > q ? utf8_nfc((const char *)q, (size_t)(we - q), &got) : NULL;
      ok = q > ws && t && got == want && memcmp(t, rest, want) == 0;
      q = we;
      rest += want + (sp ? 1 : 0);
    }
    if (ok) { best = r->tok; best_len = strlen(r->text); best_end = q; }
  }
  if (best) lx->cur = best_end;
  return best;
}

/*!types:re2c */

void lex_init(Lexer *lx, const Source *src, Diags *d, File *f) {
  memset(lx, 0, sizeof *lx);
  lx->src = src;
  lx->d = d;
  lx->file = f;
  lx->base = (const unsigned char *)src->text;
  lx->cur = lx->base;
  lx->lim = lx->base + src->len;
  lx->cond = yycinit;
  if (src->len >= 3 && memcmp(src->text, "\xEF\xBB\xBF", 3) == 0) lx->cur += 3;   /* BOM */
  /* the first line may choose the keyword set; without it the File's set stays (English) */
  LexPragma pg;
  int r = lex_pragma(src, &pg);
  if (r > 0) f->keyword_set = pg.set;
  else if (r < 0) {
    lex_error(lx, lx->base + pg.name_start, lx->base + pg.name_end, E_LEX_BAD_KEYWORD_SET,
              zan_strndup(src->text + pg.name_start, pg.name_end - pg.name_start));
  }
}

/*!include:re2c "unicode_categories.re" */

/*!re2c
  re2c:api:style = free-form;
  re2c:define:YYCTYPE = "unsigned char";
  re2c:define:YYCURSOR = "lx->cur";
  re2c:define:YYMARKER = "lx->mark";
  re2c:define:YYGETCONDITION = "lx->cond";
  re2c:define:YYSETCONDITION = "lx->cond = @@;";
  re2c:yyfill:enable = 0;
  re2c:indent:top = 1;

  id_start = L | "_";
  id_cont  = L | M | Nd | "_";
  // Code points NFC leaves alone wherever they stand (see utf8_nfc_stable; test_lexer checks
  // every one of them): ASCII, Latin-1..Spacing Modifiers, Cyrillic but its combining marks,
  // and General Punctuation's dashes, quotes and dots. Names and string runs of only these
  // need no NFC check.
  nfc_other = [^\x01-\x7f\u0080-\u02ff\u0400-\u0482\u0488-\u052f\u2010-\u2027\u2030-\u205e];
  safe_id_start = id_start \ nfc_other;
  safe_id_cont  = id_cont \ nfc_other;
  digits   = [0-9]+ ("_" [0-9]+)*;
  ws       = [ \t\r\n]+;
*/

/* A name or keyword that ends at lx->cur (nfc: its code points are all NFC-safe). Most words
 * are already NFC and many are keywords: those are looked up in place, and a keyword's text
 * is the table's own string, so only other names are copied. */
static int word(Lexer *lx, const unsigned char *t, bool nfc, ZAN_STYPE *val, ZanLoc *loc) {
  size_t n = (size_t)(lx->cur - t);
  const char *w = (const char *)t, *s = NULL;
  if (!nfc && !utf8_is_nfc(w, n)) w = s = utf8_nfc(w, n, &n);
  int kw = compound(lx, w, n);
  if (!kw) {
    const KwRow *r = kw_find(w, n, lx->file->keyword_set);
    if (r) { kw = r->tok; s = r->text; }
  }
  if (!s) s = zan_arena_strndup(&lx->names, w, n);
  set_loc(lx, loc, t, lx->cur);
  val->name.text = s;
  val->name.loc = mkloc(lx, t, lx->cur);
  return kw ? kw : T_IDENT;
}

/* The usual string, without the scanner's automaton: no escape, no NUL, and only code points
 * of one to three bytes up to the closing quote on the same scan (article texts are most of a
 * policy's bytes). Anything else (an escape, a four-byte or invalid sequence, no closing quote)
 * returns false, and the <str> rules take the string from its start as before: this path
 * accepts a subset of what they accept and gives the same value. open is the opening quote,
 * lx->cur just after it. */
static bool plain_string(Lexer *lx, const unsigned char *open, ZAN_STYPE *val, ZanLoc *loc) {
  const unsigned char *p = lx->cur, *lim = lx->lim;
  bool nfc = true;   /* every code point NFC-safe (the ranges of nfc_other's complement) */
#ifdef __SSE2__
  const __m128i dq = _mm_set1_epi8('"'), bs = _mm_set1_epi8('\\'), zero = _mm_setzero_si128();
  const __m128i fc = _mm_set1_epi8((char)0xFC), d0 = _mm_set1_epi8((char)0xD0);
  const __m128i c0 = _mm_set1_epi8((char)0xC0), x80 = _mm_set1_epi8((char)0x80);
  const __m128i d2 = _mm_set1_epi8((char)0xD2), x83 = _mm_set1_epi8((char)0x83), four = _mm_set1_epi8(4);
#endif
  for (;;) {
    const unsigned char *stop = p + 1;   /* the byte loop takes one code point, or a block */
#ifdef __SSE2__
    /* Sixteen bytes at a time while they are plain ASCII or well-formed two-byte Cyrillic
     * (lead D0..D3, then one continuation byte): the texts of a Kazakh and Russian law. A
     * block with anything else (a quote, a backslash, NUL, other UTF-8, a sequence cut by the
     * block's end) goes to the byte loop below, one block's worth, then back here. */
    while (lim - p >= 17) {
      __m128i v = _mm_loadu_si128((const __m128i *)p);
      unsigned special = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dq),
                                   _mm_cmpeq_epi8(v, bs)), _mm_cmpeq_epi8(v, zero)));
      unsigned high = (unsigned)_mm_movemask_epi8(v);
      if (!high) {
        if (special) { stop = p + __builtin_ctz(special) + 1; break; }
        p += 16;
        continue;
      }
      unsigned lead = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, fc), d0));
      unsigned cont = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(v, c0), x80));
      /* every high byte a lead or a continuation, every continuation right after a lead,
       * and the block not ending on a lead (p is at a code point, so it starts on none) */
      if (special || (lead | cont) != high || (lead << 1 & 0xFFFF) != cont || (lead & 0x8000)) {
        stop = p + 16;
        break;
      }
      /* U+0483..U+0487 (D2 83..D2 87), the only Cyrillic marks: not NFC-safe */
      unsigned d2m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, d2));
      if (d2m) {
        __m128i off = _mm_sub_epi8(v, x83);
        unsigned m8387 = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(off, four), off));
        if (d2m << 1 & m8387) nfc = false;
      }
      p += 16;
    }
#endif
    bool closed = false;
    while (p < stop) {
      if (p >= lim) return false;
      unsigned c = *p;
      if (c < 0x80) {
        if (c == '"') { closed = true; break; }
        if (c == '\\' || c == 0) return false;
        p++;
        continue;
      }
      if (c >= 0xC2 && c <= 0xDF && lim - p >= 2 && (p[1] & 0xC0) == 0x80) {
        int32_t cp = (int32_t)(((c & 0x1F) << 6) | (p[1] & 0x3F));
        if (cp >= 0x300 && !(cp >= 0x400 && cp <= 0x52F && (cp < 0x483 || cp > 0x487))) nfc = false;
        p += 2;
        continue;
      }
      if (c >= 0xE0 && c <= 0xEF && lim - p >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
        int32_t cp = (int32_t)(((c & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F));
        if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)) return false;   /* overlong, surrogate */
        if (!((cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205E))) nfc = false;
        p += 3;
        continue;
      }
      return false;
    }
    if (closed) break;
  }
  size_t n = (size_t)(p - lx->cur);
  char *s = zan_alloc_raw(n + 1);
  memcpy(s, lx->cur, n);
  s[n] = 0;
  val->s = nfc || utf8_is_nfc(s, n) ? s : utf8_nfc(s, n, NULL);
  lx->cur = p + 1;
  set_loc(lx, loc, open, lx->cur);
  return true;
}

static int lex_scan(Lexer *lx, ZAN_STYPE *val, ZanLoc *loc);

/* The next token; the last two are remembered for the parser's hints. */
int lex_next(Lexer *lx, ZAN_STYPE *val, ZanLoc *loc) {
  int k = lex_scan(lx, val, loc);
  lx->prev_kind = lx->last_kind;
  lx->prev_start = lx->last_start;
  lx->prev_end = lx->last_end;
  lx->last_kind = k;
  lx->last_start = loc->start;
  lx->last_end = loc->end;
  return k;
}

static int lex_scan(Lexer *lx, ZAN_STYPE *val, ZanLoc *loc) {
  for (;;) {
    lx->tok = lx->cur;
    const unsigned char *t = lx->tok;
    set_loc(lx, loc, t, t);
    /*!re2c
    <init> "\x00" {
        if (t >= lx->lim) { lx->cur = lx->lim; set_loc(lx, loc, lx->lim, lx->lim); return T_END; }
        lex_error(lx, t, t + 1, E_LEX_NUL);
        set_loc(lx, loc, t, lx->cur);
        return T_ERROR;
    }
    <init> ws   { continue; }
    <init> "--" { comment(lx, t); continue; }

    // The same name twice: of two rules matching as much, the first wins, so a name of only
    // NFC-safe letters takes the first (no NFC check) and any other name the second.
    <init> safe_id_start safe_id_cont* { return word(lx, t, true, val, loc); }
    <init> id_start id_cont* { return word(lx, t, false, val, loc); }

    <init> [0-9]{4} "-" [0-9]{2} "-" [0-9]{2} {
        set_loc(lx, loc, t, lx->cur);
        int y = (t[0]-'0')*1000 + (t[1]-'0')*100 + (t[2]-'0')*10 + (t[3]-'0');
        int m = (t[5]-'0')*10 + (t[6]-'0'), d = (t[8]-'0')*10 + (t[9]-'0');
        if (!date_valid(y, m, d)) {
          lex_error(lx, t, lx->cur, E_LEX_BAD_DATE, zan_strndup((const char *)t, 10));
          return T_ERROR;
        }
        val->date = date_from_ymd(y, m, d);
        return T_DATE;
    }
    <init> [0-9]{4} "-" [0-9]{1,3} "-" [0-9]{1,3} {
        set_loc(lx, loc, t, lx->cur);
        lex_error(lx, t, lx->cur, E_LEX_MALFORMED_DATE,
                  zan_strndup((const char *)t, (size_t)(lx->cur - t)));
        return T_ERROR;
    }
    <init> digits "." digits {
        set_loc(lx, loc, t, lx->cur);
        val->s = strip_underscores(t, lx->cur);
        return T_DEC;
    }
    <init> digits {
        set_loc(lx, loc, t, lx->cur);
        if (!int64_parse((const char *)t, (size_t)(lx->cur - t), 10, '_', false, &val->i)) {
          lex_error(lx, t, lx->cur, E_LEX_INT_OVERFLOW,
                    zan_strndup((const char *)t, (size_t)(lx->cur - t)));
          return T_ERROR;
        }
        return T_INT;
    }
    <init> [0-9] [0-9_]* "_" [0-9_]* | [0-9] [0-9_]* [.] "_" [0-9_]* {
        set_loc(lx, loc, t, lx->cur);
        lex_error(lx, t, lx->cur, E_LEX_BAD_NUMBER,
                  zan_strndup((const char *)t, (size_t)(lx->cur - t)));
        return T_ERROR;
    }

    <init> "\"" => str {
        if (plain_string(lx, t, val, loc)) { lx->cond = yycinit; return T_STRING; }
        /* room for the text up to the next quote: without escapes, the whole string at once,
         * in a buffer of just that size (it becomes the string's value, see below) */
        const unsigned char *q = memchr(lx->cur, '"', (size_t)(lx->lim - lx->cur));
        size_t room = (q ? (size_t)(q - lx->cur) : 16) + 1;
        lx->sb.data = zan_alloc_raw(room);
        lx->sb.data[0] = 0;
        lx->sb.len = 0;
        lx->sb.cap = room;
        lx->str_start = t;
        lx->str_bad = false;
        lx->str_nfc = true;
        continue;
    }

    <init> "("  { set_loc(lx, loc, t, lx->cur); return '('; }
    <init> ")"  { set_loc(lx, loc, t, lx->cur); return ')'; }
    <init> "{"  { set_loc(lx, loc, t, lx->cur); return '{'; }
    <init> "}"  { set_loc(lx, loc, t, lx->cur); return '}'; }
    <init> "["  { set_loc(lx, loc, t, lx->cur); return '['; }
    <init> "]"  { set_loc(lx, loc, t, lx->cur); return ']'; }
    <init> ","  { set_loc(lx, loc, t, lx->cur); return ','; }
    <init> ":"  { set_loc(lx, loc, t, lx->cur); return ':'; }
    <init> "."  { set_loc(lx, loc, t, lx->cur); return '.'; }
    <init> "="  { set_loc(lx, loc, t, lx->cur); return '='; }
    <init> "<"  { set_loc(lx, loc, t, lx->cur); return '<'; }
    <init> ">"  { set_loc(lx, loc, t, lx->cur); return '>'; }
    <init> "+"  { set_loc(lx, loc, t, lx->cur); return '+'; }
    <init> "-"  { set_loc(lx, loc, t, lx->cur); return '-'; }
    <init> "*"  { set_loc(lx, loc, t, lx->cur); return '*'; }
    <init> "/"  { set_loc(lx, loc, t, lx->cur); return '/'; }
    <init> "|"  { set_loc(lx, loc, t, lx->cur); return '|'; }
    <init> "%"  { set_loc(lx, loc, t, lx->cur); return '%'; }
    <init> "!=" { set_loc(lx, loc, t, lx->cur); return T_NE; }
    <init> "<=" { set_loc(lx, loc, t, lx->cur); return T_LE; }
    <init> ">=" { set_loc(lx, loc, t, lx->cur); return T_GE; }
    <init> "->" { set_loc(lx, loc, t, lx->cur); return T_ARROW; }

    <init> [^] { bad_char(lx, t); set_loc(lx, loc, t, lx->cur); return T_ERROR; }
    <init> *   { bad_byte(lx, t); set_loc(lx, loc, t, lx->cur); return T_ERROR; }

    <str> "\"" => init {
        set_loc(lx, loc, lx->str_start, lx->cur);
        if (lx->str_bad) return T_ERROR;
        char *s = buf_cstr(&lx->sb);
        /* the buffer is this string's own (made at the opening quote): kept when already NFC */
        val->s = lx->str_nfc || utf8_is_nfc(s, lx->sb.len) ? s : utf8_nfc(s, lx->sb.len, NULL);
        return T_STRING;
    }
    <str> "\\\"" { buf_push(&lx->sb, '"'); continue; }
    <str> "\\\\" { buf_push(&lx->sb, '\\'); continue; }
    <str> "\\n"  { buf_push(&lx->sb, '\n'); continue; }
    <str> "\\t"  { buf_push(&lx->sb, '\t'); continue; }
    <str> "\\u{" [0-9a-fA-F]{1,8} "}" {
        long cp = strtol((const char *)t + 3, NULL, 16);
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0) {
          lex_error(lx, t, lx->cur, E_LEX_BAD_CODEPOINT,
                    zan_strndup((const char *)t + 3, (size_t)(lx->cur - t - 4)));
          lx->str_bad = true;
          continue;
        }
        char enc[4];
        buf_append(&lx->sb, enc, (size_t)utf8_encode((int32_t)cp, enc));
        lx->str_nfc = false;
        continue;
    }
    <str> "\\" [^\x00] {
        lex_error(lx, t, lx->cur, E_LEX_BAD_ESCAPE,
                  zan_strndup((const char *)t + 1, (size_t)(lx->cur - t - 1)));
        lx->str_bad = true;
        continue;
    }
    // Runs of text: one of only NFC-safe code points takes the first rule (of two rules
    // matching as much, the first wins); a run with any other code point is longer under the
    // second, which marks the string for the NFC check.
    <str> ([^"\\\x00] \ nfc_other)+ { str_run(lx, t); continue; }
    <str> [^"\\\x00]+ {
        str_run(lx, t);
        lx->str_nfc = false;
        continue;
    }
    <str> "\x00" | "\\" "\x00" {
        if (lx->cur - 1 >= lx->lim) {
          lex_error(lx, lx->str_start, lx->str_start + 1, E_LEX_UNTERMINATED_STRING);
          lx->cur = lx->lim;
          lx->cond = yycinit;
          set_loc(lx, loc, lx->str_start, lx->lim);
          return T_ERROR;
        }
        lex_error(lx, lx->cur - 1, lx->cur, E_LEX_NUL);
        lx->str_bad = true;
        continue;
    }
    <str> * { bad_byte(lx, t); lx->str_bad = true; continue; }
    */
  }
}

LexToken *lex_all(const Source *src, Diags *d, File *f, int *n) {
  Lexer lx;
  lex_init(&lx, src, d, f);
  int cap = 16, k = 0;
  LexToken *v = ZAN_NEWN(LexToken, cap);
  for (;;) {
    ZAN_STYPE val;
    ZanLoc loc;
    memset(&val, 0, sizeof val);
    int kind = lex_next(&lx, &val, &loc);
    ZAN_GROW(v, k, cap, 16);
    LexToken *tk = &v[k++];
    tk->kind = kind;
    tk->loc = (Loc){ src, loc.start, loc.end };
    if (kind == T_INT) tk->v.i = val.i;
    else if (kind == T_DATE) tk->v.date = val.date;
    else if (kind == T_DEC || kind == T_STRING) tk->v.s = val.s;
    else tk->v.s = val.name.text;
    if (kind == T_END) break;
  }
  *n = k;
  return v;
}
