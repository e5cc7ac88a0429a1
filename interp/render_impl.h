/* render_impl.h — private to interp/render*.c: helpers the JSON and text renderers share
 * (JSON strings, explain texts with {path} placeholders, values inside human text, citations
 * of articles, the outputs a rule reads). What is decided comes in the Result (the checklist
 * of an output with `unmet when`: OutputResult.checks); these only select and format it. */
#ifndef ZAN_RENDER_IMPL_H
#define ZAN_RENDER_IMPL_H
#include <stddef.h>
#include "render.h"
#include "../lang/base/amount.h"

void          render_json_str(Buf *b, const char *s);               /* a JSON string literal */
void          render_json_value(Buf *b, Val v, const Type *t);      /* a decided value as JSON */
void          render_value_text(Val v, const Type *t, Lang lang, Buf *out);
/* A text value for people: control characters escaped, a long one elided with its length. */
void          render_text_value(const char *s, size_t n, Lang lang, Buf *out);
const char   *render_explain_text(const Program *p, const Val *slots, const Result *r, const char *text, Lang lang);
const char   *render_citation(const Program *p, const IrRule *rule, Lang lang);   /* all cites, "; " */
/* One article as a person cites it; an id without a number ("dc:human-review") adds the
 * article's title: "Digital Code of the Republic of Kazakhstan, «Right to human review …»". */
const char   *render_article_citation(const Program *p, int article, Lang lang);
const char   *render_article_status(ArticleStatus s);                /* "official" … (JSON) */
/* Whether render_article_citation already names the article's title (then a report that
 * prints the title beside the citation leaves it out, so it is printed once). */
bool          render_article_citation_has_title(const Program *p, int article, Lang lang);
/* The text of an article a reader of lang is shown (texts_pick), with that text's own status
 * and source (the article's clauses when it has none); NULL when the article has no text. */
const char   *render_article_text(const Program *p, int article, Lang lang, ArticleStatus *status, const char **source);
/* The outputs a rule's condition and value read (through the functions they call), as
 * output indices in program order (*out, allocated); returns how many. */
int           render_outputs_read(const Program *p, const IrRule *rule, int **out);
/* The rules of output o (its root rules and their exceptions, at any depth) in program order
 * (*out, allocated); returns how many. */
int           render_rules_of(const Program *p, int o, int **out);

/* render_amount.c: the style output o declares, in lang (false: it declares none) */
bool          render_amount_style(const IrOutput *o, Lang lang, AmountStyle *st);
/* Output o's value inside human text: a number as its rendering says, else render_value_text. */
void          render_output_value_text(const Program *p, int o, Val v, Lang lang, Buf *out);
/* ,"amounts":{…} after "undetermined" (nothing when no output declares a rendering). */
void          render_json_amounts(const Program *p, const Result *r, Lang lang, Buf *b);
#endif
