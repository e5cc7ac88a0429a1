/* check.c — the checker's driver: runs names, types, rules and lowering over the modules of
 * one policy and returns the Program, or NULL when any error was reported. */
#include <string.h>
#include <stdint.h>
#include "check.h"
#include "base/alloc.h"

/* ---- after syntax errors ------------------------------------------------------------------
 * The parser recovers at the next declaration keyword, so what a syntax error loses is (part
 * of) a declaration. Everything else is checked as usual and its errors reported in the same
 * run; only an error that the lost text may explain is held back, here. */

/* The errors already in d that lie in one of the run's modules: syntax errors, and imports
 * that failed (reported at the `import`). */
static void collect_syntax_errors(Checker *ck) {
  for (const Diag *g = ck->d->first; g; g = g->next) {
    if (g->level != DIAG_ERROR || !g->loc.src) continue;
    for (int m = 0; m < ck->nmods; m++)
      if (ck->mods[m].file && ck->mods[m].file->src == g->loc.src) {
        Loc *l = ZAN_NEW(Loc);
        *l = g->loc;
        vec_push(&ck->syntax_errs, l);
        break;
      }
  }
  if (ck->syntax_errs.n) ck->after_syntax_errors = true;
}

/* A syntax error fell inside decl: from its start up to the next declaration of its file
 * that the parser kept (the error that ended it is reported where the text stopped fitting,
 * usually past its last clause). decl may be a part of a declaration (a fact of a group). */
bool check_recovered_in(const Checker *ck, const Node *decl) {
  if (!ck->syntax_errs.n || !decl) return false;
  const File *f = NULL;
  for (int m = 0; m < ck->nmods && !f; m++)
    if (ck->mods[m].file && ck->mods[m].file->src == decl->loc.src) f = ck->mods[m].file;
  if (!f) return false;
  uint32_t end = UINT32_MAX;
  for (int i = 0; i < f->decls.n; i++) {
    const Node *o = f->decls.items[i];
    if (o->kind != N_ERROR && o->loc.start > decl->loc.start && o->loc.start < end) end = o->loc.start;
  }
  for (int i = 0; i < ck->syntax_errs.n; i++) {
    const Loc *l = ck->syntax_errs.items[i];
    if (l->src == decl->loc.src && l->start >= decl->loc.start && l->start < end) return true;
  }
  return false;
}

Diag *check_report_echo(Checker *ck, const Node *decl, Loc loc, MsgId id,
                        const char *a, const char *b, const char *c) {
  if (ck->after_syntax_errors && (!decl || check_recovered_in(ck, decl))) return NULL;
  /* every message of this kind takes at most three strings; printf ignores the extra ones */
  return diag_report(ck->d, DIAG_ERROR, loc, id, a, b, c);
}

Program *check_program(CheckModule *mods, int n, const CheckOptions *o, Diags *d) {
  static const CheckOptions defaults = { 0 };
  if (!o) o = &defaults;
  Checker ck;
  memset(&ck, 0, sizeof ck);
  ck.d = d; ck.mods = mods; ck.nmods = n; ck.library_ok = o->library_ok;
  ck.skip_tests = o->skip_tests;
  stack_guard_init(&ck.stack, CHECK_STACK_RESERVE);
  collect_syntax_errors(&ck);
  if (o->after_syntax_errors) ck.after_syntax_errors = true;
  Program *p = ck.prog = ZAN_NEW(Program);
  p->dir = o->dir;
  p->subject_slot = p->as_of_slot = -1;
  check_names(&ck);
  p->noutputs = ck.out_syms.n;   p->outputs = ZAN_NEWN(IrOutput, p->noutputs + 1);
  p->nrules = ck.rule_syms.n;    p->rules = ZAN_NEWN(IrRule, p->nrules + 1);
  p->nfuncs = ck.fn_syms.n;      p->funcs = ZAN_NEWN(IrFunc, p->nfuncs + 1);
  p->nparams = ck.param_syms.n;  p->params = ZAN_NEWN(IrParam, p->nparams + 1);
  p->ntests = o->skip_tests ? 0 : ck.tests.n;   p->tests = ZAN_NEWN(IrTest, p->ntests + 1);
  for (int i = 0; i < p->nrules; i++) { p->rules[i].output = -1; p->rules[i].base = -1; p->rules[i].all_of = -1; }
  check_types(&ck);
  check_rules(&ck);
  /* assembled even after errors (the Program is then dropped): its loops need no guards */
  assemble_program(&ck);
  p->library = ck.policy == NULL;
  return diags_has_errors(d) || ck.after_syntax_errors ? NULL : p;
}

Program *check_files(File **files, int n, Diags *d) {
  CheckModule *mods = ZAN_NEWN(CheckModule, n);
  for (int i = 0; i < n; i++) {
    const Source *src = files[i]->src;
    mods[i].file = files[i];
    mods[i].name = source_stem(src && src->path ? src->path : "");
  }
  for (int i = 0; i < n; i++) {
    File *f = files[i];
    mods[i].nimports = f->nimports;
    mods[i].imports = ZAN_NEWN(int, f->nimports);
    for (int k = 0; k < f->nimports; k++) {
      const char *want = f->imports[k].text ? f->imports[k].text : "";
      if (strncmp(want, "std.", 4) == 0) want += 4;
      mods[i].imports[k] = -1;
      for (int j = 0; j < n; j++) if (strcmp(mods[j].name, want) == 0) mods[i].imports[k] = j;
      if (mods[i].imports[k] < 0 && f->imports[k].text)
        diag_report(d, DIAG_ERROR, f->imports[k].loc, E_NO_MODULE, f->imports[k].text, zan_sprintf("%s.zan", want));
    }
  }
  return check_program(mods, n, NULL, d);
}
