/* serve_page.c — the interview page's files (interp/cli/page/), embedded in the binary at build
 * time, so `zan serve` needs nothing beside it and the browser nothing from elsewhere. */
#include <string.h>
#include "serve.h"

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

const char *page_file(const char *name, size_t *len, const char **type) {
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    if (strcmp(files[i].name, name) != 0) continue;
    if (len) *len = (size_t)(files[i].end - files[i].start);
    if (type) *type = files[i].type;
    return files[i].start;
  }
  return NULL;
}
