// fetch with Headers, Request, Response and Blob. The host does the I/O (file:, data:, and http(s): when
// allowed); this file gives the results their web shape. WebAssembly.compileStreaming/instantiateStreaming
// rely on a real Response with ok, headers.get('Content-Type') and arrayBuffer().
(function (host, $) {
  'use strict';
  const g = globalThis;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  const headerName = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  function normalizeName(name) {
    const n = `${name}`;
    if (!headerName.test(n)) throw new TypeError(`Headers: invalid header name: "${n}"`);
    return n.toLowerCase();
  }
  function normalizeValue(value) {
    const v = `${value}`.replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
    if (/[\0\n\r]/.test(v)) throw new TypeError(`Headers: invalid header value: "${v}"`);
    return v;
  }

  class Headers {
    #list = [];
    constructor(init) {
      if (init === undefined || init === null) return;
      if (init instanceof Headers) {
        this.#list = init.#list.map(([k, v]) => [k, v]);
      } else if (typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          const p = Array.from(pair);
          if (p.length !== 2) throw new TypeError("Failed to construct 'Headers': Invalid value");
          this.append(p[0], p[1]);
        }
      } else if (typeof init === 'object') {
        for (const key of Object.keys(init)) this.append(key, init[key]);
      } else {
        throw new TypeError("Failed to construct 'Headers': The provided value is not of type '(record<ByteString, ByteString> or sequence<sequence<ByteString>>)'.");
      }
    }
    append(name, value) { this.#list.push([normalizeName(name), normalizeValue(value)]); }
    delete(name) { const n = normalizeName(name); this.#list = this.#list.filter(([k]) => k !== n); }
    get(name) {
      const n = normalizeName(name);
      const values = this.#list.filter(([k]) => k === n).map(([, v]) => v);
      return values.length === 0 ? null : values.join(', ');
    }
    getSetCookie() { return this.#list.filter(([k]) => k === 'set-cookie').map(([, v]) => v); }
    has(name) { const n = normalizeName(name); return this.#list.some(([k]) => k === n); }
    set(name, value) {
      const n = normalizeName(name);
      const v = normalizeValue(value);
      const i = this.#list.findIndex(([k]) => k === n);
      if (i < 0) this.#list.push([n, v]);
      else {
        this.#list[i][1] = v;
        this.#list = this.#list.filter(([k], j) => j <= i || k !== n);
      }
    }
    #sorted() {
      const names = [...new Set(this.#list.map(([k]) => k))].sort();
      const out = [];
      for (const n of names) {
        if (n === 'set-cookie') for (const v of this.getSetCookie()) out.push([n, v]);
        else out.push([n, this.get(n)]);
      }
      return out;
    }
    forEach(callback, thisArg) { for (const [k, v] of this.#sorted()) callback.call(thisArg, v, k, this); }
    *entries() { yield* this.#sorted(); }
    *keys() { for (const [k] of this.#sorted()) yield k; }
    *values() { for (const [, v] of this.#sorted()) yield v; }
    [Symbol.iterator]() { return this.entries(); }
    [$.inspectCustom](depth, options) {
      const obj = {};
      for (const [k, v] of this.#sorted()) obj[k] = v;
      return `Headers ${$.inspect(obj, options)}`;
    }
  }
  Object.defineProperty(Headers.prototype, Symbol.toStringTag, { value: 'Headers', configurable: true });

  // Body contents are kept as bytes; every reader copies, so a Response can be cloned.
  function toBytes(body) {
    if (body === undefined || body === null) return null;
    if (typeof body === 'string') return { bytes: encoder.encode(body), type: 'text/plain;charset=UTF-8' };
    if (body instanceof ArrayBuffer) return { bytes: new Uint8Array(body.slice(0)), type: null };
    if (ArrayBuffer.isView(body)) return { bytes: new Uint8Array(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)), type: null };
    if (body instanceof Blob) return { bytes: $.blobBytes(body), type: body.type || null };
    if (body instanceof URLSearchParams) return { bytes: encoder.encode(body.toString()), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
    return { bytes: encoder.encode(`${body}`), type: 'text/plain;charset=UTF-8' };
  }

  class Blob {
    #bytes; #type;
    constructor(parts = [], options = {}) {
      const chunks = [];
      for (const part of parts) {
        const b = toBytes(part);
        chunks.push(b.bytes);
      }
      let len = 0;
      for (const c of chunks) len += c.length;
      this.#bytes = new Uint8Array(len);
      let off = 0;
      for (const c of chunks) { this.#bytes.set(c, off); off += c.length; }
      const type = options.type === undefined ? '' : `${options.type}`;
      this.#type = /[^\u0020-\u007E]/.test(type) ? '' : type.toLowerCase();
    }
    static _bytes(blob) { return blob.#bytes; }
    get size() { return this.#bytes.length; }
    get type() { return this.#type; }
    arrayBuffer() { return Promise.resolve(this.#bytes.slice().buffer); }
    bytes() { return Promise.resolve(this.#bytes.slice()); }
    text() { return Promise.resolve(decoder.decode(this.#bytes)); }
    slice(start = 0, end = this.#bytes.length, type = '') {
      return new Blob([this.#bytes.slice(start, end)], { type });
    }
  }
  Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });
  $.blobBytes = Blob._bytes;
  delete Blob._bytes;

  // The body mixin shared by Request and Response.
  const bodyOf = new WeakMap();
  function consume(obj, what) {
    const state = bodyOf.get(obj);
    if (state.used) return Promise.reject(new TypeError(`Failed to execute '${what}' on '${obj[Symbol.toStringTag]}': body stream already read`));
    state.used = true;
    return Promise.resolve(state.bytes === null ? new Uint8Array(0) : state.bytes);
  }
  const bodyMixin = {
    get bodyUsed() { return bodyOf.get(this).used; },
    get body() { return bodyOf.get(this).bytes === null ? null : $.bodyStream(this); },
    arrayBuffer() { return consume(this, 'arrayBuffer').then((b) => b.slice().buffer); },
    bytes() { return consume(this, 'bytes').then((b) => b.slice()); },
    text() { return consume(this, 'text').then((b) => decoder.decode(b)); },
    json() { return consume(this, 'json').then((b) => JSON.parse(decoder.decode(b))); },
    blob() {
      const type = this.headers.get('content-type') || '';
      return consume(this, 'blob').then((b) => new Blob([b], { type }));
    },
  };
  function mixBody(C) {
    for (const name of Object.getOwnPropertyNames(bodyMixin)) {
      Object.defineProperty(C.prototype, name, Object.assign(Object.getOwnPropertyDescriptor(bodyMixin, name), { enumerable: true }));
    }
  }
  // Minimal ReadableStream-like body: one chunk, for code that reads response.body with a reader.
  $.bodyStream = (owner) => {
    const state = bodyOf.get(owner);
    let done = false;
    return {
      locked: false,
      getReader() {
        return {
          read() {
            if (done || state.used) return Promise.resolve({ value: undefined, done: true });
            done = true;
            state.used = true;
            return Promise.resolve({ value: state.bytes.slice(), done: false });
          },
          releaseLock() { },
          cancel() { done = true; return Promise.resolve(); },
          get closed() { return Promise.resolve(); },
        };
      },
      async *[Symbol.asyncIterator]() {
        const r = this.getReader();
        for (;;) { const { value, done: d } = await r.read(); if (d) return; yield value; }
      },
    };
  };

  const nullBodyStatus = [101, 103, 204, 205, 304];
  const responseExtra = new WeakMap();

  class Response {
    constructor(body = null, init = {}) {
      const status = init.status === undefined ? 200 : Number(init.status);
      if (!Number.isInteger(status) || status < 200 || status > 599) {
        throw new RangeError(`Failed to construct 'Response': The status provided (${init.status}) is outside the range [200, 599].`);
      }
      const b = toBytes(body);
      if (b !== null && nullBodyStatus.includes(status)) throw new TypeError("Failed to construct 'Response': Response with null body status cannot have body");
      const headers = new Headers(init.headers);
      if (b !== null && b.type !== null && !headers.has('content-type')) headers.set('content-type', b.type);
      bodyOf.set(this, { bytes: b === null ? null : b.bytes, used: false });
      responseExtra.set(this, { status, statusText: init.statusText === undefined ? '' : `${init.statusText}`, headers, url: '', redirected: false, type: 'default' });
    }
    static error() {
      const r = new Response(null, { status: 200 });
      Object.assign(responseExtra.get(r), { status: 0, type: 'error' });
      return r;
    }
    static json(data, init = {}) {
      const text = JSON.stringify(data);
      if (text === undefined) throw new TypeError("Failed to execute 'json' on 'Response': The data is not JSON serializable");
      const headers = new Headers(init.headers);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      return new Response(text, Object.assign({}, init, { headers }));
    }
    static redirect(url, status = 302) {
      const r = new Response(null, { status: 200 });
      Object.assign(responseExtra.get(r), { status, headers: new Headers({ location: new URL(url, $.baseUrl()).href }) });
      return r;
    }
    static _fromHost(status, statusText, url, headerPairs, bytes, redirected) {
      const r = new Response(null);
      bodyOf.set(r, { bytes: nullBodyStatus.includes(status) ? null : bytes, used: false });
      const headers = new Headers();
      for (const [k, v] of headerPairs) headers.append(k, v);
      responseExtra.set(r, { status, statusText, headers, url, redirected, type: 'basic' });
      return r;
    }
    get type() { return responseExtra.get(this).type; }
    get url() { return responseExtra.get(this).url; }
    get redirected() { return responseExtra.get(this).redirected; }
    get status() { return responseExtra.get(this).status; }
    get ok() { const s = responseExtra.get(this).status; return s >= 200 && s <= 299; }
    get statusText() { return responseExtra.get(this).statusText; }
    get headers() { return responseExtra.get(this).headers; }
    clone() {
      const state = bodyOf.get(this);
      if (state.used) throw new TypeError("Failed to execute 'clone' on 'Response': Response body is already used");
      const r = new Response(null);
      bodyOf.set(r, { bytes: state.bytes, used: false });
      const x = responseExtra.get(this);
      responseExtra.set(r, Object.assign({}, x, { headers: new Headers(x.headers) }));
      return r;
    }
    [$.inspectCustom](depth, options) {
      const x = responseExtra.get(this);
      return `Response ${$.inspect({ status: x.status, statusText: x.statusText, headers: x.headers, body: bodyOf.get(this).bytes === null ? null : 'ReadableStream', bodyUsed: bodyOf.get(this).used, ok: this.ok, redirected: x.redirected, type: x.type, url: x.url }, options)}`;
    }
  }
  Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });
  for (const name of ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers']) {
    Object.defineProperty(Response.prototype, name, Object.assign(Object.getOwnPropertyDescriptor(Response.prototype, name), { enumerable: true }));
  }
  mixBody(Response);
  const responseFromHost = Response._fromHost;
  delete Response._fromHost;

  const requestExtra = new WeakMap();
  class Request {
    constructor(input, init = {}) {
      let url;
      let method = 'GET';
      let headers;
      let body = null;
      let signal = null;
      if (input instanceof Request) {
        const x = requestExtra.get(input);
        url = x.url; method = x.method; headers = new Headers(x.headers); signal = x.signal;
        body = bodyOf.get(input).bytes;
      } else {
        let parsed;
        try { parsed = new URL(`${input}`, $.baseUrl()); } catch (e) {
          throw new TypeError(`Failed to parse URL from ${input}`);
        }
        if (parsed.username !== '' || parsed.password !== '') throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
        url = parsed.href;
      }
      if (init.method !== undefined) {
        method = `${init.method}`;
        if (/^(get|head|post|put|delete|options|patch)$/i.test(method)) method = method.toUpperCase();
      }
      if (init.headers !== undefined) headers = new Headers(init.headers);
      if (headers === undefined) headers = new Headers();
      if (init.signal !== undefined) signal = init.signal;
      if (init.body !== undefined && init.body !== null) {
        if (method === 'GET' || method === 'HEAD') throw new TypeError("Failed to construct 'Request': Request with GET/HEAD method cannot have body.");
        const b = toBytes(init.body);
        body = b.bytes;
        if (b.type !== null && !headers.has('content-type')) headers.set('content-type', b.type);
      }
      bodyOf.set(this, { bytes: body, used: false });
      requestExtra.set(this, { url, method, headers, signal });
    }
    get url() { return requestExtra.get(this).url; }
    get method() { return requestExtra.get(this).method; }
    get headers() { return requestExtra.get(this).headers; }
    get signal() { return requestExtra.get(this).signal; }
    clone() { return new Request(this); }
  }
  Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });
  mixBody(Request);

  function fetch(input, init = undefined) {
    return new Promise((resolve, reject) => {
      const request = new Request(input, init);
      const x = requestExtra.get(request);
      if (x.signal && x.signal.aborted) {
        reject(x.signal.reason);
        return;
      }
      const headerPairs = [...x.headers];
      const body = bodyOf.get(request).bytes;
      host.fetch(x.url, x.method, headerPairs, body === null ? null : body,
        (status, statusText, url, pairs, buffer, redirected) => {
          if (x.signal && x.signal.aborted) { reject(x.signal.reason); return; }
          resolve(responseFromHost(status, statusText, url, pairs, new Uint8Array(new ArrayBuffer(buffer)), redirected));
        },
        (message) => {
          // Browsers say just "Failed to fetch"; the host's message also names the URL and the reason.
          const err = new TypeError(message);
          reject(err);
        });
    });
  }

  $.define(g, 'Headers', Headers);
  $.define(g, 'Request', Request);
  $.define(g, 'Response', Response);
  $.define(g, 'Blob', Blob);
  $.define(g, 'fetch', fetch);
})
