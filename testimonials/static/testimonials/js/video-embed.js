// Click to load: a YouTube or Vimeo player is inserted only when the visitor presses the play button
// (testimonials/templates/testimonials/includes/video_embed.html). Before that, the page makes no request
// to the provider. Without this script the visitor has the link to the video on the provider's site.
(function () {
  "use strict";

  function load(container) {
    var frame = container.querySelector(".video-embed-frame");
    var iframe = document.createElement("iframe");
    iframe.src = container.dataset.player;
    iframe.title = container.dataset.title;
    iframe.width = "960";
    iframe.height = "540";
    iframe.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
    iframe.allowFullscreen = true;
    iframe.referrerPolicy = "strict-origin";
    frame.replaceChildren(iframe);
    frame.classList.add("video-embed-loaded");
    iframe.focus();
  }

  function setUp(container) {
    if (container.dataset.ready) {
      return; // several video blocks on one page load this script more than once
    }
    container.dataset.ready = "true";
    var frame = container.querySelector(".video-embed-frame");
    var button = container.querySelector(".video-embed-play");
    frame.hidden = false;
    button.hidden = false;
    button.addEventListener("click", function () {
      load(container);
    });
  }

  document.querySelectorAll(".video-embed[data-player]").forEach(setUp);
})();
