// Node's assert as Postman's sandbox bundles it (messages, codes and operators as that bundle reports them).
'use strict';
var inspect = require('util').inspect;

function AssertionError(options) {
  this.name = 'AssertionError';
  this.message = options.message;
  this.generatedMessage = !!options.generated;
  this.code = 'ERR_ASSERTION';
  this.actual = options.actual;
  this.expected = options.expected;
  this.operator = options.operator;
  this.stack = new Error(options.message).stack;
}
AssertionError.prototype = Object.create(Error.prototype);
AssertionError.prototype.constructor = AssertionError;
AssertionError.prototype.name = 'AssertionError';

function fail(actual, expected, message, operator, generatedText) {
  if (message instanceof Error) throw message;
  throw new AssertionError({
    message: message !== undefined ? String(message) : generatedText,
    generated: message === undefined,
    actual: actual, expected: expected, operator: operator
  });
}

function isObj(v) { return v !== null && typeof v === 'object'; }
function deepEqual(a, b, strict) {
  if (strict ? Object.is(a, b) : (a == b || (a !== a && b !== b))) return true;
  if (!isObj(a) || !isObj(b)) return false;
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RegExp && b instanceof RegExp) return String(a) === String(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  var ka = Object.keys(a), kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (var i = 0; i < ka.length; i++) {
    if (!Object.prototype.hasOwnProperty.call(b, ka[i]) || !deepEqual(a[ka[i]], b[ka[i]], strict)) return false;
  }
  return true;
}
function diffText(kind, a, b) {
  return 'Expected values to be ' + kind + ':\n+ actual - expected\n\n+ ' + inspect(a) + '\n- ' + inspect(b);
}

function ok(value, message) {
  if (!value) {
    if (message instanceof Error) throw message;
    throw new AssertionError({ message: message !== undefined ? String(message) : inspect(value) + ' == true', generated: false,
      actual: value, expected: true, operator: '==' });
  }
}
var assert = function (value, message) { ok(value, message); };
assert.fail = function (message) {
  if (message instanceof Error) throw message;
  throw new AssertionError({ message: message === undefined ? 'Failed' : String(message), generated: message === undefined, operator: 'fail' });
};
assert.AssertionError = AssertionError;
assert.ok = ok;
assert.equal = function (a, b, message) {
  if (!(a == b || (a !== a && b !== b))) fail(a, b, message, '==', inspect(a) + ' == ' + inspect(b));
};
assert.notEqual = function (a, b, message) {
  if (a == b || (a !== a && b !== b)) fail(a, b, message, '!=', inspect(a) + ' != ' + inspect(b));
};
assert.deepEqual = function (a, b, message) {
  if (!deepEqual(a, b, false)) {
    fail(a, b, message, 'deepEqual', 'Expected values to be loosely deep-equal:\n\n' + inspect(a) + '\n\nshould equal\n\n' + inspect(b));
  }
};
assert.notDeepEqual = function (a, b, message) {
  if (deepEqual(a, b, false)) fail(a, b, message, 'notDeepEqual', 'Expected "actual" not to be loosely deep-equal to:\n\n' + inspect(b));
};
assert.deepStrictEqual = function (a, b, message) {
  if (!deepEqual(a, b, true)) fail(a, b, message, 'deepStrictEqual', diffText('strictly deep-equal', a, b));
};
assert.notDeepStrictEqual = function (a, b, message) {
  if (deepEqual(a, b, true)) fail(a, b, message, 'notDeepStrictEqual', 'Expected "actual" not to be strictly deep-equal to:\n\n' + inspect(b));
};
assert.strictEqual = function (a, b, message) {
  if (Object.is(a, b)) return;
  var text;
  if (isObj(a) && isObj(b) && inspect(a) === inspect(b)) text = 'Values identical but not reference-equal:\n\n' + inspect(a) + '\n';
  else if (isObj(a) || isObj(b)) text = diffText('strictly equal', a, b);
  else text = 'Expected values to be strictly equal:\n\n' + inspect(a) + ' !== ' + inspect(b) + '\n';
  fail(a, b, message, 'strictEqual', text);
};
assert.notStrictEqual = function (a, b, message) {
  if (Object.is(a, b)) fail(a, b, message, 'notStrictEqual', 'Expected "actual" to be strictly unequal to: ' + inspect(b));
};
function matches(err, expected) {
  if (expected === undefined) return true;
  if (expected instanceof RegExp) return expected.test(String(err));
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && err instanceof expected) return true;
    if (Error.isPrototypeOf(expected) || expected === Error) return false;
    return expected.call({}, err) === true;
  }
  if (isObj(expected)) return Object.keys(expected).every(function (k) { return deepEqual(err[k], expected[k], true); });
  return true;
}
assert.throws = function (fn, expected, message) {
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  try {
    fn();
  } catch (err) {
    if (!matches(err, expected)) throw err;
    return;
  }
  var name = expected && expected.name ? ' (' + expected.name + ')' : '';
  throw new AssertionError({ message: 'Missing expected exception' + name + (message ? ': ' + message : '.'), generated: false,
    actual: undefined, expected: expected, operator: 'e' });
};
assert.rejects = function (promise) { return Promise.resolve(typeof promise === 'function' ? promise() : promise).then(function () { throw new AssertionError({ message: 'Missing expected rejection.', operator: 'rejects' }); }, function () {}); };
assert.doesNotThrow = function (fn, expected, message) {
  if (typeof expected === 'string') { message = expected; expected = undefined; }
  try {
    fn();
  } catch (err) {
    throw new AssertionError({ message: 'Got unwanted exception' + (message ? ': ' + message : '.') + '\nActual message: "' + (err && err.message) + '"',
      generated: false, actual: err, expected: expected, operator: 'e' });
  }
};
assert.doesNotReject = function (promise) { return Promise.resolve(typeof promise === 'function' ? promise() : promise).then(function () {}); };
assert.ifError = function (err) {
  if (err !== null && err !== undefined) {
    var text = 'ifError got unwanted exception: ' + (isObj(err) && typeof err.message === 'string' ? err.message : inspect(err));
    throw new AssertionError({ message: text, generated: false, actual: err, expected: null, operator: 'ifError' });
  }
};
assert.strict = function (value, message) { ok(value, message); };
Object.keys(assert).forEach(function (k) { if (k !== 'strict') assert.strict[k] = assert[k]; });
assert.strict.equal = assert.strictEqual;
assert.strict.notEqual = assert.notStrictEqual;
assert.strict.deepEqual = assert.deepStrictEqual;
assert.strict.notDeepEqual = assert.notDeepStrictEqual;
assert.strict.strict = assert.strict;

module.exports = assert;
