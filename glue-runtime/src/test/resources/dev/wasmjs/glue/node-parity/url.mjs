const cases = [
  ['http://example.com/a/b/../c?x=1#y', null], ['HTTP://EXAMPLE.COM:80/', null], ['https://a.b:443/x', null],
  ['../x/y.wasm', 'file:///home/u/app/index.html'], ['x.wasm', 'file:///home/u/app/main.mjs'], ['/abs', 'http://h.com/a/b'],
  ['//other.org/p', 'https://h.com/'], ['?q=1', 'http://h.com/a/b?z#f'], ['#frag', 'http://h.com/a'],
  ['http://user:p@ss@h.com/', null], ['http://h.com/ä ö?ü=1#ß', null], ['http://ÄÖ.de/', null], ['http://xn--nxasmq6b.com', null],
  ['http://0x7f.1/', null], ['http://[::ffff:1.2.3.4]/', null], ['http://[2001:db8::0:1]:8080/', null], ['file:///C:/a/../../b', null],
  ['file://localhost/etc/hosts', null], ['data:text/plain;base64,aGk=', null], ['blob:http://a.com/x', null], ['mailto:someone@x.org', null],
  ['foo://host/p/./q/../r', null], ['javascript:alert(1)', null], ['http://h.com/%2e%2E/x', null], ['http://h.com:65535', null],
  ['  http://h.com/\t\nx  ', null], ['http://h.com/^|{}`', null], ['non-special:/.//p', null], ['http://1.2.3.4.5/', null],
  ['http://h.com:99999', null], ['http://[broken', null], ['x', null], ['http://', null], ['https://ex ample.com', null],
  ['http://h.com/?a=b c&d=\'e\'', null], ['ws://h.com:80/', null], ['file:/x/y', null], ['http://%41.com/', null],
];
const out = cases.map(([i, b]) => {
  try { const u = b === null ? new URL(i) : new URL(i, b); return { input: i, base: b, href: u.href, origin: u.origin, protocol: u.protocol, username: u.username, password: u.password, host: u.host, hostname: u.hostname, port: u.port, pathname: u.pathname, search: u.search, hash: u.hash }; }
  catch (e) { return { input: i, base: b, failure: true }; }
});
console.log(JSON.stringify(out, null, 1));
