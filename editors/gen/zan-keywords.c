/* zan-keywords.c — prints editor grammars from THE keyword table (lang/keywords.def):
 * `zan-keywords vim` a Vim syntax file, `zan-keywords vscode` a TextMate grammar (JSON),
 * `zan-keywords emacs` the keyword lists of editors/emacs (zan-keywords.el),
 * `zan-keywords list` every form with its Vim highlight group (for tests/editors/). */
#include <stdio.h>
#include <string.h>

/* The table, as rows of (token, set, form); keywords grouped by the highlight they get. */
typedef struct Row { const char *tok; int set; const char *form; } Row;
static const Row rows[] = {
#define KW(tok, en, ru, kk) { #tok, 0, en }, { #tok, 1, ru }, { #tok, 2, kk },
#define KWX(tok, set, form) { #tok, set, form },
#include "../../lang/keywords.def"
#undef KW
#undef KWX
};
enum { NROWS = sizeof rows / sizeof rows[0] };

typedef enum { G_DECL, G_CLAUSE, G_OPERATOR, G_CONST, G_UNIT } Group;

static Group group_of(const char *tok) {
  static const char *const decl[] = { "POLICY", "MODULE", "IMPORT", "ARTICLE", "ENUM", "TYPE", "FACT",
    "OUTPUT", "RULE", "EXCEPTION", "FN", "CONST", "PARAMETER", "TEST", NULL };
  static const char *const op[] = { "AND", "OR", "NOT", "IN", "CONTAINS", "INTERSECTS", "IF", "THEN",
    "ELSE", "MATCH", "ANY", "ALL", NULL };
  static const char *const cst[] = { "TRUE", "FALSE", "UNKNOWN", "UNDETERMINED", NULL };
  static const char *const unit[] = { "DAY", "DAYS", "WEEK", "WEEKS", "MONTH", "MONTHS", "YEAR", "YEARS", NULL };
  for (int i = 0; decl[i]; i++) if (!strcmp(tok, decl[i])) return G_DECL;
  for (int i = 0; op[i]; i++) if (!strcmp(tok, op[i])) return G_OPERATOR;
  for (int i = 0; cst[i]; i++) if (!strcmp(tok, cst[i])) return G_CONST;
  for (int i = 0; unit[i]; i++) if (!strcmp(tok, unit[i])) return G_UNIT;
  return G_CLAUSE;
}

/* Was this form already printed for group g (the same word in two sets, or kk unit pairs)? */
static int seen_before(int k, Group g) {
  for (int i = 0; i < k; i++)
    if (group_of(rows[i].tok) == g && !strcmp(rows[i].form, rows[k].form)) return 1;
  return 0;
}

/* A form, the space between the words of a multi-word form ("in force") written as ws. */
static void form_out(FILE *o, const char *form, const char *ws) {
  for (const char *c = form; *c; c++) {
    if (*c == ' ') fputs(ws, o);
    else fputc(*c, o);
  }
}

/* "a|b|c": every form of group g, longest first so that alternation never stops at a prefix;
 * the words of a multi-word form are separated by ws (a regex for white space). */
static void alternation_ws(FILE *o, Group g, const char *sep, const char *ws) {
  int first = 1;
  for (size_t len = 64; len > 0; len--)
    for (int k = 0; k < NROWS; k++) {
      if (group_of(rows[k].tok) != g || strlen(rows[k].form) != len - 1 || seen_before(k, g)) continue;
      fputs(first ? "" : sep, o);
      form_out(o, rows[k].form, ws);
      first = 0;
    }
}
/* (for the JSON grammar: the backslash escaped) */
static void alternation(FILE *o, Group g, const char *sep) { alternation_ws(o, g, sep, "\\\\s+"); }

/* ---------------- Vim ---------------- */

static const char *const vim_group_name[] = { "zanDeclaration", "zanClause", "zanOperator", "zanConstant", "zanUnit" };

/* Words `syn keyword` cannot take: Vim reads them as its own arguments (`contains` gave E475
 * and left the whole line unloaded), so they are written as matches. */
static int vim_argument_word(const char *w) {
  static const char *const args[] = { "conceal", "cchar", "contained", "containedin", "nextgroup",
    "transparent", "skipwhite", "skipnl", "skipempty", "contains", "oneline", "fold", "display",
    "extend", "concealends", "excludenl", "keepend", NULL };
  for (int i = 0; args[i]; i++) if (!strcmp(w, args[i])) return 1;
  return 0;
}

/* Is w the first word of a multi-word form ("in" of "in force", "не" of "не определено")?
 * A Vim keyword wins over every match at its position, so such a word is written as a match,
 * and the multi-word matches after it (of matches at one position, the last defined wins). */
static int vim_starts_phrase(const char *w) {
  size_t n = strlen(w);
  for (int k = 0; k < NROWS; k++)
    if (strchr(rows[k].form, ' ') && !strncmp(rows[k].form, w, n) && rows[k].form[n] == ' ') return 1;
  return 0;
}

static int vim_as_match(const char *form) {
  return strchr(form, ' ') || vim_argument_word(form) || vim_starts_phrase(form);
}

static void vim_keywords(FILE *o, Group g) {
  fprintf(o, "syn keyword %s", vim_group_name[g]);
  for (int k = 0; k < NROWS; k++)
    if (group_of(rows[k].tok) == g && !seen_before(k, g) && !vim_as_match(rows[k].form))
      fprintf(o, " %s", rows[k].form);
  fputc('\n', o);
}

/* The words that cannot be keywords, then the multi-word forms (any white space between words). */
static void vim_matches(FILE *o, int multi) {
  for (Group g = G_DECL; g <= G_UNIT; g++)
    for (int k = 0; k < NROWS; k++)
      if (group_of(rows[k].tok) == g && !seen_before(k, g) && vim_as_match(rows[k].form)
          && !!strchr(rows[k].form, ' ') == multi) {
        fprintf(o, "syn match   %s \"\\<", vim_group_name[g]);
        form_out(o, rows[k].form, "\\_s\\+");
        fputs("\\>\"\n", o);
      }
}

/* `zan-keywords list`: every form with the Vim group it must be highlighted with (the Vim
 * test in tests/editors/ loads the syntax file in real Vim and checks each one). */
static void list(FILE *o) {
  for (int k = 0; k < NROWS; k++) fprintf(o, "%s\t%s\n", vim_group_name[group_of(rows[k].tok)], rows[k].form);
}

static void vim(FILE *o) {
  fputs("\" Vim syntax file for zan policies (.zan).\n"
        "\" Generated by editors/gen/zan-keywords.c from lang/keywords.def (`make editors`): do not edit.\n"
        "if exists(\"b:current_syntax\")\n  finish\nendif\n\n"
        "\" keywords in English, Russian and Kazakh (one table)\n", o);
  for (Group g = G_DECL; g <= G_UNIT; g++) vim_keywords(o, g);
  vim_matches(o, 0);
  vim_matches(o, 1);
  fputs("\nsyn match   zanComment     \"--.*$\" contains=zanTodo,@Spell\n"
        "syn keyword zanTodo        TODO FIXME XXX contained\n"
        "syn region  zanString      start=+\"+ skip=+\\\\\\\\\\|\\\\\"+ end=+\"+ contains=zanEscape,zanPlaceholder,@Spell\n"
        "syn match   zanEscape      +\\\\\\([\"\\\\nt]\\|u{\\x\\{1,6}}\\)+ contained\n"
        "syn match   zanPlaceholder +{[^{}\"]*}+ contained\n"
        "\" article ids: \"17\", \"17.3.6\", \"koap:641-1\" (after cites, article, and anywhere else)\n"
        "syn match   zanArticleId   +\"\\([a-z]\\+:\\)\\=\\d[0-9.\\-]*\"+\n"
        "syn match   zanDate        \"\\<\\d\\{4}-\\d\\d-\\d\\d\\>\"\n"
        "syn match   zanNumber      \"\\<\\d\\+\\(_\\d\\+\\)*\\(\\.\\d\\+\\(_\\d\\+\\)*\\)\\=\\>\"\n"
        "syn match   zanDuration    \"\\<\\d\\+\\(_\\d\\+\\)*\\s\\+\\(", o);
  alternation(o, G_UNIT, "\\|");
  fputs("\\)\\>\"\n"
        "syn match   zanPunct       \"->\\|!=\\|<=\\|>=\\|[=<>+*/|]\"\n\n"
        "hi def link zanDeclaration Statement\n"
        "hi def link zanClause      Keyword\n"
        "hi def link zanOperator    Operator\n"
        "hi def link zanConstant    Boolean\n"
        "hi def link zanUnit        Type\n"
        "hi def link zanComment     Comment\n"
        "hi def link zanTodo        Todo\n"
        "hi def link zanString      String\n"
        "hi def link zanEscape      SpecialChar\n"
        "hi def link zanPlaceholder Identifier\n"
        "hi def link zanArticleId   Tag\n"
        "hi def link zanDate        Constant\n"
        "hi def link zanNumber      Number\n"
        "hi def link zanDuration    Number\n"
        "hi def link zanPunct       Operator\n\n"
        "let b:current_syntax = \"zan\"\n", o);
}

/* ---------------- VS Code (TextMate JSON) ---------------- */

/* Prints s as a JSON string (regexes are written here unescaped, once). */
static void js(FILE *o, const char *s) {
  fputc('"', o);
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') fputc('\\', o);
    fputc(*s, o);
  }
  fputc('"', o);
}

#define WB_L "(?<![\\p{L}\\p{M}\\p{N}_])"
#define WB_R "(?![\\p{L}\\p{M}\\p{N}_])"

static void tm_keywords(FILE *o, Group g, const char *scope, int last) {
  fprintf(o, "    { \"name\": \"%s\", \"match\": \"", scope);
  /* the alternation holds only letters and '_': no JSON escaping needed inside it */
  char buf[64];
  snprintf(buf, sizeof buf, "%s", WB_L);
  for (const char *c = buf; *c; c++) { if (*c == '\\') fputc('\\', o); fputc(*c, o); }
  fputs("(?:", o);
  alternation(o, g, "|");
  fputs(")", o);
  snprintf(buf, sizeof buf, "%s", WB_R);
  for (const char *c = buf; *c; c++) { if (*c == '\\') fputc('\\', o); fputc(*c, o); }
  fprintf(o, "\" }%s\n", last ? "" : ",");
}

static void vscode(FILE *o) {
  fputs("{\n  \"$comment\": \"Generated by editors/gen/zan-keywords.c from lang/keywords.def (make editors): do not edit.\",\n"
        "  \"name\": \"zan\",\n  \"scopeName\": \"source.zan\",\n  \"fileTypes\": [\"zan\"],\n"
        "  \"patterns\": [\n"
        "    { \"include\": \"#comment\" },\n    { \"include\": \"#cites\" },\n    { \"include\": \"#article\" },\n"
        "    { \"include\": \"#string\" },\n    { \"include\": \"#date\" },\n    { \"include\": \"#duration\" },\n"
        "    { \"include\": \"#number\" },\n    { \"include\": \"#keywords\" },\n    { \"include\": \"#operator\" }\n  ],\n"
        "  \"repository\": {\n", o);
  fputs("    \"comment\": { \"name\": \"comment.line.double-dash.zan\", \"match\": ", o);
  js(o, "--.*$");
  fputs(" },\n    \"string\": {\n      \"name\": \"string.quoted.double.zan\", \"begin\": \"\\\"\", \"end\": \"\\\"\",\n"
        "      \"patterns\": [\n        { \"name\": \"constant.character.escape.zan\", \"match\": ", o);
  js(o, "\\\\([\"\\\\nt]|u\\{[0-9A-Fa-f]{1,6}\\})");
  fputs(" },\n        { \"name\": \"invalid.illegal.escape.zan\", \"match\": ", o);
  js(o, "\\\\.");
  fputs(" },\n        { \"name\": \"variable.other.placeholder.zan\", \"match\": ", o);
  js(o, "\\{[^{}\"]*\\}");
  fputs(" }\n      ]\n    },\n", o);
  /* article ids after `cites` (one or more strings, commas optional) and after `article` */
  fputs("    \"article-id\": { \"name\": \"entity.name.tag.article-id.zan\", \"match\": ", o);
  js(o, "\"[^\"]*\"");
  fputs(" },\n    \"cites\": {\n      \"begin\": ", o);
  fputs("\"" , o);
  { char b[512]; snprintf(b, sizeof b, "%s(", WB_L); for (char *c = b; *c; c++) { if (*c == '\\') fputc('\\', o); fputc(*c, o); } }
  for (int k = 0, first = 1; k < NROWS; k++)
    if (!strcmp(rows[k].tok, "CITES")) { fprintf(o, "%s%s", first ? "" : "|", rows[k].form); first = 0; }
  { char b[512]; snprintf(b, sizeof b, ")%s", WB_R); for (char *c = b; *c; c++) { if (*c == '\\') fputc('\\', o); fputc(*c, o); } }
  fputs("\",\n      \"beginCaptures\": { \"1\": { \"name\": \"keyword.other.clause.zan\" } },\n      \"end\": ", o);
  js(o, "(?=[^\\s,\"])");
  fputs(",\n      \"patterns\": [ { \"include\": \"#comment\" }, { \"include\": \"#article-id\" } ]\n    },\n", o);
  fputs("    \"article\": {\n      \"match\": \"", o);
  { char b[512]; snprintf(b, sizeof b, "%s(", WB_L); for (char *c = b; *c; c++) { if (*c == '\\') fputc('\\', o); fputc(*c, o); } }
  for (int k = 0, first = 1; k < NROWS; k++)
    if (!strcmp(rows[k].tok, "ARTICLE")) { fprintf(o, "%s%s", first ? "" : "|", rows[k].form); first = 0; }
  { char b[512]; snprintf(b, sizeof b, ")%s\\s*(\"[^\"]*\")", WB_R); for (char *c = b; *c; c++) { if (*c == '\\' || *c == '"') fputc('\\', o); fputc(*c, o); } }
  fputs("\",\n      \"captures\": { \"1\": { \"name\": \"keyword.control.declaration.zan\" }, "
        "\"2\": { \"name\": \"entity.name.tag.article-id.zan\" } }\n    },\n", o);
  fputs("    \"date\": { \"name\": \"constant.other.date.zan\", \"match\": ", o);
  js(o, "(?<![\\w.])\\d{4}-\\d{2}-\\d{2}(?![\\w.])");
  fputs(" },\n    \"duration\": { \"name\": \"constant.numeric.duration.zan\", \"match\": \"", o);
  { char b[128]; snprintf(b, sizeof b, "(?<![\\w.])\\d+(?:_\\d+)*\\s+(?:"); for (char *c = b; *c; c++) { if (*c == '\\') fputc('\\', o); fputc(*c, o); } }
  alternation(o, G_UNIT, "|");
  { char b[128]; snprintf(b, sizeof b, ")%s", WB_R); for (char *c = b; *c; c++) { if (*c == '\\') fputc('\\', o); fputc(*c, o); } }
  fputs("\" },\n    \"number\": { \"name\": \"constant.numeric.zan\", \"match\": ", o);
  js(o, "(?<![\\w.])\\d+(?:_\\d+)*(?:\\.\\d+(?:_\\d+)*)?(?![\\w])");
  fputs(" },\n    \"operator\": { \"name\": \"keyword.operator.zan\", \"match\": ", o);
  js(o, "->|!=|<=|>=|[=<>+\\-*/|]");
  fputs(" },\n    \"keywords\": { \"patterns\": [\n", o);
  tm_keywords(o, G_DECL, "keyword.control.declaration.zan", 0);
  tm_keywords(o, G_CLAUSE, "keyword.other.clause.zan", 0);
  tm_keywords(o, G_OPERATOR, "keyword.operator.word.zan", 0);
  tm_keywords(o, G_CONST, "constant.language.zan", 0);
  tm_keywords(o, G_UNIT, "support.type.unit.zan", 1);
  fputs("    ] }\n  }\n}\n", o);
}

/* ---------------- Emacs ---------------- */

/* `zan-keywords emacs`: the keyword lists for editors/emacs/zan-mode.el, one per group. */
static void emacs(FILE *o) {
  static const char *const names[] = { "zan-keywords-declaration", "zan-keywords-clause", "zan-keywords-operator",
                                       "zan-keywords-constant", "zan-keywords-unit" };
  fputs(";;; zan-keywords.el --- zan keywords in English, Russian and Kazakh  -*- lexical-binding: t -*-\n"
        ";; Generated by editors/gen/zan-keywords.c from lang/keywords.def (`make editors'): do not edit.\n"
        ";;; Code:\n", o);
  for (Group g = G_DECL; g <= G_UNIT; g++) {
    fprintf(o, "(defconst %s\n  '(", names[g]);
    int first = 1;
    for (int k = 0; k < NROWS; k++)
      if (group_of(rows[k].tok) == g && !seen_before(k, g)) { fprintf(o, "%s\"%s\"", first ? "" : " ", rows[k].form); first = 0; }
    fputs("))\n", o);
  }
  fputs("(provide 'zan-keywords)\n;;; zan-keywords.el ends here\n", o);
}

int main(int argc, char **argv) {
  if (argc == 2 && !strcmp(argv[1], "vim")) { vim(stdout); return 0; }
  if (argc == 2 && !strcmp(argv[1], "vscode")) { vscode(stdout); return 0; }
  if (argc == 2 && !strcmp(argv[1], "list")) { list(stdout); return 0; }
  if (argc == 2 && !strcmp(argv[1], "emacs")) { emacs(stdout); return 0; }
  fprintf(stderr, "usage: zan-keywords vim|vscode|emacs|list\n");
  return 2;
}
