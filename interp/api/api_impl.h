/* api_impl.h — what the files of the C API (include/zan.h) share: the handles' layouts and the
 * entry step every call that allocates takes first. Nobody outside interp/api includes it. */
#ifndef ZAN_API_IMPL_H
#define ZAN_API_IMPL_H
#define ZAN_BUILDING_LIBRARY 1
#include "../../include/zan.h"
#include <stdbool.h>
#include "../../lang/ir.h"
#include "../../lang/base/buf.h"
#include "../../lang/base/date.h"
#include "../../lang/base/diag.h"
#include "../eval.h"
#include "../receipt.h"

/* Handles are blocks the collector scans but never frees (zan_alloc_root): the caller keeps
 * them where the collector does not look (its own malloc'd memory, a Python object), so what
 * they point to must be kept alive through them. zan_*_free releases them. */

typedef struct ApiDiag {
  zan_severity sev;
  const char  *file, *path, *message, *code;
  int          line, col;
} ApiDiag;

struct zan_diags {
  int      n, nerrors;
  ApiDiag *items;
  const char *text;        /* as the command prints them */
};

struct zan_policy {
  const Program *p;
  Receipt        receipt;  /* policy_sha256 and the slots' canonical order, once per policy;
                              each context copies it with a canon buffer of its own */
};

struct zan_facts {
  const zan_policy *pol;
  const Source     *src;   /* the copied JSON: text values in slots point into it */
  Val              *slots;
};

struct zan_ctx {
  const zan_policy *pol;
  Lang        lang;
  bool        has_as_of, has_today;
  ZDate       as_of, today;
  char       *text;        /* the record of zan_eval_json, copied (NUL-terminated) */
  size_t      cap;
  Source      src;         /* over text */
  Val        *slots;       /* zan_eval_json's */
  const Val  *cur;         /* the slots of the last result: slots, or a zan_facts' */
  Result     *result;      /* reused by each evaluation; valid when ok */
  bool        ok;
  bool        traced;      /* the result has its trace (text reports, explanations) */
  ZDate       used_as_of;
  char        as_of_text[11];
  Receipt     receipt;
  Buf         out;         /* the last rendering or value */
  zan_diags   diags;       /* of the last evaluation */
};

/* First step of every call that allocates: sets the collector up once per process and
 * registers the calling thread with it (once per thread). */
void api_enter(void);
/* The language of a tag, LANG_EN for NULL; false when unknown. */
bool api_lang(const char *tag, Lang *out);
/* Fills out from d (entries in report order, notes after their entry, and the printed text). */
void api_diags_from(zan_diags *out, const Diags *d);
#endif
