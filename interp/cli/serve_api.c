/* serve_api.c — what the decision API answers, HTTP aside: eval (one fact file, or a JSON Lines
 * stream decided record by record as the client reads), missing, the policy list, one policy's
 * outputs, its schema, and JSON errors. Decisions come from the library's renderers, so the
 * bytes are those `zan eval` prints. */
#include <stdarg.h>
#include <string.h>
#include "serve.h"
#include "../eval.h"
#include "../facts.h"
#include "../render.h"
#include "../schema.h"
#include "../missing.h"
#include "../../lang/ast.h"
#include "../../lang/base/alloc.h"

/* A JSON string (escaped) through the value renderer, as `zan eval` writes them. */
static void json_str(Buf *out, const char *s) {
  val_to_json(val_text(s, (uint32_t)strlen(s)), &type_text, out);
}

static void reply_json(Reply *r, int status) {
  r->status = status;
  r->type = "application/json";
}

/* ---- errors ---- */

static void diag_json(Buf *b, const Diag *g) {
  buf_printf(b, "{\"level\": \"%s\", \"message\": ", g->level == DIAG_ERROR ? "error" : g->level == DIAG_WARNING ? "warning" : "note");
  json_str(b, g->text);
  if (g->loc.src) {
    int line, col;
    source_linecol(g->loc.src, g->loc.start, &line, &col);
    buf_puts(b, ", \"file\": ");
    json_str(b, g->loc.src->path);
    buf_printf(b, ", \"line\": %d, \"column\": %d", line, col);
  }
  if (g->path && *g->path) { buf_puts(b, ", \"path\": "); json_str(b, g->path); }
  buf_push(b, '}');
}

/* The body of an error: the first error's fields at the top (message, file, line, column,
 * path — what the CLI prints as file:line:col: error: path: message), every diagnostic in
 * "diagnostics". */
static void error_body(Reply *r, int status, const char *kind, const char *message, const Diags *d) {
  reply_json(r, status);
  buf_clear(&r->body);
  Buf *b = &r->body;
  buf_printf(b, "{\"status\": %d, \"error\": \"%s\", \"message\": ", status, kind);
  const Diag *first = NULL;
  for (const Diag *g = d ? d->first : NULL; g && !first; g = g->next) if (g->level == DIAG_ERROR) first = g;
  json_str(b, message ? message : first ? first->text : kind);
  if (first && !message) {
    if (first->loc.src) {
      int line, col;
      source_linecol(first->loc.src, first->loc.start, &line, &col);
      buf_puts(b, ", \"file\": ");
      json_str(b, first->loc.src->path);
      buf_printf(b, ", \"line\": %d, \"column\": %d", line, col);
    }
    if (first->path && *first->path) { buf_puts(b, ", \"path\": "); json_str(b, first->path); }
  }
  if (d && d->first) {
    buf_puts(b, ", \"diagnostics\": [");
    bool comma = false;
    for (const Diag *g = d->first; g; g = g->next) {
      if (comma) buf_puts(b, ", ");
      diag_json(b, g);
      comma = true;
      if (g->note) { buf_puts(b, ", "); diag_json(b, g->note); }
    }
    buf_push(b, ']');
  }
  buf_puts(b, "}\n");
}

void api_error(Reply *r, int status, const char *kind, Lang lang, const Diags *d, MsgId id, ...) {
  va_list ap;
  va_start(ap, id);
  const char *text = zan_vsprintf(msg_format(id, lang), ap);
  va_end(ap);
  error_body(r, status, kind, text, d);
}

/* A run-time error (a conflict between rules, arithmetic): 422, at the rule in the policy. */
static void eval_error(Reply *r, const EvalError *err, Lang lang) {
  Diags d;
  diags_init(&d, lang);
  Diag *g = diag_report(&d, DIAG_ERROR, err->loc, E_CLI_EVAL_ERROR, err->message);
  if (err->loc2.src) diag_add_note(&d, g, err->loc2, N_CLI_OTHER_RULE);
  error_body(r, 422, "evaluation", NULL, &d);
}

/* ---- one fact file ---- */

static bool read_facts(const Program *p, const char *body, size_t len, char fmt, Lang lang, Val *slots, Reply *r) {
  Source *src = source_from_string("<body>", body, len);
  Diags d;
  diags_init(&d, lang);
  if (facts_read(p, src, fmt == 'y' ? FMT_YAML : FMT_JSON, slots, &d)) return true;
  error_body(r, 400, "bad_facts", NULL, &d);
  return false;
}

void api_missing(const Served *sv, const char *body, size_t len, char fmt, const ReqOpts *o, Reply *r) {
  const Program *p = sv->p;
  if (fmt == 'l') { api_error(r, 415, "unsupported_media_type", o->lang, NULL, E_SERVE_ONE_FILE, "missing"); return; }
  /* dont_know: the facts the person said they do not know are never asked again */
  bool *never = NULL;
  if (o->dont_know && *o->dont_know) {
    never = zan_alloc_atomic((size_t)p->nslots + 1);
    for (const char *s = o->dont_know; *s; ) {
      const char *e = strchr(s, ',');
      size_t n = e ? (size_t)(e - s) : strlen(s);
      int slot = -1;
      for (int i = 0; i < p->nslots && slot < 0; i++)
        if (strlen(p->slots[i]->path) == n && memcmp(p->slots[i]->path, s, n) == 0) slot = i;
      if (slot < 0) {
        api_error(r, 400, "bad_parameter", o->lang, NULL, E_SERVE_BAD_PARAM, "dont_know", zan_strndup(s, n),
                  msg_format(N_SERVE_PARAM_PATHS, o->lang));
        return;
      }
      never[slot] = true;
      s += n + (e ? 1 : 0);
    }
  }
  Val *slots = ZAN_NEWN(Val, p->nslots + 1);
  if (!read_facts(p, body, len, fmt, o->lang, slots, r)) return;
  ZDate as_of = eval_pick_as_of(p, slots, o->has_as_of ? &o->as_of : NULL, o->today);
  MissingOptions mo = { .never = never };
  Missing *m = missing_compute(p, slots, as_of, o->lang, &mo);
  if (m->error) { eval_error(r, m->error, o->lang); return; }
  reply_json(r, 200);
  missing_render_json(p, m, o->lang, false, &r->body);
  buf_push(&r->body, '\n');
}

/* ---- JSON Lines: decided as the client reads ---- */

typedef struct StreamState {
  const Program *p;
  const char    *body;
  size_t         len, pos;
  int            lineno;
  Lang           lang;
  RenderOptions  ro;
  Receipt        receipt;       /* ro.receipt points here with ?receipt=true (its own canon buffer) */
  bool           has_as_of;
  ZDate          as_of, today;
  Val           *slots;
  Result        *result;
  Buf            out;
  size_t         out_off;
} StreamState;

/* The CLI's error object of a stream record: {"line": N, "error": "column C: [path: ]text"}
 * (interp/cli/eval.c writes the same for one input). */
static void stream_error(StreamState *st, const Diags *d, const char *text) {
  Buf m; buf_init(&m);
  if (d) {
    const Diag *g = d->first;
    while (g && g->level != DIAG_ERROR) g = g->next;
    if (g && g->loc.src) {
      int line, col;
      source_linecol(g->loc.src, g->loc.start, &line, &col);
      buf_printf(&m, msg_format(N_CLI_COLUMN, d->lang), col);
    }
    if (g && g->path && *g->path) buf_printf(&m, "%s: ", g->path);
    buf_puts(&m, g ? g->text : "error");
  } else {
    buf_puts(&m, text);
  }
  buf_printf(&st->out, "{\"line\": %d, \"error\": ", st->lineno);
  json_str(&st->out, buf_cstr(&m));
  buf_puts(&st->out, "}\n");
}

/* Decides the next non-blank record into st->out. Returns false at the end of the body. */
static bool stream_next(StreamState *st) {
  while (st->pos < st->len) {
    const char *line = st->body + st->pos;
    const char *nl = memchr(line, '\n', st->len - st->pos);
    size_t n = nl ? (size_t)(nl - line) : st->len - st->pos;
    st->pos += n + (nl ? 1 : 0);
    st->lineno++;
    if (n && line[n - 1] == '\r') n--;
    size_t k = 0;
    while (k < n && (line[k] == ' ' || line[k] == '\t')) k++;
    if (k == n) continue;                                /* blank lines are skipped, still counted */
    uint32_t line_start = 0;
    Source src = { .path = "<body>", .text = zan_strndup(line, n), .len = n, .lines = &line_start, .nlines = 1 };
    Diags d;
    diags_init(&d, st->lang);
    if (!facts_read(st->p, &src, FMT_JSON, st->slots, &d)) { stream_error(st, &d, NULL); return true; }
    ZDate as_of = eval_pick_as_of(st->p, st->slots, st->has_as_of ? &st->as_of : NULL, st->today);
    Result *r = st->result = eval_program_reuse(st->p, st->slots, as_of, st->ro.explain ? EVAL_TRACE : 0, st->lang, st->result);
    if (r->error) { stream_error(st, NULL, r->error->message); return true; }
    size_t before = st->out.len;
    if (st->ro.receipt) receipt_facts(&st->receipt, st->p, st->slots);
    render_json(st->p, st->slots, r, &st->ro, &st->out);
    if (st->out.len > before && st->out.data[st->out.len - 1] != '\n') buf_push(&st->out, '\n');
    return true;
  }
  return false;
}

size_t api_stream_read(void *stream, char *buf, size_t max) {
  StreamState *st = stream;
  while (st->out.len == st->out_off) {
    buf_clear(&st->out);
    st->out_off = 0;
    if (!stream_next(st)) return 0;
  }
  size_t n = st->out.len - st->out_off;
  if (n > max) n = max;
  memcpy(buf, st->out.data + st->out_off, n);
  st->out_off += n;
  return n;
}

void api_eval(const Served *sv, const char *body, size_t len, char fmt, const ReqOpts *o, Reply *r) {
  const Program *p = sv->p;
  RenderOptions ro = { .pretty = false, .explain = o->explain, .lang = o->lang };
  if (fmt == 'l') {
    StreamState *st = ZAN_NEW(StreamState);
    st->p = p; st->body = body; st->len = len; st->lang = o->lang; st->ro = ro;
    st->has_as_of = o->has_as_of; st->as_of = o->as_of; st->today = o->today;
    if (o->receipt) {   /* as `zan eval --jsonl --receipt` (docs/receipts.md: the cost on streams) */
      st->receipt = sv->receipt;
      buf_init(&st->receipt.canon);
      st->ro.receipt = &st->receipt;
    }
    st->slots = ZAN_NEWN(Val, p->nslots + 1);
    buf_init(&st->out);
    r->status = 200;
    r->type = "application/x-ndjson";
    r->stream = st;
    return;
  }
  Val *slots = ZAN_NEWN(Val, p->nslots + 1);
  if (!read_facts(p, body, len, fmt, o->lang, slots, r)) return;
  ZDate as_of = eval_pick_as_of(p, slots, o->has_as_of ? &o->as_of : NULL, o->today);
  /* the text report cites the rules behind each line, so it always needs the trace (render),
   * and prints the checklists */
  unsigned flags = o->text ? EVAL_REPORT : o->explain ? EVAL_TRACE : 0;
  Result *res = eval_program(p, slots, as_of, flags, o->lang);
  if (res->error) { eval_error(r, res->error, o->lang); return; }
  r->status = 200;
  if (o->text) {
    r->type = "text/plain; charset=utf-8";
    render_text(p, slots, res, &ro, &r->body);
  } else {
    r->type = "application/json";
    Receipt rc = sv->receipt;   /* a copy: the canonical form is built in this request's buffer */
    buf_init(&rc.canon);
    receipt_facts(&rc, p, slots);
    ro.receipt = &rc;
    render_json(p, slots, res, &ro, &r->body);
  }
  if (!r->body.len || r->body.data[r->body.len - 1] != '\n') buf_push(&r->body, '\n');
}

/* ---- the policies ---- */

static void policy_head(Buf *b, const Served *sv, Lang lang) {
  buf_puts(b, "{\"alias\": ");
  json_str(b, sv->alias);
  buf_puts(b, ", \"name\": ");
  json_str(b, sv->p->name ? sv->p->name : sv->alias);
  buf_puts(b, ", \"version\": ");
  if (sv->p->version) json_str(b, sv->p->version); else buf_puts(b, "null");
  const char *title = texts_pick(sv->p->title, lang);
  buf_puts(b, ", \"title\": ");
  if (title) json_str(b, title); else buf_puts(b, "null");
  buf_puts(b, ", \"policy_sha256\": ");
  json_str(b, sv->receipt.policy_sha256);
}

void api_policies(const PolicySet *s, const ReqOpts *o, Reply *r) {
  reply_json(r, 200);
  /* lang: the language the request asked for (Accept-Language): the page starts in it */
  buf_printf(&r->body, "{\"lang\": \"%s\", \"policies\": [", lang_tag(o->lang));
  for (int i = 0; i < s->n; i++) {
    if (i) buf_puts(&r->body, ", ");
    policy_head(&r->body, &s->items[i], o->lang);
    buf_push(&r->body, '}');
  }
  buf_puts(&r->body, "]}\n");
}

/* One policy with its outputs, their labels and the labels of their values in the language:
 * what the page shows decisions with. */
void api_policy(const Served *sv, const ReqOpts *o, Reply *r) {
  reply_json(r, 200);
  Buf *b = &r->body;
  policy_head(b, sv, o->lang);
  buf_puts(b, ", \"lang\": ");
  json_str(b, lang_tag(o->lang));
  buf_puts(b, ", \"outputs\": [");
  for (int i = 0; i < sv->p->noutputs; i++) {
    const IrOutput *out = &sv->p->outputs[i];
    if (i) buf_puts(b, ", ");
    buf_puts(b, "{\"name\": ");
    json_str(b, out->name);
    const char *label = texts_pick(out->label, o->lang);
    buf_puts(b, ", \"label\": ");
    json_str(b, label ? label : out->name);
    buf_puts(b, ", \"type\": ");
    json_str(b, type_name(out->type));
    const Type *et = out->type->kind == T_SET || out->type->kind == T_LIST ? out->type->as.elem : out->type;
    if (et->kind == T_ENUM) {
      buf_puts(b, ", \"values\": {");
      for (int k = 0; k < et->as.en->n; k++) {
        const EnumMember *m = &et->as.en->members[k];
        const char *ml = texts_pick(m->label, o->lang);
        if (k) buf_puts(b, ", ");
        json_str(b, m->name);
        buf_puts(b, ": ");
        json_str(b, ml ? ml : m->name);
      }
      buf_push(b, '}');
    }
    buf_push(b, '}');
  }
  buf_puts(b, "]}\n");
}

void api_schema(const Served *sv, Reply *r) {
  reply_json(r, 200);
  schema_json(sv->p, &r->body);
  buf_push(&r->body, '\n');
}
