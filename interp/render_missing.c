/* render_missing.c — the result of missing_compute as JSON (`zan missing --format json`, the
 * server's /missing: the same bytes) and as a text report in en, ru, kk or kk-Latn. */
#include <string.h>
#include "missing.h"
#include "question.h"
#include "render.h"
#include "../lang/base/alloc.h"

static void json_str(Buf *b, const char *s) { buf_json_string(b, s, strlen(s)); }

/* Indents compact JSON by two spaces a level (strings are copied untouched). */
static void json_indent(const Buf *in, Buf *out) {
  int depth = 0;
  bool str = false;
  for (size_t i = 0; i < in->len; i++) {
    char ch = in->data[i];
    if (str) {
      buf_push(out, ch);
      if (ch == '\\' && i + 1 < in->len) buf_push(out, in->data[++i]);
      else if (ch == '"') str = false;
      continue;
    }
    switch (ch) {
    case '"': str = true; buf_push(out, ch); break;
    case '{': case '[':
      buf_push(out, ch);
      if (i + 1 < in->len && (in->data[i + 1] == '}' || in->data[i + 1] == ']')) { buf_push(out, in->data[++i]); break; }
      depth++;
      buf_printf(out, "\n%*s", depth * 2, "");
      break;
    case '}': case ']': depth--; buf_printf(out, "\n%*s%c", depth * 2, "", ch); break;
    case ',': buf_printf(out, ",\n%*s", depth * 2, ""); break;
    case ':': buf_puts(out, ": "); break;
    default: buf_push(out, ch);
    }
  }
}

void missing_render_json(const Program *p, const Missing *m, Lang lang, bool pretty, Buf *out) {
  Buf b;
  buf_init(&b);
  buf_puts(&b, "{\"outputs\":{");
  for (int i = 0; i < m->noutputs; i++) {
    const MissingOutput *mo = &m->outputs[i];
    if (i) buf_push(&b, ',');
    json_str(&b, p->outputs[mo->output].name);
    buf_puts(&b, ":{\"sets\":[");
    for (int k = 0; k < mo->nsets; k++) {
      if (k) buf_push(&b, ',');
      buf_push(&b, '[');
      for (int j = 0; j < mo->sets[k].n; j++) {
        if (j) buf_push(&b, ',');
        json_str(&b, p->slots[mo->sets[k].slots[j]]->path);
      }
      buf_push(&b, ']');
    }
    buf_push(&b, ']');
    if (mo->approximate) buf_puts(&b, ",\"approximate\":true");
    buf_push(&b, '}');
  }
  buf_puts(&b, "},\"next\":");
  if (m->next >= 0) json_str(&b, p->slots[m->next]->path); else buf_puts(&b, "null");
  buf_puts(&b, ",\"questions\":{");
  for (int i = 0; i < m->nquestions; i++) {
    if (i) buf_push(&b, ',');
    json_str(&b, p->slots[m->questions[i]]->path);
    buf_push(&b, ':');
    question_json(question_describe(p, m->questions[i], lang), &b);
  }
  buf_puts(&b, "},\"approximate\":[");
  for (int i = 0; i < m->napprox; i++) {
    if (i) buf_push(&b, ',');
    json_str(&b, p->slots[m->approx[i]]->path);
  }
  buf_puts(&b, "]}");
  if (pretty) json_indent(&b, out); else buf_append(out, b.data, b.len);
}

static void fact_line(const Program *p, int slot, Lang lang, Buf *out) {
  const Question *q = question_describe(p, slot, lang);
  if (strcmp(q->label, q->path) == 0) buf_puts(out, q->path);
  else buf_printf(out, "%s (%s)", q->label, q->path);
}

void missing_render_text(const Program *p, const Missing *m, Lang lang, Buf *out) {
  char d[11];
  date_format(m->as_of, d);
  if (m->noutputs == 0) { buf_printf(out, "%s\n", msg_format(N_MISSING_NONE, lang)); return; }
  buf_printf(out, msg_format(N_MISSING_HEADING, lang), d);
  buf_puts(out, "\n");
  for (int i = 0; i < m->noutputs; i++) {
    const MissingOutput *mo = &m->outputs[i];
    const IrOutput *O = &p->outputs[mo->output];
    const char *label = texts_pick(O->label, lang);
    buf_printf(out, "\n%s%s%s%s\n", O->name, label ? " — " : "", label ? label : "", mo->approximate ? " (~)" : "");
    if (mo->nsets == 0) { buf_printf(out, "  %s\n", msg_format(N_MISSING_UNSETTLED, lang)); continue; }
    if (mo->nsets > 1) buf_printf(out, "  %s\n", msg_format(N_MISSING_EITHER, lang));
    for (int k = 0; k < mo->nsets; k++) {
      const char *ind = mo->nsets > 1 ? "    " : "  ";
      if (mo->nsets > 1) buf_printf(out, "  %d)\n", k + 1);
      for (int j = 0; j < mo->sets[k].n; j++) {
        buf_printf(out, "%s- ", ind);
        fact_line(p, mo->sets[k].slots[j], lang, out);
        buf_push(out, '\n');
      }
    }
  }
  if (m->next >= 0) {
    buf_printf(out, "\n%s\n  ", msg_format(N_MISSING_NEXT, lang));
    fact_line(p, m->next, lang, out);
    const Question *q = question_describe(p, m->next, lang);
    if (q->ask) buf_printf(out, "\n  %s", q->ask);
    buf_push(out, '\n');
  }
  if (m->napprox) {
    Buf list;
    buf_init(&list);
    for (int i = 0; i < m->napprox; i++) buf_printf(&list, "%s%s", i ? ", " : "", p->slots[m->approx[i]]->path);
    buf_puts(out, "\n(~) ");
    buf_printf(out, msg_format(N_MISSING_APPROXIMATE, lang), buf_cstr(&list));
    buf_push(out, '\n');
  }
}
