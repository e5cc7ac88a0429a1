/* fmt.c — the canonical pretty-printer of .zan files (fmt_source, fmt_file) and the keyword-set
 * conversion (fmt_convert_keywords). Owns the layout rules of docs/language.md §1.2. */
#include "fmt.h"
#include "lexer.h"
#include "parse.h"
#include "base/alloc.h"
#include "base/buf.h"
#include "base/date.h"
#include "base/utf8.h"
#include <stdlib.h>
#include <string.h>

/* ---------- the printer's state ----------
 * Output goes to `out`; `col` is the column (in code points) after the last byte written.
 * A comment is printed once: `used` marks it. Every line-sized piece of a declaration (the
 * declaration itself, a clause, a member, a test's `expect`) is an Item: its comments before
 * it are printed first, then the piece, then a comment that trailed it on its source line.
 * A comment inside the piece that its printer did not place (say, in the middle of a flat
 * expression) is printed on its own line before the piece: never lost, and stable, since the
 * next run finds it before the piece. */

typedef struct Fmt {
  const File   *f;
  const char   *text;        /* the source bytes */
  uint32_t      len;
  int           set;         /* the file's keyword set: keywords are printed in it */
  bool         *used;        /* per comment of f */
  Buf           out;
  int           col;
  int           trail_col;   /* > 0: trailing comments start at this column (aligned match arms) */
} Fmt;

/* Item flags: how blank lines before the item are treated. */
enum {
  IT_FIRST = 1,     /* first in its block: no blank line before; a comment on the `{` line is its own */
  IT_KEEP  = 2,     /* keep one blank line where the author had one or more */
  IT_BLANK = 4,     /* always one blank line before (top-level declarations) */
  IT_CLAUSE = 8     /* a clause, maybe printed out of source order: a comment trailing the
                       clause before it in the source is that clause's, not this one's */
};

typedef struct Item {
  Buf      saved;
  int      saved_col;
  uint32_t start, end;
  int      indent;
  bool     one_line;     /* set by item_end: the item was printed on one line */
} Item;

#define BIG_WIDTH (1 << 20)

/* ---------- text helpers ---------- */

static int cp_width(const char *s, size_t n) {
  int w = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\n') return BIG_WIDTH;
    if (((unsigned char)s[i] & 0xC0) != 0x80) w++;
  }
  return w;
}
static int str_width(const char *s) { return cp_width(s, strlen(s)); }

static void put_n(Fmt *F, const char *s, size_t n) {
  buf_append(&F->out, s, n);
  const char *nl = NULL;
  for (size_t i = n; i > 0; i--) if (s[i - 1] == '\n') { nl = s + i - 1; break; }
  if (nl) {
    int w = 0;
    for (const char *c = nl + 1; c < s + n; c++) if (((unsigned char)*c & 0xC0) != 0x80) w++;
    F->col = w;
  } else {
    for (size_t i = 0; i < n; i++) if (((unsigned char)s[i] & 0xC0) != 0x80) F->col++;
  }
}
static void put(Fmt *F, const char *s) { put_n(F, s, strlen(s)); }
static void spaces(Fmt *F, int n) { for (int i = 0; i < n; i++) put_n(F, " ", 1); }
static void nl(Fmt *F) { put_n(F, "\n", 1); }

static const char *src_of(const Fmt *F, Loc l) {
  if (l.end < l.start || l.end > F->len) return "";
  return zan_strndup(F->text + l.start, l.end - l.start);
}

/* A keyword in the file's set. */
static const char *kw(const Fmt *F, int tok) {
  const char *t = lex_keyword_text(tok, F->set);
  if (!t) t = lex_keyword_text(tok, 0);
  return t ? t : "?";
}

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/* Whether the author left a blank line right before pos (two line ends in the white space). */
static bool blank_before(const Fmt *F, uint32_t pos) {
  int nls = 0;
  for (uint32_t i = pos; i > 0; i--) {
    char c = F->text[i - 1];
    if (!is_ws(c)) return nls >= 2;
    if (c == '\n') nls++;
  }
  return false;   /* the file starts here */
}

/* The start of the word right before pos (over white space): the keyword of a clause whose
 * content starts at pos (`expect` before its expression). */
static uint32_t word_before(const Fmt *F, uint32_t pos) {
  uint32_t i = pos;
  while (i > 0 && is_ws(F->text[i - 1])) i--;
  uint32_t e = i;
  while (i > 0) {
    unsigned char c = (unsigned char)F->text[i - 1];
    if (c >= 0x80 || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) i--;
    else break;
  }
  return i < e ? i : pos;
}

/* After pos, over white space and `nwords` words: the end of a keyword that follows. */
static uint32_t words_after(const Fmt *F, uint32_t pos, int nwords) {
  uint32_t i = pos;
  for (int k = 0; k < nwords; k++) {
    while (i < F->len && is_ws(F->text[i])) i++;
    while (i < F->len) {
      unsigned char c = (unsigned char)F->text[i];
      if (c >= 0x80 || c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) i++;
      else break;
    }
  }
  return i;
}

static int nwords(const char *s) {
  int n = 1;
  for (; *s; s++) if (*s == ' ') n++;
  return n;
}

/* Back from pos over white space and comments: just after the previous other byte. */
static uint32_t back_ws_comments(const Fmt *F, uint32_t pos) {
  uint32_t i = pos;
  for (;;) {
    while (i > 0 && is_ws(F->text[i - 1])) i--;
    int c = -1;
    for (int k = 0; k < F->f->ncomments; k++) {
      uint32_t e = F->f->comments[k].loc.end;
      if (e == i || (e + 1 == i && F->text[e] == '\r')) { c = k; break; }
    }
    if (c < 0) return i;
    i = F->f->comments[c].loc.start;
  }
}

/* From pos over white space and comments: the position of the next other byte. */
static uint32_t skip_ws_comments(const Fmt *F, uint32_t pos) {
  uint32_t i = pos;
  for (;;) {
    while (i < F->len && is_ws(F->text[i])) i++;
    if (i + 1 < F->len && F->text[i] == '-' && F->text[i + 1] == '-') {
      while (i < F->len && F->text[i] != '\n') i++;
      continue;
    }
    return i;
  }
}

/* The `{` that opens a block after pos (over white space and comments), or pos. */
static uint32_t open_brace(const Fmt *F, uint32_t pos) {
  uint32_t i = skip_ws_comments(F, pos);
  return i < F->len && F->text[i] == '{' ? i : pos;
}

/* ---------- comments ---------- */

/* Whether comment i has code before it on its line. */
static bool trailing_comment(const Fmt *F, int i) {
  uint32_t s = F->f->comments[i].loc.start;
  while (s > 0 && F->text[s - 1] != '\n') {
    if (!is_ws(F->text[s - 1])) return true;
    s--;
  }
  return false;
}

/* Whether pos and pos2 are on one source line. */
static bool same_line(const Fmt *F, uint32_t a, uint32_t b) {
  for (uint32_t i = a; i < b && i < F->len; i++) if (F->text[i] == '\n') return false;
  return true;
}

static const char *comment_text(const Fmt *F, int i) {
  const char *t = F->f->comments[i].text;
  size_t n = strlen(t);
  while (n > 0 && (t[n - 1] == ' ' || t[n - 1] == '\t' || t[n - 1] == '\r')) n--;   /* trailing blanks */
  return zan_sprintf("--%.*s", (int)n, t);
}

static void own_line_comment(Fmt *F, int i, int indent) {
  spaces(F, indent);
  put(F, comment_text(F, i));
  nl(F);
  F->used[i] = true;
}

/* The comment after end on its line, with only white space or closing punctuation between,
 * not printed yet: its index, or -1. */
static int trailing_at(const Fmt *F, uint32_t end) {
  for (int i = 0; i < F->f->ncomments; i++) {
    uint32_t s = F->f->comments[i].loc.start;
    if (F->used[i] || s < end) continue;
    bool ok = true;
    for (uint32_t k = end; k < s && ok; k++) {
      char c = F->text[k];
      ok = c == ' ' || c == '\t' || c == ',' || c == ')' || c == ']' || c == '}';
    }
    return ok ? i : -1;   /* only the first comment at or after end can trail it */
  }
  return -1;
}

/* That comment printed after what was just written, and marked used. */
static void trail(Fmt *F, uint32_t end) {
  int i = trailing_at(F, end);
  if (i < 0) return;
  put(F, "  ");
  if (F->trail_col > F->col) spaces(F, F->trail_col - F->col);
  put(F, comment_text(F, i));
  F->used[i] = true;
}

static bool comments_in(const Fmt *F, uint32_t a, uint32_t b) {
  for (int i = 0; i < F->f->ncomments; i++) {
    uint32_t s = F->f->comments[i].loc.start;
    if (!F->used[i] && s >= a && s < b) return true;
  }
  return false;
}

/* The comments in [lo, hi) not printed yet, each on its own line at indent. Blank lines
 * between them are kept when keep; before the first one as `blank` says. Returns whether any. */
static bool leading(Fmt *F, uint32_t lo, uint32_t hi, int indent, int flags, bool *emitted) {
  bool any = false;
  for (int i = 0; i < F->f->ncomments; i++) {
    uint32_t s = F->f->comments[i].loc.start;
    if (F->used[i] || s < lo || s >= hi) continue;
    /* a comment trailing the code that ends at lo belongs to that code (printed with it) */
    if ((flags & IT_CLAUSE) && trailing_comment(F, i) && same_line(F, lo, s)) continue;
    if (!*emitted) {
      if ((flags & IT_BLANK) || ((flags & IT_KEEP) && !(flags & IT_FIRST) && blank_before(F, s))) nl(F);
    } else if ((flags & (IT_KEEP | IT_BLANK)) && blank_before(F, s)) nl(F);
    own_line_comment(F, i, indent);
    *emitted = true;
    any = true;
  }
  return any;
}

/* Starts an item at the beginning of a line: its leading comments (from lo up to start), the
 * blank line before it, then collects the item's own text apart. */
static void item_begin(Fmt *F, Item *it, uint32_t lo, uint32_t start, uint32_t end, int indent, int flags) {
  bool emitted = false;
  leading(F, lo, start, indent, flags, &emitted);
  if (!emitted) {
    if ((flags & IT_BLANK) || ((flags & IT_KEEP) && !(flags & IT_FIRST) && blank_before(F, start))) nl(F);
  } else if ((flags & (IT_KEEP | IT_BLANK)) && blank_before(F, start)) nl(F);
  it->saved = F->out;
  it->saved_col = F->col;
  it->start = start;
  it->end = end;
  it->indent = indent;
  buf_init(&F->out);
  F->col = 0;
}

/* Ends the item: comments inside it that were not placed go before it, then its text, the
 * comment trailing it, and the line end. */
static void item_end(Fmt *F, Item *it) {
  Buf body = F->out;
  int col = F->col;
  F->out = it->saved;
  F->col = it->saved_col;
  for (int i = 0; i < F->f->ncomments; i++) {
    uint32_t s = F->f->comments[i].loc.start;
    if (!F->used[i] && s >= it->start && s < it->end) own_line_comment(F, i, it->indent);
  }
  it->one_line = !memchr(body.data ? body.data : "", '\n', body.len);
  if (body.len) buf_append(&F->out, body.data, body.len);
  F->col = col;
  trail(F, it->end);
  nl(F);
}

/* Comments after the last item of a block, before its closing brace at close. */
static void block_end_comments(Fmt *F, uint32_t lo, uint32_t close, int indent) {
  bool emitted = false;
  leading(F, lo, close, indent, IT_KEEP, &emitted);
}

/* ---------- expressions ---------- */

static int prec(const Node *e) {
  switch (e->kind) {
  case N_IF: case N_QUANT: return 0;
  case N_BINARY:
    switch (e->as.binary.op) {
    case OP_OR: return 1;
    case OP_AND: return 2;
    case OP_ADD: case OP_SUB: return 5;
    case OP_MUL: case OP_DIV: return 6;
    default: return 4;
    }
  case N_UNARY: return e->as.unary.op == OP_NOT ? 3 : 7;
  default: return 8;
  }
}

static const char *op_word(const Fmt *F, Op op) {
  return op_keyword(op) ? kw(F, op_keyword(op)) : op_text(op);   /* binary operators */
}

/* A duration as written, its white space made one space: "2 years", "6 месяцев". */
static const char *dur_text(const Fmt *F, Loc l) {
  const char *s = src_of(F, l);
  Buf b;
  buf_init(&b);
  bool ws = false;
  for (const char *c = s; *c; c++) {
    if (is_ws(*c)) { ws = true; continue; }
    if (ws && b.len) buf_push(&b, ' ');
    ws = false;
    buf_push(&b, *c);
  }
  return buf_cstr(&b);
}

static void flat(const Fmt *F, const Node *e, int minp, Buf *b);
static void flat_p(const Fmt *F, const Node *e, int minp, bool keep, Buf *b);

/* Whether the parentheses the author wrote around child, an operand of parent, stay.
 * They stay around an operation that is an operand of another operator: they say how the
 * two group, which helps a reader even where precedence would group them the same
 * (`(a and b) or c`, `(x = 1) or y`, `a + (b * c)`). They are noise, and go, around a name,
 * a literal, a call or a field (`(a) and b`), around a whole value or condition (`when (a)`),
 * when doubled (one pair is kept), and around the left operand of the same operator
 * (`(a and b) and c` reads as `a and b and c`, and means it). */
static bool keep_parens(const Node *parent, const Node *child, bool left) {
  if (!ast_parenthesized(child)) return false;
  if (parent->kind != N_BINARY && parent->kind != N_UNARY) return false;
  if (child->kind != N_BINARY && child->kind != N_UNARY) return false;
  return !(left && parent->kind == N_BINARY && child->kind == N_BINARY
           && child->as.binary.op == parent->as.binary.op);
}

/* Argument i of call e: `name = value` or the value. */
static void flat_arg(const Fmt *F, const Node *e, int i, Buf *b) {
  const Name *an = e->as.call.arg_names ? &e->as.call.arg_names[i] : NULL;
  const Node *a = e->as.call.args.items[i];
  if (an && an->text) {
    buf_puts(b, an->text);
    buf_puts(b, " = ");
    flat(F, a, 0, b);
  } else {
    /* `f(x = 1)` would be a named argument: a comparison as an argument keeps parentheses */
    bool eq = a->kind == N_BINARY && a->as.binary.op == OP_EQ;
    flat(F, a, eq ? 5 : 0, b);
  }
}

static void flat_list(const Fmt *F, const NodeList *l, Buf *b) {
  for (int i = 0; i < l->n; i++) {
    if (i) buf_puts(b, ", ");
    flat(F, l->items[i], 0, b);
  }
}

static void flat_arm(const Fmt *F, const Node *a, Buf *b) {
  if (a->as.arm.is_else) buf_puts(b, kw(F, T_ELSE));
  for (int i = 0; i < a->as.arm.npatterns; i++) {
    if (i) buf_puts(b, " | ");
    buf_puts(b, a->as.arm.patterns[i].text);
  }
  buf_puts(b, " -> ");
  flat(F, a->as.arm.body, 0, b);
}

/* e on one line, in parentheses when its precedence is below minp. */
static void flat(const Fmt *F, const Node *e, int minp, Buf *b) { flat_p(F, e, minp, false, b); }

/* The same, in parentheses also when keep (the author's, kept: keep_parens). */
static void flat_p(const Fmt *F, const Node *e, int minp, bool keep, Buf *b) {
  if (!e) return;
  bool par = prec(e) < minp || keep;
  if (par) buf_push(b, '(');
  switch (e->kind) {
  case N_INT: case N_DEC: case N_DATE: case N_TEXT: {
    const char *t = src_of(F, e->loc);
    size_t n = strlen(t);
    if (e->kind == N_DEC && n && t[n - 1] == '%') {   /* a percentage: `7 %`, one space before the sign */
      n--;
      while (n && (t[n - 1] == ' ' || t[n - 1] == '\t' || t[n - 1] == '\n' || t[n - 1] == '\r')) n--;
      buf_append(b, t, n);
      buf_puts(b, " %");
    } else
      buf_puts(b, t);
    break;
  }
  case N_DUR: buf_puts(b, dur_text(F, e->loc)); break;
  case N_BOOL: buf_puts(b, kw(F, e->as.b ? T_TRUE : T_FALSE)); break;
  case N_UNKNOWN: buf_puts(b, kw(F, T_UNKNOWN)); break;
  case N_NAME: {
    /* `year(d)`: a unit keyword as the built-in's name keeps its spelling in the file's set */
    const char *w = src_of(F, e->as.name.name.loc);
    if (*w && lex_keyword(w, strlen(w), F->set)) buf_puts(b, w);
    else buf_puts(b, e->as.name.name.text ? e->as.name.name.text : "");
    break;
  }
  case N_FIELD_ACCESS:
    flat(F, e->as.access.expr, 8, b);
    buf_push(b, '.');
    buf_puts(b, e->as.access.field.text ? e->as.access.field.text : "");
    break;
  case N_CALL:
    flat(F, e->as.call.callee, 8, b);
    buf_push(b, '(');
    for (int i = 0; i < e->as.call.args.n; i++) {
      if (i) buf_puts(b, ", ");
      flat_arg(F, e, i, b);
    }
    buf_push(b, ')');
    break;
  case N_UNARY:
    if (e->as.unary.op == OP_NOT) {
      buf_puts(b, kw(F, T_NOT));
      buf_push(b, ' ');
      /* `not (a contains b)`: the parentheses read better */
      flat_p(F, e->as.unary.e, 5, keep_parens(e, e->as.unary.e, false), b);
    } else {
      buf_push(b, '-');
      flat_p(F, e->as.unary.e, 8, keep_parens(e, e->as.unary.e, false), b);   /* never `--` */
    }
    break;
  case N_BINARY: {
    int p = prec(e);
    flat_p(F, e->as.binary.l, p == 4 ? 5 : p, keep_parens(e, e->as.binary.l, true), b);
    buf_push(b, ' ');
    buf_puts(b, op_word(F, e->as.binary.op));
    buf_push(b, ' ');
    flat_p(F, e->as.binary.r, p + 1, keep_parens(e, e->as.binary.r, false), b);
    break;
  }
  case N_IF:
    buf_puts(b, kw(F, T_IF)); buf_push(b, ' ');
    flat(F, e->as.ifx.cond, 0, b);
    buf_push(b, ' '); buf_puts(b, kw(F, T_THEN)); buf_push(b, ' ');
    flat(F, e->as.ifx.then_, 0, b);
    buf_push(b, ' '); buf_puts(b, kw(F, T_ELSE)); buf_push(b, ' ');
    flat(F, e->as.ifx.else_, 0, b);
    break;
  case N_QUANT:
    buf_puts(b, kw(F, e->as.quant.is_all ? T_ALL : T_ANY));
    buf_push(b, ' ');
    buf_puts(b, e->as.quant.var.text ? e->as.quant.var.text : "");
    buf_push(b, ' '); buf_puts(b, kw(F, T_IN)); buf_push(b, ' ');
    flat(F, e->as.quant.coll, 0, b);
    buf_puts(b, " : ");
    flat(F, e->as.quant.body, 0, b);
    break;
  case N_MATCH:
    buf_puts(b, kw(F, T_MATCH)); buf_push(b, ' ');
    flat(F, e->as.match.scrutinee, 0, b);
    buf_puts(b, " {");
    for (int i = 0; i < e->as.match.arms.n; i++) {
      buf_puts(b, i ? "  " : " ");
      flat_arm(F, e->as.match.arms.items[i], b);
    }
    buf_puts(b, " }");
    break;
  case N_SET_LIT: case N_LIST_LIT:
    buf_push(b, e->kind == N_SET_LIT ? '{' : '[');
    flat_list(F, &e->as.items, b);
    buf_push(b, e->kind == N_SET_LIT ? '}' : ']');
    break;
  default:
    buf_puts(b, src_of(F, e->loc));
    break;
  }
  if (par) buf_push(b, ')');
}

static const char *flat_str(const Fmt *F, const Node *e, int minp) {
  Buf b;
  buf_init(&b);
  flat(F, e, minp, &b);
  return buf_cstr(&b);
}

static bool fits(const Fmt *F, int extra, const char *s) {
  return F->col + extra + str_width(s) <= FMT_WIDTH;
}

static void value(Fmt *F, const Node *e, int indent);

/* The operands of a chain of one operator (`a and b and c`, left-nested by the parser): the
 * left spine only, so `a and (b and c)` keeps its parentheses, and so its tree. */
static void chain_operands(const Node *e, Op op, const Node ***ops, int *n, int *cap) {
  int k = 1;
  for (const Node *x = e; x->kind == N_BINARY && x->as.binary.op == op; x = x->as.binary.l) k++;
  *ops = ZAN_NEWN(const Node *, k);
  *cap = k;
  *n = k;
  const Node *x = e;
  for (int i = k - 1; i > 0; i--) {
    (*ops)[i] = x->as.binary.r;
    x = x->as.binary.l;
  }
  (*ops)[0] = x;
}

static bool is_chain(const Node *e) {
  return e->kind == N_BINARY && (e->as.binary.op == OP_AND || e->as.binary.op == OP_OR);
}

/* Whether the author wrote chain e over several lines: a line end between two of its
 * operands. Such a condition stays one operand a line (a lawyer reads it as a list); one
 * written on one line is joined when it fits. */
static bool chain_written_broken(const Fmt *F, const Node *e) {
  const Node **ops = NULL;
  int n = 0, cap = 0;
  chain_operands(e, e->as.binary.op, &ops, &n, &cap);
  for (int k = 1; k < n; k++)
    if (!same_line(F, ops[k - 1]->loc.end, ops[k]->loc.start)) return true;
  return false;
}

static void hang(Fmt *F, const Node *e);

/* Whether the author wrote `if … else …` over several lines (a line end before an `else`). */
static bool if_written_broken(const Fmt *F, const Node *e) {
  for (; e && e->kind == N_IF; e = e->as.ifx.else_)
    if (!same_line(F, e->as.ifx.then_->loc.end, e->as.ifx.else_->loc.start)) return true;
  return false;
}

/* Whether e is a condition or an `if` the author broke over lines, kept so (see above). */
static bool written_broken(const Fmt *F, const Node *e) {
  return is_chain(e) ? chain_written_broken(F, e) : e->kind == N_IF && if_written_broken(F, e);
}

/* A chain broken before each operator, the operators right-aligned so that the operands all
 * start at column col (the column of the first one):
 *     when a
 *      and (b
 *           or c)                                                                 */
static void chain(Fmt *F, const Node *e, int indent) {
  Op op = e->as.binary.op;
  const Node **ops = NULL;
  int n = 0, cap = 0;
  chain_operands(e, op, &ops, &n, &cap);
  int col = F->col;
  const char *w = op_word(F, op);
  int pad = col - str_width(w) - 1;
  if (pad < 0) pad = 0;
  for (int k = 0; k < n; k++) {
    const Node *o = ops[k];
    if (k) {
      trail(F, ops[k - 1]->loc.end);
      nl(F);
      bool emitted = false;
      leading(F, ops[k - 1]->loc.end, o->loc.start, indent, 0, &emitted);
      spaces(F, pad);
      put(F, w);
      put(F, " ");
    }
    /* an `or` inside `and`, an `if`: parentheses; and those the author wrote around an operation */
    bool par = prec(o) <= prec(e) || keep_parens(e, o, k == 0);
    if (par) put(F, "(");
    const char *s = flat_str(F, o, 0);
    if (is_chain(o) && (F->col + str_width(s) + par > FMT_CHAIN_WIDTH
                        || comments_in(F, o->loc.start, o->loc.end) || chain_written_broken(F, o)))
      chain(F, o, indent);
    else if (!fits(F, par, s)) hang(F, o);
    else put(F, s);
    if (par) put(F, ")");
  }
}

/* ---------- breaking inside a line ----------
 * An expression that does not fit where it stands (an operand of a condition, `expect`'s
 * comparison, a function body) breaks at its own brackets, each continuation line aligned
 * just after the opening bracket, so it stays within FMT_WIDTH wherever it starts:
 *     expect obligations = {documentation, human_oversight, inform_users,
 *                           risk_management, user_support}                         */

/* Items (written already as strs) between open and close, filled up to the width. */
static void hang_items(Fmt *F, const char *open, const char *close, int n, const char **strs) {
  put(F, open);
  int col = F->col;
  for (int i = 0; i < n; i++) {
    int extra = i + 1 < n ? 1 : str_width(close);    /* the `,` or the closing bracket */
    if (i) {
      put(F, ",");
      if (fits(F, 1 + extra, strs[i])) put(F, " ");
      else { nl(F); spaces(F, col); }
    }
    put(F, strs[i]);
  }
  put(F, close);
}

/* `if c then a else if … else z` broken before each `else`, aligned under the `if` (when it
 * does not fit, or the author broke it so). */
static void if_block(Fmt *F, const Node *e) {
  int col = F->col;
  for (;;) {
    put(F, kw(F, T_IF)); put(F, " ");
    put(F, flat_str(F, e->as.ifx.cond, 0));
    put(F, " "); put(F, kw(F, T_THEN)); put(F, " ");
    const char *t = flat_str(F, e->as.ifx.then_, 0);
    if (fits(F, 0, t)) put(F, t); else hang(F, e->as.ifx.then_);
    nl(F);
    spaces(F, col);
    put(F, kw(F, T_ELSE)); put(F, " ");
    const Node *x = e->as.ifx.else_;
    const char *s = flat_str(F, x, 0);
    if (x->kind == N_IF) { e = x; continue; }   /* broken once, broken before every `else` */
    if (fits(F, 0, s)) put(F, s); else hang(F, x);
    return;
  }
}

/* e, which does not fit on the rest of the line: broken at its brackets where it has some
 * (a set or list literal, a call, an operation whose right operand is one of those, an `if`),
 * else on one line all the same. */
static void hang(Fmt *F, const Node *e) {
  switch (e->kind) {
  case N_SET_LIT: case N_LIST_LIT: {
    if (!e->as.items.n) break;
    const char **strs = ZAN_NEWN(const char *, e->as.items.n);
    for (int i = 0; i < e->as.items.n; i++) strs[i] = flat_str(F, e->as.items.items[i], 0);
    bool set = e->kind == N_SET_LIT;
    hang_items(F, set ? "{" : "[", set ? "}" : "]", e->as.items.n, strs);
    return;
  }
  case N_CALL: {
    if (!e->as.call.args.n) break;
    const char **strs = ZAN_NEWN(const char *, e->as.call.args.n);
    for (int i = 0; i < e->as.call.args.n; i++) {
      Buf b;
      buf_init(&b);
      flat_arg(F, e, i, &b);
      strs[i] = buf_cstr(&b);
    }
    put(F, flat_str(F, e->as.call.callee, 8));
    hang_items(F, "(", ")", e->as.call.args.n, strs);
    return;
  }
  case N_IF: if_block(F, e); return;
  case N_BINARY: {
    const Node *l = e->as.binary.l, *r = e->as.binary.r;
    if (is_chain(e) || !(r->kind == N_SET_LIT || r->kind == N_LIST_LIT || r->kind == N_CALL)) break;
    int p = prec(e);
    Buf b;
    buf_init(&b);
    flat_p(F, l, p == 4 ? 5 : p, keep_parens(e, l, true), &b);
    buf_push(&b, ' ');
    buf_puts(&b, op_word(F, e->as.binary.op));
    buf_push(&b, ' ');
    put(F, buf_cstr(&b));
    hang(F, r);
    return;
  }
  default: break;
  }
  put(F, flat_str(F, e, 0));
}

/* The items of a set or list literal over several lines: filled up to the width, or one per
 * line when comments sit among them. The brace is already written. */
static void items_block(Fmt *F, const Node *e, int indent) {
  const NodeList *l = &e->as.items;
  bool one_per_line = comments_in(F, e->loc.start, e->loc.end);
  char close = e->kind == N_SET_LIT ? '}' : ']';
  trail(F, e->loc.start + 1);
  nl(F);
  if (one_per_line) {
    uint32_t lo = e->loc.start + 1;
    for (int i = 0; i < l->n; i++) {
      const Node *x = l->items[i];
      Item it;
      item_begin(F, &it, lo, x->loc.start, x->loc.end, indent + 2, i ? IT_KEEP : IT_FIRST | IT_KEEP);
      spaces(F, indent + 2);
      put(F, flat_str(F, x, 0));
      if (i + 1 < l->n) put(F, ",");
      item_end(F, &it);
      lo = x->loc.end;
    }
    block_end_comments(F, lo, e->loc.end, indent + 2);
  } else {
    spaces(F, indent + 2);
    bool line_start = true;
    for (int i = 0; i < l->n; i++) {
      const char *s = flat_str(F, l->items[i], 0);
      int extra = i + 1 < l->n ? 1 : 0;
      if (!line_start && !fits(F, 1 + extra, s)) {
        nl(F);
        spaces(F, indent + 2);
        line_start = true;
      }
      if (!line_start) put(F, " ");
      put(F, s);
      if (extra) put(F, ",");
      line_start = false;
    }
    nl(F);
  }
  spaces(F, indent);
  char cs[2] = { close, 0 };
  put(F, cs);
}

/* A match over several lines: one arm a line, the arrows aligned. */
static void match_block(Fmt *F, const Node *e, int indent) {
  put(F, kw(F, T_MATCH));
  put(F, " ");
  put(F, flat_str(F, e->as.match.scrutinee, 0));
  put(F, " {");
  uint32_t brace = open_brace(F, e->as.match.scrutinee->loc.end);
  trail(F, brace + 1);
  nl(F);
  const NodeList *arms = &e->as.match.arms;
  int wmax = 0;
  const char **pats = ZAN_NEWN(const char *, arms->n + 1);
  for (int i = 0; i < arms->n; i++) {
    const Node *a = arms->items[i];
    Buf b;
    buf_init(&b);
    if (a->as.arm.is_else) buf_puts(&b, kw(F, T_ELSE));
    for (int k = 0; k < a->as.arm.npatterns; k++) {
      if (k) buf_puts(&b, " | ");
      buf_puts(&b, a->as.arm.patterns[k].text);
    }
    pats[i] = buf_cstr(&b);
    if (str_width(pats[i]) > wmax) wmax = str_width(pats[i]);
  }
  /* comments trailing the arms line up after the longest arm, unless that pushes one of them
   * past the width: then after the longest arm that keeps them all within it (the arms longer
   * than that are followed by their comment directly) */
  int saved_trail = F->trail_col, longest = 0;
  int *aw = ZAN_NEWN(int, arms->n + 1), *cw = ZAN_NEWN(int, arms->n + 1);
  for (int i = 0; i < arms->n; i++) {
    const Node *a = arms->items[i];
    aw[i] = indent + 2 + wmax + 4 + str_width(flat_str(F, a->as.arm.body, 0));
    int c = trailing_at(F, a->loc.end);
    cw[i] = c >= 0 ? str_width(comment_text(F, c)) : 0;
  }
  for (int i = 0; i < arms->n; i++) {
    if (aw[i] > FMT_WIDTH || aw[i] <= longest) continue;
    bool ok = true;     /* every comment of an arm no longer than this one fits after it */
    for (int k = 0; k < arms->n && ok; k++)
      ok = !cw[k] || aw[k] > aw[i] || aw[i] + 2 + cw[k] <= FMT_WIDTH;
    if (ok) longest = aw[i];
  }
  F->trail_col = longest ? longest + 2 : 0;   /* the comment starts two spaces after the arm */
  uint32_t lo = brace + 1;
  for (int i = 0; i < arms->n; i++) {
    const Node *a = arms->items[i];
    Item it;
    item_begin(F, &it, lo, a->loc.start, a->loc.end, indent + 2, i ? IT_KEEP : IT_FIRST | IT_KEEP);
    spaces(F, indent + 2);
    put(F, pats[i]);
    spaces(F, wmax - str_width(pats[i]));
    put(F, " -> ");
    value(F, a->as.arm.body, indent + 2);
    item_end(F, &it);
    lo = a->loc.end;
  }
  F->trail_col = saved_trail;
  block_end_comments(F, lo, e->loc.end, indent + 2);
  spaces(F, indent);
  put(F, "}");
}

/* An expression at the end of a line that starts at indent: flat when it fits and holds no
 * comment; else a set/list/match over several lines, or a chain broken at and/or. */
static void value(Fmt *F, const Node *e, int indent) {
  const char *s = flat_str(F, e, 0);
  bool cm = comments_in(F, e->loc.start, e->loc.end);
  /* a condition reads best one operand a line: chains break earlier than the width, and
   * where the author broke them */
  bool ok = (is_chain(e) ? F->col + str_width(s) <= FMT_CHAIN_WIDTH : fits(F, 0, s))
            && !written_broken(F, e);
  if (ok && !cm) { put(F, s); return; }
  if ((e->kind == N_SET_LIT || e->kind == N_LIST_LIT) && e->as.items.n > 0) {
    put(F, e->kind == N_SET_LIT ? "{" : "[");
    items_block(F, e, indent);
    return;
  }
  if (e->kind == N_MATCH) { match_block(F, e, indent); return; }
  if (is_chain(e)) { chain(F, e, indent); return; }
  if (e->kind == N_IF && written_broken(F, e)) if_block(F, e);
  else if (fits(F, 0, s)) put(F, s);   /* comments inside: they go before the line */
  else hang(F, e);
}

/* e on the rest of the line: flat when it fits, else broken at its brackets (hang). */
static void inline_value(Fmt *F, const Node *e) {
  const char *s = flat_str(F, e, 0);
  if (fits(F, 0, s)) put(F, s); else hang(F, e);
}

/* `= BODY` of a function or constant: on the line when it fits, a set literal opening there,
 * else on the next line, indented. */
static void body_value(Fmt *F, const Node *e, int indent) {
  const char *s = flat_str(F, e, 0);
  /* comments inside count only where the layout can place them (between items, arms, operands) */
  bool cm = comments_in(F, e->loc.start, e->loc.end)
            && (e->kind == N_SET_LIT || e->kind == N_LIST_LIT || e->kind == N_MATCH || is_chain(e));
  /* the author's choice stands: a body begun on the next line, a condition or `if` broken */
  uint32_t start = ast_parenthesized(e) ? e->paren_start : e->loc.start;
  bool own_line = !same_line(F, back_ws_comments(F, start), start);
  if (!cm && !own_line && !written_broken(F, e) && fits(F, 1, s)) {
    put(F, " ");
    put(F, s);
    return;
  }
  if ((e->kind == N_SET_LIT || e->kind == N_LIST_LIT) && e->as.items.n > 0) {
    put(F, " ");
    value(F, e, indent);
    return;
  }
  nl(F);
  spaces(F, indent + 2);
  value(F, e, indent + 2);
}

/* ---------- types ---------- */

static void type_flat(const Fmt *F, const Node *t, Buf *b) {
  if (!t) return;
  switch (t->kind) {
  case N_TYPE_NAME: buf_puts(b, t->as.tname.name.text ? t->as.tname.name.text : ""); break;
  case N_TYPE_SET: case N_TYPE_LIST:
    buf_puts(b, kw(F, t->kind == N_TYPE_SET ? T_SET : T_LIST));
    buf_push(b, ' ');
    buf_puts(b, kw(F, T_OF));
    buf_push(b, ' ');
    type_flat(F, t->as.telem.elem, b);
    break;
  case N_TYPE_RECORD:
    buf_puts(b, kw(F, T_RECORD));
    if (!t->as.trec.fields.n) { buf_puts(b, " {}"); break; }
    buf_puts(b, " { ");
    for (int i = 0; i < t->as.trec.fields.n; i++) {
      const Node *fl = t->as.trec.fields.items[i];
      if (i) buf_puts(b, ", ");
      buf_puts(b, fl->as.field.name.text);
      buf_puts(b, " : ");
      type_flat(F, fl->as.field.type, b);
    }
    buf_puts(b, " }");
    break;
  default: buf_puts(b, src_of(F, t->loc)); break;
  }
}

static const char *type_str(const Fmt *F, const Node *t) {
  Buf b;
  buf_init(&b);
  type_flat(F, t, &b);
  return buf_cstr(&b);
}

/* A type at the end of a line: a record over several lines when it does not fit. */
static void type_value(Fmt *F, const Node *t, int indent) {
  const char *s = type_str(F, t);
  if (t->kind != N_TYPE_RECORD || !t->as.trec.fields.n || (fits(F, 0, s) && !comments_in(F, t->loc.start, t->loc.end))) {
    put(F, s);
    return;
  }
  put(F, kw(F, T_RECORD));
  put(F, " {");
  uint32_t lo = open_brace(F, t->loc.start) + 1;
  trail(F, lo);
  nl(F);
  for (int i = 0; i < t->as.trec.fields.n; i++) {
    const Node *fl = t->as.trec.fields.items[i];
    Item it;
    item_begin(F, &it, lo, fl->loc.start, fl->as.field.type->loc.end, indent + 2, i ? IT_KEEP : IT_FIRST | IT_KEEP);
    spaces(F, indent + 2);
    put(F, fl->as.field.name.text);
    put(F, " : ");
    type_value(F, fl->as.field.type, indent + 2);
    item_end(F, &it);
    lo = fl->as.field.type->loc.end;
  }
  block_end_comments(F, lo, t->loc.end, indent + 2);
  spaces(F, indent);
  put(F, "}");
}

/* ---------- texts, validity ---------- */

static uint32_t text_item_end(const TextItem *ti) {
  return ti->fingerprint && ti->fp_loc.end > ti->loc.end ? ti->fp_loc.end : ti->loc.end;
}

/* An article text's own clauses after its language tag: " status official source \"…\"". */
static const char *text_head_clauses(Fmt *F, const TextItem *ti) {
  if (!ti->status.text && !ti->source) return "";
  Buf b;
  buf_init(&b);
  if (ti->status.text) buf_printf(&b, " %s %s", kw(F, T_STATUS), ti->status.text);
  if (ti->source) buf_printf(&b, " %s %s", kw(F, T_SOURCE), src_of(F, ti->source_loc));
  return buf_cstr(&b);
}

/* { kk "…" ru "…" en "…" }: always one language a line, in the order written. */
static void texts(Fmt *F, const Texts *t, int indent) {
  bool cm = comments_in(F, t->loc.start, t->loc.end);
  if (!t->n && !cm) { put(F, "{}"); return; }
  if (!cm && same_line(F, t->loc.start, t->loc.end)) {
    /* written on one line: kept on one line when it fits */
    Buf b;
    buf_init(&b);
    buf_puts(&b, "{");
    for (int i = 0; i < t->n; i++) {
      const TextItem *ti = &t->items[i];
      buf_printf(&b, " %s%s %s", ti->lang.text ? ti->lang.text : "", text_head_clauses(F, ti), src_of(F, ti->loc));
      if (ti->fingerprint) buf_printf(&b, " %s %s", kw(F, T_FROM), src_of(F, ti->fp_loc));
    }
    buf_puts(&b, " }");
    if (fits(F, 0, buf_cstr(&b))) { put(F, buf_cstr(&b)); return; }
  }
  put(F, "{");
  trail(F, t->loc.start + 1);
  nl(F);
  uint32_t lo = t->loc.start + 1;
  for (int i = 0; i < t->n; i++) {
    const TextItem *ti = &t->items[i];
    Item it;
    item_begin(F, &it, lo, ti->lang.loc.start, text_item_end(ti), indent + 2, i ? 0 : IT_FIRST);
    spaces(F, indent + 2);
    put(F, ti->lang.text ? ti->lang.text : "");
    put(F, text_head_clauses(F, ti));
    put(F, " ");
    put(F, src_of(F, ti->loc));                   /* the literal exactly as written */
    if (ti->fingerprint) {
      put(F, " ");
      put(F, kw(F, T_FROM));
      put(F, " ");
      put(F, src_of(F, ti->fp_loc));
    }
    item_end(F, &it);
    lo = text_item_end(ti);
  }
  block_end_comments(F, lo, t->loc.end > 0 ? t->loc.end - 1 : t->loc.end, indent + 2);
  spaces(F, indent);
  put(F, "}");
}

static void date_put(Fmt *F, ZDate d) {
  char s[11];
  date_format(d, s);
  put(F, s);
}

static void validity(Fmt *F, const Validity *v) {
  put(F, kw(F, T_IN_FORCE));
  if (v->has_from) { put(F, " "); put(F, kw(F, T_FROM)); put(F, " "); date_put(F, v->from); }
  if (v->has_until) { put(F, " "); put(F, kw(F, T_UNTIL)); put(F, " "); date_put(F, v->until); }
}

/* ---------- clauses ----------
 * A declaration's clauses are printed in canonical order, each on its own line; the comments
 * before a clause go with it wherever it moves. A Clause is one such line. */

typedef enum {
  C_ALIAS, C_VERSION, C_SUBJECT, C_AS_OF, C_ACT, C_TITLE, C_STATUS, C_SOURCE, C_STATUTE, C_AT,
  C_COMBINE, C_DEFAULT, C_UNIT, C_PERCENT, C_ROUNDING, C_UNMET, C_CITES, C_VALIDITY, C_WHEN, C_THEN,
  C_LABEL, C_ASK, C_EXPLAIN, C_TEXT
} ClauseKind;

typedef struct Clause { ClauseKind kind; uint32_t start, end; int idx; } Clause;   /* idx: which statute */

typedef struct Clauses { Clause *c; int n, cap; uint32_t head_end; } Clauses;

static void clause_add(Clauses *cs, ClauseKind k, uint32_t start, uint32_t end) {
  if (cs->n == cs->cap) {     /* a header may name many statutes */
    Clause *nc = ZAN_NEWN(Clause, cs->cap ? 2 * cs->cap : 20);
    if (cs->n) memcpy(nc, cs->c, sizeof *nc * (size_t)cs->n);
    cs->c = nc; cs->cap = cs->cap ? 2 * cs->cap : 20;
  }
  cs->c[cs->n++] = (Clause){ k, start, end, 0 };
}

/* Where a clause's comments start: the end of the piece before it in the source. */
static uint32_t clause_lo(const Clauses *cs, uint32_t start, uint32_t decl_start) {
  uint32_t lo = cs->head_end > decl_start ? cs->head_end : decl_start;
  for (int i = 0; i < cs->n; i++)
    if (cs->c[i].end <= start && cs->c[i].end > lo) lo = cs->c[i].end;
  return lo;
}

static void print_clause(Fmt *F, const Node *d, ClauseKind k, int idx, int indent);

/* Prints the clauses (canonical order = ClauseKind order) at indent. */
static void clauses(Fmt *F, const Node *d, Clauses *cs, int indent) {
  for (int k = 0; k <= C_TEXT; k++)
    for (int i = 0; i < cs->n; i++) {
      if (cs->c[i].kind != (ClauseKind)k) continue;
      Item it;
      item_begin(F, &it, clause_lo(cs, cs->c[i].start, d->loc.start), cs->c[i].start, cs->c[i].end,
                 k == C_TEXT ? 0 : indent, IT_CLAUSE);
      print_clause(F, d, (ClauseKind)k, cs->c[i].idx, k == C_TEXT ? 0 : indent);
      item_end(F, &it);
    }
}

static void kw_sp(Fmt *F, int tok) { put(F, kw(F, tok)); put(F, " "); }

static void print_clause(Fmt *F, const Node *d, ClauseKind k, int idx, int indent) {
  spaces(F, indent);
  switch (k) {
  case C_ALIAS:   kw_sp(F, T_ALIAS); put(F, src_of(F, d->as.policy.alias_loc)); break;
  case C_VERSION: kw_sp(F, T_VERSION); put(F, src_of(F, d->as.policy.version_loc)); break;
  case C_SUBJECT: kw_sp(F, T_SUBJECT); put(F, flat_str(F, d->as.policy.subject, 0)); break;
  case C_AS_OF:   kw_sp(F, T_AS_OF); put(F, flat_str(F, d->as.policy.as_of, 0)); break;
  case C_ACT:     kw_sp(F, T_ACT); put(F, src_of(F, d->as.article.act_loc)); break;
  case C_STATUS:  kw_sp(F, T_STATUS); put(F, d->as.article.status.text); break;
  case C_SOURCE:  kw_sp(F, T_SOURCE); put(F, src_of(F, d->as.article.source_loc)); break;
  case C_STATUTE: {
    const StatuteAst *st = &d->as.policy.statutes[idx];
    kw_sp(F, T_STATUTE); put(F, src_of(F, st->act_loc)); put(F, " ");
    put(F, st->lang.text ? st->lang.text : ""); put(F, " "); put(F, src_of(F, st->path_loc));
    break;
  }
  case C_TITLE:
    kw_sp(F, T_TITLE);
    texts(F, d->kind == N_POLICY ? d->as.policy.title : d->as.article.title, indent);
    break;
  case C_VALIDITY:
    validity(F, d->kind == N_ARTICLE ? &d->as.article.validity : &d->as.rule.validity);
    break;
  case C_AT: kw_sp(F, T_AT); put(F, src_of(F, d->as.fact.key_loc)); break;
  case C_COMBINE: kw_sp(F, T_COMBINE); put(F, src_of(F, d->as.output.combine.loc)); break;
  case C_DEFAULT: kw_sp(F, T_DEFAULT); value(F, d->as.output.dflt, indent); break;
  case C_UNIT:
    kw_sp(F, T_UNIT);
    if (d->as.output.unit_texts) texts(F, d->as.output.unit_texts, indent);
    else put(F, src_of(F, d->as.output.unit_loc));
    break;
  case C_ROUNDING:
    kw_sp(F, T_ROUNDING);
    put(F, src_of(F, d->as.output.places_loc));
    if (d->as.output.round_mode.text) { put(F, " "); put(F, d->as.output.round_mode.text); }
    break;
  case C_PERCENT: put(F, kw(F, T_AS_PERCENT)); break;
  case C_UNMET:
    kw_sp(F, T_UNMET); kw_sp(F, T_WHEN);
    put(F, d->as.output.unmet_findings.text); put(F, " ");
    kw_sp(F, T_INTERSECTS); put(F, d->as.output.unmet_fn.text);
    break;
  case C_CITES: {
    kw_sp(F, T_CITES);
    int n = d->kind == N_RULE ? d->as.rule.ncites : d->as.param.ncites;
    const Loc *locs = d->kind == N_RULE ? d->as.rule.cite_locs : d->as.param.cite_locs;
    const char **strs = ZAN_NEWN(const char *, n);
    for (int i = 0; i < n; i++) strs[i] = src_of(F, locs[i]);
    hang_items(F, "", "", n, strs);   /* a long list continues under the first citation */
    break;
  }
  case C_WHEN: kw_sp(F, T_WHEN); value(F, d->as.rule.when, indent); break;
  case C_THEN:
    kw_sp(F, T_THEN);
    put(F, d->as.rule.target.text);
    put(F, d->as.rule.includes ? " " : " = ");
    if (d->as.rule.includes) kw_sp(F, T_INCLUDES);
    value(F, d->as.rule.value, indent);
    break;
  case C_LABEL: {
    const Texts *t = d->kind == N_FACT ? d->as.fact.label : d->kind == N_OUTPUT ? d->as.output.label
                   : d->as.param.label;
    kw_sp(F, T_LABEL);
    texts(F, t, indent);
    break;
  }
  case C_ASK: kw_sp(F, T_ASK); texts(F, d->as.fact.ask, indent); break;
  case C_EXPLAIN: kw_sp(F, T_EXPLAIN); texts(F, d->as.rule.explain, indent); break;
  case C_TEXT: texts(F, d->as.article.text, 0); break;
  }
}

static void add_texts(Clauses *cs, ClauseKind k, const Texts *t) {
  if (t) clause_add(cs, k, t->loc.start, t->loc.end);
}

/* ---------- declarations ---------- */

static void decl(Fmt *F, const Node *d, int indent);

/* Clauses after a head line; the item that holds the declaration writes the last line end. */
static void decl_clauses(Fmt *F, const Node *d, Clauses *cs, int indent) {
  trail(F, cs->head_end);
  if (cs->n) nl(F);
  clauses(F, d, cs, indent);
  if (cs->n) { F->out.len--; F->col = 0; }
}

/* The clauses of a declaration with a block, then its `{`: on the head line when there are no
 * clauses, else on a line of its own after them. Returns where the `{` is in the source. */
static uint32_t clauses_then_brace(Fmt *F, const Node *d, Clauses *cs, int indent) {
  uint32_t after = cs->head_end;
  for (int i = 0; i < cs->n; i++) if (cs->c[i].end > after) after = cs->c[i].end;
  uint32_t open = open_brace(F, after);
  if (cs->n) {
    trail(F, cs->head_end);
    nl(F);
    clauses(F, d, cs, indent + 2);
    spaces(F, indent);
    put(F, "{");
  } else put(F, " {");
  return open;
}

/* After a written `{` (at open in the source): a comment that trailed it, the line end.
 * Returns where the comments before the first item start. */
static uint32_t block_open(Fmt *F, uint32_t open) {
  trail(F, open + 1);
  nl(F);
  return open + 1;
}

/* The end of d's block: comments after its last item (which ended at lo), then the `}`. */
static void block_close(Fmt *F, const Node *d, uint32_t lo, int indent) {
  block_end_comments(F, lo, d->loc.end > 0 ? d->loc.end - 1 : lo, indent + 2);
  spaces(F, indent);
  put(F, "}");
}

/* A block of child items between braces; the `{` is written already, at open in the source. */
static void fact_children(Fmt *F, const Node *g, uint32_t open, int indent) {
  uint32_t lo = block_open(F, open);
  const NodeList *ch = &g->as.fact.children;
  for (int i = 0; i < ch->n; i++) {
    const Node *c = ch->items[i];
    Item it;
    item_begin(F, &it, lo, c->loc.start, c->loc.end, indent + 2, i ? IT_KEEP : IT_FIRST | IT_KEEP);
    decl(F, c, indent + 2);
    item_end(F, &it);
    lo = c->loc.end;
  }
  block_close(F, g, lo, indent);
}

static void fact(Fmt *F, const Node *d, int indent, bool top) {
  Clauses cs = { .n = 0, .head_end = d->as.fact.name.loc.end };
  if (d->as.fact.key) clause_add(&cs, C_AT, d->as.fact.key_loc.start, d->as.fact.key_loc.end);
  add_texts(&cs, C_LABEL, d->as.fact.label);
  add_texts(&cs, C_ASK, d->as.fact.ask);
  spaces(F, indent);
  if (top) kw_sp(F, T_FACT);
  put(F, d->as.fact.name.text);
  if (d->as.fact.type) {
    put(F, " : ");
    type_value(F, d->as.fact.type, indent);
    cs.head_end = d->as.fact.type->loc.end;
    decl_clauses(F, d, &cs, indent + 2);
    return;
  }
  /* a group: its clauses, then the block of its fields */
  fact_children(F, d, clauses_then_brace(F, d, &cs, indent), indent);
}

static void enum_decl(Fmt *F, const Node *d, int indent) {
  bool labels = false;
  for (int i = 0; i < d->as.enm.n; i++) if (d->as.enm.members[i].label) labels = true;
  spaces(F, indent);
  kw_sp(F, T_ENUM);
  put(F, d->as.enm.name.text);
  uint32_t open = open_brace(F, d->as.enm.name.loc.end);
  const char *sep = d->as.enm.ordered ? " < " : ", ";
  if (!d->as.enm.n && !comments_in(F, open, d->loc.end)) { put(F, " {}"); return; }
  if (!labels && !comments_in(F, open, d->loc.end)) {
    Buf b;
    buf_init(&b);
    buf_puts(&b, " { ");
    for (int i = 0; i < d->as.enm.n; i++) {
      if (i) buf_puts(&b, sep);
      buf_puts(&b, d->as.enm.members[i].name.text);
    }
    buf_puts(&b, " }");
    if (fits(F, 0, buf_cstr(&b))) { put(F, buf_cstr(&b)); return; }
  }
  put(F, " {");
  uint32_t lo = block_open(F, open);
  for (int i = 0; i < d->as.enm.n; i++) {
    const struct EnumMemberAst *m = &d->as.enm.members[i];
    uint32_t end = m->label ? m->label->loc.end : m->name.loc.end;
    Item it;
    item_begin(F, &it, lo, m->name.loc.start, end, indent + 2, i ? IT_KEEP : IT_FIRST | IT_KEEP);
    spaces(F, indent + 2);
    if (d->as.enm.ordered && i) put(F, "< ");
    put(F, m->name.text);
    if (m->label) {
      trail(F, m->name.loc.end);
      nl(F);
      spaces(F, indent + 4);
      kw_sp(F, T_LABEL);
      texts(F, m->label, indent + 4);
    }
    if (!d->as.enm.ordered && i + 1 < d->as.enm.n) put(F, ",");
    item_end(F, &it);
    lo = end;
  }
  block_close(F, d, lo, indent);
}

static void test_decl(Fmt *F, const Node *d, int indent) {
  spaces(F, indent);
  kw_sp(F, T_TEST);
  put(F, src_of(F, d->as.test.name_loc));
  uint32_t head_end = d->as.test.name_loc.end;
  if (d->as.test.has_as_of) {
    put(F, " ");
    kw_sp(F, T_AS_OF);
    date_put(F, d->as.test.as_of);
    /* the date follows `as of` in the source: find its end for comments */
    uint32_t p = skip_ws_comments(F, head_end);
    p = words_after(F, p, nwords(kw(F, T_AS_OF)));
    p = skip_ws_comments(F, p);
    if (p + 10 <= F->len) head_end = p + 10;
  }
  uint32_t open = open_brace(F, head_end);
  put(F, " {");
  uint32_t lo = block_open(F, open);
  bool first = true;
  const NodeList *gp = &d->as.test.given_paths, *gv = &d->as.test.given_values;
  if (gp->n) {
    /* `given {` right before the first entry: the block starts at its keyword */
    uint32_t s = gp->items[0]->loc.start, gstart = s, gopen = s;
    uint32_t i = back_ws_comments(F, s);
    if (i > 0 && F->text[i - 1] == '{') {
      gopen = i - 1;
      gstart = word_before(F, gopen);
    }
    uint32_t gend = gv->items[gv->n - 1]->loc.end;
    uint32_t close = skip_ws_comments(F, gend);
    Item it;
    uint32_t gblock_end = close < F->len ? close + 1 : gend;
    item_begin(F, &it, lo, gstart, gblock_end, indent + 2, IT_FIRST | IT_KEEP);
    spaces(F, indent + 2);
    kw_sp(F, T_GIVEN);
    if (gp->n == 1 && gopen != s && same_line(F, gopen, gblock_end) && !comments_in(F, gopen, gblock_end)) {
      /* one fact written on one line: `given { x = 1 }` stays when it fits */
      const char *one = zan_sprintf("{ %s = %s }", flat_str(F, gp->items[0], 0), flat_str(F, gv->items[0], 0));
      if (fits(F, 0, one)) {
        put(F, one);
        item_end(F, &it);
        lo = gblock_end;
        first = false;
        goto expects;
      }
    }
    put(F, "{");
    if (gopen != s) trail(F, gopen + 1);
    nl(F);
    uint32_t glo = gopen != s ? gopen + 1 : gstart;
    for (int k = 0; k < gp->n; k++) {
      const Node *p = gp->items[k], *v = gv->items[k];
      Item gi;
      item_begin(F, &gi, glo, p->loc.start, v->loc.end, indent + 4, k ? IT_KEEP : IT_FIRST | IT_KEEP);
      spaces(F, indent + 4);
      put(F, flat_str(F, p, 0));
      put(F, " = ");
      value(F, v, indent + 4);
      item_end(F, &gi);
      glo = v->loc.end;
    }
    block_end_comments(F, glo, close, indent + 4);
    spaces(F, indent + 2);
    put(F, "}");
    item_end(F, &it);
    lo = close < F->len ? close + 1 : gend;
    first = false;
  }
expects:
  for (int k = 0; k < d->as.test.expects.n; k++) {
    const Node *e = d->as.test.expects.items[k];
    int form = d->as.test.expect_form ? d->as.test.expect_form[k] : EXPECT_TRUE;
    const Node *arg = d->as.test.expect_arg ? d->as.test.expect_arg[k] : NULL;
    bool und = form == EXPECT_UNDETERMINED;
    uint32_t start = word_before(F, e->loc.start);
    uint32_t end = und ? words_after(F, e->loc.end, nwords(kw(F, T_UNDETERMINED))) : arg ? arg->loc.end : e->loc.end;
    /* an expect written before the given block: its comments start at the test's brace */
    uint32_t elo = start < lo ? open + 1 : lo;
    Item it;
    item_begin(F, &it, elo, start, end, indent + 2, first ? IT_FIRST | IT_KEEP : IT_KEEP);
    spaces(F, indent + 2);
    kw_sp(F, T_EXPECT);
    if (und) {
      put(F, flat_str(F, e, 0));
      put(F, " ");
      put(F, kw(F, T_UNDETERMINED));
    } else if (form == EXPECT_NEEDS) {       /* expect OUT undetermined needs {paths} */
      put(F, flat_str(F, e, 0));
      put(F, " ");
      kw_sp(F, T_UNDETERMINED);
      kw_sp(F, T_NEEDS);
      inline_value(F, arg);
    } else if (form == EXPECT_AT_LEAST) {    /* expect OUT at least V */
      put(F, flat_str(F, e, 0));
      put(F, " ");
      kw_sp(F, T_AT_LEAST);
      inline_value(F, arg);
    } else value(F, e, indent + 2);
    item_end(F, &it);
    if (end > lo) lo = end;
    first = false;
  }
  block_close(F, d, lo, indent);
}

static void param_decl(Fmt *F, const Node *d, int indent) {
  Clauses cs = { .n = 0, .head_end = d->as.param.type->loc.end };
  if (d->as.param.ncites)
    clause_add(&cs, C_CITES, d->as.param.cite_locs[0].start, d->as.param.cite_locs[d->as.param.ncites - 1].end);
  add_texts(&cs, C_LABEL, d->as.param.label);
  spaces(F, indent);
  kw_sp(F, T_PARAMETER);
  put(F, d->as.param.name.text);
  put(F, " : ");
  put(F, type_str(F, d->as.param.type));
  uint32_t lo = block_open(F, clauses_then_brace(F, d, &cs, indent));
  for (int i = 0; i < d->as.param.n; i++) {
    const Node *v = d->as.param.values[i];
    Item it;
    item_begin(F, &it, lo, d->as.param.date_locs[i].start, v->loc.end, indent + 2, i ? IT_KEEP : IT_FIRST | IT_KEEP);
    spaces(F, indent + 2);
    put(F, src_of(F, d->as.param.date_locs[i]));
    put(F, ": ");
    value(F, v, indent + 2);
    item_end(F, &it);
    lo = v->loc.end;
  }
  block_close(F, d, lo, indent);
}

static void fn_decl(Fmt *F, const Node *d, int indent) {
  spaces(F, indent);
  kw_sp(F, T_FN);
  put(F, d->as.fn.name.text);
  /* the parameters; a long list continues under the first one */
  const NodeList *ps = &d->as.fn.params;
  const char **strs = ZAN_NEWN(const char *, ps->n);
  for (int i = 0; i < ps->n; i++) {
    const Node *p = ps->items[i];
    strs[i] = zan_sprintf("%s : %s", p->as.field.name.text, type_str(F, p->as.field.type));
  }
  const char *tail = zan_sprintf(") : %s%s%s%s%s =", type_str(F, d->as.fn.ret),
                                 d->as.fn.handles_unknown ? " " : "",
                                 d->as.fn.handles_unknown ? kw(F, T_HANDLES) : "",
                                 d->as.fn.handles_unknown ? " " : "",
                                 d->as.fn.handles_unknown ? kw(F, T_UNKNOWN) : "");
  hang_items(F, "(", tail, ps->n, strs);
  body_value(F, d->as.fn.body, indent);
}

static void decl(Fmt *F, const Node *d, int indent) {
  Clauses cs = { .n = 0 };
  switch (d->kind) {
  case N_POLICY:
    cs.head_end = d->as.policy.name.loc.end;
    if (d->as.policy.alias) clause_add(&cs, C_ALIAS, d->as.policy.alias_loc.start, d->as.policy.alias_loc.end);
    if (d->as.policy.version) clause_add(&cs, C_VERSION, d->as.policy.version_loc.start, d->as.policy.version_loc.end);
    if (d->as.policy.subject) clause_add(&cs, C_SUBJECT, d->as.policy.subject->loc.start, d->as.policy.subject->loc.end);
    if (d->as.policy.as_of) clause_add(&cs, C_AS_OF, d->as.policy.as_of->loc.start, d->as.policy.as_of->loc.end);
    add_texts(&cs, C_TITLE, d->as.policy.title);
    for (int i = 0; i < d->as.policy.nstatutes; i++) {
      const StatuteAst *st = &d->as.policy.statutes[i];
      clause_add(&cs, C_STATUTE, st->act_loc.start, st->path_loc.end);
      cs.c[cs.n - 1].idx = i;
    }
    spaces(F, indent);
    kw_sp(F, T_POLICY);
    put(F, d->as.policy.name.text);
    decl_clauses(F, d, &cs, indent + 2);
    break;
  case N_ARTICLE: {
    const Validity *v = &d->as.article.validity;
    cs.head_end = d->as.article.id_loc.end;
    if (d->as.article.act) clause_add(&cs, C_ACT, d->as.article.act_loc.start, d->as.article.act_loc.end);
    add_texts(&cs, C_TITLE, d->as.article.title);
    if (d->as.article.status.text) clause_add(&cs, C_STATUS, d->as.article.status.loc.start, d->as.article.status.loc.end);
    if (d->as.article.source) clause_add(&cs, C_SOURCE, d->as.article.source_loc.start, d->as.article.source_loc.end);
    if (v->has_from || v->has_until) clause_add(&cs, C_VALIDITY, v->loc.start, v->loc.end);
    add_texts(&cs, C_TEXT, d->as.article.text);
    spaces(F, indent);
    kw_sp(F, T_ARTICLE);
    put(F, src_of(F, d->as.article.id_loc));
    decl_clauses(F, d, &cs, indent + 2);
    break;
  }
  case N_ENUM: enum_decl(F, d, indent); break;
  case N_TYPEDEF:
    spaces(F, indent);
    kw_sp(F, T_TYPE);
    put(F, d->as.typedef_.name.text);
    put(F, " = ");
    type_value(F, d->as.typedef_.type, indent);
    break;
  case N_FACT: fact(F, d, indent, indent == 0); break;
  case N_OUTPUT:
    cs.head_end = d->as.output.type->loc.end;
    if (d->as.output.combine.text) clause_add(&cs, C_COMBINE, d->as.output.combine.loc.start, d->as.output.combine.loc.end);
    if (d->as.output.dflt) clause_add(&cs, C_DEFAULT, d->as.output.dflt->loc.start, d->as.output.dflt->loc.end);
    if (d->as.output.unit || d->as.output.unit_texts)
      clause_add(&cs, C_UNIT, d->as.output.unit_loc.start, d->as.output.unit_loc.end);
    if (d->as.output.rounds)
      clause_add(&cs, C_ROUNDING, d->as.output.places_loc.start,
                 d->as.output.round_mode.text ? d->as.output.round_mode.loc.end : d->as.output.places_loc.end);
    if (d->as.output.percent)
      clause_add(&cs, C_PERCENT, d->as.output.percent_loc.start, d->as.output.percent_loc.end);
    if (d->as.output.unmet_loc.src)
      clause_add(&cs, C_UNMET, d->as.output.unmet_loc.start, d->as.output.unmet_loc.end);
    add_texts(&cs, C_LABEL, d->as.output.label);
    spaces(F, indent);
    kw_sp(F, T_OUTPUT);
    put(F, d->as.output.name.text);
    put(F, " : ");
    put(F, type_str(F, d->as.output.type));
    decl_clauses(F, d, &cs, indent + 2);
    break;
  case N_RULE: {
    const Validity *v = &d->as.rule.validity;
    cs.head_end = d->as.rule.name.loc.end;
    if (d->as.rule.base.text && d->as.rule.base.loc.start < d->as.rule.name.loc.end + 64 &&
        same_line(F, d->as.rule.name.loc.end, d->as.rule.base.loc.start))
      cs.head_end = d->as.rule.bases[d->as.rule.nbases - 1].loc.end;
    if (d->as.rule.ncites)
      clause_add(&cs, C_CITES, d->as.rule.cite_locs[0].start, d->as.rule.cite_locs[d->as.rule.ncites - 1].end);
    if (v->has_from || v->has_until) clause_add(&cs, C_VALIDITY, v->loc.start, v->loc.end);
    if (d->as.rule.when) clause_add(&cs, C_WHEN, d->as.rule.when->loc.start, d->as.rule.when->loc.end);
    if (d->as.rule.value)
      clause_add(&cs, C_THEN, d->as.rule.target.loc.start, d->as.rule.value->loc.end);
    add_texts(&cs, C_EXPLAIN, d->as.rule.explain);
    spaces(F, indent);
    kw_sp(F, d->as.rule.is_exception ? T_EXCEPTION : T_RULE);
    put(F, d->as.rule.name.text);
    if (d->as.rule.base.text) {
      put(F, " ");
      kw_sp(F, T_TO);
      if (d->as.rule.to_all) kw_sp(F, T_ALL);
      /* `to r1, r2`: the head line; a long list continues under the first rule */
      const char **strs = ZAN_NEWN(const char *, d->as.rule.nbases);
      for (int i = 0; i < d->as.rule.nbases; i++)
        strs[i] = d->as.rule.bases[i].text ? d->as.rule.bases[i].text : "";
      hang_items(F, "", "", d->as.rule.nbases, strs);
    }
    decl_clauses(F, d, &cs, indent + 2);
    break;
  }
  case N_FN: fn_decl(F, d, indent); break;
  case N_CONST:
    spaces(F, indent);
    kw_sp(F, T_CONST);
    put(F, d->as.cnst.name.text);
    if (d->as.cnst.type) { put(F, " : "); put(F, type_str(F, d->as.cnst.type)); }
    put(F, " =");
    body_value(F, d->as.cnst.value, indent);
    break;
  case N_PARAMETER: param_decl(F, d, indent); break;
  case N_TEST: test_decl(F, d, indent); break;
  default:
    spaces(F, indent);
    put(F, src_of(F, d->loc));
    break;
  }
}

/* ---------- the file ---------- */

typedef struct Top { int kind; uint32_t start, end; int index; } Top;   /* kind 0 module, 1 import, 2 decl */

static int top_cmp(const void *a, const void *b) {
  const Top *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

static char *fmt_once(const File *f, size_t *len) {
  Fmt F;
  memset(&F, 0, sizeof F);
  F.f = f;
  F.text = f->src->text;
  F.len = (uint32_t)f->src->len;
  F.set = f->keyword_set;
  F.used = ZAN_NEWN(bool, f->ncomments + 1);
  buf_init(&F.out);

  int ntop = 0;
  Top *tops = ZAN_NEWN(Top, f->decls.n + f->nimports + 2);
  if (f->module.text) {
    const Validity *v = &f->module_validity;
    uint32_t end = v->has_from || v->has_until ? v->loc.end : f->module.loc.end;
    tops[ntop++] = (Top){ 0, word_before(&F, f->module.loc.start), end, 0 };
  }
  for (int i = 0; i < f->nimports; i++)
    tops[ntop++] = (Top){ 1, word_before(&F, f->imports[i].loc.start), f->imports[i].loc.end, i };
  for (int i = 0; i < f->decls.n; i++)
    tops[ntop++] = (Top){ 2, f->decls.items[i]->loc.start, f->decls.items[i]->loc.end, i };
  qsort(tops, (size_t)ntop, sizeof *tops, top_cmp);

  uint32_t lo = 0;
  bool prev_one_line = false;
  for (int i = 0; i < ntop; i++) {
    const Top *t = &tops[i];
    int flags = i == 0 ? IT_FIRST | IT_KEEP
              : (t->kind == 2 || tops[i - 1].kind == 2) ? IT_BLANK : IT_KEEP;
    /* one-line constants (or type aliases) written without a blank line between them stay a
     * group (`const A = 1` over `const B = 2`) */
    if (i && t->kind == 2 && tops[i - 1].kind == 2 && prev_one_line) {
      NodeKind k = f->decls.items[t->index]->kind;
      if ((k == N_CONST || k == N_TYPEDEF) && k == f->decls.items[tops[i - 1].index]->kind)
        flags = IT_KEEP;
    }
    Item it;
    item_begin(&F, &it, lo, t->start, t->end, 0, flags);
    if (t->kind == 0) {
      kw_sp(&F, T_MODULE);
      put(&F, f->module.text);
      const Validity *v = &f->module_validity;
      if (v->has_from || v->has_until) { put(&F, " "); validity(&F, v); }
    } else if (t->kind == 1) {
      kw_sp(&F, T_IMPORT);
      put(&F, f->imports[t->index].text);
    } else {
      decl(&F, f->decls.items[t->index], 0);
    }
    item_end(&F, &it);
    prev_one_line = it.one_line;
    lo = t->end;
  }
  /* comments after the last declaration, and (never expected) any not placed yet */
  bool emitted = false;
  leading(&F, lo, F.len + 1, 0, ntop ? IT_KEEP : IT_FIRST | IT_KEEP, &emitted);
  for (int i = 0; i < f->ncomments; i++) if (!F.used[i]) own_line_comment(&F, i, 0);
  if (len) *len = F.out.len;
  return buf_cstr(&F.out);
}

/* A comment that sat inside an expression printed on one line moves before its clause; the
 * layout chosen with it there may differ from the layout without it. Formatting the result
 * again settles it (the comments now stand where the next run leaves them), so fmt_file
 * returns that fixed point: fmt(fmt(x)) == fmt(x) always. */
char *fmt_file(const File *f, size_t *len) {
  size_t n = 0;
  char *out = fmt_once(f, &n);
  for (int round = 0; round < 3; round++) {
    Diags d;
    diags_init(&d, LANG_EN);
    Source *s = source_from_string(f->src->path, out, n);
    File *g = parse_file(s, &d);
    if (d.nerrors) break;          /* never expected: the first text stands */
    size_t m = 0;
    char *again = fmt_once(g, &m);
    if (m == n && memcmp(again, out, n) == 0) break;
    out = again;
    n = m;
  }
  if (len) *len = n;
  return out;
}

static bool has_errors(const Diags *d) { return diags_has_errors(d); }

char *fmt_source(const Source *src, Diags *d, size_t *len) {
  int before = d->nerrors;
  File *f = parse_file(src, d);
  if (has_errors(d) && d->nerrors > before) {
    diag_report(d, DIAG_ERROR, (Loc){ src, 0, 0 }, E_FMT_SYNTAX_ERRORS);
    return NULL;
  }
  return fmt_file(f, len);
}

/* ---------- keyword-set conversion ---------- */

int fmt_keyword_set(const char *name) { return lex_keyword_set_parse(name, strlen(name)); }

static bool is_unit(int tok) { return tok >= T_DAY && tok <= T_YEARS; }

/* The target form of a unit token after the number n: English by the number (Kazakh has one
 * form for the singular and the plural, so the number tells them apart on the way back);
 * Russian by its rules for the plural and the genitive after 2-4, within the token's forms. */
static const char *unit_form(int tok, int target, int64_t n) {
  static const int pairs[][2] = { { T_DAY, T_DAYS }, { T_WEEK, T_WEEKS }, { T_MONTH, T_MONTHS }, { T_YEAR, T_YEARS } };
  int sing = tok, plur = tok;
  for (int i = 0; i < 4; i++) if (tok == pairs[i][0] || tok == pairs[i][1]) { sing = pairs[i][0]; plur = pairs[i][1]; }
  (void)sing;
  if (target == 1 && tok == plur) {
    int64_t m10 = n % 10, m100 = n % 100;
    const char *gen = lex_keyword_form(plur, 1, 1);
    if (gen && m10 >= 2 && m10 <= 4 && !(m100 >= 12 && m100 <= 14)) return gen;
  }
  return lex_keyword_text(tok, target);
}

char *fmt_convert_keywords(const Source *src, int target, Diags *d, size_t *len) {
  int before = d->nerrors;
  File *f = parse_file(src, d);
  if (d->nerrors > before) {
    diag_report(d, DIAG_ERROR, (Loc){ src, 0, 0 }, E_FMT_SYNTAX_ERRORS);
    return NULL;
  }
  int from = f->keyword_set;
  Diags scratch;
  diags_init(&scratch, d->lang);
  File *lf = ast_file_new(src);
  int n = 0;
  LexToken *t = lex_all(src, &scratch, lf, &n);
  /* names after `module` and `import` (dotted) are names even when they read as keywords */
  bool *is_name = ZAN_NEWN(bool, n + 1);
  for (int i = 0; i < n; i++) {
    if ((t[i].kind == T_MODULE || t[i].kind == T_IMPORT) && i + 1 < n) {
      int k = i + 1;
      is_name[k] = true;
      while (k + 2 < n && t[k + 1].kind == '.') { k += 2; is_name[k] = true; }
    }
  }
  /* an identifier that is a keyword of the target set would change meaning: refuse */
  bool bad = false;
  if (target != from) {
    for (int i = 0; i < n; i++) {
      if (t[i].kind != T_IDENT || is_name[i]) continue;
      const char *w = t[i].v.s;
      if (w && lex_keyword(w, strlen(w), target)) {
        diag_report(d, DIAG_ERROR, t[i].loc, E_FMT_KEYWORD_COLLISION, w, lex_keyword_set_name(target));
        bad = true;
      }
    }
  }
  if (bad) return NULL;

  Buf b;
  buf_init(&b);
  LexPragma pg;
  int pr = lex_pragma(src, &pg);
  uint32_t pos = 0;
  if (src->len >= 3 && memcmp(src->text, "\xEF\xBB\xBF", 3) == 0) { buf_append(&b, src->text, 3); pos = 3; }
  if (pr != 0) {
    /* the keyword-set line: rewritten for ru/kk, dropped for English (the default) */
    if (target != 0) {
      buf_append(&b, src->text + pos, pg.name_start - pos);
      buf_puts(&b, lex_keyword_set_name(target));
      buf_append(&b, src->text + pg.name_end, pg.next - pg.name_end);
    }
    pos = pg.next;
  } else if (target != 0) {
    buf_printf(&b, "-- zan: keywords %s\n", lex_keyword_set_name(target));
  }
  for (int i = 0; i < n; i++) {
    const LexToken *k = &t[i];
    if (k->kind == T_END || k->kind == T_IDENT || is_name[i] || k->kind < 258) continue;
    if (!lex_keyword_text(k->kind, 0)) continue;   /* not a keyword token */
    if (k->loc.start < pos) continue;
    const char *form;
    if (is_unit(k->kind) && i > 0 && t[i - 1].kind == T_INT) {   /* a duration (else `year(d)`) */
      int64_t num = i > 0 && t[i - 1].kind == T_INT ? t[i - 1].v.i : 2;
      int tok = k->kind;
      if (from == 2) {   /* Kazakh: one form; the number chooses */
        static const int sing[] = { T_DAY, T_WEEK, T_MONTH, T_YEAR }, plur[] = { T_DAYS, T_WEEKS, T_MONTHS, T_YEARS };
        for (int u = 0; u < 4; u++) if (tok == sing[u] || tok == plur[u]) tok = num == 1 ? sing[u] : plur[u];
      }
      form = unit_form(tok, target, num);
    } else {
      form = lex_keyword_text(k->kind, target);
    }
    if (!form) continue;
    buf_append(&b, src->text + pos, k->loc.start - pos);
    buf_puts(&b, form);
    pos = k->loc.end;
  }
  buf_append(&b, src->text + pos, src->len - pos);
  if (len) *len = b.len;
  return buf_cstr(&b);
}
