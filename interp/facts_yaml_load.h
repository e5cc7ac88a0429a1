/* facts_yaml_load.h — loading one YAML document in linear time, merge keys applied (for the
 * YAML fact reader, facts_yaml.c; not for other modules). */
#ifndef ZAN_FACTS_YAML_LOAD_H
#define ZAN_FACTS_YAML_LOAD_H
#include <stdbool.h>
#include <yaml.h>

/* What stopped a load that was otherwise well-formed: a `<<` whose value is not a mapping or
 * a sequence of mappings (merge_node, that value's node id), or merges past the budget. */
typedef struct YamlLoadProblem { int merge_node; bool merge_budget; } YamlLoadProblem;

/* yaml_parser_load's contract (1 with the next document, or an empty one at the stream's end;
 * 0 with ps->error, problem and problem_mark set), in time linear in the input; merge keys
 * applied, at most max_merged pairs added by them. On a merge problem it returns 1 with *why
 * set and the document as far as it was built (the caller reports and deletes it). */
int yaml_load_linear(yaml_parser_t *ps, yaml_document_t *doc, long max_merged, YamlLoadProblem *why);
#endif
