/* fuzz_eval.c — libFuzzer harness: the bundled law's Program (loaded once) on a fuzzed JSON fact
 * file: facts_read, then eval_program with the trace and every renderer (--explain, 4 languages). */
#include "fuzz_common.h"

static Program *law;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  fuzz_setup();
  law = fuzz_load_law();
  /* one run before tracking starts: lazily built read-only tables (pthread_once) stay alive */
  fuzz_eval_render(law, fuzz_slots(law, -1));
  fuzz_begin();
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > FUZZ_MAX_INPUT) return -1;
  Source *src = fuzz_source("fuzz.json", data, size);
  Val *slots = fuzz_slots(law, -1);
  Diags d;
  diags_init(&d, LANG_KK);
  bool ok = facts_read(law, src, FMT_JSON, slots, &d);
  diags_print(&d, fuzz_null, false);
  if (ok) fuzz_eval_render(law, slots);
  fuzz_end();
  return 0;
}
