/* doc_impl.h — private to interp/doc*.c: the model the pages are written from (doc_model.c:
 * the statute read into chapters, articles and paragraphs; which rules and parameters cite
 * what; coverage; facts, outputs and tests each rule touches) and the HTML writer's helpers
 * (doc_html.c: escaping, stable names, the page frame, highlighted source). */
#ifndef ZAN_DOC_IMPL_H
#define ZAN_DOC_IMPL_H
#include "doc.h"
#include "../lang/query.h"
#include "../lang/base/buf.h"

typedef struct IntList {
  int n, cap;
  int *v;
} IntList;
void il_push(IntList *l, int x);
bool il_has(const IntList *l, int x);

/* How much of a statute paragraph rules encode: a rule or parameter cites it or an article
 * above it (FULL), or only something below it, one of its sub-paragraphs (PART). */
typedef enum { COV_NONE, COV_PART, COV_FULL } DocCover;

typedef struct DocBlock { /* one paragraph of a statute file, as a line of it */
  const char *id; /* "17.3.6" sub-paragraph, "17.3" paragraph, "17" the article */
  const char *anchor; /* unique within its page */
  const char *text;
  int depth; /* 0 the article's own text, 1 a paragraph, 2 a sub-paragraph */
  bool first; /* the first block of its id (what coverage counts) */
  DocCover cover;
  IntList rules, params; /* citing it, above it or below it */
  int article; /* the policy article of exactly this id, -1 none */
} DocBlock;

typedef struct DocStatArticle {
  const char *num; /* "17" */
  const char *heading; /* "Статья 17. Правовой режим …", as in the file */
  int chapter; /* -1: before the first chapter heading */
  int nblocks;
  DocBlock *blocks;
  int group; /* its page */
  int nids, nfull, npart; /* distinct paragraph ids, how many encoded, in part */
} DocStatArticle;

typedef struct DocStatute { /* a `statute "ACT" LANG "FILE"` clause of the policy header */
  const char *act, *lang, *path;
  int nchapters;
  const char **chapters;
  int narticles;
  DocStatArticle *articles;
} DocStatute;

typedef struct DocGroup { /* one page of articles */
  const char *file; /* "230-VIII-17.html", "act-koap.html", "articles.html" */
  int statute, stat_article; /* the statute article it shows, else -1 */
  const char *act; /* an act without a statute file (NULL: articles of no act) */
  IntList arts; /* policy articles on it, in order */
} DocGroup;

typedef struct DocModel {
  const Program *p;
  Lang lang;
  const TestReport *tests; /* NULL: no tests ran */
  QueryIndex *q;
  int nstatutes;
  DocStatute *statutes;
  int ngroups;
  DocGroup *groups;
  int *group_of_article; /* [narticles] */
  IntList *article_rules; /* [narticles]: rules citing it */
  IntList *article_params; /* [narticles]: parameters citing it */
  IntList *slot_rules; /* [nslots]: rules reading the fact (through functions too) */
  IntList *slot_outputs; /* [nslots]: outputs whose default reads it */
  IntList *rule_facts; /* [nrules]: fact slots the rule reads, in slot order */
  IntList *rule_outputs; /* [nrules]: outputs the rule reads (through functions) */
  IntList *rule_tests; /* [nrules]: test outcomes that make it apply */
  IntList *output_rules; /* [noutputs]: rules giving it a value, exceptions too */
  Loc *rule_src, *output_src, *param_src; /* each declaration's text */
  const char **fact_anchor; /* [nslots]: "f-…" by declared names */
  int nfiles;
  struct DocToks {
    const Source *src;
    QToken *t;
    int n;
  } * toks; /* [nfiles]: each file's tokens */
  const QRef **refs; /* q's references, sorted by file and offset (doc_html.c) */
  int nrefs;
} DocModel;

/* The tokens of src (cached per file of the policy; another source is lexed each time). */
const QToken *doc_tokens(const DocModel *m, const Source *src, int *n);

DocModel *doc_model(const Program *p, File **files, int nfiles, const TestReport *t, Lang lang);
/* Reads a statute file's text into st (its act, lang and path set by the caller): HTML comments
 * dropped, `## ` chapters, `### ` articles, then each non-empty line a paragraph ("N. "), a
 * sub-paragraph ("N) ") or text of the current paragraph. */
void doc_read_statute(DocStatute *st, const char *text, size_t len);
/* Article ids in reading order: segment by segment, numbers by value ("1.4" before "1.15"). */
int doc_id_cmp(const char *a, const char *b);
/* How a citation of id cited bears on the paragraph of id para (numbering parts: "17.3.6"). */
DocCover doc_cover_of(const char *cited, const char *para);

/* ---- doc_html.c ---- */
void html_esc(Buf *b, const char *s);
void html_esc_n(Buf *b, const char *s, size_t n);
/* A stable ASCII name for s: letters, digits, '.' and '-' kept, '_' doubled, any other byte
 * "_xx" (hex). Used for file names and anchors. */
const char *doc_slug(const char *s);
const char *doc_msg(const DocModel *m, MsgId id); /* the chrome in the site's language */
const char *doc_lang_attr(Lang l); /* "en", "ru", "kk", "kk-Latn" */
void doc_page_begin(Buf *b, const DocModel *m, const char *title, int nav); /* nav: 0-4, -1 */
void doc_page_end(Buf *b, const DocModel *m);
/* The source text of span, highlighted by token class, the names of facts, outputs, rules,
 * parameters and articles linked to their pages. */
void doc_source(Buf *b, const DocModel *m, Loc span);
/* Links to things: href of a rule, an output, a fact slot, a parameter, an article, a test. */
const char *doc_href_rule(const DocModel *m, int r);
const char *doc_href_output(const DocModel *m, int o);
const char *doc_href_param(const DocModel *m, int i);
const char *doc_href_article(const DocModel *m, int a);
const char *doc_href_test(const DocModel *m, int t);
const char *doc_test_anchor(const DocModel *m, int t);
const char *doc_css(void);

/* ---- doc_pages.c ---- */
void doc_page_index(Buf *b, const DocModel *m);
void doc_page_group(Buf *b, const DocModel *m, int g);
void doc_page_rules(Buf *b, const DocModel *m);
void doc_page_facts(Buf *b, const DocModel *m);
void doc_page_outputs(Buf *b, const DocModel *m);
void doc_page_tests(Buf *b, const DocModel *m);
#endif
