/*
 * wasmjs's testharness-compatible shim for running web-platform-tests `.any.js` files headless (as a JS shell
 * would). It implements the testharness.js API those tests use (test, promise_test, async_test, setup, done, the
 * Test object's step functions, and the assert_* family) with testharness.js's semantics, and reports results to
 * the Java runner through the object it returns.
 *
 * Evaluated as a function of `host`, provided by the Java runner: report(name, status, message) receives each
 * finished subtest (so results survive a timeout that closes the context), setTimeout(fn, ms) and
 * clearTimeout(id) schedule macrotasks.
 */
(function (host) {
'use strict';

const global = globalThis;
const unfinished = new Set(); // async and promise tests not completed yet
let promiseChain = Promise.resolve();
let setupFailure = null;

// ---- value formatting (names of generated subtests depend on it, as in testharness.js) ------------------------

function formatValue(v, seen) {
  switch (typeof v) {
    case 'string': {
      let out = '';
      for (const ch of v) {
        const c = ch.codePointAt(0);
        if (ch === '"') out += '\\"';
        else if (ch === '\\') out += '\\\\';
        else if (c < 0x20 || (c >= 0x7f && c < 0xa0)) out += '\\u' + c.toString(16).padStart(4, '0');
        else if (c >= 0xd800 && c <= 0xdfff) out += '\\u' + c.toString(16).padStart(4, '0');
        else out += ch;
      }
      return `"${out}"`;
    }
    case 'number':
      return Object.is(v, -0) ? '-0' : String(v);
    case 'bigint':
      return `${v}n`;
    case 'symbol':
      return String(v);
    case 'undefined':
    case 'boolean':
      return String(v);
    case 'object':
      if (v === null) return 'null';
      seen = seen || [];
      if (seen.includes(v)) return '[...]';
      if (Array.isArray(v)) {
        seen.push(v);
        const items = v.map((x) => formatValue(x, seen));
        seen.pop();
        return `[${items.join(', ')}]`;
      }
      // fall through
    case 'function':
      try {
        return `${typeof v} "${truncate(String(v))}"`;
      } catch (e) {
        return `[${typeof v}]`;
      }
    default:
      return `${typeof v} "${truncate(String(v))}"`;
  }
}

function truncate(s) {
  return s.length > 1000 ? s.slice(0, 1000) + '...' : s;
}

function sameValue(x, y) {
  if (x === y) {
    return x !== 0 || 1 / x === 1 / y;
  }
  return x !== x && y !== y;
}

// ---- assertions ---------------------------------------------------------------------------------------------

class AssertionError extends Error {
  constructor(message) {
    super(message);
    this.name = 'AssertionError';
  }
}

function assert(ok, fn, description, message, substitutions) {
  if (!ok) {
    let text = message;
    for (const key of Object.keys(substitutions || {})) {
      text = text.split(`\${${key}}`).join(substitutions[key]);
    }
    throw new AssertionError(`${fn}: ${description ? description + ' ' : ''}${text}`);
  }
}

function assert_true(actual, description) {
  assert(actual === true, 'assert_true', description, 'expected true got ${actual}', { actual: formatValue(actual) });
}

function assert_false(actual, description) {
  assert(actual === false, 'assert_false', description, 'expected false got ${actual}', { actual: formatValue(actual) });
}

function assert_equals(actual, expected, description) {
  if (typeof actual !== typeof expected) {
    assert(false, 'assert_equals', description, 'expected (${expectedType}) ${expected} but got (${actualType}) ${actual}',
        { expectedType: typeof expected, expected: formatValue(expected), actualType: typeof actual, actual: formatValue(actual) });
  }
  assert(sameValue(actual, expected), 'assert_equals', description, 'expected ${expected} but got ${actual}',
      { expected: formatValue(expected), actual: formatValue(actual) });
}

function assert_not_equals(actual, expected, description) {
  assert(!sameValue(actual, expected), 'assert_not_equals', description, 'got disallowed value ${actual}',
      { actual: formatValue(actual) });
}

function assert_in_array(actual, expected, description) {
  assert(expected.indexOf(actual) !== -1, 'assert_in_array', description, 'value ${actual} not in array ${expected}',
      { actual: formatValue(actual), expected: formatValue(expected) });
}

function assert_array_equals(actual, expected, description) {
  assert(typeof actual === 'object' && actual !== null && 'length' in actual, 'assert_array_equals', description,
      'value is ${actual}, expected array', { actual: formatValue(actual) });
  assert(actual.length === expected.length, 'assert_array_equals', description,
      'lengths differ, expected array ${expected} length ${expectedLength}, got ${actual} length ${actualLength}',
      { expected: formatValue(expected), expectedLength: expected.length, actual: formatValue(actual), actualLength: actual.length });
  for (let i = 0; i < actual.length; i++) {
    assert(Object.prototype.hasOwnProperty.call(actual, i) === Object.prototype.hasOwnProperty.call(expected, i),
        'assert_array_equals', description, 'expected property ${i} to be ${expected} but was ${actual}',
        { i, expected: i in expected ? 'present' : 'missing', actual: i in actual ? 'present' : 'missing' });
    assert(sameValue(expected[i], actual[i]), 'assert_array_equals', description,
        'expected property ${i} to be ${expected} but got ${actual} (expected array ${arrayExpected} got ${arrayActual})',
        { i, expected: formatValue(expected[i]), actual: formatValue(actual[i]), arrayExpected: formatValue(expected), arrayActual: formatValue(actual) });
  }
}

function assert_less_than(actual, expected, description) {
  assert(actual < expected, 'assert_less_than', description, 'expected a number less than ${expected} but got ${actual}',
      { expected: formatValue(expected), actual: formatValue(actual) });
}

function assert_greater_than(actual, expected, description) {
  assert(actual > expected, 'assert_greater_than', description, 'expected a number greater than ${expected} but got ${actual}',
      { expected: formatValue(expected), actual: formatValue(actual) });
}

function assert_regexp_match(actual, expected, description) {
  assert(expected.test(actual), 'assert_regexp_match', description, 'expected ${expected} but got ${actual}',
      { expected: formatValue(expected), actual: formatValue(actual) });
}

function assert_class_string(object, classString, description) {
  const actual = Object.prototype.toString.call(object);
  const expected = `[object ${classString}]`;
  assert(actual === expected, 'assert_class_string', description, 'expected ${expected} but got ${actual}',
      { expected: formatValue(expected), actual: formatValue(actual) });
}

function assert_own_property(object, property, description) {
  assert(Object.prototype.hasOwnProperty.call(object, property), 'assert_own_property', description,
      'expected property ${p} missing', { p: formatValue(property) });
}

function assert_not_own_property(object, property, description) {
  assert(!Object.prototype.hasOwnProperty.call(object, property), 'assert_not_own_property', description,
      'unexpected property ${p} is found on object', { p: formatValue(property) });
}

function assert_unreached(description) {
  assert(false, 'assert_unreached', description, 'Reached unreachable code');
}

/** The checks of assert_throws_js on a thrown value. */
function checkThrownJs(fn, constructor, e, description) {
  assert(typeof e === 'object' || typeof e === 'function', fn, description,
      '${func} threw ${e} (${type}) expected instance of ${expected}',
      { func: 'function', e: formatValue(e), type: typeof e, expected: constructor && constructor.name });
  assert(e !== null, fn, description, 'function threw null, not an object');
  assert(e.constructor === constructor && e.name === constructor.name, fn, description,
      'function threw ${actual} with constructor ${actualCtor}, not ${expected}',
      { actual: formatValue(e), actualCtor: e.constructor && e.constructor.name, expected: constructor.name });
}

function assert_throws_js(constructor, func, description) {
  let thrown = false;
  let error;
  try {
    func.call(this);
  } catch (e) {
    thrown = true;
    error = e;
  }
  assert(thrown, 'assert_throws_js', description, 'function did not throw');
  checkThrownJs('assert_throws_js', constructor, error, description);
}

function assert_throws_exactly(exception, func, description) {
  let thrown = false;
  let error;
  try {
    func.call(this);
  } catch (e) {
    thrown = true;
    error = e;
  }
  assert(thrown, 'assert_throws_exactly', description, 'function did not throw');
  assert(sameValue(error, exception), 'assert_throws_exactly', description, 'threw ${e} but we expected it to throw ${exception}',
      { e: formatValue(error), exception: formatValue(exception) });
}

/**
 * Legacy form the js-api README documents: `code` is an error object (e.g. `new TypeError()`) whose name the thrown
 * error must have, or an error constructor.
 */
function checkThrownLegacy(fn, code, e, description) {
  if (typeof code === 'function') {
    checkThrownJs(fn, code, e, description);
    return;
  }
  assert(typeof e === 'object' && e !== null, fn, description, 'threw ${e}, expected an error object', { e: formatValue(e) });
  assert(e.name === code.name, fn, description, 'threw ${actual}, expected an error named ${name}',
      { actual: formatValue(e), name: formatValue(code.name) });
  if (typeof code.constructor === 'function' && code.constructor !== Object) {
    assert(e instanceof code.constructor, fn, description, 'threw ${actual}, not an instance of ${name}',
        { actual: formatValue(e), name: code.constructor.name });
  }
}

function assert_throws(code, func, description) {
  let thrown = false;
  let error;
  try {
    func.call(this);
  } catch (e) {
    thrown = true;
    error = e;
  }
  assert(thrown, 'assert_throws', description, 'function did not throw');
  checkThrownLegacy('assert_throws', code, error, description);
}

/**
 * Equality helper of the V8-style test utilities (mjsunit) that the suite's wasm-module-builder.js and limits test
 * call; a JS shell running these tests provides it.
 */
function assertEquals(expected, actual, description) {
  assert_equals(actual, expected, description);
}

// ---- tests ------------------------------------------------------------------------------------------------

class Test {
  constructor(name) {
    this.name = name;
    this.status = undefined;
    this.message = '';
    this.cleanups = [];
    this._done = false;
    this._resolve = null;
  }

  _fail(e) {
    if (this.status === undefined) {
      this.status = 'FAIL';
      this.message = describeError(e);
    }
  }

  step(func, thisObj, ...args) {
    if (this._done) {
      return undefined;
    }
    try {
      return func.apply(thisObj === undefined ? this : thisObj, args);
    } catch (e) {
      this._fail(e);
      this.done();
      throw e;
    }
  }

  step_func(func, thisObj) {
    const test = this;
    return function (...args) {
      return test.step(func, thisObj === undefined ? this : thisObj, ...args);
    };
  }

  step_func_done(func, thisObj) {
    const test = this;
    return function (...args) {
      let result;
      if (func) {
        result = test.step(func, thisObj === undefined ? this : thisObj, ...args);
      }
      test.done();
      return result;
    };
  }

  unreached_func(description) {
    return this.step_func(() => assert_unreached(description));
  }

  step_timeout(func, timeout, ...args) {
    return host.setTimeout(this.step_func(() => func.apply(this, args)), timeout);
  }

  add_cleanup(func) {
    this.cleanups.push(func);
  }

  done() {
    if (this._done) {
      return;
    }
    this._done = true;
    for (const c of this.cleanups.splice(0)) {
      try {
        c();
      } catch (e) {
        if (this.status === undefined) {
          this.status = 'FAIL';
          this.message = `cleanup failed: ${describeError(e)}`;
        }
      }
    }
    if (this.status === undefined) {
      this.status = 'PASS';
    }
    host.report(`${this.name}`, this.status, this.message);
    unfinished.delete(this);
    if (this._resolve) {
      this._resolve();
    }
  }
}

function describeError(e) {
  if (e && typeof e === 'object' && typeof e.message === 'string') {
    return e.name && e.name !== 'AssertionError' ? `${e.name}: ${e.message}` : e.message;
  }
  try {
    return `threw ${formatValue(e)}`;
  } catch (x) {
    return 'threw an unprintable value';
  }
}

function test(func, name) {
  const t = new Test(name);
  if (setupFailure !== null) {
    t._fail(setupFailure);
    t.done();
    return;
  }
  try {
    t.step(func, t, t);
  } catch (e) {
    // recorded by step
  }
  t.done();
}

function async_test(func, name) {
  if (typeof func !== 'function') {
    name = func;
    func = null;
  }
  const t = new Test(name);
  unfinished.add(t);
  if (setupFailure !== null) {
    t._fail(setupFailure);
    t.done();
    return t;
  }
  if (func) {
    try {
      t.step(func, t, t);
    } catch (e) {
      // recorded by step
    }
  }
  return t;
}

function promise_test(func, name) {
  const t = new Test(name);
  unfinished.add(t);
  promiseChain = promiseChain.then(() => new Promise((resolve) => {
    t._resolve = resolve;
    if (setupFailure !== null) {
      t._fail(setupFailure);
      t.done();
      return;
    }
    let promise;
    try {
      promise = t.step(func, t, t);
    } catch (e) {
      return;  // failed and done
    }
    if (!promise || typeof promise.then !== 'function') {
      t._fail(new Error("promise_test: test body must return a 'thenable' object"));
      t.done();
      return;
    }
    promise.then(() => t.done(), (e) => {
      t._fail(e);
      t.done();
    });
  }));
}

function promise_rejects_js(t, constructor, promise, description) {
  return promise.then(
      t.step_func(() => assert_unreached(`Should have rejected: ${description}`)),
      t.step_func((e) => checkThrownJs('promise_rejects_js', constructor, e, description)));
}

function promise_rejects_exactly(t, exception, promise, description) {
  return promise.then(
      t.step_func(() => assert_unreached(`Should have rejected: ${description}`)),
      t.step_func((e) => assert_throws_exactly(exception, () => { throw e; }, description)));
}

function promise_rejects(t, code, promise, description) {
  return promise.then(
      t.step_func(() => assert_unreached(`Should have rejected: ${description}`)),
      t.step_func((e) => checkThrownLegacy('promise_rejects', code, e, description)));
}

function setup(funcOrProperties, maybeProperties) {
  if (typeof funcOrProperties === 'function') {
    try {
      funcOrProperties();
    } catch (e) {
      setupFailure = e;
      host.report('setup', 'FAIL', `setup failed: ${describeError(e)}`);
    }
  }
}

function done() {
  // Explicit-done files: the runner waits for every test anyway.
}

const api = {
  test, async_test, promise_test, setup, done,
  promise_rejects_js, promise_rejects_exactly, promise_rejects,
  assert_true, assert_false, assert_equals, assert_not_equals, assert_in_array, assert_array_equals,
  assert_less_than, assert_greater_than, assert_regexp_match, assert_class_string, assert_own_property,
  assert_not_own_property, assert_unreached, assert_throws_js, assert_throws_exactly, assert_throws,
  assertEquals, format_value: (v) => formatValue(v),
};
for (const name of Object.keys(api)) {
  Object.defineProperty(global, name, { value: api[name], writable: true, enumerable: false, configurable: true });
}
if (typeof global.setTimeout === 'undefined') {
  Object.defineProperty(global, 'setTimeout', { value: (fn, ms, ...args) => host.setTimeout(() => fn(...args), +ms || 0), writable: true, enumerable: false, configurable: true });
  Object.defineProperty(global, 'clearTimeout', { value: (id) => host.clearTimeout(id), writable: true, enumerable: false, configurable: true });
}
if (typeof global.self === 'undefined') {
  Object.defineProperty(global, 'self', { value: global, writable: true, enumerable: false, configurable: true });
}

return {
  /** Records an error thrown by a test file's top-level code (testharness reports it as a harness error). */
  fileError(e) {
    host.report('(file)', 'FAIL', `uncaught: ${describeError(e)}`);
  },
  complete: () => unfinished.size === 0,
  /** Marks every unfinished test as timed out. */
  timeout() {
    for (const t of [...unfinished]) {
      t.status = 'TIMEOUT';
      t.message = 'test did not finish';
      t.done();
    }
  },
};
})
