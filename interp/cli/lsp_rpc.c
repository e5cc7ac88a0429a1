/* lsp_rpc.c — JSON-RPC framing of the language server: `Content-Length: N` headers, a blank
 * line, N bytes of JSON; responses, errors and notifications written the same way. */
#include <string.h>
#include <stdlib.h>
#include <errno.h>
#include "lsp.h"
#include "../../lang/base/alloc.h"

/* One header line (without CR LF) into line; false at the end of input. */
static bool read_line(FILE *in, char *line, size_t cap, bool *too_long) {
  size_t n = 0;
  int c;
  *too_long = false;
  while ((c = getc(in)) != EOF) {
    if (c == '\n') { if (n && line[n - 1] == '\r') n--; line[n] = 0; return true; }
    if (n + 1 < cap) line[n++] = (char)c; else *too_long = true;
  }
  line[n] = 0;
  return n > 0;
}

char *lsp_read_message(FILE *in, size_t *len, int *err) {
  char line[1024];
  bool too_long, have_len = false, bad = false;
  unsigned long long n = 0;
  *err = 0;
  for (;;) {
    if (!read_line(in, line, sizeof line, &too_long)) return NULL;
    if (!line[0]) {
      if (have_len || bad) break;
      continue;                        /* blank lines between messages: skipped */
    }
    if (too_long) { bad = true; continue; }
    if (strncasecmp(line, "Content-Length:", 15) == 0) {
      char *end;
      errno = 0;
      const char *v = line + 15;
      while (*v == ' ' || *v == '\t') v++;
      n = strtoull(v, &end, 10);
      while (*end == ' ' || *end == '\t') end++;
      if (errno || end == v || *end || *v == '-') bad = true; else have_len = true;
    } else if (!strchr(line, ':')) bad = true;           /* not a header: JSON without framing? */
  }
  if (bad && !have_len) { *err = RPC_PARSE_ERROR; return zan_strdup(""); }
  if (n > LSP_MAX_MESSAGE) {           /* read past it, in pieces, without keeping it */
    char chunk[65536];
    while (n > 0) {
      size_t k = fread(chunk, 1, n < sizeof chunk ? (size_t)n : sizeof chunk, in);
      if (k == 0) return NULL;
      n -= k;
    }
    *err = RPC_INVALID_REQUEST;
    return zan_strdup("");
  }
  char *body = zan_alloc_atomic((size_t)n + 1);
  if (n && fread(body, 1, (size_t)n, in) != n) return NULL;
  body[n] = 0;
  *len = (size_t)n;
  return body;
}

void lsp_send(Lsp *s, const Buf *body) {
  fprintf(s->out, "Content-Length: %zu\r\n\r\n", body->len);
  fwrite(body->data, 1, body->len, s->out);
  fflush(s->out);
}

static void put_id(Buf *b, const FNode *id) {
  if (id && (id->kind == FN_NUM || id->kind == FN_STR)) facts_print_tree(id, false, b);
  else buf_puts(b, "null");
}

void lsp_send_result(Lsp *s, const FNode *id, const char *result_json) {
  Buf b; buf_init(&b);
  buf_puts(&b, "{\"jsonrpc\":\"2.0\",\"id\":");
  put_id(&b, id);
  buf_puts(&b, ",\"result\":");
  buf_puts(&b, result_json ? result_json : "null");
  buf_puts(&b, "}");
  lsp_send(s, &b);
}

void lsp_send_error(Lsp *s, const FNode *id, int code, const char *message) {
  Buf b; buf_init(&b);
  buf_puts(&b, "{\"jsonrpc\":\"2.0\",\"id\":");
  put_id(&b, id);
  buf_printf(&b, ",\"error\":{\"code\":%d,\"message\":", code);
  lj_string(&b, message);
  buf_puts(&b, "}}");
  lsp_send(s, &b);
}

void lsp_notify(Lsp *s, const char *method, const char *params_json) {
  Buf b; buf_init(&b);
  buf_puts(&b, "{\"jsonrpc\":\"2.0\",\"method\":");
  lj_string(&b, method);
  buf_puts(&b, ",\"params\":");
  buf_puts(&b, params_json);
  buf_puts(&b, "}");
  lsp_send(s, &b);
}
