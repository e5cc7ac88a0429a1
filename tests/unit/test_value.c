/* test_value.c — unit tests of run-time values (lang/value.c) and types (lang/types.c):
 * the total order, set construction, JSON and text rendering. */
#include <check.h>
#include <string.h>
#include "lang/base/alloc.h"
#include "lang/value.h"

static ZDecimal *DEC(const char *s) { return dec_parse(s, strlen(s), false, NULL); }
static Val T(const char *s) { return val_text(s, (uint32_t)strlen(s)); }

static EnumType *make_enum(const char *name, const char **members, int n, bool ordered) {
  EnumType *e = ZAN_NEW(EnumType);
  e->name = name;
  e->ordered = ordered;
  e->n = n;
  e->members = ZAN_NEWN(EnumMember, n);
  for (int i = 0; i < n; i++) e->members[i].name = members[i];
  return e;
}

static const char *json(Val v, const Type *t) {
  Buf b; buf_init(&b);
  val_to_json(v, t, &b);
  return buf_cstr(&b);
}
static const char *text(Val v, const Type *t) {
  Buf b; buf_init(&b);
  val_to_text(v, t, &b);
  return buf_cstr(&b);
}

START_TEST(test_order) {
  ck_assert_int_lt(val_cmp(val_unknown(), val_bool(false)), 0);
  ck_assert_int_lt(val_cmp(val_unknown(), val_int(-100)), 0);
  ck_assert_int_eq(val_cmp(val_unknown(), val_unknown()), 0);
  ck_assert_int_lt(val_cmp(val_bool(false), val_bool(true)), 0);
  ck_assert_int_lt(val_cmp(val_int(-5), val_int(3)), 0);
  ck_assert_int_gt(val_cmp(val_int(INT64_MAX), val_int(INT64_MIN)), 0);
  ck_assert_int_eq(val_cmp(val_int(1), val_dec(DEC("1.0"))), 0);
  ck_assert(val_eq(val_dec(DEC("2.50")), val_dec(DEC("2.5"))));
  ck_assert_int_lt(val_cmp(val_int(1), val_dec(DEC("1.5"))), 0);
  ck_assert_int_gt(val_cmp(val_dec(DEC("2.5")), val_int(2)), 0);
  ck_assert_int_lt(val_cmp(T("Z"), T("a")), 0);
  ck_assert_int_lt(val_cmp(T("a"), T("b")), 0);
  ck_assert_int_lt(val_cmp(T("b"), T("ba")), 0);
  ck_assert_int_lt(val_cmp(T(""), T("a")), 0);
  ck_assert_int_lt(val_cmp(T("z"), T("é")), 0);   /* byte order: UTF-8 after ASCII */
  ck_assert(val_eq(T("қазақ"), T("қазақ")));
  ck_assert_int_lt(val_cmp(val_date(100), val_date(101)), 0);
  ck_assert_int_lt(val_cmp(val_dur((ZDuration){ 0, 11, 0 }), val_dur((ZDuration){ 1, 0, 0 })), 0);
  ck_assert_int_lt(val_cmp(val_enum(0), val_enum(2)), 0);
  Val a[] = { val_int(1), val_int(2) }, b[] = { val_int(1), val_int(3) }, c[] = { val_int(1) };
  Val sa = val_set(valset_make(a, 2)), sb = val_set(valset_make(b, 2)), sc = val_set(valset_make(c, 1));
  ck_assert_int_lt(val_cmp(sa, sb), 0);
  ck_assert_int_lt(val_cmp(sc, sa), 0);   /* a prefix sorts first */
  ck_assert(val_eq(sa, val_set(valset_make(a, 2))));
  ValList la = { 2, a }, lb = { 2, b };
  ck_assert_int_lt(val_cmp(val_list(&la), val_list(&lb)), 0);
  ValRec ra = { 2, a }, rb = { 2, b };
  ck_assert_int_lt(val_cmp(val_rec(&ra), val_rec(&rb)), 0);
  ck_assert(val_eq(val_rec(&ra), val_rec(&ra)));
  /* a partial set differs from the certain set with the same members */
  ValSet *p = valset_make(a, 2);
  p->maybe = zan_alloc_atomic(2);
  p->maybe[1] = 1;
  ck_assert(valset_is_partial(p));
  ck_assert(!valset_is_partial(sa.as.set));
  ck_assert(!val_eq(val_set(p), sa));
}
END_TEST

START_TEST(test_set_make) {
  Val xs[] = { val_int(3), val_int(1), val_int(3), val_int(2), val_dec(DEC("1.0")), val_int(1) };
  ValSet *s = valset_make(xs, 6);
  ck_assert_uint_eq(s->n, 3);
  ck_assert_ptr_null(s->maybe);
  ck_assert(val_eq(s->items[0], val_int(1)));
  ck_assert(val_eq(s->items[1], val_int(2)));
  ck_assert(val_eq(s->items[2], val_int(3)));
  ck_assert_int_eq(xs[0].as.i, 3);   /* the caller's array is left alone */
  ck_assert_uint_eq(valset_make(NULL, 0)->n, 0);
  Val ts[] = { T("b"), T("a"), T("b"), T("c"), T("a") };
  s = valset_make(ts, 5);
  ck_assert_uint_eq(s->n, 3);
  ck_assert_str_eq(json(val_set(s), type_set_of(&type_text)), "[\"a\",\"b\",\"c\"]");
  /* many values, sorted and unique */
  Val many[1000];
  for (int i = 0; i < 1000; i++) many[i] = val_int((i * 7919) % 100);
  s = valset_make(many, 1000);
  ck_assert_uint_eq(s->n, 100);
  for (uint32_t i = 0; i < s->n; i++) ck_assert_int_eq(s->items[i].as.i, (int64_t)i);
}
END_TEST

START_TEST(test_json_scalars) {
  ck_assert_str_eq(json(val_unknown(), &type_bool), "null");
  ck_assert_str_eq(json(val_bool(true), &type_bool), "true");
  ck_assert_str_eq(json(val_bool(false), &type_bool), "false");
  ck_assert_str_eq(json(val_int(-42), &type_int), "-42");
  ck_assert_str_eq(json(val_int(INT64_MIN), &type_int), "-9223372036854775808");
  ck_assert_str_eq(json(val_dec(DEC("12.50")), &type_dec), "12.5");
  ck_assert_str_eq(json(val_dec(DEC("1e9999")), &type_dec), "1e+9999");
  ck_assert_str_eq(json(val_dec(DEC("-0.0")), &type_dec), "0");
  ck_assert_str_eq(json(val_date(20513), &type_date), "\"2026-03-01\"");
  ck_assert_str_eq(json(val_dur((ZDuration){ 1, 2, 3 }), &type_dur), "\"P1Y2M3D\"");
  ck_assert_str_eq(json(val_dur((ZDuration){ 0, 0, 0 }), &type_dur), "\"P0D\"");
  ck_assert_str_eq(json(val_dur((ZDuration){ 0, 0, 14 }), &type_dur), "\"P14D\"");
}
END_TEST

START_TEST(test_json_text_escape) {
  ck_assert_str_eq(json(T("plain"), &type_text), "\"plain\"");
  ck_assert_str_eq(json(T("a\"b\\c"), &type_text), "\"a\\\"b\\\\c\"");
  ck_assert_str_eq(json(T("l1\nl2\r\t\b\f"), &type_text), "\"l1\\nl2\\r\\t\\b\\f\"");
  ck_assert_str_eq(json(T("\x01\x1f\x7f"), &type_text), "\"\\u0001\\u001f\x7f\"");
  ck_assert_str_eq(json(T("Қазақ €"), &type_text), "\"Қазақ €\"");   /* non-ASCII kept as UTF-8 */
  ck_assert_str_eq(json(T("/"), &type_text), "\"/\"");
  Val nul = val_text("a\0b", 3);   /* an embedded NUL is escaped, not a terminator */
  ck_assert_str_eq(json(nul, &type_text), "\"a\\u0000b\"");
}
END_TEST

START_TEST(test_json_enums_sets) {
  const char *names[] = { "zeta", "alpha", "mid", "Beta" };
  EnumType *e = make_enum("Practice", names, 4, false);
  Type *et = type_enum(e);
  ck_assert_str_eq(json(val_enum(0), et), "\"zeta\"");
  ck_assert_str_eq(text(val_enum(2), et), "mid");
  Val xs[] = { val_enum(0), val_enum(1), val_enum(2), val_enum(3), val_enum(1) };
  ValSet *s = valset_make(xs, 5);
  ck_assert_uint_eq(s->n, 4);
  /* stored by member index, output by member name (byte order: uppercase first) */
  ck_assert_int_eq(s->items[0].as.e, 0);
  ck_assert_str_eq(json(val_set(s), type_set_of(et)), "[\"Beta\",\"alpha\",\"mid\",\"zeta\"]");
  enum_fill_name_rank(e);
  ck_assert_int_eq(e->name_rank[0], 3);
  ck_assert_int_eq(e->name_rank[1], 1);
  ck_assert_int_eq(e->name_rank[2], 2);
  ck_assert_int_eq(e->name_rank[3], 0);
  ck_assert_str_eq(json(val_set(s), type_set_of(et)), "[\"Beta\",\"alpha\",\"mid\",\"zeta\"]");
  ck_assert_str_eq(text(val_set(s), type_set_of(et)), "{Beta, alpha, mid, zeta}");
  ck_assert_str_eq(json(val_set(valset_make(NULL, 0)), type_set_of(et)), "[]");
  /* a large set of enums (past the small on-stack buffers) */
  int n = 40;
  const char **many = zan_alloc(sizeof(char *) * (size_t)n);
  Val *vs = ZAN_NEWN(Val, n);
  for (int i = 0; i < n; i++) { many[i] = zan_sprintf("m%02d", n - 1 - i); vs[i] = val_enum(i); }
  EnumType *big = make_enum("Big", many, n, false);
  const char *out = json(val_set(valset_make(vs, (uint32_t)n)), type_set_of(type_enum(big)));
  ck_assert(strncmp(out, "[\"m00\",\"m01\",\"m02\"", 17) == 0);
  ck_assert_ptr_nonnull(strstr(out, "\"m38\",\"m39\"]"));
  /* partial sets show possible members in text */
  ValSet *p = valset_make(xs, 2);
  p->maybe = zan_alloc_atomic(2);
  p->maybe[0] = 1;
  ck_assert_str_eq(text(val_set(p), type_set_of(et)), "{alpha, zeta?}");
}
END_TEST

START_TEST(test_json_records_lists) {
  RecordType *rt = ZAN_NEW(RecordType);
  rt->name = "Person";
  rt->n = 2;
  rt->fields = ZAN_NEWN(RecordField, 2);
  rt->fields[0] = (RecordField){ .name = "age", .type = &type_int };
  rt->fields[1] = (RecordField){ .name = "name", .type = &type_text };
  Val fs[] = { val_int(30), T("Ә") };
  ValRec r = { 2, fs };
  Type *t = type_record(rt);
  ck_assert_str_eq(json(val_rec(&r), t), "{\"age\":30,\"name\":\"Ә\"}");
  ck_assert_str_eq(text(val_rec(&r), t), "{age: 30, name: \"Ә\"}");
  Val items[] = { val_date(0), val_unknown() };
  ValList l = { 2, items };
  ck_assert_str_eq(json(val_list(&l), type_list_of(&type_date)), "[\"1970-01-01\",null]");
  ck_assert_str_eq(text(val_list(&l), type_list_of(&type_date)), "[1970-01-01, unknown]");
  ck_assert_str_eq(text(val_dur((ZDuration){ 1, 2, 0 }), &type_dur), "1 year + 2 months");
  ck_assert_str_eq(text(T("x"), &type_text), "\"x\"");
  ck_assert_str_eq(text(val_dec(DEC("0.10")), &type_dec), "0.1");
}
END_TEST

START_TEST(test_types) {
  const char *names[] = { "minimal", "medium", "high" };
  EnumType *tier = make_enum("Tier", names, 3, true);
  Type *t1 = type_enum(tier), *t2 = type_enum(tier);
  ck_assert(type_equal(t1, t2));
  ck_assert(type_equal(type_set_of(t1), type_set_of(t2)));
  ck_assert(!type_equal(type_set_of(t1), type_list_of(t1)));
  ck_assert(!type_equal(&type_int, &type_dec));
  ck_assert(type_equal(&type_error, &type_int));
  ck_assert(type_equal(type_set_of(&type_int), type_set_of(&type_error)));
  EnumType *other = make_enum("Tier", names, 3, true);
  ck_assert(!type_equal(t1, type_enum(other)));   /* nominal */
  ck_assert_str_eq(type_name(type_set_of(t1)), "set of Tier");
  ck_assert_str_eq(type_name(type_list_of(&type_dec)), "list of decimal");
  ck_assert_str_eq(type_name(&type_dur), "duration");
  ck_assert(type_is_numeric(&type_int));
  ck_assert(type_is_numeric(&type_dec));
  ck_assert(!type_is_numeric(&type_text));
  ck_assert(type_is_ordered(t1));
  ck_assert(type_is_ordered(&type_date));
  ck_assert(!type_is_ordered(&type_bool));
  ck_assert(!type_is_ordered(type_enum(make_enum("U", names, 3, false))));
  ck_assert_int_eq(enum_member_index(tier, "high"), 2);
  ck_assert_int_eq(enum_member_index(tier, "low"), -1);
  RecordType *anon1 = ZAN_NEW(RecordType), *anon2 = ZAN_NEW(RecordType);
  RecordField f = { .name = "a", .type = &type_int };
  anon1->n = anon2->n = 1;
  anon1->fields = anon2->fields = &f;
  ck_assert(type_equal(type_record(anon1), type_record(anon2)));
  ck_assert_str_eq(type_name(type_record(anon1)), "{a: int}");
}
END_TEST

Suite *suite_value(void) {
  Suite *s = suite_create("value");
  TCase *tc = tcase_create("value");
  tcase_add_test(tc, test_order);
  tcase_add_test(tc, test_set_make);
  tcase_add_test(tc, test_json_scalars);
  tcase_add_test(tc, test_json_text_escape);
  tcase_add_test(tc, test_json_enums_sets);
  tcase_add_test(tc, test_json_records_lists);
  tcase_add_test(tc, test_types);
  suite_add_tcase(s, tc);
  return s;
}
