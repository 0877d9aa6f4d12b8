// Embeds: each placeholder gets a button that loads the provider's frame, and only then. Until
// the reader presses it, the page has fetched nothing from the provider; without JavaScript the
// placeholder's link leads to the provider's page.
(function () {
  "use strict";
  var script = document.currentScript;
  var loadText = (script && script.getAttribute("data-load")) || "Load {provider}";
  var noticeText = (script && script.getAttribute("data-notice")) || "";

  function fill(text, provider) {
    return text.split("{provider}").join(provider);
  }

  function prepare(figure) {
    var frame = figure.querySelector(".embed-frame");
    var notice = frame && frame.querySelector(".embed-notice");
    if (!notice) {
      return;
    }
    var provider = figure.getAttribute("data-embed-provider") || "";
    var button = document.createElement("button");
    button.type = "button";
    button.className = "embed-load";
    button.textContent = fill(loadText, provider);
    button.addEventListener("click", function () {
      var iframe = document.createElement("iframe");
      iframe.src = figure.getAttribute("data-embed-src");
      iframe.title = figure.getAttribute("data-embed-title") || provider;
      iframe.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
      iframe.setAttribute("allowfullscreen", "");
      iframe.referrerPolicy = "strict-origin-when-cross-origin";
      frame.replaceChildren(iframe);
      figure.classList.add("embed-loaded");
      iframe.focus();
    });
    notice.appendChild(button);
    if (noticeText) {
      var privacy = document.createElement("p");
      privacy.className = "embed-privacy";
      privacy.textContent = fill(noticeText, provider);
      notice.appendChild(privacy);
    }
  }

  Array.prototype.forEach.call(document.querySelectorAll("figure.embed[data-embed-src]"), prepare);
})();
