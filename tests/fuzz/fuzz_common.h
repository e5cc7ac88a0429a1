/* fuzz_common.h — what the libFuzzer harnesses (tests/fuzz/fuzz_*.c) share: start-up (fixed
 * "today", diagnostics printed to /dev/null), the bundled law loaded once, slots filled by type,
 * and one Result evaluated and rendered every way the CLI can (JSON/text, four languages).
 * Built two ways (docs/fuzzing.md): with clang -fsanitize=fuzzer for `make fuzz`, and with the
 * plain compiler plus driver.c for `make fuzz-regress` (each corpus file run once). */
#ifndef ZAN_FUZZ_COMMON_H
#define ZAN_FUZZ_COMMON_H
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "lang/base/alloc.h"
#include "lang/base/buf.h"
#include "lang/base/diag.h"
#include "lang/base/decimal.h"
#include "lang/base/source.h"
#include "lang/load.h"
#include "lang/types.h"
#include "lang/value.h"
#include "interp/eval.h"
#include "interp/facts.h"
#include "interp/render.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Inputs larger than this are skipped: big inputs only slow the search down (a deep-nesting
 * input needs far less), and the regress run stays quick. */
#define FUZZ_MAX_INPUT (256 * 1024)
#define FUZZ_UNUSED __attribute__((unused))   /* not every harness uses every helper */

/* The evaluation budget per run: an exponential policy stops with E_EVAL_TOO_LONG well within
 * libFuzzer's -timeout (the CLI's own budget, EVAL_MAX_STEPS, takes seconds). */
#define FUZZ_EVAL_STEPS 2000000ull

/* The fixed "today" of every run (2026-03-01, the date the test suites use): the library
 * takes the date from its caller (interp/eval.h eval_pick_as_of). */
#define FUZZ_TODAY ((ZDate)20513)

static FILE *fuzz_null;   /* diagnostics are printed (that code runs) but not shown */

/* The fixed evaluation date and the sink for diagnostics; call first in LLVMFuzzerInitialize. */
FUZZ_UNUSED static void fuzz_setup(void) {
  zan_gc_setup();
  fuzz_null = fopen("/dev/null", "w");
  if (!fuzz_null) fuzz_null = stderr;
}

/* After the one-time set-up: every block allocated from here on is freed per input. */
FUZZ_UNUSED static void fuzz_begin(void) {
#ifdef ZAN_FUZZ
  zan_fuzz_begin();
#endif
}
FUZZ_UNUSED static void fuzz_end(void) {
#ifdef ZAN_FUZZ
  zan_fuzz_reset();
#endif
}

/* The source tree: $ZAN_SOURCE_ROOT, else the one the harness was built in, else ".". */
FUZZ_UNUSED static const char *fuzz_root(void) {
  const char *r = getenv("ZAN_SOURCE_ROOT");
  if (r && *r) return r;
#ifdef ZAN_SOURCE_ROOT
  return ZAN_SOURCE_ROOT;
#else
  return ".";
#endif
}

/* The bundled law, loaded once; exits when it does not load (nothing to fuzz then). */
FUZZ_UNUSED static Program *fuzz_load_law(void) {
  Diags d;
  diags_init(&d, LANG_EN);
  LoadOptions o = { .exe_dir = NULL, .source_root = fuzz_root(), .library_ok = false };
  const char *spec = zan_sprintf("%s/policies/kz-ai-law", fuzz_root());
  Program *p = load_policy(spec, &o, &d);
  if (!p) {
    diags_print(&d, stderr, false);
    fprintf(stderr, "fuzz: cannot load %s (set ZAN_SOURCE_ROOT to the source tree)\n", spec);
    exit(1);
  }
  return p;
}

/* A Source over a copy of the input (NUL-terminated, as source_read_file gives). */
FUZZ_UNUSED static Source *fuzz_source(const char *path, const uint8_t *data, size_t size) {
  char *text = zan_alloc_atomic(size + 1);
  if (size) memcpy(text, data, size);
  return source_from_string(path, text, size);
}

/* Evaluates (with the trace) and renders the result every way: JSON with --explain, compact and
 * pretty, and the text report, in kk, kk-Latn, ru and en. A run-time error is an answer too. */
FUZZ_UNUSED static void fuzz_eval_render(const Program *p, const Val *slots) {
  ZDate as_of = eval_pick_as_of(p, slots, NULL, FUZZ_TODAY);
  Result *r = eval_program_limited(p, slots, as_of, EVAL_TRACE, LANG_EN, FUZZ_EVAL_STEPS);
  if (!r || r->error) return;   /* the CLI prints the error and renders nothing */
  for (int l = 0; l < LANG__COUNT; l++) {
    RenderOptions o = { (l & 1) != 0, true, (Lang)l, NULL };
    Buf out;
    buf_init(&out);
    render_json(p, slots, r, &o, &out);
    buf_clear(&out);
    render_text(p, slots, r, &o, &out);
  }
  RenderOptions plain = { false, false, LANG_EN, NULL };
  Buf out;
  buf_init(&out);
  render_json(p, slots, r, &plain, &out);
}

/* A value of type t, one of several fixed variants: 0 ordinary, 1 zero/empty/first,
 * 2 extremes (INT64_MAX, year 9999, last member, long durations), 3 negative/small. */
FUZZ_UNUSED static Val fuzz_value(const Type *t, int variant, int depth) {
  if (!t || depth > 4) return val_unknown();
  switch (t->kind) {
  case T_BOOL: return val_bool(variant != 1);
  case T_INT:
    return val_int(variant == 0 ? 3 : variant == 1 ? 0 : variant == 2 ? INT64_MAX : INT64_MIN);
  case T_DEC: {
    static const char *const decs[] = { "2.5", "0", "99999999999999999999.999999", "-0.000001" };
    ZDecimal *d = dec_parse(decs[variant & 3], strlen(decs[variant & 3]), false, NULL);
    return d ? val_dec(d) : val_unknown();
  }
  case T_TEXT: {
    static const char *const texts[] = { "Акционерное общество", "", "x\"y\\z\n\t<&>", "ә" };
    return val_text(texts[variant & 3], (uint32_t)strlen(texts[variant & 3]));
  }
  case T_DATE: {
    static const int ymd[4][3] = { { 2026, 1, 18 }, { 1970, 1, 1 }, { 9999, 12, 31 }, { 1, 1, 1 } };
    return val_date(date_from_ymd(ymd[variant & 3][0], ymd[variant & 3][1], ymd[variant & 3][2]));
  }
  case T_DUR: {
    ZDuration d = { variant == 2 ? 9000 : variant == 3 ? -1 : 0, variant == 0 ? 6 : 0, variant == 2 ? 1000000 : 1 };
    return val_dur(d);
  }
  case T_ENUM:
    if (!t->as.en || t->as.en->n <= 0) return val_unknown();
    return val_enum(variant == 2 ? t->as.en->n - 1 : variant == 0 ? t->as.en->n / 2 : 0);
  case T_SET: case T_LIST: {
    uint32_t n = variant == 1 ? 0 : variant == 2 ? 3 : 1;
    Val *items = zan_alloc(sizeof(Val) * (n ? n : 1));
    for (uint32_t i = 0; i < n; i++) items[i] = fuzz_value(t->as.elem, (variant + (int)i) & 3, depth + 1);
    for (uint32_t i = 0; i < n; i++) if (items[i].kind == V_UNKNOWN) return val_unknown();
    if (t->kind == T_SET) return val_set(valset_make(items, n));
    ValList *l = zan_alloc(sizeof(ValList));
    l->n = n;
    l->items = items;
    return val_list(l);
  }
  case T_RECORD: {
    if (!t->as.rec) return val_unknown();
    ValRec *r = zan_alloc(sizeof(ValRec));
    r->n = (uint32_t)t->as.rec->n;
    r->fields = zan_alloc(sizeof(Val) * (r->n ? r->n : 1));
    for (uint32_t i = 0; i < r->n; i++) r->fields[i] = fuzz_value(t->as.rec->fields[i].type, variant, depth + 1);
    return val_rec(r);
  }
  default: return val_unknown();
  }
}

/* Slots all unknown (variant < 0) or filled with fuzz_value(variant); every third slot is left
 * unknown in variant 3 so partial knowledge is exercised too. */
FUZZ_UNUSED static Val *fuzz_slots(const Program *p, int variant) {
  Val *slots = ZAN_NEWN(Val, p->nslots);
  for (int i = 0; i < p->nslots; i++) {
    const IrFact *f = p->slots[i];
    slots[i] = variant < 0 || (variant == 3 && i % 3 == 0) || !f ? val_unknown() : fuzz_value(f->type, variant, 0);
  }
  return slots;
}

/* The body of the two fact-reader harnesses (JSON and YAML differ only in the format):
 * the bytes are read into the bundled law's slots (facts_read), then printed back
 * canonically (facts_canonical, compact and pretty). */
FUZZ_UNUSED static Program *facts_law;
FUZZ_UNUSED static Val     *facts_slots;

FUZZ_UNUSED static void fuzz_facts_init(void) {
  fuzz_setup();
  facts_law = fuzz_load_law();
  facts_slots = zan_alloc(sizeof(Val) * (size_t)(facts_law->nslots ? facts_law->nslots : 1));
  fuzz_begin();
}

FUZZ_UNUSED static int fuzz_facts_one(const uint8_t *data, size_t size, FactFormat fmt) {
  if (size > FUZZ_MAX_INPUT) return -1;
  Source *src = fuzz_source(fmt == FMT_YAML ? "fuzz.yaml" : "fuzz.json", data, size);
  Diags d;
  diags_init(&d, LANG_EN);
  facts_read(facts_law, src, fmt, facts_slots, &d);
  diags_print(&d, fuzz_null, false);
  for (int pretty = 0; pretty < 2; pretty++) {
    Diags d2;
    diags_init(&d2, LANG_RU);
    Buf out;
    buf_init(&out);
    facts_canonical(src, fmt, pretty, &out, &d2);
    diags_print(&d2, fuzz_null, true);
  }
  fuzz_end();
  return 0;
}

#endif
