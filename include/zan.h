/* zan.h — the zan library's public API (the only header `make install` installs): load a
 * policy, evaluate fact records against it, read and render the decisions. Stable: functions
 * are added, never changed or removed, within soname libzan.so.0 (docs/library.md).
 *
 * Threads: a loaded zan_policy is immutable and may be shared by any number of threads; a
 * zan_ctx holds one evaluation's state and belongs to one thread at a time (make one per
 * thread). A zan_facts is read-only once parsed and may be shared too. No global state, no
 * lock on the evaluation path. Any thread may call in: the library registers it with its
 * garbage collector on its first call and unregisters it when the thread ends.
 *
 * Strings the library returns belong to the object they came from and stay valid until that
 * object is freed or, for results, until the next evaluation on the same context. */
#ifndef ZAN_H
#define ZAN_H
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(__GNUC__) && defined(ZAN_BUILDING_LIBRARY)
#define ZAN_API __attribute__((visibility("default")))
#else
#define ZAN_API
#endif

#define ZAN_VERSION_STRING "0.1.0"

/* Statuses: the exit codes of the `zan` command (docs/cli.md), so a caller can pass one on. */
typedef enum zan_status {
  ZAN_OK            = 0,
  ZAN_ERR_USAGE     = 2,   /* a bad argument: NULL where a value is needed, an unknown language,
                              a malformed date, a facts object of another policy */
  ZAN_ERR_FACTS     = 3,   /* the facts are not valid JSON or do not fit the policy's schema */
  ZAN_ERR_POLICY    = 4,   /* the policy could not be found or has errors */
  ZAN_ERR_RUNTIME   = 5    /* evaluation stopped: a conflict between rules, an overflow, a
                              parameter asked for before its first date */
} zan_status;

typedef enum zan_severity { ZAN_ERROR = 0, ZAN_WARNING = 1, ZAN_NOTE = 2 } zan_severity;

typedef struct zan_policy zan_policy;   /* a loaded, checked policy; immutable */
typedef struct zan_ctx    zan_ctx;      /* one thread's evaluation state and last result */
typedef struct zan_facts  zan_facts;    /* a fact record parsed once, evaluated many times */
typedef struct zan_diags  zan_diags;    /* diagnostics: errors, warnings and their notes */

/* "0.1.0": the version of the library (and of `zan --version`). */
ZAN_API const char *zan_version(void);

/* ---- policies ---- */

/* Loads, checks and lowers the policy named by spec: a folder, a .zan file, or an alias found
 * in ZAN_PATH, PREFIX/share/zan/policies (beside the installed library) or the source tree.
 * lang ("en", "ru", "kk", "kk-Latn"; NULL: "en") is the language of the diagnostics.
 * Returns NULL when the policy has errors. When diags is not NULL, *diags receives the
 * diagnostics (errors, and warnings even on success; free them with zan_diags_free). */
ZAN_API zan_policy *zan_policy_load(const char *spec, const char *lang, zan_diags **diags);
ZAN_API void        zan_policy_free(zan_policy *p);
ZAN_API const char *zan_policy_name(const zan_policy *p);     /* as declared */
ZAN_API const char *zan_policy_alias(const zan_policy *p);    /* NULL when it declares none */
ZAN_API const char *zan_policy_version(const zan_policy *p);  /* NULL when it declares none */
/* Outputs in declaration order, the order of every result. */
ZAN_API int         zan_policy_output_count(const zan_policy *p);
ZAN_API const char *zan_policy_output_name(const zan_policy *p, int output);  /* NULL: no such */
ZAN_API int         zan_policy_output_index(const zan_policy *p, const char *name);  /* -1: none */

/* ---- fact records parsed once ---- */

/* Parses one JSON object of len bytes (copied: json need not outlive the call) into the
 * policy's typed facts. Returns NULL after an error; *diags (when not NULL) receives errors
 * and warnings (an unknown field is a warning) with file "<facts>", line, column and path. */
ZAN_API zan_facts *zan_facts_parse(const zan_policy *p, const char *json, size_t len,
                                   zan_diags **diags);
ZAN_API void       zan_facts_free(zan_facts *f);

/* ---- evaluation ---- */

/* A context for evaluating against p (which must outlive it). */
ZAN_API zan_ctx   *zan_ctx_new(const zan_policy *p);
ZAN_API void       zan_ctx_free(zan_ctx *c);
/* The language of rendered reports and messages: "en" (default), "ru", "kk", "kk-Latn". */
ZAN_API zan_status zan_ctx_set_lang(zan_ctx *c, const char *lang);
/* The evaluation date, YYYY-MM-DD, as `zan eval --as-of`; NULL: the policy's `as of` fact
 * when known, else today. */
ZAN_API zan_status zan_ctx_set_as_of(zan_ctx *c, const char *date);
/* What "today" is, YYYY-MM-DD (as ZAN_TODAY for the command); NULL: the clock's date in
 * Kazakhstan (UTC+5), read at each evaluation. */
ZAN_API zan_status zan_ctx_set_today(zan_ctx *c, const char *date);

/* Evaluates one JSON object of len bytes (copied into the context). ZAN_OK, or
 * ZAN_ERR_FACTS / ZAN_ERR_RUNTIME with the reasons in zan_ctx_diags(c). */
ZAN_API zan_status zan_eval_json(zan_ctx *c, const char *json, size_t len);
/* Evaluates a parsed record (of the same policy; f must outlive the reading of the result). */
ZAN_API zan_status zan_eval_facts(zan_ctx *c, const zan_facts *f);
/* The diagnostics of the last evaluation on c (owned by c; never NULL). */
ZAN_API const zan_diags *zan_ctx_diags(const zan_ctx *c);

/* ---- the last result on a context (after ZAN_OK; valid until the next evaluation) ---- */

/* 1 when the output is decided, 0 when undetermined, -1 when there is no result or no such
 * output. */
ZAN_API int         zan_result_decided(const zan_ctx *c, int output);
/* The decided value as JSON text ("true", "\"high\"", "[\"a\",\"b\"]", "12.5"); NULL when
 * undetermined. Owned by c, valid until the next call on c. */
ZAN_API const char *zan_result_value_json(zan_ctx *c, int output);
/* Undetermined outputs: the facts whose values would settle it, as paths ("system.sector"),
 * sorted; count 0 otherwise. */
ZAN_API int         zan_result_needs_count(const zan_ctx *c, int output);
ZAN_API const char *zan_result_need(const zan_ctx *c, int output, int k);
/* The date the last evaluation was made as of, YYYY-MM-DD (owned by c). */
ZAN_API const char *zan_result_as_of(zan_ctx *c);

enum {
  ZAN_RENDER_PRETTY  = 1,   /* JSON indented */
  ZAN_RENDER_EXPLAIN = 2,   /* add the explanation (which rules applied, their articles) */
  ZAN_RENDER_RECEIPT = 4    /* JSON: add the receipt (docs/receipts.md) */
};
/* The decision object of `zan eval` (JSON) or its text report, in the context's language;
 * *len (when not NULL) receives the length. Owned by c, valid until the next call on c.
 * NULL when there is no result. */
ZAN_API const char *zan_render_json(zan_ctx *c, unsigned flags, size_t *len);
ZAN_API const char *zan_render_text(zan_ctx *c, unsigned flags, size_t *len);

/* ---- diagnostics ---- */

/* Entries in report order; a note follows the entry it belongs to. */
ZAN_API int          zan_diags_count(const zan_diags *d);
ZAN_API int          zan_diags_errors(const zan_diags *d);   /* entries that are errors */
ZAN_API zan_severity zan_diag_severity(const zan_diags *d, int i);
/* Where: the file ("<facts>" for parsed JSON), 1-based line and column (in characters);
 * NULL and 0 when the message has no place (a policy that is not found). */
ZAN_API const char  *zan_diag_file(const zan_diags *d, int i);
ZAN_API int          zan_diag_line(const zan_diags *d, int i);
ZAN_API int          zan_diag_column(const zan_diags *d, int i);
/* Facts: the JSON path of the value ("system.sector"); NULL for policy messages. */
ZAN_API const char  *zan_diag_path(const zan_diags *d, int i);
ZAN_API const char  *zan_diag_message(const zan_diags *d, int i);
/* The catalogue id ("E_FACTS_BAD_ENUM"): stable across languages, for programs to test. */
ZAN_API const char  *zan_diag_code(const zan_diags *d, int i);
/* All of them as the `zan` command prints them (file:line:col: error: …, the line, a caret). */
ZAN_API const char  *zan_diags_text(const zan_diags *d);
/* Frees diagnostics returned by zan_policy_load and zan_facts_parse (not zan_ctx_diags). */
ZAN_API void         zan_diags_free(zan_diags *d);

#ifdef __cplusplus
}
#endif
#endif
