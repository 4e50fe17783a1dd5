// The judge's phone page: PIN, the judge's own entries, the rubric, and scores that are
// kept on the phone (localStorage) until the laptop has confirmed them, so a Wi-Fi drop
// loses nothing: unsent scores go again every few seconds and when the phone is back online.
"use strict";
(function () {
  const T = JSON.parse(document.getElementById("texts").textContent);
  const token = location.pathname.split("/")[2];
  const base = "/j/" + token;
  const QUEUE_KEY = "ssc-unsent-" + token;
  const SESSION_KEY = "ssc-session-" + token;
  const RETRY_MS = 4000;
  let session = sessionStorage.getItem(SESSION_KEY) || "";
  let work = null;
  let current = null;
  let sending = false;
  const refused = {};

  const $ = (id) => document.getElementById(id);
  const say = (text, values) => text.replace(/\{(\w+)\}/g, (_m, k) => String(values[k]));

  function show(view) {
    for (const name of ["login", "list", "entry"]) $(name).hidden = name !== view;
    window.scrollTo(0, 0);
  }

  function unsent() {
    try { return JSON.parse(localStorage.getItem(QUEUE_KEY) || "{}"); } catch (e) { return {}; }
  }

  function keep(queue) {
    localStorage.setItem(QUEUE_KEY, JSON.stringify(queue));
    banner();
  }

  function banner(text, bad) {
    const count = Object.keys(unsent()).length;
    const message = text || (count ? say(T.kept, {count: count}) : "");
    $("banner").textContent = message;
    $("banner").className = bad ? "bad" : "";
    $("banner").hidden = !message;
  }

  async function call(path, method, body) {
    const headers = {"Content-Type": "application/json"};
    if (session) headers.Authorization = "Bearer " + session;
    const response = await fetch(base + path, {
      method: method, headers: headers, cache: "no-store", credentials: "omit",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let data = {};
    try { data = await response.json(); } catch (e) { data = {}; }
    return {status: response.status, data: data};
  }

  function texts() {
    document.title = T.title;
    $("pin-prompt").textContent = T.pin_prompt;
    $("pin-hint").textContent = T.pin_hint;
    $("pin-button").textContent = T.pin_button;
    $("back").textContent = "‹ " + T.back;
    $("comment-label").textContent = T.comment;
    $("save").textContent = T.save;
    $("abstract-label").textContent = T.abstract;
    $("list-heading").textContent = T.your_entries;
  }

  async function login(event) {
    event.preventDefault();
    $("login-error").textContent = "";
    let reply;
    try {
      reply = await call("/login", "POST", {pin: $("pin").value});
    } catch (e) {
      $("login-error").textContent = T.offline;
      return;
    }
    if (reply.status !== 200) {
      $("login-error").textContent = reply.data.error || T.offline;
      $("pin").value = "";
      return;
    }
    session = reply.data.session;
    sessionStorage.setItem(SESSION_KEY, session);
    $("pin").value = "";
    await load();
  }

  async function load() {
    let reply;
    try {
      reply = await call("/work", "GET");
    } catch (e) {
      banner(T.offline, true);
      if (!work) setTimeout(load, RETRY_MS);
      return;
    }
    if (reply.status === 401) {
      session = "";
      sessionStorage.removeItem(SESSION_KEY);
      show("login");
      return;
    }
    if (reply.status !== 200) {
      banner(reply.data.error || T.offline, true);
      return;
    }
    work = reply.data;
    // What this phone still has to send is newer than what the laptop knows.
    const queue = unsent();
    for (const entry of work.entries) {
      const waiting = queue[entry.id];
      if (waiting) {
        Object.assign(entry.scores, waiting.values);
        if (waiting.comment !== null) entry.comment = waiting.comment;
      }
    }
    $("contest-title").textContent = work.contest.title;
    $("judge-name").textContent = work.judge;
    renderList();
    show("list");
    banner();
    flush();
  }

  function windowNote() {
    const now = Date.now();
    if (work.contest.locked) return T.locked;
    if (work.contest.opens && now < Date.parse(work.contest.opens)) return T.not_open;
    if (work.contest.closes && now > Date.parse(work.contest.closes)) return T.closed;
    return "";
  }

  function given(entry) {
    return work.criteria.filter((c) => entry.scores[c.id] !== undefined && entry.scores[c.id] !== null).length;
  }

  function renderList() {
    const list = $("entries");
    list.replaceChildren();
    const queue = unsent();
    let done = 0;
    for (const entry of work.entries) {
      const count = given(entry);
      if (count === work.criteria.length) done += 1;
      const item = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.entry = entry.id;
      const code = document.createElement("span");
      code.className = "code";
      code.textContent = entry.code;
      const title = document.createElement("span");
      title.textContent = entry.title;
      const state = document.createElement("div");
      state.className = "state";
      if (queue[entry.id]) {
        state.className += " waiting";
        state.textContent = T.waiting;
      } else if (count === work.criteria.length) {
        state.className += " done";
        state.textContent = "✓ " + T.scored;
      } else {
        state.textContent = count ? T.partly : T.not_yet;
      }
      button.append(code, title, document.createElement("br"), state);
      if (refused[entry.id]) {
        const error = document.createElement("div");
        error.className = "error";
        error.textContent = say(T.refused, {reason: refused[entry.id]});
        button.append(error);
      }
      button.addEventListener("click", () => openEntry(entry.id));
      item.append(button);
      list.append(item);
    }
    $("progress").textContent = work.entries.length
      ? say(T.progress, {done: done, total: work.entries.length}) : T.no_entries;
    $("blind-note").hidden = !work.contest.blind;
    $("blind-note").textContent = T.blind;
    const note = windowNote();
    if (note) banner(note, true);
  }

  function levels(criterion) {
    const count = Math.round((criterion.max - criterion.min) / criterion.step);
    const values = [];
    for (let i = 0; i <= count; i += 1) values.push(Math.round((criterion.min + i * criterion.step) * 1e6) / 1e6);
    return values;
  }

  function inRange(label, value) {
    const bounds = String(label).split(/[–—-]/).map(Number);
    if (bounds.some(Number.isNaN)) return false;
    return value >= bounds[0] && value <= bounds[bounds.length - 1];
  }

  function openEntry(id) {
    current = work.entries.find((e) => e.id === id);
    $("entry-heading").textContent = current.code + " · " + current.title;
    const meta = [current.category];
    if (current.authors) meta.push(T.authors + ": " + current.authors);
    if (current.affiliation) meta.push(T.school + ": " + current.affiliation);
    $("entry-meta").textContent = meta.filter(Boolean).join(" · ");
    $("abstract").textContent = current.abstract;
    $("abstract-box").hidden = !current.abstract;
    $("comment").value = current.comment || "";
    $("score-error").textContent = refused[id] ? say(T.refused, {reason: refused[id]}) : "";
    const box = $("criteria");
    box.replaceChildren();
    for (const criterion of work.criteria) {
      const set = document.createElement("fieldset");
      set.dataset.criterion = criterion.id;
      const legend = document.createElement("legend");
      legend.textContent = criterion.name + " ";
      const weight = document.createElement("span");
      weight.className = "weight";
      weight.textContent = "(" + say(T.weight, {weight: criterion.weight}) + ")";
      legend.append(weight);
      const row = document.createElement("div");
      row.className = "levels";
      const guide = document.createElement("ul");
      guide.className = "guide";
      for (const [label, text] of criterion.guide) {
        const line = document.createElement("li");
        line.dataset.range = label;
        line.textContent = label + ": " + text;
        guide.append(line);
      }
      for (const value of levels(criterion)) {
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = String(value);
        button.dataset.value = value;
        button.setAttribute("aria-pressed", String(current.scores[criterion.id] === value));
        button.addEventListener("click", () => choose(set, value));
        row.append(button);
      }
      set.append(legend, row, guide);
      box.append(set);
      mark(set, current.scores[criterion.id]);
    }
    show("entry");
  }

  function choose(set, value) {
    for (const button of set.querySelectorAll(".levels button")) {
      button.setAttribute("aria-pressed", String(Number(button.dataset.value) === value));
    }
    set.dataset.chosen = value;
    mark(set, value);
    $("score-error").textContent = "";
  }

  function mark(set, value) {
    if (value === undefined || value === null) return;
    set.dataset.chosen = value;
    for (const line of set.querySelectorAll(".guide li")) {
      line.classList.toggle("current", inRange(line.dataset.range, value));
    }
  }

  function save(event) {
    event.preventDefault();
    const values = {};
    for (const set of $("criteria").querySelectorAll("fieldset")) {
      if (set.dataset.chosen === undefined) {
        const name = work.criteria.find((c) => String(c.id) === set.dataset.criterion).name;
        $("score-error").textContent = say(T.choose_level, {criterion: name});
        set.scrollIntoView({behavior: "smooth", block: "center"});
        return;
      }
      values[set.dataset.criterion] = Number(set.dataset.chosen);
    }
    const queue = unsent();
    queue[current.id] = {entry: current.id, values: values, comment: $("comment").value};
    keep(queue);
    Object.assign(current.scores, values);
    current.comment = $("comment").value;
    delete refused[current.id];
    renderList();
    show("list");
    flush();
  }

  async function flush() {
    if (sending || !session) return;
    sending = true;
    let anyRefused = false;
    let sent = 0;
    try {
      for (const [id, payload] of Object.entries(unsent())) {
        let reply;
        try {
          reply = await call("/scores", "POST", payload);
        } catch (e) {
          banner();
          return;  // offline: try again later
        }
        if (reply.status === 401) {
          session = "";
          sessionStorage.removeItem(SESSION_KEY);
          show("login");
          return;
        }
        if (reply.status >= 500 || reply.status === 429) {
          banner(reply.data.error || T.offline, true);
          return;
        }
        const queue = unsent();
        // Only forget it when nothing newer for this entry was queued meanwhile.
        if (JSON.stringify(queue[id]) === JSON.stringify(payload)) delete queue[id];
        keep(queue);
        sent += 1;
        if (reply.status !== 200) {
          refused[id] = reply.data.error || String(reply.status);
          anyRefused = true;
        }
      }
      if (work && sent) renderList();
      if (sent) banner(Object.keys(unsent()).length || anyRefused ? "" : T.saved);
    } finally {
      sending = false;
    }
    // A refused save was shown as given on this phone: show what the laptop really has.
    if (anyRefused) await load();
  }

  const who = JSON.parse(document.getElementById("who").textContent);
  $("contest-title").textContent = who.contest;
  $("judge-name").textContent = who.judge;
  texts();
  $("login-form").addEventListener("submit", login);
  $("score-form").addEventListener("submit", save);
  $("back").addEventListener("click", () => { renderList(); show("list"); });
  window.addEventListener("online", flush);
  setInterval(flush, RETRY_MS);
  if (session) load(); else show("login");
})();
