/* render_text.c — the terminal report: policy, subject, date, then one aligned line per
 * output (value, or undetermined with what it needs) and, with --explain, rules and articles. */
#include <string.h>
#include "render.h"
#include "render_impl.h"
#include "../lang/base/alloc.h"

/* Display width in code points (continuation bytes do not count). */
static int width(const char *s) {
  int w = 0;
  for (; *s; s++) if (((unsigned char)*s & 0xC0) != 0x80) w++;
  return w;
}

static void pad(Buf *b, int n) { for (int i = 0; i < n; i++) buf_push(b, ' '); }

/* A value in the report; a set of enums one member a line (labels can be long), aligned at col. */
static void value_line(Buf *out, Val v, const Type *t, Lang lang, int col) {
  if (v.kind == V_SET && v.as.set->n == 0) { buf_puts(out, "{}"); return; }
  if (v.kind == V_SET && t && t->kind == T_SET && t->as.elem && t->as.elem->kind == T_ENUM) {
    const EnumType *e = t->as.elem->as.en;
    /* output order: by member id, as in JSON */
    uint32_t n = v.as.set->n;
    for (uint32_t k = 0; k < n; k++) {
      uint32_t best = n;
      for (uint32_t i = 0; i < n; i++) {      /* k-th by name: sets are small */
        int rank = 0;
        for (uint32_t j = 0; j < n; j++)
          if (strcmp(e->members[v.as.set->items[j].as.e].name, e->members[v.as.set->items[i].as.e].name) < 0) rank++;
        if (rank == (int)k) { best = i; break; }
      }
      if (best == n) continue;
      if (k) { buf_push(out, '\n'); pad(out, col); }
      render_value_text(v.as.set->items[best], t->as.elem, lang, out);
    }
    return;
  }
  render_value_text(v, t, lang, out);
}

void render_text(const Program *p, const Val *slots, const Result *r, const RenderOptions *o, Buf *out) {
  Lang lang = o ? o->lang : LANG_EN;
  const char *h[3] = { msg_format(N_RENDER_POLICY, lang), msg_format(N_RENDER_SUBJECT, lang),
                       msg_format(N_RENDER_AS_OF, lang) };
  int hw = 0;
  for (int i = 0; i < 3; i++) if (width(h[i]) > hw) hw = width(h[i]);

  buf_printf(out, "%s:", h[0]); pad(out, hw - width(h[0]) + 1);
  buf_puts(out, p->name ? p->name : "?");
  if (p->version) buf_printf(out, " (%s)", p->version);
  buf_push(out, '\n');
  buf_printf(out, "%s:", h[1]); pad(out, hw - width(h[1]) + 1);
  render_value_text(r->subject, p->subject_slot >= 0 ? p->slots[p->subject_slot]->type : NULL, lang, out);
  buf_push(out, '\n');
  char d[11];
  date_format(r->as_of, d);
  buf_printf(out, "%s:", h[2]); pad(out, hw - width(h[2]) + 1);
  buf_printf(out, "%s\n\n", d);
  if (r->error) {
    buf_printf(out, "%s: %s\n", msg_format(N_RENDER_ERROR, lang), r->error->message);
    return;
  }

  int nw = 0;
  for (int i = 0; i < p->noutputs; i++) if (width(p->outputs[i].name) > nw) nw = width(p->outputs[i].name);
  int col = 2 + nw + 2;                       /* where values start */
  for (int i = 0; i < p->noutputs; i++) {
    const IrOutput *O = &p->outputs[i];
    const OutputResult *R = &r->outputs[i];
    buf_puts(out, "  ");
    buf_puts(out, O->name);
    pad(out, nw - width(O->name) + 2);
    if (R->decided) {
      value_line(out, R->value, O->type, lang, col);
      buf_push(out, '\n');
    } else {
      buf_puts(out, msg_format(N_RENDER_UNDETERMINED, lang));
      if (R->nneeds > 0) {
        buf_printf(out, " — %s: ", msg_format(N_RENDER_NEEDS, lang));
        for (int k = 0; k < R->nneeds; k++) {
          if (k) buf_puts(out, ", ");
          buf_puts(out, p->slots[R->needs[k]]->path);
        }
      }
      buf_push(out, '\n');
      if (R->at_least.kind != V_UNKNOWN) {
        pad(out, col);
        const char *al = msg_format(N_RENDER_AT_LEAST, lang);
        buf_printf(out, "%s: ", al);
        value_line(out, R->at_least, O->type, lang, col + width(al) + 2);
        buf_push(out, '\n');
      }
    }
    if (!o || !o->explain) continue;
    for (int k = 0; k < R->ntrace; k++) {
      const TraceEntry *t = &R->trace[k];
      const IrRule *rule = &p->rules[t->rule];
      pad(out, col);
      buf_printf(out, "%s %s (", t->status == TR_APPLIED ? "+" : t->status == TR_MAY_APPLY ? "?" : "-", rule->name);
      if (t->status == TR_SET_ASIDE) {
        buf_puts(out, msg_format(N_RENDER_SET_ASIDE, lang));
        buf_printf(out, " %s", t->by >= 0 ? p->rules[t->by].name : "?");
      } else {
        buf_puts(out, msg_format(t->status == TR_APPLIED ? N_RENDER_APPLIED : N_RENDER_MAY_APPLY, lang));
      }
      buf_puts(out, ")");
      if (rule->ncites > 0) buf_printf(out, " — %s", render_citation(p, rule, lang));
      buf_push(out, '\n');
      const char *text = render_explain_text(p, slots, r, texts_pick(rule->explain, lang), lang);
      if (text) {
        pad(out, col + 2);
        buf_puts(out, text);
        buf_push(out, '\n');
      }
    }
  }
}
