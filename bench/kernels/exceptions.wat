;; Exceptions in a loop with the legacy instructions (try/catch, as toolchains still emit them; node 20 runs
;; them): each round calls a recursive function that throws a tagged exception 0-7 frames down; the catch adds
;; its payload. Returns a checksum of the payloads and the normal results.
(module
  (tag $found (param i32))

  (func $search (param $depth i32) (param $value i32) (result i32)
    (if (i32.eqz (local.get $depth))
      (then
        (if (i32.and (local.get $value) (i32.const 3)) (then (throw $found (i32.mul (local.get $value) (i32.const 3)))))
        (return (local.get $value))))
    (i32.add (call $search (i32.sub (local.get $depth) (i32.const 1)) (i32.add (local.get $value) (i32.const 1)))
      (i32.const 1)))

  (func (export "run") (param $n i32) (result i32)
    (local $i i32) (local $sum i32) (local $payload i32)
    (loop $rounds
      (try
        (do
          (local.set $sum (i32.add (local.get $sum)
            (call $search (i32.and (local.get $i) (i32.const 7)) (local.get $i)))))
        (catch $found
          (local.set $payload)
          (local.set $sum (i32.xor (i32.mul (local.get $sum) (i32.const 7)) (local.get $payload)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $rounds (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $sum)))
