/* render.h — turning a Result into what the user reads: the decision object (JSON) of
 * PRODUCT.md, or a text report. Renderers decide nothing: they print what eval decided. */
#ifndef ZAN_RENDER_H
#define ZAN_RENDER_H
#include <stdbool.h>
#include "eval.h"
#include "../lang/base/buf.h"

typedef struct RenderOptions {
  bool pretty;               /* indented JSON (stdout is a terminal and one fact file) */
  bool explain;              /* add "explanation" */
  Lang lang;                 /* language of human texts and citations */
  const struct Receipt *receipt;   /* add "receipt" (receipt.h); NULL: none */
} RenderOptions;

void render_json(const Program *p, const Val *slots, const Result *r, const RenderOptions *o, Buf *out);
void render_text(const Program *p, const Val *slots, const Result *r, const RenderOptions *o, Buf *out);
/* The text of a Texts block in lang (falls back en -> ru -> kk, then the first given). */
const char *texts_pick(const Texts *t, Lang lang);
/* The item texts_pick takes (-1: none). */
int texts_pick_item(const Texts *t, Lang lang);
/* "Article 17(3)(6)" / «подпункт 6) пункта 3 статьи 17» / «17-баптың 3-тармағының 6) тармақшасы». */
const char *cite_format(const char *article_id, Lang lang);
#endif
