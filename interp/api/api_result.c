/* api_result.c — reading the last result on a context (include/zan.h): each output decided
 * or not, its value as JSON, the facts it needs; the decision object and the text report
 * rendered as `zan eval` prints them. */
#include <string.h>
#include "api_impl.h"
#include "../../lang/value.h"
#include "../render.h"

static const OutputResult *out_of(const zan_ctx *c, int output) {
  if (!c || !c->ok || output < 0 || output >= c->result->noutputs) return NULL;
  return &c->result->outputs[output];
}

int zan_result_decided(const zan_ctx *c, int output) {
  const OutputResult *o = out_of(c, output);
  return o ? o->decided : -1;
}

const char *zan_result_value_json(zan_ctx *c, int output) {
  const OutputResult *o = out_of(c, output);
  if (!o || !o->decided) return NULL;
  api_enter();
  buf_clear(&c->out);
  val_to_json(o->value, c->pol->p->outputs[output].type, &c->out);
  return buf_cstr(&c->out);
}

int zan_result_needs_count(const zan_ctx *c, int output) {
  const OutputResult *o = out_of(c, output);
  return o && !o->decided ? o->nneeds : 0;
}

const char *zan_result_need(const zan_ctx *c, int output, int k) {
  const OutputResult *o = out_of(c, output);
  if (!o || o->decided || k < 0 || k >= o->nneeds) return NULL;
  return c->pol->p->slots[o->needs[k]]->path;
}

const char *zan_result_as_of(zan_ctx *c) {
  if (!c || !c->ok) return NULL;
  if (!c->as_of_text[0]) date_format(c->used_as_of, c->as_of_text);
  return c->as_of_text;
}

/* Renders the last result with the flags; NULL when there is none. */
static const char *render(zan_ctx *c, unsigned flags, size_t *len, bool text) {
  if (len) *len = 0;
  if (!c || !c->ok) return NULL;
  api_enter();
  const Program *p = c->pol->p;
  RenderOptions ro = { .pretty = flags & ZAN_RENDER_PRETTY, .explain = flags & ZAN_RENDER_EXPLAIN,
                       .lang = c->lang };
  Result *r = c->result;
  if ((text || (flags & ZAN_RENDER_EXPLAIN)) && !c->traced) {
    /* explanations and reports are made from the trace, which only a traced run records: the
     * same record again, traced and with the checklists a text report prints (evaluation is
     * pure, so the values are the same) */
    r = c->result = eval_program_reuse(p, c->cur, c->used_as_of, EVAL_REPORT, c->lang, c->result);
    c->traced = true;
  }
  buf_clear(&c->out);
  if (text) render_text(p, c->cur, r, &ro, &c->out);
  else {
    if (flags & ZAN_RENDER_RECEIPT) {
      receipt_facts(&c->receipt, p, c->cur);
      ro.receipt = &c->receipt;
    }
    render_json(p, c->cur, r, &ro, &c->out);
  }
  if (len) *len = c->out.len;
  return buf_cstr(&c->out);
}

const char *zan_render_json(zan_ctx *c, unsigned flags, size_t *len) { return render(c, flags, len, false); }
const char *zan_render_text(zan_ctx *c, unsigned flags, size_t *len) { return render(c, flags, len, true); }
