// Node-style value formatting: util.inspect and util.format, used by console and the util module.
// Follows node's visible rules (quotes, braces, depth 2, breaking at 80 columns, grouping long numeric arrays)
// so that console output of documentation snippets reads the same as under node.
(function (host, $) {
  'use strict';
  const kBreakLength = 80;
  const kCompact = 3;
  const TypedArray = Object.getPrototypeOf(Uint8Array);
  const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArray.prototype, Symbol.toStringTag).get;
  const identifier = /^[a-zA-Z_$][a-zA-Z_$0-9]*$/;

  function quote(str) {
    let q = "'";
    if (str.includes("'")) {
      if (!str.includes('"')) q = '"';
      else if (!str.includes('`') && !str.includes('${')) q = '`';
    }
    let out = '';
    for (let i = 0; i < str.length; i++) {
      const ch = str[i];
      const code = str.charCodeAt(i);
      if (ch === q || ch === '\\') out += '\\' + ch;
      else if (ch === '\n') out += '\\n';
      else if (ch === '\t') out += '\\t';
      else if (ch === '\r') out += '\\r';
      else if (ch === '\b') out += '\\b';
      else if (ch === '\f') out += '\\f';
      else if (ch === '\v') out += '\\v';
      else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).toUpperCase().padStart(2, '0');
      else out += ch;
    }
    return q + out + q;
  }

  function formatNumber(n) {
    return Object.is(n, -0) ? '-0' : String(n);
  }

  function formatPrimitive(v, ctx) {
    switch (typeof v) {
      case 'string': {
        let s = v;
        let extra = '';
        if (s.length > ctx.maxStringLength) {
          extra = `... ${s.length - ctx.maxStringLength} more character${s.length - ctx.maxStringLength > 1 ? 's' : ''}`;
          s = s.slice(0, ctx.maxStringLength);
        }
        // Long strings inside objects are split at newlines, as node does.
        if (ctx.indentationLvl + s.length > 16 && s.length > kBreakLength - ctx.indentationLvl - 4 && s.includes('\n')) {
          const parts = s.split(/(?<=\n)/);
          return parts.map(quote).join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + extra;
        }
        return quote(s) + extra;
      }
      case 'number': return formatNumber(v);
      case 'bigint': return `${v}n`;
      case 'boolean': return String(v);
      case 'undefined': return 'undefined';
      case 'symbol': return v.toString();
      default: return String(v);
    }
  }

  function getConstructorName(obj) {
    let o = obj;
    while (o !== null && o !== undefined) {
      const d = Object.getOwnPropertyDescriptor(o, 'constructor');
      if (d !== undefined && typeof d.value === 'function' && d.value.name !== '') return d.value.name;
      o = Object.getPrototypeOf(o);
    }
    return null;
  }

  function getPrefix(constructor, tag, fallback, size) {
    if (constructor === null) {
      if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
      return `[${fallback}${size}: null prototype] `;
    }
    if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
    return `${constructor}${size} `;
  }

  function formatKey(key) {
    if (typeof key === 'symbol') return `[${key.toString()}]`;
    if (identifier.test(key)) return key;
    return quote(key);
  }

  function formatProperty(ctx, value, recurseTimes, key, isArrayLike) {
    const desc = Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
    let str;
    if (desc.value !== undefined || !('get' in desc || 'set' in desc)) {
      ctx.indentationLvl += 2;
      str = formatValue(ctx, desc.value, recurseTimes);
      ctx.indentationLvl -= 2;
    } else if (desc.get !== undefined) {
      str = desc.set !== undefined ? '[Getter/Setter]' : '[Getter]';
    } else {
      str = desc.set !== undefined ? '[Setter]' : 'undefined';
    }
    if (isArrayLike) return str;
    const name = desc.enumerable === false ? `[${formatKey(key)}]` : formatKey(key);
    return `${name}: ${str}`;
  }

  function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(value, ctx);
    if (value === null) return 'null';
    if (ctx.customInspect) {
      const custom = value[$.inspectCustom];
      if (typeof custom === 'function' && custom !== inspect) {
        const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
        const ret = custom.call(value, depth, Object.assign({}, ctx.options), inspect);
        if (ret !== value) {
          if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
          return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
        }
      }
    }
    if (ctx.seen.includes(value)) {
      let index = 1;
      if (ctx.circular === undefined) {
        ctx.circular = new Map();
        ctx.circular.set(value, index);
      } else {
        index = ctx.circular.get(value);
        if (index === undefined) {
          index = ctx.circular.size + 1;
          ctx.circular.set(value, index);
        }
      }
      return `[Circular *${index}]`;
    }
    return formatRaw(ctx, value, recurseTimes, typedArray);
  }

  function functionBase(value, constructor, tag) {
    const src = Function.prototype.toString.call(value);
    if (src.startsWith('class') && /^class(?:\s|\{)/.test(src)) {
      let base = `[class ${value.name || '(anonymous)'}`;
      const superProto = Object.getPrototypeOf(value);
      if (superProto && superProto.name) base += ` extends ${superProto.name}`;
      return base + ']';
    }
    let type = 'Function';
    if (constructor === 'AsyncFunction' || constructor === 'GeneratorFunction' || constructor === 'AsyncGeneratorFunction') type = constructor;
    let base = `[${type}`;
    if (constructor === null) base += ' (null prototype)';
    base += value.name === '' ? ' (anonymous)' : `: ${value.name}`;
    base += ']';
    if (constructor !== type && constructor !== null && constructor !== 'Function') base += ` ${constructor}`;
    if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
    return base;
  }

  function formatError(err, constructor, tag, ctx, keys) {
    let stack = typeof err.stack === 'string' ? err.stack : Error.prototype.toString.call(err);
    const name = err.name != null ? String(err.name) : 'Error';
    if (constructor === null) stack = `[${stack}]`;
    // Errors without a stack trace (e.g. created by host code) are shown in brackets, as node does.
    if (!stack.includes('\n    at ')) stack = `[${stack}]`;
    if (ctx.indentationLvl !== 0) stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
    void name; void tag; void keys;
    return stack;
  }

  function arrayBufferContents(buf) {
    const bytes = new Uint8Array(buf, 0, Math.min(buf.byteLength, 50));
    let s = '';
    for (let i = 0; i < bytes.length; i++) s += (i ? ' ' : '') + bytes[i].toString(16).padStart(2, '0');
    if (buf.byteLength > 50) s += ` ... ${buf.byteLength - 50} more byte${buf.byteLength - 50 > 1 ? 's' : ''}`;
    return `<${s}>`;
  }

  function formatRaw(ctx, value, recurseTimes, typedArray) {
    let keys;
    let protoProps;
    const constructor = getConstructorName(value);
    let tag = value[Symbol.toStringTag];
    if (typeof tag !== 'string' || (tag !== '' && (ctx.showHidden ? Object.prototype.hasOwnProperty : Object.prototype.propertyIsEnumerable).call(value, Symbol.toStringTag))) tag = '';
    let base = '';
    let formatter = () => [];
    let braces;
    let noIterator = true;
    let extrasType = 0; // 0 object, 1 array
    let i = 0;
    const filter = (k) => ctx.showHidden ? true : Object.prototype.propertyIsEnumerable.call(value, k);
    const ownKeys = () => Reflect.ownKeys(value).filter((k) => filter(k) && (typeof k !== 'symbol' || true));

    if (Symbol.iterator in value || constructor === null) {
      noIterator = false;
      if (Array.isArray(value)) {
        const prefix = (constructor !== 'Array' || tag !== '') ? getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
        keys = ownKeys().filter((k) => typeof k === 'symbol' || !(String(k >>> 0) === k && (k >>> 0) < 4294967295) );
        if (!ctx.showHidden) keys = keys.filter((k) => k !== 'length');
        braces = [`${prefix}[`, ']'];
        if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
        extrasType = 1;
        formatter = formatArray;
      } else if (value instanceof Set) {
        keys = ownKeys();
        const prefix = getPrefix(constructor, tag, 'Set', `(${value.size})`);
        formatter = formatSet;
        if (value.size === 0 && keys.length === 0) return `${prefix}{}`;
        braces = [`${prefix}{`, '}'];
      } else if (value instanceof Map) {
        keys = ownKeys();
        const prefix = getPrefix(constructor, tag, 'Map', `(${value.size})`);
        formatter = formatMap;
        if (value.size === 0 && keys.length === 0) return `${prefix}{}`;
        braces = [`${prefix}{`, '}'];
      } else if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
        keys = ownKeys().filter((k) => typeof k === 'symbol' || !(String(k >>> 0) === k));
        const fallback = typedArrayTag.call(value);
        const prefix = getPrefix(constructor, tag === fallback ? '' : tag, fallback, `(${value.length})`);
        braces = [`${prefix}[`, ']'];
        if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
        formatter = formatTypedArray;
        extrasType = 1;
      } else {
        noIterator = true;
      }
    }
    if (noIterator) {
      keys = ownKeys();
      braces = ['{', '}'];
      if (constructor === 'Object') {
        if (tag !== '') braces[0] = `${getPrefix(constructor, tag, 'Object', '')}{`;
        if (keys.length === 0) return `${braces[0]}}`;
      } else if (typeof value === 'function') {
        base = functionBase(value, constructor, tag);
        if (keys.length === 0) return base;
      } else if (value instanceof RegExp) {
        base = RegExp.prototype.toString.call(value);
        const prefix = getPrefix(constructor, tag, 'RegExp', '');
        if (prefix !== 'RegExp ') base = `${prefix}${base}`;
        if (keys.length === 0) return base;
      } else if (value instanceof Date) {
        base = Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
        const prefix = getPrefix(constructor, tag, 'Date', '');
        if (prefix !== 'Date ') base = `${prefix}${base}`;
        if (keys.length === 0) return base;
      } else if (value instanceof Error) {
        base = formatError(value, constructor, tag, ctx, keys);
        keys = keys.filter((k) => k !== 'stack' && k !== 'message');
        if (keys.length === 0) return base;
      } else if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer)) {
        const type = value instanceof ArrayBuffer ? 'ArrayBuffer' : 'SharedArrayBuffer';
        const prefix = getPrefix(constructor, tag, type, '');
        formatter = () => {
          let detached = false;
          try { new Uint8Array(value); } catch (e) { detached = true; }
          const out = detached ? [] : [`[Uint8Contents]: ${arrayBufferContents(value)}`];
          out.push(`byteLength: ${formatValue(ctx, value.byteLength, recurseTimes)}`);
          return out;
        };
        braces[0] = `${prefix}{`;
      } else if (value instanceof DataView) {
        braces[0] = `${getPrefix(constructor, tag, 'DataView', '')}{`;
        formatter = () => [`byteLength: ${value.byteLength}`, `byteOffset: ${value.byteOffset}`, `buffer: ${formatValue(ctx, value.buffer, recurseTimes + 1)}`];
      } else if (value instanceof Promise) {
        braces[0] = `${getPrefix(constructor, tag, 'Promise', '')}{`;
        const state = $.promiseState ? $.promiseState(value) : null;
        formatter = () => state === null ? ['<pending>'] : state[0] === 'rejected'
          ? [`<rejected> ${formatValue(ctx, state[1], recurseTimes + 1)}`] : [formatValue(ctx, state[1], recurseTimes + 1)];
      } else if (value instanceof WeakMap || value instanceof WeakSet) {
        braces[0] = `${getPrefix(constructor, tag, value instanceof WeakMap ? 'WeakMap' : 'WeakSet', '')}{`;
        formatter = () => ['<items unknown>'];
      } else if (value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof BigInt || value instanceof Symbol) {
        const prim = value.valueOf();
        const type = typeof prim === 'string' ? 'String' : typeof prim === 'number' ? 'Number' : typeof prim === 'boolean' ? 'Boolean' : typeof prim === 'bigint' ? 'BigInt' : 'Symbol';
        base = `[${type}: ${formatPrimitive(prim, { maxStringLength: ctx.maxStringLength, indentationLvl: 0 })}]`;
        if (typeof prim === 'string') keys = keys.filter((k) => !(String(k >>> 0) === k && (k >>> 0) < prim.length));
        if (keys.length === 0) return base;
      } else {
        if (keys.length === 0) {
          return `${getPrefix(constructor, tag, 'Object', '')}{}`;
        }
        braces[0] = `${getPrefix(constructor, tag, 'Object', '')}{`;
      }
    }

    if (ctx.depth !== null && recurseTimes > ctx.depth) {
      const name = getPrefix(constructor, tag, 'Object', '').slice(0, -1);
      return `[${Array.isArray(value) ? 'Array' : (name || 'Object')}]`;
    }
    recurseTimes += 1;
    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    let output;
    try {
      output = formatter(ctx, value, recurseTimes);
      for (i = 0; i < keys.length; i++) {
        output.push(formatProperty(ctx, value, recurseTimes, keys[i], false));
      }
    } finally {
      ctx.seen.pop();
    }
    if (ctx.circular !== undefined) {
      const index = ctx.circular.get(value);
      if (index !== undefined) {
        const reference = `<ref *${index}>`;
        if (base === '') braces[0] = `${reference} ${braces[0]}`;
        else base = `${reference} ${base}`;
      }
    }
    void protoProps;
    return reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  }

  function formatArray(ctx, value, recurseTimes) {
    const len = value.length;
    const shown = Math.min(ctx.maxArrayLength, len);
    const output = [];
    let holes = 0;
    for (let i = 0; i < shown; i++) {
      if (!Object.prototype.hasOwnProperty.call(value, i)) {
        holes++;
        continue;
      }
      if (holes > 0) {
        output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
        holes = 0;
      }
      output.push(formatProperty(ctx, value, recurseTimes, i, true));
    }
    if (holes > 0) output.push(`<${holes} empty item${holes > 1 ? 's' : ''}>`);
    if (len > shown) output.push(`... ${len - shown} more item${len - shown > 1 ? 's' : ''}`);
    return output;
  }

  function formatTypedArray(ctx, value, recurseTimes) {
    const len = value.length;
    const shown = Math.min(ctx.maxArrayLength, len);
    const output = new Array(shown);
    const isBig = typeof value[0] === 'bigint';
    for (let i = 0; i < shown; i++) output[i] = isBig ? `${value[i]}n` : formatNumber(value[i]);
    if (len > shown) output.push(`... ${len - shown} more item${len - shown > 1 ? 's' : ''}`);
    if (ctx.showHidden) {
      ctx.indentationLvl += 2;
      for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
        output.push(`[${key}]: ${formatValue(ctx, value[key], recurseTimes, true)}`);
      }
      ctx.indentationLvl -= 2;
    }
    return output;
  }

  function formatSet(ctx, value, recurseTimes) {
    const output = [];
    ctx.indentationLvl += 2;
    for (const v of value) output.push(formatValue(ctx, v, recurseTimes));
    ctx.indentationLvl -= 2;
    return output;
  }

  function formatMap(ctx, value, recurseTimes) {
    const output = [];
    ctx.indentationLvl += 2;
    for (const [k, v] of value) output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    ctx.indentationLvl -= 2;
    return output;
  }

  function groupArrayElements(ctx, output, value) {
    let totalLength = 0;
    let maxLength = 0;
    let outputLength = output.length;
    if (ctx.maxArrayLength < output.length) outputLength--;
    const separatorSpace = 2;
    const dataLen = new Array(outputLength);
    for (let i = 0; i < outputLength; i++) {
      const len = output[i].length;
      dataLen[i] = len;
      totalLength += len + separatorSpace;
      if (maxLength < len) maxLength = len;
    }
    const actualMax = maxLength + separatorSpace;
    if (actualMax * 3 + ctx.indentationLvl < kBreakLength && (totalLength / actualMax > 5 || maxLength <= 6)) {
      const averageBias = Math.sqrt(actualMax - totalLength / output.length);
      const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
      const columns = Math.min(
        Math.round(Math.sqrt(2.5 * biasedMax * outputLength) / biasedMax),
        Math.floor((kBreakLength - ctx.indentationLvl) / actualMax),
        kCompact * 4,
        15);
      if (columns <= 1) return output;
      const tmp = [];
      const maxLineLength = [];
      for (let i = 0; i < columns; i++) {
        let lineLength = 0;
        for (let j = i; j < output.length; j += columns) if (dataLen[j] > lineLength) lineLength = dataLen[j];
        maxLineLength.push(lineLength + separatorSpace);
      }
      let padStart = true;
      if (value !== undefined) {
        for (let i = 0; i < output.length; i++) {
          if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') { padStart = false; break; }
        }
      }
      for (let i = 0; i < outputLength; i += columns) {
        const max = Math.min(i + columns, outputLength);
        let str = '';
        let j = i;
        for (; j < max - 1; j++) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
          str += padStart ? `${output[j]}, `.padStart(padding, ' ') : `${output[j]}, `.padEnd(padding, ' ');
        }
        if (padStart) {
          const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
          str += output[j].padStart(padding, ' ');
        } else {
          str += output[j];
        }
        tmp.push(str);
      }
      if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
      output = tmp;
    }
    return output;
  }

  function isBelowBreakLength(ctx, output, start, base) {
    let totalLength = output.length + start;
    if (totalLength + output.length > kBreakLength) return false;
    for (let i = 0; i < output.length; i++) {
      totalLength += output[i].length;
      if (totalLength > kBreakLength) return false;
    }
    return base === '' || !base.includes('\n');
  }

  function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    const entries = output.length;
    if (extrasType === 1 && entries > 6) output = groupArrayElements(ctx, output, value);
    if (ctx.currentDepth - recurseTimes < kCompact && entries === output.length) {
      const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
      if (isBelowBreakLength(ctx, output, start, base)) {
        const joined = output.join(', ');
        if (!joined.includes('\n')) {
          return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }

  function inspect(value, opts) {
    const ctx = {
      seen: [], indentationLvl: 0, currentDepth: 0, depth: 2, showHidden: false,
      maxArrayLength: 100, maxStringLength: 10000, customInspect: true, options: {}, circular: undefined,
    };
    if (opts !== null && typeof opts === 'object') {
      if ('depth' in opts) ctx.depth = opts.depth === Infinity ? null : opts.depth;
      if ('showHidden' in opts) ctx.showHidden = !!opts.showHidden;
      if ('maxArrayLength' in opts) ctx.maxArrayLength = opts.maxArrayLength === null ? Infinity : opts.maxArrayLength;
      if ('maxStringLength' in opts) ctx.maxStringLength = opts.maxStringLength === null ? Infinity : opts.maxStringLength;
      if ('customInspect' in opts) ctx.customInspect = !!opts.customInspect;
      ctx.options = opts;
    }
    return formatValue(ctx, value, 0);
  }
  inspect.custom = $.inspectCustom;

  function formatWithOptions(inspectOptions, args) {
    const first = args[0];
    let a = 0;
    let str = '';
    let join = '';
    if (typeof first === 'string') {
      if (args.length === 1) return first;
      let tempStr;
      let lastPos = 0;
      for (let i = 0; i < first.length - 1; i++) {
        if (first.charCodeAt(i) !== 37) continue; // '%'
        const next = first.charCodeAt(++i);
        if (a + 1 !== args.length) {
          switch (next) {
            case 115: { // 's'
              const arg = args[++a];
              if (typeof arg === 'number') tempStr = formatNumber(arg);
              else if (typeof arg === 'bigint') tempStr = `${arg}n`;
              else if (typeof arg !== 'object' || arg === null) tempStr = String(arg);
              else tempStr = inspect(arg, Object.assign({}, inspectOptions, { depth: 0 }));
              break;
            }
            case 106: tempStr = JSON.stringify(args[++a]); break; // 'j'
            case 100: { // 'd'
              const n = args[++a];
              tempStr = typeof n === 'bigint' ? `${n}n` : typeof n === 'symbol' ? 'NaN' : formatNumber(Number(n));
              break;
            }
            case 79: tempStr = inspect(args[++a], inspectOptions); break; // 'O'
            case 111: tempStr = inspect(args[++a], Object.assign({}, inspectOptions, { showHidden: true, depth: 4 })); break; // 'o'
            case 105: { // 'i'
              const n = args[++a];
              tempStr = typeof n === 'bigint' ? `${n}n` : typeof n === 'symbol' ? 'NaN' : formatNumber(parseInt(n));
              break;
            }
            case 102: { // 'f'
              const n = args[++a];
              tempStr = typeof n === 'symbol' ? 'NaN' : formatNumber(parseFloat(n));
              break;
            }
            case 99: a += 1; tempStr = ''; break; // 'c': CSS, ignored
            case 37: str += first.slice(lastPos, i); lastPos = i + 1; continue; // '%%'
            default: continue;
          }
          if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
          str += tempStr;
          lastPos = i + 1;
        } else if (next === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
        }
      }
      if (lastPos !== 0) {
        a++;
        join = ' ';
        if (lastPos < first.length) str += first.slice(lastPos);
      }
    }
    while (a < args.length) {
      const value = args[a];
      str += join;
      str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
      join = ' ';
      a++;
    }
    return str;
  }

  $.inspect = inspect;
  $.format = (...args) => formatWithOptions(undefined, args);
  $.formatWithOptions = (opts, ...args) => formatWithOptions(opts, args);
})
