/* cite.c — the one place citations are worded: an article id ("17.3.6", "koap:641-1") as a
 * person cites it in en, ru, kk or kk-Latn; and picking a language from a Texts block.
 *
 * The legal forms (an id is ARTICLE[.PARAGRAPH[.SUBPARAGRAPH]], LANGUAGE.md §1):
 *   en  Article 17 / Article 17(3) / Article 17(3)(6)
 *   ru  статья 17 / пункт 3 статьи 17 / подпункт 6) пункта 3 статьи 17
 *   kk  17-бап / 17-баптың 3-тармағы / 17-баптың 3-тармағының 6) тармақшасы
 * The Kazakh case endings sit on the nouns (бап, тармақ), never on the numbers, so they do not
 * depend on how a number is read. Another act's article names the act:
 *   en  Article 641-1(2) of the Code of Administrative Offences
 *   ru  пункт 2 статьи 641-1 КоАП РК
 *   kk  ӘҚБтК-нің 641-1-бабының 2-тармағы   (the act first, in the genitive; "-бабы": the possessive after it)
 * An id of another act whose part after the prefix is not a number ("dc:human-review": the
 * article number is not known) is cited by the act's name alone. kk-Latn is the kk form
 * through the transliteration table. */
#include <string.h>
#include "render.h"
#include "../lang/ast.h"
#include "../lang/base/alloc.h"
#include "../lang/base/translit.h"

static const char *lang_code(Lang l) {
  switch (l) {
  case LANG_RU: return "ru";
  case LANG_KK: case LANG_KK_LATN: return "kk";
  default: return "en";
  }
}

static int texts_find(const Texts *t, const char *code) {
  for (int i = 0; i < t->n; i++)
    if (t->items[i].lang.text && strcmp(t->items[i].lang.text, code) == 0 && t->items[i].text)
      return i;
  return -1;
}

int texts_pick_item(const Texts *t, Lang lang) {
  if (!t || t->n == 0) return -1;
  int i = texts_find(t, lang_code(lang));
  if (i < 0) i = texts_find(t, "en");
  if (i < 0) i = texts_find(t, "ru");
  if (i < 0) i = texts_find(t, "kk");
  return i < 0 ? 0 : i;
}

const char *texts_pick(const Texts *t, Lang lang) {
  int i = texts_pick_item(t, lang);
  if (i < 0) return NULL;
  const TextItem *it = &t->items[i];
  /* kk-Latn: the Kazakh text transliterated (a text in another language stays as it is) */
  if (lang == LANG_KK_LATN && it->lang.text && strcmp(it->lang.text, "kk") == 0) return translit_kk_latn_str(it->text);
  return it->text;
}

/* Acts other than the law itself, by id prefix: how each language names them standing alone
 * (name) and after an article number (of: en "of …"; ru in the genitive; kk before "N-бабы"). */
typedef struct ActName {
  const char *prefix;
  const char *en_name, *en_of, *ru_name, *ru_of, *kk_name, *kk_of;
} ActName;
static const ActName acts[] = {
  { "koap",
    "Code of Administrative Offences of the Republic of Kazakhstan", "the Code of Administrative Offences",
    "Кодекс Республики Казахстан об административных правонарушениях", "КоАП РК",
    "Қазақстан Республикасының Әкімшілік құқық бұзушылық туралы кодексі", "ӘҚБтК-нің" },
  { "dc",
    "Digital Code of the Republic of Kazakhstan", "the Digital Code",
    "Цифровой кодекс Республики Казахстан", "Цифрового кодекса РК",
    "Қазақстан Республикасының Цифрлық кодексі", "ҚР Цифрлық кодексінің" },
  { "budget",
    "Law on the republican budget", "the law on the republican budget",
    "Закон о республиканском бюджете", "закона о республиканском бюджете",
    "Республикалық бюджет туралы заң", "Республикалық бюджет туралы заңның" },
};

/* Splits ARTICLE[.PARAGRAPH[.SUBPARAGRAPH]]: returns the number of parts (1-3), or 0 when
 * the id is deeper, has an empty part, or does not start with a digit. */
static int split_id(const char *s, const char *part[3], int len[3]) {
  if (!(*s >= '0' && *s <= '9')) return 0;
  int n = 0;
  for (;;) {
    if (n == 3) return 0;                     /* deeper than sub-paragraph */
    const char *dot = strchr(s, '.');
    part[n] = s;
    len[n] = dot ? (int)(dot - s) : (int)strlen(s);
    if (len[n] == 0) return 0;
    n++;
    if (!dot) return n;
    s = dot + 1;
  }
}

/* The citation in one language (kk-Latn: the kk form; transliterated by the caller). */
static const char *cite_in(const char *id, Lang lang) {
  const ActName *act = NULL;
  const char *num = id;
  const char *colon = strchr(id, ':');
  if (colon) {
    size_t plen = (size_t)(colon - id);
    for (size_t i = 0; i < sizeof acts / sizeof acts[0] && !act; i++)
      if (strlen(acts[i].prefix) == plen && strncmp(acts[i].prefix, id, plen) == 0) act = &acts[i];
    if (!act) return id;                      /* an act we cannot name: as written */
    num = colon + 1;
  }
  const char *part[3] = {0};
  int len[3] = {0};
  int n = split_id(num, part, len);
  if (n == 0) {
    if (!act) return id;
    return lang == LANG_RU ? act->ru_name : lang == LANG_KK || lang == LANG_KK_LATN ? act->kk_name : act->en_name;
  }
  int a = len[0], b = len[1], c = len[2];
  switch (lang) {
  case LANG_RU: {
    const char *base =
      n == 1 ? zan_sprintf("статья %.*s", a, part[0]) :
      n == 2 ? zan_sprintf("пункт %.*s статьи %.*s", b, part[1], a, part[0]) :
               zan_sprintf("подпункт %.*s) пункта %.*s статьи %.*s", c, part[2], b, part[1], a, part[0]);
    return act ? zan_sprintf("%s %s", base, act->ru_of) : base;
  }
  case LANG_KK: case LANG_KK_LATN:
    if (act) {
      if (n == 1) return zan_sprintf("%s %.*s-бабы", act->kk_of, a, part[0]);
      if (n == 2) return zan_sprintf("%s %.*s-бабының %.*s-тармағы", act->kk_of, a, part[0], b, part[1]);
      return zan_sprintf("%s %.*s-бабының %.*s-тармағының %.*s) тармақшасы", act->kk_of, a, part[0], b, part[1], c, part[2]);
    }
    if (n == 1) return zan_sprintf("%.*s-бап", a, part[0]);
    if (n == 2) return zan_sprintf("%.*s-баптың %.*s-тармағы", a, part[0], b, part[1]);
    return zan_sprintf("%.*s-баптың %.*s-тармағының %.*s) тармақшасы", a, part[0], b, part[1], c, part[2]);
  default: {
    const char *base =
      n == 1 ? zan_sprintf("Article %.*s", a, part[0]) :
      n == 2 ? zan_sprintf("Article %.*s(%.*s)", a, part[0], b, part[1]) :
               zan_sprintf("Article %.*s(%.*s)(%.*s)", a, part[0], b, part[1], c, part[2]);
    return act ? zan_sprintf("%s of %s", base, act->en_of) : base;
  }
  }
}

const char *cite_format(const char *id, Lang lang) {
  if (!id) return "";
  const char *s = cite_in(id, lang);
  return lang == LANG_KK_LATN ? translit_kk_latn_str(s) : s;
}
