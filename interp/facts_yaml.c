/* facts_yaml.c — the YAML fact reader: libyaml's document API, then a walk driven by the
 * policy's fact schema that resolves each scalar by the YAML 1.2 core schema as the declared
 * type asks; also the generic tree facts_canonical prints (facts_yaml_tree). */
#include <string.h>
#include <yaml.h>
#include "facts_impl.h"
#include "facts_yaml_load.h"
#include "../lang/base/alloc.h"
#include "../lang/base/buf.h"
#include "../lang/base/date.h"
#include "../lang/base/decimal.h"
#include "../lang/base/int64.h"
#include "../lang/base/utf8.h"

typedef struct YR {
  const Source    *src;
  Diags           *d;
  Val             *slots;
  yaml_document_t *doc;
  int              nerr;
  bool             stop;       /* the alias limit or nesting limit was hit: stop walking */
  long             nodes;      /* nodes visited, aliases expanded (billion-laughs guard) */
  int              depth;
  int              npath;
  FactsPathSeg     path[FACTS_MAX_DEPTH + 4];
  /* libyaml marks count characters: a cursor turns them into byte offsets, moving forward;
   * marks[k] is the byte offset of character k * YR_MARK_STEP, for the cursor to go back to */
  size_t           cur_char, cur_byte, base;
  size_t          *marks;
  size_t           nmarks, capmarks;
} YR;

/* A location away from the cursor (an alias's node was written earlier, messages come in any
 * order) starts from the checkpoint before it, not from the start of the file or the cursor:
 * a list of aliases and scalars, every node located (zan facts), was quadratic. */
enum { YR_MARK_STEP = 1024 };

/* ---- marks, paths, reports ---- */

static uint32_t yr_offset(YR *yr, size_t chr) {
  const char *t = yr->src->text;
  size_t n = yr->src->len;
  size_t k = chr / YR_MARK_STEP;   /* the checkpoint at or before chr, when known and nearer */
  if (k < yr->nmarks && (chr < yr->cur_char || k * YR_MARK_STEP > yr->cur_char)) {
    yr->cur_char = k * YR_MARK_STEP;
    yr->cur_byte = yr->marks[k];
  } else if (chr < yr->cur_char) {
    yr->cur_char = 0; yr->cur_byte = yr->base;
  }
  while (yr->cur_char < chr && yr->cur_byte < n) {
    if (yr->cur_char % YR_MARK_STEP == 0 && yr->cur_char / YR_MARK_STEP == yr->nmarks) {
      if (yr->nmarks == yr->capmarks) {
        yr->capmarks = yr->capmarks ? 2 * yr->capmarks : 64;
        size_t *m = zan_alloc_atomic(sizeof(size_t) * yr->capmarks);
        if (yr->nmarks) memcpy(m, yr->marks, sizeof(size_t) * yr->nmarks);
        yr->marks = m;
      }
      yr->marks[yr->nmarks++] = yr->cur_byte;
    }
    unsigned char c = (unsigned char)t[yr->cur_byte];
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    yr->cur_byte += len;
    yr->cur_char++;
  }
  return (uint32_t)(yr->cur_byte < n ? yr->cur_byte : n);
}

static Loc yr_loc_marks(YR *yr, yaml_mark_t a, yaml_mark_t b) {
  Loc l;
  l.src = yr->src;
  l.start = yr_offset(yr, a.index);
  l.end = b.index > a.index ? yr_offset(yr, b.index) : l.start;
  if (l.end <= l.start && l.start < yr->src->len) l.end = l.start + 1;
  return l;
}
static Loc yr_loc(YR *yr, const yaml_node_t *nd) { return yr_loc_marks(yr, nd->start_mark, nd->end_mark); }

static const char *yr_path(const YR *yr) { return facts_path_text(yr->path, yr->npath); }

/* k is a libyaml scalar (it ends in NUL, and the path shows it up to a NUL written as "\0") */
static void yr_push_key(YR *yr, const char *k) {
  FactsPathSeg *s = &yr->path[yr->npath++];
  s->key = k; s->len = (uint32_t)strlen(k); s->index = -1;
}
static void yr_push_index(YR *yr, uint32_t i) {
  FactsPathSeg *s = &yr->path[yr->npath++];
  s->key = NULL; s->len = 0; s->index = (int32_t)i;
}

#define YR_ERR(yr, nd, ...) \
  ((yr)->nerr++, diag_report_path((yr)->d, DIAG_ERROR, yr_loc(yr, nd), yr_path(yr), __VA_ARGS__))

/* Counts a visit; false (after one error) when aliases expanded past the limit or nesting is too deep. */
static bool yr_visit(YR *yr, const yaml_node_t *nd) {
  if (yr->stop) return false;
  if (++yr->nodes > FACTS_YAML_MAX_NODES) {
    YR_ERR(yr, nd, E_YAML_ALIAS_LIMIT, FACTS_YAML_MAX_NODES);
    yr->stop = true;
    return false;
  }
  if (yr->depth >= FACTS_MAX_DEPTH) {
    YR_ERR(yr, nd, E_FACTS_TOO_DEEP, FACTS_MAX_DEPTH);
    yr->stop = true;
    return false;
  }
  return true;
}

/* ---- YAML 1.2 core schema ---- */

typedef enum { YS_NULL, YS_BOOL, YS_BOOL11, YS_INT, YS_FLOAT, YS_INF, YS_STR } YScalar;

static bool yr_is_plain(const yaml_node_t *nd) { return nd->data.scalar.style == YAML_PLAIN_SCALAR_STYLE; }

static bool str_in(const char *s, const char *const *words) {
  for (; *words; words++) if (strcmp(s, *words) == 0) return true;
  return false;
}

static bool all_digits(const char *s, const char *digits) {
  if (!*s) return false;
  for (; *s; s++) if (!strchr(digits, *s)) return false;
  return true;
}

/* How a plain scalar resolves under the core schema (YS_BOOL11: a YAML 1.1 boolean, only for the hint). */
static YScalar yr_classify(const yaml_node_t *nd) {
  const char *s = (const char *)nd->data.scalar.value;
  if (!yr_is_plain(nd)) return YS_STR;
  static const char *const nulls[] = { "", "~", "null", "Null", "NULL", NULL };
  static const char *const bools[] = { "true", "True", "TRUE", "false", "False", "FALSE", NULL };
  static const char *const bools11[] = { "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO",
                                         "on", "On", "ON", "off", "Off", "OFF", NULL };
  static const char *const infs[] = { ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
                                      ".nan", ".NaN", ".NAN", NULL };
  if (str_in(s, nulls)) return YS_NULL;
  if (str_in(s, bools)) return YS_BOOL;
  if (str_in(s, bools11)) return YS_BOOL11;
  if (str_in(s, infs)) return YS_INF;
  const char *u = (*s == '+' || *s == '-') ? s + 1 : s;
  if (all_digits(u, "0123456789")) return YS_INT;
  if (u == s && s[0] == '0' && s[1] == 'o' && all_digits(s + 2, "01234567")) return YS_INT;
  if (u == s && s[0] == '0' && s[1] == 'x' && all_digits(s + 2, "0123456789abcdefABCDEF")) return YS_INT;
  /* [-+]? ( \.[0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )? */
  const char *p = u;
  size_t ip = strspn(p, "0123456789");
  p += ip;
  size_t fp = 0;
  if (*p == '.') { p++; fp = strspn(p, "0123456789"); p += fp; }
  if (ip == 0 && fp == 0) return YS_STR;
  if (*p == 'e' || *p == 'E') {
    p++;
    if (*p == '+' || *p == '-') p++;
    size_t ep = strspn(p, "0123456789");
    if (!ep) return YS_STR;
    p += ep;
  }
  return *p ? YS_STR : YS_FLOAT;
}

/* A core-schema int as int64: false when out of range. */
static bool yr_int(const char *s, int64_t *out) {
  bool neg = *s == '-';
  if (*s == '+' || *s == '-') s++;
  unsigned base = 10;
  if (s[0] == '0' && s[1] == 'o') { base = 8; s += 2; }
  else if (s[0] == '0' && s[1] == 'x') { base = 16; s += 2; }
  return int64_parse(s, strlen(s), base, 0, neg, out);
}

/* A core-schema float or int rewritten as a JSON number for dec_parse ("+.5e3" -> "0.5e3").
 * *exp_big when the written exponent is beyond ±DEC_MAX_EXP. */
static char *yr_json_number(const char *s, bool *exp_big) {
  Buf b; buf_init(&b);
  *exp_big = false;
  if (*s == '-') buf_push(&b, *s++);
  else if (*s == '+') s++;
  while (*s == '0' && s[1] >= '0' && s[1] <= '9') s++;          /* leading zeros */
  if (*s == '.') buf_push(&b, '0');
  while (*s >= '0' && *s <= '9') buf_push(&b, *s++);
  if (*s == '.') {
    s++;
    if (*s >= '0' && *s <= '9') { buf_push(&b, '.'); while (*s >= '0' && *s <= '9') buf_push(&b, *s++); }
  }
  if (*s == 'e' || *s == 'E') {
    buf_push(&b, *s++);
    if (*s == '+' || *s == '-') buf_push(&b, *s++);
    long ex = 0;
    for (const char *q = s; *q >= '0' && *q <= '9'; q++) if (ex <= DEC_MAX_EXP) ex = ex * 10 + (*q - '0');
    *exp_big = ex > DEC_MAX_EXP;
    buf_puts(&b, s);
  }
  return buf_cstr(&b);
}

/* Words of the messages in the language of yr's Diags. */
#define YW(id) msg_format((id), yr->d->lang)

/* "found …" for a node that does not fit. */
static const char *yr_found(const YR *yr, const yaml_node_t *nd) {
  switch (nd->type) {
  case YAML_SEQUENCE_NODE: return YW(N_YAML_A_SEQUENCE);
  case YAML_MAPPING_NODE:  return YW(N_YAML_A_MAPPING);
  case YAML_SCALAR_NODE: {
    const char *s = (const char *)nd->data.scalar.value;
    switch (yr_classify(nd)) {
    case YS_NULL:  return "null";
    case YS_BOOL:  return zan_sprintf(YW(N_FACTS_FOUND_BOOL), s);
    case YS_INT: case YS_FLOAT: case YS_INF: return zan_sprintf(YW(N_FACTS_FOUND_NUMBER), s);
    default:       return zan_sprintf(YW(N_FACTS_FOUND_STRING), facts_quote_short(s, nd->data.scalar.length));
    }
  }
  default: return YW(N_YAML_NOTHING);
  }
}

/* libyaml says what went wrong in English; the common texts have catalogue entries, any
 * other is shown as libyaml gives it. NULL: "malformed YAML". */
static const char *yr_libyaml_text(const YR *yr, const char *t) {
  static const struct { const char *en; MsgId id; } known[] = {
    { "mapping values are not allowed in this context", N_YAML_P_MAPPING_VALUES },
    { "block sequence entries are not allowed in this context", N_YAML_P_SEQUENCE_ENTRIES },
    { "did not find expected key", N_YAML_P_EXPECTED_KEY },
    { "did not find expected node content", N_YAML_P_EXPECTED_CONTENT },
    { "could not find expected ':'", N_YAML_P_EXPECTED_COLON },
    { "did not find expected '-' indicator", N_YAML_P_EXPECTED_DASH },
    { "did not find expected ',' or ']'", N_YAML_P_EXPECTED_COMMA_BRACKET },
    { "did not find expected ',' or '}'", N_YAML_P_EXPECTED_COMMA_BRACE },
    { "found character that cannot start any token", N_YAML_P_BAD_TOKEN_START },
    { "found unexpected end of stream", N_YAML_P_END_OF_STREAM },
    { "found a tab character that violates indentation", N_YAML_P_TAB },
    { "found undefined alias", N_YAML_P_UNDEFINED_ALIAS },
    { "found unknown escape character", N_YAML_P_UNKNOWN_ESCAPE },
    { "control characters are not allowed", N_YAML_P_CONTROL_CHARS },
    { "while parsing a block mapping", N_YAML_C_BLOCK_MAPPING },
    { "while parsing a block collection", N_YAML_C_BLOCK_COLLECTION },
    { "while parsing a block node", N_YAML_C_BLOCK_NODE },
    { "while parsing a flow mapping", N_YAML_C_FLOW_MAPPING },
    { "while parsing a flow sequence", N_YAML_C_FLOW_SEQUENCE },
    { "while parsing a flow node", N_YAML_C_FLOW_NODE },
    { "while parsing a node", N_YAML_C_NODE },
    { "while scanning a simple key", N_YAML_C_SIMPLE_KEY },
    { "while scanning a plain scalar", N_YAML_C_PLAIN_SCALAR },
    { "while scanning a quoted scalar", N_YAML_C_QUOTED_SCALAR },
    { "while scanning an alias", N_YAML_C_ALIAS },
  };
  if (!t) return YW(N_YAML_MALFORMED);
  for (size_t i = 0; i < sizeof known / sizeof known[0]; i++)
    if (strcmp(t, known[i].en) == 0) return YW(known[i].id);
  return t;
}


/* The text of a scalar, NFC, copied out of the document (which is freed after reading). */
static Val yr_text(const yaml_node_t *nd) {
  const char *s = (const char *)nd->data.scalar.value;
  size_t n = nd->data.scalar.length, outn = n;
  char *t = utf8_is_ascii(s, n) ? zan_strndup(s, n) : utf8_nfc(s, n, &outn);
  return val_text(t, (uint32_t)outn);
}

/* ---- schema-driven walk ---- */

static void yr_value(YR *yr, const yaml_node_t *nd, const Type *t, Val *out, bool in_collection);

static void yr_scalar(YR *yr, const yaml_node_t *nd, const Type *t, Val *out) {
  const char *s = (const char *)nd->data.scalar.value;
  size_t n = nd->data.scalar.length;
  YScalar k = yr_classify(nd);
  switch (t->kind) {
  case T_BOOL:
    if (k == YS_BOOL) { *out = val_bool(s[0] == 't' || s[0] == 'T'); return; }
    if (k == YS_BOOL11) { YR_ERR(yr, nd, E_YAML_BOOL11, zan_sprintf("%s", s)); return; }
    break;
  case T_INT:
    if (k == YS_INT) {
      int64_t v;
      if (yr_int(s, &v)) { *out = val_int(v); return; }
      YR_ERR(yr, nd, E_FACTS_INT_RANGE, facts_short(s, strlen(s)));
      return;
    }
    if (k == YS_FLOAT || k == YS_INF) { YR_ERR(yr, nd, E_FACTS_NOT_INT, facts_short(s, n)); return; }
    break;
  case T_DEC:
    if (k == YS_INT && (strchr(s, 'x') || strchr(s, 'o'))) {
      int64_t v;
      if (yr_int(s, &v)) { *out = val_dec(dec_from_int(v)); return; }
      YR_ERR(yr, nd, E_FACTS_INT_RANGE, facts_short(s, strlen(s)));
      return;
    }
    if (k == YS_INT || k == YS_FLOAT) {
      bool big;
      char *js = yr_json_number(s, &big);
      if (big) { YR_ERR(yr, nd, E_FACTS_EXPONENT, facts_short(s, n)); return; }
      const char *why = NULL;
      ZDecimal *dv = dec_parse(js, strlen(js), false, &why);
      if (!dv) { YR_ERR(yr, nd, E_FACTS_NUMBER, facts_short(s, n), dec_error_text(why, yr->d->lang)); return; }
      *out = val_dec(dv);
      return;
    }
    if (k == YS_INF) { YR_ERR(yr, nd, E_YAML_NOT_NUMBER, s); return; }
    break;
  case T_TEXT:
    *out = yr_text(nd);
    return;
  case T_DATE: {
    ZDate dt;
    if (n == 10 && date_parse(s, n, &dt)) { *out = val_date(dt); return; }
    YR_ERR(yr, nd, facts_date_error(s, n), facts_short(s, n));
    return;
  }
  case T_ENUM: {
    int i = enum_member_index(t->as.en, s);
    if (i >= 0 && strlen(s) == n) { *out = val_enum(i); return; }
    YR_ERR(yr, nd, E_FACTS_BAD_ENUM, facts_short(s, n), t->as.en->name, facts_enum_members(t->as.en));
    return;
  }
  default:
    break;
  }
  YR_ERR(yr, nd, E_FACTS_TYPE, facts_type_name(t), yr_found(yr, nd));
}

static void yr_sequence(YR *yr, const yaml_node_t *nd, const Type *t, Val *out) {
  const Type *et = t->as.elem;
  yaml_node_item_t *it = nd->data.sequence.items.start, *top = nd->data.sequence.items.top;
  uint32_t n = (uint32_t)(top - it);
  Val *items = ZAN_NEWN(Val, n ? n : 1);
  const yaml_node_t **elems = ZAN_NEWN(const yaml_node_t *, n ? n : 1);
  int before = yr->nerr;
  yr->depth++;
  for (uint32_t i = 0; i < n; i++) {
    const yaml_node_t *e = yaml_document_get_node(yr->doc, it[i]);
    elems[i] = e;
    yr_push_index(yr, i);
    yr_value(yr, e, et, &items[i], true);
    yr->npath--;
    if (yr->stop) { yr->depth--; return; }
  }
  yr->depth--;
  if (yr->nerr > before) return;
  if (t->kind == T_SET) {
    int first = -1, rep = facts_find_repeat(items, n, &first);
    if (rep >= 0) {
      Buf vb; buf_init(&vb);
      val_to_text(items[rep], et, &vb);
      yr->nerr++;
      Diag *g = diag_report_path(yr->d, DIAG_ERROR, yr_loc(yr, elems[rep]), yr_path(yr), E_FACTS_SET_REPEAT, buf_cstr(&vb));
      if (g) diag_add_note(yr->d, g, yr_loc(yr, elems[first]), N_FACTS_FIRST_HERE);
      return;
    }
    *out = val_set(valset_make(items, n));
  } else {
    ValList *l = ZAN_NEW(ValList);
    l->n = n; l->items = items;
    *out = val_list(l);
  }
}

static void yr_group(YR *yr, const yaml_node_t *nd, const IrFact *g);

/* A node read as type t into *out: unknown after null or an error. In a set or list a null is an error. */
static void yr_value(YR *yr, const yaml_node_t *nd, const Type *t, Val *out, bool in_collection) {
  *out = val_unknown();
  if (!nd || !yr_visit(yr, nd)) return;
  if (nd->type == YAML_SCALAR_NODE) {
    if (yr_classify(nd) == YS_NULL) {
      if (in_collection) YR_ERR(yr, nd, E_FACTS_TYPE, facts_type_name(t), "null");
      return;
    }
    yr_scalar(yr, nd, t, out);
    return;
  }
  if (nd->type == YAML_SEQUENCE_NODE && (t->kind == T_SET || t->kind == T_LIST)) { yr_sequence(yr, nd, t, out); return; }
  YR_ERR(yr, nd, E_FACTS_TYPE, facts_type_name(t), yr_found(yr, nd));
}

static void yr_group(YR *yr, const yaml_node_t *nd, const IrFact *g) {
  yaml_node_pair_t *pr = nd->data.mapping.pairs.start, *top = nd->data.mapping.pairs.top;
  const yaml_node_t *seen_local[32];
  const yaml_node_t **seen = g->n <= 32 ? seen_local : ZAN_NEWN(const yaml_node_t *, g->n);
  memset(seen, 0, sizeof(*seen) * (size_t)(g->n <= 32 ? 32 : g->n));
  int hint = 0;
  yr->depth++;
  for (; pr < top; pr++) {
    const yaml_node_t *kn = yaml_document_get_node(yr->doc, pr->key);
    const yaml_node_t *vn = yaml_document_get_node(yr->doc, pr->value);
    if (!kn || !vn) continue;
    if (kn->type != YAML_SCALAR_NODE) {
      if (!yr_visit(yr, kn)) break;
      YR_ERR(yr, kn, E_YAML_KEY, yr_found(yr, kn));
      continue;
    }
    const char *k = (const char *)kn->data.scalar.value;
    size_t klen = kn->data.scalar.length;
    const IrFact *c = facts_child(g, k, klen, &hint);
    yr_push_key(yr, k);
    if (!c) {
      facts_unknown_field(yr->d, yr_loc(yr, kn), yr_path(yr), g, facts_short(k, klen));
    } else {
      int ci = hint - 1;
      bool dup = seen[ci] != NULL;
      if (dup) {
        Diag *w = diag_report_path(yr->d, DIAG_WARNING, yr_loc(yr, kn), yr_path(yr), W_FACTS_DUPLICATE_KEY, facts_short(k, klen));
        if (w) diag_add_note(yr->d, w, yr_loc(yr, seen[ci]), N_FACTS_FIRST_HERE);
      }
      seen[ci] = kn;
      if (c->type) {
        yr_value(yr, vn, c->type, &yr->slots[c->slot], false);
      } else {
        if (dup) facts_clear_group(c, yr->slots);
        if (yr_visit(yr, vn)) {
          if (vn->type == YAML_MAPPING_NODE) yr_group(yr, vn, c);
          else if (!(vn->type == YAML_SCALAR_NODE && yr_classify(vn) == YS_NULL))
            YR_ERR(yr, vn, E_FACTS_TYPE, YW(N_YAML_A_MAPPING), yr_found(yr, vn));
        }
      }
    }
    yr->npath--;
    if (yr->stop) break;
  }
  yr->depth--;
}

/* ---- loading ---- */

/* libyaml's scanner takes time quadratic in the flow nesting ('[' * 100000 took 30 s), and
 * yaml_parser_load reads the whole document before yr_visit sees its depth. So a pass over the
 * events first stops at absurd nesting (far past FACTS_MAX_DEPTH, so that ordinary too-deep
 * documents still get the error with their path from yr_visit). Syntax errors are left to the load. */
#define YR_SCAN_DEPTH (4 * FACTS_MAX_DEPTH)
static bool yr_depth_ok(YR *yr) {
  const Source *src = yr->src;
  yaml_parser_t ps;
  yaml_event_t ev;
  bool ok = true;
  int depth = 0;
  yaml_parser_initialize(&ps);
  yaml_parser_set_input_string(&ps, (const unsigned char *)src->text, src->len);
  while (yaml_parser_parse(&ps, &ev)) {
    yaml_event_type_t t = ev.type;
    if (t == YAML_SEQUENCE_START_EVENT || t == YAML_MAPPING_START_EVENT) {
      if (++depth > YR_SCAN_DEPTH) {
        diag_report(yr->d, DIAG_ERROR, yr_loc_marks(yr, ev.start_mark, ev.end_mark), E_FACTS_TOO_DEEP, FACTS_MAX_DEPTH);
        ok = false;
      }
    } else if (t == YAML_SEQUENCE_END_EVENT || t == YAML_MAPPING_END_EVENT) {
      depth--;
    }
    yaml_event_delete(&ev);
    if (!ok || t == YAML_STREAM_END_EVENT) break;
  }
  yaml_parser_delete(&ps);
  return ok;
}

/* Loads the one document of src; false after a YAML error (reported). *empty when there is none. */
static bool yr_load(YR *yr, yaml_parser_t *parser, yaml_document_t *doc, bool *empty) {
  const Source *src = yr->src;
  *empty = false;
  yr->base = src->len >= 3 && memcmp(src->text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  yr->cur_char = 0; yr->cur_byte = yr->base; yr->nmarks = 0;
  if (src->len > FACTS_MAX_BYTES) {
    Loc l = { src, 0, 0 };
    diag_report(yr->d, DIAG_ERROR, l, E_FACTS_TOO_LARGE, (unsigned)FACTS_MAX_BYTES);
    return false;
  }
  if (!yr_depth_ok(yr)) return false;
  yr->cur_char = 0; yr->cur_byte = yr->base; yr->nmarks = 0;
  yaml_parser_initialize(parser);
  yaml_parser_set_input_string(parser, (const unsigned char *)src->text, src->len);
  YamlLoadProblem why;
  if (!yaml_load_linear(parser, doc, FACTS_YAML_MAX_NODES, &why)) {
    Loc l;
    if (parser->error == YAML_READER_ERROR) {
      l.src = src;
      l.start = (uint32_t)(parser->problem_offset < src->len ? parser->problem_offset : src->len);
      l.end = l.start < src->len ? l.start + 1 : l.start;
    } else {
      l = yr_loc_marks(yr, parser->problem_mark, parser->problem_mark);
    }
    const char *msg = yr_libyaml_text(yr, parser->problem);
    if (parser->context) msg = zan_sprintf(YW(N_YAML_PROBLEM_IN_CONTEXT), msg, yr_libyaml_text(yr, parser->context));
    diag_report(yr->d, DIAG_ERROR, l, E_YAML_SYNTAX, msg);
    yaml_parser_delete(parser);
    return false;
  }
  if (why.merge_node || why.merge_budget) {
    yr->doc = doc;
    if (why.merge_node > 0) {
      const yaml_node_t *v = yaml_document_get_node(doc, why.merge_node);
      YR_ERR(yr, v, E_YAML_MERGE, yr_found(yr, v));
    } else {
      diag_report(yr->d, DIAG_ERROR, (Loc){ src, 0, 0 }, E_YAML_ALIAS_LIMIT, FACTS_YAML_MAX_NODES);
    }
    yaml_document_delete(doc);
    yaml_parser_delete(parser);
    return false;
  }
  yaml_node_t *root = yaml_document_get_root_node(doc);
  if (!root) {
    /* no document (an empty file, only comments): an error, as an empty JSON file is; a file
     * without facts says so with {} */
    diag_report(yr->d, DIAG_ERROR, (Loc){ src, 0, 0 }, E_YAML_EMPTY);
    yaml_document_delete(doc);
    yaml_parser_delete(parser);
    return false;
  }
  yaml_document_t next;
  YamlLoadProblem why2;
  if (yaml_load_linear(parser, &next, FACTS_YAML_MAX_NODES, &why2)) {
    yaml_node_t *r2 = yaml_document_get_root_node(&next);
    if (r2) {
      Loc l = yr_loc(yr, r2);
      diag_report(yr->d, DIAG_ERROR, l, E_YAML_MULTI_DOC);
      yr->nerr++;
    }
    yaml_document_delete(&next);
  } else {
    Loc l = yr_loc_marks(yr, parser->problem_mark, parser->problem_mark);
    diag_report(yr->d, DIAG_ERROR, l, E_YAML_SYNTAX, yr_libyaml_text(yr, parser->problem));
    yr->nerr++;
  }
  return true;
}

bool facts_read_yaml(const Program *p, const Source *src, Val *slots, Diags *d) {
  for (int i = 0; i < p->nslots; i++) slots[i] = val_unknown();
  YR yrs, *yr = &yrs;   /* a few KB (the path stack): on the stack, not in the heap per file */
  memset(yr, 0, sizeof *yr);
  yr->src = src; yr->d = d; yr->slots = slots;
  yaml_parser_t parser;
  yaml_document_t doc;
  bool empty;
  if (!yr_load(yr, &parser, &doc, &empty)) return false;
  yr->doc = &doc;
  if (!empty && yr->nerr == 0) {
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    if (yr_visit(yr, root)) {
      /* a null document is an error as JSON's null is: a file without facts is {} */
      if (root->type == YAML_MAPPING_NODE) yr_group(yr, root, p->facts);
      else YR_ERR(yr, root, E_FACTS_TYPE, YW(N_YAML_MAPPING_OF_FACTS), yr_found(yr, root));
    }
  }
  yaml_document_delete(&doc);
  yaml_parser_delete(&parser);
  return yr->nerr == 0;
}

/* ---- the generic tree (facts_canonical) ---- */

static FNode *yr_tree(YR *yr, const yaml_node_t *nd) {
  if (!nd || !yr_visit(yr, nd)) return NULL;
  FNode *f = ZAN_NEW(FNode);
  f->loc = yr_loc(yr, nd);
  switch (nd->type) {
  case YAML_SCALAR_NODE: {
    const char *s = (const char *)nd->data.scalar.value;
    switch (yr_classify(nd)) {
    case YS_NULL: f->kind = FN_NULL; break;
    case YS_BOOL: f->kind = FN_BOOL; f->b = s[0] == 't' || s[0] == 'T'; break;
    case YS_INF:  YR_ERR(yr, nd, E_YAML_NOT_NUMBER, s); yr->stop = true; return NULL;
    case YS_INT: case YS_FLOAT: {
      ZDecimal *dv = NULL;
      int64_t iv;
      if (strchr(s, 'x') || strchr(s, 'o')) {
        if (!yr_int(s, &iv)) { YR_ERR(yr, nd, E_FACTS_INT_RANGE, facts_short(s, strlen(s))); yr->stop = true; return NULL; }
        dv = dec_from_int(iv);
      } else {
        bool big;
        char *js = yr_json_number(s, &big);
        if (big) { YR_ERR(yr, nd, E_FACTS_EXPONENT, facts_short(s, strlen(s))); yr->stop = true; return NULL; }
        const char *why = NULL;
        dv = dec_parse(js, strlen(js), false, &why);
        if (!dv) { YR_ERR(yr, nd, E_FACTS_NUMBER, facts_short(s, strlen(s)), dec_error_text(why, yr->d->lang)); yr->stop = true; return NULL; }
      }
      f->kind = FN_NUM;
      f->s = dec_to_string(dv);
      f->len = (uint32_t)strlen(f->s);
      break;
    }
    default: {
      Val v = yr_text(nd);
      f->kind = FN_STR; f->s = v.as.t.s; f->len = v.as.t.len;
    }
    }
    return f;
  }
  case YAML_SEQUENCE_NODE: {
    yaml_node_item_t *it = nd->data.sequence.items.start;
    uint32_t n = (uint32_t)(nd->data.sequence.items.top - it);
    f->kind = FN_ARR; f->n = n;
    f->items = ZAN_NEWN(FNode *, n ? n : 1);
    yr->depth++;
    for (uint32_t i = 0; i < n; i++) {
      yr_push_index(yr, i);
      f->items[i] = yr_tree(yr, yaml_document_get_node(yr->doc, it[i]));
      yr->npath--;
      if (!f->items[i]) return NULL;
    }
    yr->depth--;
    return f;
  }
  case YAML_MAPPING_NODE: {
    yaml_node_pair_t *pr = nd->data.mapping.pairs.start;
    uint32_t n = (uint32_t)(nd->data.mapping.pairs.top - pr);
    f->kind = FN_OBJ; f->n = n;
    f->items = ZAN_NEWN(FNode *, n ? n : 1);
    f->keys = ZAN_NEWN(const char *, n ? n : 1);
    f->klens = ZAN_NEWN(uint32_t, n ? n : 1);
    f->klocs = ZAN_NEWN(Loc, n ? n : 1);
    yr->depth++;
    for (uint32_t i = 0; i < n; i++) {
      const yaml_node_t *kn = yaml_document_get_node(yr->doc, pr[i].key);
      if (!kn || kn->type != YAML_SCALAR_NODE) {
        if (kn) YR_ERR(yr, kn, E_YAML_KEY, yr_found(yr, kn));
        yr->stop = true;
        return NULL;
      }
      Val kv = yr_text(kn);
      f->keys[i] = kv.as.t.s; f->klens[i] = kv.as.t.len; f->klocs[i] = yr_loc(yr, kn);
      yr_push_key(yr, kv.as.t.s);
      f->items[i] = yr_tree(yr, yaml_document_get_node(yr->doc, pr[i].value));
      yr->npath--;
      if (!f->items[i]) return NULL;
    }
    yr->depth--;
    facts_tree_sort_object(f, yr->d, yr_path(yr));
    return f;
  }
  default:
    f->kind = FN_NULL;
    return f;
  }
}

FNode *facts_yaml_tree(const Source *src, Diags *d) {
  YR yrs, *yr = &yrs;
  memset(yr, 0, sizeof *yr);
  yr->src = src; yr->d = d;
  yaml_parser_t parser;
  yaml_document_t doc;
  bool empty;
  if (!yr_load(yr, &parser, &doc, &empty)) return NULL;
  yr->doc = &doc;
  FNode *root = NULL;
  if (empty) { root = ZAN_NEW(FNode); root->kind = FN_NULL; }
  else if (yr->nerr == 0) root = yr_tree(yr, yaml_document_get_root_node(&doc));
  yaml_document_delete(&doc);
  yaml_parser_delete(&parser);
  return yr->nerr ? NULL : root;
}
