/* doc_pages.c — the pages of `zan doc` from the model (doc_model.c): the index (the statute by
 * chapters and articles with each article's coverage), a page per statute article or other
 * act (the article's texts in kk, ru and en side by side with status and source, the rules
 * and parameters that cite it, the statute's paragraphs marked by coverage), and the pages of
 * rules, facts, outputs and test coverage; doc_build puts them together. */
#include <string.h>
#include "doc_impl.h"
#include "render.h"
#include "../lang/base/alloc.h"
#include "../lang/base/translit.h"

static void link(Buf *b, const char *href, const char *text, const char *cls) {
  buf_puts(b, "<a href=\"");
  html_esc(b, href);
  if (cls) buf_printf(b, "\" class=\"%s", cls);
  buf_puts(b, "\">");
  html_esc(b, text);
  buf_puts(b, "</a>");
}

static const char *cover_class(DocCover c) {
  return c == COV_FULL ? "cov-full" : c == COV_PART ? "cov-part" : "cov-none";
}

static void cover_badge(Buf *b, const DocModel *m, DocCover c) {
  buf_printf(b, "<span class=\"badge %s\">", cover_class(c));
  html_esc(b, doc_msg(m, c == COV_FULL   ? N_DOC_ENCODED
                         : c == COV_PART ? N_DOC_PARTLY
                                         : N_DOC_UNENCODED));
  buf_puts(b, "</span>");
}

static void legend(Buf *b, const DocModel *m) {
  buf_puts(b, "<p class=\"legend\"><b>");
  html_esc(b, doc_msg(m, N_DOC_LEGEND));
  buf_puts(b, ":</b> ");
  cover_badge(b, m, COV_FULL);
  buf_puts(b, " ");
  cover_badge(b, m, COV_PART);
  buf_puts(b, " ");
  cover_badge(b, m, COV_NONE);
  buf_puts(b, "</p>\n");
}

/* "file.zan:12" relative to the policy's folder. */
static const char *where(const DocModel *m, Loc l) {
  if (!l.src || !l.src->path) return "";
  int line = 0, col = 0;
  source_linecol(l.src, l.start, &line, &col);
  const char *path = l.src->path, *dir = m->p->dir;
  size_t dl = dir ? strlen(dir) : 0;
  if (dl && strncmp(path, dir, dl) == 0 && path[dl] == '/') path += dl + 1;
  else if (strrchr(path, '/')) path = strrchr(path, '/') + 1;
  return zan_sprintf("%s:%d", path, line);
}

static const char *article_label(const DocModel *m, int a) {
  const IrArticle *A = &m->p->articles[a];
  const char *cite = cite_format(A->id, m->lang);
  const char *title = A->title ? texts_pick(A->title, m->lang) : NULL;
  return title && !strstr(cite, title) ? zan_sprintf("%s. %s", cite, title) : cite;
}

static DocCover article_cover(const DocModel *m, int a) {
  if (m->article_rules[a].n || m->article_params[a].n) return COV_FULL;
  const IrArticle *A = &m->p->articles[a];
  size_t l = strlen(A->id);
  for (int i = 0; i < m->p->narticles; i++) {
    const char *o = m->p->articles[i].id;
    if ((m->article_rules[i].n || m->article_params[i].n) && strncmp(o, A->id, l) == 0 &&
        o[l] == '.')
      return COV_PART;
  }
  return COV_NONE;
}

/* A list of links after a label: "reads facts: a, b" (none: the "none" word). */
static void link_list_begin(Buf *b, const DocModel *m, MsgId label) {
  buf_puts(b, "<br><b>");
  html_esc(b, doc_msg(m, label));
  buf_puts(b, ":</b> ");
}

/* ---- rules and parameters ---- */

/* The head of a rule's or parameter's card: its anchor on its home page (rules.html), its
 * name linked there, where it is written. */
static void card_begin(Buf *b, const DocModel *m, const char *anchor, const char *name,
                       const char *href, Loc loc, bool home) {
  if (home) buf_printf(b, "<div class=\"rule\" id=\"%s\"><div class=\"meta\"><b>", anchor);
  else buf_puts(b, "<div class=\"rule\"><div class=\"meta\"><b>");
  link(b, href, name, NULL);
  buf_puts(b, "</b> <span class=\"muted\">");
  html_esc(b, where(m, loc));
  buf_puts(b, "</span>");
}

/* "cites: Article 17(1); Article 17(2)" (nothing when it cites none). */
static void cites_list(Buf *b, const DocModel *m, int n, const int *cites) {
  if (!n) return;
  link_list_begin(b, m, N_DOC_CITES);
  for (int i = 0; i < n; i++) {
    if (i) buf_puts(b, "; ");
    link(b, doc_href_article(m, cites[i]), cite_format(m->p->articles[cites[i]].id, m->lang), NULL);
  }
}

/* The card's end: the declaration's source under its links. */
static void card_end(Buf *b, const DocModel *m, Loc src) {
  buf_puts(b, "</div>\n");
  doc_source(b, m, src);
  buf_puts(b, "</div>\n");
}

static void rule_card(Buf *b, const DocModel *m, int r, bool home) {
  const Program *p = m->p;
  const IrRule *R = &p->rules[r];
  card_begin(b, m, zan_sprintf("r-%s", doc_slug(R->name)), R->name, doc_href_rule(m, r), R->loc,
             home);
  buf_puts(b, " · ");
  html_esc(b, doc_msg(m, N_DOC_SETS));
  buf_puts(b, " ");
  if (R->output >= 0) link(b, doc_href_output(m, R->output), p->outputs[R->output].name, NULL);
  for (int i = 0; i < R->nbases; i++) {
    buf_puts(b, i ? ", " : " · ");
    if (!i) {
      html_esc(b, doc_msg(m, N_DOC_EXCEPTION_TO));
      buf_puts(b, " ");
    }
    link(b, doc_href_rule(m, R->bases[i]), p->rules[R->bases[i]].name, NULL);
  }
  cites_list(b, m, R->ncites, R->cites);
  const IntList *fs = &m->rule_facts[r];
  link_list_begin(b, m, N_DOC_READS_FACTS);
  if (!fs->n) html_esc(b, doc_msg(m, N_DOC_NONE));
  for (int i = 0; i < fs->n; i++) {
    if (i) buf_puts(b, ", ");
    link(b, zan_sprintf("facts.html#%s", m->fact_anchor[fs->v[i]]), p->slots[fs->v[i]]->path, NULL);
  }
  if (m->rule_outputs[r].n) {
    link_list_begin(b, m, N_DOC_READS_OUTPUTS);
    for (int i = 0; i < m->rule_outputs[r].n; i++) {
      if (i) buf_puts(b, ", ");
      int o = m->rule_outputs[r].v[i];
      link(b, doc_href_output(m, o), p->outputs[o].name, NULL);
    }
  }
  const IntList *t = &m->rule_tests[r];
  if (t->n) {
    buf_printf(b, "<br><b>");
    html_esc(b, doc_msg(m, N_DOC_TESTED_BY));
    buf_printf(b, " (%d):</b> ", t->n);
    for (int i = 0; i < t->n; i++) {
      if (i) buf_puts(b, ", ");
      link(b, doc_href_test(m, t->v[i]), m->tests->outcomes[t->v[i]].name, NULL);
    }
  } else {
    buf_puts(b, "<br><span class=\"badge cov-part\">");
    html_esc(b, doc_msg(m, N_DOC_UNTESTED));
    buf_puts(b, "</span>");
  }
  card_end(b, m, m->rule_src[r]);
}

static void param_card(Buf *b, const DocModel *m, int i, bool home) {
  const IrParam *P = &m->p->params[i];
  card_begin(b, m, zan_sprintf("param-%s", doc_slug(P->name)), P->name, doc_href_param(m, i),
             P->loc, home);
  const char *label = P->label ? texts_pick(P->label, m->lang) : NULL;
  if (label) {
    buf_puts(b, " · ");
    html_esc(b, label);
  }
  cites_list(b, m, P->ncites, P->cites);
  card_end(b, m, m->param_src[i]);
}

void doc_page_rules(Buf *b, const DocModel *m) {
  const Program *p = m->p;
  doc_page_begin(b, m, doc_msg(m, N_DOC_NAV_RULES), 1);
  buf_puts(b, "<h1>");
  html_esc(b, doc_msg(m, N_DOC_NAV_RULES));
  buf_printf(b, " <span class=\"muted\">(%d)</span></h1>\n", p->nrules);
  for (int r = 0; r < p->nrules; r++) rule_card(b, m, r, true);
  if (p->nparams) {
    buf_puts(b, "<h2>");
    html_esc(b, doc_msg(m, N_DOC_PARAMS));
    buf_puts(b, "</h2>\n");
    for (int i = 0; i < p->nparams; i++) param_card(b, m, i, true);
  }
  doc_page_end(b, m);
}

/* ---- article pages ---- */

static const char *lang_name(const DocModel *m, int k) {
  static const char *names[] = { "Қазақша", "Русский", "English" };
  return k == 0 && m->lang == LANG_KK_LATN ? translit_kk_latn_str(names[0]) : names[k];
}

static void text_column(Buf *b, const DocModel *m, const IrArticle *A, int k) {
  static const char *codes[] = { "kk", "ru", "en" };
  int it = ir_article_item(A, codes[k]);
  if (it < 0) {
    buf_printf(b, "<div class=\"text missing\" lang=\"%s\"><div class=\"head\"><b>", codes[k]);
    html_esc(b, lang_name(m, k));
    buf_puts(b, "</b></div><p>");
    html_esc(b, doc_msg(m, N_DOC_NO_TEXT));
    buf_puts(b, "</p></div>\n");
    return;
  }
  ArticleStatus st = A->text_status ? A->text_status[it] : A->status;
  const char *source = A->text_source ? A->text_source[it] : A->source;
  buf_printf(b, "<div class=\"text\" lang=\"%s\"><div class=\"head\"><b>", codes[k]);
  html_esc(b, lang_name(m, k));
  buf_printf(b, "</b> <span class=\"badge st-%s\">",
             st == ST_OFFICIAL  ? "official"
             : st == ST_SUMMARY ? "summary"
                                : "translation");
  html_esc(b, msg_format(st == ST_OFFICIAL  ? N_REPORT_STATUS_OFFICIAL
                         : st == ST_SUMMARY ? N_REPORT_STATUS_SUMMARY
                                            : N_REPORT_STATUS_UNOFFICIAL,
                         m->lang));
  buf_puts(b, "</span></div>\n");
  if (source) {
    buf_puts(b, "<div class=\"src\">");
    html_esc(b, doc_msg(m, N_DOC_SOURCE));
    buf_puts(b, ": ");
    if (strncmp(source, "https://", 8) == 0 || strncmp(source, "http://", 7) == 0)
      link(b, source, source, NULL);
    else html_esc(b, source);
    buf_puts(b, "</div>\n");
  }
  const char *s = A->text->items[it].text;
  while (*s) { /* a paragraph per line */
    const char *nl = strchr(s, '\n');
    size_t n = nl ? (size_t)(nl - s) : strlen(s);
    if (n) {
      buf_puts(b, "<p>");
      html_esc_n(b, s, n);
      buf_puts(b, "</p>\n");
    }
    s += n + (nl ? 1 : 0);
  }
  buf_puts(b, "</div>\n");
}

static void article_section(Buf *b, const DocModel *m, int a) {
  const IrArticle *A = &m->p->articles[a];
  DocCover cv = article_cover(m, a);
  buf_printf(b, "<section class=\"article %s\" id=\"art-%s\">\n<h2>", cover_class(cv),
             doc_slug(A->id));
  html_esc(b, article_label(m, a));
  buf_puts(b, "</h2>\n<p>");
  cover_badge(b, m, cv);
  if (A->has_from || A->has_until) {
    char from[11] = "", until[11] = "";
    if (A->has_from) date_format(A->from, from);
    if (A->has_until) date_format(A->until, until);
    buf_puts(b, " <span class=\"muted\">");
    html_esc(b, doc_msg(m, N_DOC_IN_FORCE));
    buf_printf(b, ": %s – %s</span>", from, until);
  }
  buf_puts(b, "</p>\n<div class=\"cols\">\n");
  for (int k = 0; k < 3; k++) text_column(b, m, A, k);
  buf_puts(b, "</div>\n<h3>");
  html_esc(b, doc_msg(m, N_DOC_ENCODED_BY));
  buf_puts(b, "</h3>\n");
  const IntList *rs = &m->article_rules[a], *ps = &m->article_params[a];
  if (!rs->n && !ps->n) {
    buf_puts(b, "<p><span class=\"badge cov-none\">");
    html_esc(b, doc_msg(m, N_DOC_NO_RULES));
    buf_puts(b, "</span></p>\n");
  }
  for (int i = 0; i < rs->n; i++) rule_card(b, m, rs->v[i], false);
  for (int i = 0; i < ps->n; i++) param_card(b, m, ps->v[i], false);
  buf_puts(b, "</section>\n");
}

static void statute_blocks(Buf *b, const DocModel *m, const DocStatute *st,
                           const DocStatArticle *sa) {
  buf_puts(b, "<h2>");
  html_esc(b, zan_sprintf(doc_msg(m, N_DOC_STATUTE_TEXT), st->lang, st->path));
  buf_puts(b, "</h2>\n");
  legend(b, m);
  buf_printf(b, "<ol class=\"statute\" lang=\"%s\">\n", st->lang);
  for (int k = 0; k < sa->nblocks; k++) {
    const DocBlock *bl = &sa->blocks[k];
    buf_printf(b, "<li id=\"%s\" class=\"d%d %s\">", bl->anchor, bl->depth, cover_class(bl->cover));
    html_esc(b, bl->text);
    buf_puts(b, "<br><span class=\"who\">");
    cover_badge(b, m, bl->cover);
    if (bl->article >= 0) {
      buf_puts(b, " ");
      link(b, zan_sprintf("#art-%s", doc_slug(m->p->articles[bl->article].id)),
           cite_format(m->p->articles[bl->article].id, m->lang), NULL);
    }
    for (int i = 0; i < bl->rules.n; i++) {
      buf_puts(b, i ? ", " : " ");
      link(b, doc_href_rule(m, bl->rules.v[i]), m->p->rules[bl->rules.v[i]].name, NULL);
    }
    for (int i = 0; i < bl->params.n; i++) {
      buf_puts(b, i || bl->rules.n ? ", " : " ");
      link(b, doc_href_param(m, bl->params.v[i]), m->p->params[bl->params.v[i]].name, NULL);
    }
    buf_puts(b, "</span></li>\n");
  }
  buf_puts(b, "</ol>\n");
}

static const char *lang_code(Lang l) { return l == LANG_RU ? "ru" : l == LANG_EN ? "en" : "kk"; }

static const char *group_title(const DocModel *m, const DocGroup *g) {
  if (g->stat_article >= 0) {
    const DocStatArticle *sa = &m->statutes[g->statute].articles[g->stat_article];
    /* the policy's title of the whole article in the reader's language, when it has one */
    for (int i = 0; i < g->arts.n; i++) {
      const IrArticle *A = &m->p->articles[g->arts.v[i]];
      const char *t = A->title ? texts_pick(A->title, m->lang) : NULL;
      if (t) return zan_sprintf("%s. %s", cite_format(sa->num, m->lang), t);
    }
    /* else the statute's heading: as it is in the statute's language, else after the citation
     * in the reader's ("Article 2. Законодательство …") */
    if (strcmp(m->statutes[g->statute].lang, lang_code(m->lang)) == 0) return sa->heading;
    const char *rest = strstr(sa->heading, sa->num);
    rest = rest ? rest + strlen(sa->num) : sa->heading;
    while (*rest == '.' || *rest == ' ' || *rest == '-') rest++;
    return *rest ? zan_sprintf("%s. %s", cite_format(sa->num, m->lang), rest)
                 : cite_format(sa->num, m->lang);
  }
  if (!g->act) return doc_msg(m, N_DOC_NO_ACT);
  return g->arts.n ? cite_format(m->p->articles[g->arts.v[0]].id, m->lang) : g->act;
}

void doc_page_group(Buf *b, const DocModel *m, int gi) {
  const DocGroup *g = &m->groups[gi];
  const char *title = group_title(m, g);
  doc_page_begin(b, m, title, -1);
  buf_puts(b, "<h1>");
  html_esc(b, title);
  buf_puts(b, "</h1>\n");
  if (g->stat_article >= 0) {
    const DocStatArticle *sa = &m->statutes[g->statute].articles[g->stat_article];
    buf_printf(b, "<p class=\"muted\" lang=\"%s\">", m->statutes[g->statute].lang);
    html_esc(b, sa->heading);
    buf_puts(b, "</p>\n");
  }
  buf_puts(b, "<h2>");
  html_esc(b, doc_msg(m, N_DOC_POLICY_TEXTS));
  buf_puts(b, "</h2>\n");
  if (!g->arts.n) {
    buf_puts(b, "<p class=\"muted\">");
    html_esc(b, doc_msg(m, N_DOC_NO_POLICY_TEXT));
    buf_puts(b, "</p>\n");
  }
  for (int i = 0; i < g->arts.n; i++) article_section(b, m, g->arts.v[i]);
  if (g->stat_article >= 0)
    statute_blocks(b, m, &m->statutes[g->statute],
                   &m->statutes[g->statute].articles[g->stat_article]);
  doc_page_end(b, m);
}

/* ---- the index ---- */

static void meter(Buf *b, const DocModel *m, int full, int part, int n) {
  buf_puts(b, "<div><div class=\"bar\">");
  if (n) {
    if (full) buf_printf(b, "<span class=\"f\" style=\"width:%.1f%%\"></span>", 100.0 * full / n);
    if (part) buf_printf(b, "<span class=\"p\" style=\"width:%.1f%%\"></span>", 100.0 * part / n);
  }
  buf_puts(b, "</div><div class=\"meter\">");
  html_esc(b, zan_sprintf(doc_msg(m, N_DOC_COVERAGE), full, n));
  buf_puts(b, "</div></div>");
}

static void index_articles(Buf *b, const DocModel *m, const DocGroup *g) {
  buf_puts(b, "<ol class=\"toc\">\n");
  for (int i = 0; i < g->arts.n; i++) {
    int a = g->arts.v[i];
    DocCover cv = article_cover(m, a);
    buf_printf(b, "<li class=\"%s\"><span>", cover_class(cv));
    link(b, doc_href_article(m, a), article_label(m, a), NULL);
    buf_puts(b, "</span><span>");
    cover_badge(b, m, cv);
    buf_puts(b, "</span></li>\n");
  }
  buf_puts(b, "</ol>\n");
}

void doc_page_index(Buf *b, const DocModel *m) {
  const Program *p = m->p;
  const char *site = p->title ? texts_pick(p->title, m->lang) : NULL;
  doc_page_begin(b, m, doc_msg(m, N_DOC_NAV_LAW), 0);
  buf_puts(b, "<h1>");
  html_esc(b, site ? site : p->name ? p->name : "zan");
  buf_puts(b, "</h1>\n");
  int ids = 0, full = 0, part = 0;
  for (int s = 0; s < m->nstatutes; s++)
    for (int a = 0; a < m->statutes[s].narticles; a++) {
      ids += m->statutes[s].articles[a].nids;
      full += m->statutes[s].articles[a].nfull;
      part += m->statutes[s].articles[a].npart;
    }
  if (m->nstatutes) {
    buf_puts(b, "<p class=\"summary\">");
    html_esc(b, zan_sprintf(doc_msg(m, N_DOC_COVERAGE_TOTAL), full, ids, part, ids - full - part));
    buf_puts(b, "</p>\n");
  }
  legend(b, m);
  for (int s = 0; s < m->nstatutes; s++) {
    const DocStatute *st = &m->statutes[s];
    for (int c = -1; c < st->nchapters; c++) {
      bool any = false;
      for (int a = 0; a < st->narticles; a++) {
        const DocStatArticle *sa = &st->articles[a];
        if (sa->chapter != c) continue;
        if (!any) {
          if (c >= 0) {
            buf_printf(b, "<h2 lang=\"%s\">", st->lang);
            html_esc(b, st->chapters[c]);
            buf_puts(b, "</h2>\n");
          }
          buf_puts(b, "<ol class=\"toc\">\n");
          any = true;
        }
        const DocGroup *g = &m->groups[sa->group];
        DocCover cv = sa->nfull == sa->nids && sa->nids ? COV_FULL
                      : sa->nfull || sa->npart          ? COV_PART
                                                        : COV_NONE;
        buf_printf(b, "<li class=\"%s\"><span>", cover_class(cv));
        link(b, g->file, group_title(m, g), NULL);
        if (g->arts.n) {
          buf_puts(b, "<br><span class=\"meter\">");
          for (int i = 0; i < g->arts.n; i++) {
            if (i) buf_puts(b, " · ");
            link(b, doc_href_article(m, g->arts.v[i]),
                 cite_format(p->articles[g->arts.v[i]].id, m->lang), NULL);
          }
          buf_puts(b, "</span>");
        }
        buf_puts(b, "</span>");
        meter(b, m, sa->nfull, sa->npart, sa->nids);
        buf_puts(b, "</li>\n");
      }
      if (any) buf_puts(b, "</ol>\n");
    }
  }
  bool others = false;
  for (int gi = 0; gi < m->ngroups; gi++) {
    const DocGroup *g = &m->groups[gi];
    if (g->stat_article >= 0) continue;
    if (!others) {
      buf_puts(b, "<h2>");
      html_esc(b, doc_msg(m, m->nstatutes ? N_DOC_OTHER_ACTS : N_DOC_ARTICLES));
      buf_puts(b, "</h2>\n");
      others = true;
    }
    buf_puts(b, "<h3>");
    link(b, g->file, g->act ? g->act : doc_msg(m, N_DOC_NO_ACT), NULL);
    buf_puts(b, "</h3>\n");
    index_articles(b, m, g);
  }
  doc_page_end(b, m);
}

/* ---- facts ---- */

static void fact_rows(Buf *b, const DocModel *m, const IrFact *g, const char *prefix) {
  const Program *p = m->p;
  for (int i = 0; i < g->n; i++) {
    const IrFact *f = g->children[i];
    const char *path = *prefix ? zan_sprintf("%s.%s", prefix, f->name) : f->name;
    const char *label = f->label ? texts_pick(f->label, m->lang) : NULL;
    if (!f->type) {
      buf_printf(b, "<tr id=\"f-%s\"><th colspan=\"5\">", doc_slug(path));
      html_esc(b, f->path);
      buf_puts(b, " <span class=\"muted\">");
      html_esc(b, label ? label : doc_msg(m, N_DOC_GROUP));
      buf_puts(b, "</span></th></tr>\n");
      fact_rows(b, m, f, path);
      continue;
    }
    buf_printf(b, "<tr id=\"%s\"><td><code>", m->fact_anchor[f->slot]);
    html_esc(b, f->path);
    buf_puts(b, "</code></td><td>");
    html_esc(b, label ? label : "");
    buf_puts(b, "</td><td>");
    const char *ask = f->ask ? texts_pick(f->ask, m->lang) : NULL;
    html_esc(b, ask ? ask : "");
    buf_puts(b, "</td><td><code>");
    html_esc(b, type_name(f->type));
    buf_puts(b, "</code></td><td>");
    const IntList *rs = &m->slot_rules[f->slot], *os = &m->slot_outputs[f->slot];
    if (f->slot == p->subject_slot || f->slot == p->as_of_slot) {
      buf_puts(b, "<span class=\"muted\">");
      html_esc(b, doc_msg(m, f->slot == p->subject_slot ? N_DOC_SUBJECT : N_DOC_AS_OF));
      buf_puts(b, "</span>");
      if (rs->n || os->n) buf_puts(b, "<br>");
    } else if (!rs->n && !os->n) {
      buf_puts(b, "<span class=\"unused\">");
      html_esc(b, doc_msg(m, N_DOC_READ_BY_NONE));
      buf_puts(b, "</span>");
    }
    for (int k = 0; k < rs->n; k++) {
      if (k) buf_puts(b, ", ");
      link(b, doc_href_rule(m, rs->v[k]), p->rules[rs->v[k]].name, NULL);
    }
    for (int k = 0; k < os->n; k++) {
      buf_puts(b, k || rs->n ? ", " : "");
      html_esc(b, doc_msg(m, N_DOC_DEFAULT_OF));
      buf_puts(b, " ");
      link(b, doc_href_output(m, os->v[k]), p->outputs[os->v[k]].name, NULL);
    }
    buf_puts(b, "</td></tr>\n");
  }
}

void doc_page_facts(Buf *b, const DocModel *m) {
  doc_page_begin(b, m, doc_msg(m, N_DOC_NAV_FACTS), 2);
  buf_puts(b, "<h1>");
  html_esc(b, doc_msg(m, N_DOC_NAV_FACTS));
  buf_printf(b, " <span class=\"muted\">(%d)</span></h1>\n<table>\n<tr>", m->p->nslots);
  static const MsgId heads[] = { N_DOC_NAV_FACTS, N_DOC_LABEL, N_DOC_QUESTION, N_DOC_TYPE,
                                 N_DOC_READ_BY };
  for (int i = 0; i < 5; i++) {
    buf_puts(b, "<th>");
    html_esc(b, doc_msg(m, heads[i]));
    buf_puts(b, "</th>");
  }
  buf_puts(b, "</tr>\n");
  if (m->p->facts) fact_rows(b, m, m->p->facts, "");
  buf_puts(b, "</table>\n");
  doc_page_end(b, m);
}

/* ---- outputs ---- */

static const char *combine_name(Combine c) {
  switch (c) {
  case C_UNION: return "union";
  case C_MAX: return "max";
  case C_MIN: return "min";
  case C_ANY: return "any";
  case C_ALL: return "all";
  default: return NULL;
  }
}

static void kv(Buf *b, const DocModel *m, MsgId key) {
  buf_puts(b, "<dt>");
  html_esc(b, doc_msg(m, key));
  buf_puts(b, "</dt><dd>");
}

void doc_page_outputs(Buf *b, const DocModel *m) {
  const Program *p = m->p;
  doc_page_begin(b, m, doc_msg(m, N_DOC_NAV_OUTPUTS), 3);
  buf_puts(b, "<h1>");
  html_esc(b, doc_msg(m, N_DOC_NAV_OUTPUTS));
  buf_printf(b, " <span class=\"muted\">(%d)</span></h1>\n", p->noutputs);
  for (int o = 0; o < p->noutputs; o++) {
    const IrOutput *O = &p->outputs[o];
    buf_printf(b, "<section class=\"rule\" id=\"o-%s\"><div class=\"meta\"><h2>",
               doc_slug(O->name));
    html_esc(b, O->name);
    const char *label = O->label ? texts_pick(O->label, m->lang) : NULL;
    if (label) {
      buf_puts(b, " <span class=\"muted\">");
      html_esc(b, label);
      buf_puts(b, "</span>");
    }
    buf_puts(b, "</h2>\n<dl class=\"kv\">");
    kv(b, m, N_DOC_TYPE);
    buf_puts(b, "<code>");
    html_esc(b, type_name(O->type));
    buf_puts(b, "</code></dd>");
    kv(b, m, N_DOC_COMBINE);
    const char *cn = combine_name(O->combine);
    if (cn) {
      buf_puts(b, "<code>");
      html_esc(b, cn);
      buf_puts(b, "</code>");
    } else html_esc(b, doc_msg(m, N_DOC_COMBINE_NONE));
    buf_puts(b, "</dd>");
    kv(b, m, N_DOC_DEFAULT);
    if (O->dflt && O->dflt->loc.src && O->dflt->loc.end <= O->dflt->loc.src->len) {
      buf_puts(b, "<code>");
      html_esc_n(b, O->dflt->loc.src->text + O->dflt->loc.start,
                 O->dflt->loc.end - O->dflt->loc.start);
      buf_puts(b, "</code>");
    } else html_esc(b, doc_msg(m, N_DOC_NO_DEFAULT));
    buf_puts(b, "</dd>");
    kv(b, m, N_DOC_RULES_OF);
    const IntList *rs = &m->output_rules[o];
    if (!rs->n) {
      buf_puts(b, "<span class=\"unused\">");
      html_esc(b, doc_msg(m, N_DOC_NO_RULES_OF));
      buf_puts(b, "</span>");
    }
    for (int k = 0; k < rs->n; k++) {
      if (k) buf_puts(b, ", ");
      link(b, doc_href_rule(m, rs->v[k]), p->rules[rs->v[k]].name, NULL);
      if (p->rules[rs->v[k]].nbases) {
        buf_puts(b, " <span class=\"muted\">(");
        html_esc(b, doc_msg(m, N_DOC_EXCEPTION_TO));
        buf_puts(b, " ");
        html_esc(b, p->rules[p->rules[rs->v[k]].base].name);
        buf_puts(b, ")</span>");
      }
    }
    buf_puts(b, "</dd></dl></div>\n");
    doc_source(b, m, m->output_src[o]);
    buf_puts(b, "</section>\n");
  }
  doc_page_end(b, m);
}

/* ---- tests ---- */

void doc_page_tests(Buf *b, const DocModel *m) {
  const Program *p = m->p;
  const TestReport *t = m->tests;
  doc_page_begin(b, m, doc_msg(m, N_DOC_NAV_TESTS), 4);
  buf_puts(b, "<h1>");
  html_esc(b, doc_msg(m, N_DOC_NAV_TESTS));
  buf_puts(b, "</h1>\n");
  int applied = 0;
  for (int r = 0; r < p->nrules; r++)
    if (m->rule_tests[r].n) applied++;
  int n = t ? t->noutcomes : 0;
  buf_puts(b, "<p class=\"summary\">");
  html_esc(b, zan_sprintf(doc_msg(m, N_DOC_TESTS_SUMMARY), applied, p->nrules, n, t ? t->passed : 0,
                          t ? t->failed : 0));
  buf_puts(b, "</p>\n");
  if (n) {
    buf_puts(b, "<table>\n<tr><th>");
    html_esc(b, doc_msg(m, N_DOC_NAV_TESTS));
    buf_puts(b, "</th><th></th><th></th><th>");
    html_esc(b, doc_msg(m, N_DOC_APPLIES));
    buf_puts(b, "</th></tr>\n");
  }
  for (int i = 0; i < n; i++) {
    const TestOutcome *o = &t->outcomes[i];
    buf_printf(b, "<tr id=\"%s\"><td><code>", doc_test_anchor(m, i));
    html_esc(b, o->name);
    buf_puts(b, "</code></td><td>");
    html_esc(b, doc_msg(m, o->is_case ? N_DOC_TEST_CASE : N_DOC_TEST_BLOCK));
    buf_printf(b, "</td><td><span class=\"badge %s\">", o->passed ? "cov-full" : "cov-none");
    html_esc(b, doc_msg(m, o->passed ? N_DOC_PASSED : N_DOC_FAILED));
    buf_puts(b, "</span></td><td>");
    int k = 0;
    for (int r = 0; r < p->nrules; r++) {
      if (!o->applied || !o->applied[r]) continue;
      if (k++) buf_puts(b, ", ");
      link(b, doc_href_rule(m, r), p->rules[r].name, NULL);
    }
    if (!k) html_esc(b, doc_msg(m, N_DOC_NONE));
    buf_puts(b, "</td></tr>\n");
  }
  if (n) buf_puts(b, "</table>\n");
  if (applied < p->nrules) {
    buf_puts(b, "<h2>");
    html_esc(b, doc_msg(m, N_DOC_UNTESTED_RULES));
    buf_puts(b, "</h2>\n<p>");
    int k = 0;
    for (int r = 0; r < p->nrules; r++) {
      if (m->rule_tests[r].n) continue;
      if (k++) buf_puts(b, ", ");
      link(b, doc_href_rule(m, r), p->rules[r].name, "unused");
    }
    buf_puts(b, "</p>\n");
  }
  doc_page_end(b, m);
}

/* ---- the site ---- */

static void add(Vec *pages, const char *name, Buf *b) {
  DocPage *pg = ZAN_NEW(DocPage);
  pg->name = name;
  pg->len = b->len;
  pg->data = zan_strndup(b->data ? b->data : "", b->len);
  vec_push(pages, pg);
  buf_clear(b);
}

DocSite *doc_build(const Program *p, File **files, int nfiles, const TestReport *tests, Lang lang) {
  DocModel *m = doc_model(p, files, nfiles, tests, lang);
  Vec pages = { 0 };
  Buf b;
  buf_init(&b);
  doc_page_index(&b, m);
  add(&pages, "index.html", &b);
  for (int g = 0; g < m->ngroups; g++) {
    doc_page_group(&b, m, g);
    add(&pages, m->groups[g].file, &b);
  }
  doc_page_rules(&b, m);
  add(&pages, "rules.html", &b);
  doc_page_facts(&b, m);
  add(&pages, "facts.html", &b);
  doc_page_outputs(&b, m);
  add(&pages, "outputs.html", &b);
  doc_page_tests(&b, m);
  add(&pages, "tests.html", &b);
  buf_puts(&b, doc_css());
  add(&pages, "zan-doc.css", &b);
  DocSite *site = ZAN_NEW(DocSite);
  site->n = pages.n;
  site->pages = ZAN_NEWN(DocPage, pages.n + 1);
  for (int i = 0; i < pages.n; i++) site->pages[i] = *(DocPage *)pages.items[i];
  return site;
}
