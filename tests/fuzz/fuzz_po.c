/* fuzz_po.c — libFuzzer harness: arbitrary bytes as a gettext PO file (`zan i18n import`):
 * po_parse, the header's fields, and a round trip: every entry it read, written back by
 * po_write_entry and read again, gives the same context, strings and fuzzy flag (else abort). */
#include "fuzz_common.h"
#include "lang/author/po.h"

int LLVMFuzzerInitialize(int *argc, char ***argv) {
  (void)argc; (void)argv;
  fuzz_setup();
  fuzz_begin();
  return 0;
}

static bool same_str(const char *a, const char *b) { return (!a && !b) || (a && b && strcmp(a, b) == 0); }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size > FUZZ_MAX_INPUT) return 0;
  Source *src = source_from_string("fuzz.po", (const char *)data, size);
  Diags d;
  diags_init(&d, LANG_EN);
  PoFile *po = po_parse(src, &d);
  diags_print(&d, fuzz_null, false);
  if (po) {
    Buf b;
    buf_init(&b);
    int kept = 0;
    for (int i = 0; i < po->n; i++) {
      const PoEntry *e = &po->entries[i];
      if (!*e->id && !e->ctxt) (void)po_header_field(e->str, "Language");
      if (e->obsolete || e->plural) continue;   /* the writer makes neither */
      po_write_entry(&b, e);
      kept++;
    }
    Source *again = source_from_string("again.po", b.data ? b.data : "", b.len);
    Diags d2;
    diags_init(&d2, LANG_EN);
    PoFile *po2 = po_parse(again, &d2);
    if (!po2 || po2->n != kept) {
      diags_print(&d2, stderr, false);
      fprintf(stderr, "fuzz_po: %d entries written, %d read back\n", kept, po2 ? po2->n : -1);
      abort();
    }
    for (int i = 0, k = 0; i < po->n; i++) {
      const PoEntry *e = &po->entries[i];
      if (e->obsolete || e->plural) continue;
      const PoEntry *f = &po2->entries[k++];
      if (!same_str(e->ctxt, f->ctxt) || !same_str(e->id, f->id) || !same_str(e->str, f->str) || e->fuzzy != f->fuzzy) {
        fprintf(stderr, "fuzz_po: entry %d differs after the round trip\n", i);
        abort();
      }
    }
  }
  fuzz_end();
  return 0;
}
