/* messages.h — the one message catalogue. Each stage keeps its messages in its own
 * messages/STAGE.def file (lexer+parser, checker, facts, eval, cli); they are one table:
 *   MSG(ID, "English printf format", "Russian or NULL", "Kazakh or NULL")
 * A NULL translation falls back to English until the languages issue fills it; kk-Latn is
 * the kk text through the one transliteration table (translit.h). */
#ifndef ZAN_MESSAGES_H
#define ZAN_MESSAGES_H

typedef enum { LANG_EN = 0, LANG_RU = 1, LANG_KK = 2, LANG_KK_LATN = 3, LANG__COUNT } Lang;

typedef enum {
#define MSG(id, en, ru, kk) id,
#include "messages/syntax.def"
#include "messages/check.def"
#include "messages/facts.def"
#include "messages/eval.def"
#include "messages/cli.def"
#include "messages/report.def"
#include "messages/i18n.def"
#include "messages/lsp.def"
#include "messages/missing.def"
#include "messages/serve.def"
#include "messages/lint.def"
#include "messages/page.def"
#include "messages/api.def"
#include "messages/impact.def"
#include "messages/doc.def"
#undef MSG
  MSG__COUNT
} MsgId;

const char *msg_format(MsgId id, Lang lang);   /* the printf format for id in lang (falls back to en) */
/* The catalogue's own text for id in en, ru or kk, NULL where the entry has none (no fallback,
 * no transliteration: kk-Latn gives the kk entry). For tests that every message is translated. */
const char *msg_text(MsgId id, Lang lang);
const char *msg_name(MsgId id);                /* "E_LEX_BAD_UTF8": for tests and --explain-error */
Lang        lang_parse(const char *tag, int *ok);  /* "kk" "kk-Latn" "ru" "en" */
const char *lang_tag(Lang l);
#endif
