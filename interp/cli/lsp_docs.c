/* lsp_docs.c — the server's view of the files: open documents (the editor's text wins over
 * the disk), file: URIs, LSP positions (UTF-16 code units, or UTF-8 bytes when negotiated),
 * and the analysis of a document's folder, redone only after a change. */
#include <string.h>
#include <stdlib.h>
#include <limits.h>
#include "lsp.h"
#include "../../lang/base/alloc.h"

LspDoc *lsp_doc(Lsp *s, const char *uri) {
  if (!uri) return NULL;
  for (int i = 0; i < s->docs.n; i++) {
    LspDoc *d = s->docs.items[i];
    if (strcmp(d->uri, uri) == 0) return d;
  }
  return NULL;
}

static int hexval(char c) {
  return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

const char *lsp_uri_to_path(const char *uri) {
  if (!uri || strncmp(uri, "file://", 7) != 0) return NULL;
  const char *p = uri + 7;
  if (*p != '/') { p = strchr(p, '/'); if (!p) return NULL; }   /* file://host/path */
  Buf b; buf_init(&b);
  for (; *p; p++) {
    if (*p == '%' && hexval(p[1]) >= 0 && hexval(p[2]) >= 0) { buf_push(&b, (char)(hexval(p[1]) * 16 + hexval(p[2]))); p += 2; }
    else buf_push(&b, *p);
  }
  const char *path = buf_cstr(&b);
  if (strlen(path) != b.len) return NULL;   /* %00 */
  return path;
}

const char *lsp_path_to_uri(const char *path) {
  Buf b; buf_init(&b);
  buf_puts(&b, "file://");
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || strchr("/-._~", *p) || *p >= 0x80)
      buf_push(&b, (char)*p);
    else buf_printf(&b, "%%%02X", *p);
  }
  return buf_cstr(&b);
}

LspDoc *lsp_doc_open(Lsp *s, const char *uri, const char *text, size_t len, long version) {
  LspDoc *d = lsp_doc(s, uri);
  if (!d) {
    const char *path = lsp_uri_to_path(uri);
    if (!path) return NULL;
    d = ZAN_NEW(LspDoc);
    d->uri = zan_strdup(uri);
    /* the folder as the loader will name the file: its real path, so both sides agree */
    const char *slash = strrchr(path, '/');
    char *dir = zan_strndup(path, slash > path ? (size_t)(slash - path) : 1);
    char *real = realpath(dir, NULL);
    if (real) { dir = zan_strdup(real); free(real); }
    d->dir = dir;
    d->path = zan_sprintf("%s/%s", strcmp(dir, "/") ? dir : "", slash + 1);
    vec_push(&s->docs, d);
  }
  buf_init(&d->text);
  buf_append(&d->text, text, len);
  d->version = version;
  lsp_mark_stale(s, d->dir);
  return d;
}

void lsp_doc_close(Lsp *s, const char *uri) {
  for (int i = 0; i < s->docs.n; i++) {
    LspDoc *d = s->docs.items[i];
    if (strcmp(d->uri, uri) != 0) continue;
    lsp_mark_stale(s, d->dir);
    memmove(&s->docs.items[i], &s->docs.items[i + 1], sizeof(void *) * (size_t)(s->docs.n - i - 1));
    s->docs.n--;
    return;
  }
}

/* ---- positions ---- */

/* Code units of the UTF-8 bytes [a, b) in the client's encoding. */
static uint32_t units(const Lsp *s, const char *a, const char *b) {
  if (s->utf8) return (uint32_t)(b - a);
  uint32_t n = 0;
  for (const unsigned char *p = (const unsigned char *)a; p < (const unsigned char *)b; p++) {
    if ((*p & 0xC0) == 0x80) continue;
    n += *p >= 0xF0 ? 2 : 1;
  }
  return n;
}

void lsp_position(const Lsp *s, const char *text, size_t len, uint32_t off, Buf *out) {
  if (off > len) off = (uint32_t)len;
  uint32_t line = 0, start = 0;
  for (uint32_t i = 0; i < off; i++) if (text[i] == '\n') { line++; start = i + 1; }
  buf_printf(out, "{\"line\":%u,\"character\":%u}", line, units(s, text + start, text + off));
}

/* Positions of both ends of a location, from the line table of its Source. */
void lsp_range(const Lsp *s, Loc loc, Buf *out) {
  const Source *src = loc.src;
  uint32_t ends[2] = { loc.start, loc.end < loc.start ? loc.start : loc.end };
  buf_puts(out, "{\"start\":");
  for (int k = 0; k < 2; k++) {
    uint32_t off = ends[k] > src->len ? (uint32_t)src->len : ends[k];
    int line, col;
    source_linecol(src, off, &line, &col);
    size_t ll;
    const char *ls = source_line_text(src, off, &ll);
    buf_printf(out, "{\"line\":%d,\"character\":%u}", line - 1, units(s, ls, src->text + off));
    buf_puts(out, k ? "}" : ",\"end\":");
  }
}

void lsp_location(const Lsp *s, Loc loc, Buf *out) {
  buf_puts(out, "{\"uri\":");
  lj_string(out, lsp_path_to_uri(loc.src->path));
  buf_puts(out, ",\"range\":");
  lsp_range(s, loc, out);
  buf_puts(out, "}");
}

bool lsp_offset(const Lsp *s, const char *text, size_t len, const FNode *pos, uint32_t *off) {
  long line, ch;
  if (!lj_long(pos, "line", &line) || !lj_long(pos, "character", &ch)) return false;
  size_t i = 0;
  for (long l = 0; l < line; l++) {
    const char *nl = memchr(text + i, '\n', len - i);
    if (!nl) { *off = (uint32_t)len; return true; }   /* past the end: the end (as editors expect) */
    i = (size_t)(nl - text) + 1;
  }
  long u = 0;
  while (i < len && text[i] != '\n' && u < ch) {
    unsigned char c = (unsigned char)text[i];
    int nb = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    u += s->utf8 ? nb : (c >= 0xF0 ? 2 : 1);
    i += (size_t)nb;
    if (i > len) i = len;
  }
  *off = (uint32_t)i;
  return true;
}

bool lsp_doc_change(Lsp *s, LspDoc *d, const FNode *change) {
  const FNode *text = lj_get(change, "text");
  if (!text || text->kind != FN_STR) return false;
  const FNode *range = lj_get(change, "range");
  if (!range) {
    buf_clear(&d->text);
    buf_append(&d->text, text->s, text->len);
  } else {
    uint32_t a, b;
    const char *t = d->text.len ? d->text.data : "";
    if (!lsp_offset(s, t, d->text.len, lj_get(range, "start"), &a) ||
        !lsp_offset(s, t, d->text.len, lj_get(range, "end"), &b) || b < a) return false;
    Buf nb; buf_init(&nb);
    buf_append(&nb, t, a);
    buf_append(&nb, text->s, text->len);
    buf_append(&nb, t + b, d->text.len - b);
    d->text = nb;
  }
  lsp_mark_stale(s, d->dir);
  return true;
}

/* ---- analysis ---- */

void lsp_mark_stale(Lsp *s, const char *dir) {
  for (int i = 0; i < s->policies.n; i++) {
    LspPolicy *p = s->policies.items[i];
    if (strcmp(p->dir, dir) == 0) p->stale = true;
  }
}

/* The loader's reader: an open document's text, else the file. */
static Source *read_overlay(const char *path, const char **err, void *ctx) {
  Lsp *s = ctx;
  for (int i = 0; i < s->docs.n; i++) {
    LspDoc *d = s->docs.items[i];
    if (strcmp(d->path, path) != 0) continue;
    if (d->text.len > LSP_MAX_DOCUMENT) {     /* reported on the document, not checked */
      *err = zan_sprintf(msg_format(E_LSP_DOC_TOO_LARGE, s->lang), LSP_MAX_DOCUMENT >> 20);
      return NULL;
    }
    return source_from_string(d->path, d->text.len ? d->text.data : "", d->text.len);
  }
  return source_read_file(path, err);
}

LspPolicy *lsp_policy(Lsp *s, const char *dir) {
  LspPolicy *p = NULL;
  for (int i = 0; i < s->policies.n; i++) {
    LspPolicy *q = s->policies.items[i];
    if (strcmp(q->dir, dir) == 0) p = q;
  }
  if (p && !p->stale) return p;
  if (!p) { p = ZAN_NEW(LspPolicy); p->dir = zan_strdup(dir); vec_push(&s->policies, p); }
  LoadOptions o = s->env->load;
  o.library_ok = true;
  o.read = read_overlay;
  o.read_ctx = s;
  Vec open = { 0 };                          /* open documents not saved yet count too */
  for (int i = 0; i < s->docs.n; i++) vec_push(&open, (void *)((LspDoc *)s->docs.items[i])->path);
  o.extra_files = (const char *const *)open.items;
  o.nextra_files = open.n;
  diags_init(&p->diags, s->lang);
  p->diags.max_errors = 1000;
  p->files = NULL; p->nfiles = 0;
  p->prog = load_policy_files(dir, &o, &p->diags, &p->files, &p->nfiles);
  p->q = query_build(p->files, p->nfiles, NULL);
  p->stale = false;
  return p;
}

bool lsp_at(Lsp *s, const FNode *params, LspAt *at) {
  memset(at, 0, sizeof *at);
  at->doc = lsp_doc(s, lj_str(params, "textDocument.uri"));
  if (!at->doc) return false;
  at->pol = lsp_policy(s, at->doc->dir);
  for (int i = 0; i < at->pol->nfiles; i++)
    if (at->pol->files[i] && at->pol->files[i]->src && strcmp(at->pol->files[i]->src->path, at->doc->path) == 0) {
      at->file = at->pol->files[i];
      at->src = at->file->src;
    }
  const FNode *pos = lj_get(params, "position");
  if (pos && at->src) at->has_off = lsp_offset(s, at->src->text, at->src->len, pos, &at->off);
  return at->src != NULL;
}
