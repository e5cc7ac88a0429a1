/* check_unmet.c — the `unmet when F intersects FN` clause of an output (the obligations ->
 * findings link a text report prints as a checklist): names resolved, types checked. */
#include <string.h>
#include "check.h"
#include "check_elab.h"

static bool is_enum_set(const Type *t) {
  return t && t->kind == T_SET && t->as.elem && t->as.elem->kind == T_ENUM;
}

/* The output a name in the clause stands for, -1 when it is none (reported). */
static int clause_output(Checker *ck, const Sym *owner, Name n) {
  bool amb;
  Sym *s = check_lookup(ck, owner->module, n.text, n.loc, &amb);
  if (amb) return -1;
  if (!s) {
    check_unknown_name(ck, owner->module, n.text, 1u << SYM_OUTPUT, n.loc, E_UNKNOWN_OUTPUT,
                       E_UNKNOWN_OUTPUT_HINT);
    return -1;
  }
  if (s->kind != SYM_OUTPUT) {
    diag_report(ck->d, DIAG_ERROR, n.loc, E_UNMET_NOT_OUTPUT, n.text, owner->name);
    return -1;
  }
  return s->index;
}

/* `unmet when F intersects FN` on output `owner` (a set of E): F another output, a set of G;
 * FN a function (E) : set of G. Sets the IrOutput's indices; assemble.c makes unmet_by. */
static void check_one(Checker *ck, const Sym *owner, IrOutput *o) {
  const Node *d = owner->decl;
  Name fname = d->as.output.unmet_findings, fnname = d->as.output.unmet_fn;
  if (!fname.text || !fnname.text) return;              /* a syntax error, reported */
  bool ok = true;
  if (!is_enum_set(o->type)) {
    if (!is_err(o->type))
      diag_report(ck->d, DIAG_ERROR, d->as.output.unmet_loc, E_UNMET_NOT_SET, owner->name,
                  type_name(o->type));
    ok = false;
  }
  int f = clause_output(ck, owner, fname);
  const Type *ft = f >= 0 ? ck->prog->outputs[f].type : &type_error;
  if (f == owner->index) {
    diag_report(ck->d, DIAG_ERROR, fname.loc, E_UNMET_SELF, owner->name);
    f = -1;
  } else if (f >= 0 && !is_enum_set(ft)) {
    if (!is_err(ft))
      diag_report(ck->d, DIAG_ERROR, fname.loc, E_UNMET_NOT_SET, fname.text, type_name(ft));
    f = -1;
  }
  bool amb;
  Sym *fs = check_lookup(ck, owner->module, fnname.text, fnname.loc, &amb);
  if (amb) return;
  if (!fs) {
    check_unknown_name(ck, owner->module, fnname.text, 1u << SYM_FN, fnname.loc, E_UNKNOWN_FN,
                       E_UNKNOWN_FN_HINT);
    return;
  }
  if (fs->kind != SYM_FN) {
    diag_report(ck->d, DIAG_ERROR, fnname.loc, E_UNMET_NOT_FN, fnname.text, owner->name,
                f >= 0 ? fname.text : "?");
    return;
  }
  if (!ok || f < 0) return;
  const IrFunc *fn = &ck->prog->funcs[fs->index];
  const Type *want_param = o->type->as.elem;
  bool fits = fn->nparams == 1 && type_equal(fn->param_types[0], want_param) &&
              type_equal(fn->ret, ft);
  if (!fits) {
    Buf params; buf_init(&params);
    for (int i = 0; i < fn->nparams; i++) {
      if (i) buf_puts(&params, ", ");
      buf_puts(&params, type_name(fn->param_types[i]));
    }
    diag_report(ck->d, DIAG_ERROR, fnname.loc, E_UNMET_FN_TYPE, fnname.text, type_name(want_param),
                type_name(ft), buf_cstr(&params), type_name(fn->ret));
    return;
  }
  o->unmet_findings = f;
  o->unmet_fn = fs->index;
}

void check_unmet(Checker *ck) {
  for (int i = 0; i < ck->out_syms.n; i++) {
    const Sym *s = ck->out_syms.items[i];
    IrOutput *o = &ck->prog->outputs[i];
    o->unmet_findings = o->unmet_fn = -1;
    if (s->decl && s->decl->as.output.unmet_loc.src) check_one(ck, s, o);
  }
}
