;; Array-heavy GC code: a sieve of Eratosthenes on a packed i8 array, a matrix multiply on arrays of f64 rows
;; (an array of references to arrays, so every element access is two array.gets), and array.copy/array.fill.
;; Returns a checksum. Exercises array.new_default, array.get(_u), array.set, array.len and the bounds checks.
(module
  (type $bytes (array (mut i8)))
  (type $row (array (mut f64)))
  (type $matrix (array (mut (ref null $row))))

  (func $sieve (param $n i32) (result i32)
    (local $a (ref $bytes)) (local $i i32) (local $j i32) (local $count i32)
    (local.set $a (array.new_default $bytes (local.get $n)))
    (local.set $i (i32.const 2))
    (loop $outer
      (if (i32.eqz (array.get_u $bytes (local.get $a) (local.get $i)))
        (then
          (local.set $count (i32.add (local.get $count) (i32.const 1)))
          (local.set $j (i32.mul (local.get $i) (local.get $i)))
          (block $inner_done
            (loop $inner
              (br_if $inner_done (i32.ge_u (local.get $j) (local.get $n)))
              (array.set $bytes (local.get $a) (local.get $j) (i32.const 1))
              (local.set $j (i32.add (local.get $j) (local.get $i)))
              (br $inner)))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $outer (i32.lt_u (local.get $i) (array.len (local.get $a)))))
    (local.get $count))

  (func $matrix (param $n i32) (param $scale f64) (result (ref $matrix))
    (local $m (ref $matrix)) (local $r (ref $row)) (local $i i32) (local $j i32)
    (local.set $m (array.new_default $matrix (local.get $n)))
    (loop $rows
      (local.set $r (array.new_default $row (local.get $n)))
      (local.set $j (i32.const 0))
      (loop $cols
        (array.set $row (local.get $r) (local.get $j)
          (f64.mul (local.get $scale)
            (f64.convert_i32_s (i32.rem_u (i32.add (i32.mul (local.get $i) (i32.const 7)) (local.get $j)) (i32.const 13)))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br_if $cols (i32.lt_u (local.get $j) (local.get $n))))
      (array.set $matrix (local.get $m) (local.get $i) (local.get $r))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $rows (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $m))

  ;; c = a * b; returns the sum of c's diagonal
  (func $multiply (param $a (ref $matrix)) (param $b (ref $matrix)) (param $c (ref $matrix)) (result f64)
    (local $n i32) (local $i i32) (local $j i32) (local $k i32) (local $ci (ref $row)) (local $ai (ref $row))
    (local $aik f64) (local $trace f64)
    (local.set $n (array.len (local.get $a)))
    (loop $rows
      (local.set $ci (ref.as_non_null (array.get $matrix (local.get $c) (local.get $i))))
      (local.set $ai (ref.as_non_null (array.get $matrix (local.get $a) (local.get $i))))
      (array.fill $row (local.get $ci) (i32.const 0) (f64.const 0) (local.get $n))
      (local.set $k (i32.const 0))
      (loop $ks
        (local.set $aik (array.get $row (local.get $ai) (local.get $k)))
        (local.set $j (i32.const 0))
        (loop $cols
          (array.set $row (local.get $ci) (local.get $j)
            (f64.add (array.get $row (local.get $ci) (local.get $j))
              (f64.mul (local.get $aik)
                (array.get $row (ref.as_non_null (array.get $matrix (local.get $b) (local.get $k))) (local.get $j)))))
          (local.set $j (i32.add (local.get $j) (i32.const 1)))
          (br_if $cols (i32.lt_u (local.get $j) (local.get $n))))
        (local.set $k (i32.add (local.get $k) (i32.const 1)))
        (br_if $ks (i32.lt_u (local.get $k) (local.get $n))))
      (local.set $trace (f64.add (local.get $trace) (array.get $row (local.get $ci) (local.get $i))))
      (local.set $i (i32.add (local.get $i) (i32.const 1)))
      (br_if $rows (i32.lt_u (local.get $i) (local.get $n))))
    (local.get $trace))

  (func (export "run") (param $repeat i32) (result i32)
    (local $sum i32) (local $r i32) (local $a (ref $matrix)) (local $b (ref $matrix)) (local $c (ref $matrix))
    (local $copy (ref $bytes))
    (local.set $a (call $matrix (i32.const 96) (f64.const 0.5)))
    (local.set $b (call $matrix (i32.const 96) (f64.const 0.25)))
    (local.set $c (call $matrix (i32.const 96) (f64.const 0)))
    (loop $again
      (local.set $sum (i32.add (i32.mul (local.get $sum) (i32.const 31)) (call $sieve (i32.const 200000))))
      (local.set $sum (i32.add (local.get $sum)
        (i32.trunc_f64_s (call $multiply (local.get $a) (local.get $b) (local.get $c)))))
      (local.set $copy (array.new $bytes (i32.const 3) (i32.const 1000)))
      (array.copy $bytes $bytes (local.get $copy) (i32.const 1) (local.get $copy) (i32.const 0) (i32.const 999))
      (local.set $sum (i32.add (local.get $sum) (array.get_u $bytes (local.get $copy) (local.get $r))))
      (local.set $r (i32.add (local.get $r) (i32.const 1)))
      (br_if $again (i32.lt_u (local.get $r) (local.get $repeat))))
    (local.get $sum)))
