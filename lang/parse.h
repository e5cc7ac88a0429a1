/* parse.h — from source text to syntax tree (lexer.re + parser.y). */
#ifndef ZAN_PARSE_H
#define ZAN_PARSE_H
#include "ast.h"
#include "base/diag.h"

/* Parses one module. Always returns a File (with N_ERROR nodes where it recovered);
 * every lexical and syntax error goes to d, so one run reports them all. */
File *parse_file(const Source *src, Diags *d);

/* Expressions, types and fact groups may nest this deep; deeper is an error (parse_file reports
 * it), so the recursive passes after the parser never overflow the C stack. */
#define PARSE_MAX_DEPTH 1000
/* Reports the first place in each declaration nested deeper than PARSE_MAX_DEPTH and cuts the
 * tree there (an N_ERROR node). Returns how many places were cut. parse_file calls it. */
int parse_limit_depth(File *f, Diags *d);
#endif
