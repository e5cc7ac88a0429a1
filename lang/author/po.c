/* po.c — gettext PO files: writing entries that msgfmt -c accepts, and reading them back
 * (entries, flags, escapes, multi-line strings) with errors at line:col. */
#include "po.h"
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include "base/alloc.h"
#include "base/utf8.h"

/* ================================================================ writer */

static void put_escaped(Buf *b, const char *s, size_t n) {
  buf_push(b, '"');
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case '"':  buf_puts(b, "\\\""); break;
    case '\\': buf_puts(b, "\\\\"); break;
    case '\n': buf_puts(b, "\\n"); break;
    case '\t': buf_puts(b, "\\t"); break;
    case '\r': buf_puts(b, "\\r"); break;
    default:
      if (c < 0x20 || c == 0x7F) buf_printf(b, "\\%03o", c);
      else buf_push(b, (char)c);
    }
  }
  buf_push(b, '"');
}

void po_write_string(Buf *b, const char *keyword, const char *s) {
  buf_puts(b, keyword);
  buf_push(b, ' ');
  const char *nl = strchr(s, '\n');
  if (!nl || nl[1] == 0) {   /* one line (a single trailing \n stays on it) */
    put_escaped(b, s, strlen(s));
    buf_push(b, '\n');
    return;
  }
  buf_puts(b, "\"\"\n");
  while (*s) {
    nl = strchr(s, '\n');
    size_t n = nl ? (size_t)(nl - s) + 1 : strlen(s);
    put_escaped(b, s, n);
    buf_push(b, '\n');
    s += n;
  }
}

void po_write_entry(Buf *b, const PoEntry *e) {
  if (e->comment)
    for (const char *s = e->comment; *s;) {
      const char *nl = strchr(s, '\n');
      size_t n = nl ? (size_t)(nl - s) : strlen(s);
      buf_printf(b, "#. %.*s\n", (int)n, s);
      s += n + (nl ? 1 : 0);
    }
  if (e->reference) buf_printf(b, "#: %s\n", e->reference);
  if (e->fuzzy) buf_puts(b, "#, fuzzy\n");
  if (e->previous) {   /* as msgmerge writes it: the msgid lines, each after "#| " */
    Buf p;
    buf_init(&p);
    po_write_string(&p, "msgid", e->previous);
    for (const char *s = buf_cstr(&p); *s;) {
      const char *nl = strchr(s, '\n');
      size_t n = nl ? (size_t)(nl - s) + 1 : strlen(s);
      buf_puts(b, "#| ");
      buf_append(b, s, n);
      s += n;
    }
  }
  if (e->ctxt) po_write_string(b, "msgctxt", e->ctxt);
  po_write_string(b, "msgid", e->id);
  po_write_string(b, "msgstr", e->str);
  buf_push(b, '\n');
}

/* ================================================================ reader */

typedef struct PoReader {
  const Source *src;
  const char   *t;
  size_t        n, i;      /* i: the current line's start */
  Diags        *d;
  int           errors;
} PoReader;

static Loc at(const PoReader *r, size_t s, size_t e) { Loc l = { r->src, (uint32_t)s, (uint32_t)e }; return l; }

static const char *shown(const PoReader *r, size_t s, size_t e) {
  if (s >= e) return msg_format(N_PO_END_OF_LINE, r->d->lang);
  size_t k = e - s > 30 ? 30 : e - s;
  return zan_sprintf("'%.*s'", (int)k, r->t + s);
}

/* Parses a "…" string at p (within [p, eol)); appends its value to b. Returns the offset
 * after the closing quote, or 0 after reporting an error. */
static size_t read_string(PoReader *r, size_t p, size_t eol, Buf *b) {
  const char *t = r->t;
  if (p >= eol || t[p] != '"') {
    diag_report(r->d, DIAG_ERROR, at(r, p, p < eol ? p + 1 : p), E_PO_EXPECTED, msg_format(N_PO_A_STRING, r->d->lang), shown(r, p, eol));
    r->errors++;
    return 0;
  }
  size_t q = p + 1;
  while (q < eol && t[q] != '"') {
    if (t[q] != '\\') { buf_push(b, t[q++]); continue; }
    if (q + 1 >= eol) break;
    char c = t[q + 1];
    switch (c) {
    case 'n': buf_push(b, '\n'); q += 2; break;
    case 't': buf_push(b, '\t'); q += 2; break;
    case 'r': buf_push(b, '\r'); q += 2; break;
    case 'a': buf_push(b, '\a'); q += 2; break;
    case 'b': buf_push(b, '\b'); q += 2; break;
    case 'f': buf_push(b, '\f'); q += 2; break;
    case 'v': buf_push(b, '\v'); q += 2; break;
    case '"': case '\\': case '\'': case '?': buf_push(b, c); q += 2; break;
    case 'x': {
      size_t k = q + 2;
      int v = 0, nd = 0;
      while (k < eol && isxdigit((unsigned char)t[k]) && nd < 2) {
        v = v * 16 + (isdigit((unsigned char)t[k]) ? t[k] - '0' : (tolower((unsigned char)t[k]) - 'a' + 10));
        k++; nd++;
      }
      if (!nd) goto bad;
      buf_push(b, (char)v);
      q = k;
      break;
    }
    default:
      if (c >= '0' && c <= '7') {
        size_t k = q + 1;
        int v = 0, nd = 0;
        while (k < eol && t[k] >= '0' && t[k] <= '7' && nd < 3) { v = v * 8 + (t[k] - '0'); k++; nd++; }
        buf_push(b, (char)v);
        q = k;
        break;
      }
    bad:
      diag_report(r->d, DIAG_ERROR, at(r, q, q + 2), E_PO_BAD_ESCAPE, zan_strndup(t + q + 1, 1));
      r->errors++;
      return 0;
    }
  }
  if (q >= eol) {
    diag_report(r->d, DIAG_ERROR, at(r, p, p + 1), E_PO_UNTERMINATED);
    r->errors++;
    return 0;
  }
  return q + 1;
}

static size_t skip_blanks(const char *t, size_t p, size_t eol) {
  while (p < eol && (t[p] == ' ' || t[p] == '\t')) p++;
  return p;
}

/* Reads `KEYWORD "…"` continued by lines that are only strings (in an obsolete entry each
 * prefixed by `#~`). *pos is the current line start; on return it is the next unread line. */
static const char *read_value(PoReader *r, size_t p, size_t eol, size_t *pos, bool obsolete) {
  Buf b;
  buf_init(&b);
  p = skip_blanks(r->t, p, eol);
  size_t e = read_string(r, p, eol, &b);
  if (!e) return NULL;
  e = skip_blanks(r->t, e, eol);
  if (e < eol) {
    diag_report(r->d, DIAG_ERROR, at(r, e, eol), E_PO_EXPECTED, msg_format(N_PO_END_OF_THE_LINE, r->d->lang), shown(r, e, eol));
    r->errors++;
    return NULL;
  }
  size_t next = eol < r->n ? eol + 1 : eol;
  for (;;) {
    size_t ls = next;
    if (ls >= r->n) break;
    size_t le = ls;
    while (le < r->n && r->t[le] != '\n') le++;
    size_t lend = le > ls && r->t[le - 1] == '\r' ? le - 1 : le;
    size_t q = skip_blanks(r->t, ls, lend);
    if (obsolete) {
      if (q + 1 < lend && r->t[q] == '#' && r->t[q + 1] == '~') q = skip_blanks(r->t, q + 2, lend);
      else break;
    }
    if (q >= lend || r->t[q] != '"') break;
    e = read_string(r, q, lend, &b);
    if (!e) return NULL;
    e = skip_blanks(r->t, e, lend);
    if (e < lend) {
      diag_report(r->d, DIAG_ERROR, at(r, e, lend), E_PO_EXPECTED, msg_format(N_PO_END_OF_THE_LINE, r->d->lang), shown(r, e, lend));
      r->errors++;
      return NULL;
    }
    next = le < r->n ? le + 1 : le;
  }
  *pos = next;
  /* \0, \x82, \377…: escapes can make what the file's own UTF-8 check never saw; a text
   * written back into a .zan file must be UTF-8 and must not be cut at a NUL (fuzz_po found it) */
  if ((b.len && memchr(b.data, 0, b.len)) || utf8_validate(b.data ? b.data : "", b.len) < b.len) {
    diag_report(r->d, DIAG_ERROR, at(r, p, eol), E_PO_ESCAPED_BYTES);
    r->errors++;
    return NULL;
  }
  return zan_strndup(b.data ? b.data : "", b.len);
}

static bool kw(const char *t, size_t p, size_t eol, const char *k, size_t *after) {
  size_t n = strlen(k);
  if (p + n > eol || memcmp(t + p, k, n) != 0) return false;
  if (p + n < eol && t[p + n] != ' ' && t[p + n] != '\t' && t[p + n] != '"') return false;
  *after = p + n;
  return true;
}

PoFile *po_parse(const Source *src, Diags *d) {
  PoReader r = { src, src->text, src->len, 0, d, 0 };
  size_t bad = utf8_validate(src->text, src->len);
  if (bad < src->len) {
    diag_report(d, DIAG_ERROR, at(&r, bad, bad + 1), E_PO_BAD_UTF8);
    return NULL;
  }
  Vec v;
  memset(&v, 0, sizeof v);
  PoEntry cur;
  memset(&cur, 0, sizeof cur);
  bool have = false;       /* cur has a msgid */
  bool flags_fuzzy = false, pending_comments = false;
  size_t pos = 0;
  if (r.n >= 3 && memcmp(r.t, "\xEF\xBB\xBF", 3) == 0) pos = 3;   /* a BOM some editors write */
  while (pos < r.n) {
    size_t ls = pos, le = ls;
    while (le < r.n && r.t[le] != '\n') le++;
    size_t eol = le > ls && r.t[le - 1] == '\r' ? le - 1 : le;
    size_t p = skip_blanks(r.t, ls, eol);
    size_t next = le < r.n ? le + 1 : le;
    if (p >= eol) { pos = next; continue; }
    bool obsolete = false;
    if (r.t[p] == '#') {
      if (p + 1 < eol && r.t[p + 1] == '~') {   /* obsolete entry: parsed, kept out of the result */
        obsolete = true;
        p = skip_blanks(r.t, p + 2, eol);
      } else {
        if (have) {   /* comments start the next entry */
          PoEntry *e = ZAN_NEW(PoEntry);
          *e = cur;
          vec_push(&v, e);
          memset(&cur, 0, sizeof cur);
          have = false;
          flags_fuzzy = false;
        }
        if (p + 1 < eol && r.t[p + 1] == ',') {
          const char *fl = zan_strndup(r.t + p + 2, eol - p - 2);
          for (const char *s = fl; (s = strstr(s, "fuzzy")); s += 5) {
            bool start = s == fl || s[-1] == ' ' || s[-1] == ',' || s[-1] == '\t';
            bool end = s[5] == 0 || s[5] == ' ' || s[5] == ',' || s[5] == '\t';
            if (start && end) flags_fuzzy = true;
          }
        }
        pending_comments = true;
        pos = next;
        continue;
      }
    }
    size_t after;
    const char *which = NULL;
    if (kw(r.t, p, eol, "msgctxt", &after)) which = "msgctxt";
    else if (kw(r.t, p, eol, "msgid_plural", &after)) which = "msgid_plural";
    else if (kw(r.t, p, eol, "msgid", &after)) which = "msgid";
    else if (kw(r.t, p, eol, "msgstr[0]", &after)) which = "msgstr[0]";
    else if (p + 7 < eol && memcmp(r.t + p, "msgstr[", 7) == 0) {
      size_t q = p + 7;
      while (q < eol && r.t[q] != ']') q++;
      which = "msgstr[n]";
      after = q < eol ? q + 1 : eol;
    } else if (kw(r.t, p, eol, "msgstr", &after)) which = "msgstr";
    if (!which) {
      size_t e = p;
      while (e < eol && r.t[e] != ' ' && r.t[e] != '\t') e++;
      diag_report(d, DIAG_ERROR, at(&r, p, e), E_PO_EXPECTED, msg_format(N_PO_ENTRY_START, d->lang),
                  shown(&r, p, e));
      r.errors++;
      pos = next;
      continue;
    }
    /* a new entry starts at msgctxt, or at msgid when the current one already has one */
    if ((!strcmp(which, "msgctxt") && (have || cur.ctxt)) || (!strcmp(which, "msgid") && have)) {
      if (have) {
        PoEntry *e = ZAN_NEW(PoEntry);
        *e = cur;
        vec_push(&v, e);
      }
      memset(&cur, 0, sizeof cur);
      have = false;
      if (!pending_comments) flags_fuzzy = false;
    }
    if (!cur.loc.src) { cur.loc = at(&r, p, after); cur.obsolete = obsolete; }
    cur.fuzzy = flags_fuzzy;
    pending_comments = false;
    const char *val = read_value(&r, after, eol, &pos, obsolete);
    if (!val) { pos = next; continue; }
    if (!strcmp(which, "msgctxt")) cur.ctxt = val;
    else if (!strcmp(which, "msgid")) { cur.id = val; have = true; }
    else if (!strcmp(which, "msgid_plural")) cur.plural = true;
    else if (!strcmp(which, "msgstr") || !strcmp(which, "msgstr[0]")) {
      if (!have) {
        diag_report(d, DIAG_ERROR, at(&r, p, after), E_PO_EXPECTED, msg_format(N_PO_MSGID_BEFORE, d->lang), "msgstr");
        r.errors++;
      }
      cur.str = val;
    }
  }
  if (have) {
    PoEntry *e = ZAN_NEW(PoEntry);
    *e = cur;
    vec_push(&v, e);
  } else if (cur.ctxt) {
    diag_report(d, DIAG_ERROR, cur.loc, E_PO_EXPECTED, msg_format(N_PO_MSGID_AFTER, d->lang), msg_format(N_PO_END_OF_FILE, d->lang));
    r.errors++;
  }
  if (r.errors) return NULL;
  PoFile *f = ZAN_NEW(PoFile);
  f->entries = ZAN_NEWN(PoEntry, v.n);
  int k = 0;
  for (int i = 0; i < v.n; i++) {
    PoEntry *e = v.items[i];
    if (!e->str) {
      diag_report(d, DIAG_ERROR, e->loc, E_PO_EXPECTED, "msgstr", msg_format(N_PO_NEXT_ENTRY, d->lang));
      r.errors++;
      continue;
    }
    if (e->obsolete) continue;
    if (!e->ctxt && e->id[0] == 0) {   /* the header */
      f->language = po_header_field(e->str, "Language");
      const char *ct = po_header_field(e->str, "Content-Type");
      if (ct) {
        const char *cs = strstr(ct, "charset=");
        if (cs) f->charset = zan_strdup(cs + 8);
      }
    }
    f->entries[k++] = *e;
  }
  f->n = k;
  if (r.errors) return NULL;
  return f;
}

const char *po_header_field(const char *h, const char *name) {
  size_t n = strlen(name);
  for (const char *s = h; s && *s;) {
    const char *nl = strchr(s, '\n');
    size_t len = nl ? (size_t)(nl - s) : strlen(s);
    if (len > n && strncasecmp(s, name, n) == 0 && s[n] == ':') {
      const char *v = s + n + 1;
      while (*v == ' ' || *v == '\t') v++;
      size_t vl = (size_t)(s + len - v);
      while (vl && (v[vl - 1] == ' ' || v[vl - 1] == '\t')) vl--;
      return vl ? zan_strndup(v, vl) : NULL;
    }
    s = nl ? nl + 1 : NULL;
  }
  return NULL;
}
