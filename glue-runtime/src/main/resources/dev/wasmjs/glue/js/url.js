// URL and URLSearchParams (WHATWG URL standard). Parsing and the setters run in Java (dev.wasmjs.glue.url);
// this file gives them their JS shape and keeps url.searchParams and url.search in sync.
(function (host, $) {
  'use strict';
  const g = globalThis;

  function toUSVString(v) {
    const s = `${v}`;
    return typeof s.toWellFormed === 'function' ? s.toWellFormed() : s;
  }

  // application/x-www-form-urlencoded serializing and parsing.
  function formEncode(s) {
    return encodeURIComponent(toUSVString(s)).replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+');
  }
  const utf8 = new TextDecoder();
  function percentDecode(s) {
    if (!s.includes('%')) return s;
    const bytes = new TextEncoder().encode(s);
    const out = new Uint8Array(bytes.length);
    let j = 0;
    const hex = (b) => (b >= 48 && b <= 57) ? b - 48 : (b >= 65 && b <= 70) ? b - 55 : (b >= 97 && b <= 102) ? b - 87 : -1;
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 37 && i + 2 < bytes.length && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
        out[j++] = hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]);
        i += 2;
      } else {
        out[j++] = bytes[i];
      }
    }
    return utf8.decode(out.subarray(0, j));
  }
  function parseForm(input) {
    const list = [];
    for (const sequence of input.split('&')) {
      if (sequence === '') continue;
      const eq = sequence.indexOf('=');
      const name = eq >= 0 ? sequence.slice(0, eq) : sequence;
      const value = eq >= 0 ? sequence.slice(eq + 1) : '';
      list.push([percentDecode(name.replace(/\+/g, ' ')), percentDecode(value.replace(/\+/g, ' '))]);
    }
    return list;
  }

  const searchParamsOwner = new WeakMap();

  class URLSearchParams {
    #list = [];
    constructor(init = '') {
      if (init instanceof URLSearchParams) {
        this.#list = init.#list.map(([k, v]) => [k, v]);
      } else if (typeof init === 'object' && init !== null || typeof init === 'function') {
        if (typeof init[Symbol.iterator] === 'function') {
          for (const pair of init) {
            const p = Array.from(pair);
            if (p.length !== 2) throw new TypeError("Failed to construct 'URLSearchParams': Sequence initializer must only contain pair elements");
            this.#list.push([toUSVString(p[0]), toUSVString(p[1])]);
          }
        } else {
          for (const key of Reflect.ownKeys(init)) {
            if (typeof key === 'string' && Object.prototype.propertyIsEnumerable.call(init, key)) {
              this.#list.push([toUSVString(key), toUSVString(init[key])]);
            }
          }
        }
      } else {
        let s = toUSVString(init);
        if (s.startsWith('?')) s = s.slice(1);
        this.#list = parseForm(s);
      }
    }
    static _reset(params, query) { params.#list = query == null ? [] : parseForm(query); }
    #update() {
      const url = searchParamsOwner.get(this);
      if (url !== undefined) $.urlSetQueryFromParams(url, this.toString());
    }
    get size() { return this.#list.length; }
    append(name, value) { this.#list.push([toUSVString(name), toUSVString(value)]); this.#update(); }
    delete(name, value) {
      name = toUSVString(name);
      this.#list = value === undefined ? this.#list.filter(([k]) => k !== name)
        : this.#list.filter(([k, v]) => !(k === name && v === toUSVString(value)));
      this.#update();
    }
    get(name) { name = toUSVString(name); const e = this.#list.find(([k]) => k === name); return e === undefined ? null : e[1]; }
    getAll(name) { name = toUSVString(name); return this.#list.filter(([k]) => k === name).map(([, v]) => v); }
    has(name, value) {
      name = toUSVString(name);
      return value === undefined ? this.#list.some(([k]) => k === name) : this.#list.some(([k, v]) => k === name && v === toUSVString(value));
    }
    set(name, value) {
      name = toUSVString(name); value = toUSVString(value);
      const i = this.#list.findIndex(([k]) => k === name);
      if (i < 0) this.#list.push([name, value]);
      else {
        this.#list[i][1] = value;
        this.#list = this.#list.filter(([k], j) => j <= i || k !== name);
      }
      this.#update();
    }
    sort() {
      // Stable sort by UTF-16 code units, as the standard asks.
      this.#list = this.#list.map((e, i) => [e, i]).sort((a, b) => (a[0][0] < b[0][0] ? -1 : a[0][0] > b[0][0] ? 1 : a[1] - b[1])).map((x) => x[0]);
      this.#update();
    }
    forEach(callback, thisArg) {
      for (let i = 0; i < this.#list.length; i++) callback.call(thisArg, this.#list[i][1], this.#list[i][0], this);
    }
    *entries() { for (let i = 0; i < this.#list.length; i++) yield [this.#list[i][0], this.#list[i][1]]; }
    *keys() { for (let i = 0; i < this.#list.length; i++) yield this.#list[i][0]; }
    *values() { for (let i = 0; i < this.#list.length; i++) yield this.#list[i][1]; }
    [Symbol.iterator]() { return this.entries(); }
    toString() { return this.#list.map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`).join('&'); }
    [$.inspectCustom](depth, options, inspect) {
      if (this.#list.length === 0) return 'URLSearchParams {}';
      return `URLSearchParams { ${this.#list.map(([k, v]) => `${$.inspect(k)} => ${$.inspect(v)}`).join(', ')} }`;
    }
  }
  Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, { value: 'URLSearchParams', configurable: true });
  const resetParams = URLSearchParams._reset;
  delete URLSearchParams._reset;

  const invalid = (input, base) => {
    const err = new TypeError(base === undefined ? `Invalid URL: ${input}` : `Invalid URL: ${input} (base ${base})`);
    err.code = 'ERR_INVALID_URL';
    err.input = input;
    return err;
  };

  class URL {
    #impl;
    #params;
    constructor(url, base) {
      if (arguments.length === 0) throw new TypeError("Failed to construct 'URL': 1 argument required, but only 0 present.");
      const input = toUSVString(url);
      const baseStr = base === undefined ? undefined : toUSVString(base);
      const impl = host.parseUrl(input, baseStr === undefined ? null : baseStr);
      if (impl === null) throw invalid(input, baseStr);
      this.#impl = impl;
      this.#params = new URLSearchParams(impl.getQuery() || '');
      searchParamsOwner.set(this.#params, this);
    }
    static canParse(url, base) {
      return host.parseUrl(toUSVString(url), base === undefined ? null : toUSVString(base)) !== null;
    }
    static parse(url, base) {
      try { return new URL(url, base); } catch (e) { return null; }
    }
    static _setQuery(url, q) { url.#impl.setQueryFromParams(q); }
    get href() { return this.#impl.getHref(); }
    set href(v) {
      const input = toUSVString(v);
      const impl = host.parseUrl(input, null);
      if (impl === null) throw invalid(input);
      this.#impl = impl;
      resetParams(this.#params, impl.getQuery());
    }
    get origin() { return this.#impl.getOrigin(); }
    get protocol() { return this.#impl.getProtocol(); }
    set protocol(v) { this.#impl.setProtocol(toUSVString(v)); }
    get username() { return this.#impl.getUsername(); }
    set username(v) { this.#impl.setUsername(toUSVString(v)); }
    get password() { return this.#impl.getPassword(); }
    set password(v) { this.#impl.setPassword(toUSVString(v)); }
    get host() { return this.#impl.getHost(); }
    set host(v) { this.#impl.setHost(toUSVString(v)); }
    get hostname() { return this.#impl.getHostname(); }
    set hostname(v) { this.#impl.setHostname(toUSVString(v)); }
    get port() { return this.#impl.getPort(); }
    set port(v) { this.#impl.setPort(toUSVString(v)); }
    get pathname() { return this.#impl.getPathname(); }
    set pathname(v) { this.#impl.setPathname(toUSVString(v)); }
    get search() { return this.#impl.getSearch(); }
    set search(v) { this.#impl.setSearch(toUSVString(v)); resetParams(this.#params, this.#impl.getQuery()); }
    get searchParams() { return this.#params; }
    get hash() { return this.#impl.getHash(); }
    set hash(v) { this.#impl.setHash(toUSVString(v)); }
    toString() { return this.#impl.getHref(); }
    toJSON() { return this.#impl.getHref(); }
    [$.inspectCustom](depth, options) {
      const obj = {
        href: this.href, origin: this.origin, protocol: this.protocol, username: this.username,
        password: this.password, host: this.host, hostname: this.hostname, port: this.port,
        pathname: this.pathname, search: this.search, searchParams: this.searchParams, hash: this.hash,
      };
      return `URL ${$.inspect(obj, options)}`;
    }
  }
  for (const name of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash']) {
    Object.defineProperty(URL.prototype, name, Object.assign(Object.getOwnPropertyDescriptor(URL.prototype, name), { enumerable: true }));
  }
  Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
  $.urlSetQueryFromParams = URL._setQuery;
  delete URL._setQuery;
  $.define(g, 'URL', URL);
  $.define(g, 'URLSearchParams', URLSearchParams);
})
