/* fuzz_policy.c — libFuzzer harness: arbitrary bytes as one .zan module: lexer and parser
 * (parse_file), checker and lowering (check_files); a policy that lowers is evaluated and
 * rendered on all-unknown facts and on fixed fact sets made from its own fact types, and its
 * test blocks are run. */
#include "fuzz_common.h"
#include "lang/parse.h"
#include "lang/check.h"
#include "interp/testrun.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  fuzz_setup();
  Program *law = fuzz_load_law();   /* warms up the lazy tables, as the other harnesses do */
  fuzz_eval_render(law, fuzz_slots(law, -1));
  fuzz_begin();
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > FUZZ_MAX_INPUT) return -1;
  Source *src = fuzz_source("fuzz.zan", data, size);
  Diags d;
  diags_init(&d, LANG_EN);
  File *f = parse_file(src, &d);
  /* checked even after syntax errors, as load_policy does (the checker then stays quiet about
   * what may echo the lost text) */
  Program *p = f ? check_files(&f, 1, &d) : NULL;
  diags_print(&d, fuzz_null, false);
  if (p && !p->library) {
    for (int variant = -1; variant < 4; variant++) fuzz_eval_render(p, fuzz_slots(p, variant));
    TestRunOptions o = { LANG_RU, "/nonexistent/zan-fuzz-no-cases", FUZZ_EVAL_STEPS, FUZZ_TODAY };
    testrun_policy(p, &o);
  }
  fuzz_end();
  return 0;
}
