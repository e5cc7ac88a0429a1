/* diag.h — every problem any stage reports: policy errors, fact-file errors, warnings.
 * Messages come from one catalogue (messages.h); each has an id and texts in en/ru/kk.
 * Printed as GCC and Rust print them:  file:line:col: error: message
 *                                       the source line
 *                                            ^~~~~                                    */
#ifndef ZAN_DIAG_H
#define ZAN_DIAG_H
#include <stdio.h>
#include <stdbool.h>
#include "source.h"
#include "messages.h"

typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } DiagLevel;

typedef struct Diag {
  DiagLevel    level;
  MsgId        id;
  Loc          loc;
  const char  *path;      /* fact files: the JSON path ("system.capabilities.social_scoring"), else NULL */
  const char  *text;      /* the message, formatted in the catalogue language chosen for the Diags */
  struct Diag *note;      /* an attached note (e.g. "first defined here"), or NULL */
  struct Diag *next;
} Diag;

typedef struct Diags {
  Diag *first, *last;
  int   nerrors, nwarnings;
  Lang  lang;             /* language of messages (LANG_EN now; ru/kk fall back to en where missing) */
  int   max_errors;       /* stop recording after this many errors (0 = 200) */
} Diags;

void  diags_init(Diags *d, Lang lang);
/* Moves from's messages to the end of d, in order, as if they had been reported to d (its
 * limit applies): for work done with a Diags of its own (a module parsed on another thread). */
void  diags_append(Diags *d, Diags *from);
/* Report a message; the variadic arguments follow the catalogue's printf format for id. */
Diag *diag_report(Diags *d, DiagLevel lvl, Loc loc, MsgId id, ...);
Diag *diag_report_path(Diags *d, DiagLevel lvl, Loc loc, const char *path, MsgId id, ...);
/* Attach a note ("first defined here") to a reported diagnostic. */
void  diag_add_note(Diags *d, Diag *to, Loc loc, MsgId id, ...);
/* Print all, in report order: file:line:col: level: [path: ]text, source line, caret.
 * color: ANSI colours (the CLI passes isatty(stderr)). */
void  diags_print(const Diags *d, FILE *out, bool color);
void  diag_print_one(const Diag *g, FILE *out, bool color);
bool  diags_has_errors(const Diags *d);
#endif
