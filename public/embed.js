/* The article's side of the widget (design.md, "The article around the widget"). No dependencies;
   load it once or many times, it sets itself up once.
   - Sizes every <iframe data-ai-chain> to the widget inside it: the widget posts
     {sentinel: "amp", type: "embed-size", height} on every change of its height; the message is
     matched to its iframe by event.source.
   - Shared links: an article address with ?aichain=<widget query> (what the widget's share control
     builds: the reader's choices) passes that query into every widget's src; and each widget is
     told the article's address ({type: "ai-chain:article", url}) so that its share control links
     back here.
   - Story steps: an element with data-ai-chain-step="<widget query>" sets the widget to that view
     when it reaches the middle of the screen (data-ai-chain-target="<iframe id>" picks the widget;
     else the first). The widget checks the query by the rules of its URL parameters and refuses a
     bad step whole; the step is then named in this page's console. Views change at once, with no
     scrolling of the article; the widget drops its own transitions for readers who ask for
     reduced motion.
   Every other message is ignored. */
(function () {
  'use strict';
  if (window.aiChainEmbed) return;
  window.aiChainEmbed = true;

  var FRAMES = 'iframe[data-ai-chain]';
  var frames = function () { return document.querySelectorAll(FRAMES); };
  // The last step for each frame: sent again with each height report until the widget answers
  // (its ai-chain:state, or ai-chain:rejected, which names the step here).
  var steps = new Map();

  function frameOf(source) {
    var all = frames();
    for (var i = 0; i < all.length; i++) if (all[i].contentWindow === source) return all[i];
    return null;
  }
  function origin(frame) {
    try { return new URL(frame.src, location.href).origin; } catch (e) { return null; }
  }
  function send(frame, message) {
    var to = origin(frame);
    if (to && frame.contentWindow) frame.contentWindow.postMessage(message, to);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    var frame = frameOf(event.source);
    if (!frame) return;
    if (data.sentinel === 'amp' && data.type === 'embed-size') {
      var height = Number(data.height);
      if (!(height > 0 && height < 100000)) return;
      frame.style.height = Math.ceil(height) + 'px';
      // The widget runs: it learns where it is, and the step the reader has reached.
      send(frame, { type: 'ai-chain:article', url: location.href });
      var step = steps.get(frame);
      if (step && !step.answered) send(frame, { type: 'ai-chain:set', query: step.query });
    } else if (data.type === 'ai-chain:state' || data.type === 'ai-chain:rejected') {
      var last = steps.get(frame);
      if (last) last.answered = true;
      if (data.type === 'ai-chain:rejected') {
        console.warn('ai-chain: ' + (last && last.what || 'story step') + ' "' + data.query + '" ignored: ' +
          [].concat(data.problems).join('; '), last && last.query === data.query ? last.element : frame);
      }
    }
  });

  function setUp() {
    // A shared link's view, into each widget's address. A frame that had begun to load may keep
    // its first address (Chromium, lazy frames): the view also waits as the frame's step, sent
    // when its widget first reports (the same view again where the address carried it).
    var shared = new URLSearchParams(location.search).get('aichain');
    if (shared) {
      frames().forEach(function (frame) {
        steps.set(frame, { query: shared, element: frame, what: 'shared link', answered: false });
        try {
          var url = new URL(frame.getAttribute('src'), location.href);
          if (url.searchParams.get('aichain') === shared) return;
          url.searchParams.set('aichain', shared);
          frame.src = url.href;
        } catch (e) {
          console.warn('ai-chain: an iframe without a usable src', frame);
        }
      });
    }
    var marked = document.querySelectorAll('[data-ai-chain-step]');
    if (!marked.length || !('IntersectionObserver' in window)) return;
    // A band across the middle of the screen: a step fires as it enters it.
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) { if (entry.isIntersecting) go(entry.target); });
    }, { rootMargin: '-45% 0px -45% 0px' });
    marked.forEach(function (element) { observer.observe(element); });
  }

  function go(element) {
    var id = element.getAttribute('data-ai-chain-target');
    var frame = id ? document.getElementById(id) : frames()[0];
    if (!frame || !frame.matches(FRAMES)) {
      console.warn('ai-chain: story step "' + element.getAttribute('data-ai-chain-step') +
        '" names no <iframe data-ai-chain>' + (id ? ' with the id "' + id + '"' : ''), element);
      return;
    }
    var query = element.getAttribute('data-ai-chain-step');
    steps.set(frame, { query: query, element: element, answered: false });
    send(frame, { type: 'ai-chain:set', query: query });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', setUp);
  else setUp();
})();
