/* serve_page.c — the interview page's files (interp/cli/page/), embedded in the binary at build
 * time, so `zan serve` needs nothing beside it and the browser nothing from elsewhere; and the
 * page's words (strings.js), made from the message catalogue. */
#include <string.h>
#include "serve.h"
#include "../../lang/base/messages.h"

#ifndef ZAN_SOURCE_ROOT
#define ZAN_SOURCE_ROOT "."
#endif
/* Each file becomes a NUL-terminated byte array NAME .. NAME_end in .rodata (the Makefile
 * rebuilds this object when a page file changes). */
#define EMBED(sym, file)                                                                   \
  __asm__(".section .rodata\n.balign 16\n" #sym ":\n.incbin \"" ZAN_SOURCE_ROOT            \
          "/interp/cli/page/" file "\"\n" #sym "_end:\n.byte 0\n.previous\n");             \
  extern const char sym[] __asm__(#sym), sym##_end[] __asm__(#sym "_end");
EMBED(zan_page_index, "index.html")
EMBED(zan_page_app, "app.js")
EMBED(zan_page_style, "style.css")

static const struct { const char *name, *type; const char *start, *end; } files[] = {
  { "index.html", "text/html; charset=utf-8",              zan_page_index, zan_page_index_end },
  { "app.js",     "text/javascript; charset=utf-8",        zan_page_app,   zan_page_app_end },
  { "style.css",  "text/css; charset=utf-8",               zan_page_style, zan_page_style_end },
};

/* ---- strings.js: the page's words, one source ----
 * The N_PAGE_* messages of the catalogue (lang/base/messages/page.def) in every language the
 * page offers: `const UI = {"en": {"product": "zan — interview", …}, "ru": …, "kk": …,
 * "kk-Latn": …};`. A key is the id after N_PAGE_ in lower case (the page's data-t="…" and
 * t("…")); kk-Latn is the kk text through the one transliteration table (msg_format). */
static const MsgId page_words[] = {
#define MSG(id, en, ru, kk) id,
#include "../../lang/base/messages/page.def"
#undef MSG
};

static const char *strings_js(size_t *len) {
  static const Lang langs[] = { LANG_EN, LANG_RU, LANG_KK, LANG_KK_LATN };
  Buf b; buf_init(&b);
  buf_puts(&b, "// strings.js — the page's words, made by `zan serve` from its message catalogue\n"
               "\"use strict\";\nconst UI = {\n");
  for (size_t l = 0; l < sizeof langs / sizeof langs[0]; l++) {
    const char *tag = lang_tag(langs[l]);
    buf_puts(&b, "  ");
    buf_json_string(&b, tag, strlen(tag));
    buf_puts(&b, ": {\n");
    for (size_t i = 0; i < sizeof page_words / sizeof page_words[0]; i++) {
      char key[64];
      const char *name = msg_name(page_words[i]) + strlen("N_PAGE_");
      size_t n = 0;
      for (; name[n] && n < sizeof key - 1; n++)
        key[n] = (char)(name[n] >= 'A' && name[n] <= 'Z' ? name[n] - 'A' + 'a' : name[n]);
      const char *text = msg_format(page_words[i], langs[l]);
      buf_puts(&b, "    ");
      buf_json_string(&b, key, n);
      buf_puts(&b, ": ");
      buf_json_string(&b, text, strlen(text));
      buf_puts(&b, i + 1 < sizeof page_words / sizeof page_words[0] ? ",\n" : "\n");
    }
    buf_puts(&b, l + 1 < sizeof langs / sizeof langs[0] ? "  },\n" : "  }\n");
  }
  buf_puts(&b, "};\n");
  *len = b.len;
  return buf_cstr(&b);
}

const char *page_file(const char *name, size_t *len, const char **type) {
  if (strcmp(name, "strings.js") == 0) {
    size_t n;
    const char *s = strings_js(&n);        /* small: made per request, nothing cached */
    if (len) *len = n;
    if (type) *type = "text/javascript; charset=utf-8";
    return s;
  }
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    if (strcmp(files[i].name, name) != 0) continue;
    if (len) *len = (size_t)(files[i].end - files[i].start);
    if (type) *type = files[i].type;
    return files[i].start;
  }
  return NULL;
}
