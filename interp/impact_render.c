/* impact_render.c — `zan impact`'s reports: JSON ({"changed": […], "unchanged": N, by output,
 * by rule}) and text in --lang; the static version (outputs that can differ, with witnesses). */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "impact.h"
#include "../lang/base/alloc.h"
#include "../lang/base/date.h"

static void json_str(Buf *b, const char *s) { buf_json_string(b, s, strlen(s)); }
/* A catalogue message in lang and a newline. */
static void say(Buf *out, Lang lang, MsgId id, ...) {
  va_list ap;
  va_start(ap, id);
  buf_puts(out, zan_vsprintf(msg_format(id, lang), ap));
  va_end(ap);
  buf_push(out, '\n');
}
static void json_names_of(Buf *out, const char *const *names, int n) {
  for (int k = 0; k < n; k++) { if (k) buf_puts(out, ", "); json_str(out, names[k]); }
}

/* ---- the summaries: how many inputs each output / rule is named by, names sorted ---- */
typedef struct Tally { const char *name; int n; } Tally;
typedef struct Tallies { int n, cap; Tally *items; } Tallies;

static void tally(Tallies *t, const char *name) {
  for (int i = 0; i < t->n; i++)
    if (strcmp(t->items[i].name, name) == 0) { t->items[i].n++; return; }
  if (t->n == t->cap) {
    int cap = t->cap ? t->cap * 2 : 16;
    Tally *n = ZAN_NEWN(Tally, cap);
    if (t->n) memcpy(n, t->items, sizeof *n * (size_t)t->n);
    t->items = n;
    t->cap = cap;
  }
  t->items[t->n++] = (Tally){ name, 1 };
}
static int by_name(const void *x, const void *y) {
  return strcmp(((const Tally *)x)->name, ((const Tally *)y)->name);
}
static void tallies(const ImpactReport *r, Tallies *outs, Tallies *rules) {
  memset(outs, 0, sizeof *outs);
  memset(rules, 0, sizeof *rules);
  for (int i = 0; i < r->n; i++) {
    const ImpactDiff *d = &r->items[i].d;
    for (int k = 0; k < d->nout; k++) tally(outs, d->outputs[k].name);
    for (int k = 0; k < d->nrules; k++) tally(rules, d->rules[k]);
  }
  if (outs->n) qsort(outs->items, (size_t)outs->n, sizeof(Tally), by_name);
  if (rules->n) qsort(rules->items, (size_t)rules->n, sizeof(Tally), by_name);
}
static int count_errors(const ImpactReport *r) {
  int n = 0;
  for (int i = 0; i < r->n; i++) n += r->items[i].error != NULL;
  return n;
}

static void json_tallies(Buf *out, const char *key, const Tallies *t) {
  buf_printf(out, ",\n  \"%s\": {", key);
  for (int i = 0; i < t->n; i++) {
    if (i) buf_puts(out, ", ");
    json_str(out, t->items[i].name);
    buf_printf(out, ": %d", t->items[i].n);
  }
  buf_push(out, '}');
}

static void json_where(Buf *out, const ImpactEntry *e) {
  buf_puts(out, "{\"file\": ");
  json_str(out, e->file);
  if (e->line > 0) buf_printf(out, ", \"line\": %d", e->line);
}

void impact_render_json(const ImpactReport *r, Buf *out) {
  buf_puts(out, "{\n  \"changed\": [");
  bool first = true;
  for (int i = 0; i < r->n; i++) {
    const ImpactEntry *e = &r->items[i];
    if (e->error) continue;
    const ImpactDiff *d = &e->d;
    buf_puts(out, first ? "\n    " : ",\n    ");
    first = false;
    json_where(out, e);
    buf_puts(out, ", \"outputs\": [");
    for (int k = 0; k < d->nout; k++) {
      if (k) buf_puts(out, ", ");
      json_str(out, d->outputs[k].name);
    }
    buf_puts(out, "], \"rules\": [");
    json_names_of(out, d->rules, d->nrules);
    buf_puts(out, "], \"values\": {");
    for (int k = 0; k < d->nout; k++) {
      if (k) buf_puts(out, ", ");
      json_str(out, d->outputs[k].name);
      buf_printf(out, ": {\"old\": %s, \"new\": %s}", d->outputs[k].old_json,
                 d->outputs[k].new_json);
    }
    buf_push(out, '}');
    if (d->old_error) { buf_puts(out, ", \"old_error\": "); json_str(out, d->old_error); }
    if (d->new_error) { buf_puts(out, ", \"new_error\": "); json_str(out, d->new_error); }
    buf_push(out, '}');
  }
  buf_puts(out, first ? "]" : "\n  ]");
  buf_printf(out, ",\n  \"unchanged\": %d", r->unchanged);
  Tallies outs, rules;
  tallies(r, &outs, &rules);
  json_tallies(out, "by_output", &outs);
  json_tallies(out, "by_rule", &rules);
  buf_puts(out, ",\n  \"errors\": [");
  first = true;
  for (int i = 0; i < r->n; i++) {
    const ImpactEntry *e = &r->items[i];
    if (!e->error) continue;
    buf_puts(out, first ? "\n    " : ",\n    ");
    first = false;
    json_where(out, e);
    buf_puts(out, ", \"error\": ");
    json_str(out, e->error);
    buf_push(out, '}');
  }
  buf_puts(out, first ? "]\n}\n" : "\n  ]\n}\n");
}

static const char *where(const ImpactEntry *e) {
  return e->line > 0 ? zan_sprintf("%s:%d", e->file, e->line) : e->file;
}

void impact_render_text(const ImpactReport *r, Lang lang, Buf *out) {
  int changed = 0;
  for (int i = 0; i < r->n; i++) {
    const ImpactEntry *e = &r->items[i];
    if (e->error) { say(out, lang, N_IMPACT_UNREADABLE, where(e), e->error); continue; }
    changed++;
    const ImpactDiff *d = &e->d;
    say(out, lang, N_IMPACT_CHANGED, where(e));
    if (d->old_error) say(out, lang, N_IMPACT_OLD_ERROR, d->old_error);
    if (d->new_error) say(out, lang, N_IMPACT_NEW_ERROR, d->new_error);
    for (int k = 0; k < d->nout; k++)
      say(out, lang, N_IMPACT_OUTPUT, d->outputs[k].name, d->outputs[k].old_json,
          d->outputs[k].new_json);
    if (d->nrules) {
      Buf names;
      buf_init(&names);
      for (int k = 0; k < d->nrules; k++) {
        if (k) buf_puts(&names, ", ");
        buf_puts(&names, d->rules[k]);
      }
      say(out, lang, N_IMPACT_RULES, buf_cstr(&names));
    }
  }
  if (r->n) buf_push(out, '\n');
  int errors = count_errors(r);
  say(out, lang, N_IMPACT_SUMMARY, changed, changed + r->unchanged + errors, r->unchanged, errors);
  Tallies outs, rules;
  tallies(r, &outs, &rules);
  if (outs.n) {
    buf_printf(out, "%s\n", msg_format(N_IMPACT_BY_OUTPUT, lang));
    for (int i = 0; i < outs.n; i++)
      buf_printf(out, "  %s: %d\n", outs.items[i].name, outs.items[i].n);
  }
  if (rules.n) {
    buf_printf(out, "%s\n", msg_format(N_IMPACT_BY_RULE, lang));
    for (int i = 0; i < rules.n; i++)
      buf_printf(out, "  %s: %d\n", rules.items[i].name, rules.items[i].n);
  }
}

/* ---- without facts ---- */
static void json_names(Buf *out, const char *key, const ImpactStaticResult *r, ImpactStaticKind k) {
  buf_printf(out, ",\n  \"%s\": [", key);
  bool first = true;
  for (int i = 0; i < r->n; i++) {
    if (r->items[i].kind != k) continue;
    if (!first) buf_puts(out, ", ");
    first = false;
    json_str(out, r->items[i].output);
  }
  buf_push(out, ']');
}

void impact_static_json(const ImpactStaticResult *r, Buf *out) {
  buf_puts(out, "{\n  \"can_differ\": [");
  bool first = true;
  for (int i = 0; i < r->n; i++) {
    const ImpactStatic *s = &r->items[i];
    if (s->kind != IMPACT_DIFFERS) continue;
    char d[11];
    date_format(s->as_of, d);
    buf_puts(out, first ? "\n    {\"output\": " : ",\n    {\"output\": ");
    first = false;
    json_str(out, s->output);
    buf_printf(out, ", \"as_of\": \"%s\", \"old\": %s, \"new\": %s, \"witness\": ", d,
               s->old_json, s->new_json);
    /* the witness is indented JSON: each of its lines moves in under the finding */
    for (const char *c = s->witness; *c; c++) {
      buf_push(out, *c);
      if (*c == '\n' && c[1]) buf_puts(out, "    ");
    }
    while (out->len && out->data[out->len - 1] == '\n') out->len--;
    buf_push(out, '}');
  }
  buf_puts(out, first ? "]" : "\n  ]");
  json_names(out, "cannot_differ", r, IMPACT_SAME);
  json_names(out, "unsettled", r, IMPACT_UNSETTLED);
  json_names(out, "only_old", r, IMPACT_ONLY_OLD);
  json_names(out, "only_new", r, IMPACT_ONLY_NEW);
  buf_puts(out, "\n}\n");
}

void impact_static_text(const ImpactStaticResult *r, Lang lang, Buf *out) {
  int n[5] = { 0 };
  for (int i = 0; i < r->n; i++) {
    const ImpactStatic *s = &r->items[i];
    n[s->kind]++;
    switch (s->kind) {
    case IMPACT_DIFFERS: {
      char d[11];
      date_format(s->as_of, d);
      say(out, lang, N_IMPACT_CAN_DIFFER, s->output, d, s->old_json, s->new_json);
      for (const char *c = s->witness, *nl; *c; c = nl + 1) {   /* the witness, indented */
        nl = strchr(c, '\n');
        if (!nl) nl = c + strlen(c) - 1;
        buf_puts(out, "    ");
        buf_append(out, c, (size_t)(nl - c + 1));
      }
      if (out->len && out->data[out->len - 1] != '\n') buf_push(out, '\n');
      break;
    }
    case IMPACT_SAME:      say(out, lang, N_IMPACT_SAME, s->output); break;
    case IMPACT_UNSETTLED: say(out, lang, N_IMPACT_UNSETTLED, s->output); break;
    case IMPACT_ONLY_OLD:  say(out, lang, N_IMPACT_ONLY_OLD, s->output); break;
    case IMPACT_ONLY_NEW:  say(out, lang, N_IMPACT_ONLY_NEW, s->output); break;
    }
  }
  buf_push(out, '\n');
  say(out, lang, N_IMPACT_STATIC_SUMMARY, n[IMPACT_DIFFERS], n[IMPACT_SAME], n[IMPACT_UNSETTLED],
      n[IMPACT_ONLY_OLD] + n[IMPACT_ONLY_NEW]);
}
