/* fuzz_facts_yaml.c — libFuzzer harness: arbitrary bytes as a YAML fact file, read into the
 * bundled law's slots (facts_read) and printed back canonically (facts_canonical, compact and pretty). */
#include "fuzz_common.h"

static Program *law;
static Val     *slots;

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  fuzz_setup();
  law = fuzz_load_law();
  slots = zan_alloc(sizeof(Val) * (size_t)(law->nslots ? law->nslots : 1));
  fuzz_begin();
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > FUZZ_MAX_INPUT) return -1;
  Source *src = fuzz_source("fuzz.yaml", data, size);
  Diags d;
  diags_init(&d, LANG_EN);
  facts_read(law, src, FMT_YAML, slots, &d);
  diags_print(&d, fuzz_null, false);
  for (int pretty = 0; pretty < 2; pretty++) {
    Diags d2;
    diags_init(&d2, LANG_RU);
    Buf out;
    buf_init(&out);
    facts_canonical(src, FMT_YAML, pretty, &out, &d2);
    diags_print(&d2, fuzz_null, true);
  }
  fuzz_end();
  return 0;
}
