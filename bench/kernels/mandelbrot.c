/* Mandelbrot set membership on a size x size grid (f64, branchy inner loop). Returns points in the set. */
#include "common.h"

EXPORT("run") int run(int size) {
    int inside = 0;
    for (int py = 0; py < size; py++) {
        double ci = 2.0 * py / size - 1.0;
        for (int px = 0; px < size; px++) {
            double cr = 2.0 * px / size - 1.5;
            double zr = 0, zi = 0;
            int k = 0;
            while (k < 50 && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                k++;
            }
            if (k == 50) {
                inside++;
            }
        }
    }
    return inside;
}
