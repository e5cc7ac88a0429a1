/* eval.c — `zan eval POLICY FACTS…`: reads fact files (JSON, YAML, stdin, JSON Lines streams),
 * evaluates each, writes one decision per input in input order, and turns --fail-on and
 * every error into the exit code (exit_worst precedence). */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include <sys/stat.h>
#include <sys/socket.h>
#include "cli.h"
#include "../eval.h"
#include "../facts.h"
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
  bool           text;          /* --format text */
  bool           lines;         /* one compact object per input (several files or --jsonl) */
  bool           many_files;    /* name the file in JSONL error objects */
  bool           first_input;   /* the input being read is the run's first (text headings) */
  bool           has_as_of;
  ZDate          as_of;
  unsigned       flags;         /* EVAL_TRACE with --explain */
  int            nfail;
  FailOn        *fail;
  bool           fail_undetermined;
  Val           *slots;         /* reused for every record */
  Result        *result;        /* reused for every record (eval_program_reuse) */
  Buf            out;           /* decisions, flushed to stdout in big chunks */
  int            messages_left; /* streams: messages printed to stderr before going quiet (every
                                   error still has its object on stdout) */
  int            messages_dropped;
  /* --jobs: the inputs are cut into units (a whole fact file, or a byte range of a JSONL
   * file that starts and ends at line boundaries); unit u belongs to worker u % jobs. Each
   * worker decides its units into `out` and writes them to stdout itself, in unit order: a
   * token goes round the workers (tok_in from the previous one, tok_out to the next) and only
   * its holder writes. jobs == 1: no workers, everything is ours, tok_in == -1. */
  int            jobs, me;
  int            unit;          /* the next unit's number */
  int            tok_in, tok_out;
  int            unit_rc;       /* exit code of the unit being decided (counted once written) */
  bool           unit_stop;     /* this unit ended its input early (a line too long, a read error) */
  uint32_t       input_end;     /* first unit after the current input */
  /* line numbers inside a range: relative to the range; the range's first line number comes
   * from counting newlines before it, only when a message needs it */
  int            range_fd;
  off_t          range_from;
  long           line_base;     /* lines before the range, -1: not counted yet */
  off_t          counted_off;   /* newlines in [0, counted_off) are counted_lines (this worker's cursor) */
  long           counted_lines;
} EvalRun;

enum { OUT_CHUNK = 1 << 20, READ_CHUNK = 1 << 20, STREAM_MESSAGES = 20, RANGE_BYTES = 1 << 21 };

static void write_all(int fd, const void *p, size_t n) {
  const char *c = p;
  while (n) {
    ssize_t k = write(fd, c, n);
    if (k < 0) { if (errno == EINTR) continue; _exit(ZAN_EXIT_INTERNAL); }
    c += k; n -= (size_t)k;
  }
}

/* Writes the buffered decisions to stdout (one process: in big chunks as they come; a worker
 * keeps a unit's whole output until its turn, see unit_emit). */
static void out_flush(EvalRun *e) {
  if (e->tok_in < 0) cli_flush(&e->out);
}
static void maybe_flush(EvalRun *e) {
  if (e->tok_in < 0 && e->out.len >= OUT_CHUNK) out_flush(e);
}
static bool unit_mine(const EvalRun *e, int unit) { return unit % e->jobs == e->me; }

/* The token: the first unit whose output counts (units before it were cut off because their
 * input ended early: a line too long or a read error in an earlier unit of the same input). */
typedef struct Token { uint32_t skip_until; } Token;

/* A worker starts deciding one of its units. */
static void unit_begin(EvalRun *e) {
  buf_clear(&e->out);
  e->unit_rc = ZAN_EXIT_OK;
  e->unit_stop = false;
}
/* A worker waits for its turn, writes unit u's decisions to stdout and passes the turn on.
 * Returns the unit's exit code, or OK when the unit was cut off. No token (the previous worker
 * died): the output ends here, exit 70. */
static int unit_emit(EvalRun *e, int u) {
  Token t;
  ssize_t k;
  do k = read(e->tok_in, &t, sizeof t); while (k < 0 && errno == EINTR);
  if (k != (ssize_t)sizeof t) { fflush(stderr); _exit(ZAN_EXIT_INTERNAL); }
  int rc = ZAN_EXIT_OK;
  if ((uint32_t)u >= t.skip_until) {
    write_all(1, e->out.data, e->out.len);
    rc = e->unit_rc;
    if (e->unit_stop) t.skip_until = e->input_end;
  }
  buf_clear(&e->out);
  /* the next worker may have ended already (no units left): its socket then refuses quietly */
  do k = send(e->tok_out, &t, sizeof t, MSG_NOSIGNAL); while (k < 0 && errno == EINTR);
  return rc;
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
  ZDate as_of = eval_pick_as_of(e->p, e->slots, e->has_as_of ? &e->as_of : NULL);
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
    render_json(e->p, e->slots, r, &e->ro, &e->out);
  }
  if (e->out.len > before && e->out.data[e->out.len - 1] != '\n') buf_push(&e->out, '\n');
  maybe_flush(e);
  return fail_code(e, r);
}

/* One whole fact file (JSON or YAML; "-" is stdin). */
static int eval_file1(EvalRun *e, const char *path) {
  const char *why = NULL;
  Source *src = source_read_file(path, &why);
  if (!src) {
    cli_error(E_CLI_CANNOT_READ, path, why ? why : "?");
    if (e->lines) error_object(e, path, 0, zan_sprintf(msg_format(N_CLI_CANNOT_READ, e->env->lang), why ? why : "?"));
    return ZAN_EXIT_FACTS;
  }
  Diags d;
  diags_init(&d, e->env->lang);
  bool ok = facts_read(e->p, src, facts_format_for(path), e->slots, &d);
  diags_print(&d, stderr, e->env->color);
  if (!ok) {
    if (e->lines) error_object(e, src->path, 0, first_error(&d, true));
    return ZAN_EXIT_FACTS;
  }
  return decide(e, src->path, 0);
}
static int eval_file(EvalRun *e, const char *path) {
  e->first_input = e->unit == 0;
  int u = e->unit++;
  if (e->tok_in < 0) return eval_file1(e, path);
  if (!unit_mine(e, u)) return ZAN_EXIT_OK;
  unit_begin(e);
  e->input_end = (uint32_t)e->unit;
  e->unit_rc = eval_file1(e, path);
  return unit_emit(e, u);
}

/* The lines of fd from byte `from` to byte `to` (-1: to the end; a range starts at a line
 * start and ends after a newline or at the end), read in big chunks: each non-blank line is
 * one record. The line is made NUL-terminated in place (the readers want a sentinel) and
 * wrapped in a Source on the stack: no copy, no allocation per line beyond what evaluation
 * needs. Line numbers count from the range's start (abs_line makes them absolute).
 * A line longer than FACTS_MAX_BYTES or a read error ends the input: e->unit_stop. */
static int jsonl_lines(EvalRun *e, int fd, const char *path, const char *shown, off_t from, off_t to) {
  size_t cap = READ_CHUNK, start = 0, end = 0;
  off_t off = from;
  bool positional = to >= 0;
  char *buf = zan_alloc_raw(cap + 1);
  bool eof = false;
  int rc = ZAN_EXIT_OK, lineno = 0;
  e->range_fd = fd;
  e->range_from = from;
  e->line_base = from == 0 ? 0 : -1;
  for (;;) {
    char *nl = end > start ? memchr(buf + start, '\n', end - start) : NULL;
    if (!nl && !eof) {
      /* keep the partial line: move it to the front, grow when one line fills the buffer */
      if (start > 0) { memmove(buf, buf + start, end - start); end -= start; start = 0; }
      if (end == cap) {
        if (cap >= FACTS_MAX_BYTES) {
          lineno++;
          int at = abs_line(e, lineno);
          error_object(e, shown, at, msg_format(N_CLI_LINE_TOO_LONG, e->env->lang));
          fprintf(stderr, "%s:%d: error: %s\n", shown, at,
                  zan_sprintf(msg_format(E_CLI_LINE_TOO_LONG, e->env->lang), (unsigned)FACTS_MAX_BYTES));
          rc = exit_worst(rc, ZAN_EXIT_FACTS);
          e->unit_stop = true;
          break;
        }
        cap *= 2;
        buf = zan_realloc(buf, cap + 1);
      }
      size_t room = cap - end;
      if (positional && (off_t)room > to - off) room = (size_t)(to - off);
      ssize_t n = room == 0 ? 0 : positional ? pread(fd, buf + end, room, off) : read(fd, buf + end, room);
      if (n < 0) {
        if (errno == EINTR) continue;
        cli_error(E_CLI_CANNOT_READ, path, strerror(errno));
        rc = exit_worst(rc, ZAN_EXIT_FACTS);
        e->unit_stop = true;
        eof = true;
      } else if (n == 0) eof = true;
      else { end += (size_t)n; off += n; }
      continue;
    }
    if (!nl && start == end) break;                 /* eof, nothing left */
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

/* Where range k of a file of `size` bytes starts: the first line start at or after
 * k * RANGE_BYTES (every worker finds the same). */
static off_t range_start(int fd, off_t size, long k) {
  if (k == 0) return 0;
  off_t p = (off_t)k * RANGE_BYTES - 1;             /* a line starts after a newline at p or later */
  char b[4096];
  while (p < size) {
    ssize_t n = pread(fd, b, sizeof b, p);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return size;
    const char *q = memchr(b, '\n', (size_t)n);
    if (q) return p + (q - b) + 1;
    p += n;
  }
  return size;
}

/* A JSON Lines stream. One process: all of it, as it comes (a pipe on stdin too). Workers:
 * the file is cut into ranges of about RANGE_BYTES, one unit each. */
static int eval_jsonl(EvalRun *e, const char *path) {
  bool is_stdin = strcmp(path, "-") == 0;
  e->first_input = e->unit == 0;
  int fd = is_stdin ? 0 : open(path, O_RDONLY);
  const char *shown = is_stdin ? "<stdin>" : path;
  struct stat st;
  if (fd >= 0 && e->tok_in >= 0 && fstat(fd, &st) < 0) { if (!is_stdin) close(fd); fd = -1; }
  if (fd < 0) {
    int err = errno;
    int u = e->unit++;
    if (e->tok_in >= 0 && !unit_mine(e, u)) return ZAN_EXIT_OK;
    if (e->tok_in >= 0) { unit_begin(e); e->input_end = (uint32_t)e->unit; }
    cli_error(E_CLI_CANNOT_READ, path, strerror(err));
    error_object(e, shown, 0, zan_sprintf(msg_format(N_CLI_CANNOT_READ, e->env->lang), strerror(err)));
    if (e->tok_in < 0) return ZAN_EXIT_FACTS;
    e->unit_rc = ZAN_EXIT_FACTS;
    return unit_emit(e, u);
  }
  int rc = ZAN_EXIT_OK;
  if (e->tok_in < 0) {
    e->unit++;
    e->counted_off = 0; e->counted_lines = 0;
    rc = jsonl_lines(e, fd, path, shown, 0, -1);
  } else {
    off_t size = st.st_size;
    long nranges = size > 0 ? (long)((size + RANGE_BYTES - 1) / RANGE_BYTES) : 1;
    int first = e->unit;
    e->unit += (int)nranges;
    e->input_end = (uint32_t)e->unit;
    e->counted_off = 0; e->counted_lines = 0;
    for (long k = 0; k < nranges; k++) {
      if (!unit_mine(e, first + (int)k)) continue;
      off_t from = range_start(fd, size, k), to = range_start(fd, size, k + 1);
      if (k + 1 == nranges) to = size;
      unit_begin(e);
      if (to > from) e->unit_rc = jsonl_lines(e, fd, path, shown, from, to);
      rc = exit_worst(rc, unit_emit(e, first + (int)k));
    }
  }
  if (!is_stdin) close(fd);
  return rc;
}

static int eval_input(EvalRun *e, const char *path, bool jsonl) {
  return jsonl ? eval_jsonl(e, path) : eval_file(e, path);
}

/* --jobs N > 1: N forked workers share the units (see EvalRun) and write their decisions to
 * stdout themselves, in unit order, passing a token round a ring of socket pairs; the parent
 * only waits. A worker that dies takes the token with it: the next one stops (exit 70).
 * Streams that cannot be read twice (a pipe on stdin) are not split: the run is sequential. */
static int eval_parallel(EvalRun *e, int n, const char **paths, bool jsonl) {
  int jobs = e->jobs;
  int (*ring)[2] = zan_alloc_atomic(sizeof(int[2]) * (size_t)jobs);   /* ring[w][0]: worker w's token in */
  pid_t *pids = ZAN_NEWN(pid_t, jobs);
  for (int w = 0; w < jobs; w++)
    if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ring[w]) < 0) { perror("zan: socketpair"); return ZAN_EXIT_INTERNAL; }
  Token first = { 0 };
  if (send(ring[0][1], &first, sizeof first, MSG_NOSIGNAL) != (ssize_t)sizeof first) { perror("zan: send"); return ZAN_EXIT_INTERNAL; }
  fflush(stdout);
  fflush(stderr);
  int started = 0;
  for (int w = 0; w < jobs; w++) {
    pid_t pid = fork();
    if (pid < 0) { perror("zan: fork"); break; }
    if (pid == 0) {
      for (int k = 0; k < jobs; k++) {
        if (k != w) close(ring[k][0]);
        if (k != (w + 1) % jobs) close(ring[k][1]);
      }
      e->me = w;
      e->tok_in = ring[w][0];
      e->tok_out = ring[(w + 1) % jobs][1];
      int wrc = ZAN_EXIT_OK;
      for (int i = 0; i < n; i++) wrc = exit_worst(wrc, eval_input(e, paths[i], jsonl));
      fflush(stderr);
      _exit(wrc);
    }
    pids[started++] = pid;
  }
  for (int w = 0; w < jobs; w++) { close(ring[w][0]); close(ring[w][1]); }
  int rc = started == jobs ? ZAN_EXIT_OK : ZAN_EXIT_INTERNAL;
  bool pipe_closed = false;
  for (int w = 0; w < started; w++) {
    int st = 0;
    while (waitpid(pids[w], &st, 0) < 0 && errno == EINTR) {}
    if (WIFSIGNALED(st) && WTERMSIG(st) == SIGPIPE) pipe_closed = true;
    rc = exit_worst(rc, WIFEXITED(st) ? WEXITSTATUS(st) : ZAN_EXIT_INTERNAL);
  }
  /* the reader of stdout went away (`| head`): end the way one process would, by SIGPIPE */
  if (pipe_closed) { signal(SIGPIPE, SIG_DFL); raise(SIGPIPE); }
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
  const char *as_of = cli_opt(a, "as-of");
  if (as_of) {
    if (!date_parse(as_of, strlen(as_of), &e.as_of)) usage = cli_usage_error(a->verb, E_CLI_BAD_DATE, as_of);
    e.has_as_of = true;
  }
  ZDate today;
  if (getenv("ZAN_TODAY") && !date_today(&today)) usage = cli_usage_error(a->verb, E_CLI_BAD_TODAY, getenv("ZAN_TODAY"));
  int jobs = 1;
  const char *js = cli_opt(a, "jobs");
  if (js) {
    char *endp;
    long j = strtol(js, &endp, 10);
    if (!*js || *endp || j < 1 || j > 256) usage = cli_usage_error(a->verb, E_CLI_BAD_JOBS, js);
    else jobs = (int)j;
  }
  e.ro.explain = cli_flag(a, "explain");
  /* the text report cites the rules behind each line, so it always needs the trace (render) */
  e.flags = e.ro.explain || e.text ? EVAL_TRACE : 0;
  e.fail_undetermined = cli_flag(a, "fail-on-undetermined");

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
  e.tok_in = e.tok_out = -1;
  e.jobs = jobs > 1 && (jsonl || nfiles > 1) && inputs_shareable(nfiles, files) ? jobs : 1;
  int rc = ZAN_EXIT_OK;
  if (e.jobs > 1) {
    rc = eval_parallel(&e, nfiles, files, jsonl);
  } else {
    for (int i = 0; i < nfiles; i++) rc = exit_worst(rc, eval_input(&e, files[i], jsonl));
    out_flush(&e);
  }
  if (e.messages_dropped) cli_warning(W_CLI_MESSAGES_SUPPRESSED, e.messages_dropped);
  return rc;
}

static const CliOpt eval_opts[] = {
  { "jsonl",      0,  NULL,    "the fact inputs are JSON Lines streams: one record per line, one decision per line" },
  { "as-of",      0,  "DATE",  "evaluate as of DATE (YYYY-MM-DD) instead of the policy's date fact / today" },
  { "format",     0,  "FMT",   "json (default) or text" },
  { "explain",    0,  NULL,    "add the rules and articles behind each decision" },
  { "lang",       0,  "LANG",  "kk, kk-Latn, ru or en for texts and citations (default from LANG)" },
  { "fail-on",    0,  "OUTPUT[=VALUE]", "exit 1 when OUTPUT is decided true (or equal to / containing VALUE); repeatable" },
  { "fail-on-undetermined", 0, NULL, "exit 1 when any output is undetermined" },
  { "jobs",       'j', "N",    "N worker processes (output keeps input order; a piped stdin stays one process)" },
  { NULL, 0, NULL, NULL }
};

const CliVerb cli_verb_eval = {
  "eval", "POLICY FACTS… [options]",
  "evaluate fact files against a policy: decisions, undetermined outputs, explanations",
  "FACTS are .json, .yaml/.yml files or '-' for stdin. One fact file gives one JSON object\n"
  "(indented on a terminal); several files or --jsonl give one compact object per line, in\n"
  "input order. With --jsonl and no FACTS, stdin is read. A bad record in a stream gives\n"
  "{\"line\": N, \"error\": \"…\"} in its place and the run goes on (exit 3 at the end).\n"
  "exit: 0 ok, 1 a --fail-on condition held, 2 usage, 3 bad facts, 4 policy error,\n"
  "      5 run-time conflict or arithmetic error.\n",
  eval_opts, 1, -1, run_eval
};
