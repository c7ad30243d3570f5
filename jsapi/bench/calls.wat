;; The call-overhead benchmark's module (bench/run.sh). Bodies do next to nothing, so the time is the call itself.
(module
  (import "js" "inc" (func $inc (param i32) (result i32)))
  (import "js" "nop" (func $nop))
  (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
  (func (export "nop"))
  ;; wasm -> JS: calls the import n times.
  (func (export "callInc") (param $n i32) (result i32) (local $acc i32)
    (block $done
      (loop $again
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $acc (call $inc (local.get $acc)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $again)))
    (local.get $acc))
  (func (export "callNop") (param $n i32)
    (block $done
      (loop $again
        (br_if $done (i32.eqz (local.get $n)))
        (call $nop)
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $again))))
  ;; The loop alone, to subtract from the wasm -> JS numbers.
  (func (export "loopOnly") (param $n i32) (result i32) (local $acc i32)
    (block $done
      (loop $again
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $acc (i32.add (local.get $acc) (i32.const 1)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $again)))
    (local.get $acc)))
