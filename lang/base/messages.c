/* messages.c — the message catalogue as one table, generated from messages/STAGE.def;
 * lookup with fallback to English, and the language tags of --lang. */
#include "messages.h"
#include <string.h>

typedef struct MsgEntry {
  const char *name;
  const char *text[3];   /* en, ru, kk (kk-Latn uses kk until the transliteration exists) */
} MsgEntry;

static const MsgEntry msg_table[MSG__COUNT] = {
#define MSG(id, en, ru, kk) [id] = { #id, { en, ru, kk } },
#include "messages/syntax.def"
#include "messages/check.def"
#include "messages/facts.def"
#include "messages/eval.def"
#include "messages/cli.def"
#undef MSG
};

const char *msg_format(MsgId id, Lang lang) {
  if ((unsigned)id >= MSG__COUNT) return "(unknown message)";
  int k = lang == LANG_RU ? 1 : (lang == LANG_KK || lang == LANG_KK_LATN) ? 2 : 0;
  const char *t = msg_table[id].text[k];
  return t ? t : msg_table[id].text[0];
}

const char *msg_name(MsgId id) {
  if ((unsigned)id >= MSG__COUNT) return "(unknown)";
  return msg_table[id].name;
}

static const char *const lang_tags[LANG__COUNT] = { "en", "ru", "kk", "kk-Latn" };

Lang lang_parse(const char *tag, int *ok) {
  for (int i = 0; i < LANG__COUNT; i++)
    if (tag && strcmp(tag, lang_tags[i]) == 0) { if (ok) *ok = 1; return (Lang)i; }
  if (ok) *ok = 0;
  return LANG_EN;
}

const char *lang_tag(Lang l) {
  return (unsigned)l < LANG__COUNT ? lang_tags[l] : "en";
}
