;; The module api-tour.js exercises; its bytes are embedded in the script (NodeParityTest checks they match).
;; Only features node 20 has: multi-value, reference types, bulk memory, legacy exception handling.
(module
  (type $ii_i (func (param i32 i32) (result i32)))
  (import "env" "log" (func $log (param i32)))
  (import "env" "mem" (memory 1 4))
  (import "env" "g" (global $g (mut i32)))
  (import "env" "tbl" (table 2 funcref))
  (import "env" "tag" (tag $t (param i32)))
  (func $add (export "add") (type $ii_i) local.get 0 local.get 1 i32.add)
  (func $sub (type $ii_i) local.get 0 local.get 1 i32.sub)
  (func (export "addI64") (param i64 i64) (result i64) local.get 0 local.get 1 i64.add)
  (func (export "mulF32") (param f32 f32) (result f32) local.get 0 local.get 1 f32.mul)
  (func (export "divF64") (param f64 f64) (result f64) local.get 0 local.get 1 f64.div)
  (func (export "swap") (param i32 f64) (result f64 i32) local.get 1 local.get 0)
  (func (export "callLog") (param i32) local.get 0 call $log)
  (func (export "load") (param i32) (result i32) local.get 0 i32.load8_u)
  (func (export "store") (param i32 i32) local.get 0 local.get 1 i32.store8)
  (func (export "grow") (param i32) (result i32) local.get 0 memory.grow)
  (func (export "getG") (result i32) global.get $g)
  (func (export "setG") (param i32) local.get 0 global.set $g)
  (func (export "trap") unreachable)
  (func (export "divide") (param i32 i32) (result i32) local.get 0 local.get 1 i32.div_u)
  (func (export "throwTag") (param i32) local.get 0 throw $t)
  (func (export "catchJs") (param i32) (result i32)
    try (result i32)
      local.get 0 call $log
      i32.const 0
    catch_all
      i32.const 1
    end)
  (func (export "catchTag") (result i32)
    try (result i32)
      i32.const 7 call $log
      i32.const 0
    catch $t
    end)
  (func (export "idRef") (param externref) (result externref) local.get 0)
  (func (export "idFunc") (param funcref) (result funcref) local.get 0)
  (func (export "callIndirect") (param i32 i32 i32) (result i32)
    local.get 1 local.get 2 local.get 0 call_indirect (type $ii_i))
  (func $recurse (export "recurse") (param i32) (result i32) local.get 0 call $recurse)
  (global (export "counter") (mut i64) (i64.const 5))
  (global (export "pi") f64 (f64.const 3.25))
  (table (export "refs") 2 externref)
  (elem (table 0) (i32.const 0) func $add $sub)
  (data (i32.const 16) "wasm"))
