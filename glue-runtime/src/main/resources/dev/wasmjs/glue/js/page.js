// Browser-page globals for page mode (bin/wasmjs page.html): window, self, location, a minimal document that
// reports readiness and the current script, and the load events pages wait for.
(function (host, $, pageUrl) {
  'use strict';
  const g = globalThis;
  const location = new URL(pageUrl);
  const locationObject = {};
  for (const key of ['href', 'origin', 'protocol', 'host', 'hostname', 'port', 'pathname', 'search', 'hash']) {
    Object.defineProperty(locationObject, key, { get: () => location[key], enumerable: true });
  }
  locationObject.toString = () => location.href;
  locationObject.assign = locationObject.replace = locationObject.reload = () => { };
  class Document extends EventTarget {
    constructor() {
      super();
      this.readyState = 'loading';
      this.currentScript = null;
      this.title = '';
    }
    get URL() { return location.href; }
    get documentURI() { return location.href; }
    get baseURI() { return location.href; }
    get location() { return locationObject; }
    getElementById() { return null; }
    querySelector() { return null; }
    querySelectorAll() { return []; }
    getElementsByTagName() { return []; }
  }
  const document = new Document();
  // The window object is the global object itself, as in browsers; EventTarget methods are installed on it.
  const events = new EventTarget();
  for (const name of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
    $.define(g, name, events[name].bind(events));
  }
  $.define(g, 'window', g);
  $.define(g, 'self', g);
  $.define(g, 'document', document);
  $.define(g, 'location', locationObject);
  $.define(g, 'navigator', { userAgent: `wasmjs/${host.version()}`, language: 'en-US', languages: ['en-US'], hardwareConcurrency: host.cpuCount(), onLine: false });
  $.setCurrentScript = (src) => { document.currentScript = src === null ? null : { src, getAttribute: (n) => n === 'src' ? src : null, tagName: 'SCRIPT' }; };
  $.setReadyState = (state) => {
    document.readyState = state;
    if (state === 'interactive') document.dispatchEvent(new Event('DOMContentLoaded', { bubbles: true }));
    if (state === 'complete') {
      document.dispatchEvent(new Event('readystatechange'));
      events.dispatchEvent(new Event('load'));
    }
  };
  $.pageBase = () => location.href;
})
