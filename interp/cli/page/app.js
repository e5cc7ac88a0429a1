// app.js — the interview page of `zan serve`: asks the questions /missing says can still change a
// decision, shows /eval's decisions with their explanations and the cited articles, loads and
// downloads fact files. No framework, no build step; the server's API does all deciding.
// The words (UI) come from strings.js, which the server makes from its message catalogue
// (lang/base/messages/page.def), kk-Latn included; t(key) picks one in the page's language.
"use strict";

const state = {
  lang: "en",
  alias: null,
  policy: null,          // /v1/policies/ALIAS: outputs with labels
  facts: {},             // the answers, as a fact file
  dontKnow: new Set(),   // fact paths answered "I don't know"
  described: {},         // path -> question (label, ask, type, choices), in state.lang
  token: sessionStorage.getItem("zan-token") || "",
  seq: 0,                // only the newest refresh may draw
};

const $ = (id) => document.getElementById(id);
const t = (key) => (UI[state.lang] || UI.en)[key] || UI.en[key] || key;
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const k of kids) if (k !== null && k !== undefined) e.append(k);
  return e;
}

// ---- the API ----
async function api(path, opts = {}) {
  const headers = Object.assign({}, opts.headers || {});
  if (state.token) headers.Authorization = "Bearer " + state.token;
  const res = await fetch(path, Object.assign({}, opts, { headers }));
  if (res.status === 401) { $("token-box").hidden = false; throw new Error(t("token")); }
  const type = res.headers.get("Content-Type") || "";
  const body = type.startsWith("application/json") ? await res.json() : await res.text();
  if (!res.ok) throw new Error(body && body.message ? body.message : String(res.status));
  return body;
}
const q = (extra) => "?" + new URLSearchParams(Object.assign({ lang: state.lang }, extra)).toString();
const post = (route, extra) => api(`/v1/policies/${encodeURIComponent(state.alias)}/${route}${q(extra)}`, {
  method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(state.facts),
});

// ---- facts by path ----
function getFact(path) {
  let o = state.facts;
  for (const k of path.split(".")) { if (o === null || typeof o !== "object" || !(k in o)) return undefined; o = o[k]; }
  return o;
}
function setFact(path, value) {
  const keys = path.split(".");
  let o = state.facts;
  for (const k of keys.slice(0, -1)) { if (o[k] === null || typeof o[k] !== "object") o[k] = {}; o = o[k]; }
  if (value === undefined) delete o[keys[keys.length - 1]]; else o[keys[keys.length - 1]] = value;
}

// ---- the questions ----
function answerInput(path, d) {
  const id = "f-" + path.replace(/[^A-Za-z0-9_-]/g, "-");
  const cur = getFact(path);
  const commit = (v) => { state.dontKnow.delete(path); setFact(path, v); refresh(); };
  if (d.type === "set") {
    const chosen = new Set(Array.isArray(cur) ? cur : []);
    const box = el("fieldset", { class: "set", "data-fact": path, id },
      el("legend", { class: "sr" , text: d.label }));
    for (const c of d.choices || []) {
      const cid = id + "-" + c.id;
      const cb = el("input", { type: "checkbox", id: cid, value: c.id, "data-fact": path, "data-member": c.id,
        checked: chosen.has(c.id) });
      box.append(el("div", { class: "check" }, cb, el("label", { for: cid, text: c.label })));
    }
    const none = el("input", { type: "checkbox", id: id + "-none", "data-fact": path, "data-member": "",
      checked: Array.isArray(cur) && cur.length === 0 });
    box.append(el("div", { class: "check" }, none, el("label", { for: id + "-none", text: t("none") })));
    box.addEventListener("change", (ev) => {
      const boxes = [...box.querySelectorAll("input[data-member]")];
      if (ev.target === none && none.checked) boxes.forEach((b) => { if (b !== none) b.checked = false; });
      else if (ev.target !== none && ev.target.checked) none.checked = false;
      const picked = boxes.filter((b) => b !== none && b.checked).map((b) => b.value);
      commit(picked.length || none.checked ? picked : undefined);
    });
    return box;
  }
  if (d.type === "bool" || d.type === "enum") {
    const sel = el("select", { id, "data-fact": path }, el("option", { value: "", text: "—" }));
    for (const c of d.choices || []) sel.append(el("option", { value: c.id, text: c.label }));
    if (cur !== undefined && cur !== null) sel.value = String(cur);
    sel.addEventListener("change", () => {
      const v = sel.value;
      commit(v === "" ? undefined : d.type === "bool" ? v === "true" : v);
    });
    return sel;
  }
  const kind = d.type === "date" ? "date" : d.type === "int" || d.type === "decimal" ? "number" : "text";
  const inp = el("input", { id, type: kind, "data-fact": path, step: d.type === "int" ? "1" : d.type === "decimal" ? "any" : null,
    value: cur === undefined || cur === null ? null : String(cur), placeholder: d.hint || null });
  inp.addEventListener("change", () => {
    const v = inp.value.trim();
    commit(v === "" ? undefined : kind === "number" ? Number(v) : v);
  });
  return inp;
}

function questionCard(path, d, isNext) {
  const input = answerInput(path, d);
  const id = input.id;
  const label = d.type === "set"
    ? el("p", { class: "q-label", id: id + "-label", text: d.label })
    : el("label", { class: "q-label", for: id, text: d.label });
  if (d.type === "set") input.setAttribute("aria-labelledby", id + "-label");
  return el("div", { class: "card question" + (isNext ? " next" : ""), "data-question": path },
    isNext ? el("span", { class: "badge", text: t("next") }) : null,
    label,
    d.ask ? el("p", { class: "ask", text: d.ask }) : null,
    input,
    el("button", { type: "button", class: "quiet dont-know", "data-dont-know": path, text: t("dont_know"),
      onclick: () => { state.dontKnow.add(path); setFact(path, undefined); refresh(); } }));
}

function drawQuestions(missing) {
  const box = $("questions");
  box.replaceChildren();
  for (const [path, d] of Object.entries(missing.questions || {})) state.described[path] = d;
  const order = Object.keys(missing.questions || {});
  if (missing.next) order.sort((a, b) => (b === missing.next) - (a === missing.next));
  for (const path of order) box.append(questionCard(path, missing.questions[path], path === missing.next));
  $("no-questions").hidden = order.length > 0;

  // the answers given (still editable) and the facts marked "I don't know"
  const ans = $("answered");
  ans.replaceChildren();
  for (const path of Object.keys(state.described)) {
    if (order.includes(path)) continue;
    const d = state.described[path];
    if (getFact(path) !== undefined) {
      const input = answerInput(path, d);
      ans.append(el("div", { class: "card answered" },
        d.type === "set" ? el("p", { class: "q-label", text: d.label }) : el("label", { class: "q-label", for: input.id, text: d.label }),
        input));
    }
  }
  if (state.dontKnow.size) {
    ans.append(el("h3", { text: t("unknown_facts") }));
    for (const path of state.dontKnow) {
      const d = state.described[path] || { label: path };
      ans.append(el("div", { class: "card answered" }, el("span", { class: "q-label", text: d.label }),
        el("button", { type: "button", class: "quiet", text: t("ask_again"),
          onclick: () => { state.dontKnow.delete(path); refresh(); } })));
    }
  }
}

// ---- the decisions ----
function valueText(out, v) {
  if (v === true) return t("yes");
  if (v === false) return t("no");
  const label = (x) => (out.values && out.values[x]) || String(x);
  if (Array.isArray(v)) return v.length ? v.map(label) : [t("none")];
  return label(v);
}

function drawDecisions(dec) {
  const box = $("decisions");
  box.replaceChildren();
  $("as-of").textContent = `${t("as_of")} ${dec.as_of}`;
  const expl = dec.explanation || {};
  for (const out of state.policy.outputs) {
    const decided = dec.decisions[out.name] !== null && dec.decisions[out.name] !== undefined;
    const v = dec.decisions[out.name];
    const row = el("div", { class: "card decision" + (decided ? "" : " open"), "data-output": out.name,
      "data-value": decided ? JSON.stringify(v) : null });
    row.append(el("div", { class: "d-label", text: out.label }));
    if (decided) {
      const shown = valueText(out, v);
      if (Array.isArray(shown)) row.append(el("ul", { class: "d-set" }, ...shown.map((s) => el("li", { text: s }))));
      else row.append(el("div", { class: "d-value", text: shown }));
      const why = (expl[out.name] || []).filter((e) => e.status === "applied");
      if (why.length) {
        const det = el("details", { class: "why" }, el("summary", { text: t("because") }));
        for (const e of why) det.append(el("p", {}, el("strong", { text: e.citation + ". " }), e.text || ""));
        row.append(det);
      }
    } else {
      const u = (dec.undetermined || {})[out.name] || {};
      row.append(el("div", { class: "d-value open", text: t("undetermined") }));
      if (u.at_least && u.at_least.length)
        row.append(el("ul", { class: "d-set partial" }, ...valueText(out, u.at_least).map((s) => el("li", { text: s }))));
      if (u.needs && u.needs.length)
        row.append(el("p", { class: "needs" }, t("needs") + " " +
          u.needs.map((p) => (state.described[p] ? state.described[p].label : p)).join("; ")));
    }
    box.append(row);
  }
  const arts = $("articles");
  arts.replaceChildren();
  for (const [id, a] of Object.entries(dec.articles || {})) {
    const status = a.status === "official" ? "official" : a.status === "unofficial_translation" ? "unofficial_translation" : "summary";
    arts.append(el("article", { class: "card article", "data-article": id },
      el("div", { class: "a-head" }, el("strong", { text: a.citation }), el("span", { class: "status " + status, text: t(status) })),
      el("p", { text: a.text })));
  }
}

// ---- the cycle: answers -> /missing and /eval -> page ----
async function refresh() {
  const seq = ++state.seq;
  $("status").textContent = t("loading");
  try {
    const [missing, dec] = await Promise.all([
      post("missing", state.dontKnow.size ? { dont_know: [...state.dontKnow].join(",") } : {}),
      post("eval", { explain: "true" }),
    ]);
    if (seq !== state.seq) return;
    drawQuestions(missing);
    drawDecisions(dec);
    $("status").textContent = "";
    document.body.dataset.ready = String(seq);
  } catch (e) {
    if (seq === state.seq) $("status").textContent = `${t("error")} ${e.message}`;
  }
}

function drawStatic() {
  document.documentElement.lang = state.lang;
  document.title = t("product");
  for (const n of document.querySelectorAll("[data-t]")) n.textContent = t(n.dataset.t);
  $("lang").value = state.lang;
}

async function choosePolicy(alias) {
  state.alias = alias;
  state.policy = await api(`/v1/policies/${encodeURIComponent(alias)}${q()}`);
  $("title").textContent = state.policy.title || state.policy.name;
  await refresh();
}

function download(name, type, text) {
  const a = el("a", { href: URL.createObjectURL(new Blob([text], { type })), download: name });
  document.body.append(a);
  a.click();
  a.remove();
}

async function start() {
  let list;
  try { list = await api("/v1/policies"); } catch (e) { $("status").textContent = `${t("error")} ${e.message}`; return; }
  const asked = new URLSearchParams(location.search).get("lang");
  state.lang = UI[asked] ? asked : UI[list.lang] ? list.lang : "en";
  drawStatic();
  const sel = $("policy");
  for (const p of list.policies) sel.append(el("option", { value: p.alias, text: `${p.alias} ${p.version || ""}` }));
  sel.addEventListener("change", () => { state.facts = {}; state.dontKnow.clear(); state.described = {}; choosePolicy(sel.value); });
  $("lang").addEventListener("change", () => {
    state.lang = $("lang").value;
    state.described = {};
    drawStatic();
    choosePolicy(state.alias);
  });
  $("load").addEventListener("change", async () => {
    const f = $("load").files[0];
    if (!f) return;
    try {
      const facts = JSON.parse(await f.text());
      if (facts === null || typeof facts !== "object" || Array.isArray(facts)) throw new Error("{…}");
      state.facts = facts;
      state.dontKnow.clear();
      await refresh();
      $("status").textContent = t("loaded");
    } catch (e) { $("status").textContent = `${t("bad_file")} ${e.message}`; }
    $("load").value = "";
  });
  $("download-facts").addEventListener("click", () =>
    download(`${state.alias}-facts.json`, "application/json", JSON.stringify(state.facts, null, 2) + "\n"));
  $("download-report").addEventListener("click", async () => {
    try { download(`${state.alias}-report-${state.lang}.txt`, "text/plain", await post("eval", { format: "text" })); }
    catch (e) { $("status").textContent = `${t("error")} ${e.message}`; }
  });
  $("reset").addEventListener("click", () => { state.facts = {}; state.dontKnow.clear(); refresh(); });
  if (list.policies.length) await choosePolicy(list.policies[0].alias);
}

// a server started with --token: the token is asked once and kept for the browser session
$("token-save").addEventListener("click", () => {
  sessionStorage.setItem("zan-token", $("token").value.trim());
  location.reload();
});
start();
