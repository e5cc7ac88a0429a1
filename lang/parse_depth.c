/* parse_depth.c — the nesting limit of a parsed module (PARSE_MAX_DEPTH): expressions, types
 * and fact groups nested deeper are an error here, so the checker, lowering and evaluator
 * (all recursive) never see a tree that could overflow the C stack. Iterative: no recursion. */
#include "parse.h"
#include "base/alloc.h"

/* One pending place in the tree: the pointer that holds the node (cut there when too deep). */
typedef struct DepthItem { Node **slot; int depth; } DepthItem;
typedef struct DepthWalk { DepthItem *items; int n, cap; } DepthWalk;

static void walk_push(DepthWalk *w, Node **slot, int depth) {
  if (!slot || !*slot) return;
  ZAN_PUSH(w->items, w->n, w->cap, 256, ((DepthItem){ slot, depth }));
}

static void walk_list(DepthWalk *w, NodeList *l, int depth) {
  for (int i = 0; i < l->n; i++) walk_push(w, &l->items[i], depth);
}

/* Pushes the children of n (expressions, types, nested facts) at depth + 1. */
static void walk_children(DepthWalk *w, Node *n, int depth) {
  int d = depth + 1;
  switch (n->kind) {
  case N_POLICY:    walk_push(w, &n->as.policy.subject, d); walk_push(w, &n->as.policy.as_of, d); break;
  case N_TYPEDEF:   walk_push(w, &n->as.typedef_.type, d); break;
  case N_FACT:      walk_push(w, &n->as.fact.type, d); walk_list(w, &n->as.fact.children, d); break;
  case N_OUTPUT:    walk_push(w, &n->as.output.type, d); walk_push(w, &n->as.output.dflt, d); break;
  case N_RULE:      walk_push(w, &n->as.rule.when, d); walk_push(w, &n->as.rule.value, d); break;
  case N_FN:        walk_list(w, &n->as.fn.params, d); walk_push(w, &n->as.fn.ret, d);
                    walk_push(w, &n->as.fn.body, d); break;
  case N_CONST:     walk_push(w, &n->as.cnst.type, d); walk_push(w, &n->as.cnst.value, d); break;
  case N_PARAMETER: walk_push(w, &n->as.param.type, d);
                    for (int i = 0; i < n->as.param.n; i++) walk_push(w, &n->as.param.values[i], d);
                    break;
  case N_TEST:      walk_list(w, &n->as.test.given_paths, d); walk_list(w, &n->as.test.given_values, d);
                    walk_list(w, &n->as.test.expects, d);
                    for (int i = 0; i < n->as.test.expects.n; i++) walk_push(w, &n->as.test.expect_arg[i], d);
                    break;
  case N_TYPE_SET: case N_TYPE_LIST: walk_push(w, &n->as.telem.elem, d); break;
  case N_TYPE_RECORD: walk_list(w, &n->as.trec.fields, d); break;
  case N_FIELD:     walk_push(w, &n->as.field.type, d); break;
  case N_FIELD_ACCESS: walk_push(w, &n->as.access.expr, d); break;
  case N_CALL:      walk_push(w, &n->as.call.callee, d); walk_list(w, &n->as.call.args, d); break;
  case N_UNARY:     walk_push(w, &n->as.unary.e, d); break;
  case N_BINARY:    walk_push(w, &n->as.binary.l, d); walk_push(w, &n->as.binary.r, d); break;
  case N_IF:        walk_push(w, &n->as.ifx.cond, d); walk_push(w, &n->as.ifx.then_, d);
                    walk_push(w, &n->as.ifx.else_, d); break;
  case N_MATCH:     walk_push(w, &n->as.match.scrutinee, d); walk_list(w, &n->as.match.arms, d); break;
  case N_ARM:       walk_push(w, &n->as.arm.body, d); break;
  case N_QUANT:     walk_push(w, &n->as.quant.coll, d); walk_push(w, &n->as.quant.body, d); break;
  case N_SET_LIT: case N_LIST_LIT: walk_list(w, &n->as.items, d); break;
  default: break;   /* literals, names, articles, enums: no nested nodes */
  }
}

int parse_limit_depth(File *f, Diags *d) {
  DepthWalk w = { NULL, 0, 0 };
  int cut = 0;
  for (int i = 0; i < f->decls.n; i++) {
    bool reported = false;   /* one error per declaration */
    w.n = 0;
    walk_push(&w, &f->decls.items[i], 0);
    while (w.n) {
      DepthItem it = w.items[--w.n];
      Node *n = *it.slot;
      if (it.depth > PARSE_MAX_DEPTH) {
        if (!reported) diag_report(d, DIAG_ERROR, n->loc, E_PARSE_NESTED_TOO_DEEP, PARSE_MAX_DEPTH);
        reported = true;
        *it.slot = ast_error(n->loc);   /* later passes see a shallow tree */
        cut++;
        continue;
      }
      walk_children(&w, n, it.depth);
    }
  }
  return cut;
}
