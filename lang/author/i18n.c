/* i18n.c — text blocks with ids, fingerprints, and the checks of `zan i18n check`:
 * missing and stale translations, placeholders/numbers/dates that differ, glossary terms. */
#include "i18n.h"
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>
#include "base/alloc.h"
#include "base/buf.h"
#include "base/utf8.h"

/* ================================================================ collecting the texts */

typedef struct Collect { Vec v; const File *file; } Collect;

static int lang_of(const char *tag) {
  if (!tag) return -1;
  if (strcmp(tag, "en") == 0) return LANG_EN;
  if (strcmp(tag, "ru") == 0) return LANG_RU;
  if (strcmp(tag, "kk") == 0) return LANG_KK;
  return -1;
}

/* art: the article whose text t is (its statuses set the direction), else NULL. */
static void add_text(Collect *c, const Texts *t, const char *id, const Node *art) {
  if (!t) return;
  I18nText *x = ZAN_NEW(I18nText);
  x->id = id;
  x->file = c->file;
  x->texts = t;
  x->source = I18N_SOURCE_LANG;
  for (int l = 0; l < I18N_NLANG; l++) x->item[l] = -1;
  bool has_official = false;
  for (int i = 0; i < t->n; i++) {   /* a repeated tag is the checker's error: the first counts */
    int l = lang_of(t->items[i].lang.text);
    if (l < 0 || x->item[l] >= 0) continue;
    x->item[l] = i;
    const char *st = !art ? NULL : t->items[i].status.text ? t->items[i].status.text : art->as.article.status.text;
    if (st && strcmp(st, "official") == 0) {
      x->official[l] = true;
      if (!has_official) x->source = (Lang)l;
      has_official = true;
    }
  }
  vec_push(&c->v, x);
}
static void add(Collect *c, const Texts *t, const char *id) { add_text(c, t, id, NULL); }

static const char *nm(Name n) { return n.text ? n.text : "?"; }

static void add_fact(Collect *c, const Node *f, const char *prefix) {
  const char *path = prefix ? zan_sprintf("%s.%s", prefix, nm(f->as.fact.name)) : nm(f->as.fact.name);
  add(c, f->as.fact.label, zan_sprintf("fact:%s:label", path));
  add(c, f->as.fact.ask, zan_sprintf("fact:%s:ask", path));
  for (int i = 0; i < f->as.fact.children.n; i++)
    if (f->as.fact.children.items[i]->kind == N_FACT) add_fact(c, f->as.fact.children.items[i], path);
}

static const char *file_stem(const File *f) {
  if (f->module.text) return f->module.text;
  return source_stem(f->src && f->src->path ? f->src->path : "?");
}

I18nText *i18n_collect(File *const *files, int nfiles, int *n) {
  Collect c;
  memset(&c, 0, sizeof c);
  for (int fi = 0; fi < nfiles; fi++) {
    const File *f = files[fi];
    if (!f) continue;
    c.file = f;
    for (int i = 0; i < f->decls.n; i++) {
      const Node *d = f->decls.items[i];
      switch (d->kind) {
      case N_POLICY: add(&c, d->as.policy.title, "policy:title"); break;
      case N_ARTICLE:
        add(&c, d->as.article.title, zan_sprintf("article:%s:title", d->as.article.id ? d->as.article.id : "?"));
        add_text(&c, d->as.article.text, zan_sprintf("article:%s:text", d->as.article.id ? d->as.article.id : "?"), d);
        break;
      case N_ENUM:
        for (int m = 0; m < d->as.enm.n; m++)
          add(&c, d->as.enm.members[m].label,
              zan_sprintf("enum:%s.%s:label", nm(d->as.enm.name), nm(d->as.enm.members[m].name)));
        break;
      case N_FACT: add_fact(&c, d, NULL); break;
      case N_OUTPUT:
        add(&c, d->as.output.label, zan_sprintf("output:%s:label", nm(d->as.output.name)));
        add(&c, d->as.output.unit_texts, zan_sprintf("output:%s:unit", nm(d->as.output.name)));
        break;
      case N_RULE: add(&c, d->as.rule.explain, zan_sprintf("rule:%s:explain", nm(d->as.rule.name))); break;
      case N_PARAMETER: add(&c, d->as.param.label, zan_sprintf("parameter:%s:label", nm(d->as.param.name))); break;
      default: break;
      }
    }
  }
  int k = c.v.n;
  I18nText *out = ZAN_NEWN(I18nText, k);
  for (int i = 0; i < k; i++) out[i] = *(I18nText *)c.v.items[i];
  /* Two modules declaring the same name would share an id: qualify each such id. */
  bool *dup = zan_alloc_atomic(sizeof(bool) * (size_t)(k > 0 ? k : 1));
  for (int i = 0; i < k; i++)
    for (int j = i + 1; j < k; j++)
      if (strcmp(out[i].id, out[j].id) == 0) dup[i] = dup[j] = true;
  for (int i = 0; i < k; i++)
    if (dup[i]) out[i].id = zan_sprintf("%s@%s", out[i].id, file_stem(out[i].file));
  *n = k;
  return out;
}

const I18nText *i18n_find(const I18nText *t, int n, const char *id) {
  for (int i = 0; i < n; i++)
    if (strcmp(t[i].id, id) == 0) return &t[i];
  return NULL;
}

const TextItem *i18n_item(const I18nText *t, Lang l) {
  if ((int)l < 0 || (int)l >= (int)I18N_NLANG || t->item[l] < 0) return NULL;
  return &t->texts->items[t->item[l]];
}

const TextItem *i18n_source(const I18nText *t) { return i18n_item(t, t->source); }

bool i18n_is_translation(const I18nText *t, Lang l) {
  return (int)l >= 0 && (int)l < (int)I18N_NLANG && l != t->source && !t->official[l];
}

/* ================================================================ fingerprints */

uint64_t i18n_fnv1a64(const char *s, size_t n) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 0x100000001b3ULL;
  }
  return h;
}

void i18n_fingerprint(const char *text, char out[9]) {
  size_t n = strlen(text);
  const char *nfc = utf8_validate(text, n) == n ? utf8_nfc(text, n, &n) : text;
  uint64_t h = i18n_fnv1a64(nfc, n);
  static const char hex[] = "0123456789abcdef";
  for (int i = 0; i < 8; i++) out[i] = hex[(h >> (60 - 4 * i)) & 0xF];
  out[8] = 0;
}

bool i18n_fingerprint_valid(const char *fp) {
  if (!fp || strlen(fp) != 8) return false;
  for (int i = 0; i < 8; i++) {
    char c = fp[i];
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) return false;
  }
  return true;
}

/* ================================================================ words */

/* A word of a text: a run of letters and marks, case-folded (ё as е) for matching.
 * adj: only blanks and hyphens separate it from the previous word (terms span words). */
typedef struct Word { const char *fold; size_t off, len; bool adj; } Word;

static bool is_letter_cp(int32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  utf8proc_category_t c = utf8proc_category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
         (c >= UTF8PROC_CATEGORY_MN && c <= UTF8PROC_CATEGORY_ME);
}
static bool is_blank_cp(int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x202F ||
         cp == 0x2009 || cp == '-' || cp == 0x2010 || cp == 0x2011;
}

static const char *fold(const char *s, size_t n) {
  utf8proc_uint8_t *dst = NULL;
  utf8proc_ssize_t r = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &dst,
                                    UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
  if (r < 0) return zan_strndup(s, n);
  Buf b;
  buf_init(&b);
  for (utf8proc_ssize_t i = 0; i < r; i++) {
    if (i + 1 < r && dst[i] == 0xD1 && dst[i + 1] == 0x91) { buf_append(&b, "\xD0\xB5", 2); i++; }   /* ё -> е */
    else buf_push(&b, (char)dst[i]);
  }
  free(dst);   /* utf8proc's own malloc */
  return zan_strdup(buf_cstr(&b));
}

static Word *words_of(const char *text, int *nw) {
  Vec v;
  memset(&v, 0, sizeof v);
  size_t n = strlen(text), i = 0;
  bool adj = false;
  while (i < n) {
    int32_t cp;
    if (text[i] == '{') {   /* a placeholder names a fact, not a term: {system.owner} */
      size_t j = i + 1;
      while (j < n && text[j] != '}' && text[j] != '{' && !strchr(" \t\n\r\"", text[j])) j++;
      if (j < n && text[j] == '}' && j > i + 1) { i = j + 1; adj = false; continue; }
    }
    int k = utf8_decode((const unsigned char *)text + i, n - i, &cp);
    if (k <= 0) { i++; adj = false; continue; }
    if (!is_letter_cp(cp)) {
      adj = adj && is_blank_cp(cp);
      i += (size_t)k;
      continue;
    }
    size_t s = i;
    while (i < n) {
      k = utf8_decode((const unsigned char *)text + i, n - i, &cp);
      if (k <= 0 || !is_letter_cp(cp)) break;
      i += (size_t)k;
    }
    Word *w = ZAN_NEW(Word);
    w->fold = fold(text + s, i - s);
    w->off = s;
    w->len = i - s;
    w->adj = adj && v.n > 0;
    vec_push(&v, w);
    adj = true;
  }
  Word *out = ZAN_NEWN(Word, v.n);
  for (int j = 0; j < v.n; j++) out[j] = *(Word *)v.items[j];
  *nw = v.n;
  return out;
}

/* ---- code-point helpers on folded UTF-8 ---- */
static size_t cps(const char *s, size_t n) { return utf8_count(s, n); }
static size_t drop_last(const char *s, size_t n) {   /* byte length without the last code point */
  if (n == 0) return 0;
  size_t i = n - 1;
  while (i > 0 && ((unsigned char)s[i] & 0xC0) == 0x80) i--;
  return i;
}
static bool ends_with(const char *s, size_t n, const char *suf) {
  size_t k = strlen(suf);
  return k <= n && memcmp(s + n - k, suf, k) == 0;
}
static bool last_in(const char *s, size_t n, const char *set) {   /* last code point is one of set's */
  if (n == 0) return false;
  size_t d = drop_last(s, n);
  size_t k = n - d;
  for (const char *p = set; *p;) {
    size_t m = 1;
    while (((unsigned char)p[m] & 0xC0) == 0x80) m++;
    if (m == k && memcmp(s + d, p, k) == 0) return true;
    p += m;
  }
  return false;
}

/* ================================================================ extraction */

static const char *const months_en[12] = { "january", "february", "march", "april", "may", "june", "july",
  "august", "september", "october", "november", "december" };
static const char *const months_ru[12] = { "январ", "феврал", "март", "апрел", "ма", "июн", "июл",
  "август", "сентябр", "октябр", "ноябр", "декабр" };
static const char *const months_kk[12] = { "қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым",
  "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан" };

/* 1..12 when w is a month name in any of the three languages, else 0. */
static int month_of(const char *w) {
  size_t n = strlen(w);
  for (int m = 0; m < 12; m++) {
    if (strcmp(w, months_en[m]) == 0) return m + 1;
    if (m == 4) {   /* май: мая, мае, май — the prefix "ма" alone is far too short */
      if (!strcmp(w, "май") || !strcmp(w, "мая") || !strcmp(w, "мае")) return 5;
    } else if (strncmp(w, months_ru[m], strlen(months_ru[m])) == 0 && n <= strlen(months_ru[m]) + 4) return m + 1;
    if (strncmp(w, months_kk[m], strlen(months_kk[m])) == 0) return m + 1;
  }
  return 0;
}

/* A raw token before dates written in words are joined. */
typedef struct RawTok {
  int kind;             /* 0 number, 1 word, 2 placeholder, 3 date */
  const char *s;        /* digits / folded word / "{…}" / ISO date */
  size_t off, len;
  int ndigits;
  long val;
  bool adj;             /* only blanks and commas since the previous token */
} RawTok;

static bool dig(char c) { return c >= '0' && c <= '9'; }

/* A thousands separator at text+i followed by exactly three digits and then no digit. */
static size_t group_sep(const char *t, size_t n, size_t i) {
  size_t k = 0;
  if (t[i] == ',' || t[i] == ' ' || t[i] == '\'') k = 1;
  else if ((unsigned char)t[i] == 0xC2 && i + 1 < n && (unsigned char)t[i + 1] == 0xA0) k = 2;
  else if ((unsigned char)t[i] == 0xE2 && i + 2 < n && (unsigned char)t[i + 1] == 0x80 &&
           ((unsigned char)t[i + 2] == 0xAF || (unsigned char)t[i + 2] == 0x89)) k = 3;
  if (!k) return 0;
  size_t j = i + k;
  if (j + 3 > n || !dig(t[j]) || !dig(t[j + 1]) || !dig(t[j + 2])) return 0;
  if (j + 3 < n && dig(t[j + 3])) return 0;
  return k;
}

static RawTok *raw_tokens(const char *t, int *ntok) {
  Vec v;
  memset(&v, 0, sizeof v);
  size_t n = strlen(t), i = 0;
  bool adj = false;
  while (i < n) {
    unsigned char c = (unsigned char)t[i];
    RawTok *r = NULL;
    if (c == '{') {
      size_t j = i + 1;
      while (j < n && t[j] != '}' && t[j] != '{' && !strchr(" \t\n\r\"", t[j])) j++;
      if (j < n && t[j] == '}' && j > i + 1) {
        r = ZAN_NEW(RawTok);
        r->kind = 2; r->off = i; r->len = j + 1 - i; r->s = zan_strndup(t + i, j + 1 - i);
        i = j + 1;
      }
    } else if (dig((char)c)) {
      r = ZAN_NEW(RawTok);
      r->off = i;
      /* ISO date YYYY-MM-DD or DD.MM.YYYY */
      if (i + 10 <= n && dig(t[i+1]) && dig(t[i+2]) && dig(t[i+3]) && t[i+4] == '-' && dig(t[i+5]) &&
          dig(t[i+6]) && t[i+7] == '-' && dig(t[i+8]) && dig(t[i+9]) && (i + 10 == n || !dig(t[i+10]))) {
        r->kind = 3; r->len = 10; r->s = zan_strndup(t + i, 10);
        i += 10;
      } else if (i + 10 <= n && dig(t[i+1]) && t[i+2] == '.' && dig(t[i+3]) && dig(t[i+4]) && t[i+5] == '.' &&
                 dig(t[i+6]) && dig(t[i+7]) && dig(t[i+8]) && dig(t[i+9]) && (i + 10 == n || !dig(t[i+10]))) {
        r->kind = 3; r->len = 10;
        r->s = zan_sprintf("%.4s-%.2s-%.2s", t + i + 6, t + i + 3, t + i);
        i += 10;
      } else {
        Buf b;
        buf_init(&b);
        size_t j = i;
        while (j < n && dig(t[j])) buf_push(&b, t[j++]);
        if (j - i <= 3) {   /* 4,325 · 4 325 · 1 000 000: groups of three after a short head */
          size_t k;
          while (j < n && (k = group_sep(t, n, j)) > 0) {
            buf_append(&b, t + j + k, 3);
            j += k + 3;
          }
        }
        r->kind = 0; r->len = j - i; r->s = zan_strdup(buf_cstr(&b));
        r->ndigits = (int)b.len;
        r->val = b.len <= 9 ? strtol(r->s, NULL, 10) : -1;
        i = j;
      }
    } else {
      int32_t cp;
      int k = utf8_decode((const unsigned char *)t + i, n - i, &cp);
      if (k > 0 && is_letter_cp(cp)) {
        size_t s = i;
        while (i < n) {
          k = utf8_decode((const unsigned char *)t + i, n - i, &cp);
          if (k <= 0 || !is_letter_cp(cp)) break;
          i += (size_t)k;
        }
        r = ZAN_NEW(RawTok);
        r->kind = 1; r->off = s; r->len = i - s; r->s = fold(t + s, i - s);
      } else {
        bool sep = k > 0 && (is_blank_cp(cp) || cp == ',') && cp != '-';
        adj = adj && sep;
        i += k > 0 ? (size_t)k : 1;
        continue;
      }
    }
    if (!r) { adj = false; i++; continue; }
    r->adj = adj;
    vec_push(&v, r);
    adj = true;
  }
  RawTok *out = ZAN_NEWN(RawTok, v.n);
  for (int j = 0; j < v.n; j++) out[j] = *(RawTok *)v.items[j];
  *ntok = v.n;
  return out;
}

static bool is_day(const RawTok *r) { return r->kind == 0 && r->ndigits <= 2 && r->val >= 1 && r->val <= 31; }
static bool is_year(const RawTok *r) { return r->kind == 0 && r->ndigits == 4 && r->val >= 1000; }
static int  tok_month(const RawTok *r) { return r->kind == 1 ? month_of(r->s) : 0; }
static bool is_kk_year_word(const RawTok *r) { return r->kind == 1 && strncmp(r->s, "жыл", strlen("жыл")) == 0; }

I18nTok *i18n_extract(const char *text, int *n) {
  int nr;
  RawTok *r = raw_tokens(text, &nr);
  Vec v;
  memset(&v, 0, sizeof v);
  for (int i = 0; i < nr; i++) {
    I18nTok *t = ZAN_NEW(I18nTok);
    int used = 0, m;
    /* dates in words; each pattern's tokens follow one another with only blanks/commas between */
#define A(k) (i + (k) < nr && r[i + (k)].adj)
    if (is_day(&r[i]) && A(1) && (m = tok_month(&r[i + 1])) && A(2) && is_year(&r[i + 2])) {
      t->norm = zan_sprintf("%s-%02d-%02ld", r[i + 2].s, m, r[i].val); used = 3;           /* 18 January 2026 */
    } else if ((m = tok_month(&r[i])) && A(1) && is_day(&r[i + 1]) && A(2) && is_year(&r[i + 2])) {
      t->norm = zan_sprintf("%s-%02d-%02ld", r[i + 2].s, m, r[i + 1].val); used = 3;       /* January 18, 2026 */
    } else if (is_year(&r[i]) && A(1) && is_kk_year_word(&r[i + 1]) && A(2) && is_day(&r[i + 2]) &&
               A(3) && (m = tok_month(&r[i + 3]))) {
      t->norm = zan_sprintf("%s-%02d-%02ld", r[i].s, m, r[i + 2].val); used = 4;           /* 2026 жылғы 18 қаңтар */
    } else if (is_year(&r[i]) && A(1) && is_kk_year_word(&r[i + 1]) && A(2) && (m = tok_month(&r[i + 2]))) {
      t->norm = zan_sprintf("%s-%02d", r[i].s, m); used = 3;                                 /* 2024 жылғы шілде */
    } else if ((m = tok_month(&r[i])) && A(1) && is_year(&r[i + 1])) {
      t->norm = zan_sprintf("%s-%02d", r[i + 1].s, m); used = 2;                             /* July 2024 */
    }
#undef A
    if (used) {
      t->kind = I18N_TOK_DATE;
      t->off = r[i].off;
      t->len = r[i + used - 1].off + r[i + used - 1].len - r[i].off;
      i += used - 1;
    } else if (r[i].kind == 1) {
      continue;
    } else {
      t->kind = r[i].kind == 0 ? I18N_TOK_NUMBER : r[i].kind == 2 ? I18N_TOK_PLACEHOLDER : I18N_TOK_DATE;
      t->norm = r[i].s;
      t->off = r[i].off;
      t->len = r[i].len;
    }
    vec_push(&v, t);
  }
  I18nTok *out = ZAN_NEWN(I18nTok, v.n);
  for (int j = 0; j < v.n; j++) out[j] = *(I18nTok *)v.items[j];
  *n = v.n;
  return out;
}

/* ================================================================ glossary */

/* Stems. Kazakh and Russian are inflected, so a term's word matches a text's word by stem:
 *  en  strict: the word, or its plural (-s, -es, -y/-ies); loose: the word without a final
 *      e/s/y as a prefix, at most 4 more letters.
 *  ru  stem: the word without its final vowels, й and ь; strict: the stem as a prefix, at most
 *      4 more letters (stems shorter than 3 letters: the word itself); loose: the stem less up
 *      to 2 letters (fleeting vowels: владелец/владельца), at least 4 kept, at most 6 more.
 *  kk  stem: without one case ending (-ның -ді …), possessive (-сы/-сі), plural (-лар …) and
 *      a final ы/і after a consonant, each only while 4 letters remain; strict: the stem as a
 *      prefix (suffixes stack: жүйелерінің); loose: suffixes stripped down to 2 letters in
 *      a phrase (меншік иесі/иелері), the stem less one letter when 6 or more remain
 *      (таңбалау/таңбаланған), and a last п к қ voiced (бап/бабы, дерек/дерегі). */
static const char *ru_vowels = "аеиоуыэюяйь";
static const char *kk_vowels = "аәеиоөуұүыіэюя";   /* ы/і drop only after a consonant */

static size_t ru_stem(const char *w, size_t n) {
  if ((ends_with(w, n, "ся") || ends_with(w, n, "сь")) && cps(w, n) > 5) n = drop_last(w, drop_last(w, n));
  while (n > 0 && last_in(w, n, ru_vowels)) n = drop_last(w, n);
  return n;
}

static size_t kk_strip_any(const char *w, size_t n, const char *const *sufs, size_t min) {
  for (int i = 0; sufs[i]; i++)
    if (ends_with(w, n, sufs[i])) {
      size_t m = n - strlen(sufs[i]);
      if (cps(w, m) >= min) return m;
    }
  return n;
}
static size_t kk_stem_min(const char *w, size_t n, size_t min) {
  static const char *const cases[] = { "ның", "нің", "дың", "дің", "тың", "тің", "ны", "ні", "ды", "ді",
                                       "ты", "ті", NULL };
  static const char *const poss[] = { "сы", "сі", NULL };
  static const char *const plur[] = { "лар", "лер", "дар", "дер", "тар", "тер", NULL };
  n = kk_strip_any(w, n, cases, min);
  n = kk_strip_any(w, n, poss, min);
  n = kk_strip_any(w, n, plur, min);
  if ((ends_with(w, n, "ы") || ends_with(w, n, "і")) && cps(w, n) >= min && !last_in(w, drop_last(w, n), kk_vowels))
    n = drop_last(w, n);
  return n;
}
static size_t kk_stem(const char *w, size_t n) { return kk_stem_min(w, n, 4); }

/* Kazakh voices a stem's last п к қ before a vowel: бап/бабы, дерек/дерегі, құқық/құқығы. */
static bool kk_prefix(const char *w, size_t wn, const char *t, size_t s) {
  if (wn >= s && strncmp(w, t, s) == 0) return true;
  static const char *const pairs[3][2] = { { "п", "б" }, { "к", "г" }, { "қ", "ғ" } };
  size_t d = drop_last(t, s);
  for (int i = 0; i < 3; i++)
    if (s - d == strlen(pairs[i][0]) && memcmp(t + d, pairs[i][0], s - d) == 0 && wn >= d + strlen(pairs[i][1]) &&
        strncmp(w, t, d) == 0 && memcmp(w + d, pairs[i][1], strlen(pairs[i][1])) == 0)
      return true;
  return false;
}

static bool word_match(Lang l, const char *t, const char *w, bool strict, bool in_phrase) {
  size_t tn = strlen(t), wn = strlen(w);
  if (strcmp(t, w) == 0) return true;
  if (l == LANG_EN) {
    if (strict) {
      if (wn == tn + 1 && strncmp(w, t, tn) == 0 && w[tn] == 's') return true;
      if (wn == tn + 2 && strncmp(w, t, tn) == 0 && !strcmp(w + tn, "es")) return true;
      if (tn > 1 && t[tn - 1] == 'y' && wn == tn + 2 && strncmp(w, t, tn - 1) == 0 && !strcmp(w + tn - 1, "ies"))
        return true;
      return false;
    }
    size_t b = tn;
    if (b > 5 && ends_with(t, b, "ing")) b -= 3;          /* labelling -> label */
    else if (b > 4 && ends_with(t, b, "ed")) b -= 2;
    if (b > 3 && b < tn && t[b - 1] == t[b - 2] && !strchr("aeiou", t[b - 1])) b--;
    if (b > 3 && (t[b - 1] == 'e' || t[b - 1] == 's' || t[b - 1] == 'y')) b--;
    return wn >= b && wn <= b + 5 && strncmp(w, t, b) == 0;
  }
  size_t s = l == LANG_RU ? ru_stem(t, tn) : kk_stem(t, tn);
  size_t sc = cps(t, s);
  if (l == LANG_RU) {
    if (sc < 3) return false;   /* short words: the word itself (compared above) */
    if (!strict) {
      for (int k = 0; k < 2 && cps(t, s) > 4; k++) s = drop_last(t, s);
    }
    if (wn < s || strncmp(w, t, s) != 0) return false;
    return cps(w + s, wn - s) <= (strict ? 4u : 6u);
  }
  /* kk */
  if (strict) return sc >= 3 && wn >= s && strncmp(w, t, s) == 0;
  s = kk_stem_min(t, tn, in_phrase ? 2 : 3);   /* иесі/иелері inside "меншік иесі" */
  if (cps(t, s) >= 6) s = drop_last(t, s);
  return kk_prefix(w, wn, t, s);
}

/* Occurrences of one form in a text's words: returns the index of the first word of the
 * first occurrence at or after from (and in *last that of its last word), or -1. */
static int form_at(Lang l, const GlossForm *f, const Word *w, int nw, int from, bool strict, int *last) {
  bool phrase = f->nwords > 1;
  for (int i = from; i + f->nwords <= nw; i++) {
    if (!word_match(l, f->words[0], w[i].fold, strict, phrase)) continue;
    /* strict: the words one after another; loose: up to 4 other words between them
     * («эмоцияларды келісімсіз анықтау», "determining a person's emotions") */
    int j = i, k = 1;
    for (; k < f->nwords; k++) {
      int g = 0, lim = strict ? 0 : 4;
      for (j++; j < nw && g <= lim; j++, g++) {
        if (strict && !w[j].adj) { j = nw; break; }
        if (word_match(l, f->words[k], w[j].fold, strict, phrase)) break;
      }
      if (j >= nw || g > lim) break;
    }
    if (k == f->nwords) { *last = f->nwords > 1 ? j : i; return i; }
  }
  return -1;
}

static GlossForm parse_form(const char *s, size_t n) {
  while (n && (*s == ' ')) { s++; n--; }
  while (n && s[n - 1] == ' ') n--;
  GlossForm f;
  memset(&f, 0, sizeof f);
  f.text = zan_strndup(s, n);
  int nw;
  Word *w = words_of(f.text, &nw);
  f.nwords = nw;
  f.words = ZAN_NEWN(const char *, nw);
  for (int i = 0; i < nw; i++) f.words[i] = w[i].fold;
  return f;
}

Glossary *i18n_glossary_parse(const Source *src, Diags *d) {
  Glossary *g = ZAN_NEW(Glossary);
  g->path = src->path;
  Vec v;
  memset(&v, 0, sizeof v);
  const char *t = src->text;
  size_t n = src->len, i = 0;
  int line = 0;
  bool header = true;
  while (i < n) {
    size_t s = i;
    while (i < n && t[i] != '\n') i++;
    size_t e = i;
    if (i < n) i++;
    line++;
    if (e > s && t[e - 1] == '\r') e--;
    if (e == s || t[s] == '#') continue;
    if (header) { header = false; continue; }   /* "kk\tru\ten" */
    const char *cells[3];
    size_t lens[3];
    int nc = 0;
    size_t c = s;
    for (size_t j = s; j <= e; j++)
      if (j == e || t[j] == '\t') {
        if (nc < 3) { cells[nc] = t + c; lens[nc] = j - c; }
        nc++;
        c = j + 1;
      }
    if (nc != 3) {
      Loc at = { src, (uint32_t)s, (uint32_t)e };
      diag_report(d, DIAG_ERROR, at, E_I18N_GLOSSARY_LINE, nc);
      continue;
    }
    GlossEntry *ge = ZAN_NEW(GlossEntry);
    ge->line = line;
    static const int col_lang[3] = { LANG_KK, LANG_RU, LANG_EN };
    for (int k = 0; k < 3; k++) {
      int l = col_lang[k];
      Vec fv;
      memset(&fv, 0, sizeof fv);
      const char *p = cells[k], *end = cells[k] + lens[k];
      while (p <= end) {
        const char *bar = p;
        while (bar < end && *bar != '|') bar++;
        GlossForm *f = ZAN_NEW(GlossForm);
        *f = parse_form(p, (size_t)(bar - p));
        if (f->nwords > 0) vec_push(&fv, f);
        p = bar + 1;
      }
      ge->nforms[l] = fv.n;
      ge->forms[l] = ZAN_NEWN(GlossForm, fv.n);
      for (int j = 0; j < fv.n; j++) ge->forms[l][j] = *(GlossForm *)fv.items[j];
    }
    vec_push(&v, ge);
  }
  g->n = v.n;
  g->entries = ZAN_NEWN(GlossEntry, v.n);
  for (int j = 0; j < v.n; j++) g->entries[j] = *(GlossEntry *)v.items[j];
  return g;
}

bool i18n_term_used(const Glossary *g, int e, Lang l, const char *text, bool strict, size_t *off, size_t *len) {
  int nw;
  Word *w = words_of(text, &nw);
  const GlossEntry *ge = &g->entries[e];
  for (int f = 0; f < ge->nforms[l]; f++) {
    int end;
    int at = form_at(l, &ge->forms[l][f], w, nw, 0, strict, &end);
    if (at >= 0) {
      const Word *last = &w[end];
      if (off) *off = w[at].off;
      if (len) *len = last->off + last->len - w[at].off;
      return true;
    }
  }
  return false;
}

/* The glossary terms a text uses (strictly), a longer term hiding the shorter ones inside
 * it («система искусственного интеллекта» is "AI system", not also "artificial
 * intelligence"). used[e] = 1 + the byte offset of the first use, or 0. */
typedef struct Occ { int e, w0, w1; } Occ;
static void terms_used(const Glossary *g, Lang l, const char *text, size_t *used) {
  int nw;
  Word *w = words_of(text, &nw);
  Vec v;
  memset(&v, 0, sizeof v);
  for (int e = 0; e < g->n; e++)
    for (int f = 0; f < g->entries[e].nforms[l]; f++) {
      const GlossForm *gf = &g->entries[e].forms[l][f];
      int end;
      for (int at = form_at(l, gf, w, nw, 0, true, &end); at >= 0; at = form_at(l, gf, w, nw, at + 1, true, &end)) {
        Occ *o = ZAN_NEW(Occ);
        o->e = e; o->w0 = at; o->w1 = end + 1;
        vec_push(&v, o);
      }
    }
  for (int e = 0; e < g->n; e++) used[e] = 0;
  for (int i = 0; i < v.n; i++) {
    Occ *o = v.items[i];
    bool hidden = false;
    for (int j = 0; j < v.n && !hidden; j++) {
      Occ *p = v.items[j];
      if (p->e != o->e && p->w0 <= o->w0 && p->w1 >= o->w1 && p->w1 - p->w0 > o->w1 - o->w0) hidden = true;
    }
    if (!hidden && (!used[o->e] || w[o->w0].off + 1 < used[o->e])) used[o->e] = w[o->w0].off + 1;
  }
}

/* ================================================================ the check */

static const char *tag(int l) { return lang_tag((Lang)l); }

/* The place in the source of byte off of an item's decoded text: walks the literal,
 * undoing escapes. (NFC may have changed a few bytes: then the place is approximate.) */
static Loc text_loc(const TextItem *it, size_t off, size_t len) {
  Loc r = it->loc;
  if (!r.src) return r;
  const char *s = r.src->text;
  uint32_t p = r.start + 1, end = r.end > r.start + 1 ? r.end - 1 : r.end;
  size_t dec = 0;
  while (p < end && dec < off) {
    if (s[p] == '\\' && p + 1 < end) {
      if (s[p + 1] == 'u') {
        uint32_t q = p;
        while (q < end && s[q] != '}') q++;
        long cp = strtol(s + p + 3, NULL, 16);
        dec += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        p = q + 1;
      } else { dec++; p += 2; }
    } else { dec++; p++; }
  }
  r.start = p;
  r.end = p + (uint32_t)len <= end ? p + (uint32_t)len : end;
  return r;
}

/* Multiset difference of a's tokens of kind k minus b's, as "x, y" (or "—"). */
static const char *only_in(const I18nTok *a, int na, const I18nTok *b, int nb, I18nTokKind k, int *count) {
  bool *taken = zan_alloc_atomic(sizeof(bool) * (size_t)(nb > 0 ? nb : 1));
  Buf out;
  buf_init(&out);
  int c = 0;
  for (int i = 0; i < na; i++) {
    if (a[i].kind != k) continue;
    int j = 0;
    for (; j < nb; j++)
      if (!taken[j] && b[j].kind == k && strcmp(a[i].norm, b[j].norm) == 0) break;
    if (j < nb) { taken[j] = true; continue; }
    buf_printf(&out, "%s%s", c ? ", " : "", a[i].norm);
    c++;
  }
  *count = c;
  return c ? zan_strdup(buf_cstr(&out)) : "—";
}

static int check_tokens(const I18nText *t, int l, Diags *d) {
  const TextItem *src = i18n_source(t), *tr = i18n_item(t, (Lang)l);
  int na, nb, found = 0;
  I18nTok *a = i18n_extract(src->text, &na), *b = i18n_extract(tr->text, &nb);
  static const MsgId ids[3] = { W_I18N_PLACEHOLDERS, W_I18N_NUMBERS, W_I18N_DATES };
  static const I18nTokKind kinds[3] = { I18N_TOK_PLACEHOLDER, I18N_TOK_NUMBER, I18N_TOK_DATE };
  for (int k = 0; k < 3; k++) {
    int ca, cb;
    const char *oa = only_in(a, na, b, nb, kinds[k], &ca), *ob = only_in(b, nb, a, na, kinds[k], &cb);
    if (!ca && !cb) continue;
    Diag *g = diag_report(d, DIAG_WARNING, tr->loc, ids[k], t->id, tag(t->source), tag(l),
                          tag(t->source), oa, tag(l), ob);
    if (g) diag_add_note(d, g, src->loc, N_I18N_TEXT_HERE, tag(t->source));
    found++;
  }
  return found;
}

/* Terms used (strictly) in language a's text whose approved term is missing (loosely) from
 * language b's text: reported at b's text, with a note where a uses the term. */
static int check_glossary(const I18nText *t, const Glossary *g, int a, int b, Diags *d) {
  const TextItem *ta = i18n_item(t, (Lang)a), *tb = i18n_item(t, (Lang)b);
  size_t *used = zan_alloc_atomic(sizeof(size_t) * (size_t)(g->n > 0 ? g->n : 1));
  terms_used(g, (Lang)a, ta->text, used);
  int found = 0;
  for (int e = 0; e < g->n; e++) {
    if (!used[e] || g->entries[e].nforms[b] == 0) continue;
    if (i18n_term_used(g, e, (Lang)b, tb->text, false, NULL, NULL)) continue;
    size_t off = used[e] - 1, len = 0;
    i18n_term_used(g, e, (Lang)a, ta->text + off, true, NULL, &len);
    const char *word = zan_strndup(ta->text + off, len);
    Diag *x = diag_report(d, DIAG_WARNING, tb->loc, W_I18N_GLOSSARY, t->id, tag(a), word, tag(b),
                          g->entries[e].forms[b][0].text);
    if (x) diag_add_note(d, x, text_loc(ta, off, len), N_I18N_TERM_HERE, tag(a), word);
    found++;
  }
  return found;
}

int i18n_check(const I18nText *t, int n, const I18nCheckOptions *o, Diags *d) {
  static const int order[3] = { LANG_KK, LANG_RU, LANG_EN };
  int found = 0;
  for (int i = 0; i < n; i++) {
    const I18nText *x = &t[i];
    int S = x->source;
    const TextItem *src = i18n_source(x);
    if (!src && (o->only_lang < 0 || o->only_lang == S)) {
      diag_report(d, DIAG_WARNING, x->texts->loc, W_I18N_MISSING, x->id, tag(S));
      found++;
    }
    if (src && src->fingerprint) {
      diag_report(d, DIAG_WARNING, src->fp_loc, W_I18N_SOURCE_FP, x->id, tag(S));
      found++;
    }
    char fp[9] = "";
    if (src) i18n_fingerprint(src->text, fp);
    for (int k = 0; k < 3; k++) {
      int l = order[k];
      if (l == S || (o->only_lang >= 0 && o->only_lang != l)) continue;
      const TextItem *tr = i18n_item(x, (Lang)l);
      if (!tr) {
        diag_report(d, DIAG_WARNING, x->texts->loc, W_I18N_MISSING, x->id, tag(l));
        found++;
        continue;
      }
      if (!src) continue;
      /* an official text is the law's words, made from nothing: never stale; only the
       * placeholders, numbers, dates and terms it shares with the source are compared */
      if (!x->official[l]) {
        if (tr->fingerprint && !i18n_fingerprint_valid(tr->fingerprint)) {
          diag_report(d, DIAG_WARNING, tr->fp_loc, W_I18N_BAD_FP, x->id, tr->fingerprint);
          found++;
        } else if (tr->fingerprint && strcasecmp(tr->fingerprint, fp) != 0) {
          Diag *g = diag_report(d, DIAG_WARNING, tr->fp_loc, W_I18N_STALE, x->id, tag(l), tag(S),
                                tr->fingerprint, fp);
          if (g) diag_add_note(d, g, src->loc, N_I18N_TEXT_HERE, tag(S));
          found++;
        } else if (!tr->fingerprint && o->strict) {
          diag_report(d, DIAG_WARNING, tr->loc, W_I18N_UNSTAMPED, x->id, tag(l), tag(S));
          found++;
        }
      }
      found += check_tokens(x, l, d);
      if (o->glossary) {
        found += check_glossary(x, o->glossary, S, l, d);
        found += check_glossary(x, o->glossary, l, S, d);
      }
    }
  }
  return found;
}

/* ================================================================ previous source texts */

static void store_escape(Buf *b, const char *s) {
  for (; *s; s++) {
    switch (*s) {
    case '\\': buf_puts(b, "\\\\"); break;
    case '\n': buf_puts(b, "\\n"); break;
    case '\t': buf_puts(b, "\\t"); break;
    case '\r': buf_puts(b, "\\r"); break;
    default: buf_push(b, *s);
    }
  }
}

static const char *store_unescape(const char *s, size_t n) {
  Buf b;
  buf_init(&b);
  for (size_t i = 0; i < n; i++) {
    if (s[i] != '\\' || i + 1 == n) { buf_push(&b, s[i]); continue; }
    char c = s[++i];
    buf_push(&b, c == 'n' ? '\n' : c == 't' ? '\t' : c == 'r' ? '\r' : c);
  }
  return buf_cstr(&b);
}

/* The index of fp, or -(insertion point) - 1: the store is kept sorted. */
static int store_find(const I18nStore *s, const char *fp) {
  int lo = 0, hi = s->n;
  while (lo < hi) {
    int mid = (lo + hi) / 2, c = strcmp(s->fps[mid], fp);
    if (c == 0) return mid;
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  return -lo - 1;
}

static void store_insert(I18nStore *s, const char *fp, const char *text) {
  int at = store_find(s, fp);
  if (at >= 0) return;              /* one text per fingerprint: the first kept */
  at = -at - 1;
  if (s->n == s->cap) {
    int cap = s->cap ? 2 * s->cap : 64;
    const char **f = ZAN_NEWN(const char *, cap), **t = ZAN_NEWN(const char *, cap);
    if (s->n) { memcpy(f, s->fps, sizeof *f * (size_t)s->n); memcpy(t, s->texts, sizeof *t * (size_t)s->n); }
    s->fps = f; s->texts = t; s->cap = cap;
  }
  memmove(s->fps + at + 1, s->fps + at, sizeof *s->fps * (size_t)(s->n - at));
  memmove(s->texts + at + 1, s->texts + at, sizeof *s->texts * (size_t)(s->n - at));
  s->fps[at] = fp; s->texts[at] = text;
  s->n++;
}

I18nStore *i18n_store_read(const char *path, const char **err) {
  I18nStore *s = ZAN_NEW(I18nStore);
  Source *src = source_read_file(path, err);
  if (!src) {
    if (errno == ENOENT) { *err = NULL; return s; }
    return NULL;
  }
  const char *p = src->text, *end = src->text + src->len;
  while (p < end) {
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    const char *le = nl ? nl : end;
    const char *tab = memchr(p, '\t', (size_t)(le - p));
    if (tab && tab - p == 8) {
      const char *fp = zan_strndup(p, 8);
      if (i18n_fingerprint_valid(fp)) store_insert(s, fp, store_unescape(tab + 1, (size_t)(le - tab - 1)));
    }
    p = nl ? nl + 1 : end;
  }
  return s;
}

const char *i18n_store_get(const I18nStore *s, const char *fp) {
  if (!s || !fp || !i18n_fingerprint_valid(fp)) return NULL;
  char low[9];
  for (int i = 0; i < 8; i++) low[i] = (char)(fp[i] >= 'A' && fp[i] <= 'F' ? fp[i] - 'A' + 'a' : fp[i]);
  low[8] = 0;
  int at = store_find(s, low);
  return at >= 0 ? s->texts[at] : NULL;
}

void i18n_store_put(I18nStore *s, const char *text) {
  char fp[9];
  i18n_fingerprint(text, fp);
  if (store_find(s, fp) >= 0) return;
  size_t n = strlen(text);
  store_insert(s, zan_strdup(fp), utf8_validate(text, n) == n ? utf8_nfc(text, n, NULL) : zan_strdup(text));
  s->changed = true;
}

const char *i18n_store_format(const I18nStore *s) {
  Buf b;
  buf_init(&b);
  for (int i = 0; i < s->n; i++) {
    buf_puts(&b, s->fps[i]);
    buf_push(&b, '\t');
    store_escape(&b, s->texts[i]);
    buf_push(&b, '\n');
  }
  return buf_cstr(&b);
}
