/* check.c — the checker's driver: runs names, types, rules and lowering over the modules of
 * one policy and returns the Program, or NULL when any error was reported. */
#include <string.h>
#include "check.h"
#include "base/alloc.h"

Program *check_and_lower(CheckModule *mods, int n, const char *dir, Diags *d) {
  return check_and_lower_ex(mods, n, dir, false, d);
}

Program *check_and_lower_ex(CheckModule *mods, int n, const char *dir, bool library_ok, Diags *d) {
  Checker ck;
  memset(&ck, 0, sizeof ck);
  ck.d = d; ck.mods = mods; ck.nmods = n; ck.library_ok = library_ok;
  Program *p = ck.prog = ZAN_NEW(Program);
  p->dir = dir;
  p->subject_slot = p->as_of_slot = -1;
  check_names(&ck);
  p->noutputs = ck.out_syms.n;   p->outputs = ZAN_NEWN(IrOutput, p->noutputs + 1);
  p->nrules = ck.rule_syms.n;    p->rules = ZAN_NEWN(IrRule, p->nrules + 1);
  p->nfuncs = ck.fn_syms.n;      p->funcs = ZAN_NEWN(IrFunc, p->nfuncs + 1);
  p->nparams = ck.param_syms.n;  p->params = ZAN_NEWN(IrParam, p->nparams + 1);
  p->ntests = ck.tests.n;        p->tests = ZAN_NEWN(IrTest, p->ntests + 1);
  for (int i = 0; i < p->nrules; i++) { p->rules[i].output = -1; p->rules[i].base = -1; }
  check_types(&ck);
  check_rules(&ck);
  lower_program(&ck);
  p->library = ck.policy == NULL;
  return diags_has_errors(d) ? NULL : p;
}

static const char *file_stem(const File *f) {
  const char *path = f->src && f->src->path ? f->src->path : "";
  const char *b = strrchr(path, '/');
  b = b ? b + 1 : path;
  const char *dot = strrchr(b, '.');
  return dot ? zan_strndup(b, (size_t)(dot - b)) : b;
}

Program *check_files(File **files, int n, Diags *d) {
  CheckModule *mods = ZAN_NEWN(CheckModule, n > 0 ? n : 1);
  for (int i = 0; i < n; i++) { mods[i].file = files[i]; mods[i].name = file_stem(files[i]); }
  for (int i = 0; i < n; i++) {
    File *f = files[i];
    mods[i].nimports = f->nimports;
    mods[i].imports = ZAN_NEWN(int, f->nimports > 0 ? f->nimports : 1);
    for (int k = 0; k < f->nimports; k++) {
      const char *want = f->imports[k].text ? f->imports[k].text : "";
      if (strncmp(want, "std.", 4) == 0) want += 4;
      mods[i].imports[k] = -1;
      for (int j = 0; j < n; j++) if (strcmp(mods[j].name, want) == 0) mods[i].imports[k] = j;
      if (mods[i].imports[k] < 0 && f->imports[k].text)
        diag_report(d, DIAG_ERROR, f->imports[k].loc, E_NO_MODULE, f->imports[k].text, zan_sprintf("%s.zan", want));
    }
  }
  return check_and_lower(mods, n, NULL, d);
}
