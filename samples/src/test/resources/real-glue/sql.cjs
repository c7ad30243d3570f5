// sql.js (emscripten): create, insert, query and export an in-memory SQLite database.
const initSqlJs = require('sql.js');
initSqlJs().then(SQL => {
  const db = new SQL.Database();
  db.run("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, score REAL);");
  const ins = db.prepare("INSERT INTO t (name, score) VALUES (?, ?)");
  for (const [n, s] of [["ada", 9.5], ["grace", 8.25], ["linus", 7]]) ins.run([n, s]);
  ins.free();
  const res = db.exec("SELECT name, score, length(name) AS len FROM t ORDER BY score DESC");
  console.log(JSON.stringify(res));
  console.log(db.exec("SELECT sqlite_version() IS NOT NULL, sum(score) FROM t")[0].values);
  const bytes = db.export();
  console.log('export bytes > 0:', bytes.length > 0);
  db.close();
});
