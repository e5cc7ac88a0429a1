/* render_text.c — the report a person reads (`zan eval --format text`), in --lang: the policy
 * and the system it judges, the decisions with their articles, each set output (prohibitions,
 * findings …) one member a line, the obligations as a checklist (met / not met / unknown /
 * not checked, as the policy's own link says), and what facts would settle the undetermined.
 * Laid out for an 80-column terminal by display width. It decides nothing: eval did. */
#include <string.h>
#include <utf8proc.h>
#include "render.h"
#include "render_impl.h"
#include "../lang/base/alloc.h"
#include "../lang/base/utf8.h"

enum { WIDTH = 80,          /* the terminal the report is laid out for */
       KEY_MAX = 30,        /* widest key column in the header */
       LABEL_MAX = 34 };    /* widest label column of the decisions */

/* What every part of the report needs. */
typedef struct Rep {
  const Program *p;
  const Val     *slots;
  const Result  *r;
  Lang           lang;
  bool           explain;
  Buf           *out;
} Rep;

/* ---- display width and wrapping ---- */

/* Terminal columns of n bytes of UTF-8 (combining marks 0, wide characters 2). */
static int dwidth_n(const char *s, size_t n) {
  int w = 0;
  size_t i = 0;
  while (i < n) {
    int32_t cp;
    int len = utf8_decode((const unsigned char *)s + i, n - i, &cp);
    if (len <= 0) { w++; i++; continue; }
    w += utf8_width(cp) > 0 ? utf8_width(cp) : 0;
    i += (size_t)len;
  }
  return w;
}
static int dwidth(const char *s) { return s ? dwidth_n(s, strlen(s)) : 0; }

static void pad(Buf *b, int n) { for (int i = 0; i < n; i++) buf_push(b, ' '); }

/* A short phrase that should not be broken across lines ("17-баптың 3-тармағының 6)
 * тармақшасы"): its spaces become U+00A0, which wrap() does not break at and emit() prints
 * as plain spaces again. A long one stays breakable, or it could not fit a column. */
enum { GLUE_MAX = 36 };
static const char *glue(const char *s) {
  if (dwidth(s) > GLUE_MAX || !strchr(s, ' ')) return s;
  Buf b; buf_init(&b);
  for (; *s; s++) if (*s == ' ') buf_puts(&b, "\xC2\xA0"); else buf_push(&b, *s);
  return buf_cstr(&b);
}

/* Appends one finished line, the glued spaces plain again. */
static void emit(Buf *out, const char *line) {
  for (const char *s = line; *s; s++) {
    if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0) { buf_push(out, ' '); s++; }
    else buf_push(out, *s);
  }
}

/* Bytes of s that fit in w columns (at least one code point, so a line always advances);
 * *used gets their width. It looks at no more than the piece it returns (and one code point),
 * so cutting a long word piece by piece stays linear. */
static size_t fit(const char *s, size_t n, int w, int *used) {
  size_t i = 0;
  *used = 0;
  while (i < n) {
    int32_t cp;
    int len = utf8_decode((const unsigned char *)s + i, n - i, &cp);
    int cw = len <= 0 ? 1 : utf8_width(cp) > 0 ? utf8_width(cp) : 0;
    if (len <= 0) len = 1;
    if (*used + cw > w && i > 0) break;
    *used += cw;
    i += (size_t)len;
  }
  return i;
}

/* Word-wraps text into lines of at most w columns (a '\n' in the text starts a new line; a
 * word wider than w is cut). Returns the number of lines; *lines gets them (GC). */
static int wrap(const char *text, int w, char ***lines) {
  Vec v = {0};
  if (w < 8) w = 8;
  const char *s = text ? text : "";
  do {
    const char *nl = strchr(s, '\n');
    size_t plen = nl ? (size_t)(nl - s) : strlen(s);
    Buf line; buf_init(&line);
    int lw = 0;
    size_t i = 0;
    bool any = false;
    while (i < plen) {
      while (i < plen && s[i] == ' ') i++;
      if (i >= plen) break;
      size_t j = i;
      while (j < plen && s[j] != ' ') j++;
      int ww = dwidth_n(s + i, j - i);
      if (any && lw + 1 + ww > w) {           /* the word goes on the next line */
        vec_push(&v, zan_strdup(buf_cstr(&line)));
        buf_init(&line);
        lw = 0;
        any = false;
      }
      while (ww > w) {                        /* a word wider than a line: cut it */
        int kw;
        size_t k = fit(s + i, j - i, w - lw - (any ? 1 : 0), &kw);
        if (any) buf_push(&line, ' ');
        buf_append(&line, s + i, k);
        vec_push(&v, zan_strdup(buf_cstr(&line)));
        buf_init(&line);
        lw = 0;
        any = false;
        i += k;
        ww -= kw;                             /* the rest of the word, not measured again */
      }
      if (i < j) {
        if (any) { buf_push(&line, ' '); lw++; }
        buf_append(&line, s + i, j - i);
        lw += ww;
        any = true;
      }
      i = j;
    }
    vec_push(&v, zan_strdup(buf_cstr(&line)));
    s = nl ? nl + 1 : NULL;
  } while (s);
  *lines = (char **)v.items;
  return v.n;
}

/* prefix at column indent, then text wrapped after it; continuation lines under the text. */
static void hang(Rep *x, int indent, const char *prefix, const char *text) {
  int pw = dwidth(prefix);
  char **lines;
  int n = wrap(text, WIDTH - indent - pw, &lines);
  for (int i = 0; i < n; i++) {
    pad(x->out, indent);
    if (i == 0) emit(x->out, prefix); else pad(x->out, pw);
    emit(x->out, lines[i]);
    buf_push(x->out, '\n');
  }
}

/* Two columns: left wrapped in lw columns at indent, right wrapped in the rest. */
static void two_col(Rep *x, int indent, int lw, const char *left, const char *right) {
  char **l, **r;
  int nl = wrap(left, lw, &l);
  int nr = wrap(right, WIDTH - indent - lw - 2, &r);
  for (int i = 0; i < nl || i < nr; i++) {
    pad(x->out, indent);
    const char *a = i < nl ? l[i] : "";
    emit(x->out, a);
    if (i < nr && *r[i]) {
      pad(x->out, lw - dwidth(a) + 2);
      emit(x->out, r[i]);
    }
    buf_push(x->out, '\n');
  }
}

/* A heading: a blank line, then the text in capitals. */
static void heading(Rep *x, const char *text) {
  buf_push(x->out, '\n');
  const char *s = text;
  size_t n = strlen(s), i = 0;
  Buf up; buf_init(&up);
  while (i < n) {
    int32_t cp;
    int len = utf8_decode((const unsigned char *)s + i, n - i, &cp);
    if (len <= 0) { buf_push(&up, s[i]); i++; continue; }
    char enc[4];
    int k = utf8_encode(utf8proc_toupper(cp), enc);
    buf_append(&up, enc, (size_t)k);
    i += (size_t)len;
  }
  hang(x, 0, "", buf_cstr(&up));
}

/* ---- texts of the policy ---- */

static const char *output_label(const Rep *x, int o) {
  const char *l = texts_pick(x->p->outputs[o].label, x->lang);
  return l ? l : x->p->outputs[o].name;
}
/* A fact without a label is named by its whole path: its last segment alone is ambiguous
 * ("british_citizen" of the father and of the mother). */
static const char *fact_label(const Rep *x, const IrFact *f) {
  const char *l = texts_pick(f->label, x->lang);
  return l ? l : f->path ? f->path : f->name;
}
/* "label (path)", or the path alone when the fact has no label. */
static const char *fact_named(const Rep *x, const IrFact *f) {
  const char *l = texts_pick(f->label, x->lang);
  return l && f->path ? zan_sprintf("%s (%s)", l, f->path) : fact_label(x, f);
}
static const char *value_text(const Rep *x, Val v, const Type *t) {
  Buf b; buf_init(&b);
  render_value_text(v, t, x->lang, &b);
  return buf_cstr(&b);
}
/* Output o's value: an amount as its declaration says (unit, rounding, per cent). */
static const char *output_text(const Rep *x, int o, Val v) {
  Buf b; buf_init(&b);
  render_output_value_text(x->p, o, v, x->lang, &b);
  return buf_cstr(&b);
}

/* Whether the contribution v of a rule (a value, or a one-member set for `includes`) holds m. */
static bool gives_member(Val v, Val m) {
  if (v.kind != V_SET) return false;
  for (uint32_t i = 0; i < v.as.set->n; i++)
    if (val_eq(v.as.set->items[i], m)) return true;
  return false;
}

/* The articles behind a decided value or a set member: the rules that applied (and, for a
 * possible member, those that may apply), each article once, "; " between them. Without a
 * trace, the rules that can include the member say it. */
static const char *cites_of(const Rep *x, int o, const Val *member, bool maybe_too) {
  const Program *p = x->p;
  const OutputResult *R = &x->r->outputs[o];
  Buf b; buf_init(&b);
  int nrules = 0, nseen = 0;
  int *rules = NULL, *seen = NULL;          /* the articles cited so far: few per output */
  if (R->ntrace > 0) {
    rules = ZAN_NEWN(int, R->ntrace);
    for (int k = 0; k < R->ntrace; k++) {
      const TraceEntry *t = &R->trace[k];
      if (t->status == TR_SET_ASIDE || (t->status == TR_MAY_APPLY && !maybe_too)) continue;
      if (member && !gives_member(t->value, *member)) continue;
      rules[nrules++] = t->rule;
    }
  } else if (member) {
    int *of, n = render_rules_of(p, o, &of);   /* the output's own rules, not all rules */
    rules = of;
    for (int i = 0; i < n; i++) {
      const IrRule *ru = &p->rules[of[i]];
      if (ru->output == o && ru->includes && ru->value && ru->value->op == X_CONST &&
          val_eq(ru->value->as.k, *member))
        rules[nrules++] = of[i];
    }
  }
  for (int i = 0; i < nrules; i++) {
    const IrRule *ru = &p->rules[rules[i]];
    if (!seen) seen = ZAN_NEWN(int, 8);
    for (int c = 0; c < ru->ncites; c++) {
      bool dup = false;
      for (int k = 0; k < nseen && !dup; k++) dup = seen[k] == ru->cites[c];
      if (dup) continue;
      if ((nseen & (nseen - 1)) == 0 && nseen >= 8) {   /* full at 8, 16, 32 …: double */
        int *s2 = ZAN_NEWN(int, nseen * 2);
        memcpy(s2, seen, sizeof(int) * (size_t)nseen);
        seen = s2;
      }
      seen[nseen++] = ru->cites[c];
      if (b.len) buf_puts(&b, "; ");
      buf_puts(&b, glue(render_article_citation(p, ru->cites[c], x->lang)));
    }
  }
  return b.len ? buf_cstr(&b) : NULL;
}

static const char *with_cites(const char *text, const char *cites) {
  return cites ? zan_sprintf("%s — %s", text, cites) : text;
}

/* ---- explanations (--explain) ---- */

static const char *status_word(const Rep *x, const TraceEntry *t) {
  if (t->status == TR_SET_ASIDE)
    return zan_sprintf("%s %s", msg_format(N_RENDER_SET_ASIDE, x->lang), t->by >= 0 ? x->p->rules[t->by].name : "?");
  return msg_format(t->status == TR_APPLIED ? N_RENDER_APPLIED : N_RENDER_MAY_APPLY, x->lang);
}

static const char *article_status_text(const Rep *x, ArticleStatus s) {
  return msg_format(s == ST_OFFICIAL ? N_REPORT_STATUS_OFFICIAL :
                    s == ST_UNOFFICIAL_TRANSLATION ? N_REPORT_STATUS_UNOFFICIAL : N_REPORT_STATUS_SUMMARY, x->lang);
}

/* One rule's part: its status and articles, its text with the facts filled in, the facts it
 * read with their values, and each article's title, status and date. */
static void explain_entry(Rep *x, const TraceEntry *t, int indent) {
  const Program *p = x->p;
  const IrRule *rule = &p->rules[t->rule];
  const char *mark = t->status == TR_APPLIED ? "+ " : t->status == TR_MAY_APPLY ? "? " : "- ";
  const char *head = zan_sprintf("%s (%s)", rule->name, status_word(x, t));
  for (int c = 0; c < rule->ncites; c++)
    head = zan_sprintf("%s%s%s", head, c ? "; " : " — ", glue(render_article_citation(p, rule->cites[c], x->lang)));
  hang(x, indent, mark, head);
  const char *text = render_explain_text(p, x->slots, x->r, texts_pick(rule->explain, x->lang), x->lang);
  if (text) hang(x, indent + 2, "", text);
  /* the facts it read, then the other outputs it read, with their values */
  int *outs;
  int nouts = render_outputs_read(p, rule, &outs);
  if (t->nfacts + nouts > 0) {
    Buf b; buf_init(&b);
    for (int i = 0; i < t->nfacts; i++) {
      const IrFact *f = p->slots[t->fact_slots[i]];
      if (b.len) buf_puts(&b, "; ");
      buf_printf(&b, "%s = %s", fact_label(x, f), value_text(x, t->fact_values[i], f->type));
    }
    for (int i = 0; i < nouts; i++) {
      const OutputResult *R = &x->r->outputs[outs[i]];
      if (b.len) buf_puts(&b, "; ");
      buf_printf(&b, "%s = %s", output_label(x, outs[i]),
                 output_text(x, outs[i], R->decided ? R->value : val_unknown()));
    }
    hang(x, indent + 2, zan_sprintf("%s: ", msg_format(N_REPORT_FACTS, x->lang)), buf_cstr(&b));
  }
  for (int c = 0; c < rule->ncites; c++) {
    const IrArticle *a = &p->articles[rule->cites[c]];
    Buf b; buf_init(&b);
    const char *title = texts_pick(a->title, x->lang);
    ArticleStatus status;
    const char *source;                                                   /* (JSON only: long) */
    render_article_text(p, rule->cites[c], x->lang, &status, &source);   /* the reader's text's status */
    buf_puts(&b, glue(render_article_citation(p, rule->cites[c], x->lang)));
    if (title && !render_article_citation_has_title(p, rule->cites[c], x->lang)) buf_printf(&b, " «%s»", title);
    buf_printf(&b, " [%s", article_status_text(x, status));
    if (a->has_from) {
      char d[11];
      date_format(a->from, d);
      buf_printf(&b, "; %s", zan_sprintf(msg_format(N_REPORT_IN_FORCE_FROM, x->lang), d));
    }
    buf_push(&b, ']');
    hang(x, indent + 2, "§ ", buf_cstr(&b));
  }
}

/* The trace entries of output o (all, or those giving member m), explained. */
static void explain_output(Rep *x, int o, const Val *member, bool aside_only, int indent) {
  const OutputResult *R = &x->r->outputs[o];
  if (R->ntrace == 0 && R->decided && R->by_default && !member && !aside_only) {
    hang(x, indent, "", zan_sprintf("(%s)", msg_format(N_REPORT_BY_DEFAULT, x->lang)));
    return;
  }
  for (int k = 0; k < R->ntrace; k++) {
    const TraceEntry *t = &R->trace[k];
    if (aside_only && t->status != TR_SET_ASIDE) continue;
    if (member && !gives_member(t->value, *member)) continue;
    explain_entry(x, t, indent);
  }
}

/* ---- the parts of the report ---- */

static void header(Rep *x) {
  const Program *p = x->p;
  const char *title = texts_pick(p->title, x->lang);
  if (!title) title = p->name ? p->name : "?";
  char **lines;
  int n = wrap(title, WIDTH, &lines), tw = 0;
  for (int i = 0; i < n; i++) {
    buf_puts(x->out, lines[i]);
    buf_push(x->out, '\n');
    if (dwidth(lines[i]) > tw) tw = dwidth(lines[i]);
  }
  for (int i = 0; i < tw; i++) buf_push(x->out, '=');
  buf_push(x->out, '\n');

  /* the system: the text facts of the subject's group (id, name, owner …), in their order */
  const char *keys[64], *vals[64];
  int nk = 0;
  if (p->subject_slot >= 0) {
    const IrFact *subj = p->slots[p->subject_slot];
    const char *dot = strrchr(subj->path, '.');
    const IrFact *g = dot ? ir_find_fact(p, subj->path, (size_t)(dot - subj->path), false) : p->facts;
    for (int i = 0; g && i < g->n && nk < 60; i++) {
      const IrFact *f = g->children[i];
      if (f->slot < 0 || !f->type || f->type->kind != T_TEXT) continue;
      Val v = x->slots ? x->slots[f->slot] : val_unknown();
      if (v.kind == V_UNKNOWN && f != subj) continue;
      keys[nk] = texts_pick(f->label, x->lang) ? fact_label(x, f) : f->name;   /* one group: no ambiguity */
      vals[nk++] = value_text(x, f == subj ? x->r->subject : v, f->type);
    }
  }
  char d[11];
  date_format(x->r->as_of, d);
  keys[nk] = msg_format(N_RENDER_AS_OF, x->lang);
  vals[nk++] = zan_strdup(d);
  keys[nk] = msg_format(N_RENDER_POLICY, x->lang);
  vals[nk++] = p->version ? zan_sprintf(msg_format(N_REPORT_POLICY_VERSION, x->lang), p->name, p->version)
                          : (p->name ? p->name : "?");
  int kw = 0;
  for (int i = 0; i < nk; i++) if (dwidth(keys[i]) + 1 > kw) kw = dwidth(keys[i]) + 1;
  if (kw > KEY_MAX) kw = KEY_MAX;
  for (int i = 0; i < nk; i++) two_col(x, 0, kw, zan_sprintf("%s:", keys[i]), vals[i]);
}

/* A set of enum members gets a section of its own, one member a line; every other output is
 * a line of the decisions. */
static bool is_collection(const Type *t) {
  return t && t->kind == T_SET && t->as.elem && t->as.elem->kind == T_ENUM;
}

static void decisions(Rep *x) {
  const Program *p = x->p;
  int lw = 0;
  for (int o = 0; o < p->noutputs; o++)
    if (!is_collection(p->outputs[o].type) && dwidth(output_label(x, o)) > lw) lw = dwidth(output_label(x, o));
  if (lw == 0) return;
  if (lw > LABEL_MAX) lw = LABEL_MAX;
  heading(x, msg_format(N_REPORT_DECISIONS, x->lang));
  for (int o = 0; o < p->noutputs; o++) {
    const IrOutput *O = &p->outputs[o];
    if (is_collection(O->type)) continue;
    const OutputResult *R = &x->r->outputs[o];
    const char *right = R->decided
      ? with_cites(output_text(x, o, R->value), R->by_default ? NULL : cites_of(x, o, NULL, false))
      : msg_format(N_REPORT_SEE_BELOW, x->lang);
    two_col(x, 2, lw, output_label(x, o), right);
    if (x->explain) explain_output(x, o, NULL, false, 4);
  }
}

/* The members of a set output: certain ones, then (undetermined) the possible ones; *at: each
 * one's index in the set (its OutputResult.checks entry), when at is not NULL. */
static int members(const Rep *x, int o, Val **items, bool **maybe, int **at) {
  const OutputResult *R = &x->r->outputs[o];
  Val v = R->value.kind == V_SET ? R->value : R->at_least;
  if (v.kind != V_SET) { *items = NULL; *maybe = NULL; if (at) *at = NULL; return 0; }
  uint32_t n = v.as.set->n;
  *items = ZAN_NEWN(Val, n);
  *maybe = ZAN_NEWN(bool, n);
  if (at) *at = ZAN_NEWN(int, n);
  int k = 0;
  for (int pass = 0; pass < 2; pass++)
    for (uint32_t i = 0; i < n; i++) {
      bool m = !R->decided && v.as.set->maybe && v.as.set->maybe[i];
      if (m != (pass == 1)) continue;
      if (at) (*at)[k] = (int)i;
      (*items)[k] = v.as.set->items[i];
      (*maybe)[k++] = m;
    }
  return k;
}

static const char *member_text(const Rep *x, int o, Val m, bool maybe) {
  const Type *et = x->p->outputs[o].type->as.elem;
  const char *t = value_text(x, m, et);
  if (maybe) t = zan_sprintf("%s (%s)", t, msg_format(N_REPORT_POSSIBLY, x->lang));
  return with_cites(t, cites_of(x, o, &m, maybe));
}

static void set_section(Rep *x, int o) {
  heading(x, output_label(x, o));
  Val *items; bool *maybe;
  int n = members(x, o, &items, &maybe, NULL);
  for (int i = 0; i < n; i++) {
    hang(x, 2, "• ", member_text(x, o, items[i], maybe[i]));
    if (x->explain) explain_output(x, o, &items[i], false, 4);
  }
  const OutputResult *R = &x->r->outputs[o];
  if (R->decided && n == 0) hang(x, 2, "", msg_format(N_REPORT_NONE, x->lang));
  if (!R->decided) hang(x, 2, "", msg_format(N_REPORT_SEE_BELOW, x->lang));
  if (x->explain) explain_output(x, o, NULL, true, 4);
}

/* Whether output o is printed as a checklist: it declares `unmet when` and the run computed
 * the checks (EVAL_CHECKS; without them its members are a plain section). */
static bool has_checklist(const Rep *x, int o) {
  return x->p->outputs[o].unmet_by && x->r->checklists;
}

/* An output with `unmet when F intersects FN`: its members as a checklist, each with the
 * status the evaluator gave it (OutputResult.checks), the members of F that show it not met,
 * or the unknown facts that leave it open. */
static void checklist(Rep *x, int o) {
  const IrOutput *O = &x->p->outputs[o];
  const OutputResult *R = &x->r->outputs[o];
  heading(x, zan_sprintf(msg_format(N_REPORT_CHECKLIST, x->lang), output_label(x, o)));
  static const char *marks[] = { "[x] ", "[!] ", "[?] ", "[-] " };   /* by UnmetStatus */
  const char *words[4] = { msg_format(N_REPORT_MET, x->lang), msg_format(N_REPORT_NOT_MET, x->lang),
                           msg_format(N_REPORT_STATUS_UNKNOWN, x->lang), msg_format(N_REPORT_NOT_CHECKED, x->lang) };
  int sw = 0;
  for (int i = 0; i < 4; i++) if (dwidth(words[i]) > sw) sw = dwidth(words[i]);
  int col = 2 + 4 + sw + 2;                   /* where the duty's text starts */
  Val *items; bool *maybe; int *at;
  int n = members(x, o, &items, &maybe, &at);
  const Type *ft = x->p->outputs[O->unmet_findings].type;
  for (int i = 0; i < n; i++) {
    const UnmetCheck *k = at[i] < R->nchecks ? &R->checks[at[i]] : NULL;
    UnmetStatus st = k ? k->status : UNMET_NOT_CHECKED;
    Buf pre; buf_init(&pre);
    buf_puts(&pre, marks[st]);
    buf_puts(&pre, words[st]);
    pad(&pre, sw - dwidth(words[st]) + 2);
    hang(x, 2, buf_cstr(&pre), member_text(x, o, items[i], maybe[i]));
    for (int j = 0; k && j < k->nshown; j++)      /* not met: the findings that show it */
      hang(x, col, "→ ", with_cites(value_text(x, k->shown[j], ft->as.elem),
                                     cites_of(x, O->unmet_findings, &k->shown[j], false)));
    if (k && k->nopen) {                          /* unknown: the facts that leave it open */
      Buf facts; buf_init(&facts);
      for (int j = 0; j < k->nopen; j++) {
        if (j) buf_puts(&facts, "; ");
        buf_puts(&facts, fact_named(x, x->p->slots[k->open[j]]));
      }
      hang(x, col, zan_sprintf("%s: ", msg_format(N_RENDER_NEEDS, x->lang)), buf_cstr(&facts));
    }
    if (x->explain) explain_output(x, o, &items[i], false, col);
  }
  if (R->decided && n == 0) hang(x, 2, "", msg_format(N_REPORT_NONE, x->lang));
  if (!R->decided) hang(x, 2, "", msg_format(N_REPORT_SEE_BELOW, x->lang));
}

static void undetermined(Rep *x) {
  const Program *p = x->p;
  bool any = false;
  for (int o = 0; o < p->noutputs; o++) {
    const OutputResult *R = &x->r->outputs[o];
    if (R->decided) continue;
    if (!any) heading(x, msg_format(N_REPORT_UNDETERMINED, x->lang));
    any = true;
    const char *line = output_label(x, o);
    /* a set's certain members are in its own section; a bound (max) is said here */
    if (R->at_least.kind != V_UNKNOWN && !is_collection(p->outputs[o].type))
      line = zan_sprintf("%s — %s: %s", line, msg_format(N_RENDER_AT_LEAST, x->lang),
                         output_text(x, o, R->at_least));
    hang(x, 2, "", line);
    for (int k = 0; k < R->nneeds; k++) {
      const IrFact *f = p->slots[R->needs[k]];
      hang(x, 4, "• ", fact_named(x, f));
    }
  }
}

void render_text(const Program *p, const Val *slots, const Result *r, const RenderOptions *o, Buf *out) {
  Rep x = { p, slots, r, o ? o->lang : LANG_EN, o && o->explain, out };
  header(&x);
  if (r->error) {
    buf_push(out, '\n');
    hang(&x, 0, zan_sprintf("%s: ", msg_format(N_RENDER_ERROR, x.lang)), r->error->message);
    return;
  }
  decisions(&x);
  /* sets that are neither a checklist nor one's findings, in the policy's order; then each
   * checklist followed by the findings it is judged by (once) */
  bool *findings = ZAN_NEWN(bool, p->noutputs);
  for (int i = 0; i < p->noutputs; i++)
    if (has_checklist(&x, i)) findings[p->outputs[i].unmet_findings] = true;
  for (int i = 0; i < p->noutputs; i++)
    if (is_collection(p->outputs[i].type) && !has_checklist(&x, i) && !findings[i])
      set_section(&x, i);
  for (int i = 0; i < p->noutputs; i++) {
    int f = p->outputs[i].unmet_findings;
    if (!has_checklist(&x, i)) continue;
    checklist(&x, i);
    if (findings[f] && !has_checklist(&x, f)) set_section(&x, f);
    findings[f] = false;                      /* printed */
  }
  undetermined(&x);
}
