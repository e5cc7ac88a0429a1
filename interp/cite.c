/* cite.c — the one place citations are worded: an article id ("17.3.6", "koap:641-1") as a
 * person cites it in en, ru or kk; and picking a language from a Texts block. */
#include <string.h>
#include "render.h"
#include "../lang/ast.h"
#include "../lang/base/alloc.h"

static const char *lang_code(Lang l) {
  switch (l) {
  case LANG_RU: return "ru";
  case LANG_KK: case LANG_KK_LATN: return "kk";   /* kk-Latn: transliterated later by the languages issue */
  default: return "en";
  }
}

static const char *texts_find(const Texts *t, const char *code) {
  for (int i = 0; i < t->n; i++)
    if (t->items[i].lang.text && strcmp(t->items[i].lang.text, code) == 0 && t->items[i].text)
      return t->items[i].text;
  return NULL;
}

const char *texts_pick(const Texts *t, Lang lang) {
  if (!t || t->n == 0) return NULL;
  const char *s = texts_find(t, lang_code(lang));
  if (!s) s = texts_find(t, "en");
  if (!s) s = texts_find(t, "ru");
  if (!s) s = texts_find(t, "kk");
  if (!s) s = t->items[0].text;
  return s;
}

/* Acts other than the law itself, by prefix: how each language names them. */
typedef struct ActName { const char *prefix, *en, *ru, *kk; } ActName;
static const ActName acts[] = {
  /* en: "Article N of …"; ru: "статья N …"; kk: "… N-бабы" */
  { "koap", "the Code of Administrative Offences", "КоАП РК", "ӘҚБтК" },
};

const char *cite_format(const char *id, Lang lang) {
  if (!id) return "";
  const char *colon = strchr(id, ':');
  if (colon) {
    size_t plen = (size_t)(colon - id);
    const char *num = colon + 1;
    for (size_t i = 0; i < sizeof acts / sizeof acts[0]; i++) {
      if (strlen(acts[i].prefix) != plen || strncmp(acts[i].prefix, id, plen) != 0) continue;
      switch (lang) {
      case LANG_RU: return zan_sprintf("статья %s %s", num, acts[i].ru);
      case LANG_KK: case LANG_KK_LATN: return zan_sprintf("%s %s-бабы", acts[i].kk, num);
      default: return zan_sprintf("Article %s of %s", num, acts[i].en);
      }
    }
    return id;
  }
  /* ARTICLE[.PARAGRAPH[.SUBPARAGRAPH]] */
  const char *part[3] = {0};
  size_t len[3] = {0};
  int n = 0;
  const char *s = id;
  while (n < 3) {
    const char *dot = strchr(s, '.');
    part[n] = s;
    len[n] = dot ? (size_t)(dot - s) : strlen(s);
    n++;
    if (!dot) break;
    s = dot + 1;
    if (n == 3) return id;                     /* deeper than sub-paragraph: cite as written */
  }
  for (int i = 0; i < n; i++) if (len[i] == 0) return id;
  int a = (int)len[0], b = (int)len[1], c = (int)len[2];
  switch (lang) {
  case LANG_RU:
    if (n == 1) return zan_sprintf("статья %.*s", a, part[0]);
    if (n == 2) return zan_sprintf("пункт %.*s статьи %.*s", b, part[1], a, part[0]);
    return zan_sprintf("подпункт %.*s) пункта %.*s статьи %.*s", c, part[2], b, part[1], a, part[0]);
  case LANG_KK: case LANG_KK_LATN:
    if (n == 1) return zan_sprintf("%.*s-бап", a, part[0]);
    if (n == 2) return zan_sprintf("%.*s-баптың %.*s-тармағы", a, part[0], b, part[1]);
    return zan_sprintf("%.*s-баптың %.*s-тармағының %.*s) тармақшасы", a, part[0], b, part[1], c, part[2]);
  default:
    if (n == 1) return zan_sprintf("Article %.*s", a, part[0]);
    if (n == 2) return zan_sprintf("Article %.*s(%.*s)", a, part[0], b, part[1]);
    return zan_sprintf("Article %.*s(%.*s)(%.*s)", a, part[0], b, part[1], c, part[2]);
  }
}
