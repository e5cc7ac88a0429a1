/* render_impl.h — private to interp/render*.c: helpers the JSON and text renderers share
 * (JSON strings, explain texts with {path} placeholders, values inside human text). */
#ifndef ZAN_RENDER_IMPL_H
#define ZAN_RENDER_IMPL_H
#include <stddef.h>
#include "render.h"

void          render_json_str(Buf *b, const char *s);               /* a JSON string literal */
const IrFact *render_find_fact(const Program *p, const char *path, size_t n);
void          render_value_text(Val v, const Type *t, Lang lang, Buf *out);
const char   *render_explain_text(const Program *p, const Val *slots, const Result *r, const char *text, Lang lang);
const char   *render_citation(const Program *p, const IrRule *rule, Lang lang);   /* all cites, "; " */
#endif
