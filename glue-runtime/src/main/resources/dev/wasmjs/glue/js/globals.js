// Web platform globals every host has: console, timers, base64, crypto, performance, structuredClone,
// DOMException, EventTarget/Event, alert/print. Output goes through the host so Java chooses the streams.
(function (host, $) {
  'use strict';
  const g = globalThis;
  const define = (obj, name, value) => Object.defineProperty(obj, name, { value, writable: true, configurable: true, enumerable: false });
  $.define = define;

  // ---- console ------------------------------------------------------------------------------------------
  let groupIndent = '';
  const counts = new Map();
  const timers = new Map();
  function emit(fd, text) {
    if (groupIndent !== '') text = groupIndent + text.replaceAll('\n', `\n${groupIndent}`);
    host.write(fd, text + '\n');
  }
  const console = {};
  const methods = {
    log(...args) { emit(1, $.format(...args)); },
    info(...args) { emit(1, $.format(...args)); },
    debug(...args) { emit(1, $.format(...args)); },
    error(...args) { emit(2, $.format(...args)); },
    warn(...args) { emit(2, $.format(...args)); },
    trace(...args) {
      const err = new Error($.format(...args));
      err.name = 'Trace';
      const lines = String(err.stack).split('\n');
      lines.splice(1, 1); // drop this frame
      emit(2, lines.join('\n'));
    },
    dir(obj, options) { emit(1, $.inspect(obj, Object.assign({ customInspect: false }, options))); },
    dirxml(...args) { emit(1, $.format(...args)); },
    assert(cond, ...args) {
      if (!cond) {
        args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
        emit(2, $.format(...args));
      }
    },
    count(label = 'default') {
      label = `${label}`;
      const n = (counts.get(label) || 0) + 1;
      counts.set(label, n);
      emit(1, `${label}: ${n}`);
    },
    countReset(label = 'default') { counts.delete(`${label}`); },
    group(...args) { if (args.length > 0) emit(1, $.format(...args)); groupIndent += '  '; },
    groupCollapsed(...args) { if (args.length > 0) emit(1, $.format(...args)); groupIndent += '  '; },
    groupEnd() { groupIndent = groupIndent.slice(0, groupIndent.length - 2); },
    time(label = 'default') { timers.set(`${label}`, host.now()); },
    timeLog(label = 'default', ...data) { logTime(`${label}`, data, false); },
    timeEnd(label = 'default') { logTime(`${label}`, [], true); },
    table(data) { emit(1, $.inspect(data)); },
  };
  function logTime(label, data, end) {
    const start = timers.get(label);
    if (start === undefined) {
      emit(2, `Warning: No such label '${label}' for console.time${end ? 'End' : 'Log'}()`);
      return;
    }
    if (end) timers.delete(label);
    const ms = host.now() - start;
    const text = ms >= 1000 ? `${(ms / 1000).toFixed(3)}s` : `${ms.toFixed(3)}ms`;
    emit(1, [`${label}: ${text}`, ...data.map((d) => typeof d === 'string' ? d : $.inspect(d))].join(' '));
  }
  for (const name of Object.keys(methods)) {
    Object.defineProperty(console, name, { value: methods[name], writable: true, enumerable: true, configurable: true });
  }
  Object.defineProperty(console, Symbol.toStringTag, { value: 'console', configurable: true });
  define(g, 'console', console);

  // alert()/print() have no dialog or printer headless: they write their text to stdout.
  define(g, 'alert', function alert(message) { host.write(1, (arguments.length === 0 ? '' : String(message)) + '\n'); });
  define(g, 'print', function print(...args) { host.write(1, args.map(String).join(' ') + '\n'); });

  // ---- errors -------------------------------------------------------------------------------------------
  const domExceptionCodes = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
    NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12,
    InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15, TypeMismatchError: 17,
    SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21, QuotaExceededError: 22,
    TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
  };
  class DOMException extends Error {
    #name; #message;
    constructor(message = '', name = 'Error') {
      super(message);
      this.#message = `${message}`;
      this.#name = `${name}`;
    }
    get name() { return this.#name; }
    get message() { return this.#message; }
    get code() { return domExceptionCodes[this.#name] || 0; }
  }
  for (const [name, code] of Object.entries(domExceptionCodes)) {
    const constName = name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase().replace(/_ERROR$/, '_ERR');
    Object.defineProperty(DOMException, constName, { value: code, enumerable: true });
  }
  define(g, 'DOMException', DOMException);
  $.DOMException = DOMException;

  // ---- events -------------------------------------------------------------------------------------------
  class Event {
    #type; #defaultPrevented = false; #stop = false;
    constructor(type, init = {}) {
      if (arguments.length === 0) throw new TypeError("Failed to construct 'Event': 1 argument required, but only 0 present.");
      this.#type = `${type}`;
      this.bubbles = !!init.bubbles;
      this.cancelable = !!init.cancelable;
      this.timeStamp = host.now();
      this.target = null;
      this.currentTarget = null;
    }
    get type() { return this.#type; }
    get defaultPrevented() { return this.#defaultPrevented; }
    preventDefault() { if (this.cancelable) this.#defaultPrevented = true; }
    stopPropagation() { }
    stopImmediatePropagation() { this.#stop = true; }
    get [Symbol.for('wasmjs.stopped')]() { return this.#stop; }
  }
  class CustomEvent extends Event {
    constructor(type, init = {}) { super(type, init); this.detail = init.detail === undefined ? null : init.detail; }
  }
  class EventTarget {
    #listeners = new Map();
    addEventListener(type, listener, options) {
      if (listener == null) return;
      const once = typeof options === 'object' && options !== null && !!options.once;
      const list = this.#listeners.get(type) || [];
      if (!list.some((l) => l.listener === listener)) list.push({ listener, once });
      this.#listeners.set(type, list);
    }
    removeEventListener(type, listener) {
      const list = this.#listeners.get(type);
      if (list) this.#listeners.set(type, list.filter((l) => l.listener !== listener));
    }
    dispatchEvent(event) {
      const list = (this.#listeners.get(event.type) || []).slice();
      try { event.target = this; event.currentTarget = this; } catch (e) { /* read-only in subclasses */ }
      const handler = this[`on${event.type}`];
      if (typeof handler === 'function') list.unshift({ listener: handler, once: false });
      for (const l of list) {
        if (l.once) this.removeEventListener(event.type, l.listener);
        try {
          if (typeof l.listener === 'function') l.listener.call(this, event);
          else if (l.listener && typeof l.listener.handleEvent === 'function') l.listener.handleEvent(event);
        } catch (e) {
          $.reportError(e);
        }
        if (event[Symbol.for('wasmjs.stopped')]) break;
      }
      return !event.defaultPrevented;
    }
  }
  define(g, 'Event', Event);
  define(g, 'CustomEvent', CustomEvent);
  define(g, 'EventTarget', EventTarget);

  class AbortSignal extends EventTarget {
    constructor(key) {
      if (key !== $) throw new TypeError('Illegal constructor');
      super();
      this.aborted = false;
      this.reason = undefined;
      this.onabort = null;
    }
    throwIfAborted() { if (this.aborted) throw this.reason; }
    static abort(reason) {
      const s = new AbortSignal($);
      s.aborted = true;
      s.reason = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
      return s;
    }
    static timeout(ms) {
      const s = new AbortSignal($);
      g.setTimeout(() => { $.abortSignal(s, new DOMException('The operation was aborted due to timeout', 'TimeoutError')); }, ms);
      return s;
    }
  }
  $.abortSignal = (signal, reason) => {
    if (signal.aborted) return;
    signal.aborted = true;
    signal.reason = reason === undefined ? new DOMException('This operation was aborted', 'AbortError') : reason;
    signal.dispatchEvent(new Event('abort'));
  };
  class AbortController {
    #signal = new AbortSignal($);
    get signal() { return this.#signal; }
    abort(reason) { $.abortSignal(this.#signal, reason); }
  }
  define(g, 'AbortSignal', AbortSignal);
  define(g, 'AbortController', AbortController);

  // reportError: an error nobody caught; the host prints it and ends the program with exit code 1.
  $.reportError = (error) => host.uncaughtException(error, $.describeError(error));
  define(g, 'reportError', function reportError(error) { $.reportError(error); });
  $.describeError = (error) => {
    try {
      if (error instanceof Error && typeof error.stack === 'string') {
        const stack = error.stack;
        // Extra own properties (code, cause...) are shown after the stack, as node does.
        const keys = Object.keys(error).filter((k) => k !== 'stack' && k !== 'message');
        if (keys.length === 0) return stack;
        const extra = {};
        for (const k of keys) extra[k] = error[k];
        return `${stack} ${$.inspect(extra)}`;
      }
      return `Uncaught ${$.inspect(error)}`;
    } catch (e) {
      return `Uncaught exception (cannot be printed: ${e})`;
    }
  };

  // ---- timers -------------------------------------------------------------------------------------------
  function callback(fn, args, name) {
    if (typeof fn !== 'function') {
      const err = new TypeError(`The "callback" argument must be of type function. Received ${$.inspect(fn)}`);
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    void name;
    return args.length === 0 ? fn : () => fn(...args);
  }
  // Browsers return numeric ids; node returns Timeout objects (with ref/unref). The host mode decides.
  class Timeout {
    #id;
    constructor(id) { this.#id = id; }
    ref() { host.refTimer(this.#id, true); return this; }
    unref() { host.refTimer(this.#id, false); return this; }
    hasRef() { return host.hasTimer(this.#id); }
    refresh() { host.refreshTimer(this.#id); return this; }
    close() { host.clearTimer(this.#id); return this; }
    [Symbol.toPrimitive]() { return this.#id; }
  }
  const timerHandle = (id) => $.nodeMode ? new Timeout(id) : id;
  const timerId = (handle) => handle instanceof Timeout ? handle[Symbol.toPrimitive]() : Number(handle);
  define(g, 'setTimeout', function setTimeout(fn, delay, ...args) {
    return timerHandle(host.setTimer(callback(fn, args, 'setTimeout'), Number(delay) || 0, false));
  });
  define(g, 'setInterval', function setInterval(fn, delay, ...args) {
    return timerHandle(host.setTimer(callback(fn, args, 'setInterval'), Number(delay) || 0, true));
  });
  define(g, 'clearTimeout', function clearTimeout(handle) { if (handle != null) host.clearTimer(timerId(handle)); });
  define(g, 'clearInterval', function clearInterval(handle) { if (handle != null) host.clearTimer(timerId(handle)); });
  if ($.nodeMode) {
    class Immediate {
      #cancelled = false;
      cancel() { this.#cancelled = true; }
      get cancelled() { return this.#cancelled; }
      ref() { return this; }
      unref() { return this; }
      hasRef() { return !this.#cancelled; }
    }
    define(g, 'setImmediate', function setImmediate(fn, ...args) {
      const cb = callback(fn, args, 'setImmediate');
      const handle = new Immediate();
      host.setImmediate(() => { if (!handle.cancelled) cb(); });
      return handle;
    });
    define(g, 'clearImmediate', function clearImmediate(handle) { if (handle instanceof Immediate) handle.cancel(); });
  }
  const nativeQueueMicrotask = g.queueMicrotask;
  define(g, 'queueMicrotask', function queueMicrotask(fn) {
    const cb = callback(fn, [], 'queueMicrotask');
    // An exception in a microtask is an uncaught exception, not a rejected promise.
    Promise.resolve().then(() => { try { cb(); } catch (e) { $.reportError(e); } });
  });
  void nativeQueueMicrotask;

  // ---- base64 -------------------------------------------------------------------------------------------
  const b64chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const b64index = new Int16Array(128).fill(-1);
  for (let i = 0; i < 64; i++) b64index[b64chars.charCodeAt(i)] = i;
  $.base64Encode = (bytes) => {
    let out = '';
    let i = 0;
    for (; i + 2 < bytes.length; i += 3) {
      const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
      out += b64chars[n >> 18] + b64chars[(n >> 12) & 63] + b64chars[(n >> 6) & 63] + b64chars[n & 63];
    }
    if (i < bytes.length) {
      const n = (bytes[i] << 16) | ((i + 1 < bytes.length ? bytes[i + 1] : 0) << 8);
      out += b64chars[n >> 18] + b64chars[(n >> 12) & 63] + (i + 1 < bytes.length ? b64chars[(n >> 6) & 63] : '=') + '=';
    }
    return out;
  };
  // The forgiving-base64 decode of the HTML standard; returns null on failure.
  $.base64Decode = (str, lenient) => {
    let s = String(str).replace(/[\t\n\f\r ]/g, '');
    if (lenient) s = s.replace(/[^A-Za-z0-9+/=_-]/g, '').replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
    if (s.length % 4 === 0) s = s.replace(/={1,2}$/, '');
    if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) return null;
    const out = new Uint8Array(Math.floor(s.length * 3 / 4));
    let buffer = 0; let bits = 0; let j = 0;
    for (let i = 0; i < s.length; i++) {
      buffer = (buffer << 6) | b64index[s.charCodeAt(i)];
      bits += 6;
      if (bits >= 8) { bits -= 8; out[j++] = (buffer >> bits) & 255; }
    }
    return out;
  };
  define(g, 'btoa', function btoa(data) {
    if (arguments.length === 0) throw new TypeError("Failed to execute 'btoa': 1 argument required, but only 0 present.");
    const s = String(data);
    const bytes = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > 255) throw new DOMException('Invalid character', 'InvalidCharacterError');
      bytes[i] = c;
    }
    return $.base64Encode(bytes);
  });
  define(g, 'atob', function atob(data) {
    if (arguments.length === 0) throw new TypeError("Failed to execute 'atob': 1 argument required, but only 0 present.");
    const bytes = $.base64Decode(data, false);
    if (bytes === null) throw new DOMException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    let s = '';
    for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
    return s;
  });

  // ---- crypto -------------------------------------------------------------------------------------------
  $.randomBytes = (n) => new Uint8Array(new ArrayBuffer(host.randomBytes(n)));
  const integerArrays = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    BigInt64Array, BigUint64Array];
  const crypto = {
    getRandomValues(array) {
      if (!integerArrays.some((T) => array instanceof T)) {
        throw new DOMException("The data argument must be an integer-type TypedArray", 'TypeMismatchError');
      }
      if (array.byteLength > 65536) {
        throw new DOMException(`The ArrayBufferView's byte length (${array.byteLength}) exceeds the number of bytes of entropy available via this API (65536)`, 'QuotaExceededError');
      }
      new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set($.randomBytes(array.byteLength));
      return array;
    },
    randomUUID() { return host.randomUUID(); },
  };
  Object.defineProperty(crypto, Symbol.toStringTag, { value: 'Crypto', configurable: true });
  define(g, 'crypto', crypto);

  // ---- performance --------------------------------------------------------------------------------------
  // A sub-millisecond clock (GraalJS's js.performance counts whole milliseconds).
  const marks = [];
  const performance = {
    now() { return host.now(); },
    get timeOrigin() { return host.timeOrigin(); },
    mark(name, opts) { const m = { name, entryType: 'mark', startTime: opts && opts.startTime !== undefined ? opts.startTime : host.now(), duration: 0, detail: opts && opts.detail !== undefined ? opts.detail : null }; marks.push(m); return m; },
    measure(name, start, end) {
      const find = (n) => { for (let i = marks.length - 1; i >= 0; i--) if (marks[i].name === n) return marks[i].startTime; throw new DOMException(`The mark '${n}' does not exist.`, 'SyntaxError'); };
      const s = start === undefined ? 0 : typeof start === 'string' ? find(start) : start;
      const e = end === undefined ? host.now() : typeof end === 'string' ? find(end) : end;
      const m = { name, entryType: 'measure', startTime: s, duration: e - s, detail: null };
      marks.push(m);
      return m;
    },
    getEntries() { return marks.slice(); },
    getEntriesByName(name) { return marks.filter((m) => m.name === name); },
    getEntriesByType(type) { return marks.filter((m) => m.entryType === type); },
    clearMarks(name) { for (let i = marks.length - 1; i >= 0; i--) if (marks[i].entryType === 'mark' && (name === undefined || marks[i].name === name)) marks.splice(i, 1); },
    clearMeasures(name) { for (let i = marks.length - 1; i >= 0; i--) if (marks[i].entryType === 'measure' && (name === undefined || marks[i].name === name)) marks.splice(i, 1); },
    toJSON() { return { timeOrigin: host.timeOrigin() }; },
  };
  Object.defineProperty(performance, Symbol.toStringTag, { value: 'Performance', configurable: true });
  define(g, 'performance', performance);

  // ---- structuredClone ----------------------------------------------------------------------------------
  function cloneError(what) {
    return new DOMException(`${what} could not be cloned.`, 'DataCloneError');
  }
  define(g, 'structuredClone', function structuredClone(value, options) {
    if (arguments.length === 0) throw new TypeError("Failed to execute 'structuredClone': 1 argument required, but only 0 present.");
    const transfer = options && options.transfer ? Array.from(options.transfer) : [];
    const memory = new Map();
    function clone(v) {
      if (typeof v === 'symbol') throw cloneError(v.toString());
      if (typeof v === 'function') throw cloneError(Function.prototype.toString.call(v).slice(0, 60));
      if (v === null || typeof v !== 'object') return v;
      if (memory.has(v)) return memory.get(v);
      let out;
      const tag = Object.prototype.toString.call(v);
      if (v instanceof Boolean || v instanceof Number || v instanceof String || v instanceof BigInt) {
        out = Object(v.valueOf());
      } else if (v instanceof Date) {
        out = new Date(v.getTime());
      } else if (v instanceof RegExp) {
        out = new RegExp(v.source, v.flags);
      } else if (v instanceof ArrayBuffer) {
        out = transfer.includes(v) ? v.transfer() : v.slice(0);
      } else if (ArrayBuffer.isView(v)) {
        const buf = clone(v.buffer);
        out = v instanceof DataView ? new DataView(buf, v.byteOffset, v.byteLength)
          : new v.constructor(buf, v.byteOffset, v.length);
      } else if (v instanceof Map) {
        out = new Map();
        memory.set(v, out);
        for (const [k, val] of v) out.set(clone(k), clone(val));
        return out;
      } else if (v instanceof Set) {
        out = new Set();
        memory.set(v, out);
        for (const val of v) out.add(clone(val));
        return out;
      } else if (v instanceof Error) {
        const ctors = { EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
        const C = ctors[v.name] || Error;
        out = new C(v.message);
        if (typeof v.stack === 'string') out.stack = v.stack;
        if ('cause' in v) out.cause = clone(v.cause);
        memory.set(v, out);
        return out;
      } else if (Array.isArray(v)) {
        out = new Array(v.length);
        memory.set(v, out);
        for (const k of Object.keys(v)) out[k] = clone(v[k]);
        return out;
      } else if (tag === '[object Object]' || Object.getPrototypeOf(v) === null) {
        if (v instanceof Promise || v instanceof WeakMap || v instanceof WeakSet) throw cloneError(tag);
        out = {};
        memory.set(v, out);
        for (const k of Object.keys(v)) out[k] = clone(v[k]);
        return out;
      } else {
        throw cloneError(tag);
      }
      memory.set(v, out);
      return out;
    }
    return clone(value);
  });
})
