/* render_json.c — the decision object of PRODUCT.md ("Decision output (JSON) — the
 * contract"): decisions, undetermined outputs with needs and at_least, and the explanation. */
#include <string.h>
#include "render.h"
#include "render_impl.h"
#include "receipt.h"
#include "../lang/ast.h"
#include "../lang/base/alloc.h"
#include "../lang/base/utf8.h"
#include "../lang/base/translit.h"
#include <stdio.h>

/* a string literal, without strlen */
#define PUT(b, lit) buf_append((b), (lit), sizeof(lit) - 1)

void render_json_str(Buf *b, const char *s) {
  if (s) buf_json_string(b, s, strlen(s));
  else buf_append(b, "\"\"", 2);
}

/* n as "800 000": groups of three digits, a space between them (the same in en, ru, kk). */
static void grouped(Buf *out, size_t n) {
  char d[32];
  int k = snprintf(d, sizeof d, "%zu", n);
  for (int i = 0; i < k; i++) {
    if (i && (k - i) % 3 == 0) buf_push(out, ' ');
    buf_push(out, d[i]);
  }
}

/* A text fact's value inside human text. Control characters (C0, DEL, C1) are shown escaped,
 * "\u001b", so a value cannot move the cursor or recolour a terminal, and a NUL cannot cut
 * the report. A value longer than VALUE_TEXT_MAX code points shows its first VALUE_TEXT_SHOWN
 * and then its length, "…(800 000 characters)": a report stays readable and its size bounded. */
enum { VALUE_TEXT_MAX = 300, VALUE_TEXT_SHOWN = 240 };
void render_text_value(const char *s, size_t n, Lang lang, Buf *out) {
  size_t chars = utf8_count(s, n), shown = 0, i = 0;
  bool elide = chars > VALUE_TEXT_MAX;
  while (i < n && (!elide || shown < VALUE_TEXT_SHOWN)) {
    int32_t cp;
    int k = utf8_decode((const unsigned char *)s + i, n - i, &cp);
    if (k <= 0) { k = 1; cp = (unsigned char)s[i]; }
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) buf_printf(out, "\\u%04x", (unsigned)cp);
    else buf_append(out, s + i, (size_t)k);
    i += (size_t)k;
    shown++;
  }
  if (!elide) return;
  Buf num; buf_init(&num);
  grouped(&num, chars);
  buf_printf(out, msg_format(N_REPORT_ELIDED, lang), buf_cstr(&num));
}

/* A value inside human text: texts bare, yes/no for bools, enum members by their label in lang. */
void render_value_text(Val v, const Type *t, Lang lang, Buf *out) {
  if (v.kind == V_UNKNOWN) { buf_puts(out, msg_format(N_RENDER_UNKNOWN, lang)); return; }
  if (v.kind == V_TEXT) {
    /* a kk-Latn reader reads every word in Latin, names in fact values too («Алма» ЖШС) */
    size_t n = v.as.t.len;
    const char *s = lang == LANG_KK_LATN ? translit_kk_latn(v.as.t.s, n, &n) : v.as.t.s;
    render_text_value(s, n, lang, out);
    return;
  }
  if (v.kind == V_BOOL) { buf_puts(out, msg_format(v.as.b ? N_REPORT_YES : N_REPORT_NO, lang)); return; }
  if (v.kind == V_ENUM && t && t->kind == T_ENUM && v.as.e >= 0 && v.as.e < t->as.en->n) {
    const EnumMember *m = &t->as.en->members[v.as.e];
    const char *l = texts_pick(m->label, lang);
    buf_puts(out, l ? l : m->name);
    return;
  }
  if (v.kind == V_SET && t && t->kind == T_SET && t->as.elem && t->as.elem->kind == T_ENUM) {
    for (uint32_t i = 0; i < v.as.set->n; i++) {
      if (i) buf_puts(out, ", ");
      render_value_text(v.as.set->items[i], t->as.elem, lang, out);
    }
    return;
  }
  val_to_text(v, t, out);
}

/* An explain text with {path} placeholders filled from facts (or outputs) of this run. */
const char *render_explain_text(const Program *p, const Val *slots, const Result *r, const char *text, Lang lang) {
  if (!text) return NULL;
  Buf b; buf_init(&b);
  const char *s = text;
  while (*s) {
    const char *open = strchr(s, '{');
    if (!open) { buf_puts(&b, s); break; }
    const char *close = strchr(open + 1, '}');
    if (!close) { buf_puts(&b, s); break; }
    buf_append(&b, s, (size_t)(open - s));
    const char *name = open + 1;
    size_t n = (size_t)(close - name);
    const IrFact *f = ir_find_fact(p, name, n, true);
    if (f && f->slot >= 0 && slots) {
      const char *before = open;
      while (before > text && before[-1] == ' ') before--;
      bool labelled = before > text && before[-1] == ':';   /* "consent: {…}" names it already */
      if (slots[f->slot].kind == V_UNKNOWN && !labelled) {
        /* a missing fact standing for a thing ("{system.name} determines …") reads as what
         * it is, "[Name of the system: unknown]", not as a bare "unknown" */
        const char *label = texts_pick(f->label, lang);
        buf_printf(&b, msg_format(N_RENDER_UNKNOWN_FACT, lang), label ? label : f->path);
      } else
        render_value_text(slots[f->slot], f->type, lang, &b);
    } else {
      int o = ir_find_output_n(p, name, n);
      if (o >= 0 && r && o < r->noutputs) {
        /* an undetermined set still shows what is certain in it */
        const OutputResult *R = &r->outputs[o];
        Val v = R->decided ? R->value
              : (R->at_least.kind == V_SET && R->at_least.as.set->n > 0) ? R->at_least : val_unknown();
        render_output_value_text(p, o, v, lang, &b);
      }
      else
        buf_append(&b, open, (size_t)(close - open + 1));     /* not a name: keep as written */
    }
    s = close + 1;
  }
  return buf_cstr(&b);
}

static const char *status_name(TraceStatus s) {
  return s == TR_APPLIED ? "applied" : s == TR_MAY_APPLY ? "may_apply" : "set_aside";
}

/* The common scalars directly (no printf); everything else through val_to_json. */
void render_json_value(Buf *b, Val v, const Type *t) {
  switch (v.kind) {
  case V_UNKNOWN: PUT(b, "null"); return;
  case V_BOOL: if (v.as.b) PUT(b, "true"); else PUT(b, "false"); return;
  case V_INT: {
    char tmp[24];
    int n = 0;
    uint64_t u = v.as.i < 0 ? (uint64_t)0 - (uint64_t)v.as.i : (uint64_t)v.as.i;
    do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
    if (v.as.i < 0) tmp[n++] = '-';
    char out[24];
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    buf_append(b, out, (size_t)n);
    return;
  }
  case V_ENUM:
    if (t && t->kind == T_ENUM && v.as.e >= 0 && v.as.e < t->as.en->n) {
      render_json_str(b, t->as.en->members[v.as.e].name);
      return;
    }
    break;
  default: break;
  }
  val_to_json(v, t, b);
}

static void render_trace(const Program *p, const Val *slots, const Result *r, const TraceEntry *t, Lang lang, Buf *b) {
  const IrRule *rule = &p->rules[t->rule];
  PUT(b, "{\"rule\":");
  render_json_str(b, rule->name);
  PUT(b, ",\"status\":");
  render_json_str(b, status_name(t->status));
  if (t->status == TR_SET_ASIDE && t->by >= 0) {
    PUT(b, ",\"by\":");
    render_json_str(b, p->rules[t->by].name);
  }
  if (t->status != TR_SET_ASIDE && t->value.kind != V_UNKNOWN) {
    PUT(b, ",\"value\":");                 /* what the rule gives (an includes: its member, as a set) */
    render_json_value(b, t->value, p->outputs[rule->output].type);
  }
  PUT(b, ",\"cites\":[");
  for (int i = 0; i < rule->ncites; i++) {
    if (i) buf_push(b, ',');
    render_json_str(b, p->articles[rule->cites[i]].id);
  }
  PUT(b, "],\"citation\":");
  render_json_str(b, render_citation(p, rule, lang));
  const char *text = render_explain_text(p, slots, r, texts_pick(rule->explain, lang), lang);
  if (text) {
    PUT(b, ",\"text\":");
    render_json_str(b, text);
  }
  PUT(b, ",\"facts\":{");
  for (int i = 0; i < t->nfacts; i++) {
    const IrFact *f = p->slots[t->fact_slots[i]];
    if (i) buf_push(b, ',');
    render_json_str(b, f->path);
    buf_push(b, ':');
    render_json_value(b, t->fact_values[i], f->type);
  }
  buf_push(b, '}');
  /* the other outputs the rule read, with their values (null: undetermined) */
  int *outs;
  int nouts = render_outputs_read(p, rule, &outs);
  if (nouts > 0) {
    PUT(b, ",\"outputs\":{");
    for (int i = 0; i < nouts; i++) {
      const OutputResult *R = &r->outputs[outs[i]];
      if (i) buf_push(b, ',');
      render_json_str(b, p->outputs[outs[i]].name);
      buf_push(b, ':');
      render_json_value(b, R->decided ? R->value : val_unknown(), p->outputs[outs[i]].type);
    }
    buf_push(b, '}');
  }
  buf_push(b, '}');
}

/* "articles": every article the explanation cites, once, keyed by id: its citation, title,
 * text (in --lang), that text's status (official / unofficial_translation / summary) and
 * source, dates. */
static void render_articles(const Program *p, const Result *r, Lang lang, Buf *b) {
  bool *used = ZAN_NEWN(bool, p->narticles + 1);
  for (int i = 0; i < r->noutputs; i++)
    for (int k = 0; k < r->outputs[i].ntrace; k++) {
      const IrRule *rule = &p->rules[r->outputs[i].trace[k].rule];
      for (int c = 0; c < rule->ncites; c++) used[rule->cites[c]] = true;
    }
  PUT(b, ",\"articles\":{");
  bool first = true;
  for (int a = 0; a < p->narticles; a++) {
    if (!used[a]) continue;
    const IrArticle *A = &p->articles[a];
    if (!first) buf_push(b, ',');
    first = false;
    render_json_str(b, A->id);
    PUT(b, ":{\"citation\":");
    render_json_str(b, render_article_citation(p, a, lang));
    ArticleStatus status;
    const char *source;
    const char *title = texts_pick(A->title, lang), *text = render_article_text(p, a, lang, &status, &source);
    if (title) { PUT(b, ",\"title\":"); render_json_str(b, title); }
    if (text) { PUT(b, ",\"text\":"); render_json_str(b, text); }
    /* the status and source of that text, not of the article's other languages */
    PUT(b, ",\"status\":");
    render_json_str(b, render_article_status(status));
    if (source) { PUT(b, ",\"source\":"); render_json_str(b, source); }
    char d[11];
    if (A->has_from) { date_format(A->from, d); PUT(b, ",\"in_force_from\":\""); buf_puts(b, d); buf_push(b, '"'); }
    if (A->has_until) { date_format(A->until, d); PUT(b, ",\"in_force_until\":\""); buf_puts(b, d); buf_push(b, '"'); }
    buf_push(b, '}');
  }
  buf_push(b, '}');
}

/* Re-indents compact JSON with two spaces (empty containers stay "{}" and "[]"). */
static void json_pretty(const char *s, size_t n, Buf *out) {
  int depth = 0;
  bool in_str = false;
  for (size_t i = 0; i < n; i++) {
    char ch = s[i];
    if (in_str) {
      buf_push(out, ch);
      if (ch == '\\' && i + 1 < n) buf_push(out, s[++i]);
      else if (ch == '"') in_str = false;
      continue;
    }
    switch (ch) {
    case '"': in_str = true; buf_push(out, ch); break;
    case '{': case '[': {
      size_t j = i + 1;
      while (j < n && (s[j] == ' ' || s[j] == '\n' || s[j] == '\t' || s[j] == '\r')) j++;
      if (j < n && (s[j] == '}' || s[j] == ']')) { buf_push(out, ch); buf_push(out, s[j]); i = j; break; }
      buf_push(out, ch);
      depth++;
      buf_push(out, '\n');
      for (int k = 0; k < depth; k++) buf_puts(out, "  ");
      break;
    }
    case '}': case ']':
      depth--;
      buf_push(out, '\n');
      for (int k = 0; k < depth; k++) buf_puts(out, "  ");
      buf_push(out, ch);
      break;
    case ',':
      buf_push(out, ',');
      buf_push(out, '\n');
      for (int k = 0; k < depth; k++) buf_puts(out, "  ");
      break;
    case ':': buf_puts(out, ": "); break;
    case ' ': case '\n': case '\t': case '\r': break;
    default: buf_push(out, ch);
    }
  }
}

/* ,"receipt":{…} — what `zan verify` checks (receipt.h). */
static void render_receipt(const Program *p, const Result *r, const Receipt *rc, Buf *b) {
  char d[11];
  PUT(b, ",\"receipt\":{\"zan_version\":");
  render_json_str(b, rc->zan_version);
  PUT(b, ",\"policy\":{\"alias\":");
  if (p->alias) render_json_str(b, p->alias); else PUT(b, "null");
  PUT(b, ",\"version\":");
  if (p->version) render_json_str(b, p->version); else PUT(b, "null");
  PUT(b, "},\"policy_sha256\":\"");
  buf_puts(b, rc->policy_sha256);
  PUT(b, "\",\"facts_sha256\":\"");
  buf_puts(b, rc->facts_sha256);
  date_format(r->as_of, d);
  PUT(b, "\",\"as_of\":\"");
  buf_puts(b, d);
  PUT(b, "\"}");
}

static void render_compact(const Program *p, const Val *slots, const Result *r, const RenderOptions *o, Buf *b) {
  char d[11];
  PUT(b, "{\"policy\":");
  render_json_str(b, p->name);
  PUT(b, ",\"policy_version\":");
  if (p->version) render_json_str(b, p->version); else PUT(b, "null");
  date_format(r->as_of, d);
  PUT(b, ",\"as_of\":\"");
  buf_puts(b, d);
  PUT(b, "\",\"subject\":");
  render_json_value(b, r->subject, p->subject_slot >= 0 ? p->slots[p->subject_slot]->type : NULL);
  if (r->error) {
    PUT(b, ",\"error\":");
    render_json_str(b, r->error->message);
    if (o && o->receipt) render_receipt(p, r, o->receipt, b);
    buf_push(b, '}');
    return;
  }
  PUT(b, ",\"decisions\":{");
  for (int i = 0; i < p->noutputs; i++) {
    const OutputResult *R = &r->outputs[i];
    if (i) buf_push(b, ',');
    render_json_str(b, p->outputs[i].name);
    buf_push(b, ':');
    render_json_value(b, R->decided ? R->value : val_unknown(), p->outputs[i].type);
  }
  PUT(b, "},\"undetermined\":{");
  bool first = true;
  for (int i = 0; i < p->noutputs; i++) {
    const OutputResult *R = &r->outputs[i];
    if (R->decided) continue;
    if (!first) buf_push(b, ',');
    first = false;
    render_json_str(b, p->outputs[i].name);
    PUT(b, ":{\"needs\":[");
    for (int k = 0; k < R->nneeds; k++) {
      if (k) buf_push(b, ',');
      render_json_str(b, p->slots[R->needs[k]]->path);
    }
    buf_push(b, ']');
    if (R->at_least.kind != V_UNKNOWN) {
      PUT(b, ",\"at_least\":");
      render_json_value(b, R->at_least, p->outputs[i].type);
    }
    buf_push(b, '}');
  }
  buf_push(b, '}');
  render_json_amounts(p, r, o ? o->lang : LANG_EN, b);
  if (o && o->explain) {
    PUT(b, ",\"explanation\":{");
    for (int i = 0; i < p->noutputs; i++) {
      const OutputResult *R = &r->outputs[i];
      if (i) buf_push(b, ',');
      render_json_str(b, p->outputs[i].name);
      PUT(b, ":[");
      for (int k = 0; k < R->ntrace; k++) {
        if (k) buf_push(b, ',');
        render_trace(p, slots, r, &R->trace[k], o->lang, b);
      }
      buf_push(b, ']');
    }
    buf_push(b, '}');
    render_articles(p, r, o->lang, b);
  }
  if (o && o->receipt) render_receipt(p, r, o->receipt, b);
  buf_push(b, '}');
}

void render_json(const Program *p, const Val *slots, const Result *r, const RenderOptions *o, Buf *out) {
  if (!o || !o->pretty) { render_compact(p, slots, r, o, out); return; }
  Buf tmp; buf_init(&tmp);
  render_compact(p, slots, r, o, &tmp);
  json_pretty(tmp.data ? tmp.data : "", tmp.len, out);
}
