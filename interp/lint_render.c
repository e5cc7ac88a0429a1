/* lint_render.c — `zan lint`'s findings as JSON ({"findings": […]}) and as text in --lang
 * (catalogue messages, witnesses indented under their conflict). */
#include <string.h>
#include "lint.h"
#include "../lang/base/date.h"

static void at_text(Loc at, Buf *b) {
  if (!at.src) { buf_puts(b, "-"); return; }
  int line, col;
  source_linecol(at.src, at.start, &line, &col);
  buf_printf(b, "%s:%d:%d", at.src->path, line, col);
}

static const char *subject_name(const Program *p, const LintFinding *f) {
  switch (f->kind) {
  case LK_UNUSED_FACT:      return p->slots[f->index]->path;
  case LK_UNDEFINED_OUTPUT: return p->outputs[f->output].name;
  case LK_UNCITED_ARTICLE:  return p->articles[f->index].id;
  default:                  return f->rule1 >= 0 ? p->rules[f->rule1].name : "";
  }
}

static void kinds_list(Buf *b) {
  for (int k = 0; k < LK_BAD_ALLOW; k++) { if (k) buf_puts(b, ", "); buf_puts(b, lint_kind_name((LintKind)k)); }
}

static void message(const Program *p, const LintFinding *f, Lang lang, Buf *b) {
  char d[11];
  switch (f->kind) {
  case LK_CONFLICT:
    date_format(f->as_of, d);
    buf_printf(b, msg_format(N_LINT_CONFLICT, lang), p->rules[f->rule1].name, p->rules[f->rule2].name,
               p->outputs[f->output].name, d);
    break;
  case LK_NEVER_APPLIES:     buf_printf(b, msg_format(N_LINT_NEVER, lang), subject_name(p, f)); break;
  case LK_OUTSIDE_ARTICLES:  buf_printf(b, msg_format(N_LINT_OUTSIDE, lang), subject_name(p, f)); break;
  case LK_NO_EFFECT:
    buf_printf(b, msg_format(N_LINT_NO_EFFECT, lang), subject_name(p, f), p->rules[f->rule2].name);
    break;
  case LK_REDUNDANT:
    if (f->rule2 >= 0)
      buf_printf(b, msg_format(N_LINT_REDUNDANT_BY, lang), subject_name(p, f),
                 p->rules[f->rule2].name);
    else buf_printf(b, msg_format(N_LINT_REDUNDANT, lang), subject_name(p, f));
    break;
  case LK_PARAM_EARLY: {
    const IrParam *pa = &p->params[f->index];
    char first[11];
    date_format(pa->dates[0], first);
    date_format(f->as_of, d);
    buf_printf(b, msg_format(N_LINT_PARAM_EARLY, lang), subject_name(p, f), pa->name, first, d);
    break;
  }
  case LK_UNUSED_FACT:       buf_printf(b, msg_format(N_LINT_UNUSED_FACT, lang), subject_name(p, f)); break;
  case LK_UNDEFINED_OUTPUT:  buf_printf(b, msg_format(N_LINT_UNDEFINED, lang), subject_name(p, f)); break;
  case LK_UNCITED_ARTICLE:   buf_printf(b, msg_format(N_LINT_UNCITED, lang), subject_name(p, f)); break;
  case LK_BAD_ALLOW: {
    Buf k; buf_init(&k); kinds_list(&k);
    buf_printf(b, msg_format(N_LINT_BAD_ALLOW, lang), buf_cstr(&k));
    break;
  }
  default: break;
  }
  if (f->approximate) { buf_push(b, ' '); buf_puts(b, msg_text(N_LINT_APPROX, lang)); }
}

static void json_str(Buf *b, const char *s) { buf_json_string(b, s, strlen(s)); }

void lint_render_json(const Program *p, const LintResult *r, Buf *out) {
  buf_puts(out, "{\n  \"findings\": [");
  for (int i = 0; i < r->n; i++) {
    const LintFinding *f = &r->items[i];
    buf_puts(out, i ? ",\n    {" : "\n    {");
    buf_puts(out, "\"kind\": ");
    json_str(out, lint_kind_name(f->kind));
    if (f->rule1 >= 0) {
      buf_puts(out, ", \"rules\": [");
      json_str(out, p->rules[f->rule1].name);
      if (f->rule2 >= 0) { buf_puts(out, ", "); json_str(out, p->rules[f->rule2].name); }
      buf_puts(out, "]");
    }
    if (f->output >= 0) { buf_puts(out, ", \"output\": "); json_str(out, p->outputs[f->output].name); }
    if (f->kind == LK_UNUSED_FACT) { buf_puts(out, ", \"fact\": "); json_str(out, subject_name(p, f)); }
    if (f->kind == LK_UNCITED_ARTICLE) { buf_puts(out, ", \"article\": "); json_str(out, subject_name(p, f)); }
    if (f->kind == LK_PARAM_EARLY) {
      buf_puts(out, ", \"parameter\": ");
      json_str(out, p->params[f->index].name);
    }
    if (f->witness) {
      buf_puts(out, ", \"witness\": ");
      size_t n = strlen(f->witness);
      while (n && f->witness[n - 1] == '\n') n--;
      for (size_t k = 0; k < n; k++) {   /* the fact file, indented to sit in the finding */
        buf_push(out, f->witness[k]);
        if (f->witness[k] == '\n') buf_puts(out, "    ");
      }
    }
    if (f->has_as_of) { char d[11]; date_format(f->as_of, d); buf_puts(out, ", \"as_of\": "); json_str(out, d); }
    if (f->approximate) buf_puts(out, ", \"approximate\": true");
    Buf at; buf_init(&at); at_text(f->at, &at);
    buf_puts(out, ", \"at\": ");
    json_str(out, buf_cstr(&at));
    Buf m; buf_init(&m); message(p, f, LANG_EN, &m);
    buf_puts(out, ", \"message\": ");
    json_str(out, buf_cstr(&m));
    buf_puts(out, "}");
  }
  buf_printf(out, "%s],\n  \"allowed\": %d,\n  \"unsettled\": %d\n}\n", r->n ? "\n  " : "", r->nallowed, r->nskipped);
}

void lint_render_text(const Program *p, const LintResult *r, Lang lang, Buf *out) {
  for (int i = 0; i < r->n; i++) {
    const LintFinding *f = &r->items[i];
    at_text(f->at, out);
    buf_printf(out, ": %s: ", lint_kind_name(f->kind));
    message(p, f, lang, out);
    buf_push(out, '\n');
    if (f->witness) {
      char d[11];
      date_format(f->as_of, d);
      buf_puts(out, "  ");
      buf_printf(out, msg_format(N_LINT_WITNESS, lang), d);
      buf_push(out, '\n');
      const char *w = f->witness;
      while (*w) {
        const char *e = strchr(w, '\n');
        size_t n = e ? (size_t)(e - w) : strlen(w);
        buf_puts(out, "    ");
        buf_append(out, w, n);
        buf_push(out, '\n');
        w += n + (e ? 1 : 0);
      }
    }
  }
  buf_printf(out, msg_format(N_LINT_SUMMARY, lang), r->n, r->nallowed);
  buf_push(out, '\n');
  if (r->nskipped) { buf_printf(out, msg_format(N_LINT_SKIPPED, lang), r->nskipped); buf_push(out, '\n'); }
}
