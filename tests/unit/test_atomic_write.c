/* test_atomic_write.c — lang/base/atomic_write: several files replaced together, nothing changed
 * when one fails, symbolic links followed to their targets, modes kept, no temporary left. */
#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "lang/base/alloc.h"
#include "lang/base/atomic_write.h"

static char dir[64];

static void setup(void) {
  strcpy(dir, "/tmp/zan-aw-XXXXXX");
  ck_assert_ptr_nonnull(mkdtemp(dir));
}
static void teardown(void) {
  char *cmd = zan_sprintf("rm -rf '%s'", dir);
  ck_assert_int_eq(system(cmd), 0);
}

static const char *at(const char *name) { return zan_sprintf("%s/%s", dir, name); }
static void put(const char *name, const char *text) {
  FILE *f = fopen(at(name), "w");
  ck_assert_ptr_nonnull(f);
  fputs(text, f);
  fclose(f);
}
static const char *get(const char *name) {
  static char buf[256];
  FILE *f = fopen(at(name), "r");
  if (!f) return NULL;
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  fclose(f);
  buf[n] = 0;
  return buf;
}
static int entries(void) {   /* files in dir: a temporary left behind would show */
  DIR *d = opendir(dir);
  int n = 0;
  for (struct dirent *e; (e = readdir(d));) n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
  closedir(d);
  return n;
}

START_TEST(test_aw_two_files) {
  put("a", "old a");
  AwFile w[] = { { at("a"), "new a", 5 }, { at("b"), "new b\n", 6 } };
  ck_assert_int_eq(atomic_write_files(w, 2, NULL), 0);
  ck_assert_str_eq(get("a"), "new a");
  ck_assert_str_eq(get("b"), "new b\n");
  ck_assert_int_eq(entries(), 2);
}
END_TEST

START_TEST(test_aw_all_or_nothing) {
  put("a", "old a");
  const char *failed = NULL;
  /* the second target's folder does not exist: its temporary cannot be made */
  AwFile w[] = { { at("a"), "new a", 5 }, { at("none/b"), "b", 1 } };
  ck_assert_int_eq(atomic_write_files(w, 2, &failed), ENOENT);
  ck_assert_str_eq(failed, at("none/b"));
  ck_assert_str_eq(get("a"), "old a");
  ck_assert_int_eq(entries(), 1);   /* a's temporary is gone */
}
END_TEST

START_TEST(test_aw_symlink_and_mode) {
  put("target", "old");
  chmod(at("target"), 0640);
  ck_assert_int_eq(symlink("target", at("link")), 0);
  ck_assert_str_eq(atomic_write_target(at("link")), at("target"));
  ck_assert_str_eq(atomic_write_target(at("target")), at("target"));
  ck_assert_int_eq(atomic_write_file(at("link"), "new", 3), 0);
  struct stat st;
  ck_assert_int_eq(lstat(at("link"), &st), 0);
  ck_assert(S_ISLNK(st.st_mode));
  ck_assert_str_eq(get("target"), "new");
  ck_assert_int_eq(stat(at("target"), &st), 0);
  ck_assert_int_eq(st.st_mode & 07777, 0640);
  /* a link that points nowhere yet: the file is created where it points */
  ck_assert_int_eq(symlink("later", at("dangling")), 0);
  ck_assert_int_eq(atomic_write_file(at("dangling"), "x", 1), 0);
  ck_assert_str_eq(get("later"), "x");
  ck_assert_int_eq(lstat(at("dangling"), &st), 0);
  ck_assert(S_ISLNK(st.st_mode));
}
END_TEST

START_TEST(test_aw_device_in_place) {
  /* /dev/null is written in place, never replaced by a regular file */
  ck_assert_int_eq(atomic_write_file("/dev/null", "x", 1), 0);
  struct stat st;
  ck_assert_int_eq(stat("/dev/null", &st), 0);
  ck_assert(S_ISCHR(st.st_mode));
  if (stat("/dev/full", &st) == 0 && S_ISCHR(st.st_mode)) {
    const char *failed = NULL;
    AwFile w[] = { { "/dev/full", "x", 1 } };
    ck_assert_int_eq(atomic_write_files(w, 1, &failed), ENOSPC);
    ck_assert_str_eq(failed, "/dev/full");
    ck_assert_int_eq(stat("/dev/full", &st), 0);
    ck_assert(S_ISCHR(st.st_mode));
  }
}
END_TEST

Suite *suite_atomic_write(void) {
  Suite *s = suite_create("atomic_write");
  TCase *tc = tcase_create("atomic_write");
  tcase_add_checked_fixture(tc, setup, teardown);
  tcase_add_test(tc, test_aw_two_files);
  tcase_add_test(tc, test_aw_all_or_nothing);
  tcase_add_test(tc, test_aw_symlink_and_mode);
  tcase_add_test(tc, test_aw_device_in_place);
  suite_add_tcase(s, tc);
  return s;
}
