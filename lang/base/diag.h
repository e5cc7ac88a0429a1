/* diag.h — every problem any stage reports: policy errors, fact-file errors, warnings.
 * Messages come from one catalogue (messages.h); each has an id and texts in en/ru/kk.
 * Printed as GCC and Rust print them:  file:line:col: error: message
 *                                       the source line
 *                                            ^~~~~                                    */
#ifndef ZAN_DIAG_H
#define ZAN_DIAG_H
#include <stdarg.h>
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
  bool         dropped;   /* past the recording limit: counted, not kept (notes are ignored) */
} Diag;

typedef struct Diags {
  Diag *first, *last;
  int   nerrors, nwarnings;
  Lang  lang;             /* language of messages (LANG_EN now; ru/kk fall back to en where missing) */
  int   max_errors;       /* stop recording after this many errors (0 = 200) */
  unsigned *kinds;        /* errors and warnings reported per message id, recorded or not
                             (MSG__COUNT entries, allocated on the first report) */
  bool  facts_strict;     /* fact files: an unknown field is an error, not a warning (--strict) */
} Diags;

/* Printing shows at most DIAG_PRINT_PER_KIND errors or warnings with the same message id,
 * then one note "and K more of this kind" (a file with a million repeated keys gives a
 * screenful, not gigabytes). */
#define DIAG_PRINT_PER_KIND 20
/* The source excerpt under a message shows a line of up to DIAG_EXCERPT_CHARS characters
 * whole; of a longer one a window of that many, from DIAG_EXCERPT_BEFORE before the column,
 * with "…" where the line goes on: a one-line file of megabytes gives a short excerpt. */
#define DIAG_EXCERPT_CHARS  160
#define DIAG_EXCERPT_BEFORE 60

void  diags_init(Diags *d, Lang lang);
/* Moves from's messages to the end of d, in order, as if they had been reported to d (its
 * limit applies): for work done with a Diags of its own (a module parsed on another thread). */
void  diags_append(Diags *d, Diags *from);
/* Report a message; the variadic arguments follow the catalogue's printf format for id. */
Diag *diag_report(Diags *d, DiagLevel lvl, Loc loc, MsgId id, ...);
Diag *diag_vreport(Diags *d, DiagLevel lvl, Loc loc, MsgId id, va_list ap);   /* for wrappers */
Diag *diag_report_path(Diags *d, DiagLevel lvl, Loc loc, const char *path, MsgId id, ...);
/* Attach a note ("first defined here") to a reported diagnostic. */
void  diag_add_note(Diags *d, Diag *to, Loc loc, MsgId id, ...);
/* Print all, in report order: file:line:col: level: [path: ]text, source line, caret.
 * color: ANSI colours (the CLI passes isatty(stderr)). */
void  diags_print(const Diags *d, FILE *out, bool color);
/* The same; warnings only when warnings is true (operators are not shown a policy's
 * authoring warnings: zan eval, schema, missing …). */
void  diags_print_some(const Diags *d, FILE *out, bool color, bool warnings);
void  diag_print_one(const Diag *g, FILE *out, bool color);
/* s with control characters (C0, DEL, C1) shown as \u001b: for text from fact files (keys,
 * values) in messages, so it cannot drive the terminal. s itself when it has none. */
const char *diag_escape(const char *s);
bool  diags_has_errors(const Diags *d);
#endif
