/* doc_html.c — the HTML writer of `zan doc`: escaping, the stable names of files and anchors,
 * the page frame (navigation in the site's language, the one local stylesheet), links to
 * rules, outputs, facts, parameters, articles and tests, and policy source highlighted by the
 * token classes of lang/query.h with the names in it linked. */
#include <string.h>
#include "doc_impl.h"
#include "render.h"
#include "../lang/base/alloc.h"

void html_esc_n(Buf *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case '&': buf_puts(b, "&amp;"); break;
    case '<': buf_puts(b, "&lt;"); break;
    case '>': buf_puts(b, "&gt;"); break;
    case '"': buf_puts(b, "&quot;"); break;
    case '\'': buf_puts(b, "&#39;"); break;
    default:
      /* control characters other than tab and newline cannot appear in HTML text */
      if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) buf_printf(b, "\\x%02x", c);
      else buf_push(b, (char)c);
    }
  }
}

void html_esc(Buf *b, const char *s) {
  if (s) html_esc_n(b, s, strlen(s));
}

const char *doc_slug(const char *s) {
  Buf b;
  buf_init(&b);
  for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
    unsigned char c = *p;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
        c == '-')
      buf_push(&b, (char)c);
    else if (c == '_') buf_puts(&b, "__");
    else buf_printf(&b, "_%02x", c);
  }
  return zan_strdup(buf_cstr(&b));
}

const char *doc_msg(const DocModel *m, MsgId id) { return msg_format(id, m->lang); }

const char *doc_lang_attr(Lang l) {
  switch (l) {
  case LANG_RU: return "ru";
  case LANG_KK: return "kk";
  case LANG_KK_LATN: return "kk-Latn";
  default: return "en";
  }
}

/* ---- links ---- */

const char *doc_href_rule(const DocModel *m, int r) {
  return zan_sprintf("rules.html#r-%s", doc_slug(m->p->rules[r].name));
}
const char *doc_href_output(const DocModel *m, int o) {
  return zan_sprintf("outputs.html#o-%s", doc_slug(m->p->outputs[o].name));
}
const char *doc_href_param(const DocModel *m, int i) {
  return zan_sprintf("rules.html#param-%s", doc_slug(m->p->params[i].name));
}
const char *doc_href_article(const DocModel *m, int a) {
  return zan_sprintf("%s#art-%s", m->groups[m->group_of_article[a]].file,
                     doc_slug(m->p->articles[a].id));
}
const char *doc_test_anchor(const DocModel *m, int t) {
  const TestOutcome *o = &m->tests->outcomes[t];
  return zan_sprintf("%s-%s", o->is_case ? "tc" : "tb", doc_slug(o->name));
}
const char *doc_href_test(const DocModel *m, int t) {
  return zan_sprintf("tests.html#%s", doc_test_anchor(m, t));
}

/* ---- the frame ---- */

const char *doc_css(void) {
  return ":root { --ink: #1d2330; --mute: #5b6475; --line: #d8dde6; --bg: #f6f7f9; --accent: "
         "#1f5fa8;\n"
         "  --full: #2e7d4f; --full-bg: #eaf6ee; --part: #a66a00; --part-bg: #fff5df; --none: "
         "#b3261e;\n"
         "  --none-bg: #fdeceb; }\n"
         "* { box-sizing: border-box; }\n"
         "body { margin: 0; color: var(--ink); background: #fff; font: 15px/1.5 \"Noto Sans\", "
         "\"DejaVu Sans\","
         " system-ui, sans-serif; }\n"
         "header.site { background: #17324f; color: #fff; padding: 0.6rem 1.5rem; display: flex;"
         " flex-wrap: wrap; align-items: baseline; gap: 0.4rem 1.5rem; }\n"
         "header.site .brand { color: #fff; font-weight: 600; text-decoration: none; max-width: "
         "46rem; }\n"
         "header.site nav { display: flex; flex-wrap: wrap; gap: 0.2rem 1rem; }\n"
         "header.site nav a { color: #cfe0f5; text-decoration: none; padding: 0.1rem 0; }\n"
         "header.site nav a[aria-current] { color: #fff; border-bottom: 2px solid #fff; }\n"
         "main { padding: 1rem 1.5rem 2rem; max-width: 90rem; }\n"
         "h1 { font-size: 1.55rem; margin: 0.4rem 0 0.8rem; line-height: 1.25; }\n"
         "h2 { font-size: 1.2rem; margin: 1.6rem 0 0.6rem; }\n"
         "h3 { font-size: 1.02rem; margin: 1rem 0 0.4rem; }\n"
         "a { color: var(--accent); }\n"
         "code, pre { font-family: \"DejaVu Sans Mono\", \"Noto Sans Mono\", monospace; font-size: "
         "0.86rem; }\n"
         ".muted { color: var(--mute); }\n"
         ".summary { background: var(--bg); border: 1px solid var(--line); border-radius: 6px;"
         " padding: 0.6rem 0.9rem; }\n"
         ".legend { display: flex; flex-wrap: wrap; gap: 0.5rem 1.2rem; margin: 0.6rem 0 1rem; "
         "font-size: 0.9rem; }\n"
         ".badge { display: inline-block; border-radius: 4px; padding: 0 0.4rem; font-size: 0.8rem;"
         " border: 1px solid var(--line); background: var(--bg); white-space: nowrap; }\n"
         ".cov-full { border-left: 4px solid var(--full); }\n"
         ".cov-part { border-left: 4px solid var(--part); }\n"
         ".cov-none { border-left: 4px solid var(--none); }\n"
         ".badge.cov-full { background: var(--full-bg); color: var(--full); border-color: "
         "var(--full); }\n"
         ".badge.cov-part { background: var(--part-bg); color: var(--part); border-color: "
         "var(--part); }\n"
         ".badge.cov-none { background: var(--none-bg); color: var(--none); border-color: "
         "var(--none); }\n"
         "ol.toc { list-style: none; padding: 0; margin: 0; }\n"
         "ol.toc > li { display: grid; grid-template-columns: minmax(0, 1fr) 15rem; gap: 1rem;"
         " padding: 0.3rem 0.6rem; border-bottom: 1px solid var(--line); align-items: center; }\n"
         ".bar { display: flex; height: 0.55rem; border-radius: 3px; overflow: hidden; background: "
         "var(--none-bg);"
         " border: 1px solid var(--line); }\n"
         ".bar span.f { background: var(--full); } .bar span.p { background: #e0a730; }\n"
         ".meter { font-size: 0.8rem; color: var(--mute); }\n"
         "section.article { border: 1px solid var(--line); border-radius: 8px; padding: 0.4rem "
         "1rem 1rem;"
         " margin: 1.2rem 0; }\n"
         ".cols { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 0.8rem; }\n"
         ".text { background: var(--bg); border-radius: 6px; padding: 0.5rem 0.7rem; font-size: "
         "0.9rem; }\n"
         ".text p { margin: 0.25rem 0; }\n"
         ".text .head { display: flex; flex-wrap: wrap; gap: 0.3rem; align-items: baseline;"
         " border-bottom: 1px solid var(--line); padding-bottom: 0.3rem; margin-bottom: 0.3rem; }\n"
         ".text .src { font-size: 0.78rem; color: var(--mute); overflow-wrap: anywhere; }\n"
         ".text.missing { color: var(--none); }\n"
         ".rule { border: 1px solid var(--line); border-radius: 6px; margin: 0.7rem 0; }\n"
         ".rule > .meta { padding: 0.4rem 0.7rem; font-size: 0.88rem; }\n"
         ".rule > .meta b { font-weight: 600; }\n"
         "pre.src { margin: 0; padding: 0.5rem 0.7rem; background: #fbfcfd; border-top: 1px solid "
         "var(--line);"
         " overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }\n"
         ".k { color: #7b2d8e; font-weight: 600; } .s { color: #1d6b38; } .n { color: #a14d00; }"
         " .c { color: #6b7280; font-style: italic; }\n"
         "pre.src a { color: inherit; text-decoration: underline dotted; }\n"
         "ol.statute { list-style: none; padding: 0; margin: 0; }\n"
         "ol.statute li { padding: 0.25rem 0.6rem; margin: 0.2rem 0; }\n"
         "ol.statute li.d1 { margin-left: 0; } ol.statute li.d2 { margin-left: 1.6rem; }\n"
         "ol.statute li.cov-none { background: var(--none-bg); }\n"
         "ol.statute .who { font-size: 0.8rem; }\n"
         "table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }\n"
         "th, td { text-align: left; vertical-align: top; border-bottom: 1px solid var(--line); "
         "padding: 0.3rem 0.5rem; }\n"
         "th { background: var(--bg); }\n"
         "dl.kv { display: grid; grid-template-columns: max-content 1fr; gap: 0.1rem 1rem; margin: "
         "0.3rem 0; }\n"
         "dl.kv dt { color: var(--mute); } dl.kv dd { margin: 0; }\n"
         ".unused { color: var(--none); }\n"
         "footer { color: var(--mute); font-size: 0.8rem; padding: 1rem 1.5rem; border-top: 1px "
         "solid var(--line); }\n"
         "@media (max-width: 60rem) { .cols { grid-template-columns: 1fr; }"
         " ol.toc > li { grid-template-columns: 1fr; } }\n"
         "@media print {\n"
         "  body { font-size: 10pt; } header.site { background: none; color: #000; padding: 0; }\n"
         "  header.site nav, footer { display: none; } header.site .brand { color: #000; }\n"
         "  main { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; }\n"
         "  section.article, .rule, ol.statute li, ol.toc > li { break-inside: avoid; }\n"
         "  pre.src { white-space: pre-wrap; } .cols { grid-template-columns: repeat(3, 1fr); }\n"
         "  .badge, .bar, ol.statute li { print-color-adjust: exact; -webkit-print-color-adjust: "
         "exact; }\n"
         "}\n";
}

void doc_page_begin(Buf *b, const DocModel *m, const char *title, int nav) {
  const Program *p = m->p;
  const char *site = p->title ? texts_pick(p->title, m->lang) : NULL;
  if (!site) site = p->name ? p->name : "zan";
  buf_printf(b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
             doc_lang_attr(m->lang));
  buf_puts(b, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
  html_esc(b, title);
  buf_puts(b, " — ");
  html_esc(b, site);
  buf_puts(b, "</title>\n<link rel=\"stylesheet\" href=\"zan-doc.css\">\n</head>\n<body>\n");
  buf_puts(b, "<header class=\"site\"><a class=\"brand\" href=\"index.html\">");
  html_esc(b, site);
  buf_puts(b, "</a>\n<nav aria-label=\"");
  html_esc(b, doc_msg(m, N_DOC_NAV_LABEL));
  buf_puts(b, "\">");
  static const struct {
    const char *file;
    MsgId label;
  } items[] = {
    { "index.html", N_DOC_NAV_LAW },   { "rules.html", N_DOC_NAV_RULES },
    { "facts.html", N_DOC_NAV_FACTS }, { "outputs.html", N_DOC_NAV_OUTPUTS },
    { "tests.html", N_DOC_NAV_TESTS },
  };
  for (int i = 0; i < 5; i++) {
    buf_printf(b, "<a href=\"%s\"%s>", items[i].file, i == nav ? " aria-current=\"page\"" : "");
    html_esc(b, doc_msg(m, items[i].label));
    buf_puts(b, "</a>");
  }
  buf_puts(b, "</nav></header>\n<main>\n");
}

void doc_page_end(Buf *b, const DocModel *m) {
  buf_puts(b, "</main>\n<footer>");
  html_esc(b, zan_sprintf(doc_msg(m, N_DOC_FOOTER), m->p->name ? m->p->name : "?",
                          m->p->version ? m->p->version : "-"));
  buf_puts(b, "</footer>\n</body>\n</html>\n");
}

/* ---- highlighted source ---- */

static const QRef *ref_at(const DocModel *m, const Source *src, uint32_t start) {
  int lo = 0, hi = m->nrefs; /* the first ref at or after (src, start) */
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    const QRef *r = m->refs[mid];
    bool before =
        (uintptr_t)r->loc.src < (uintptr_t)src || (r->loc.src == src && r->loc.start < start);
    if (before) lo = mid + 1;
    else hi = mid;
  }
  if (lo < m->nrefs && m->refs[lo]->loc.src == src && m->refs[lo]->loc.start == start)
    return m->refs[lo];
  return NULL;
}

static int find_article(const Program *p, const char *id) {
  for (int a = 0; a < p->narticles; a++)
    if (strcmp(p->articles[a].id, id) == 0) return a;
  return -1;
}

/* Where a name in the source leads, or NULL. */
static const char *ref_href(const DocModel *m, const QRef *r) {
  const QSym *s = r->sym;
  const Program *p = m->p;
  switch (s->kind) {
  case QK_FACT: return zan_sprintf("facts.html#f-%s", doc_slug(s->name));
  case QK_OUTPUT: {
    int o = ir_find_output(p, s->name);
    return o >= 0 ? doc_href_output(m, o) : NULL;
  }
  case QK_RULE:
    for (int i = 0; i < p->nrules; i++)
      if (strcmp(p->rules[i].name, s->name) == 0) return doc_href_rule(m, i);
    return NULL;
  case QK_PARAM:
    for (int i = 0; i < p->nparams; i++)
      if (strcmp(p->params[i].name, s->name) == 0) return doc_href_param(m, i);
    return NULL;
  case QK_ARTICLE: {
    int a = find_article(p, s->name);
    return a >= 0 ? doc_href_article(m, a) : NULL;
  }
  default: return NULL;
  }
}

void doc_source(Buf *b, const DocModel *m, Loc span) {
  buf_puts(b, "<pre class=\"src\"><code>");
  const Source *src = span.src;
  if (!src || span.end > src->len || span.start > span.end) {
    buf_puts(b, "</code></pre>\n");
    return;
  }
  int nt = 0;
  const QToken *t = doc_tokens(m, src, &nt);
  uint32_t at = span.start;
  for (int i = 0; i < nt; i++) {
    if (t[i].end <= span.start || t[i].start < at) continue;
    if (t[i].start >= span.end) break;
    html_esc_n(b, src->text + at, t[i].start - at);
    uint32_t end = t[i].end < span.end ? t[i].end : span.end;
    const char *cls = t[i].cls == QT_KEYWORD   ? "k"
                      : t[i].cls == QT_STRING  ? "s"
                      : t[i].cls == QT_NUMBER  ? "n"
                      : t[i].cls == QT_COMMENT ? "c"
                                               : NULL;
    const QRef *r =
        t[i].cls == QT_IDENT || t[i].cls == QT_STRING ? ref_at(m, src, t[i].start) : NULL;
    const char *href = r && r->loc.end == t[i].end ? ref_href(m, r) : NULL;
    if (href) {
      buf_puts(b, "<a href=\"");
      html_esc(b, href);
      buf_puts(b, "\"");
      if (cls) buf_printf(b, " class=\"%s\"", cls);
      buf_puts(b, ">");
    } else if (cls) buf_printf(b, "<span class=\"%s\">", cls);
    html_esc_n(b, src->text + t[i].start, end - t[i].start);
    if (href) buf_puts(b, "</a>");
    else if (cls) buf_puts(b, "</span>");
    at = end;
  }
  if (at < span.end) html_esc_n(b, src->text + at, span.end - at);
  buf_puts(b, "</code></pre>\n");
}
