/* driver.c — a main() for the fuzz harnesses without libFuzzer (`make fuzz-regress`, any C
 * compiler): runs every file named, or every file in every folder named, once through
 * LLVMFuzzerTestOneInput. A crash or sanitizer report fails the run; prints a count. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static long nrun;

static void run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) { perror(path); exit(2); }
  size_t cap = 4096, n = 0;
  uint8_t *buf = malloc(cap);
  size_t k;
  while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
    n += k;
    if (n == cap) buf = realloc(buf, cap *= 2);
  }
  fclose(f);
  if (!buf) { fprintf(stderr, "out of memory\n"); exit(2); }
  uint8_t *exact = malloc(n ? n : 1);   /* exactly n bytes, so ASan sees a read past the end */
  memcpy(exact, buf, n);
  free(buf);
  if (getenv("FUZZ_VERBOSE")) fprintf(stderr, "%s\n", path);
  LLVMFuzzerTestOneInput(exact, n);
  free(exact);
  nrun++;
}

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void run_path(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0) { perror(path); exit(2); }
  if (!S_ISDIR(st.st_mode)) { run_file(path); return; }
  DIR *dir = opendir(path);
  if (!dir) { perror(path); exit(2); }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(dir))) {
    if (e->d_name[0] == '.') continue;
    if (n == cap) names = realloc(names, (cap = cap ? cap * 2 : 64) * sizeof *names);
    names[n++] = strdup(e->d_name);
  }
  closedir(dir);
  if (n) qsort(names, n, sizeof *names, cmp);   /* a fixed order: the run is deterministic */
  for (size_t i = 0; i < n; i++) {
    char *p = NULL;
    if (asprintf(&p, "%s/%s", path, names[i]) < 0) exit(2);
    run_path(p);
    free(p);
    free(names[i]);
  }
  free(names);
}

int main(int argc, char **argv) {
  LLVMFuzzerInitialize(&argc, &argv);
  for (int i = 1; i < argc; i++) run_path(argv[i]);
  printf("%s: %ld inputs ran\n", argc > 0 ? argv[0] : "fuzz", nrun);
  return 0;
}
