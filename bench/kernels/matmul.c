/* Dense f64 matrix multiply C = A * B (256 x 256), repeated. Returns a checksum of C. */
#include "common.h"

#define MAX 256
static double A[MAX * MAX], B[MAX * MAX], C[MAX * MAX];

EXPORT("run") int run(int repeat) {
    const int n = MAX;
    for (int i = 0; i < n * n; i++) {
        A[i] = (double) (i % 17) * 0.5;
        B[i] = (double) (i % 13) * 0.25;
    }
    for (int r = 0; r < repeat; r++)
    for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
            C[i * n + j] = 0;
        }
        for (int k = 0; k < n; k++) {
            double a = A[i * n + k];
            for (int j = 0; j < n; j++) {
                C[i * n + j] += a * B[k * n + j];
            }
        }
    }
    double sum = 0;
    for (int i = 0; i < n * n; i++) {
        sum += C[i] * (double) ((i % 7) + 1);
    }
    return (int) (long long) sum;
}
