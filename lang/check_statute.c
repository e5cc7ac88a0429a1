/* check_statute.c — the policy header's `statute "ACT" LANG "FILE"` clauses: reading the shipped
 * statute texts and checking that every text marked official in LANG, of an article of ACT, occurs
 * in the file word for word (whitespace runs and markdown heading marks `#` count as one space). */
#include <string.h>
#include "check.h"
#include "base/alloc.h"
#include "base/buf.h"
#include "base/utf8.h"

/* A whitespace code point of length *len at s, or 0: ASCII white space, no-break spaces and the
 * typographic spaces (U+2000–U+200A), which legal databases put where a plain space was meant. */
static int space_at(const unsigned char *s, size_t n, int *len) {
  if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == '\f' || *s == '\v') { *len = 1; return 1; }
  if (*s < 0x80) return 0;
  int32_t cp;
  int l = utf8_decode(s, n, &cp);
  if (l <= 0) return 0;
  if (cp == 0xA0 || cp == 0x202F || cp == 0x3000 || (cp >= 0x2000 && cp <= 0x200A)) { *len = l; return 1; }
  return 0;
}

/* s normalised for comparison: NFC, every whitespace run one space, no space at either end.
 * markdown: also drops HTML comments and the `#` marks that open a heading line. */
static const char *normalise(const char *s, size_t n, bool markdown) {
  size_t nl;
  const unsigned char *t = (const unsigned char *)utf8_nfc(s, n, &nl);
  Buf b;
  buf_init(&b);
  bool space = false, line_start = true;
  for (size_t i = 0; i < nl;) {
    if (markdown && t[i] == '<' && nl - i >= 4 && memcmp(t + i, "<!--", 4) == 0) {
      const char *end = strstr((const char *)t + i + 4, "-->");
      i = end ? (size_t)(end - (const char *)t) + 3 : nl;
      space = true;
      continue;
    }
    if (markdown && line_start && t[i] == '#') {
      while (i < nl && t[i] == '#') i++;
      space = true;
      line_start = false;
      continue;
    }
    int len;
    if (space_at(t + i, nl - i, &len)) {
      if (t[i] == '\n') line_start = true;
      space = true;
      i += (size_t)len;
      continue;
    }
    line_start = false;
    if (space && b.len) buf_push(&b, ' ');
    space = false;
    buf_push(&b, (char)t[i++]);
  }
  return buf_cstr(&b);
}

/* The end of the first k words of s (s normalised: words are separated by one space). */
static size_t words_end(const char *s, int k) {
  const char *p = s;
  for (int i = 0; i < k && *p; i++) {
    const char *sp = strchr(p, ' ');
    p = sp ? sp + 1 : p + strlen(p);
  }
  return (size_t)(p - s);
}

static int count_words(const char *s) {
  if (!*s) return 0;
  int n = 1;
  for (; *s; s++) if (*s == ' ') n++;
  return n;
}

static bool occurs(const char *hay, const char *s, size_t len) {
  char *needle = zan_strndup(s, len);
  while (len && needle[len - 1] == ' ') needle[--len] = 0;
  return len == 0 || strstr(hay, needle) != NULL;
}

/* A text that is not in the statute: the words from the first one that no longer matches (the
 * longest prefix that occurs somewhere in the statute, found by halving), at most six of them. */
static const char *first_difference(const char *stat, const char *text) {
  int lo = 0, hi = count_words(text);     /* prefix of lo words occurs; of hi words does not */
  while (hi - lo > 1) {
    int mid = lo + (hi - lo) / 2;
    if (occurs(stat, text, words_end(text, mid))) lo = mid; else hi = mid;
  }
  const char *from = text + words_end(text, lo);
  size_t len = words_end(from, 6);
  while (len && from[len - 1] == ' ') len--;
  return from[len] ? zan_sprintf("%.*s…", (int)len, from) : from;
}

/* The folder of the file holding the header: statute paths are relative to it. */
static const char *header_dir(const Node *h) {
  const char *path = h->loc.src && h->loc.src->path ? h->loc.src->path : "";
  const char *slash = strrchr(path, '/');
  return slash ? zan_strndup(path, (size_t)(slash - path + 1)) : "";
}

void check_statutes(Checker *ck) {
  const Node *h = ck->policy;
  if (!h || !h->as.policy.nstatutes) return;
  static const char *langs[] = {"kk", "ru", "en"};
  const char *dir = header_dir(h);
  Program *p = ck->prog;
  for (int i = 0; i < h->as.policy.nstatutes; i++) {
    const StatuteAst *st = &h->as.policy.statutes[i];
    if (!st->lang.text || !st->act || !st->path) continue;
    bool lang_ok = false;
    for (int j = 0; j < 3; j++) if (strcmp(st->lang.text, langs[j]) == 0) lang_ok = true;
    if (!lang_ok) { diag_report(ck->d, DIAG_ERROR, st->lang.loc, E_TEXT_BAD_LANG, st->lang.text); continue; }
    bool dup = false;
    for (int j = 0; j < i && !dup; j++) {
      const StatuteAst *o = &h->as.policy.statutes[j];
      if (o->act && o->lang.text && strcmp(o->act, st->act) == 0 && strcmp(o->lang.text, st->lang.text) == 0) {
        Diag *g = diag_report(ck->d, DIAG_ERROR, st->act_loc, E_STATUTE_TWICE, st->act, st->lang.text);
        if (g) diag_add_note(ck->d, g, o->act_loc, N_FIRST_DEFINED_HERE);
        dup = true;
      }
    }
    if (dup) continue;
    const char *file = st->path[0] == '/' ? st->path : zan_sprintf("%s%s", dir, st->path);
    const char *err = NULL;
    Source *src = source_read_file(file, &err);
    if (!src) { diag_report(ck->d, DIAG_ERROR, st->path_loc, E_STATUTE_READ, file, err ? err : "?"); continue; }
    size_t bad = utf8_validate(src->text, src->len);
    if (bad < src->len) { diag_report(ck->d, DIAG_ERROR, st->path_loc, E_STATUTE_UTF8, file, (unsigned long)bad); continue; }
    const char *stat = NULL;                 /* normalised once, when a text needs it */
    for (int a = 0; a < p->narticles; a++) {
      const IrArticle *A = &p->articles[a];
      if (!A->act || strcmp(A->act, st->act) != 0 || !A->text || !A->text_status) continue;
      for (int k = 0; k < A->text->n; k++) {
        const TextItem *it = &A->text->items[k];
        if (A->text_status[k] != ST_OFFICIAL || !it->lang.text || !it->text || strcmp(it->lang.text, st->lang.text) != 0) continue;
        if (!stat) stat = normalise(src->text, src->len, true);
        const char *t = normalise(it->text, strlen(it->text), false);
        if (strstr(stat, t)) continue;
        diag_report(ck->d, DIAG_ERROR, it->loc, E_STATUTE_MISMATCH, it->lang.text, A->id, st->path,
                    first_difference(stat, t));
      }
    }
  }
}
