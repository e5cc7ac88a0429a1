/* facts_yaml_load.c — builds libyaml's document from the parser's events, as yaml_parser_load
 * does, but in linear time, and with YAML merge keys (`<<: *defaults`) applied. */
#include <stdlib.h>
#include <string.h>
#include <yaml.h>
#include "facts_yaml_load.h"

/* yaml_parser_load finds an alias's anchor, and checks each new anchor for a repeat, by a
 * linear search of every anchor so far: 50 000 anchors took 9.5 s, 200 000 took 40 s. Here
 * the anchors are an open-addressing hash table. A repeated anchor names the later node
 * (YAML 1.2 says so; libyaml refused it). */

typedef struct Anchor { char *name; int node; } Anchor;
typedef struct Anchors { Anchor *tab; size_t cap, n; } Anchors;

static size_t hash_str(const char *s) {
  size_t h = 1469598103934665603u;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211u;
  return h;
}
static Anchor *anchor_slot(Anchors *a, const char *name) {
  size_t m = a->cap - 1;
  for (size_t i = hash_str(name) & m;; i = (i + 1) & m)
    if (!a->tab[i].name || strcmp(a->tab[i].name, name) == 0) return &a->tab[i];
}
static bool anchor_set(Anchors *a, char *name, int node) {
  if (2 * (a->n + 1) > a->cap) {
    Anchors b = { calloc(a->cap ? 2 * a->cap : 64, sizeof(Anchor)), a->cap ? 2 * a->cap : 64, 0 };
    if (!b.tab) return false;
    for (size_t i = 0; i < a->cap; i++)
      if (a->tab[i].name) { *anchor_slot(&b, a->tab[i].name) = a->tab[i]; b.n++; }
    free(a->tab);
    *a = b;
  }
  Anchor *s = anchor_slot(a, name);
  if (s->name) { free(s->name); s->node = node; s->name = name; return true; }
  s->name = name; s->node = node; a->n++;
  return true;
}
static int anchor_get(Anchors *a, const char *name) {
  if (!a->cap) return 0;
  Anchor *s = anchor_slot(a, name);
  return s->name ? s->node : 0;
}
static void anchors_free(Anchors *a) {
  for (size_t i = 0; i < a->cap; i++) free(a->tab[i].name);
  free(a->tab);
}

static yaml_node_t *node(yaml_document_t *doc, int id) { return doc->nodes.start + id - 1; }

/* Whether key node k is the merge key: a plain `<<` with no tag of its own. */
static bool is_merge_key(yaml_document_t *doc, int k) {
  yaml_node_t *n = node(doc, k);
  return n->type == YAML_SCALAR_NODE && n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
         n->data.scalar.length == 2 && memcmp(n->data.scalar.value, "<<", 2) == 0 &&
         n->tag && strcmp((const char *)n->tag, YAML_DEFAULT_SCALAR_TAG) == 0;
}

/* The keys a mapping being merged already has, to leave out what it states itself (and what an
 * earlier merged mapping gave): a hash set of scalar key texts. */
typedef struct KeySet { const yaml_node_t **tab; size_t cap; } KeySet;
static bool key_eq(const yaml_node_t *a, const yaml_node_t *b) {
  return a->data.scalar.length == b->data.scalar.length &&
         memcmp(a->data.scalar.value, b->data.scalar.value, a->data.scalar.length) == 0;
}
static size_t key_hash(const yaml_node_t *k) {
  size_t h = 1469598103934665603u;
  for (size_t i = 0; i < k->data.scalar.length; i++) h = (h ^ k->data.scalar.value[i]) * 1099511628211u;
  return h;
}
/* Adds k (a scalar); false when it was there already. */
static bool keyset_add(KeySet *s, const yaml_node_t *k) {
  size_t m = s->cap - 1;
  for (size_t i = key_hash(k) & m;; i = (i + 1) & m) {
    if (!s->tab[i]) { s->tab[i] = k; return true; }
    if (key_eq(s->tab[i], k)) return false;
  }
}

/* Applies the merge keys of mapping m: the pairs of each mapping its `<<` names (one, or a
 * sequence of them, earlier ones first) are added after its own, except keys it states itself
 * or an earlier one gave. Merged pairs count against *budget (a chain of merges could
 * otherwise grow quadratically). Returns 0, or the node id of a bad `<<` value (not a mapping
 * or a sequence of mappings), or -1 when the budget is spent. */
static int apply_merges(yaml_document_t *doc, int m, long *budget) {
  yaml_node_t *mn = node(doc, m);
  yaml_node_pair_t *p = mn->data.mapping.pairs.start;
  size_t n = (size_t)(mn->data.mapping.pairs.top - p), merges = 0, extra = 0;
  for (size_t i = 0; i < n; i++) {
    if (!is_merge_key(doc, p[i].key)) continue;
    merges++;
    yaml_node_t *v = node(doc, p[i].value);
    if (v->type == YAML_MAPPING_NODE) { extra += (size_t)(v->data.mapping.pairs.top - v->data.mapping.pairs.start); continue; }
    if (v->type != YAML_SEQUENCE_NODE) return p[i].value;
    for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++) {
      yaml_node_t *src = node(doc, *it);
      if (src->type != YAML_MAPPING_NODE) return *it;
      extra += (size_t)(src->data.mapping.pairs.top - src->data.mapping.pairs.start);
    }
  }
  if (!merges) return 0;
  if ((long)extra > *budget) return -1;
  *budget -= (long)extra;
  size_t cap = 16;
  while (cap < 2 * (n + extra)) cap *= 2;
  KeySet ks = { calloc(cap, sizeof(yaml_node_t *)), cap };
  yaml_node_pair_t *out = malloc(sizeof(yaml_node_pair_t) * (n + extra + 1));
  if (!ks.tab || !out) { free(ks.tab); free(out); return -1; }
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (is_merge_key(doc, p[i].key)) continue;
    yaml_node_t *kn = node(doc, p[i].key);
    if (kn->type == YAML_SCALAR_NODE) keyset_add(&ks, kn);   /* a repeat stays: the reader warns */
    out[k++] = p[i];
  }
  for (size_t i = 0; i < n; i++) {
    if (!is_merge_key(doc, p[i].key)) continue;
    yaml_node_t *v = node(doc, p[i].value);
    yaml_node_item_t one = p[i].value;
    yaml_node_item_t *it = &one, *end = &one + 1;
    if (v->type == YAML_SEQUENCE_NODE) { it = v->data.sequence.items.start; end = v->data.sequence.items.top; }
    for (; it < end; it++) {
      yaml_node_t *src = node(doc, *it);
      for (yaml_node_pair_t *q = src->data.mapping.pairs.start; q < src->data.mapping.pairs.top; q++) {
        yaml_node_t *kn = node(doc, q->key);
        if (kn->type == YAML_SCALAR_NODE && !keyset_add(&ks, kn)) continue;
        out[k++] = *q;
      }
    }
  }
  free(ks.tab);
  free(mn->data.mapping.pairs.start);
  mn->data.mapping.pairs.start = out;
  mn->data.mapping.pairs.top = out + k;
  mn->data.mapping.pairs.end = out + n + extra + 1;
  return 0;
}

/* The open collections while building: a node id, and for a mapping the key waiting for its value. */
typedef struct Open { int node; int key; } Open;

static int fail(yaml_parser_t *ps, const char *problem, yaml_mark_t mark) {
  ps->error = YAML_COMPOSER_ERROR;
  ps->problem = problem;
  ps->problem_mark = mark;
  ps->context = NULL;
  return 0;
}

int yaml_load_linear(yaml_parser_t *ps, yaml_document_t *doc, long max_merged, YamlLoadProblem *why) {
  memset(doc, 0, sizeof *doc);
  memset(why, 0, sizeof *why);
  yaml_event_t ev;
  Anchors anchors = { 0 };
  Open *open = NULL;
  size_t nopen = 0, capopen = 0;
  bool started = false, ok = false;
  long budget = max_merged;
  for (;;) {
    if (!yaml_parser_parse(ps, &ev)) break;
    yaml_event_type_t t = ev.type;
    int id = 0;
    char *anchor = NULL;
    if (t == YAML_STREAM_START_EVENT) { yaml_event_delete(&ev); continue; }
    if (t == YAML_STREAM_END_EVENT || t == YAML_NO_EVENT) {          /* no (more) document: an empty one, as libyaml gives */
      yaml_event_delete(&ev);
      if (!started) yaml_document_initialize(doc, NULL, NULL, NULL, 1, 1);
      ok = true;
      break;
    }
    if (t == YAML_DOCUMENT_START_EVENT) {
      yaml_document_initialize(doc, NULL, NULL, NULL, ev.data.document_start.implicit, 1);
      doc->start_mark = ev.start_mark;
      started = true;
      yaml_event_delete(&ev);
      continue;
    }
    if (t == YAML_DOCUMENT_END_EVENT) {
      doc->end_mark = ev.end_mark;
      yaml_event_delete(&ev);
      ok = true;
      break;
    }
    if (t == YAML_ALIAS_EVENT) {
      id = anchor_get(&anchors, (const char *)ev.data.alias.anchor);
      if (!id) { fail(ps, "found undefined alias", ev.start_mark); yaml_event_delete(&ev); break; }
    } else if (t == YAML_SCALAR_EVENT) {
      const char *tag = (const char *)ev.data.scalar.tag;
      id = yaml_document_add_scalar(doc, (yaml_char_t *)(tag && strcmp(tag, "!") ? tag : NULL),
                                    ev.data.scalar.value, (int)ev.data.scalar.length, ev.data.scalar.style);
      anchor = (char *)ev.data.scalar.anchor;
    } else if (t == YAML_SEQUENCE_START_EVENT) {
      const char *tag = (const char *)ev.data.sequence_start.tag;
      id = yaml_document_add_sequence(doc, (yaml_char_t *)(tag && strcmp(tag, "!") ? tag : NULL), ev.data.sequence_start.style);
      anchor = (char *)ev.data.sequence_start.anchor;
    } else if (t == YAML_MAPPING_START_EVENT) {
      const char *tag = (const char *)ev.data.mapping_start.tag;
      id = yaml_document_add_mapping(doc, (yaml_char_t *)(tag && strcmp(tag, "!") ? tag : NULL), ev.data.mapping_start.style);
      anchor = (char *)ev.data.mapping_start.anchor;
    } else if (t == YAML_SEQUENCE_END_EVENT || t == YAML_MAPPING_END_EVENT) {
      if (!nopen) { fail(ps, "unbalanced collection", ev.start_mark); yaml_event_delete(&ev); break; }
      Open o = open[--nopen];
      node(doc, o.node)->end_mark = ev.end_mark;
      yaml_event_delete(&ev);
      if (t == YAML_MAPPING_END_EVENT) {
        int bad = apply_merges(doc, o.node, &budget);
        if (bad) { why->merge_node = bad; why->merge_budget = bad < 0; ok = true; break; }
      }
      continue;                                /* attached when it started */
    }
    if (!id) { fail(ps, "out of memory", ev.start_mark); yaml_event_delete(&ev); break; }
    if (t != YAML_ALIAS_EVENT) {
      node(doc, id)->start_mark = ev.start_mark;
      node(doc, id)->end_mark = ev.end_mark;
      if (anchor) {
        char *name = strdup(anchor);
        if (!name || !anchor_set(&anchors, name, id)) { free(name); fail(ps, "out of memory", ev.start_mark); yaml_event_delete(&ev); break; }
      }
    }
    /* attach to the open collection */
    if (nopen) {
      Open *o = &open[nopen - 1];
      yaml_node_t *on = node(doc, o->node);
      if (on->type == YAML_SEQUENCE_NODE) yaml_document_append_sequence_item(doc, o->node, id);
      else if (!o->key) o->key = id;
      else { yaml_document_append_mapping_pair(doc, o->node, o->key, id); o->key = 0; }
    }
    if (t == YAML_SEQUENCE_START_EVENT || t == YAML_MAPPING_START_EVENT) {
      if (nopen == capopen) {
        capopen = capopen ? 2 * capopen : 16;
        Open *n2 = realloc(open, sizeof(Open) * capopen);
        if (!n2) { fail(ps, "out of memory", ev.start_mark); yaml_event_delete(&ev); break; }
        open = n2;
      }
      open[nopen++] = (Open){ id, 0 };
    }
    yaml_event_delete(&ev);
  }
  anchors_free(&anchors);
  free(open);
  if (!ok && started) { yaml_document_delete(doc); memset(doc, 0, sizeof *doc); }
  return ok;
}
