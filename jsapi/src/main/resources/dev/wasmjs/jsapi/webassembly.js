/*
 * wasmjs: the `WebAssembly` namespace of the W3C WebAssembly JavaScript Interface, on GraalJS.
 *
 * Evaluated once per context by WebAssemblyJs.install. This file owns everything JS code can observe: the Web IDL
 * shape (property attributes, names, lengths, prototype chains, brand checks), argument conversions, the order
 * in which user code (getters, valueOf) runs, and which error type is thrown. The Java bridges in `J` own the
 * engine work. `detachBuffer` detaches an ArrayBuffer (GraalJS's debug built-in, captured before its global is
 * removed), or is null when the context was not configured for it.
 *
 * The function returns the internals that Java calls back into (wrapping engine objects as JS objects, raising
 * errors, converting thrown values).
 */
(function (J, detachBuffer) {
'use strict';

// ---- Built-ins, captured now so that user code patching them later cannot change how the API behaves ----------
const globalObject = globalThis;
const {
  defineProperty, getOwnPropertyDescriptor, getOwnPropertyNames, create: objectCreate, freeze, setPrototypeOf,
  getPrototypeOf,
} = Object;
const ReflectApply = Reflect.apply;
const ReflectConstruct = Reflect.construct;
const ErrorCtor = Error;
const TypeErrorCtor = TypeError;
const RangeErrorCtor = RangeError;
const PromiseCtor = Promise;
const promiseThenMethod = Promise.prototype.then;
const promiseResolveMethod = Promise.resolve;
const promiseRejectMethod = Promise.reject;
const ArrayBufferCtor = ArrayBuffer;
const arrayBufferIsView = ArrayBuffer.isView;
const arrayBufferByteLength = getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get;
const arrayBufferSlice = ArrayBuffer.prototype.slice;
const TypedArrayPrototype = getPrototypeOf(Uint8Array.prototype);
const typedArrayBuffer = getOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get;
const typedArrayByteOffset = getOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get;
const typedArrayByteLength = getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;
const dataViewBuffer = getOwnPropertyDescriptor(DataView.prototype, 'buffer').get;
const dataViewByteOffset = getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get;
const dataViewByteLength = getOwnPropertyDescriptor(DataView.prototype, 'byteLength').get;
const BigInt64ArrayCtor = BigInt64Array;
const BigIntCtor = BigInt;
const asIntN = BigInt.asIntN;
const fround = Math.fround;
const mathTrunc = Math.trunc;
const SymbolIterator = Symbol.iterator;
const SymbolToStringTag = Symbol.toStringTag;
const WeakMapCtor = WeakMap;
const weakMapGet = WeakMap.prototype.get;
const weakMapSet = WeakMap.prototype.set;
const MapCtor = Map;
const mapGet = Map.prototype.get;
const mapSet = Map.prototype.set;
const mapDelete = Map.prototype.delete;
const ProxyCtor = Proxy;
const WeakRefCtor = WeakRef;
const weakRefDeref = WeakRef.prototype.deref;
const mapForEach = Map.prototype.forEach;
const mapSize = getOwnPropertyDescriptor(Map.prototype, 'size').get;
const functionToString = Function.prototype.toString;
const stringToWellFormed = String.prototype.toWellFormed;

const call = (f, self, ...args) => ReflectApply(f, self, args);
const then = (promise, onFulfilled, onRejected) => ReflectApply(promiseThenMethod, promise, [onFulfilled, onRejected]);
const resolved = (value) => ReflectApply(promiseResolveMethod, PromiseCtor, [value]);
const rejected = (reason) => ReflectApply(promiseRejectMethod, PromiseCtor, [reason]);

const MAX_SAFE_BITS = 9007199254740991;  // BigInt.asIntN with this width is ToBigInt without wrapping

function isObject(v) {
  return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function typeError(message) {
  return new TypeErrorCtor(message);
}

function rangeError(message) {
  return new RangeErrorCtor(message);
}

function requireArguments(count, required, where) {
  if (count < required) {
    throw typeError(`${where}: ${required} argument${required === 1 ? '' : 's'} required, but only ${count} present`);
  }
}

// ---- Web IDL conversions ---------------------------------------------------------------------------------------

/** A dictionary argument: undefined and null read as an empty dictionary; other non-objects are a TypeError. */
function dictionary(value, where, argument = 0) {
  if (value === undefined || value === null) {
    return undefined;
  }
  if (!isObject(value)) {
    throw typeError(`${where}: Argument ${argument} must be a dictionary object`);
  }
  return value;
}

/** A dictionary member (reading it runs getters, as Web IDL's dictionary conversion does). */
function member(dict, name) {
  return dict === undefined ? undefined : dict[name];
}

/** ToString as Web IDL's DOMString conversion does (a Symbol is a TypeError). */
function toDOMString(v) {
  return `${v}`;
}

/** Web IDL's USVString conversion: ToString, then each lone surrogate becomes U+FFFD. */
function toUSVString(v) {
  return call(stringToWellFormed, toDOMString(v));
}

/** [EnforceRange] unsigned long. */
function enforceRangeUint32(v, what) {
  let x = +v;
  if (x !== x || x === Infinity || x === -Infinity) {
    throw typeError(`${what} must be convertible to a valid number`);
  }
  x = mathTrunc(x);
  if (x < 0) {
    throw typeError(`${what} must be non-negative`);
  }
  if (x > 4294967295) {
    throw typeError(`${what} must be in the unsigned long range`);
  }
  return x + 0;
}

/** AddressValueToU64: an [EnforceRange] unsigned long for i32 addresses, a BigInt in [0, 2^64) for i64 ones. */
function addressValue(v, address64, what) {
  if (!address64) {
    return enforceRangeUint32(v, what);
  }
  const n = asIntN(MAX_SAFE_BITS, v);
  if (n < 0n || n > 0xFFFFFFFFFFFFFFFFn) {
    throw typeError(`${what} must be in the range of a 64-bit unsigned integer`);
  }
  return n;
}

/** An address as a Java long (u64 bits in a signed long). */
function addressBits(n, address64) {
  return address64 ? asIntN(64, n) : n;
}

/** U64ToAddressValue. */
function addressResult(n, address64) {
  return address64 ? BigIntCtor(n) : n;
}

/** An AddressType dictionary member: absent is "i32". */
function addressType(v, where) {
  if (v === undefined) {
    return false;
  }
  const s = toDOMString(v);
  if (s === 'i32') {
    return false;
  }
  if (s === 'i64') {
    return true;
  }
  throw typeError(`${where}: Descriptor property 'address' must be 'i32' or 'i64'`);
}

const VALUE_TYPES = ['i32', 'i64', 'f32', 'f64', 'v128', 'externref', 'anyfunc'];

/** The ValueType enumeration. */
function valueType(v, what) {
  const s = toDOMString(v);
  for (let i = 0; i < VALUE_TYPES.length; i++) {
    if (VALUE_TYPES[i] === s) {
      return s;
    }
  }
  throw typeError(`${what} must be a WebAssembly type`);
}

/** A sequence<T> argument: any iterable, read completely before anything else happens. */
function sequence(v, what) {
  if (!isObject(v)) {
    throw typeError(`${what} must be an iterable object`);
  }
  return iterableToList(v, what);
}

/** GetMethod(@@iterator), then iterate, reading `next` once (the order the spec's IterableToList has). */
function iterableToList(v, what) {
  const method = v === undefined || v === null ? undefined : v[SymbolIterator];
  if (method === undefined || method === null) {
    throw typeError(`${what} must be iterable`);
  }
  if (typeof method !== 'function') {
    throw typeError(`${what}: @@iterator is not callable`);
  }
  const iterator = call(method, v);
  if (!isObject(iterator)) {
    throw typeError(`${what}: the iterator is not an object`);
  }
  const next = iterator.next;
  const list = [];
  for (;;) {
    const step = call(next, iterator);
    if (!isObject(step)) {
      throw typeError(`${what}: iterator result is not an object`);
    }
    if (step.done) {
      return list;
    }
    list[list.length] = step.value;
  }
}

/** The byte length of an ArrayBuffer, or -1 for anything else (a SharedArrayBuffer is not a BufferSource either). */
function arrayBufferLength(v) {
  try {
    return call(arrayBufferByteLength, v);
  } catch (notArrayBuffer) {
    return -1;
  }
}

/** Web IDL's BufferSource conversion, which only checks the type (the bytes are copied later, by the method). */
function requireBufferSource(bytes, where) {
  if (!isObject(bytes) || (!arrayBufferIsView(bytes) && arrayBufferLength(bytes) < 0)) {
    throw typeError(`${where}: Argument 0 must be a buffer source`);
  }
}

/** "Get a copy of the bytes held by the buffer source", as a Java byte[]. */
function bufferSourceCopy(bytes, where) {
  requireBufferSource(bytes, where);
  if (arrayBufferIsView(bytes)) {
    let buffer, offset, length;
    try {
      buffer = call(typedArrayBuffer, bytes);
      offset = call(typedArrayByteOffset, bytes);
      length = call(typedArrayByteLength, bytes);
    } catch (notTypedArray) {
      buffer = call(dataViewBuffer, bytes);
      offset = call(dataViewByteOffset, bytes);
      length = call(dataViewByteLength, bytes);
    }
    return J.module.copyBytes(buffer, offset, length);
  }
  return J.module.copyBytes(bytes, 0, arrayBufferLength(bytes));
}

/**
 * The optional WebAssemblyCompileOptions dictionary (JS String Builtins): its members are read in Web IDL's order
 * (`builtins`, a sequence<USVString>, then `importedStringConstants`, a USVString?). The result is the Java
 * CompileOptions the module is compiled with, or null when the options enable nothing (no builtin sets, no string
 * constants), so that modules compiled without them are not checked at all.
 */
function compileOptions(options, where, argument) {
  const d = dictionary(options, where, argument);
  const builtinsValue = member(d, 'builtins');
  const builtinSets = [];
  if (builtinsValue !== undefined) {
    const list = sequence(builtinsValue, `${where}: Property 'builtins'`);
    for (let i = 0; i < list.length; i++) {
      builtinSets[i] = toUSVString(list[i]);
    }
  }
  const stringsValue = member(d, 'importedStringConstants');
  const strings = stringsValue === undefined || stringsValue === null ? null : toUSVString(stringsValue);
  return builtinSets.length === 0 && strings === null ? null : J.builtins.options(builtinSets, strings);
}

/** "Validate builtins and imported strings": the module's provided imports, or a CompileError. */
function builtinImports(handle, options, where) {
  return options === null ? null : J.builtins.check(handle, options, where);
}

// ---- Value conversions -----------------------------------------------------------------------------------------
// Types reach JS as one-letter codes (see Java's TypeCodes): i i32, I i64, f f32, F f64, v v128, e externref-like,
// r funcref-like, x exnref-like, g GC references. Java checks nullability and exact function subtypes.

const functionHandles = new WeakMapCtor();  // Exported Function -> its engine function

// Functions that are built-ins in V8 print as such: Function.prototype.toString shows `[native code]` for them.
const builtinNames = new WeakMapCtor();  // function -> the name it was created with

function builtin(f) {
  call(weakMapSet, builtinNames, f, f.name);
  return f;
}

/** The engine function behind an Exported Function, or a TypeError. */
function funcHandle(v) {
  const h = call(weakMapGet, functionHandles, v);
  if (h === undefined) {
    throw typeError('function-typed object must be null (if nullable) or a Wasm function object');
  }
  return h;
}

// ---- Exported GC Objects: opaque JS objects for wasm structs and arrays (one per object) ------------------------

const gcHandles = new WeakMapCtor();   // Exported GC Object -> engine struct or array
const gcObjects = new MapCtor();       // engine struct or array -> WeakRef of its Exported GC Object
let gcSweepAt = 1024;

/** Drops the entries whose Exported GC Object is gone (then nothing can tell a new one from it). */
function sweepGcObjects() {
  const dead = [];
  call(mapForEach, gcObjects, (ref, h) => {
    if (call(weakRefDeref, ref) === undefined) {
      dead[dead.length] = h;
    }
  });
  for (let i = 0; i < dead.length; i++) {
    call(mapDelete, gcObjects, dead[i]);
  }
  gcSweepAt = 2 * call(mapSize, gcObjects) + 1024;
}
const GC_OBJECT_TRAPS = freeze({
  getPrototypeOf: () => null,
  setPrototypeOf: () => false,
  isExtensible: () => false,
  preventExtensions: () => false,
  getOwnPropertyDescriptor: () => undefined,
  defineProperty: () => false,
  has: () => false,
  get: () => undefined,
  set() {
    throw typeError('WebAssembly objects are opaque');
  },
  deleteProperty() {
    throw typeError('WebAssembly objects are opaque');
  },
  ownKeys: () => [],
});

function wrapGcObject(h) {
  const ref = call(mapGet, gcObjects, h);
  let o = ref === undefined ? undefined : call(weakRefDeref, ref);
  if (o === undefined) {
    if (call(mapSize, gcObjects) >= gcSweepAt) {
      sweepGcObjects();
    }
    o = new ProxyCtor(freeze(objectCreate(null)), GC_OBJECT_TRAPS);
    call(weakMapSet, gcHandles, o, h);
    call(mapSet, gcObjects, h, new WeakRefCtor(o));
  }
  return o;
}

/** A JS value as a wasm reference: an Exported GC Object stands for its struct or array, anything else for itself. */
function gcOrSelf(v) {
  const h = call(weakMapGet, gcHandles, v);
  return h === undefined ? v : h;
}

/** ToWebAssemblyValue, to the form the Java setters take (`w === null` is the null reference). */
function toWasm(code, v) {
  switch (code) {
    case 'i': return v | 0;
    case 'I': return asIntN(64, v);
    case 'f': return fround(v);
    case 'F': return +v;
    case 'e': return gcOrSelf(v);
    case 'r': return v === null ? null : funcHandle(v);
    case 'g':
      // The spec's ToWebAssemblyValue for any-typed references: small integral Numbers become i31 references.
      if (typeof v === 'number' && v === (v | 0) && v < 1073741824 && v >= -1073741824) {
        return J.calls.i31(v);
      }
      return gcOrSelf(v);
    default:
      throw typeError('type incompatibility when transforming from/to JS');
  }
}

function hasJsIncompatibleType(codes) {
  for (let i = 0; i < codes.length; i++) {
    if (codes[i] === 'v' || codes[i] === 'x') {
      return true;
    }
  }
  return false;
}

// i64 values cross between Java and JS through this 8-byte buffer: BigInt64Array reads make exact BigInts.
const i64Scratch = new BigInt64ArrayCtor(new ArrayBufferCtor(J.calls.scratch()));

// ---- Exported Functions: generated once per signature ----------------------------------------------------------

const exportFactories = new MapCtor();
const importFactories = new MapCtor();

function paramConversion(code, arg) {
  switch (code) {
    case 'i': return `${arg} | 0`;
    case 'I': return `asIntN(64, ${arg})`;
    case 'f': return `fround(${arg})`;
    case 'F': return `+${arg}`;
    default: return `toWasm('${code}', ${arg})`;
  }
}

function setArgument(code, k, x) {
  switch (code) {
    case 'i': return `h.ai(${k}, ${x});`;
    case 'I': return `h.al(${k}, ${x});`;
    case 'f': return `h.af(${k}, ${x});`;
    case 'F': return `h.ad(${k}, ${x});`;
    default: return `h.ar(${k}, ${x} === null, ${x});`;
  }
}

function readResult(results) {
  switch (results) {
    case '': return '';
    case 'i': return 'return h.ri();';
    case 'I': return 'h.rl(); return i64Scratch[0];';
    case 'f': return 'return h.rf();';
    case 'F': return 'return h.rd();';
    default: return results.length === 1 ? 'return h.rv();' : 'return h.rm();';
  }
}

/**
 * Source of `(h) => (a0, ...) => ...` calling the Java ExportedFunction `h` for signature `params:results`: every
 * argument is converted first (conversions may run user code, which may call wasm), then passed in the shape
 * ExportedFunction takes for the signature, then the result is read.
 */
function exportSource(params, results) {
  const args = [];
  for (let k = 0; k < params.length; k++) {
    args[k] = `a${k}`;
  }
  let body;
  if (hasJsIncompatibleType(params + results)) {
    body = `throw new TypeErrorCtor('type incompatibility when transforming from/to JS');`;
  } else {
    const lines = [];
    for (let k = 0; k < params.length; k++) {
      lines[lines.length] = `const x${k} = ${paramConversion(params[k], args[k])};`;
    }
    const xs = args.map((a, k) => `x${k}`).join(', ');
    if (/^i{0,6}$/.test(params)) {
      lines[lines.length] = `h.cI${params.length}(${xs});`;
    } else if (/^[ifF]{1,4}$/.test(params)) {
      lines[lines.length] = `h.cD${params.length}(${xs});`;
    } else {
      for (let k = 0; k < params.length; k++) {
        lines[lines.length] = setArgument(params[k], k, `x${k}`);
      }
      lines[lines.length] = 'h.call();';
    }
    lines[lines.length] = readResult(results);
    body = lines.join(' ');
  }
  return `return (h) => (${args.join(', ')}) => { ${body} };`;
}

function exportFactory(sig) {
  let factory = call(mapGet, exportFactories, sig);
  if (factory === undefined) {
    const colon = sig.indexOf(':');
    const make = J.code.function('asIntN, fround, toWasm, i64Scratch, TypeErrorCtor',
        exportSource(sig.slice(0, colon), sig.slice(colon + 1)));
    factory = make(asIntN, fround, toWasm, i64Scratch, TypeErrorCtor);
    call(mapSet, exportFactories, sig, factory);
  }
  return factory;
}

/** Creates the Exported Function for engine function `fn`, called through the Java ExportedFunction `h`. */
function wrapFunction(h, fn, sig, name) {
  const f = exportFactory(sig)(h);
  defineProperty(f, 'name', { value: name });
  call(weakMapSet, functionHandles, f, fn);
  return builtin(f);
}

// ---- Host functions (JS functions imported by wasm): one trampoline per import --------------------------------

function resultConversion(code, v) {
  switch (code) {
    case 'i': return `${v} | 0`;
    case 'I': return `asIntN(64, ${v})`;
    case 'f': return `fround(${v})`;
    case 'F': return `+${v}`;
    default: return `toWasm('${code}', ${v})`;
  }
}

function storeResult(code, k, y) {
  switch (code) {
    case 'i': return `B.si(${k}, ${y});`;
    case 'I': return `B.sl(${k}, ${y});`;
    case 'f': return `B.sf(${k}, ${y});`;
    case 'F': return `B.sd(${k}, ${y});`;
    default: return `B.sr(${k}, ${y} === null, ${y});`;
  }
}

function readArgument(code, k) {
  switch (code) {
    case 'i': return `B.gi(${k})`;
    case 'I': return `(B.gl(${k}), i64Scratch[0])`;
    case 'f': return `B.gf(${k})`;
    case 'F': return `B.gd(${k})`;
    default: return `B.gr(${k})`;
  }
}

/** Source of `(fn) => () => ...`: reads the wasm arguments from Java, calls `fn`, stores its results. */
function importSource(params, results) {
  let body;
  if (hasJsIncompatibleType(params + results)) {
    body = `throw new TypeErrorCtor('type incompatibility when transforming from/to JS');`;
  } else {
    const args = [];
    for (let k = 0; k < params.length; k++) {
      args[k] = readArgument(params[k], k);
    }
    const invoke = `fn(${args.join(', ')})`;
    if (results.length === 0) {
      body = `${invoke};`;
    } else if (results.length === 1) {
      body = storeResult(results, 0, resultConversion(results, invoke));
    } else {
      const lines = [`const list = iterableToList(${invoke}, 'the result of an imported function');`,
        `if (list.length !== ${results.length}) throw new TypeErrorCtor('multi-return length mismatch: expected ${results.length} values');`];
      for (let k = 0; k < results.length; k++) {
        lines[lines.length] = `const y${k} = ${resultConversion(results[k], `list[${k}]`)};`;
      }
      for (let k = 0; k < results.length; k++) {
        lines[lines.length] = storeResult(results[k], k, `y${k}`);
      }
      body = lines.join(' ');
    }
  }
  return `return (fn) => () => { ${body} };`;
}

function makeTrampoline(sig, fn) {
  let factory = call(mapGet, importFactories, sig);
  if (factory === undefined) {
    const colon = sig.indexOf(':');
    const make = J.code.function('B, asIntN, fround, toWasm, i64Scratch, iterableToList, TypeErrorCtor',
        importSource(sig.slice(0, colon), sig.slice(colon + 1)));
    factory = make(J.calls, asIntN, fround, toWasm, i64Scratch, iterableToList, TypeErrorCtor);
    call(mapSet, importFactories, sig, factory);
  }
  return factory(fn);
}

// ---- Web IDL shape helpers -------------------------------------------------------------------------------------

/** Makes the listed prototype (or namespace) members enumerable, as Web IDL operations and attributes are. */
function enumerable(target, names) {
  for (let i = 0; i < names.length; i++) {
    const d = getOwnPropertyDescriptor(target, names[i]);
    d.enumerable = true;
    defineProperty(target, names[i], d);
  }
}

function toStringTag(target, tag) {
  defineProperty(target, SymbolToStringTag, { value: tag, writable: false, enumerable: false, configurable: true });
}

/** Unforgeable token: `new Memory(INTERNAL, handle)` makes the JS object for an existing engine object. */
const INTERNAL = freeze(objectCreate(null));

// ---- Errors ----------------------------------------------------------------------------------------------------

function nativeError(name) {
  // A NativeError structure (ECMA-262 20.5.6): callable with or without new, length 1, inherits from Error.
  // Built in a visible source, not here: see GeneratedCode.visibleFunction (why errors would lose their stack).
  const ctor = J.code.visibleFunction('ReflectConstruct, ErrorCtor', `const ctor = {
    ${name}: function (message) {
      return ReflectConstruct(ErrorCtor, arguments, new.target === undefined ? ctor : new.target);
    },
  }.${name};
  return ctor;`)(ReflectConstruct, ErrorCtor);
  setPrototypeOf(ctor, ErrorCtor);
  const prototype = objectCreate(ErrorCtor.prototype);
  defineProperty(prototype, 'constructor', { value: ctor, writable: true, enumerable: false, configurable: true });
  defineProperty(prototype, 'name', { value: name, writable: true, enumerable: false, configurable: true });
  defineProperty(prototype, 'message', { value: '', writable: true, enumerable: false, configurable: true });
  defineProperty(ctor, 'prototype', { value: prototype, writable: false, enumerable: false, configurable: false });
  return ctor;
}

const CompileError = nativeError('CompileError');
const LinkError = nativeError('LinkError');
const RuntimeError = nativeError('RuntimeError');
const ERRORS = { CompileError, LinkError, RuntimeError, TypeError: TypeErrorCtor, RangeError: RangeErrorCtor, Error: ErrorCtor };

function linkError(message) {
  return new LinkError(message);
}

// ---- Module ----------------------------------------------------------------------------------------------------

let moduleHandle;
let moduleBuiltins;
let isModule;

/** A Module object for engine module `handle` and its provided imports (see builtinImports; null for none). */
function newModuleObject(handle, builtins) {
  return new Module(INTERNAL, handle, builtins);
}

class Module {
  #module;
  // [[BuiltinSets]] and [[ImportedStringModule]], as what they mean for this module's imports.
  #builtins;

  constructor(bytes) {
    if (bytes === INTERNAL) {
      this.#module = arguments[1];
      this.#builtins = arguments[2];
      return;
    }
    const where = 'WebAssembly.Module()';
    requireArguments(arguments.length, 1, where);
    requireBufferSource(bytes, where);
    const options = compileOptions(arguments[1], where, 1);
    const handle = J.module.compile(bufferSourceCopy(bytes, where), where);
    this.#builtins = builtinImports(handle, options, where);
    this.#module = handle;
  }

  static imports(moduleObject) {
    requireArguments(arguments.length, 1, 'WebAssembly.Module.imports()');
    const m = moduleHandle(moduleObject, 'WebAssembly.Module.imports()');
    const builtins = moduleBuiltins(moduleObject);
    const n = J.module.importCount(m);
    const list = [];
    for (let i = 0; i < n; i++) {
      // Builtin functions and string constants are not imports the import object has to provide.
      if (builtins === null || !J.builtins.provides(builtins, i)) {
        list[list.length] = { module: J.module.importModule(m, i), name: J.module.importName(m, i), kind: J.module.importKind(m, i) };
      }
    }
    return list;
  }

  static exports(moduleObject) {
    requireArguments(arguments.length, 1, 'WebAssembly.Module.exports()');
    const m = moduleHandle(moduleObject, 'WebAssembly.Module.exports()');
    const n = J.module.exportCount(m);
    const list = [];
    for (let i = 0; i < n; i++) {
      list[i] = { name: J.module.exportName(m, i), kind: J.module.exportKind(m, i) };
    }
    return list;
  }

  static customSections(moduleObject, sectionName) {
    requireArguments(arguments.length, 2, 'WebAssembly.Module.customSections()');
    const m = moduleHandle(moduleObject, 'WebAssembly.Module.customSections()');
    const contents = J.module.customSections(m, toDOMString(sectionName));
    const list = [];
    for (let i = 0; i < contents.length; i++) {
      list[i] = call(arrayBufferSlice, new ArrayBufferCtor(contents[i]), 0);
    }
    return list;
  }

  static {
    moduleHandle = (o, where) => {
      if (isObject(o) && #module in o) {
        return o.#module;
      }
      throw typeError(`${where}: Argument 0 must be a WebAssembly.Module`);
    };
    moduleBuiltins = (o) => o.#builtins;
    isModule = (o) => isObject(o) && #module in o;
  }
}

// ---- Instance --------------------------------------------------------------------------------------------------

function importObjectArgument(v, where) {
  if (v !== undefined && !isObject(v)) {
    throw typeError(`${where}: Argument 1 must be an object`);
  }
  return v;
}

/**
 * "Read the imports": the engine objects to link, in import order. Only kinds are checked here. The imports the
 * module's compile options provide (builtin functions, string constants) are made first, all at once, as the spec
 * instantiates the builtin sets before reading anything; no user code runs for them.
 *
 * A missing import object is a TypeError only when an import has to be read from it: a module whose imports are all
 * builtins or string constants instantiates without one, as in V8 (node, Chrome) and JavaScriptCore. The spec's
 * "module.imports is not empty" test predates builtins and is an open question (WebAssembly/spec#2102).
 */
function readImports(m, builtins, importObject, where) {
  const n = J.module.importCount(m);
  const provided = builtins === null ? null : J.builtins.instantiate(builtins, m);
  const externs = [];
  let functions = 0;
  for (let i = 0; i < n; i++) {
    const kind = J.module.importKind(m, i);
    if (provided !== null && provided[i] !== null) {
      externs[i] = provided[i];
      if (kind === 'function') {
        functions++;
      }
      continue;
    }
    if (importObject === undefined) {
      throw typeError(`${where}: Imports argument must be present and must be an object`);
    }
    const moduleName = J.module.importModule(m, i);
    const name = J.module.importName(m, i);
    const o = importObject[moduleName];
    if (!isObject(o)) {
      throw typeError(`${where}: Import #${i} "${moduleName}": module is not an object or function`);
    }
    const v = o[name];
    const what = `${where}: Import #${i} "${moduleName}" "${name}"`;
    switch (kind) {
      case 'function': {
        let h = typeof v === 'function' ? call(weakMapGet, functionHandles, v) : J.instance.engineFunction(v);
        if (h === undefined || h === null) {
          if (typeof v !== 'function') {
            throw linkError(`${what}: function import requires a callable`);
          }
          h = J.instance.hostFunction(m, i, functions, makeTrampoline(J.module.importSignature(m, i), v));
        }
        externs[i] = h;
        functions++;
        break;
      }
      case 'global': {
        const g = globalHandleOf(v);
        if (g !== undefined) {
          externs[i] = g;
          break;
        }
        const code = J.module.importGlobalCode(m, i);
        if (code === 'I' ? typeof v !== 'bigint' : (code === 'i' || code === 'f' || code === 'F') && typeof v !== 'number') {
          throw linkError(`${what}: global import must be a number, valid Wasm reference, or WebAssembly.Global object`);
        }
        if (code === 'v') {
          throw linkError(`${what}: global import of type v128 must be a WebAssembly.Global object`);
        }
        try {
          const w = toWasm(code, v);
          externs[i] = J.global.importValue(m, i, w === null, w);
        } catch (e) {
          if (e instanceof TypeErrorCtor) {
            throw linkError(`${what}: ${e.message}`);
          }
          throw e;
        }
        break;
      }
      case 'memory': {
        const h = memoryHandleOf(v);
        if (h === undefined) {
          throw linkError(`${what}: memory import must be a WebAssembly.Memory object`);
        }
        externs[i] = h;
        break;
      }
      case 'table': {
        const h = tableHandleOf(v);
        if (h === undefined) {
          throw linkError(`${what}: table import requires a WebAssembly.Table`);
        }
        externs[i] = h;
        break;
      }
      case 'tag': {
        const h = tagHandleOf(v);
        if (h === undefined) {
          throw linkError(`${what}: tag import requires a WebAssembly.Tag`);
        }
        externs[i] = h;
        break;
      }
      default:
        throw linkError(`${what}: unknown import kind ${kind}`);
    }
  }
  return externs;
}

/** Instantiates and builds the frozen, null-prototype exports object. */
function instantiateCore(m, externs, where) {
  const instance = J.instance.instantiate(m, externs, where);
  const exports = objectCreate(null);
  const n = J.module.exportCount(m);
  for (let i = 0; i < n; i++) {
    defineProperty(exports, J.module.exportName(m, i),
        { value: J.instance.exportValue(instance, m, i), writable: true, enumerable: true, configurable: true });
  }
  return freeze(exports);
}

class Instance {
  #exports;

  constructor(module) {
    if (module === INTERNAL) {
      this.#exports = arguments[1];
      return;
    }
    requireArguments(arguments.length, 1, 'WebAssembly.Instance()');
    const m = moduleHandle(module, 'WebAssembly.Instance()');
    const importObject = importObjectArgument(arguments[1], 'WebAssembly.Instance()');
    const externs = readImports(m, moduleBuiltins(module), importObject, 'WebAssembly.Instance()');
    this.#exports = instantiateCore(m, externs, 'WebAssembly.Instance()');
  }

  get exports() {
    if (!(isObject(this) && #exports in this)) {
      throw typeError('WebAssembly.Instance.exports: Receiver is not a WebAssembly.Instance');
    }
    return this.#exports;
  }
}

// ---- Memory ----------------------------------------------------------------------------------------------------

let memoryHandleOf;

class Memory {
  #memory;

  constructor(descriptor) {
    if (descriptor === INTERNAL) {
      this.#memory = arguments[1];
      return;
    }
    const where = 'WebAssembly.Memory()';
    requireArguments(arguments.length, 1, where);
    const d = dictionary(descriptor, where);
    const address64 = addressType(member(d, 'address'), where);
    const initialValue = member(d, 'initial');
    if (initialValue === undefined) {
      throw typeError(`${where}: Property 'initial' is required`);
    }
    const initial = addressValue(initialValue, address64, `${where}: Property 'initial'`);
    const maximumValue = member(d, 'maximum');
    const maximum = maximumValue === undefined ? undefined : addressValue(maximumValue, address64, `${where}: Property 'maximum'`);
    const shared = !!member(d, 'shared');
    this.#memory = J.memory.create(addressBits(initial, address64), maximum !== undefined,
        maximum === undefined ? 0 : addressBits(maximum, address64), address64, shared, this);
  }

  grow(delta) {
    const m = memoryHandleOf(this);
    if (m === undefined) {
      throw typeError('WebAssembly.Memory.grow(): Receiver is not a WebAssembly.Memory');
    }
    requireArguments(arguments.length, 1, 'WebAssembly.Memory.grow()');
    const address64 = J.memory.address64(m);
    const pages = addressValue(delta, address64, 'WebAssembly.Memory.grow(): Argument 0');
    return addressResult(J.memory.grow(m, addressBits(pages, address64)), address64);
  }

  get buffer() {
    const m = memoryHandleOf(this);
    if (m === undefined) {
      throw typeError('WebAssembly.Memory.buffer: Receiver is not a WebAssembly.Memory');
    }
    return J.memory.buffer(m);
  }

  static {
    memoryHandleOf = (o) => (isObject(o) && #memory in o ? o.#memory : undefined);
  }
}

// ---- Table -----------------------------------------------------------------------------------------------------

let tableHandleOf;

class Table {
  #table;

  constructor(descriptor) {
    if (descriptor === INTERNAL) {
      this.#table = arguments[1];
      return;
    }
    const where = 'WebAssembly.Table()';
    requireArguments(arguments.length, 1, where);
    const d = dictionary(descriptor, where);
    const elementValue = member(d, 'element');
    if (elementValue === undefined) {
      throw typeError(`${where}: Descriptor property 'element' must be a WebAssembly reference type`);
    }
    const element = valueType(elementValue, `${where}: Descriptor property 'element'`);
    if (element !== 'anyfunc' && element !== 'externref') {
      throw typeError(`${where}: Descriptor property 'element' must be a WebAssembly reference type`);
    }
    const address64 = addressType(member(d, 'address'), where);
    const initialValue = member(d, 'initial');
    if (initialValue === undefined) {
      throw typeError(`${where}: Property 'initial' is required`);
    }
    const initial = addressValue(initialValue, address64, `${where}: Property 'initial'`);
    const maximumValue = member(d, 'maximum');
    const maximum = maximumValue === undefined ? undefined : addressValue(maximumValue, address64, `${where}: Property 'maximum'`);
    const code = element === 'anyfunc' ? 'r' : 'e';
    // As V8: an undefined value means the default here (but not in set()).
    const value = arguments.length < 2 || arguments[1] === undefined ? defaultValue(code) : toWasm(code, arguments[1]);
    this.#table = J.table.create(element, addressBits(initial, address64), maximum !== undefined,
        maximum === undefined ? 0 : addressBits(maximum, address64), address64, value === null, value, this);
  }

  get length() {
    const t = tableHandleOf(this);
    if (t === undefined) {
      throw typeError('WebAssembly.Table.length: Receiver is not a WebAssembly.Table');
    }
    return addressResult(J.table.length(t), J.table.address64(t));
  }

  grow(delta) {
    const t = tableHandleOf(this);
    if (t === undefined) {
      throw typeError('WebAssembly.Table.grow(): Receiver is not a WebAssembly.Table');
    }
    requireArguments(arguments.length, 1, 'WebAssembly.Table.grow()');
    const address64 = J.table.address64(t);
    const n = addressValue(delta, address64, 'WebAssembly.Table.grow(): Argument 0');
    const code = J.table.elementCode(t);
    // As V8: an undefined value means the default here (but not in set()).
    const value = arguments.length < 2 || arguments[1] === undefined ? defaultValue(code) : toWasm(code, arguments[1]);
    return addressResult(J.table.grow(t, addressBits(n, address64), value === null, value), address64);
  }

  set(index) {
    const t = tableHandleOf(this);
    if (t === undefined) {
      throw typeError('WebAssembly.Table.set(): Receiver is not a WebAssembly.Table');
    }
    requireArguments(arguments.length, 1, 'WebAssembly.Table.set()');
    const address64 = J.table.address64(t);
    const i = addressValue(index, address64, 'WebAssembly.Table.set(): Argument 0');
    const code = J.table.elementCode(t);
    if (code === 'x') {
      throw typeError('WebAssembly.Table.set(): exnref tables cannot be written from JavaScript');
    }
    const value = arguments.length < 2 ? defaultValue(code) : toWasm(code, arguments[1]);
    J.table.set(t, addressBits(i, address64), value === null, value);
  }

  get(index) {
    const t = tableHandleOf(this);
    if (t === undefined) {
      throw typeError('WebAssembly.Table.get(): Receiver is not a WebAssembly.Table');
    }
    requireArguments(arguments.length, 1, 'WebAssembly.Table.get()');
    const address64 = J.table.address64(t);
    if (J.table.elementCode(t) === 'x') {
      throw typeError('WebAssembly.Table.get(): exnref tables cannot be read from JavaScript');
    }
    const i = addressValue(index, address64, 'WebAssembly.Table.get(): Argument 0');
    return J.table.get(t, addressBits(i, address64));
  }

  static {
    tableHandleOf = (o) => (isObject(o) && #table in o ? o.#table : undefined);
  }
}

/** DefaultValue for a reference type: undefined for externref, null otherwise (non-nullable ones fail in Java). */
function defaultValue(code) {
  return code === 'e' ? undefined : null;
}

// ---- Global ----------------------------------------------------------------------------------------------------

let globalHandleOf;

const GLOBAL_CODES = { i32: 'i', i64: 'I', f32: 'f', f64: 'F', v128: 'v', externref: 'e', anyfunc: 'r' };

class Global {
  #global;

  constructor(descriptor) {
    if (descriptor === INTERNAL) {
      this.#global = arguments[1];
      return;
    }
    const where = 'WebAssembly.Global()';
    requireArguments(arguments.length, 1, where);
    const d = dictionary(descriptor, where);
    const mutable = !!member(d, 'mutable');
    const typeValue = member(d, 'value');
    if (typeValue === undefined) {
      throw typeError(`${where}: Descriptor property 'value' must be a WebAssembly type`);
    }
    const type = valueType(typeValue, `${where}: Descriptor property 'value'`);
    if (type === 'v128') {
      throw typeError(`${where}: Descriptor property 'value' must not be v128`);
    }
    const code = GLOBAL_CODES[type];
    const v = arguments[1];
    let w;
    // As V8: undefined means the default, except for anyfunc, where it is a value (and not a function).
    if (arguments.length < 2 || (v === undefined && code !== 'r')) {
      w = code === 'e' ? undefined : code === 'r' ? null : code === 'I' ? 0n : 0;
    } else {
      w = toWasm(code, v);
    }
    this.#global = J.global.create(type, mutable, w === null, w, this);
  }

  valueOf() {
    const g = globalHandleOf(this);
    if (g === undefined) {
      throw typeError('WebAssembly.Global.valueOf(): Receiver is not a WebAssembly.Global');
    }
    return J.global.get(g);
  }

  get value() {
    const g = globalHandleOf(this);
    if (g === undefined) {
      throw typeError('get WebAssembly.Global.value: Receiver is not a WebAssembly.Global');
    }
    return J.global.get(g);
  }

  set value(v) {
    const g = globalHandleOf(this);
    if (g === undefined) {
      throw typeError('set WebAssembly.Global.value: Receiver is not a WebAssembly.Global');
    }
    const code = J.global.code(g);
    if (code === 'v' || code === 'x') {
      throw typeError('set WebAssembly.Global.value: type incompatibility when transforming from/to JS');
    }
    if (!J.global.mutable(g)) {
      throw typeError("set WebAssembly.Global.value: Can't set the value of an immutable global.");
    }
    const w = toWasm(code, v);
    J.global.set(g, w === null, w);
  }

  static {
    globalHandleOf = (o) => (isObject(o) && #global in o ? o.#global : undefined);
  }
}

// ---- Tag and Exception -----------------------------------------------------------------------------------------

let tagHandleOf;

class Tag {
  #tag;

  constructor(type) {
    if (type === INTERNAL) {
      this.#tag = arguments[1];
      return;
    }
    const where = 'WebAssembly.Tag()';
    requireArguments(arguments.length, 1, where);
    const d = dictionary(type, where);
    const parametersValue = member(d, 'parameters');
    if (parametersValue === undefined) {
      throw typeError(`${where}: Argument 0 must be a tag type with 'parameters'`);
    }
    const parameters = sequence(parametersValue, `${where}: Property 'parameters'`);
    const names = [];
    for (let i = 0; i < parameters.length; i++) {
      names[i] = valueType(parameters[i], `${where}: Property 'parameters' element ${i}`);
    }
    this.#tag = J.exceptions.createTag(names.join(','), this);
  }

  static {
    tagHandleOf = (o) => (isObject(o) && #tag in o ? o.#tag : undefined);
  }
}

let exceptionHandleOf;

class Exception {
  #exception;

  constructor(exceptionTag, payload) {
    if (exceptionTag === INTERNAL) {
      this.#exception = payload;
      return;
    }
    const where = 'WebAssembly.Exception()';
    requireArguments(arguments.length, 2, where);
    const tag = tagHandleOf(exceptionTag);
    if (tag === undefined) {
      throw typeError(`${where}: Argument 0 must be a WebAssembly tag`);
    }
    const values = sequence(payload, `${where}: Argument 1`);
    const options = dictionary(arguments[2], where, 2);
    const traceStack = !!member(options, 'traceStack');
    if (J.exceptions.isJsTag(tag)) {
      throw typeError(`${where}: WebAssembly.JSTag cannot be used to construct an exception`);
    }
    const codes = J.exceptions.parameterCodes(tag);
    if (codes.length !== values.length) {
      throw typeError(`${where}: Number of exception values does not match signature length`);
    }
    const converted = [];
    for (let i = 0; i < codes.length; i++) {
      if (codes[i] === 'v' || codes[i] === 'x') {
        throw typeError(`${where}: type incompatibility when transforming from/to JS`);
      }
      converted[i] = toWasm(codes[i], values[i]);
    }
    const x = J.exceptions.create(tag);
    for (let i = 0; i < converted.length; i++) {
      J.exceptions.setArgument(x, i, converted[i] === null, converted[i]);
    }
    this.#exception = x;
    J.exceptions.register(x, this);
    if (traceStack) {
      const stack = new ErrorCtor().stack;
      defineProperty(this, 'stack', { value: stack, writable: true, enumerable: false, configurable: true });
    }
  }

  getArg(exceptionTag, index) {
    const x = exceptionHandleOf(this);
    if (x === undefined) {
      throw typeError('WebAssembly.Exception.getArg(): Receiver is not a WebAssembly.Exception');
    }
    requireArguments(arguments.length, 2, 'WebAssembly.Exception.getArg()');
    const tag = tagHandleOf(exceptionTag);
    if (tag === undefined) {
      throw typeError('WebAssembly.Exception.getArg(): Argument 0 must be a WebAssembly.Tag');
    }
    const i = enforceRangeUint32(index, 'WebAssembly.Exception.getArg(): Argument 1');
    if (J.exceptions.tagOf(x) !== tag) {
      throw typeError('WebAssembly.Exception.getArg(): First argument does not match the exception tag');
    }
    if (i >= J.exceptions.argumentCount(x)) {
      throw rangeError('WebAssembly.Exception.getArg(): Index out of range');
    }
    return J.exceptions.argument(x, i);
  }

  is(exceptionTag) {
    const x = exceptionHandleOf(this);
    if (x === undefined) {
      throw typeError('WebAssembly.Exception.is(): Receiver is not a WebAssembly.Exception');
    }
    requireArguments(arguments.length, 1, 'WebAssembly.Exception.is()');
    const tag = tagHandleOf(exceptionTag);
    if (tag === undefined) {
      throw typeError('WebAssembly.Exception.is(): Argument 0 must be a WebAssembly.Tag');
    }
    return J.exceptions.tagOf(x) === tag;
  }

  static {
    exceptionHandleOf = (o) => (isObject(o) && #exception in o ? o.#exception : undefined);
  }
}

// ---- Namespace functions ---------------------------------------------------------------------------------------

/**
 * A promise settled, in a later job, with the Module compiled from `bytes` (a Java byte[] already copied) and
 * WebAssemblyCompileOptions `options` (converted, see compileOptions).
 */
function compileLater(bytes, options, where) {
  return new PromiseCtor((resolve, reject) => {
    const settle = (handle) => {
      try {
        resolve(newModuleObject(handle, builtinImports(handle, options, where)));
      } catch (e) {
        reject(e);
      }
    };
    const done = (handle, error) => {
      if (error !== undefined) {
        reject(error);
      } else {
        settle(handle);
      }
    };
    if (!J.module.compileInBackground(bytes, where, done)) {
      then(resolved(undefined), () => {
        let handle;
        try {
          handle = J.module.compile(bytes, where);
        } catch (e) {
          reject(e);
          return;
        }
        settle(handle);
      });
    }
  });
}

/** Instantiates a Module object in a later job; the imports are read now. */
function instantiateLater(moduleObject, importObject, where) {
  const m = moduleHandle(moduleObject, where);
  const externs = readImports(m, moduleBuiltins(moduleObject), importObject, where);
  return then(resolved(undefined), () => new Instance(INTERNAL, instantiateCore(m, externs, where)));
}

function instantiateModulePromise(modulePromise, importObject, where) {
  return then(modulePromise, (moduleObject) =>
    then(instantiateLater(moduleObject, importObject, where), (instance) => ({ module: moduleObject, instance })));
}

/**
 * Compiles the body of a Response (or a promise of one), as the WebAssembly Web API prescribes. The streaming
 * functions take compile options as V8 does (the Web API text does not list them yet).
 */
function compileResponse(source, options, where) {
  return then(resolved(source), (response) => {
    const ResponseCtor = globalObject.Response;
    if (typeof ResponseCtor !== 'function' || !(response instanceof ResponseCtor)) {
      throw typeError(`${where}: Argument 0 must be a Response or a promise resolving to one`);
    }
    let mimeType = response.headers.get('Content-Type');
    if (mimeType === null || mimeType === undefined) {
      throw typeError(`${where}: Response has no Content-Type (expected 'application/wasm')`);
    }
    mimeType = `${mimeType}`.replace(/^[\t ]+|[\t ]+$/g, '');
    if (mimeType.toLowerCase() !== 'application/wasm') {
      throw typeError(`${where}: Incorrect response MIME type '${mimeType}' (expected 'application/wasm')`);
    }
    if (!response.ok) {
      throw typeError(`${where}: HTTP status code is not ok (${response.status})`);
    }
    return then(response.arrayBuffer(), (body) => compileLater(bufferSourceCopy(body, where), options, where));
  });
}

// Arguments are converted in Web IDL's order (a BufferSource is only type-checked, then the options dictionary,
// whose getters may run user code), before the method copies the bytes.
const namespace = {
  compile(bytes) {
    const where = 'WebAssembly.compile()';
    try {
      requireArguments(arguments.length, 1, where);
      requireBufferSource(bytes, where);
      const options = compileOptions(arguments[1], where, 1);
      return compileLater(bufferSourceCopy(bytes, where), options, where);
    } catch (e) {
      return rejected(e);
    }
  },

  validate(bytes) {
    const where = 'WebAssembly.validate()';
    requireArguments(arguments.length, 1, where);
    requireBufferSource(bytes, where);
    const options = compileOptions(arguments[1], where, 1);
    const copy = bufferSourceCopy(bytes, where);
    return options === null ? J.module.validate(copy) : J.builtins.validate(copy, options);
  },

  instantiate(source) {
    const where = 'WebAssembly.instantiate()';
    try {
      requireArguments(arguments.length, 1, where);
      const importObject = importObjectArgument(arguments[1], where);
      if (isModule(source)) {
        return instantiateLater(source, importObject, where);
      }
      requireBufferSource(source, where);
      const options = compileOptions(arguments[2], where, 2);
      return instantiateModulePromise(compileLater(bufferSourceCopy(source, where), options, where), importObject, where);
    } catch (e) {
      return rejected(e);
    }
  },

  compileStreaming(source) {
    const where = 'WebAssembly.compileStreaming()';
    try {
      requireArguments(arguments.length, 1, where);
      const options = compileOptions(arguments[1], where, 1);
      return compileResponse(source, options, where);
    } catch (e) {
      return rejected(e);
    }
  },

  instantiateStreaming(source) {
    const where = 'WebAssembly.instantiateStreaming()';
    try {
      requireArguments(arguments.length, 1, where);
      const importObject = importObjectArgument(arguments[1], where);
      const options = compileOptions(arguments[2], where, 2);
      return instantiateModulePromise(compileResponse(source, options, where), importObject, where);
    } catch (e) {
      return rejected(e);
    }
  },
};
enumerable(namespace, ['compile', 'validate', 'instantiate', 'compileStreaming', 'instantiateStreaming']);

const interfaces = { Module, Instance, Table, Memory, Global, Tag, Exception };
const interfaceMembers = {
  Module: [], Instance: ['exports'], Table: ['length', 'grow', 'set', 'get'], Memory: ['grow', 'buffer'],
  Global: ['valueOf', 'value'], Tag: [], Exception: ['getArg', 'is'],
};
for (const name of getOwnPropertyNames(interfaces)) {
  const ctor = interfaces[name];
  enumerable(ctor.prototype, interfaceMembers[name]);
  if (name === 'Module') {
    enumerable(ctor, ['imports', 'exports', 'customSections']);
  }
  toStringTag(ctor.prototype, `WebAssembly.${name}`);
  defineProperty(namespace, name, { value: ctor, writable: true, enumerable: false, configurable: true });
}
for (const name of ['CompileError', 'LinkError', 'RuntimeError']) {
  defineProperty(namespace, name, { value: ERRORS[name], writable: true, enumerable: false, configurable: true });
}
defineProperty(namespace, 'JSTag', {
  get: getOwnPropertyDescriptor({ get JSTag() { return J.exceptions.jsTag(); } }, 'JSTag').get,
  set: undefined, enumerable: true, configurable: true,
});
toStringTag(namespace, 'WebAssembly');

// Every function of the API, as V8's are, prints as native code.
function builtinsOf(o) {
  for (const key of getOwnPropertyNames(o)) {
    const d = getOwnPropertyDescriptor(o, key);
    for (const f of [d.value, d.get, d.set]) {
      if (typeof f === 'function' && key !== 'constructor') {
        builtin(f);
      }
    }
  }
}
builtinsOf(namespace);
for (const name of getOwnPropertyNames(interfaces)) {
  builtin(interfaces[name]);
  builtinsOf(interfaces[name]);
  builtinsOf(interfaces[name].prototype);
}
for (const name of ['CompileError', 'LinkError', 'RuntimeError']) {
  builtin(ERRORS[name]);
}
const toStringMethod = {
  toString() {
    if (typeof this === 'function') {
      const name = call(weakMapGet, builtinNames, this);
      if (name !== undefined) {
        return `function ${name}() { [native code] }`;
      }
    }
    return ReflectApply(functionToString, this, []);
  },
}.toString;
defineProperty(Function.prototype, 'toString', { value: builtin(toStringMethod), writable: true, enumerable: false, configurable: true });
defineProperty(globalObject, 'WebAssembly', { value: namespace, writable: true, enumerable: false, configurable: true });

// ---- Internals for Java ----------------------------------------------------------------------------------------

return {
  wrapFunction,
  newMemory: (h) => new Memory(INTERNAL, h),
  newTable: (h) => new Table(INTERNAL, h),
  newGlobal: (h) => new Global(INTERNAL, h),
  newTag: (h) => new Tag(INTERNAL, h),
  newException: (x) => new Exception(INTERNAL, x),
  wrapGcObject,
  raise(kind, message) {
    throw new ERRORS[kind](message);
  },
  makeError: (kind, message) => new ERRORS[kind](message),
  rethrow(value) {
    throw value;
  },
  bigint: (hi, lo) => asIntN(64, (BigIntCtor(hi) << 32n) | BigIntCtor(lo >>> 0)),
  array: (...values) => values,
  arrayBuffer: (byteBuffer) => new ArrayBufferCtor(byteBuffer),
  detach: detachBuffer === null ? null : (buffer) => detachBuffer(buffer),
  /** A value thrown by JS code, as the engine exception wasm sees: a WebAssembly.Exception's own, or a JSTag one. */
  toWasmThrow(value) {
    const x = exceptionHandleOf(value);
    return x !== undefined ? x : J.exceptions.jsException(value === null, value);
  },
};
})
