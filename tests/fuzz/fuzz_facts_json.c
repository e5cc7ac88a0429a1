/* fuzz_facts_json.c — libFuzzer harness: arbitrary bytes as a JSON fact file, read into the
 * bundled law's slots (facts_read) and printed back canonically (facts_canonical, compact and pretty). */
#include "fuzz_common.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  fuzz_facts_init();
  return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  return fuzz_facts_one(data, size, FMT_JSON);
}
