/* test_receipt.c — interp/receipt: SHA-256 (nettle) on known vectors, the canonical form of the
 * facts (key order, whitespace, number spelling and null do not change it; a value does), and
 * policy_sha256 over the modules by name. */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "interp/facts.h"
#include "interp/receipt.h"
#include "lang/load.h"
#include "lang/base/alloc.h"

static const char *POLICY =
  "policy t\n  alias \"t\"\n  version \"1\"\n\n"
  "enum E { x, y, z }\n"
  "fact a : int\nfact b {\n  c : text\n  m : decimal\n}\nfact d : set of E\nfact e : bool\n"
  "output o : bool default false\n";

static Program *load_tmp(const char **path_out) {
  static char dir[64];
  strcpy(dir, "/tmp/zan-rc-XXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(dir));
  const char *path = zan_sprintf("%s/t.zan", dir);
  FILE *f = fopen(path, "w");
  fputs(POLICY, f);
  fclose(f);
  Diags d;
  diags_init(&d, LANG_EN);
  LoadOptions o = { 0 };
  Program *p = load_policy(path, &o, &d);
  if (!p) diags_print(&d, stderr, false);
  ck_assert_ptr_nonnull(p);
  *path_out = path;
  return p;
}

static const char *canon(const Receipt *rc, const Program *p, const char *json, char hash[65]) {
  Val *slots = ZAN_NEWN(Val, p->nslots + 1);
  Diags d;
  diags_init(&d, LANG_EN);
  ck_assert(facts_read(p, source_from_string("f.json", json, strlen(json)), FMT_JSON, slots, &d));
  Buf b;
  buf_init(&b);
  receipt_facts_canonical(rc, p, slots, &b);
  Receipt r2 = *rc;
  receipt_facts(&r2, p, slots);
  memcpy(hash, r2.facts_sha256, 65);
  return buf_cstr(&b);
}

START_TEST(test_sha256_vectors) {
  char h[65];
  receipt_sha256_hex("", 0, h);
  ck_assert_str_eq(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  receipt_sha256_hex("abc", 3, h);
  ck_assert_str_eq(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}
END_TEST

START_TEST(test_facts_canonical) {
  const char *path;
  Program *p = load_tmp(&path);
  Receipt rc;
  receipt_init(&rc, p, "9.9");
  char h1[65], h2[65], h3[65], h4[65];
  const char *c1 = canon(&rc, p, "{\"e\": true, \"a\": 1, \"b\": {\"c\": \"x\", \"m\": 2.50}, \"d\": [\"z\", \"x\"]}", h1);
  ck_assert_str_eq(c1, "a=1\nb.c=\"x\"\nb.m=2.5\nd=[\"x\",\"z\"]\ne=true\n");
  /* another key and member order, other whitespace and spelling, an explicit null */
  canon(&rc, p, "{\"d\":[\"x\",\"z\"],\"b\":{\"m\":2.5,\"c\":\"x\"},\"a\":1,\"e\":true,\"zz\":null}", h2);
  ck_assert_str_eq(h1, h2);
  /* one value changed */
  canon(&rc, p, "{\"e\": false, \"a\": 1, \"b\": {\"c\": \"x\", \"m\": 2.50}, \"d\": [\"z\", \"x\"]}", h3);
  ck_assert_str_ne(h1, h3);
  /* unknown facts are left out: null and absent are the same, and differ from a value */
  const char *c4 = canon(&rc, p, "{\"a\": null}", h4);
  ck_assert_str_eq(c4, "");
  ck_assert_str_eq(h4, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}
END_TEST

START_TEST(test_policy_sha256) {
  const char *path;
  Program *p = load_tmp(&path);
  Receipt rc;
  receipt_init(&rc, p, "9.9");
  ck_assert_int_eq(p->nmodules, 1);
  ck_assert_str_eq(p->module_names[0], "t");
  /* by hand: "t\n", the length, "\n", the source */
  char *whole = zan_sprintf("t\n%zu\n%s", strlen(POLICY), POLICY);
  char h[65];
  receipt_sha256_hex(whole, strlen(whole), h);
  ck_assert_str_eq(rc.policy_sha256, h);
  ck_assert_str_eq(rc.zan_version, "9.9");
}
END_TEST

Suite *suite_receipt(void) {
  Suite *s = suite_create("receipt");
  TCase *tc = tcase_create("receipt");
  tcase_add_test(tc, test_sha256_vectors);
  tcase_add_test(tc, test_facts_canonical);
  tcase_add_test(tc, test_policy_sha256);
  suite_add_tcase(s, tc);
  return s;
}
