/* test_api.c — the C API (include/zan.h), through its public functions only: loading by alias
 * and path, a bad policy's and bad JSON's structured diagnostics, decisions, undetermined
 * outputs and their needs, run-time errors, parsed records reused across contexts, dates and
 * languages, and two threads sharing one policy (each with its context) getting exactly the
 * answers one thread gets. Run from tests/ (make unit), also under ASan+UBSan. */
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "include/zan.h"

#define LAW_FACTS "../policies/kz-ai-law/examples/bank-credit-scoring.json"

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  ck_assert_msg(f != NULL, "cannot open %s", path);
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *b = malloc((size_t)n + 1);
  ck_assert_int_eq(fread(b, 1, (size_t)n, f), (size_t)n);
  fclose(f);
  b[n] = 0;
  *len = (size_t)n;
  return b;
}

static zan_policy *load_ok(const char *spec) {
  zan_diags *d = NULL;
  zan_policy *p = zan_policy_load(spec, NULL, &d);
  ck_assert_msg(p != NULL, "%s: %s", spec, zan_diags_text(d));
  ck_assert_int_eq(zan_diags_errors(d), 0);
  zan_diags_free(d);
  return p;
}

/* The index of the first diagnostic with this catalogue id, -1 when none. */
static int find_code(const zan_diags *d, const char *code) {
  for (int i = 0; i < zan_diags_count(d); i++)
    if (zan_diag_code(d, i) && strcmp(zan_diag_code(d, i), code) == 0) return i;
  return -1;
}

START_TEST(law_by_alias) {
  zan_policy *p = load_ok("kz-ai-law");
  ck_assert_str_eq(zan_policy_alias(p), "kz-ai-law");
  ck_assert_int_gt(zan_policy_output_count(p), 5);
  int tier = zan_policy_output_index(p, "risk_tier");
  ck_assert_int_ge(tier, 0);
  ck_assert_str_eq(zan_policy_output_name(p, tier), "risk_tier");
  ck_assert_int_eq(zan_policy_output_index(p, "no_such_output"), -1);
  ck_assert_ptr_null(zan_policy_output_name(p, zan_policy_output_count(p)));

  size_t len;
  char *json = slurp(LAW_FACTS, &len);
  zan_ctx *c = zan_ctx_new(p);
  ck_assert_int_eq(zan_ctx_set_today(c, "2026-03-01"), ZAN_OK);
  ck_assert_int_eq(zan_eval_json(c, json, len), ZAN_OK);
  memset(json, 'x', len);                          /* the context kept its own copy */
  free(json);
  ck_assert_int_eq(zan_result_decided(c, tier), 1);
  ck_assert_str_eq(zan_result_value_json(c, tier), "\"medium\"");
  ck_assert_int_eq(zan_result_needs_count(c, tier), 0);
  ck_assert_str_eq(zan_result_as_of(c), "2026-03-15");   /* the record's assessment date */
  size_t n;
  const char *out = zan_render_json(c, 0, &n);
  ck_assert_uint_eq(strlen(out), n);
  ck_assert_ptr_nonnull(strstr(out, "\"risk_tier\":\"medium\""));
  ck_assert_ptr_nonnull(strstr(out, "\"subject\":\"kz-dalabank-cs-2026-01\""));
  ck_assert_ptr_null(strstr(out, "\"receipt\""));
  ck_assert_ptr_nonnull(strstr(zan_render_json(c, ZAN_RENDER_RECEIPT, NULL), "\"policy_sha256\":\""));
  ck_assert_ptr_nonnull(strstr(zan_render_json(c, ZAN_RENDER_EXPLAIN | ZAN_RENDER_PRETTY, NULL),
                               "\n  \"explanation\""));
  /* the report in Russian names the articles as Russian law cites them */
  ck_assert_int_eq(zan_ctx_set_lang(c, "ru"), ZAN_OK);
  ck_assert_ptr_nonnull(strstr(zan_render_text(c, 0, NULL), "стать"));
  /* and prints the obligations checklist the law declares (`unmet when`), as zan eval does */
  ck_assert_ptr_nonnull(strstr(zan_render_text(c, 0, NULL), "— ПРОВЕРКА ИСПОЛНЕНИЯ\n"));
  ck_assert_int_eq(zan_ctx_set_lang(c, "fr"), ZAN_ERR_USAGE);
  ck_assert_int_eq(zan_ctx_diags(c) ? zan_diags_count(zan_ctx_diags(c)) : -1, 0);
  zan_ctx_free(c);
  zan_policy_free(p);
}
END_TEST

START_TEST(bad_policy_diagnostics) {
  char dir[] = "/tmp/zan-api-XXXXXX";
  ck_assert_ptr_nonnull(mkdtemp(dir));
  char path[64];
  snprintf(path, sizeof path, "%s/bad.zan", dir);
  FILE *f = fopen(path, "w");
  fputs("policy bad\n  version \"1\"\n\nfact n : int\noutput big : bool default false\n"
        "rule r when n > \"ten\" then big = true\n", f);
  fclose(f);
  zan_diags *d = NULL;
  ck_assert_ptr_null(zan_policy_load(path, "en", &d));
  ck_assert_int_ge(zan_diags_errors(d), 1);
  ck_assert_int_eq(zan_diag_severity(d, 0), ZAN_ERROR);
  ck_assert_str_eq(zan_diag_file(d, 0), path);
  ck_assert_int_eq(zan_diag_line(d, 0), 6);
  ck_assert_int_ge(zan_diag_column(d, 0), 8);
  ck_assert_ptr_null(zan_diag_path(d, 0));
  ck_assert_ptr_nonnull(zan_diag_message(d, 0));
  ck_assert_ptr_nonnull(strstr(zan_diags_text(d), "bad.zan:6:"));
  ck_assert_ptr_nonnull(strstr(zan_diags_text(d), "^"));
  /* out of range: no crash, empty answers */
  ck_assert_ptr_null(zan_diag_message(d, 999));
  ck_assert_int_eq(zan_diag_line(d, -1), 0);
  zan_diags_free(d);
  /* the same in Kazakh: same place and id, another text */
  ck_assert_ptr_null(zan_policy_load(path, "kk", &d));
  ck_assert_int_eq(zan_diag_line(d, 0), 6);
  zan_diags_free(d);
  remove(path);
  rmdir(dir);

  ck_assert_ptr_null(zan_policy_load("no-such-policy-anywhere", NULL, &d));
  ck_assert_int_ge(find_code(d, "E_LOAD_NO_POLICY"), 0);
  zan_diags_free(d);
  ck_assert_ptr_null(zan_policy_load(NULL, NULL, &d));
  ck_assert_int_ge(find_code(d, "E_API_NO_POLICY"), 0);
  zan_diags_free(d);
  ck_assert_ptr_null(zan_policy_load("kz-ai-law", "de", &d));
  int k = find_code(d, "E_API_BAD_LANG");
  ck_assert_int_ge(k, 0);
  ck_assert_ptr_nonnull(strstr(zan_diag_message(d, k), "'de'"));
  zan_diags_free(d);
  ck_assert_ptr_null(zan_policy_load("no-such-policy-anywhere", NULL, NULL));   /* diags not wanted */
}
END_TEST

START_TEST(bad_json_error) {
  zan_policy *p = load_ok("golden/eval/unknown-needs/policy.zan");
  zan_ctx *c = zan_ctx_new(p);
  const char *bad = "{\"person\": {\"id\": \"p-1\",\n  \"age\": 30,}}";
  ck_assert_int_eq(zan_eval_json(c, bad, strlen(bad)), ZAN_ERR_FACTS);
  const zan_diags *d = zan_ctx_diags(c);
  ck_assert_int_ge(zan_diags_errors(d), 1);
  ck_assert_str_eq(zan_diag_file(d, 0), "<facts>");
  ck_assert_int_eq(zan_diag_line(d, 0), 2);
  ck_assert_int_eq(zan_diag_column(d, 0), 13);
  ck_assert_int_eq(zan_result_decided(c, 0), -1);          /* no result after an error */
  ck_assert_ptr_null(zan_render_json(c, 0, NULL));
  /* a value of the wrong type: the JSON path names it */
  const char *wrong = "{\"person\": {\"age\": \"thirty\"}}";
  ck_assert_int_eq(zan_eval_json(c, wrong, strlen(wrong)), ZAN_ERR_FACTS);
  ck_assert_str_eq(zan_diag_path(zan_ctx_diags(c), 0), "person.age");
  ck_assert_int_eq(zan_eval_json(c, "", 0), ZAN_ERR_FACTS);
  ck_assert_int_eq(zan_eval_json(c, NULL, 5), ZAN_ERR_USAGE);
  /* the context is fine afterwards; an unknown field is a warning, kept beside the result */
  const char *good = "{\"person\": {\"id\": \"p-1\", \"age\": 30, \"shoe\": 44}}";
  ck_assert_int_eq(zan_eval_json(c, good, strlen(good)), ZAN_OK);
  d = zan_ctx_diags(c);
  ck_assert_int_eq(zan_diags_errors(d), 0);
  ck_assert_int_eq(zan_diag_severity(d, 0), ZAN_WARNING);
  ck_assert_str_eq(zan_diag_path(d, 0), "person.shoe");
  /* undetermined: may_sign needs the consent */
  int sign = zan_policy_output_index(p, "may_sign"), adult = zan_policy_output_index(p, "adult");
  ck_assert_int_eq(zan_result_decided(c, sign), 0);
  ck_assert_ptr_null(zan_result_value_json(c, sign));
  ck_assert_int_eq(zan_result_needs_count(c, sign), 1);
  ck_assert_str_eq(zan_result_need(c, sign, 0), "person.consent");
  ck_assert_ptr_null(zan_result_need(c, sign, 1));
  ck_assert_str_eq(zan_result_value_json(c, adult), "true");
  zan_ctx_free(c);
  zan_policy_free(p);
}
END_TEST

START_TEST(runtime_conflict) {
  zan_policy *p = load_ok("golden/eval/conflict/policy.zan");
  zan_ctx *c = zan_ctx_new(p);
  const char *facts = "{\"hot\": true, \"wet\": true}";
  ck_assert_int_eq(zan_eval_json(c, facts, strlen(facts)), ZAN_ERR_RUNTIME);
  const zan_diags *d = zan_ctx_diags(c);
  ck_assert_int_eq(zan_diags_count(d), 2);                 /* the error and its note */
  ck_assert_int_eq(zan_diag_line(d, 0), 15);
  ck_assert_int_eq(zan_diag_column(d, 0), 6);
  ck_assert_ptr_nonnull(strstr(zan_diag_message(d, 0), "conflict in output 'colour'"));
  ck_assert_int_eq(zan_diag_severity(d, 1), ZAN_NOTE);
  ck_assert_int_eq(zan_diag_line(d, 1), 14);
  ck_assert_ptr_nonnull(strstr(zan_diag_file(d, 1), "conflict/policy.zan"));
  const char *one = "{\"hot\": true, \"wet\": false}";
  ck_assert_int_eq(zan_eval_json(c, one, strlen(one)), ZAN_OK);
  ck_assert_str_eq(zan_result_value_json(c, 0), "\"red\"");
  zan_ctx_free(c);
  zan_policy_free(p);
}
END_TEST

START_TEST(parsed_facts_and_dates) {
  zan_policy *p = load_ok("golden/eval/unknown-needs/policy.zan");
  zan_policy *other = load_ok("golden/eval/conflict/policy.zan");
  const char *json = "{\"person\": {\"id\": \"p-2\", \"age\": 17, \"consent\": true}}";
  zan_facts *f = zan_facts_parse(p, json, strlen(json), NULL);
  ck_assert_ptr_nonnull(f);
  zan_ctx *a = zan_ctx_new(p), *b = zan_ctx_new(p), *o = zan_ctx_new(other);
  ck_assert_int_eq(zan_ctx_set_as_of(a, "2026-13-01"), ZAN_ERR_USAGE);
  ck_assert_int_eq(zan_ctx_set_as_of(a, "2025-01-31"), ZAN_OK);
  ck_assert_int_eq(zan_ctx_set_today(b, "2026-03-01"), ZAN_OK);
  for (int round = 0; round < 3; round++) {
    ck_assert_int_eq(zan_eval_facts(a, f), ZAN_OK);
    ck_assert_int_eq(zan_eval_facts(b, f), ZAN_OK);
    ck_assert_str_eq(zan_result_as_of(a), "2025-01-31");
    ck_assert_str_eq(zan_result_as_of(b), "2026-03-01");
    ck_assert_str_eq(zan_result_value_json(a, zan_policy_output_index(p, "may_sign")), "false");
    ck_assert_ptr_nonnull(strstr(zan_render_json(b, 0, NULL), "\"subject\":\"p-2\""));
  }
  ck_assert_int_eq(zan_ctx_set_as_of(a, NULL), ZAN_OK);     /* back to today */
  ck_assert_int_eq(zan_eval_facts(o, f), ZAN_ERR_USAGE);    /* another policy's record */
  ck_assert_int_eq(zan_eval_facts(a, NULL), ZAN_ERR_USAGE);
  zan_diags *d = NULL;
  ck_assert_ptr_null(zan_facts_parse(p, "[1, 2", 5, &d));
  ck_assert_int_ge(zan_diags_errors(d), 1);
  ck_assert_int_eq(zan_diag_line(d, 0), 1);
  zan_diags_free(d);
  zan_facts_free(f);
  zan_ctx_free(a); zan_ctx_free(b); zan_ctx_free(o);
  zan_policy_free(p); zan_policy_free(other);
}
END_TEST

/* ---- two threads, one policy ---- */

enum { RECORDS = 8, ROUNDS = 3000 };
typedef struct Shared {
  const zan_policy *p;
  char   *json[RECORDS];
  char   *want[RECORDS];     /* what one thread answered for each record */
  int     mismatches[2];
} Shared;
typedef struct Job { Shared *s; int id; } Job;

/* s with its first `from` replaced by `to` (malloc'd). */
static char *replace(const char *s, const char *from, const char *to) {
  const char *at = strstr(s, from);
  ck_assert_ptr_nonnull(at);
  size_t n = strlen(s) - strlen(from) + strlen(to) + 1;
  char *r = malloc(n);
  snprintf(r, n, "%.*s%s%s", (int)(at - s), s, to, at + strlen(from));
  return r;
}

/* Record i of the law: the example with its subject varied, and on odd records social scoring
 * that no law provides for (a prohibited practice), so threads decide different records. */
static char *law_record(const char *base, int i) {
  char id[32];
  snprintf(id, sizeof id, "sys-%02d", i);
  char *r = replace(base, "kz-dalabank-cs-2026-01", id);
  if (i % 2) {
    char *q = replace(r, "\"social_scoring_provided_by_law\": true", "\"social_scoring_provided_by_law\": false");
    free(r);
    r = q;
  }
  return r;
}

static void *worker(void *arg) {
  Job *j = arg;
  zan_ctx *c = zan_ctx_new(j->s->p);
  zan_ctx_set_today(c, "2026-03-01");
  for (int k = 0; k < ROUNDS; k++) {
    int i = (k * 3 + j->id) % RECORDS;
    /* every other round through a parsed record: its copy and slots are new blocks each time,
     * so the collector runs while both threads work */
    zan_facts *f = k % 2 ? zan_facts_parse(j->s->p, j->s->json[i], strlen(j->s->json[i]), NULL) : NULL;
    zan_status st = f ? zan_eval_facts(c, f) : zan_eval_json(c, j->s->json[i], strlen(j->s->json[i]));
    if (st != ZAN_OK || strcmp(zan_render_json(c, ZAN_RENDER_RECEIPT, NULL), j->s->want[i]) != 0)
      j->s->mismatches[j->id]++;
    zan_facts_free(f);
  }
  zan_ctx_free(c);
  return NULL;
}

START_TEST(two_threads_share_a_policy) {
  Shared s = { 0 };
  zan_policy *p = load_ok("kz-ai-law");
  s.p = p;
  size_t len;
  char *base = slurp(LAW_FACTS, &len);
  zan_ctx *c = zan_ctx_new(p);
  zan_ctx_set_today(c, "2026-03-01");
  for (int i = 0; i < RECORDS; i++) {
    s.json[i] = law_record(base, i);
    ck_assert_int_eq(zan_eval_json(c, s.json[i], strlen(s.json[i])), ZAN_OK);
    s.want[i] = strdup(zan_render_json(c, ZAN_RENDER_RECEIPT, NULL));
    ck_assert_ptr_nonnull(strstr(s.want[i], "sys-"));
  }
  /* the odd records are decided otherwise, not only named otherwise */
  ck_assert_ptr_nonnull(strstr(s.want[0], "\"prohibited\":[]"));
  ck_assert_ptr_nonnull(strstr(s.want[1], "\"prohibited\":[\"social_scoring\"]"));
  zan_ctx_free(c);
  pthread_t t[2];
  Job jobs[2] = { { &s, 0 }, { &s, 1 } };
  for (int k = 0; k < 2; k++) ck_assert_int_eq(pthread_create(&t[k], NULL, worker, &jobs[k]), 0);
  for (int k = 0; k < 2; k++) pthread_join(t[k], NULL);
  ck_assert_int_eq(s.mismatches[0], 0);
  ck_assert_int_eq(s.mismatches[1], 0);
  for (int i = 0; i < RECORDS; i++) { free(s.json[i]); free(s.want[i]); }
  free(base);
  zan_policy_free(p);
}
END_TEST

Suite *suite_api(void) {
  Suite *s = suite_create("api");
  TCase *tc = tcase_create("api");
  tcase_set_timeout(tc, 120);
  tcase_add_test(tc, law_by_alias);
  tcase_add_test(tc, bad_policy_diagnostics);
  tcase_add_test(tc, bad_json_error);
  tcase_add_test(tc, runtime_conflict);
  tcase_add_test(tc, parsed_facts_and_dates);
  tcase_add_test(tc, two_threads_share_a_policy);
  suite_add_tcase(s, tc);
  return s;
}
