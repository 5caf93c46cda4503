/* Sizes every <iframe data-ai-chain> on this page to the widget inside it. No dependencies.
   The widget posts {sentinel: "amp", type: "embed-size", height} to its parent on every change of
   its height; this script matches the message to its iframe by event.source and sets style.height.
   Every other message is ignored. */
(function () {
  'use strict';
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    var height = Number(data.height);
    if (!(height > 0 && height < 100000)) return;
    var frames = document.querySelectorAll('iframe[data-ai-chain]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
