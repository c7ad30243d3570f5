// The node subset glue code uses (wasm-bindgen --target nodejs, emscripten in node mode): process, Buffer,
// CommonJS require with __dirname/__filename, and the built-in modules fs, path, util, url, module, events,
// os, crypto, perf_hooks, buffer, timers, assert. File access goes through the host's access policy.
(function (host, $) {
  'use strict';
  const g = globalThis;
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const builtins = new Map();
  const builtinFactories = new Map();

  // ---- errors shaped like node's ------------------------------------------------------------------------
  function nodeError(Ctor, code, message) {
    const err = new Ctor(message);
    err.code = code;
    return err;
  }
  function fsError() {
    const code = host.lastErrorCode();
    const err = new Error(host.lastErrorMessage());
    err.errno = host.lastErrorErrno();
    err.code = code;
    err.syscall = host.lastErrorSyscall();
    const p = host.lastErrorPath();
    if (p !== null) err.path = p;
    return err;
  }
  const check = (r) => { if (r === null || r === undefined) throw fsError(); return r; };

  // ---- events -------------------------------------------------------------------------------------------
  class EventEmitter {
    constructor() { this._events = Object.create(null); this._maxListeners = undefined; }
    _list(name) { if (this._events === undefined) this._events = Object.create(null); return this._events[name] || (this._events[name] = []); }
    on(name, fn) { this.emit('newListener', name, fn); this._list(name).push({ fn, once: false }); return this; }
    addListener(name, fn) { return this.on(name, fn); }
    prependListener(name, fn) { this._list(name).unshift({ fn, once: false }); return this; }
    once(name, fn) { this._list(name).push({ fn, once: true }); return this; }
    prependOnceListener(name, fn) { this._list(name).unshift({ fn, once: true }); return this; }
    off(name, fn) { const l = this._list(name); const i = l.findIndex((e) => e.fn === fn); if (i >= 0) l.splice(i, 1); return this; }
    removeListener(name, fn) { return this.off(name, fn); }
    removeAllListeners(name) { if (name === undefined) this._events = Object.create(null); else delete this._list(name) && delete this._events[name]; return this; }
    emit(name, ...args) {
      const l = this._events && this._events[name];
      if (!l || l.length === 0) {
        if (name === 'error') throw args[0] instanceof Error ? args[0] : new Error(`Unhandled error. (${$.inspect(args[0])})`);
        return false;
      }
      for (const e of l.slice()) {
        if (e.once) this.off(name, e.fn);
        e.fn.apply(this, args);
      }
      return true;
    }
    listeners(name) { return this._list(name).map((e) => e.fn); }
    rawListeners(name) { return this.listeners(name); }
    listenerCount(name) { return this._list(name).length; }
    eventNames() { return Object.keys(this._events || {}).filter((k) => this._events[k].length > 0); }
    setMaxListeners(n) { this._maxListeners = n; return this; }
    getMaxListeners() { return this._maxListeners === undefined ? 10 : this._maxListeners; }
  }
  EventEmitter.EventEmitter = EventEmitter;
  EventEmitter.defaultMaxListeners = 10;
  EventEmitter.once = (emitter, name) => new Promise((resolve) => emitter.once(name, (...args) => resolve(args)));
  builtins.set('events', EventEmitter);

  // ---- Buffer -------------------------------------------------------------------------------------------
  function normEncoding(enc) {
    const e = enc === undefined || enc === null ? 'utf8' : `${enc}`.toLowerCase();
    switch (e) {
      case 'utf8': case 'utf-8': return 'utf8';
      case 'hex': return 'hex';
      case 'base64': return 'base64';
      case 'base64url': return 'base64url';
      case 'latin1': case 'binary': return 'latin1';
      case 'ascii': return 'ascii';
      case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
      default: throw nodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
    }
  }
  function encodeString(str, enc) {
    switch (normEncoding(enc)) {
      case 'utf8': return encoder.encode(str);
      case 'hex': {
        const n = str.length >>> 1;
        const out = new Uint8Array(n);
        let i = 0;
        for (; i < n; i++) {
          const b = parseInt(str.substr(i * 2, 2), 16);
          if (Number.isNaN(b)) break;
          out[i] = b;
        }
        return out.subarray(0, i);
      }
      case 'base64': case 'base64url': return $.base64Decode(str, true) || new Uint8Array(0);
      case 'latin1': case 'ascii': {
        const out = new Uint8Array(str.length);
        for (let i = 0; i < str.length; i++) out[i] = str.charCodeAt(i) & 255;
        return out;
      }
      case 'utf16le': {
        const out = new Uint8Array(str.length * 2);
        for (let i = 0; i < str.length; i++) { const c = str.charCodeAt(i); out[i * 2] = c & 255; out[i * 2 + 1] = c >> 8; }
        return out;
      }
    }
  }
  function decodeBytes(bytes, enc) {
    switch (normEncoding(enc)) {
      case 'utf8': return decoder.decode(bytes);
      case 'hex': { let s = ''; for (let i = 0; i < bytes.length; i++) s += bytes[i].toString(16).padStart(2, '0'); return s; }
      case 'base64': return $.base64Encode(bytes);
      case 'base64url': return $.base64Encode(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      case 'latin1': { let s = ''; for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192)); return s; }
      case 'ascii': { let s = ''; for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i] & 127); return s; }
      case 'utf16le': { let s = ''; for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8)); return s; }
    }
  }
  class Buffer extends Uint8Array {
    static from(value, encodingOrOffset, length) {
      if (typeof value === 'string') return Buffer._wrap(encodeString(value, encodingOrOffset));
      if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer)) {
        const off = encodingOrOffset === undefined ? 0 : encodingOrOffset >>> 0;
        const len = length === undefined ? value.byteLength - off : length >>> 0;
        return new Buffer(value, off, len);
      }
      if (ArrayBuffer.isView(value)) {
        const b = new Buffer(value.length);
        for (let i = 0; i < value.length; i++) b[i] = value[i];
        return b;
      }
      if (value !== null && typeof value === 'object') {
        if (value.type === 'Buffer' && Array.isArray(value.data)) return Buffer.from(value.data);
        if (typeof value.length === 'number' || Array.isArray(value)) {
          const b = new Buffer(value.length >>> 0);
          for (let i = 0; i < b.length; i++) b[i] = value[i];
          return b;
        }
      }
      throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received ${$.inspect(value)}`);
    }
    static _wrap(u8) { return new Buffer(u8.buffer, u8.byteOffset, u8.byteLength); }
    static alloc(size, fill, encoding) {
      const b = new Buffer(size);
      if (fill !== undefined && fill !== 0) b.fill(fill, 0, b.length, encoding);
      return b;
    }
    static allocUnsafe(size) { return new Buffer(size); }
    static allocUnsafeSlow(size) { return new Buffer(size); }
    static isBuffer(b) { return b instanceof Buffer; }
    static isEncoding(e) { try { normEncoding(e); return true; } catch (x) { return false; } }
    static byteLength(s, enc) {
      if (typeof s !== 'string') return s.byteLength;
      return encodeString(s, enc).length;
    }
    static concat(list, totalLength) {
      if (totalLength === undefined) totalLength = list.reduce((n, b) => n + b.length, 0);
      const out = Buffer.alloc(totalLength);
      let off = 0;
      for (const b of list) {
        if (off >= totalLength) break;
        const part = b.length > totalLength - off ? b.subarray(0, totalLength - off) : b;
        out.set(part, off);
        off += part.length;
      }
      return out;
    }
    static compare(a, b) { return a.compare(b); }
    toString(encoding, start = 0, end = this.length) {
      return decodeBytes(Uint8Array.prototype.subarray.call(this, start, end), encoding);
    }
    toJSON() { return { type: 'Buffer', data: Array.from(this) }; }
    equals(other) { return this.compare(other) === 0; }
    compare(other) {
      const n = Math.min(this.length, other.length);
      for (let i = 0; i < n; i++) if (this[i] !== other[i]) return this[i] < other[i] ? -1 : 1;
      return this.length === other.length ? 0 : this.length < other.length ? -1 : 1;
    }
    copy(target, targetStart = 0, sourceStart = 0, sourceEnd = this.length) {
      const src = Uint8Array.prototype.subarray.call(this, sourceStart, Math.min(sourceEnd, sourceStart + target.length - targetStart));
      target.set(src, targetStart);
      return src.length;
    }
    slice(start, end) { return this.subarray(start, end); }
    subarray(start, end) { const u = Uint8Array.prototype.subarray.call(this, start, end); return new Buffer(u.buffer, u.byteOffset, u.length); }
    write(string, offset = 0, length = this.length - offset, encoding = 'utf8') {
      if (typeof offset === 'string') { encoding = offset; offset = 0; length = this.length; }
      if (typeof length === 'string') { encoding = length; length = this.length - offset; }
      const bytes = encodeString(string, encoding).subarray(0, Math.min(length, this.length - offset));
      this.set(bytes, offset);
      return bytes.length;
    }
    fill(value, offset = 0, end = this.length, encoding) {
      if (typeof value === 'string') {
        if (typeof offset === 'string') { encoding = offset; offset = 0; end = this.length; }
        const bytes = encodeString(value, encoding);
        if (bytes.length === 0) return Uint8Array.prototype.fill.call(this, 0, offset, end);
        for (let i = offset, j = 0; i < end; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
        return this;
      }
      return Uint8Array.prototype.fill.call(this, value, offset, end);
    }
    indexOf(value, byteOffset = 0, encoding) {
      if (typeof value === 'number') return Uint8Array.prototype.indexOf.call(this, value, byteOffset);
      const needle = typeof value === 'string' ? encodeString(value, encoding) : value;
      outer: for (let i = byteOffset; i <= this.length - needle.length; i++) {
        for (let j = 0; j < needle.length; j++) if (this[i + j] !== needle[j]) continue outer;
        return i;
      }
      return -1;
    }
    includes(value, byteOffset, encoding) { return this.indexOf(value, byteOffset, encoding) !== -1; }
    [$.inspectCustom]() {
      let s = '';
      const n = Math.min(this.length, 50);
      for (let i = 0; i < n; i++) s += ' ' + this[i].toString(16).padStart(2, '0');
      if (this.length > 50) s += ` ... ${this.length - 50} more byte${this.length - 50 > 1 ? 's' : ''}`;
      return `<Buffer${s}>`;
    }
  }
  const dv = (b) => new DataView(b.buffer, b.byteOffset, b.byteLength);
  const numberAccessors = [
    ['UInt8', 'Uint8', 1], ['Int8', 'Int8', 1], ['UInt16', 'Uint16', 2], ['Int16', 'Int16', 2],
    ['UInt32', 'Uint32', 4], ['Int32', 'Int32', 4], ['Float', 'Float32', 4], ['Double', 'Float64', 8],
    ['BigUInt64', 'BigUint64', 8], ['BigInt64', 'BigInt64', 8]];
  for (const [name, view, size] of numberAccessors) {
    for (const [suffix, little] of size === 1 ? [['', false]] : [['LE', true], ['BE', false]]) {
      Buffer.prototype[`read${name}${suffix}`] = function (offset = 0) { return dv(this)[`get${view}`](offset, little); };
      Buffer.prototype[`write${name}${suffix}`] = function (value, offset = 0) { dv(this)[`set${view}`](offset, value, little); return offset + size; };
      if (name.startsWith('UInt') || name === 'BigUInt64') {
        const alias = name.replace('UInt', 'Uint');
        Buffer.prototype[`read${alias}${suffix}`] = Buffer.prototype[`read${name}${suffix}`];
        Buffer.prototype[`write${alias}${suffix}`] = Buffer.prototype[`write${name}${suffix}`];
      }
    }
  }
  Buffer.poolSize = 8192;
  $.Buffer = Buffer;
  builtins.set('buffer', { Buffer, constants: { MAX_LENGTH: 2 ** 32, MAX_STRING_LENGTH: 2 ** 29 }, kMaxLength: 2 ** 32, Blob: g.Blob, atob: g.atob, btoa: g.btoa });

  // ---- path (POSIX) -------------------------------------------------------------------------------------
  function normalizeString(path, allowAboveRoot) {
    const out = [];
    for (const seg of path.split('/')) {
      if (seg === '' || seg === '.') continue;
      if (seg === '..') {
        if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
        else if (allowAboveRoot) out.push('..');
      } else out.push(seg);
    }
    return out.join('/');
  }
  const path = {
    sep: '/',
    delimiter: ':',
    resolve(...args) {
      let resolved = '';
      let absolute = false;
      for (let i = args.length - 1; i >= -1 && !absolute; i--) {
        const p = i >= 0 ? `${args[i]}` : host.cwd();
        if (p === '') continue;
        resolved = `${p}/${resolved}`;
        absolute = p.startsWith('/');
      }
      resolved = normalizeString(resolved, !absolute);
      return absolute ? `/${resolved}` : (resolved || '.');
    },
    normalize(p) {
      if (p === '') return '.';
      const abs = p.startsWith('/');
      const trailing = p.endsWith('/');
      let r = normalizeString(p, !abs);
      if (r === '' && !abs) r = '.';
      if (r !== '' && trailing) r += '/';
      return abs ? `/${r}` : r;
    },
    isAbsolute(p) { return `${p}`.startsWith('/'); },
    join(...args) {
      const parts = args.filter((a) => { if (typeof a !== 'string') throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "path" argument must be of type string. Received ${$.inspect(a)}`); return a !== ''; });
      return parts.length === 0 ? '.' : path.normalize(parts.join('/'));
    },
    relative(from, to) {
      from = path.resolve(from); to = path.resolve(to);
      if (from === to) return '';
      const f = from.split('/').filter(Boolean);
      const t = to.split('/').filter(Boolean);
      let i = 0;
      while (i < f.length && i < t.length && f[i] === t[i]) i++;
      return [...Array(f.length - i).fill('..'), ...t.slice(i)].join('/');
    },
    dirname(p) {
      if (p === '') return '.';
      const trimmed = p.length > 1 ? p.replace(/\/+$/, '') : p;
      const i = trimmed.lastIndexOf('/');
      if (i < 0) return '.';
      if (i === 0) return '/';
      return trimmed.slice(0, i);
    },
    basename(p, ext) {
      let base = p.replace(/\/+$/, '');
      base = base.slice(base.lastIndexOf('/') + 1);
      if (ext !== undefined && base.endsWith(ext) && base !== ext) base = base.slice(0, base.length - ext.length);
      return base;
    },
    extname(p) {
      const base = path.basename(p);
      const i = base.lastIndexOf('.');
      return i <= 0 ? '' : base.slice(i);
    },
    parse(p) {
      const root = p.startsWith('/') ? '/' : '';
      const base = path.basename(p);
      const ext = path.extname(p);
      let dir = path.dirname(p);
      if (dir === '.' && !p.includes('/')) dir = '';
      return { root, dir, base, ext, name: ext ? base.slice(0, base.length - ext.length) : base };
    },
    format(o) {
      const dir = o.dir || o.root || '';
      const base = o.base || `${o.name || ''}${o.ext || ''}`;
      return dir === '' ? base : dir === o.root ? `${dir}${base}` : `${dir}/${base}`;
    },
    toNamespacedPath(p) { return p; },
  };
  path.posix = path;
  builtins.set('path', path);

  // ---- url ----------------------------------------------------------------------------------------------
  function fileURLToPath(url) {
    const u = typeof url === 'string' ? new URL(url) : url;
    if (u.protocol !== 'file:') throw nodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
    if (u.hostname !== '') throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST', `File URL host must be "localhost" or empty on linux`);
    if (/%2f/i.test(u.pathname)) throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
    return decodeURIComponent(u.pathname);
  }
  function pathToFileURL(p) {
    const resolved = path.resolve(p);
    const trailing = p.endsWith('/') && !resolved.endsWith('/') ? '/' : '';
    const u = new URL('file://');
    u.pathname = (resolved + trailing).replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
    return u;
  }
  builtins.set('url', { URL: g.URL, URLSearchParams: g.URLSearchParams, fileURLToPath, pathToFileURL,
    format: (u) => `${u}`, parse: (s) => new URL(s) });
  $.fileURLToPath = fileURLToPath;
  $.pathToFileURL = pathToFileURL;

  // ---- fs -----------------------------------------------------------------------------------------------
  function toPath(p) {
    if (p instanceof URL) return fileURLToPath(p);
    if (p instanceof Uint8Array) return decoder.decode(p);
    if (typeof p !== 'string') throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "path" argument must be of type string or an instance of Buffer or URL. Received ${$.inspect(p)}`);
    return path.resolve(p);
  }
  function encodingOf(options) {
    if (typeof options === 'string') return options;
    if (options && typeof options === 'object' && options.encoding) return options.encoding;
    return null;
  }
  class Stats {
    constructor(a) {
      const [type, size, mtimeMs, atimeMs, ctimeMs, birthtimeMs, mode] = a;
      this._type = type;
      Object.defineProperty(this, '_type', { enumerable: false });
      Object.assign(this, { dev: 0, mode, nlink: 1, uid: 0, gid: 0, rdev: 0, blksize: 4096, ino: 0, size, blocks: Math.ceil(size / 512),
        atimeMs, mtimeMs, ctimeMs, birthtimeMs, atime: new Date(atimeMs), mtime: new Date(mtimeMs), ctime: new Date(ctimeMs), birthtime: new Date(birthtimeMs) });
    }
    isFile() { return this._type === 0; }
    isDirectory() { return this._type === 1; }
    isSymbolicLink() { return this._type === 2; }
    isFIFO() { return false; }
    isSocket() { return false; }
    isBlockDevice() { return false; }
    isCharacterDevice() { return this._type === 3; }
  }
  function toBytesForWrite(data, options) {
    if (typeof data === 'string') return encodeString(data, encodingOf(options) || 'utf8');
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "data" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received ${$.inspect(data)}`);
  }
  const fsSync = {
    readFileSync(p, options) {
      if (typeof p === 'number') throw nodeError(Error, 'ENOTSUP', 'reading from file descriptors is not supported by wasmjs');
      const buf = Buffer._wrap(new Uint8Array(new ArrayBuffer(check(host.fsReadFile(toPath(p))))));
      const enc = encodingOf(options);
      return enc ? buf.toString(enc) : buf;
    },
    writeFileSync(p, data, options) { check(host.fsWriteFile(toPath(p), toBytesForWrite(data, options), false)); },
    appendFileSync(p, data, options) { check(host.fsWriteFile(toPath(p), toBytesForWrite(data, options), true)); },
    existsSync(p) { try { return host.fsExists(toPath(p)); } catch (e) { return false; } },
    statSync(p, options) {
      const r = host.fsStat(toPath(p), true);
      if (r === null) { if (options && options.throwIfNoEntry === false) return undefined; throw fsError(); }
      return new Stats(r);
    },
    lstatSync(p, options) {
      const r = host.fsStat(toPath(p), false);
      if (r === null) { if (options && options.throwIfNoEntry === false) return undefined; throw fsError(); }
      return new Stats(r);
    },
    readdirSync(p, options) {
      const names = Array.from(check(host.fsReaddir(toPath(p)))).sort();
      if (options && options.withFileTypes) {
        const dir = toPath(p);
        return names.map((name) => { const s = fsSync.lstatSync(path.join(dir, name)); return Object.assign(s, { name, parentPath: dir, path: dir }); });
      }
      return names;
    },
    mkdirSync(p, options) { const r = check(host.fsMkdir(toPath(p), !!(options && options.recursive))); return r === '' ? undefined : r; },
    rmSync(p, options) { if (!(options && options.force) || fsSync.existsSync(p)) check(host.fsRm(toPath(p), !!(options && options.recursive))); },
    rmdirSync(p, options) { check(host.fsRm(toPath(p), !!(options && options.recursive))); },
    unlinkSync(p) { check(host.fsRm(toPath(p), false)); },
    renameSync(a, b) { check(host.fsRename(toPath(a), toPath(b))); },
    copyFileSync(a, b) { fsSync.writeFileSync(b, fsSync.readFileSync(a)); },
    realpathSync(p) { return check(host.fsRealpath(toPath(p))); },
    accessSync(p) { if (!host.fsExists(toPath(p))) { host.fsStat(toPath(p), true); throw fsError(); } },
    mkdtempSync(prefix) { const p = `${prefix}${Math.random().toString(36).slice(2, 8)}`; fsSync.mkdirSync(p); return p; },
  };
  fsSync.realpathSync.native = fsSync.realpathSync;
  const fs = Object.assign({}, fsSync);
  fs.constants = { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2 };
  Object.assign(fs, fs.constants);
  fs.Stats = Stats;
  const promises = {};
  for (const name of ['readFile', 'writeFile', 'appendFile', 'stat', 'lstat', 'readdir', 'mkdir', 'rm', 'rmdir', 'unlink', 'rename', 'copyFile', 'realpath', 'access', 'mkdtemp']) {
    const sync = fsSync[`${name}Sync`];
    // Callback and promise forms complete in a later task, as real I/O would.
    fs[name] = function (...args) {
      const cb = args.pop();
      if (typeof cb !== 'function') throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "cb" argument must be of type function. Received ${$.inspect(cb)}`);
      let result; let error = null;
      try { result = sync(...args); } catch (e) { error = e; }
      host.post(() => error ? cb(error) : cb(null, result));
    };
    promises[name] = (...args) => new Promise((resolve, reject) => {
      let result; let error = null;
      try { result = sync(...args); } catch (e) { error = e; }
      host.post(() => error ? reject(error) : resolve(result));
    });
  }
  fs.exists = (p, cb) => host.post(() => cb(fsSync.existsSync(p)));
  fs.promises = promises;
  promises.constants = fs.constants;
  builtins.set('fs', fs);
  builtins.set('fs/promises', promises);

  // ---- util ---------------------------------------------------------------------------------------------
  const types = {
    isPromise: (v) => v instanceof Promise,
    isTypedArray: (v) => ArrayBuffer.isView(v) && !(v instanceof DataView),
    isUint8Array: (v) => v instanceof Uint8Array,
    isArrayBuffer: (v) => v instanceof ArrayBuffer,
    isAnyArrayBuffer: (v) => v instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer),
    isArrayBufferView: (v) => ArrayBuffer.isView(v),
    isDate: (v) => v instanceof Date,
    isRegExp: (v) => v instanceof RegExp,
    isMap: (v) => v instanceof Map,
    isSet: (v) => v instanceof Set,
    isNativeError: (v) => v instanceof Error,
    isAsyncFunction: (v) => typeof v === 'function' && v.constructor && v.constructor.name === 'AsyncFunction',
    isGeneratorFunction: (v) => typeof v === 'function' && v.constructor && /GeneratorFunction$/.test(v.constructor.name),
  };
  const customPromisify = Symbol.for('nodejs.util.promisify.custom');
  function promisify(fn) {
    if (typeof fn[customPromisify] === 'function') return fn[customPromisify];
    return function (...args) {
      return new Promise((resolve, reject) => fn.call(this, ...args, (err, value) => err ? reject(err) : resolve(value)));
    };
  }
  promisify.custom = customPromisify;
  const util = {
    format: $.format,
    formatWithOptions: $.formatWithOptions,
    inspect: $.inspect,
    promisify,
    callbackify: (fn) => (...args) => { const cb = args.pop(); fn(...args).then((v) => cb(null, v), (e) => cb(e)); },
    inherits(ctor, superCtor) { Object.setPrototypeOf(ctor.prototype, superCtor.prototype); Object.setPrototypeOf(ctor, superCtor); ctor.super_ = superCtor; },
    deprecate(fn, msg) { let warned = false; return function (...args) { if (!warned) { warned = true; process.emitWarning(msg, 'DeprecationWarning'); } return fn.apply(this, args); }; },
    isDeepStrictEqual: (a, b) => deepEqual(a, b, true),
    types,
    TextEncoder: g.TextEncoder,
    TextDecoder: g.TextDecoder,
    isArray: Array.isArray,
    debuglog: () => () => { },
  };
  builtins.set('util', util);

  function deepEqual(a, b, strict) {
    if (strict ? Object.is(a, b) : (a == b)) return true; // eslint-disable-line eqeqeq
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
    if (a instanceof Map && b instanceof Map) {
      if (a.size !== b.size) return false;
      for (const [k, v] of a) if (!b.has(k) || !deepEqual(v, b.get(k), strict)) return false;
      return true;
    }
    if (a instanceof Set && b instanceof Set) {
      if (a.size !== b.size) return false;
      for (const v of a) if (!b.has(v)) return false;
      return true;
    }
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !deepEqual(a[k], b[k], strict)) return false;
    return true;
  }

  // ---- assert -------------------------------------------------------------------------------------------
  class AssertionError extends Error {
    constructor(options) {
      super(options.message);
      this.name = 'AssertionError';
      this.code = 'ERR_ASSERTION';
      this.actual = options.actual;
      this.expected = options.expected;
      this.operator = options.operator;
    }
  }
  function fail(actual, expected, message, operator, defaultMessage) {
    if (message instanceof Error) throw message;
    throw new AssertionError({ message: message === undefined ? defaultMessage : message, actual, expected, operator });
  }
  function assert(value, message) { if (!value) fail(value, true, message, '==', 'The expression evaluated to a falsy value'); }
  Object.assign(assert, {
    ok: assert,
    AssertionError,
    fail(message) { fail(undefined, undefined, message, 'fail', 'Failed'); },
    equal(a, b, m) { if (a != b) fail(a, b, m, '==', `${$.inspect(a)} == ${$.inspect(b)}`); }, // eslint-disable-line eqeqeq
    notEqual(a, b, m) { if (a == b) fail(a, b, m, '!=', `${$.inspect(a)} != ${$.inspect(b)}`); }, // eslint-disable-line eqeqeq
    strictEqual(a, b, m) { if (!Object.is(a, b)) fail(a, b, m, 'strictEqual', `Expected values to be strictly equal:\n\n${$.inspect(a)} !== ${$.inspect(b)}\n`); },
    notStrictEqual(a, b, m) { if (Object.is(a, b)) fail(a, b, m, 'notStrictEqual', `Expected "actual" to be strictly unequal to: ${$.inspect(b)}`); },
    deepEqual(a, b, m) { if (!deepEqual(a, b, false)) fail(a, b, m, 'deepEqual', `Expected values to be loosely deep-equal:\n\n${$.inspect(a)}\n\nshould loosely deep-equal\n\n${$.inspect(b)}`); },
    deepStrictEqual(a, b, m) { if (!deepEqual(a, b, true)) fail(a, b, m, 'deepStrictEqual', `Expected values to be strictly deep-equal:\n${$.inspect(a)}\n\nshould equal\n\n${$.inspect(b)}`); },
    notDeepStrictEqual(a, b, m) { if (deepEqual(a, b, true)) fail(a, b, m, 'notDeepStrictEqual', 'Expected "actual" not to be strictly deep-equal to: ' + $.inspect(b)); },
    throws(fn, expected, message) {
      try { fn(); } catch (e) {
        if (typeof expected === 'function' && expected.prototype !== undefined && !(e instanceof expected)) throw e;
        if (expected instanceof RegExp && !expected.test(String(e && e.message !== undefined ? e : e))) fail(e, expected, message, 'throws', `The error message does not match ${expected}`);
        return;
      }
      fail(undefined, expected, typeof expected === 'string' ? expected : message, 'throws', 'Missing expected exception.');
    },
    async rejects(p, expected, message) {
      try { await (typeof p === 'function' ? p() : p); } catch (e) {
        if (typeof expected === 'function' && expected.prototype !== undefined && !(e instanceof expected)) throw e;
        return;
      }
      fail(undefined, expected, message, 'rejects', 'Missing expected rejection.');
    },
    doesNotThrow(fn) { fn(); },
    match(s, re, m) { if (!re.test(s)) fail(s, re, m, 'match', `The input did not match the regular expression ${re}. Input:\n\n${$.inspect(s)}\n`); },
  });
  assert.strict = assert;
  builtins.set('assert', assert);
  builtins.set('assert/strict', assert);

  // ---- os, crypto, perf_hooks, timers -------------------------------------------------------------------
  builtins.set('os', {
    EOL: '\n', platform: () => 'linux', type: () => 'Linux', arch: () => 'x64', release: () => host.osVersion(),
    tmpdir: () => host.tmpdir(), homedir: () => host.homedir(), hostname: () => 'localhost', endianness: () => 'LE',
    cpus: () => Array.from({ length: host.cpuCount() }, () => ({ model: 'cpu', speed: 0, times: { user: 0, nice: 0, sys: 0, idle: 0, irq: 0 } })),
    availableParallelism: () => host.cpuCount(), totalmem: () => host.totalMemory(), freemem: () => host.freeMemory(),
  });
  builtins.set('crypto', {
    randomBytes(n, cb) {
      const b = Buffer._wrap($.randomBytes(n));
      if (typeof cb === 'function') { host.post(() => cb(null, b)); return undefined; }
      return b;
    },
    randomFillSync(buf, offset = 0, size) {
      const view = new Uint8Array(buf.buffer || buf, (buf.byteOffset || 0) + offset, size === undefined ? (buf.byteLength - offset) : size);
      view.set($.randomBytes(view.length));
      return buf;
    },
    randomUUID: () => g.crypto.randomUUID(),
    getRandomValues: (a) => g.crypto.getRandomValues(a),
    webcrypto: g.crypto,
    randomInt(min, max) { if (max === undefined) { max = min; min = 0; } return min + Math.floor(Math.random() * (max - min)); },
  });
  builtins.set('perf_hooks', { performance: g.performance });
  builtins.set('timers', { setTimeout: g.setTimeout, clearTimeout: g.clearTimeout, setInterval: g.setInterval, clearInterval: g.clearInterval, setImmediate: g.setImmediate, clearImmediate: g.clearImmediate });
  builtins.set('timers/promises', {
    setTimeout: (ms, value) => new Promise((resolve) => g.setTimeout(() => resolve(value), ms)),
    setImmediate: (value) => new Promise((resolve) => g.setImmediate(() => resolve(value))),
  });
  builtins.set('worker_threads', { isMainThread: true, parentPort: null, workerData: null, threadId: 0 });
  builtins.set('string_decoder', {
    StringDecoder: class StringDecoder {
      constructor(enc) { this.encoding = normEncoding(enc); this._d = new TextDecoder(); }
      write(b) { return this.encoding === 'utf8' ? this._d.decode(b, { stream: true }) : decodeBytes(b, this.encoding); }
      end(b) { return (b ? this.write(b) : '') + (this.encoding === 'utf8' ? this._d.decode() : ''); }
    },
  });

  // ---- process ------------------------------------------------------------------------------------------
  const process = new EventEmitter();
  const argv = Array.from(host.argv());
  const env = {};
  const envPairs = Array.from(host.env());
  for (let i = 0; i + 1 < envPairs.length; i += 2) env[envPairs[i]] = envPairs[i + 1];
  let exiting = false;
  function writable(fd) {
    const stream = new EventEmitter();
    Object.assign(stream, {
      fd,
      isTTY: false,
      writable: true,
      columns: 80,
      write(chunk, encoding, cb) {
        if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
        host.write(fd, typeof chunk === 'string' ? chunk : decodeBytes(chunk, 'utf8'));
        if (typeof cb === 'function') host.post(() => cb());
        return true;
      },
      end(chunk, encoding, cb) { if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') this.write(chunk, encoding); },
    });
    return stream;
  }
  Object.assign(process, {
    title: 'wasmjs',
    version: 'v20.0.0',
    versions: { node: '20.0.0', wasmjs: host.version(), v8: '0.0', modules: '115' },
    arch: 'x64',
    platform: 'linux',
    release: { name: 'node' },
    argv,
    argv0: 'wasmjs',
    execArgv: [],
    execPath: host.execPath(),
    env,
    pid: host.pid(),
    ppid: 0,
    exitCode: undefined,
    stdout: writable(1),
    stderr: writable(2),
    stdin: Object.assign(new EventEmitter(), { fd: 0, isTTY: false }),
    cwd: () => host.cwd(),
    chdir() { throw nodeError(Error, 'ERR_WORKER_UNSUPPORTED_OPERATION', 'process.chdir() is not supported by wasmjs'); },
    umask: () => 0o22,
    uptime: () => host.now() / 1000,
    hrtime: Object.assign((prev) => {
      const ns = host.nanoTime();
      let s = Math.floor(ns / 1e9); let n = ns % 1e9;
      if (prev) { s -= prev[0]; n -= prev[1]; if (n < 0) { s -= 1; n += 1e9; } }
      return [s, n];
    }, { bigint: () => BigInt(Math.floor(host.nanoTime())) }),
    memoryUsage: Object.assign(() => ({ rss: host.totalMemory() - host.freeMemory(), heapTotal: host.totalMemory(), heapUsed: host.totalMemory() - host.freeMemory(), external: 0, arrayBuffers: 0 }), { rss: () => host.totalMemory() - host.freeMemory() }),
    cpuUsage: () => ({ user: 0, system: 0 }),
    nextTick(fn, ...args) {
      if (typeof fn !== 'function') throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "callback" argument must be of type function. Received ${$.inspect(fn)}`);
      g.queueMicrotask(() => fn(...args));
    },
    emitWarning(warning, type) {
      const name = typeof type === 'string' ? type : (type && type.type) || (warning instanceof Error ? warning.name : 'Warning');
      const msg = warning instanceof Error ? warning.message : `${warning}`;
      host.write(2, `(node:${process.pid}) ${name}: ${msg}\n`);
    },
    exit(code) {
      if (code !== undefined) process.exitCode = code;
      if (!exiting) {
        exiting = true;
        try { process.emit('exit', process.exitCode === undefined ? 0 : process.exitCode); } catch (e) { /* exiting anyway */ }
      }
      $.exit(Number(process.exitCode === undefined ? 0 : process.exitCode) | 0);
    },
    abort() { $.exit(134); },
    binding() { throw new Error('No such module: binding'); },
    features: { inspector: false },
    config: { variables: {} },
    getuid: () => 0, getgid: () => 0, geteuid: () => 0,
    kill() { return true; },
    reallyExit: (code) => $.exit(code | 0),
  });
  Object.defineProperty(process, Symbol.toStringTag, { value: 'process', configurable: true });
  $.process = process;
  $.processExitCode = () => {
    const c = process.exitCode;
    return c === undefined || c === null ? 0 : Number(c) | 0;
  };
  // Called by the host when the loop is empty: node emits 'beforeExit' (which may schedule more) then 'exit'.
  $.beforeExit = () => { process.emit('beforeExit', $.processExitCode()); };
  $.emitExit = (code) => {
    if (exiting) return;
    exiting = true;
    if (process.exitCode === undefined) process.exitCode = code;
    process.emit('exit', $.processExitCode());
  };
  builtins.set('process', process);

  // ---- CommonJS modules ---------------------------------------------------------------------------------
  const builtinNames = () => [...builtins.keys()];
  function isBuiltin(name) {
    const n = name.startsWith('node:') ? name.slice(5) : name;
    return builtins.has(n) || builtinFactories.has(n);
  }
  function loadBuiltin(name) {
    const n = name.startsWith('node:') ? name.slice(5) : name;
    if (!builtins.has(n) && builtinFactories.has(n)) builtins.set(n, builtinFactories.get(n)());
    return builtins.get(n);
  }
  $.isBuiltin = isBuiltin;
  $.loadBuiltin = loadBuiltin;

  class Module {
    constructor(id = '', parent = null) {
      this.id = id;
      this.path = path.dirname(id);
      this.exports = {};
      this.filename = null;
      this.loaded = false;
      this.children = [];
      this.paths = [];
      this.parent = parent;
      if (parent) parent.children.push(this);
    }
    require(request) { return makeRequire(this)(request); }
  }
  Module._cache = Object.create(null);
  Module._extensions = { '.js': null, '.json': null, '.cjs': null };
  Module.builtinModules = builtinNames();
  Module.isBuiltin = isBuiltin;
  Module.Module = Module;
  Module.createRequire = (filename) => {
    const f = filename instanceof URL || `${filename}`.startsWith('file:') ? fileURLToPath(filename) : `${filename}`;
    const m = new Module(f, null);
    m.filename = f;
    m.paths = nodeModulePaths(path.dirname(f));
    return makeRequire(m);
  };
  builtinFactories.set('module', () => Module);

  function nodeModulePaths(dir) {
    const out = [];
    let d = dir;
    for (;;) {
      if (!d.endsWith('/node_modules')) out.push(d === '/' ? '/node_modules' : `${d}/node_modules`);
      if (d === '/') break;
      d = path.dirname(d);
    }
    return out;
  }
  function resolveFilename(request, parent) {
    if (isBuiltin(request)) return request.startsWith('node:') ? request : `node:${request}`;
    const parentDir = parent && parent.filename ? path.dirname(parent.filename) : host.cwd();
    // Node's resolution (paths, node_modules, package.json) lives in Java, shared with ES module loading.
    const r = host.resolveModule(parentDir, request, false);
    if (r[1] !== null) throw nodeError(Error, r[1], r[2]);
    if (r[0] !== null) return r[0];
    const stack = [];
    for (let m = parent; m; m = m.parent) if (m.filename) stack.push(`- ${m.filename}`);
    const err = nodeError(Error, 'MODULE_NOT_FOUND', `Cannot find module '${request}'${stack.length ? `\nRequire stack:\n${stack.join('\n')}` : ''}`);
    err.requireStack = stack.map((s) => s.slice(2));
    throw err;
  }
  function loadModule(filename, parent) {
    if (filename.startsWith('node:')) return loadBuiltin(filename);
    const cached = Module._cache[filename];
    if (cached) return cached.exports;
    const module = new Module(filename, parent);
    module.filename = filename;
    module.paths = nodeModulePaths(path.dirname(filename));
    Module._cache[filename] = module;
    let ok = false;
    try {
      const text = decoder.decode(new Uint8Array(new ArrayBuffer(check(host.fsReadFile(filename)))));
      if (filename.endsWith('.json')) {
        try { module.exports = JSON.parse(text); } catch (e) { e.message = `${filename}: ${e.message}`; throw e; }
      } else if (filename.endsWith('.node')) {
        throw nodeError(Error, 'ERR_DLOPEN_FAILED', `${filename}: native addons cannot be loaded by wasmjs`);
      } else if (filename.endsWith('.mjs')) {
        throw nodeError(Error, 'ERR_REQUIRE_ESM', `require() of ES Module ${filename} not supported.`);
      } else {
        const body = text.startsWith('#!') ? `//${text.slice(2)}` : text;
        const fn = host.compileCommonJs(body, filename);
        fn.call(module.exports, module.exports, makeRequire(module), module, filename, path.dirname(filename));
      }
      ok = true;
    } finally {
      if (!ok) delete Module._cache[filename];
    }
    module.loaded = true;
    return module.exports;
  }
  function makeRequire(module) {
    const require = (request) => {
      if (typeof request !== 'string') throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "id" argument must be of type string. Received ${$.inspect(request)}`);
      return loadModule(resolveFilename(request, module), module);
    };
    require.resolve = (request) => resolveFilename(request, module);
    require.resolve.paths = (request) => isBuiltin(request) ? null : nodeModulePaths(module.filename ? path.dirname(module.filename) : host.cwd());
    require.cache = Module._cache;
    require.main = $.mainModule;
    require.extensions = Module._extensions;
    return require;
  }
  // Runs a file as the CommonJS main module (bin/wasmjs x.cjs).
  $.runMainCommonJs = (filename) => {
    const module = new Module('.', null);
    module.filename = filename;
    module.paths = nodeModulePaths(path.dirname(filename));
    Module._cache[filename] = module;
    $.mainModule = module;
    const text = decoder.decode(new Uint8Array(new ArrayBuffer(check(host.fsReadFile(filename)))));
    const body = text.startsWith('#!') ? `//${text.slice(2)}` : text;
    const fn = host.compileCommonJs(body, filename);
    fn.call(module.exports, module.exports, makeRequire(module), module, filename, path.dirname(filename));
    module.loaded = true;
  };
  // The export names an ES module wrapper of a built-in needs (import { readFileSync } from 'node:fs').
  $.builtinExportNames = (name) => {
    const m = loadBuiltin(name);
    return Object.keys(m).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k) && k !== 'default');
  };

  $.define(g, 'process', process);
  $.define(g, 'Buffer', Buffer);
  $.define(g, 'global', g);
})
