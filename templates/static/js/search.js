/* Broadsheet search: runs in the browser over search-index.js, from disk or from a server. */
(function () {
  "use strict";

  var index = window.BROADSHEET_SEARCH || [];
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!input || !status || !list) {
    return;
  }

  /* Lower case without accents: "Città" and "CITTA" both become "citta". */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var items = index.map(function (row) {
    var body = row[6];
    var foldedBody = fold(body);
    return {
      title: row[0], url: row[1], date: row[2], dateText: row[3], tags: row[4], summary: row[5], body: body,
      fTitle: fold(row[0]), fTags: row[4].map(fold), fSummary: fold(row[5]), fBody: foldedBody,
      /* Folding keeps the length of NFC text in Latin scripts; where it does not, excerpts come from the folded text. */
      sameLength: foldedBody.length === body.length
    };
  });

  function termsOf(query) {
    return fold(query).split(/[^0-9a-z\u00c0-\uffff]+/).filter(function (t) { return t.length > 0; });
  }

  function occurrences(haystack, term, max) {
    var count = 0;
    for (var at = haystack.indexOf(term); at >= 0 && count < max; at = haystack.indexOf(term, at + term.length)) {
      count++;
    }
    return count;
  }

  /* Every term must occur somewhere; title and tag hits weigh most, then the summary, then the body. */
  function score(item, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      var points = 0;
      if (item.fTitle.indexOf(term) >= 0) { points += 10; }
      if (item.fTags.some(function (tag) { return tag.indexOf(term) >= 0; })) { points += 8; }
      if (item.fSummary.indexOf(term) >= 0) { points += 3; }
      points += Math.min(5, occurrences(item.fBody, term, 5));
      if (points === 0) { return 0; }
      total += points;
    }
    return total;
  }

  /* A piece of text around the first match, with every term marked. */
  function excerpt(item, terms) {
    var source = item.sameLength ? item.body : item.fBody;
    var folded = item.fBody;
    var first = -1;
    terms.forEach(function (term) {
      var at = folded.indexOf(term);
      if (at >= 0 && (first < 0 || at < first)) { first = at; }
    });
    if (first < 0) {
      return highlight(item.summary, fold(item.summary), terms, 0, item.summary.length);
    }
    var start = Math.max(0, first - 80);
    var end = Math.min(source.length, first + 180);
    /* Start and end on word boundaries. */
    if (start > 0) {
      var space = source.indexOf(" ", start);
      start = space >= 0 && space < first ? space + 1 : start;
    }
    if (end < source.length) {
      var last = source.lastIndexOf(" ", end);
      end = last > first ? last : end;
    }
    return highlight(source, folded, terms, start, end);
  }

  function highlight(text, folded, terms, start, end) {
    var fragment = document.createDocumentFragment();
    if (start > 0) { fragment.appendChild(document.createTextNode("… ")); }
    var at = start;
    while (at < end) {
      var next = -1;
      var length = 0;
      terms.forEach(function (term) {
        var found = folded.indexOf(term, at);
        if (found >= 0 && found < end && (next < 0 || found < next)) { next = found; length = term.length; }
      });
      if (next < 0) {
        fragment.appendChild(document.createTextNode(text.slice(at, end)));
        break;
      }
      fragment.appendChild(document.createTextNode(text.slice(at, next)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(next, Math.min(end, next + length));
      fragment.appendChild(mark);
      at = next + length;
    }
    if (end < text.length) { fragment.appendChild(document.createTextNode(" …")); }
    return fragment;
  }

  function render(query) {
    list.textContent = "";
    var terms = termsOf(query);
    if (terms.length === 0) {
      status.textContent = status.getAttribute("data-hint");
      return;
    }
    var results = items
      .map(function (item) { return { item: item, score: score(item, terms) }; })
      .filter(function (r) { return r.score > 0; })
      .sort(function (a, b) {
        return b.score - a.score || (a.item.date < b.item.date ? 1 : a.item.date > b.item.date ? -1 : 0);
      });
    if (results.length === 0) {
      status.textContent = status.getAttribute("data-none").replace("{0}", query);
      return;
    }
    status.textContent = results.length === 1 ? status.getAttribute("data-one")
      : status.getAttribute("data-other").replace("{0}", String(results.length));
    results.slice(0, 50).forEach(function (result) {
      var item = result.item;
      var li = document.createElement("li");
      li.className = "search-result";
      var heading = document.createElement("h2");
      var link = document.createElement("a");
      link.href = item.url;
      link.appendChild(highlight(item.title, item.fTitle, terms, 0, item.title.length));
      heading.appendChild(link);
      var time = document.createElement("time");
      time.dateTime = item.date;
      time.textContent = item.dateText;
      var meta = document.createElement("p");
      meta.className = "meta";
      meta.appendChild(time);
      var text = document.createElement("p");
      text.className = "search-excerpt";
      text.appendChild(excerpt(item, terms));
      li.appendChild(heading);
      li.appendChild(meta);
      li.appendChild(text);
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  input.value = params.get("q") || "";
  render(input.value);
  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      render(input.value);
      if (window.history && window.history.replaceState && window.location.protocol !== "file:") {
        var url = new URL(window.location.href);
        url.searchParams.set("q", input.value);
        window.history.replaceState(null, "", url);
      }
    }, 120);
  });
  input.form.addEventListener("submit", function (event) {
    event.preventDefault();
    render(input.value);
  });
})();
