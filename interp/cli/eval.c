/* eval.c — `zan eval POLICY FACTS…`: reads fact files (JSON, YAML, stdin, JSON Lines streams),
 * evaluates each, writes one decision per input in input order, and turns --fail-on and
 * every error into the exit code (exit_worst precedence). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "cli.h"
#include "pool.h"
#include "../eval.h"
#include "../facts.h"
#include "../receipt.h"
#include "../render.h"
#include "../../lang/base/alloc.h"
#include "../../lang/base/buf.h"

/* --fail-on OUTPUT[=VALUE], resolved against the program. */
typedef struct FailOn {
  int         output;
  const char *value;       /* NULL: a bool output true / a set not empty */
} FailOn;

/* Everything one `zan eval` run needs; one per process (workers get a copy by fork). */
typedef struct EvalRun {
  const Program *p;
  const CliEnv  *env;
  RenderOptions  ro;
  Receipt        receipt;       /* ro.receipt points here when decisions carry one */
  bool           text;          /* --format text */
  bool           lines;         /* one compact object per input (several files or --jsonl) */
  bool           many_files;    /* name the file in JSONL error objects */
  bool           first_input;   /* the input being read is the run's first (text headings) */
  CliDate        date;          /* --as-of, today */
  unsigned       flags;         /* EVAL_TRACE with --explain, EVAL_REPORT for text */
  int            nfail;
  FailOn        *fail;
  bool           fail_undetermined;
  bool           strict;        /* --strict: an unknown field in a fact file is an error */
  bool           quiet;         /* -q: errors only on stderr (no warnings about the facts) */
  Val           *slots;         /* reused for every record */
  Result        *result;        /* reused for every record (eval_program_reuse) */
  Buf            out;           /* decisions, flushed to stdout in big chunks */
  int            messages_left; /* streams: messages printed to stderr before going quiet (every
                                   error still has its object on stdout) */
  int            messages_dropped;
  /* --jobs: the inputs are cut into units (a whole fact file, or the lines of a JSONL file
   * that start in one RANGE_BYTES stretch of it); unit u belongs to worker u % jobs. A worker
   * decides its units into `out` and sends them to the parent (pool.c), which writes them to
   * stdout in unit order. jobs == 1: no workers, everything is ours, worker == false. */
  int            jobs, me;
  int            unit;          /* the next unit's number */
  bool           worker;
  /* line numbers inside a range: relative to the range; the range's first line number comes
   * from counting newlines before it, only when a message needs it */
  int            range_fd;
  off_t          range_from;
  long           line_base;     /* lines before the range, -1: not counted yet */
  off_t          counted_off;   /* newlines in [0, counted_off) are counted_lines (this worker's cursor) */
  long           counted_lines;
} EvalRun;

/* RANGE_BYTES: small enough that --jobs N keeps N workers busy on a file of a few MB, large
 * enough that a unit is many records. */
enum { OUT_CHUNK = 1 << 20, READ_CHUNK = 1 << 20, STREAM_MESSAGES = 20, RANGE_BYTES = 1 << 19 };

/* Writes the buffered decisions out: one process to stdout (a failed write ends the run with
 * exit 74 and says why: the decisions would be lost); a worker to the parent. */
static void out_flush(EvalRun *e) {
  if (e->worker) { pool_unit_write(e->out.data, e->out.len); buf_clear(&e->out); return; }
  for (size_t done = 0; done < e->out.len;) {      /* write(2): no stdio buffer to fail later */
    ssize_t k = write(1, e->out.data + done, e->out.len - done);
    if (k < 0 && errno == EINTR) continue;
    if (k < 0) { cli_error(E_CLI_WRITE, strerror(errno)); exit(ZAN_EXIT_IO); }
    done += (size_t)k;
  }
  buf_clear(&e->out);
}
/* Output leaves in chunks of about OUT_CHUNK: memory does not grow with the input. */
static void maybe_flush(EvalRun *e) {
  if (e->out.len >= OUT_CHUNK) out_flush(e);
}
static bool unit_mine(const EvalRun *e, int unit) { return unit % e->jobs == e->me; }

/* A worker has decided one of its units: the rest of its output goes, then the end mark. */
static void unit_end(EvalRun *e) {
  out_flush(e);
  pool_unit_end();
}

/* The line number a message shows for line `rel` of the current range. */
static int abs_line(EvalRun *e, int rel) {
  if (e->line_base < 0) {
    /* newlines in [counted_off, range_from), added to what this worker counted before */
    if (e->counted_off > e->range_from) { e->counted_off = 0; e->counted_lines = 0; }
    char *b = zan_alloc_raw(1 << 16);
    off_t off = e->counted_off;
    while (off < e->range_from) {
      size_t want = (size_t)(e->range_from - off) < (1 << 16) ? (size_t)(e->range_from - off) : (1 << 16);
      ssize_t n = pread(e->range_fd, b, want, off);
      if (n <= 0) { if (n < 0 && errno == EINTR) continue; break; }
      for (const char *q = b, *end = b + n; (q = memchr(q, '\n', (size_t)(end - q))); q++) e->counted_lines++;
      off += n;
    }
    e->counted_off = off;
    e->line_base = e->counted_lines;
  }
  return (int)(e->line_base + rel);
}

/* A JSON string (escaped) through the value renderer, so escaping lives in one place. */
static void json_string(Buf *out, const char *s) {
  val_to_json(val_text(s, (uint32_t)strlen(s)), &type_text, out);
}

/* Whether a decided value matches a --fail-on VALUE: its JSON id ("high", true, 3), or for a
 * set or list, one of its members. */
static bool value_matches(Val v, const Type *t, const char *want) {
  if ((v.kind == V_SET || v.kind == V_LIST) && t && (t->kind == T_SET || t->kind == T_LIST)) {
    uint32_t n = v.kind == V_SET ? v.as.set->n : v.as.list->n;
    Val *items = v.kind == V_SET ? v.as.set->items : v.as.list->items;
    for (uint32_t i = 0; i < n; i++)
      if (value_matches(items[i], t->as.elem, want)) return true;
    return false;
  }
  Buf b; buf_init(&b);
  val_to_json(v, t, &b);
  const char *s = buf_cstr(&b);
  size_t n = b.len;
  if (n >= 2 && s[0] == '"' && s[n - 1] == '"') { s++; n -= 2; }
  return strlen(want) == n && memcmp(s, want, n) == 0;
}

/* Whether VALUE of --fail-on NAME=VALUE is one the output t (or a member of it) can take;
 * otherwise a usage error: a misspelt member would never fire and gate nothing. Text and
 * decimal values are not checked (any text is a text; decimals compare by their JSON form). */
static bool fail_value_ok(const CliArgs *a, const char *name, const char *want, const Type *t, int *usage) {
  const Type *et = (t->kind == T_SET || t->kind == T_LIST) ? t->as.elem : t;
  bool ok = true;
  switch (et->kind) {
  case T_ENUM:
    if (enum_member_index(et->as.en, want) >= 0) return true;
    Buf b; buf_init(&b);
    for (int i = 0; i < et->as.en->n; i++) buf_printf(&b, "%s%s", i ? ", " : "", et->as.en->members[i].name);
    *usage = cli_usage_error(a->verb, E_CLI_FAIL_ON_BAD_MEMBER, name, want, type_name(et), buf_cstr(&b));
    return false;
  case T_BOOL: ok = strcmp(want, "true") == 0 || strcmp(want, "false") == 0; break;
  case T_INT: {
    char *endp; errno = 0;
    long long v = strtoll(want, &endp, 10);
    ok = *want && !*endp && errno == 0 && strcmp(zan_sprintf("%lld", v), want) == 0;
    break;
  }
  case T_DATE: { ZDate d; ok = date_parse(want, strlen(want), &d); break; }
  default: break;
  }
  if (!ok) *usage = cli_usage_error(a->verb, E_CLI_FAIL_ON_BAD_VALUE, name, want, type_name(et));
  return ok;
}

/* The exit code --fail-on / --fail-on-undetermined give for one result. */
static int fail_code(const EvalRun *e, const Result *r) {
  for (int i = 0; i < e->nfail; i++) {
    const OutputResult *o = &r->outputs[e->fail[i].output];
    if (!o->decided) continue;
    const Type *t = e->p->outputs[e->fail[i].output].type;
    bool fires;
    if (e->fail[i].value) fires = value_matches(o->value, t, e->fail[i].value);
    else if (o->value.kind == V_BOOL) fires = o->value.as.b;
    else if (o->value.kind == V_SET) fires = o->value.as.set->n > 0;
    else if (o->value.kind == V_LIST) fires = o->value.as.list->n > 0;
    else fires = false;
    if (fires) return ZAN_EXIT_FAIL;
  }
  if (e->fail_undetermined)
    for (int i = 0; i < r->noutputs; i++)
      if (!r->outputs[i].decided) return ZAN_EXIT_FAIL;
  return ZAN_EXIT_OK;
}

/* An error object on the decision stream: {"file": …, "line": N, "error": "…"}. */
/* --format text with several inputs or a stream: a heading before each report or error,
 * "== FILE ==" or "== FILE:LINE ==", a blank line before all but the first. It depends only
 * on the record's place, so --jobs N writes the same bytes as one job. */
static void text_heading(EvalRun *e, const char *file, int line) {
  const char *gap = e->first_input && line <= 1 ? "" : "\n";
  if (line > 0) buf_printf(&e->out, "%s== %s:%d ==\n", gap, file, line);
  else buf_printf(&e->out, "%s== %s ==\n", gap, file);
}

static void error_object(EvalRun *e, const char *file, int line, const char *text) {
  if (e->text) {                        /* a report for people: the error as a line of text */
    text_heading(e, file, line);
    buf_printf(&e->out, "error: %s\n", diag_escape(text));
    return;
  }
  buf_push(&e->out, '{');
  if (file && (e->many_files || line <= 0)) {
    buf_puts(&e->out, "\"file\": ");
    json_string(&e->out, file);
    buf_puts(&e->out, line > 0 ? ", " : ", \"error\": ");
  }
  if (line > 0) buf_printf(&e->out, "\"line\": %d, \"error\": ", line);
  json_string(&e->out, text);
  buf_puts(&e->out, "}\n");
}

/* The first error of d as one line: "[line:]col: [path: ]text". */
static const char *first_error(const Diags *d, bool with_line) {
  for (const Diag *g = d->first; g; g = g->next) {
    if (g->level != DIAG_ERROR) continue;
    Buf b; buf_init(&b);
    if (g->loc.src) {
      int line, col;
      source_linecol(g->loc.src, g->loc.start, &line, &col);
      if (with_line) buf_printf(&b, "%d:%d: ", line, col);
      else buf_printf(&b, msg_format(N_CLI_COLUMN, d->lang), col);
    }
    if (g->path && *g->path) buf_printf(&b, "%s: ", g->path);
    buf_puts(&b, g->text);
    return buf_cstr(&b);
  }
  return "error";
}

/* JSONL diagnostics: one short line each ("FILE:LINE:COL: error: path: text"), no source
 * excerpt (records are long); after STREAM_MESSAGES of them the rest are only counted, so a
 * big batch stays readable (every bad record still has its error object on stdout). */
static void print_line_diags(EvalRun *e, const Diags *d, const char *file, int line) {
  for (const Diag *g = d->first; g; g = g->next) {
    if (g->level == DIAG_WARNING && e->quiet) continue;
    if (g->level != DIAG_NOTE) {
      if (e->messages_left <= 0) { e->messages_dropped++; continue; }
      e->messages_left--;
    }
    /* the diagnostic, then its note (a duplicate key's first place), on the same record line */
    for (const Diag *h = g; h; h = h == g ? g->note : NULL) {
      int l = 1, col = 1;
      if (h->loc.src) source_linecol(h->loc.src, h->loc.start, &l, &col);
      fprintf(stderr, "%s:%d:%d: %s: %s%s%s\n", file, line, col,
              h->level == DIAG_ERROR ? "error" : h->level == DIAG_WARNING ? "warning" : "note",
              h->path && *h->path ? diag_escape(h->path) : "", h->path && *h->path ? ": " : "", diag_escape(h->text));
    }
  }
}

/* Prints a run-time error (conflict, overflow, parameter before its first date) as a
 * diagnostic at the rule, with the other rule of a conflict as a note. */
static void print_eval_error(const EvalRun *e, const EvalError *err, const char *file) {
  Diags d;
  diags_init(&d, e->env->lang);
  Diag *g = diag_report(&d, DIAG_ERROR, err->loc, E_CLI_EVAL_ERROR, err->message);
  if (err->loc2.src) diag_add_note(&d, g, err->loc2, N_CLI_OTHER_RULE);
  if (e->lines) diag_add_note(&d, g, (Loc){0}, N_CLI_WHILE_EVALUATING, file);
  diags_print(&d, stderr, e->env->color);
}

/* Evaluates one record whose slots are filled; writes its decision. file and line (0 for a
 * whole file) name the input in messages. Returns the record's exit code. */
static int decide(EvalRun *e, const char *file, int line) {
  ZDate as_of = eval_pick_as_of(e->p, e->slots, e->date.has_as_of ? &e->date.as_of : NULL, e->date.today);
  Result *r = e->result = eval_program_reuse(e->p, e->slots, as_of, e->flags, e->ro.lang, e->result);
  if (r->error) {
    if (line > 0) line = abs_line(e, line);
    if (line <= 0 || e->messages_left-- > 0) print_eval_error(e, r->error, line > 0 ? zan_sprintf("%s:%d", file, line) : file);
    else e->messages_dropped++;
    if (e->lines) error_object(e, file, line, r->error->message);
    return r->error->code ? r->error->code : ZAN_EXIT_RUNTIME;
  }
  size_t before = e->out.len;
  if (e->text) {
    if (e->lines) text_heading(e, file, line > 0 ? abs_line(e, line) : 0);
    render_text(e->p, e->slots, r, &e->ro, &e->out);
  } else {
    if (e->ro.receipt) receipt_facts(&e->receipt, e->p, e->slots);
    render_json(e->p, e->slots, r, &e->ro, &e->out);
  }
  if (e->out.len > before && e->out.data[e->out.len - 1] != '\n') buf_push(&e->out, '\n');
  maybe_flush(e);
  return fail_code(e, r);
}

/* One whole fact file (JSON or YAML; "-" is stdin). */
static int eval_file1(EvalRun *e, const char *path) {
  const char *why = NULL;
  bool too_large;
  Source *src = source_read_file_max(path, FACTS_MAX_BYTES, &why, &too_large);
  if (too_large) why = zan_sprintf(msg_format(E_FACTS_TOO_LARGE, e->env->lang), (unsigned)FACTS_MAX_BYTES);
  if (!src) {
    cli_error(E_CLI_CANNOT_READ, path, why ? why : "?");
    if (e->lines) error_object(e, path, 0, zan_sprintf(msg_format(N_CLI_CANNOT_READ, e->env->lang), why ? why : "?"));
    return ZAN_EXIT_FACTS;
  }
  Diags d;
  diags_init(&d, e->env->lang);
  d.facts_strict = e->strict;
  bool ok = facts_read(e->p, src, facts_format_for(path), e->slots, &d);
  diags_print_some(&d, stderr, e->env->color, !e->quiet);
  if (!ok) {
    if (e->lines) error_object(e, src->path, 0, first_error(&d, true));
    return ZAN_EXIT_FACTS;
  }
  return decide(e, src->path, 0);
}
static int eval_file(EvalRun *e, const char *path) {
  e->first_input = e->unit == 0;
  int u = e->unit++;
  if (!e->worker) return eval_file1(e, path);
  if (!unit_mine(e, u)) return ZAN_EXIT_OK;
  int rc = eval_file1(e, path);
  unit_end(e);
  return rc;
}

/* The lines of fd from byte `from` (a line start) on, read in big chunks: each non-blank line
 * is one record. until >= 0: only the lines that start before byte `until` (a range of a
 * file, read with pread; its last line is read to its end, wherever that is); -1: to the end.
 * The line is made NUL-terminated in place (the readers want a sentinel) and wrapped in a
 * Source on the stack: no copy, no allocation per line beyond what evaluation needs. Line
 * numbers count from `from` (abs_line makes them absolute). A line longer than
 * FACTS_MAX_BYTES gets its error object and is skipped unread; the next line goes on. */
static int jsonl_lines(EvalRun *e, int fd, const char *path, const char *shown, off_t from, off_t until) {
  size_t cap = READ_CHUNK, start = 0, end = 0;
  off_t off = from;              /* file offset of buf[end] */
  off_t buf_off = from;          /* file offset of buf[0] */
  bool positional = until >= 0;
  bool skipping = false;         /* inside a line over the limit: its bytes are dropped */
  char *buf = zan_alloc_raw(cap + 1);
  bool eof = false;
  int rc = ZAN_EXIT_OK, lineno = 0;
  e->range_fd = fd;
  e->range_from = from;
  e->line_base = from == 0 ? 0 : -1;
  for (;;) {
    if (positional && !skipping && buf_off + (off_t)start >= until) break;   /* the next range's */
    char *nl = end > start ? memchr(buf + start, '\n', end - start) : NULL;
    if (skipping) {
      if (nl) { start = (size_t)(nl - buf) + 1; skipping = false; continue; }
      start = end;
    }
    if (!nl || skipping) {
      if (eof) {
        if (skipping || start == end) break;       /* nothing left */
      } else {
        /* keep the partial line: move it to the front, grow when one line fills the buffer */
        if (start > 0) { memmove(buf, buf + start, end - start); end -= start; buf_off += (off_t)start; start = 0; }
        if (end == cap) {
          if (cap >= FACTS_MAX_BYTES) {
            lineno++;
            int at = abs_line(e, lineno);
            error_object(e, shown, at, msg_format(N_CLI_LINE_TOO_LONG, e->env->lang));
            if (e->messages_left-- > 0)
              fprintf(stderr, "%s:%d: error: %s\n", shown, at,
                      zan_sprintf(msg_format(E_CLI_LINE_TOO_LONG, e->env->lang), (unsigned)FACTS_MAX_BYTES));
            else e->messages_dropped++;
            rc = exit_worst(rc, ZAN_EXIT_FACTS);
            maybe_flush(e);
            skipping = true;
            buf_off += (off_t)end;
            start = end = 0;
            continue;
          }
          cap *= 2;
          buf = zan_realloc(buf, cap + 1);
        }
        size_t room = cap - end;
        ssize_t n = positional ? pread(fd, buf + end, room, off) : read(fd, buf + end, room);
        if (n < 0) {
          if (errno == EINTR) continue;
          cli_error(E_CLI_CANNOT_READ, path, strerror(errno));
          rc = exit_worst(rc, ZAN_EXIT_FACTS);
          eof = true;
        } else if (n == 0) eof = true;
        else { end += (size_t)n; off += n; }
        continue;
      }
    }
    char *line = buf + start;
    size_t len = nl ? (size_t)(nl - line) : end - start;
    start = nl ? start + len + 1 : end;
    lineno++;
    if (len && line[len - 1] == '\r') len--;
    line[len] = 0;
    size_t k = 0;
    while (k < len && (line[k] == ' ' || line[k] == '\t')) k++;
    if (k < len) {                                  /* blank lines are skipped, still counted */
      uint32_t line_start = 0;                      /* a record is one line: a one-entry line table */
      Source src = { .path = shown, .text = line, .len = len, .lines = &line_start, .nlines = 1 };
      Diags d;
      diags_init(&d, e->env->lang);
      d.facts_strict = e->strict;
      bool ok = facts_read(e->p, &src, FMT_JSON, e->slots, &d);
      if (d.first) print_line_diags(e, &d, shown, abs_line(e, lineno));
      if (!ok) {
        error_object(e, shown, abs_line(e, lineno), first_error(&d, false));
        rc = exit_worst(rc, ZAN_EXIT_FACTS);
        maybe_flush(e);
      } else {
        rc = exit_worst(rc, decide(e, shown, lineno));
      }
    }
  }
  return rc;
}

/* Range k of a file: the lines that start in [k * RANGE_BYTES, (k + 1) * RANGE_BYTES). Where
 * its first line starts, or -1 when none does (a long line covers the whole stretch). Every
 * worker finds the same, reading at most one stretch. */
static off_t range_first_line(int fd, off_t size, long k) {
  if (k == 0) return 0;
  off_t p = (off_t)k * RANGE_BYTES - 1, lim = (off_t)(k + 1) * RANGE_BYTES - 1;
  if (lim > size) lim = size;
  char b[4096];
  while (p < lim) {
    size_t want = (size_t)(lim - p) < sizeof b ? (size_t)(lim - p) : sizeof b;
    ssize_t n = pread(fd, b, want, p);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return -1;
    const char *q = memchr(b, '\n', (size_t)n);
    if (q) return p + (q - b) + 1;
    p += n;
  }
  return -1;
}

/* A JSON Lines stream. One process: all of it, as it comes (a pipe on stdin too). Workers:
 * the file is cut into ranges of RANGE_BYTES, one unit each. */
static int eval_jsonl(EvalRun *e, const char *path) {
  bool is_stdin = strcmp(path, "-") == 0;
  e->first_input = e->unit == 0;
  int fd = is_stdin ? 0 : open(path, O_RDONLY | O_CLOEXEC);
  const char *shown = is_stdin ? "<stdin>" : path;
  struct stat st;
  if (fd >= 0 && e->worker && fstat(fd, &st) < 0) { if (!is_stdin) close(fd); fd = -1; }
  if (fd < 0) {
    int err = errno;
    int u = e->unit++;
    if (e->worker && !unit_mine(e, u)) return ZAN_EXIT_OK;
    cli_error(E_CLI_CANNOT_READ, path, strerror(err));
    error_object(e, shown, 0, zan_sprintf(msg_format(N_CLI_CANNOT_READ, e->env->lang), strerror(err)));
    if (e->worker) unit_end(e);
    return ZAN_EXIT_FACTS;
  }
  int rc = ZAN_EXIT_OK;
  if (!e->worker) {
    e->unit++;
    e->counted_off = 0; e->counted_lines = 0;
    rc = jsonl_lines(e, fd, path, shown, 0, -1);
  } else {
    off_t size = st.st_size;
    long nranges = size > 0 ? (long)((size + RANGE_BYTES - 1) / RANGE_BYTES) : 1;
    int first = e->unit;
    e->unit += (int)nranges;
    e->counted_off = 0; e->counted_lines = 0;
    for (long k = 0; k < nranges; k++) {
      if (!unit_mine(e, first + (int)k)) continue;
      off_t from = range_first_line(fd, size, k);
      if (from >= 0 && from < size)
        rc = exit_worst(rc, jsonl_lines(e, fd, path, shown, from, (off_t)(k + 1) * RANGE_BYTES));
      unit_end(e);
    }
  }
  if (!is_stdin) close(fd);
  return rc;
}

static int eval_input(EvalRun *e, const char *path, bool jsonl) {
  return jsonl ? eval_jsonl(e, path) : eval_file(e, path);
}

/* --jobs N > 1: the work of worker w (pool.c forks it): every input, deciding the units that
 * are its own. Streams that cannot be read twice (a pipe on stdin) are not split: the run is
 * sequential. */
typedef struct EvalWork { EvalRun *e; int n; const char **paths; bool jsonl; } EvalWork;
static int eval_worker(void *ctx, int w, int jobs) {
  EvalWork *x = ctx;
  x->e->me = w;
  x->e->worker = true;
  buf_clear(&x->e->out);
  int rc = ZAN_EXIT_OK;
  for (int i = 0; i < x->n; i++) rc = exit_worst(rc, eval_input(x->e, x->paths[i], x->jsonl));
  return rc;
}

/* Whether every input can be read by several workers at once (not a pipe or a terminal). */
static bool inputs_shareable(int n, const char **paths) {
  for (int i = 0; i < n; i++) {
    if (strcmp(paths[i], "-") != 0) continue;
    struct stat st;
    if (fstat(0, &st) < 0 || !S_ISREG(st.st_mode)) return false;
  }
  return true;
}
static int run_eval(const CliArgs *a, const CliEnv *env) {
  EvalRun e;
  memset(&e, 0, sizeof e);
  e.env = env;
  /* A bad option is reported at once, but the policy is still loaded: a policy error (4)
   * outranks a usage error (2) when both apply. */
  int usage = ZAN_EXIT_OK;
  bool jsonl = cli_flag(a, "jsonl");
  const char *fmt = cli_opt(a, "format");
  if (fmt && strcmp(fmt, "text") == 0) e.text = true;
  else if (fmt && strcmp(fmt, "json") != 0) usage = cli_usage_error(a->verb, E_CLI_BAD_FORMAT, fmt);
  if (!cli_pick_lang(a, env, &e.ro.lang)) usage = ZAN_EXIT_USAGE;
  if (!cli_pick_date(a, &e.date)) usage = ZAN_EXIT_USAGE;
  int jobs = 1;
  const char *js = cli_opt(a, "jobs");
  if (js) {
    char *endp;
    long j = strtol(js, &endp, 10);
    if (!*js || *endp || j < 1 || j > 256) usage = cli_usage_error(a->verb, E_CLI_BAD_JOBS, js);
    else jobs = (int)j;
  }
  e.ro.explain = cli_flag(a, "explain");
  /* the text report cites the rules behind each line, so it always needs the trace (render),
   * and prints the checklists */
  e.flags = e.text ? EVAL_REPORT : e.ro.explain ? EVAL_TRACE : 0;
  e.fail_undetermined = cli_flag(a, "fail-on-undetermined");
  e.strict = cli_flag(a, "strict");
  e.quiet = cli_flag(a, "quiet");

  int nfiles = a->npos - 1;
  const char **files = a->pos + 1;
  static const char *stdin_only[] = { "-" };
  if (nfiles == 0) {
    if (!jsonl) usage = cli_usage_error(a->verb, E_CLI_TOO_FEW_ARGS, "FACTS");
    files = stdin_only;                 /* a stream defaults to stdin */
    nfiles = 1;
  }
  /* stdin can be read once: a second '-' would silently read nothing */
  for (int i = 0, seen = 0; i < nfiles; i++)
    if (strcmp(files[i], "-") == 0 && seen++) { usage = cli_usage_error(a->verb, E_CLI_STDIN_TWICE); break; }
  e.lines = jsonl || nfiles > 1;
  e.many_files = nfiles > 1;
  e.ro.pretty = !e.lines && !e.text && isatty(1);
  e.messages_left = STREAM_MESSAGES;

  /* eval never runs the policy's test blocks: they are not checked here (zan check does) */
  CliEnv env_eval = *env;
  env_eval.load.skip_tests = true;
  Program *p = cli_load_policy(a->pos[0], &env_eval, NULL, NULL);
  if (!p) return ZAN_EXIT_POLICY;
  e.p = p;
  /* a receipt costs a stream about half its rate (docs/receipts.md): there it is asked for */
  if (!jsonl || cli_flag(a, "receipt")) {
    receipt_init(&e.receipt, p, ZAN_VERSION);
    e.ro.receipt = &e.receipt;
  }

  /* --fail-on names are checked against the policy before any fact is read. */
  e.fail = ZAN_NEWN(FailOn, a->nopts + 1);
  for (int i = 0; i < a->nopts; i++) {
    if (strcmp(a->opts[i].opt->name, "fail-on") != 0) continue;
    const char *spec = a->opts[i].value;
    const char *eq = strchr(spec, '=');
    const char *name = eq ? zan_strndup(spec, (size_t)(eq - spec)) : spec;
    int o = ir_find_output(p, name);
    if (o < 0) { usage = cli_usage_error(a->verb, E_CLI_FAIL_ON_OUTPUT, name); continue; }
    const Type *t = p->outputs[o].type;
    if (!eq && t->kind != T_BOOL && t->kind != T_SET && t->kind != T_LIST) {
      usage = cli_usage_error(a->verb, E_CLI_FAIL_ON_NEEDS_VALUE, name, type_name(t), name);
      continue;
    }
    if (eq && !fail_value_ok(a, name, eq + 1, t, &usage)) continue;
    e.fail[e.nfail].output = o;
    e.fail[e.nfail].value = eq ? eq + 1 : NULL;
    e.nfail++;
  }
  if (usage) return usage;

  e.slots = ZAN_NEWN(Val, p->nslots + 1);
  buf_init(&e.out);
  buf_reserve(&e.out, e.lines ? OUT_CHUNK + 4096 : 1 << 14);   /* one decision is a few KB */
  e.jobs = jobs > 1 && (jsonl || nfiles > 1) && inputs_shareable(nfiles, files) ? jobs : 1;
  int rc = ZAN_EXIT_OK;
  if (e.jobs > 1) {
    EvalWork x = { &e, nfiles, files, jsonl };
    rc = pool_run(e.jobs, eval_worker, &x);
  } else {
    for (int i = 0; i < nfiles; i++) rc = exit_worst(rc, eval_input(&e, files[i], jsonl));
    out_flush(&e);
  }
  if (e.messages_dropped && !e.quiet) cli_warning(W_CLI_MESSAGES_SUPPRESSED, e.messages_dropped);
  return rc;
}

static const CliOpt eval_opts[] = {
  { "jsonl",      0,  NULL,    "the fact inputs are JSON Lines streams: one record per line, one decision per line" },
  CLI_OPT_AS_OF,
  { "format",     0,  "FMT",   "json (default) or text" },
  { "explain",    0,  NULL,    "add the rules and articles behind each decision" },
  { "lang",       0,  "LANG",  "kk, kk-Latn, ru or en for texts and citations (default from LANG)" },
  { "fail-on",    0,  "OUTPUT[=VALUE]", "exit 1 when OUTPUT is decided true (or equal to / containing VALUE); repeatable" },
  { "fail-on-undetermined", 0, NULL, "exit 1 when any output is undetermined" },
  { "jobs",       'j', "N",    "N worker processes (output keeps input order; a piped stdin stays one process)" },
  { "receipt",    0,  NULL,    "--jsonl: give each decision its receipt too (single files always have one)" },
  { "strict",     0,  NULL,    "an unknown field in a fact file is an error (exit 3), not a warning" },
  { "quiet",      'q', NULL,   "print only errors on stderr (no warnings about the facts)" },
  { NULL, 0, NULL, NULL }
};

const CliVerb cli_verb_eval = {
  "eval", "POLICY FACTS… [options]",
  "evaluate fact files against a policy: decisions, undetermined outputs, explanations",
  "FACTS are .json, .yaml/.yml files or '-' for stdin. One fact file gives one JSON object\n"
  "(indented on a terminal); several files or --jsonl give one compact object per line, in\n"
  "input order. With --jsonl and no FACTS, stdin is read. A bad record in a stream gives\n"
  "{\"line\": N, \"error\": \"…\"} in its place and the run goes on (exit 3 at the end).\n"
  "A field the policy does not declare is a warning (with \"did you mean\" when it looks like a\n"
  "typo of one) and is ignored; --strict makes it an error (exit 3). The policy's authoring\n"
  "warnings (missing translations …) are not shown here: zan check and zan test show them.\n"
  "exit: 0 ok, 1 a --fail-on condition held, 2 usage, 3 bad facts, 4 policy error,\n"
  "      5 run-time conflict or arithmetic error, 74 the output cannot be written.\n",
  eval_opts, 1, -1, run_eval
};
