/* facts_write.h — writing fact slots back as a fact file (JSON or YAML) by the policy's fact
 * schema: known leaves only, groups nested as declared; what `zan ask` saves. */
#ifndef ZAN_FACTS_WRITE_H
#define ZAN_FACTS_WRITE_H
#include "facts.h"

/* The known facts of slots as a document in fmt: JSON with 2-space indentation, or block YAML
 * whose values are written as JSON scalars and flow sequences (valid YAML). Unknown facts and
 * groups with nothing known are left out. Ends with a newline. */
void facts_write(const Program *p, const Val *slots, FactFormat fmt, Buf *out);
#endif
