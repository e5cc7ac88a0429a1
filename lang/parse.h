/* parse.h — from source text to syntax tree (lexer.re + parser.y). */
#ifndef ZAN_PARSE_H
#define ZAN_PARSE_H
#include "ast.h"
#include "base/diag.h"

/* Parses one module. Always returns a File (with N_ERROR nodes where it recovered);
 * every lexical and syntax error goes to d, so one run reports them all. */
File *parse_file(const Source *src, Diags *d);
#endif
