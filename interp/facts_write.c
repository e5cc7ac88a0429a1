/* facts_write.c — fact slots back to a JSON or YAML fact file, by the policy's fact schema
 * (IrFact tree): known leaves only, in declaration order, values as `zan eval` reads them. */
#include <string.h>
#include "facts_write.h"
#include "../lang/base/alloc.h"

/* Whether anything under f is known. */
static bool has_known(const IrFact *f, const Val *slots) {
  if (f->slot >= 0) return slots[f->slot].kind != V_UNKNOWN;
  for (int i = 0; i < f->n; i++) if (has_known(f->children[i], slots)) return true;
  return false;
}

static void indent(Buf *out, int depth) { for (int i = 0; i < depth; i++) buf_puts(out, "  "); }

static void write_json(const IrFact *g, const Val *slots, int depth, Buf *out) {
  buf_puts(out, "{");
  bool first = true;
  for (int i = 0; i < g->n; i++) {
    const IrFact *f = g->children[i];
    if (!has_known(f, slots)) continue;
    buf_puts(out, first ? "\n" : ",\n");
    first = false;
    indent(out, depth + 1);
    buf_json_string(out, f->key, strlen(f->key));
    buf_puts(out, ": ");
    if (f->slot >= 0) val_to_json(slots[f->slot], f->type, out);
    else write_json(f, slots, depth + 1, out);
  }
  if (!first) { buf_push(out, '\n'); indent(out, depth); }
  buf_push(out, '}');
}

/* A key YAML reads plainly (letters, digits, '_', not starting with a digit) is written bare. */
static void yaml_key(Buf *out, const char *k) {
  bool plain = (k[0] >= 'a' && k[0] <= 'z') || (k[0] >= 'A' && k[0] <= 'Z') || k[0] == '_';
  for (const char *c = k; *c && plain; c++)
    plain = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9') || *c == '_';
  if (plain && strcmp(k, "true") && strcmp(k, "false") && strcmp(k, "null") && strcmp(k, "yes") && strcmp(k, "no")
      && strcmp(k, "on") && strcmp(k, "off") && strcmp(k, "y") && strcmp(k, "n")) buf_puts(out, k);
  else buf_json_string(out, k, strlen(k));
}

static void write_yaml(const IrFact *g, const Val *slots, int depth, Buf *out) {
  for (int i = 0; i < g->n; i++) {
    const IrFact *f = g->children[i];
    if (!has_known(f, slots)) continue;
    indent(out, depth);
    yaml_key(out, f->key);
    buf_push(out, ':');
    if (f->slot >= 0) {
      buf_push(out, ' ');
      val_to_json(slots[f->slot], f->type, out);
      buf_push(out, '\n');
    } else {
      buf_push(out, '\n');
      write_yaml(f, slots, depth + 1, out);
    }
  }
}

void facts_write(const Program *p, const Val *slots, FactFormat fmt, Buf *out) {
  if (fmt == FMT_YAML) {
    if (has_known(p->facts, slots)) write_yaml(p->facts, slots, 0, out);
    else buf_puts(out, "{}\n");
    return;
  }
  write_json(p->facts, slots, 0, out);
  buf_push(out, '\n');
}
