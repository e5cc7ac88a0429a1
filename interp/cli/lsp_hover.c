/* lsp_hover.c — textDocument/hover, in the session's language: a fact's type, label and
 * question; an output's type, combine, default and the rules that set it; an article's
 * citation, title, status and text; a rule's articles and validity; a keyword of another
 * keyword set, its meaning. */
#include <string.h>
#include "lsp.h"
#include "../render.h"
#include "../../lang/base/alloc.h"

static const char *M(Lsp *s, MsgId id) { return msg_format(id, s->lang); }

/* The source text of a node (a type, a default), on one line. */
static const char *src_text(const Node *n) {
  if (!n || !n->loc.src || n->loc.end <= n->loc.start) return "?";
  char *t = zan_strndup(n->loc.src->text + n->loc.start, n->loc.end - n->loc.start);
  for (char *c = t; *c; c++) if (*c == '\n' || *c == '\r' || *c == '\t') *c = ' ';
  return t;
}

static void line(Buf *b, const char *label, const char *value) {
  if (value) buf_printf(b, "\n\n%s: %s", label, value);
}

static void validity(Lsp *s, Buf *b, const Validity *v) {
  char d1[11], d2[11];
  Buf t; buf_init(&t);
  if (v->has_from) { date_format(v->from, d1); buf_printf(&t, M(s, N_LSP_FROM), d1); }
  if (v->has_until) { date_format(v->until, d2); buf_puts(&t, v->has_from ? " " : ""); buf_printf(&t, M(s, N_LSP_UNTIL), d2); }
  line(b, M(s, N_LSP_IN_FORCE), t.len ? buf_cstr(&t) : M(s, N_LSP_ALWAYS));
}

/* A text's status: its own, else the article's, else summary (as the checker takes it). */
static const char *status_word(const Node *a, int item) {
  const Texts *t = a->as.article.text;
  if (t && item >= 0 && item < t->n && t->items[item].status.text) return t->items[item].status.text;
  return a->as.article.status.text ? a->as.article.status.text : "summary";
}

static void article(Lsp *s, Buf *b, const Node *a) {
  const char *id = a->as.article.id;
  buf_printf(b, "**%s** `\"%s\"` — %s", M(s, N_LSP_ARTICLE), id, cite_format(id, s->lang));
  if (a->as.article.act) buf_printf(b, " (%s)", a->as.article.act);
  const char *title = texts_pick(a->as.article.title, s->lang);
  if (title) buf_printf(b, "\n\n*%s*", title);
  const Texts *t = a->as.article.text;
  line(b, M(s, N_LSP_STATUS), status_word(a, texts_pick_item(t, s->lang)));   /* of the text shown */
  validity(s, b, &a->as.article.validity);
  const char *want = s->lang == LANG_RU ? "ru" : s->lang == LANG_EN ? "en" : "kk";
  const char *text = texts_pick(t, s->lang);
  if (text) buf_printf(b, "\n\n%s", text);
  else buf_printf(b, "\n\n%s", M(s, N_LSP_NO_TEXT));
  /* every language's text with its own status (else the article's) and source */
  if (t) {
    buf_puts(b, "\n");
    for (int i = 0; i < t->n; i++) {
      const TextItem *it = &t->items[i];
      buf_printf(b, "\n- `%s`: %s%s", it->lang.text ? it->lang.text : "?", status_word(a, i),
                 it->lang.text && !strcmp(it->lang.text, want) ? " ✓" : "");
      if (it->source) buf_printf(b, " — %s", it->source);
    }
  }
}

static void rule(Lsp *s, Buf *b, const Node *r) {
  if (r->as.rule.is_exception) {
    Buf to; buf_init(&to);      /* `to r1, r2`: every base */
    for (int i = 0; i < r->as.rule.nbases; i++) {
      if (i) buf_puts(&to, ", ");
      buf_puts(&to, r->as.rule.bases[i].text ? r->as.rule.bases[i].text : "?");
    }
    buf_printf(b, "**%s** `%s`", zan_sprintf(M(s, N_LSP_EXCEPTION), to.len ? buf_cstr(&to) : "?"),
               r->as.rule.name.text);
  }
  else buf_printf(b, "**%s** `%s`", M(s, N_LSP_RULE), r->as.rule.name.text);
  if (r->as.rule.target.text)
    buf_printf(b, "\n\n`%s %s`", r->as.rule.target.text, r->as.rule.includes ? "includes …" : "= …");
  if (r->as.rule.ncites) {
    Buf c; buf_init(&c);
    for (int i = 0; i < r->as.rule.ncites; i++)
      buf_printf(&c, "%s%s (\"%s\")", i ? "; " : "", cite_format(r->as.rule.cites[i], s->lang), r->as.rule.cites[i]);
    line(b, M(s, N_LSP_CITES), buf_cstr(&c));
  }
  validity(s, b, &r->as.rule.validity);
}

static void output(Lsp *s, Buf *b, LspPolicy *p, const Node *o) {
  buf_printf(b, "**%s** `%s` : `%s`", M(s, N_LSP_OUTPUT), o->as.output.name.text, src_text(o->as.output.type));
  const char *label = texts_pick(o->as.output.label, s->lang);
  if (label) buf_printf(b, "\n\n*%s*", label);
  if (o->as.output.combine.text) line(b, M(s, N_LSP_COMBINE), zan_sprintf("`%s`", o->as.output.combine.text));
  if (o->as.output.dflt) line(b, M(s, N_LSP_DEFAULT), zan_sprintf("`%s`", src_text(o->as.output.dflt)));
  /* how reports show it: the unit in the reader's language, per cent, the places and mode */
  const char *unit = o->as.output.unit_texts ? texts_pick(o->as.output.unit_texts, s->lang) : o->as.output.unit;
  Buf shown; buf_init(&shown);
  if (unit) buf_printf(&shown, "`%s`", unit);
  if (o->as.output.percent) buf_printf(&shown, "%s", M(s, N_LSP_PERCENT));
  if (o->as.output.rounds && o->as.output.round_mode.text)
    buf_printf(&shown, "%s%s", shown.len ? "; " : "",
               zan_sprintf(M(s, N_LSP_PLACES), (long long)o->as.output.places, o->as.output.round_mode.text));
  if (shown.len) line(b, M(s, N_LSP_SHOWN), buf_cstr(&shown));
  Buf r; buf_init(&r);
  for (int i = 0; i < p->q->syms.n; i++) {
    const QSym *q = p->q->syms.items[i];
    if (q->kind == QK_RULE && q->decl->as.rule.target.text && !strcmp(q->decl->as.rule.target.text, o->as.output.name.text))
      buf_printf(&r, "%s`%s`", r.len ? ", " : "", q->name);
  }
  if (r.len) line(b, M(s, N_LSP_SET_BY), buf_cstr(&r));
}

static void fact(Lsp *s, Buf *b, const QSym *q) {
  const Node *f = q->decl;
  buf_printf(b, "**%s** `%s`", M(s, N_LSP_FACT), q->name);
  if (f->as.fact.type) buf_printf(b, " : `%s`", src_text(f->as.fact.type));
  if (f->as.fact.key) buf_printf(b, " (`at \"%s\"`)", f->as.fact.key);
  line(b, M(s, N_LSP_LABEL), texts_pick(f->as.fact.label, s->lang));
  line(b, M(s, N_LSP_QUESTION), texts_pick(f->as.fact.ask, s->lang));
}

static void symbol(Lsp *s, Buf *b, LspPolicy *p, const QSym *q) {
  const Node *n = q->decl;
  switch (q->kind) {
  case QK_FACT: fact(s, b, q); break;
  case QK_OUTPUT: output(s, b, p, n); break;
  case QK_RULE: rule(s, b, n); break;
  case QK_ARTICLE: article(s, b, n); break;
  case QK_MEMBER: {
    buf_printf(b, "**%s** `%s`", zan_sprintf(M(s, N_LSP_MEMBER), n->as.enm.name.text), q->name);
    const char *label = texts_pick(n->as.enm.members[q->member].label, s->lang);
    if (label) buf_printf(b, "\n\n*%s*", label);
    break;
  }
  case QK_ENUM: {
    buf_printf(b, "**%s** `%s` {", M(s, N_LSP_ENUM), q->name);
    for (int i = 0; i < n->as.enm.n; i++)
      buf_printf(b, "%s`%s`", i ? (n->as.enm.ordered ? " < " : ", ") : " ", n->as.enm.members[i].name.text ? n->as.enm.members[i].name.text : "?");
    buf_puts(b, " }");
    break;
  }
  case QK_TYPE: buf_printf(b, "**%s** `%s` = `%s`", M(s, N_LSP_TYPE_DECL), q->name, src_text(n->as.typedef_.type)); break;
  case QK_FN: {
    buf_printf(b, "**%s** `%s(", M(s, N_LSP_FN), q->name);
    for (int i = 0; i < n->as.fn.params.n; i++) {
      const Node *f = n->as.fn.params.items[i];
      if (f && f->kind == N_FIELD) buf_printf(b, "%s%s : %s", i ? ", " : "", f->as.field.name.text, src_text(f->as.field.type));
    }
    buf_printf(b, ")%s%s`", n->as.fn.ret ? " : " : "", n->as.fn.ret ? src_text(n->as.fn.ret) : "");
    break;
  }
  case QK_CONST:
    buf_printf(b, "**%s** `%s`%s%s = `%s`", M(s, N_LSP_CONST), q->name, n->as.cnst.type ? " : " : "",
               n->as.cnst.type ? src_text(n->as.cnst.type) : "", src_text(n->as.cnst.value));
    break;
  case QK_PARAM:
    buf_printf(b, "**%s** `%s` : `%s`", M(s, N_LSP_PARAM), q->name, src_text(n->as.param.type));
    line(b, M(s, N_LSP_LABEL), texts_pick(n->as.param.label, s->lang));
    break;
  case QK_MODULE: buf_printf(b, "**%s** `%s`", M(s, N_LSP_MODULE), q->name); break;
  case QK_LOCAL: buf_printf(b, "**%s** `%s`", M(s, N_LSP_LOCAL), q->name); break;
  }
}

/* The word (letters, digits, '_', any non-ASCII) around off. */
static bool word_at(const Source *src, uint32_t off, uint32_t *a, uint32_t *b) {
  const unsigned char *t = (const unsigned char *)src->text;
#define WORDCH(c) ((c) >= 0x80 || ((c) >= '0' && (c) <= '9') || ((c) >= 'a' && (c) <= 'z') || ((c) >= 'A' && (c) <= 'Z') || (c) == '_')
  uint32_t x = off, y = off;
  while (x > 0 && WORDCH(t[x - 1])) x--;
  while (y < src->len && WORDCH(t[y])) y++;
#undef WORDCH
  *a = x; *b = y;
  return y > x;
}

char *lsp_hover(Lsp *s, const FNode *id, const FNode *params) {
  LspAt at;
  if (!lsp_at(s, params, &at) || !at.has_off) return "null";
  Buf b; buf_init(&b);
  Loc range = { 0 };
  const QRef *r = query_at(at.pol->q, at.src, at.off);
  if (r) {
    symbol(s, &b, at.pol, r->sym);
    range = r->loc;
  } else {
    uint32_t x, y;
    if (!word_at(at.src, at.off, &x, &y)) return "null";
    const char *w = at.src->text + x;
    int set = at.file->keyword_set;
    const char *english = NULL;
    int other = query_keyword_other_set(w, y - x, set, &english);
    if (other < 0) return "null";
    buf_printf(&b, M(s, N_LSP_KEYWORD), zan_strndup(w, y - x), query_keyword_set_name(other),
               english, query_keyword_set_name(set));
    range = (Loc){ at.src, x, y };
  }
  Buf out; buf_init(&out);
  buf_puts(&out, "{\"contents\":{\"kind\":\"markdown\",\"value\":");
  lj_string(&out, buf_cstr(&b));
  buf_puts(&out, "},\"range\":");
  lsp_range(s, range, &out);
  buf_puts(&out, "}");
  return buf_cstr(&out);
}
