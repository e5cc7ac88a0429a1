/* question.h — one fact as a question to a person: its label, its `ask` text, its type and its
 * choices in a language (enum members with labels, yes/no words), and reading a typed answer.
 * One place for `zan ask`, `zan missing` and the server's interview page. */
#ifndef ZAN_QUESTION_H
#define ZAN_QUESTION_H
#include <stdbool.h>
#include "../lang/ir.h"
#include "../lang/base/buf.h"
#include "../lang/base/messages.h"

typedef struct QuestionChoice {
  const char *id;            /* bool: "true"/"false"; enum and set: the member's name */
  const char *label;         /* bool: the yes/no word in the language; else the member's label (or name) */
} QuestionChoice;

typedef struct Question {
  int             slot;
  const char     *path;      /* "system.capabilities.emotion_consent" */
  const char     *label;     /* in the language; the path when the policy gives none */
  const char     *ask;       /* in the language; NULL when the policy gives none */
  const char     *type;      /* "bool", "enum", "set", "date", "int", "decimal", "text", or another type's name */
  const Type     *t;
  int             nchoices;  /* bool: 2 (yes, no); enum, set of enum: the members in declaration order */
  QuestionChoice *choices;
  const char     *hint;      /* how to answer, in the language ("a date, YYYY-MM-DD") */
} Question;

Question *question_describe(const Program *p, int slot, Lang lang);
/* Whether an answer of this type can be typed (not lists, records, durations or sets of non-enums). */
bool question_answerable(const Question *q);
/* Reads an answer (trimmed; the caller treats "" as "don't know"). Bools take yes/no in kk, ru
 * or en, or true/false; enums a number (1-based) or a member's name; sets of enums numbers or
 * names separated by commas, or "-" for none; dates YYYY-MM-DD. Returns NULL and sets *out, or
 * a message in lang saying what is wrong. */
const char *question_parse(const Question *q, const char *answer, Lang lang, Val *out);
/* {"label": …, "ask": …, "type": …, "choices": [{"id": …, "label": …}…]} ("ask" and "choices" when there are). */
void question_json(const Question *q, Buf *out);
#endif
