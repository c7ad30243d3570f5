/* Sieve of Eratosthenes over a byte array, repeated: byte loads/stores and tight loops. */
#include "common.h"

#define LIMIT 4000000
static u8 composite[LIMIT + 1];

EXPORT("run") int run(int repeat) {
    int count = 0;
    for (int r = 0; r < repeat; r++) {
        memset(composite, 0, sizeof composite);
        count = 0;
        for (int i = 2; i <= LIMIT; i++) {
            if (!composite[i]) {
                count++;
                for (int j = i + i; j <= LIMIT; j += i) {
                    composite[j] = 1;
                }
            }
        }
    }
    return count;
}
