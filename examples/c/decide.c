/* decide.c — the smallest program on libzan (include/zan.h): `decide POLICY FACTS` loads the
 * policy (a folder, a .zan file or an alias), evaluates one JSON fact file and prints the
 * decision object as JSON, as `zan eval POLICY FACTS` prints it. Exit codes are zan's.
 * Build against an installed zan:  cc decide.c $(pkg-config --cflags --libs zan) -o decide */
#include <stdio.h>
#include <stdlib.h>
#include <zan.h>

/* The whole file in a malloc'd buffer; NULL when it cannot be read. */
static char *read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  size_t cap = 1 << 16, n = 0, got;
  char *b = malloc(cap);
  while (b && (got = fread(b + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) { char *nb = realloc(b, cap *= 2); if (!nb) { free(b); b = NULL; } else b = nb; }
  }
  if (ferror(f)) { free(b); b = NULL; }
  fclose(f);
  *len = n;
  return b;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    fprintf(stderr, "usage: decide POLICY FACTS.json\n");
    return 2;
  }
  zan_diags *diags = NULL;
  zan_policy *policy = zan_policy_load(argv[1], "en", &diags);
  fputs(zan_diags_text(diags), stderr);   /* errors, or the policy's warnings */
  zan_diags_free(diags);
  if (!policy) return ZAN_ERR_POLICY;

  size_t len;
  char *json = read_file(argv[2], &len);
  if (!json) { perror(argv[2]); zan_policy_free(policy); return ZAN_ERR_FACTS; }

  zan_ctx *ctx = zan_ctx_new(policy);
  const char *today = getenv("ZAN_TODAY");   /* as the zan command: a fixed "today" for tests */
  if (today && *today && zan_ctx_set_today(ctx, today) != ZAN_OK)
    fprintf(stderr, "decide: ZAN_TODAY=%s is not a date (YYYY-MM-DD); the clock is used\n", today);
  zan_status st = zan_eval_json(ctx, json, len);
  fputs(zan_diags_text(zan_ctx_diags(ctx)), stderr);
  if (st == ZAN_OK) {
    size_t n;
    const char *out = zan_render_json(ctx, ZAN_RENDER_RECEIPT, &n);
    fwrite(out, 1, n, stdout);
    putchar('\n');
  }
  zan_ctx_free(ctx);
  zan_policy_free(policy);
  free(json);
  return st;
}
