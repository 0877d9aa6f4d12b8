/*
 * Broadsheet search, in the browser, from disk or from a server. search-index.js (the manifest)
 * names the term shards; a query loads the shards of its words' stems, then the excerpts of the
 * results it shows, each shard a script added on demand (fetch is blocked from file://).
 * Words are cut, folded and stemmed exactly as the build's SearchWords does.
 */
(function () {
  "use strict";

  var index = window.BROADSHEET_SEARCH;
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  if (!index || !input || !status || !list) {
    return;
  }
  var manifestScript = document.querySelector("script[src$='search-index.js']");
  var root = manifestScript ? manifestScript.src : window.location.href;
  var PAGE = 10;
  var LONGEST = 40;
  /* How many term shards completing the last word may load, and how much shorter than it a stem may be. */
  var PREFIX_SHARDS = 3;
  var PREFIX_STEM_SLACK = 4;

  /* The stemmer the manifest names ("italian" is ItalianStemmer, from js/snowball/italian-stemmer.js). */
  var Stemmer = index.stemmer ? window[index.stemmer.charAt(0).toUpperCase() + index.stemmer.slice(1) + "Stemmer"] : null;
  var stemmer = Stemmer ? new Stemmer() : null;
  var stems = new Map();

  /* Lower case without accents: "Città" and "CITTA" both become "citta". */
  function fold(word) {
    return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function stem(word) {
    if (!stemmer) { return word; }
    var known = stems.get(word);
    if (known === undefined) {
      known = stemmer.stemWord(word);
      stems.set(word, known);
    }
    return known;
  }

  /* Each word of text with where it starts and ends, folded: letters, digits and combining marks. */
  function wordsOf(text) {
    var found = [];
    var pattern = /[\p{L}\p{N}\p{M}]+/gu;
    var match;
    while ((match = pattern.exec(text)) !== null) {
      if (match[0].length <= LONGEST) {
        found.push({ word: fold(match[0]), start: match.index, end: match.index + match[0].length });
      }
    }
    return found;
  }

  /* The words of text and their stems, as the index cut them: what the build's test compares with Java's. */
  index.analyse = function (text) {
    return wordsOf(text).map(function (w) { return [w.word, stem(w.word)]; });
  };

  /* ---- Shards, each loaded once by a script tag, its promise shared by every query that needs it. ---- */

  var shards = { terms: new Map(), excerpts: new Map() };
  var pending = { terms: new Map(), excerpts: new Map() };

  index.terms = function (number, flat) {
    var terms = new Map();
    for (var i = 0; i < flat.length; i += 3) {
      terms.set(flat[i], { stem: flat[i], forms: flat[i + 1] ? flat[i + 1].split(" ") : [], postings: flat[i + 2], decoded: null });
    }
    arrived("terms", number, { terms: terms, sorted: Array.from(terms.keys()) });
  };

  index.excerpts = function (number, rows) {
    arrived("excerpts", number, rows);
  };

  function arrived(kind, number, value) {
    shards[kind].set(number, value);
    var waiting = pending[kind].get(number);
    if (waiting) { waiting.resolve(value); }
  }

  function load(kind, number) {
    if (shards[kind].has(number)) { return Promise.resolve(shards[kind].get(number)); }
    var waiting = pending[kind].get(number);
    if (waiting) { return waiting.promise; }
    waiting = {};
    waiting.promise = new Promise(function (resolve, reject) { waiting.resolve = resolve; waiting.reject = reject; });
    pending[kind].set(number, waiting);
    var script = document.createElement("script");
    script.src = new URL("search/" + kind + "/" + number + ".js", root).href;
    script.onerror = function () {
      pending[kind].delete(number);
      waiting.reject(new Error(script.src));
    };
    document.head.appendChild(script);
    return waiting.promise;
  }

  /* The term shard that holds stem (the last whose first stem is not after it). */
  function shardOf(text) {
    var low = 0;
    var high = index.shards.length - 1;
    while (low < high) {
      var mid = (low + high + 1) >> 1;
      if (index.shards[mid] <= text) { low = mid; } else { high = mid - 1; }
    }
    return low;
  }

  /* Postings as [article number, score] pairs: a gap and a score in one number, five bits a digit. */
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT_VALUES = new Map();
  for (var d = 0; d < DIGITS.length; d++) { DIGIT_VALUES.set(DIGITS.charAt(d), d); }

  function postings(term) {
    if (term.decoded) { return term.decoded; }
    var decoded = [];
    var value = 0;
    var id = -1;
    for (var i = 0; i < term.postings.length; i++) {
      var digit = DIGIT_VALUES.get(term.postings.charAt(i));
      if (digit >= 32) {
        value = value * 32 + (digit - 32);
      } else {
        value = value * 32 + digit;
        id += Math.floor(value / 32);
        decoded.push(id, value % 32);
        value = 0;
      }
    }
    term.decoded = decoded;
    return decoded;
  }

  /* ---- Queries ---- */

  /* The query's words; the last one, while the reader is still typing it, also matches as a prefix. */
  function parse(query, typed) {
    var words = wordsOf(query);
    var typing = typed && words.length > 0 && words[words.length - 1].end === query.length;
    return words.map(function (w, i) {
      return { word: w.word, stem: stem(w.word), prefix: typing && i === words.length - 1 };
    });
  }

  function shardsFor(term) {
    var needed = new Set([shardOf(term.stem)]);
    if (term.prefix) {
      var first = shardOf(term.word);
      var last = Math.min(shardOf(term.word + "\uffff"), first + PREFIX_SHARDS - 1);
      for (var n = first; n <= last; n++) { needed.add(n); }
      for (var k = Math.max(2, term.word.length - PREFIX_STEM_SLACK); k < term.word.length; k++) {
        needed.add(shardOf(term.word.slice(0, k)));
      }
    }
    return Array.from(needed);
  }

  /* The stems a term matches in the loaded shards: its own, and while typing those of words it begins. */
  function matches(term) {
    var found = [];
    var own = lookUp(term.stem);
    if (own) { found.push({ term: own, exact: true }); }
    if (!term.prefix) { return found; }
    shardsFor(term).forEach(function (n) {
      var shard = shards.terms.get(n);
      if (!shard) { return; }
      shard.sorted.forEach(function (s) {
        var entry = shard.terms.get(s);
        if (entry === own) { return; }
        if (s.startsWith(term.word) || (term.word.startsWith(s) && entry.forms.some(function (f) { return f.startsWith(term.word); }))) {
          found.push({ term: entry, exact: false });
        }
      });
    });
    return found;
  }

  function lookUp(text) {
    if (index.shards.length === 0) { return undefined; }
    var shard = shards.terms.get(shardOf(text));
    return shard ? shard.terms.get(text) : undefined;
  }

  /* Every term must match; its score is the best of the stems it matches, a completed word's halved. */
  function rank(terms) {
    var totals = null;
    for (var i = 0; i < terms.length; i++) {
      var scores = new Map();
      matches(terms[i]).forEach(function (match) {
        var pairs = postings(match.term);
        for (var p = 0; p < pairs.length; p += 2) {
          var score = match.exact ? pairs[p + 1] : Math.ceil(pairs[p + 1] / 2);
          var was = scores.get(pairs[p]);
          if (was === undefined || score > was) { scores.set(pairs[p], score); }
        }
      });
      if (totals === null) {
        totals = scores;
      } else {
        var both = new Map();
        totals.forEach(function (score, id) {
          var other = scores.get(id);
          if (other !== undefined) { both.set(id, score + other); }
        });
        totals = both;
      }
      if (totals.size === 0) { break; }
    }
    var results = [];
    (totals || new Map()).forEach(function (score, id) { results.push({ id: id, score: score }); });
    results.sort(function (a, b) { return b.score - a.score || a.id - b.id; });
    return results;
  }

  /* ---- Results ---- */

  function matcher(terms) {
    var wanted = new Set(terms.map(function (t) { return t.stem; }));
    var prefixes = terms.filter(function (t) { return t.prefix; }).map(function (t) { return t.word; });
    return function (word) {
      return wanted.has(stem(word)) || prefixes.some(function (p) { return word.startsWith(p); });
    };
  }

  /* text from start to end, each matching word marked; an ellipsis where it is cut. */
  function highlight(text, start, end, isMatch) {
    var fragment = document.createDocumentFragment();
    if (start > 0) { fragment.appendChild(document.createTextNode("… ")); }
    var at = start;
    wordsOf(text.slice(start, end)).forEach(function (w) {
      if (!isMatch(w.word)) { return; }
      fragment.appendChild(document.createTextNode(text.slice(at, start + w.start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start + w.start, start + w.end);
      fragment.appendChild(mark);
      at = start + w.end;
    });
    fragment.appendChild(document.createTextNode(text.slice(at, end)));
    if (end < text.length) { fragment.appendChild(document.createTextNode(" …")); }
    return fragment;
  }

  /* A piece of the text around the first match, on word boundaries; the summary when the text has none. */
  function excerpt(row, isMatch) {
    var text = row[5];
    var first = wordsOf(text).find(function (w) { return isMatch(w.word); });
    if (!first) {
      return highlight(row[4], 0, row[4].length, isMatch);
    }
    var start = Math.max(0, first.start - 80);
    var end = Math.min(text.length, first.start + 180);
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space >= 0 && space < first.start ? space + 1 : start;
    }
    if (end < text.length) {
      var last = text.lastIndexOf(" ", end);
      end = last > first.start ? last : end;
    }
    return highlight(text, start, end, isMatch);
  }

  function item(row, isMatch) {
    var li = document.createElement("li");
    li.className = "search-result";
    var heading = document.createElement("h2");
    var link = document.createElement("a");
    link.href = row[1];
    link.appendChild(highlight(row[0], 0, row[0].length, isMatch));
    heading.appendChild(link);
    var time = document.createElement("time");
    time.dateTime = row[2];
    time.textContent = row[3];
    var meta = document.createElement("p");
    meta.className = "meta";
    meta.appendChild(time);
    var text = document.createElement("p");
    text.className = "search-excerpt";
    text.appendChild(excerpt(row, isMatch));
    li.appendChild(heading);
    li.appendChild(meta);
    li.appendChild(text);
    return li;
  }

  var current = 0;
  var shown = { results: [], count: 0, isMatch: null, asked: 0 };

  /* Shows the next page of results, once their excerpt shards are in. */
  function showMore(asked) {
    var page = shown.results.slice(shown.count, shown.count + PAGE);
    var groups = Array.from(new Set(page.map(function (r) { return Math.floor(r.id / index.group); })));
    return Promise.all(groups.map(function (g) { return load("excerpts", g); })).then(function () {
      if (asked !== current) { return; }
      page.forEach(function (r) {
        var rows = shards.excerpts.get(Math.floor(r.id / index.group));
        list.appendChild(item(rows[r.id % index.group], shown.isMatch));
      });
      shown.count += page.length;
      if (more) { more.hidden = shown.count >= shown.results.length; }
    });
  }

  /* Shows the results for query; typed, when the reader is still typing it. */
  function search(query, typed) {
    var asked = ++current;
    var terms = parse(query, typed);
    if (terms.length === 0) {
      list.textContent = "";
      if (more) { more.hidden = true; }
      status.textContent = status.getAttribute("data-hint");
      return Promise.resolve();
    }
    var needed = new Set();
    if (index.shards.length > 0) { /* a site without articles has no term shard to load */
      terms.forEach(function (t) { shardsFor(t).forEach(function (n) { needed.add(n); }); });
    }
    return Promise.all(Array.from(needed).map(function (n) { return load("terms", n); })).then(function () {
      if (asked !== current) { return undefined; }
      var results = rank(terms);
      shown = { results: results, count: 0, isMatch: matcher(terms) };
      list.textContent = "";
      if (more) { more.hidden = true; }
      if (results.length === 0) {
        status.textContent = status.getAttribute("data-none").replace("{0}", query);
        return undefined;
      }
      status.textContent = results.length === 1 ? status.getAttribute("data-one")
        : status.getAttribute("data-other").replace("{0}", String(results.length));
      return showMore(asked);
    }).catch(function () {
      if (asked === current) { status.textContent = status.getAttribute("data-failed"); }
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  search(input.value, false);
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      search(input.value, true);
      if (window.history && window.history.replaceState && window.location.protocol !== "file:") {
        var url = new URL(window.location.href);
        url.searchParams.set("q", input.value);
        window.history.replaceState(null, "", url);
      }
    }, 120);
  });
  input.form.addEventListener("submit", function (event) {
    event.preventDefault();
    search(input.value, false);
  });
  if (more) {
    more.addEventListener("click", function () { showMore(current); });
  }
})();
