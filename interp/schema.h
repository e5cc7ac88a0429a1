/* schema.h — `zan schema POLICY`: the JSON Schema (draft 2020-12) of the fact file a policy
 * reads, with the facts' labels and questions in kk, ru and en. */
#ifndef ZAN_SCHEMA_H
#define ZAN_SCHEMA_H
#include "../lang/ir.h"
#include "../lang/base/buf.h"

/* Appends the schema, pretty-printed (2 spaces, no trailing newline), to out. Every property
 * may be null (= unknown); additionalProperties is true (unknown fields are only warnings). */
void schema_json(const Program *p, Buf *out);
#endif
