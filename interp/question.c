/* question.c — a fact as a question (label, ask text, type, choices in a language) and reading
 * the answer a person typed into a typed value, with a message in their language when it is wrong. */
#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "question.h"
#include "render.h"
#include "../lang/base/alloc.h"
#include "../lang/base/date.h"
#include "../lang/base/decimal.h"
#include "../lang/base/utf8.h"

static const char *type_word(const Type *t) {
  switch (t->kind) {
  case T_BOOL: return "bool";
  case T_ENUM: return "enum";
  case T_DATE: return "date";
  case T_INT:  return "int";
  case T_DEC:  return "decimal";
  case T_TEXT: return "text";
  case T_SET:  return t->as.elem && t->as.elem->kind == T_ENUM ? "set" : type_name(t);
  default:     return type_name(t);
  }
}

static const EnumType *enum_of(const Type *t) {
  if (t->kind == T_ENUM) return t->as.en;
  if (t->kind == T_SET && t->as.elem && t->as.elem->kind == T_ENUM) return t->as.elem->as.en;
  return NULL;
}

Question *question_describe(const Program *p, int slot, Lang lang) {
  const IrFact *f = p->slots[slot];
  Question *q = ZAN_NEW(Question);
  q->slot = slot;
  q->path = f->path;
  q->t = f->type;
  q->label = texts_pick(f->label, lang);
  if (!q->label) q->label = f->path;
  q->ask = texts_pick(f->ask, lang);
  q->type = type_word(f->type);
  const EnumType *en = enum_of(f->type);
  if (f->type->kind == T_BOOL) {
    q->nchoices = 2;
    q->choices = ZAN_NEWN(QuestionChoice, 2);
    q->choices[0] = (QuestionChoice){ "true", msg_format(N_ASK_YES, lang) };
    q->choices[1] = (QuestionChoice){ "false", msg_format(N_ASK_NO, lang) };
    q->hint = zan_sprintf("%s / %s", q->choices[0].label, q->choices[1].label);
  } else if (en) {
    q->nchoices = en->n;
    q->choices = ZAN_NEWN(QuestionChoice, en->n);
    for (int i = 0; i < en->n; i++) {
      const char *l = texts_pick(en->members[i].label, lang);
      q->choices[i] = (QuestionChoice){ en->members[i].name, l ? l : en->members[i].name };
    }
    q->hint = msg_format(f->type->kind == T_SET ? N_ASK_SET_HINT : N_ASK_ENUM_HINT, lang);
  } else {
    switch (f->type->kind) {
    case T_DATE: q->hint = msg_format(N_ASK_DATE_HINT, lang); break;
    case T_INT:  q->hint = msg_format(N_ASK_INT_HINT, lang); break;
    case T_DEC:  q->hint = msg_format(N_ASK_DEC_HINT, lang); break;
    default:     q->hint = msg_format(N_ASK_TEXT_HINT, lang); break;
    }
  }
  return q;
}

bool question_answerable(const Question *q) {
  switch (q->t->kind) {
  case T_BOOL: case T_ENUM: case T_DATE: case T_INT: case T_DEC: case T_TEXT: return true;
  case T_SET: return enum_of(q->t) != NULL;
  default: return false;
  }
}

/* ASCII-lowercased copy (Cyrillic words are listed in both cases below). */
static char *lower_ascii(const char *s) {
  char *r = zan_strdup(s);
  for (char *c = r; *c; c++) *c = (char)tolower((unsigned char)*c);
  return r;
}

static bool word_in(const char *a, const char *const *words) {
  for (int i = 0; words[i]; i++) if (strcmp(a, words[i]) == 0) return true;
  return false;
}

static const char *const YES[] = { "yes", "y", "true", "иә", "Иә", "ИӘ", "и", "да", "Да", "ДА", "д", "ia", "iä", NULL };
static const char *const NO[]  = { "no", "n", "false", "жоқ", "Жоқ", "ЖОҚ", "ж", "нет", "Нет", "НЕТ", "н", "joq", NULL };

/* A member by its 1-based number or its name (or its label in the question's language). */
static int member_of(const Question *q, const char *s) {
  char *end;
  errno = 0;
  long k = strtol(s, &end, 10);
  if (*s && !*end && errno == 0) return k >= 1 && k <= q->nchoices ? (int)k - 1 : -1;
  for (int i = 0; i < q->nchoices; i++)
    if (strcmp(s, q->choices[i].id) == 0 || strcmp(s, q->choices[i].label) == 0) return i;
  return -1;
}

static char *trim(char *s) {
  while (*s == ' ' || *s == '\t') s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r' || s[n - 1] == '\n')) s[--n] = 0;
  return s;
}

const char *question_parse(const Question *q, const char *answer, Lang lang, Val *out) {
  char *a = trim(zan_strdup(answer));
  switch (q->t->kind) {
  case T_BOOL: {
    char *l = lower_ascii(a);
    if (word_in(a, YES) || word_in(l, YES)) { *out = val_bool(true); return NULL; }
    if (word_in(a, NO) || word_in(l, NO)) { *out = val_bool(false); return NULL; }
    return zan_sprintf(msg_format(E_ASK_BAD_BOOL, lang), a, q->choices[0].label, q->choices[1].label);
  }
  case T_ENUM: {
    int k = member_of(q, a);
    if (k < 0) return zan_sprintf(msg_format(E_ASK_BAD_CHOICE, lang), a, q->nchoices);
    *out = val_enum(k);
    return NULL;
  }
  case T_SET: {
    if (!enum_of(q->t)) break;
    Val *items = ZAN_NEWN(Val, q->nchoices + 1);
    uint32_t n = 0;
    if (strcmp(a, "-") != 0) {
      for (char *save = NULL, *tok = strtok_r(a, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
        tok = trim(tok);
        if (!*tok) continue;
        int k = member_of(q, tok);
        if (k < 0) return zan_sprintf(msg_format(E_ASK_BAD_CHOICE, lang), tok, q->nchoices);
        bool dup = false;
        for (uint32_t i = 0; i < n; i++) if (items[i].as.e == k) dup = true;
        if (!dup) items[n++] = val_enum(k);
      }
    }
    *out = val_set(valset_make(items, n));
    return NULL;
  }
  case T_DATE: {
    ZDate d;
    if (!date_parse(a, strlen(a), &d)) return zan_sprintf(msg_format(E_ASK_BAD_DATE, lang), a);
    *out = val_date(d);
    return NULL;
  }
  case T_INT: {
    char *end;
    errno = 0;
    long long v = strtoll(a, &end, 10);
    if (!*a || *end || errno) return zan_sprintf(msg_format(E_ASK_BAD_INT, lang), a);
    *out = val_int(v);
    return NULL;
  }
  case T_DEC: {
    const char *err = NULL;
    ZDecimal *d = dec_parse(a, strlen(a), false, &err);
    if (!d) return zan_sprintf(msg_format(E_ASK_BAD_DEC, lang), a);
    *out = val_dec(d);
    return NULL;
  }
  case T_TEXT: {
    size_t n;
    const char *t = utf8_nfc(a, strlen(a), &n);
    if (!t) return zan_sprintf(msg_format(E_ASK_NOT_ASKABLE, lang), q->type);
    *out = val_text(t, (uint32_t)n);
    return NULL;
  }
  default: break;
  }
  return zan_sprintf(msg_format(E_ASK_NOT_ASKABLE, lang), q->type);
}

void question_json(const Question *q, Buf *b) {
  buf_puts(b, "{\"label\":");
  buf_json_string(b, q->label, strlen(q->label));
  if (q->ask) { buf_puts(b, ",\"ask\":"); buf_json_string(b, q->ask, strlen(q->ask)); }
  buf_puts(b, ",\"type\":");
  buf_json_string(b, q->type, strlen(q->type));
  if (q->nchoices) {
    buf_puts(b, ",\"choices\":[");
    for (int i = 0; i < q->nchoices; i++) {
      if (i) buf_push(b, ',');
      buf_puts(b, "{\"id\":");
      buf_json_string(b, q->choices[i].id, strlen(q->choices[i].id));
      buf_puts(b, ",\"label\":");
      buf_json_string(b, q->choices[i].label, strlen(q->choices[i].label));
      buf_push(b, '}');
    }
    buf_push(b, ']');
  }
  buf_push(b, '}');
}
