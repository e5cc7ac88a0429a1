/* render_amount.c — an output's number as its declaration says to show it (`unit`, `rounding`,
 * `as percent`), in the reader's language: the text report's decisions and explanations, the
 * explain placeholders, and the JSON "amounts" beside the exact decisions. */
#include "render.h"
#include "render_impl.h"
#include "../lang/base/alloc.h"

bool render_amount_style(const IrOutput *o, Lang lang, AmountStyle *st) {
  const IrRendering *r = &o->render;
  if (!r->declared) return false;
  st->percent = r->percent;
  st->places = r->places;
  st->mode = r->mode;
  st->unit = r->unit_texts ? texts_pick(r->unit_texts, lang) : r->unit;
  return true;
}

/* v as a decimal when it is a number (ints widened exactly), else NULL. */
static const ZDecimal *number_of(Val v) {
  return v.kind == V_DEC ? v.as.d : v.kind == V_INT ? dec_from_int(v.as.i) : NULL;
}

void render_output_value_text(const Program *p, int o, Val v, Lang lang, Buf *out) {
  AmountStyle st;
  const ZDecimal *d = number_of(v);
  if (d && render_amount_style(&p->outputs[o], lang, &st)) buf_puts(out, amount_format(d, &st, lang));
  else render_value_text(v, p->outputs[o].type, lang, out);
}

/* ,"amounts":{"OUT":{"rounded":N,"text":"…"}} — every decided output that declares a
 * rendering; the key only when the policy declares one, so other policies' JSON is as before.
 * `rounded` is the exact value a report shows (places digits kept: 10.50), `text` that value
 * as the reader of --lang writes it. The decisions keep the exact, unrounded values. */
void render_json_amounts(const Program *p, const Result *r, Lang lang, Buf *b) {
  bool any = false;
  for (int i = 0; i < p->noutputs && !any; i++) any = p->outputs[i].render.declared;
  if (!any) return;
  buf_puts(b, ",\"amounts\":{");
  bool first = true;
  for (int i = 0; i < p->noutputs; i++) {
    const OutputResult *R = &r->outputs[i];
    AmountStyle st;
    const ZDecimal *d = R->decided ? number_of(R->value) : NULL;
    if (!d || !render_amount_style(&p->outputs[i], lang, &st)) continue;
    if (!first) buf_push(b, ',');
    first = false;
    render_json_str(b, p->outputs[i].name);
    buf_puts(b, ":{\"rounded\":");
    const ZDecimal *k = amount_rounded(d, &st);
    /* the places a report shows stay in the number: 10.50, not 10.5 (a percent's two more) */
    int places = st.places < 0 ? -1 : st.places + (st.percent ? 2 : 0);
    char *fixed = places >= 0 ? dec_to_fixed(k, places, "", ".") : NULL;
    buf_puts(b, fixed ? fixed : dec_to_string(k));
    buf_puts(b, ",\"text\":");
    render_json_str(b, amount_format(d, &st, lang));
    buf_push(b, '}');
  }
  buf_push(b, '}');
}
