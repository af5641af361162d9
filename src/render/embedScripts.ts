// The two scripts embedding needs, served from our origin: one inside the card, one on the page that embeds it.
// Plain ES5 with no dependencies, so they run in any browser a reader might have.

/** Runs inside the card (/embed-frame.js): tells the embedding page how tall the card is, whenever that changes. */
export const EMBED_FRAME_SCRIPT = `// News fact sheets: posts this card's height to the page that embeds it.
(function () {
  if (window.parent === window) return;
  var last = 0;
  function post() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (!height || height === last) return;
    last = height;
    window.parent.postMessage({ type: 'factsheet:height', height: height }, '*');
  }
  if (window.ResizeObserver) new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener('load', post);
  post();
})();
`;

/**
 * Runs on the embedding page (/embed.js): finds the iframe whose window sent the message (never trusting a
 * selector or an id in the message) and sets its height. Only messages from our origin are read.
 */
export const EMBED_HOST_SCRIPT = `// News fact sheets: resizes embedded fact-sheet cards to fit their content.
(function () {
  if (window.__factsheetEmbed) return;
  window.__factsheetEmbed = true;
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src).origin : null;
  window.addEventListener('message', function (event) {
    if (origin && event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'factsheet:height' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(80, Math.min(4000, Math.round(data.height))) + 'px';
        return;
      }
    }
  });
})();
`;
