/* Quicksort of pseudo-random i32s in linear memory (recursive, compare/swap). Returns a checksum. */
#include "common.h"

#define N 1000000
static int values[N];

static void sort(int *a, int lo, int hi) {
    while (lo < hi) {
        int p = a[lo + (hi - lo) / 2];
        int i = lo, j = hi;
        while (i <= j) {
            while (a[i] < p) i++;
            while (a[j] > p) j--;
            if (i <= j) {
                int t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                j--;
            }
        }
        if (j - lo < hi - i) {
            sort(a, lo, j);
            lo = i;
        } else {
            sort(a, i, hi);
            hi = j;
        }
    }
}

EXPORT("run") int run(int n) {
    if (n > N) n = N;
    rng_state = 2463534242u;
    for (int i = 0; i < n; i++) {
        values[i] = (int) next_random();
    }
    sort(values, 0, n - 1);
    u32 sum = 0;
    for (int i = 0; i < n; i++) {
        sum = sum * 31 + (u32) values[i];
    }
    for (int i = 1; i < n; i++) {
        if (values[i - 1] > values[i]) return -1;
    }
    return (int) sum;
}
