/* parser_keywords.c — a build tool: copies lang/parser.y (stdin) to stdout with the keyword
 * token declarations and the `word` rule generated from THE keyword table (lang/keywords.def).
 * A line holding only the marker KEYWORD_TOKENS or KEYWORD_WORDS (in a comment) becomes one
 * line of output, so line numbers in bison's messages stay those of lang/parser.y.
 *   tokens: `%token <name> X "'en'"` for every keyword; the multi-word ones (a space in the
 *           English form: IN_FORCE, AS_OF) first, then the others in table order — the order
 *           fixes token numbers, and so the order of "expected X, Y or Z" in syntax errors.
 *   word:   `word: IDENT | X | …` every one-word keyword: a module name is a file stem, so any
 *           word is one, keywords included (`policy.zan` is `module policy`). */
#include <stdio.h>
#include <string.h>

typedef struct Kw { const char *tok, *en; } Kw;
static const Kw kws[] = {
#define KW(tok, en, ru, kk) { #tok, en },
#include "../keywords.def"
#undef KW
};
enum { NKW = sizeof kws / sizeof kws[0] };

static int multi_word(const Kw *k) { return strchr(k->en, ' ') != NULL; }

static void tokens(void) {
  fputs("%token <name>", stdout);
  for (int pass = 0; pass < 2; pass++)          /* multi-word first, then one-word */
    for (int i = 0; i < NKW; i++)
      if (multi_word(&kws[i]) == !pass) printf(" %s \"'%s'\"", kws[i].tok, kws[i].en);
  putchar('\n');
}

static void words(void) {
  fputs("word: IDENT", stdout);
  for (int i = 0; i < NKW; i++)
    if (!multi_word(&kws[i])) printf(" | %s", kws[i].tok);
  puts(" ;");
}

int main(void) {
  char line[4096];
  while (fgets(line, sizeof line, stdin)) {
    if (strstr(line, "KEYWORD_TOKENS") && strncmp(line, "/*", 2) == 0) tokens();
    else if (strstr(line, "KEYWORD_WORDS") && strncmp(line, "/*", 2) == 0) words();
    else fputs(line, stdout);
  }
  return ferror(stdin) || ferror(stdout) ? 1 : 0;
}
