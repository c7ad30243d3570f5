/* Recursive Fibonacci: call overhead. run(n) returns fib(n). */
#include "common.h"

static int fib(int n) {
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

EXPORT("run") int run(int n) {
    return fib(n);
}
