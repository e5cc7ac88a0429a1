/* messages.c — the message catalogue as one table, generated from messages/STAGE.def;
 * lookup with fallback to English, and the language tags of --lang. */
#include "messages.h"
#include <pthread.h>
#include <string.h>
#include "translit.h"

typedef struct MsgEntry {
  const char *name;
  const char *text[3];   /* en, ru, kk (kk-Latn: the kk text transliterated, see below) */
} MsgEntry;

static const MsgEntry msg_table[MSG__COUNT] = {
#define MSG(id, en, ru, kk) [id] = { #id, { en, ru, kk } },
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
};

/* kk-Latn texts: made once, on first use, from the kk ones by the one transliteration
 * table (translit.c). Filled under pthread_once, read-only afterwards, so evaluation in
 * several threads stays safe. Kept in static storage: the collector scans it as a root. */
static const char *msg_latn[MSG__COUNT];
static pthread_once_t msg_latn_once = PTHREAD_ONCE_INIT;
static void msg_latn_build(void) {
  for (int i = 0; i < MSG__COUNT; i++) {
    const char *kk = msg_table[i].text[2];
    msg_latn[i] = kk ? translit_kk_latn_str(kk) : NULL;
  }
}

const char *msg_format(MsgId id, Lang lang) {
  if ((unsigned)id >= MSG__COUNT) return "(unknown message)";
  if (lang == LANG_KK_LATN) {
    pthread_once(&msg_latn_once, msg_latn_build);
    if (msg_latn[id]) return msg_latn[id];
  }
  int k = lang == LANG_RU ? 1 : (lang == LANG_KK || lang == LANG_KK_LATN) ? 2 : 0;
  const char *t = msg_table[id].text[k];
  return t ? t : msg_table[id].text[0];
}

const char *msg_text(MsgId id, Lang lang) {
  if ((unsigned)id >= MSG__COUNT) return NULL;
  int k = lang == LANG_RU ? 1 : (lang == LANG_KK || lang == LANG_KK_LATN) ? 2 : 0;
  return msg_table[id].text[k];
}

const char *msg_name(MsgId id) {
  if ((unsigned)id >= MSG__COUNT) return "(unknown)";
  return msg_table[id].name;
}

static const char *const lang_tags[LANG__COUNT] = { "en", "ru", "kk", "kk-Latn" };

/* Tags compare without case, '_' standing for '-' ("kk_Latn", "KK-LATN" are kk-Latn). */
static int tag_eq(const char *a, const char *b) {
  for (; *a && *b; a++, b++) {
    char x = *a == '_' ? '-' : *a, y = *b == '_' ? '-' : *b;
    if (x >= 'A' && x <= 'Z') x = (char)(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = (char)(y - 'A' + 'a');
    if (x != y) return 0;
  }
  return *a == *b;
}

Lang lang_parse(const char *tag, int *ok) {
  for (int i = 0; i < LANG__COUNT; i++)
    if (tag && tag_eq(tag, lang_tags[i])) { if (ok) *ok = 1; return (Lang)i; }
  if (ok) *ok = 0;
  return LANG_EN;
}

const char *lang_tag(Lang l) {
  return (unsigned)l < LANG__COUNT ? lang_tags[l] : "en";
}
