package dev.wasmjs.jsapi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code Table.prototype.grow} on a table with {@code address: "i64"}: what the first three subtests of the
 * conformance file {@code table/grow-memory64.any.js} mean to check, which that file cannot (it calls a helper only
 * {@code table/grow.any.js} defines). Lengths and indices are BigInts; growing returns the old length as a BigInt;
 * growing past the maximum is a RangeError and leaves the table as it was.
 */
class TableGrowI64Test {
    private JsContext js;

    @BeforeEach
    void setUp() {
        js = new JsContext();
        // The state of a table as one line: its length, then each element (null or not), then how get() fails
        // just past the end and at -1.
        js.eval("""
                var describe = (table) => {
                  const parts = [typeof table.length + ' ' + table.length];
                  for (let i = 0n; i < table.length; i++) {
                    parts.push(String(table.get(i)));
                  }
                  for (const i of [table.length, -1n]) {
                    try { table.get(i); parts.push('no error'); } catch (e) { parts.push(e.name); }
                  }
                  return parts.join(' ');
                };
                """);
    }

    @AfterEach
    void tearDown() {
        js.close();
    }

    @Test
    void growReturnsTheOldLengthAsABigInt() {
        assertEquals("bigint 5 null null null null null RangeError TypeError|bigint 5|"
                + "bigint 8 null null null null null null null null RangeError TypeError", js.str("""
                const table = new WebAssembly.Table({ element: 'anyfunc', address: 'i64', initial: 5n });
                const before = describe(table);
                const result = table.grow(3n);
                return [before, typeof result + ' ' + result, describe(table)].join('|');
                """));
    }

    @Test
    void growUpToTheMaximumSucceeds() {
        assertEquals("3 bigint 5 null null null null null RangeError TypeError", js.str("""
                const table = new WebAssembly.Table({ element: 'anyfunc', address: 'i64', initial: 3n, maximum: 5n });
                return table.grow(2n) + ' ' + describe(table);
                """));
    }

    @Test
    void growPastTheMaximumIsARangeErrorAndChangesNothing() {
        assertEquals("RangeError bigint 2 null null RangeError TypeError", js.str("""
                const table = new WebAssembly.Table({ element: 'anyfunc', address: 'i64', initial: 2n, maximum: 5n });
                let error = 'no error';
                try { table.grow(4n); } catch (e) { error = e.name; }
                return error + ' ' + describe(table);
                """));
    }
}
