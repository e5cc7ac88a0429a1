/* ask.c — `zan ask POLICY [FACTS] [-o OUT]`: a terminal interview. Asks the next question as
 * `zan missing` chooses it, one at a time, until every output is decided or no question left
 * could change one; then prints the text report and writes the answers as a fact file
 * (JSON or YAML by extension), atomically and never over an existing file without --force. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "cli.h"
#include "../missing.h"
#include "../question.h"
#include "../render.h"
#include "../facts_write.h"
#include "../../lang/base/alloc.h"
#include "../../lang/base/buf.h"

/* One answer, to undo with :back: the slot, and whether it was "don't know". */
typedef struct Answer { int slot; bool dont_know; } Answer;

typedef struct Interview {
  const Program *p;
  Lang           lang;
  Val           *slots;
  bool          *never;      /* "don't know": not asked again */
  Answer        *hist;
  int            nhist;
  int            asked;      /* questions shown, for their numbers */
  bool           echo;       /* stdin is not a terminal: echo each answer */
} Interview;

static void say(const char *s) { fputs(s, stdout); }

static void show_question(Interview *iv, const Question *q) {
  Buf b;
  buf_init(&b);
  buf_printf(&b, "\n(%d) %s [%s]\n", ++iv->asked, q->label, q->path);
  if (q->ask) buf_printf(&b, "    %s\n", q->ask);
  if (q->t->kind == T_ENUM || q->t->kind == T_SET)
    for (int i = 0; i < q->nchoices; i++) buf_printf(&b, "    %d) %s (%s)\n", i + 1, q->choices[i].label, q->choices[i].id);
  buf_printf(&b, "    [%s]\n> ", q->hint);
  say(buf_cstr(&b));
  fflush(stdout);
}

/* One line of stdin without its newline; NULL at the end of input. */
static char *read_answer(void) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t n = getline(&line, &cap, stdin);
  if (n < 0) { free(line); return NULL; }
  while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = 0;
  char *r = zan_strdup(line);
  free(line);
  return r;
}

static bool is_blank(const char *s) {
  for (; *s; s++) if (*s != ' ' && *s != '\t') return false;
  return true;
}

static const char *trimmed(const char *s) {
  while (*s == ' ' || *s == '\t') s++;
  char *r = zan_strdup(s);
  size_t n = strlen(r);
  while (n && (r[n - 1] == ' ' || r[n - 1] == '\t')) r[--n] = 0;
  return r;
}

/* Undoes the last answer; false when there is none. */
static bool undo(Interview *iv) {
  if (iv->nhist == 0) return false;
  Answer a = iv->hist[--iv->nhist];
  iv->slots[a.slot] = val_unknown();
  iv->never[a.slot] = false;
  printf("%s\n", zan_sprintf(msg_format(N_ASK_UNDONE, iv->lang), iv->p->slots[a.slot]->path));
  return true;
}

/* The interview proper. Returns false when the facts fail to evaluate (*err set). */
static bool interview(Interview *iv, const CliDate *date, EvalError **err) {
  printf("%s\n", msg_format(N_ASK_INTRO, iv->lang));
  for (;;) {
    ZDate as_of = eval_pick_as_of(iv->p, iv->slots, date->has_as_of ? &date->as_of : NULL, date->today);
    MissingOptions mo = { iv->never, 0 };
    Missing *m = missing_compute(iv->p, iv->slots, as_of, iv->lang, &mo);
    if (m->error) { *err = m->error; return false; }
    if (m->next < 0) {
      printf("\n%s\n", msg_format(m->noutputs == 0 ? N_ASK_ALL_DECIDED : N_ASK_NO_QUESTION_LEFT, iv->lang));
      return true;
    }
    const Question *q = question_describe(iv->p, m->next, iv->lang);
    if (!question_answerable(q)) { iv->never[m->next] = true; continue; }
    show_question(iv, q);
    for (;;) {
      char *line = read_answer();
      if (line && iv->echo) printf("%s\n", line);     /* piped answers: the transcript shows them */
      if (!line) { printf("\n%s\n", msg_format(N_ASK_STOPPED, iv->lang)); return true; }
      const char *a = trimmed(line);
      if (strcmp(a, ":quit") == 0 || strcmp(a, ":q") == 0) { printf("%s\n", msg_format(N_ASK_STOPPED, iv->lang)); return true; }
      if (strcmp(a, ":back") == 0 || strcmp(a, ":b") == 0) {
        if (!undo(iv)) { printf("%s\n> ", msg_format(N_ASK_NOTHING_TO_UNDO, iv->lang)); fflush(stdout); continue; }
        iv->asked = iv->asked >= 2 ? iv->asked - 2 : 0;
        break;
      }
      if (is_blank(a)) {
        iv->never[q->slot] = true;
        iv->hist[iv->nhist++] = (Answer){ q->slot, true };
        break;
      }
      Val v;
      const char *why = question_parse(q, a, iv->lang, &v);
      if (why) { printf("%s\n> ", why); fflush(stdout); continue; }
      iv->slots[q->slot] = v;
      iv->hist[iv->nhist++] = (Answer){ q->slot, false };
      break;
    }
  }
}

/* Writes data to path through a temporary file in the same folder, then renames it (with
 * force) or links it (without: an existing file is never replaced). Returns 0 or an errno. */
static int write_atomic(const char *path, const char *data, size_t n, bool force) {
  const char *slash = strrchr(path, '/');
  char *dir = slash ? zan_strndup(path, (size_t)(slash - path + 1)) : zan_strdup("");
  char *tmpl = zan_sprintf("%s.zan-ask-XXXXXX", dir);
  int fd = mkstemp(tmpl);
  if (fd < 0) return errno;
  int e = 0;
  const char *c = data;
  size_t left = n;
  while (left && !e) {
    ssize_t k = write(fd, c, left);
    if (k < 0) { if (errno != EINTR) e = errno; continue; }
    c += k; left -= (size_t)k;
  }
  if (!e && fsync(fd) != 0) e = errno;
  if (close(fd) != 0 && !e) e = errno;
  if (!e) {
    if (force) { if (rename(tmpl, path) != 0) e = errno; }
    else if (link(tmpl, path) != 0) e = errno;
  }
  if (e || !force) unlink(tmpl);
  if (!e) (void)chmod(path, 0644);
  return e;
}

static int run_ask(const CliArgs *a, const CliEnv *env) {
  int usage = ZAN_EXIT_OK;
  Lang lang;
  if (!cli_pick_lang(a, env, &lang)) usage = ZAN_EXIT_USAGE;
  CliDate date;
  if (!cli_pick_date(a, &date)) usage = ZAN_EXIT_USAGE;
  const char *out = cli_opt(a, "output");
  bool force = cli_flag(a, "force");
  struct stat st;
  if (out && !force && stat(out, &st) == 0) { cli_error(E_ASK_OUT_EXISTS, out); usage = ZAN_EXIT_USAGE; }
  CliEnv e = *env;
  e.load.skip_tests = true;
  Program *p = cli_load_policy(a->pos[0], &e, NULL, NULL);
  if (!p) return ZAN_EXIT_POLICY;
  if (usage) return usage;
  Interview iv = { p, lang, ZAN_NEWN(Val, p->nslots + 1), zan_alloc_atomic((size_t)p->nslots + 1),
                   ZAN_NEWN(Answer, 4 * (p->nslots + 1)), 0, 0, !isatty(0) };
  if (a->npos > 1 && !cli_read_facts(p, a->pos[1], env, iv.slots)) return ZAN_EXIT_FACTS;

  EvalError *err = NULL;
  if (!interview(&iv, &date, &err)) {
    cli_error(E_CLI_EVAL_ERROR, err->message);
    return err->code ? err->code : ZAN_EXIT_RUNTIME;
  }
  ZDate d = eval_pick_as_of(p, iv.slots, date.has_as_of ? &date.as_of : NULL, date.today);
  Result *r = eval_program(p, iv.slots, d, EVAL_REPORT, lang);
  if (r->error) { cli_error(E_CLI_EVAL_ERROR, r->error->message); return r->error->code ? r->error->code : ZAN_EXIT_RUNTIME; }
  Buf rep;
  buf_init(&rep);
  buf_push(&rep, '\n');
  RenderOptions ro = { .pretty = false, .explain = false, .lang = lang };
  render_text(p, iv.slots, r, &ro, &rep);
  Buf facts;
  buf_init(&facts);
  facts_write(p, iv.slots, out ? facts_format_for(out) : FMT_JSON, &facts);
  if (!out) {
    buf_printf(&rep, "\n%s\n", msg_format(N_ASK_FACT_FILE, lang));
    buf_append(&rep, facts.data, facts.len);
  }
  cli_flush(&rep);
  fflush(stdout);
  if (out) {
    int werr = write_atomic(out, facts.data, facts.len, force);
    if (werr == EEXIST) { cli_error(E_ASK_OUT_EXISTS, out); return ZAN_EXIT_USAGE; }
    if (werr) { cli_error(E_ASK_WRITE, out, strerror(werr)); return ZAN_EXIT_IO; }
    printf("\n%s\n", zan_sprintf(msg_format(N_ASK_WROTE, lang), out));
  }
  return ZAN_EXIT_OK;
}

static const CliOpt ask_opts[] = {
  { "output", 'o', "OUT",  "write the answers (with FACTS' facts) to OUT: JSON, or YAML for .yaml/.yml" },
  { "force",  0,   NULL,   "replace OUT when it exists" },
  { "lang",   0,   "LANG", "kk, kk-Latn, ru or en: questions, choices, messages and the report" },
  CLI_OPT_AS_OF,
  { NULL, 0, NULL, NULL }
};

const CliVerb cli_verb_ask = {
  "ask", "POLICY [FACTS]",
  "an interview asking only the facts that matter",
  "Asks, one at a time, the question `zan missing` would suggest next, using the policy's `ask`\n"
  "texts in --lang; starting from FACTS it asks only what is still unknown. Answers: yes/no (иә/жоқ,\n"
  "да/нет), a choice's number or name, numbers or names separated by commas for a set ('-' for\n"
  "none), dates as YYYY-MM-DD. An empty answer means \"don't know\" (not asked again); ':back' undoes\n"
  "the last answer; ':quit' stops. At the end: the text report, and the answers as a fact file\n"
  "(-o OUT, written atomically; an existing OUT only with --force; without -o on stdout).\n"
  "exit: 0 ok, 2 usage (OUT exists), 3 bad facts, 4 policy error, 5 evaluation error, 74 write error.\n",
  ask_opts, 1, 2, run_ask
};
