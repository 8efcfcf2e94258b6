//! opts: O3
/* Double-precision kernels: matrix multiply, LU decomposition with partial
 * pivoting, solving Ax=b, determinant, Gram-Schmidt, numerical integration. */
#include <math.h>
#include <stdio.h>

#define N 24

int main(void)
{
    static double a[N][N], b[N][N], c[N][N], lu[N][N];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            a[i][j] = 1.0 / (i + j + 1) + (i == j ? 2.0 : 0.0);
            b[i][j] = sin(i * 0.3 + j * 0.7);
        }
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            double s = 0;
            for (int k = 0; k < N; k++) s += a[i][k] * b[k][j];
            c[i][j] = s;
        }
    for (int i = 0; i < N; i += 5) printf("c[%d][*]: %.12e %.12e %.12e\n", i, c[i][0], c[i][N / 2], c[i][N - 1]);
    /* LU with partial pivoting */
    int piv[N];
    for (int i = 0; i < N; i++) { piv[i] = i; for (int j = 0; j < N; j++) lu[i][j] = a[i][j] + b[i][j] * 0.1; }
    double det = 1;
    for (int k = 0; k < N; k++) {
        int p = k;
        for (int i = k + 1; i < N; i++) if (fabs(lu[i][k]) > fabs(lu[p][k])) p = i;
        if (p != k) {
            for (int j = 0; j < N; j++) { double t = lu[k][j]; lu[k][j] = lu[p][j]; lu[p][j] = t; }
            int t = piv[k]; piv[k] = piv[p]; piv[p] = t;
            det = -det;
        }
        det *= lu[k][k];
        for (int i = k + 1; i < N; i++) {
            lu[i][k] /= lu[k][k];
            for (int j = k + 1; j < N; j++) lu[i][j] -= lu[i][k] * lu[k][j];
        }
    }
    printf("det=%.15e\npiv:", det);
    for (int i = 0; i < N; i++) printf(" %d", piv[i]);
    printf("\n");
    double rhs[N], x[N], y[N];
    for (int i = 0; i < N; i++) rhs[i] = i + 1.0;
    for (int i = 0; i < N; i++) {
        double s = rhs[piv[i]];
        for (int j = 0; j < i; j++) s -= lu[i][j] * y[j];
        y[i] = s;
    }
    for (int i = N - 1; i >= 0; i--) {
        double s = y[i];
        for (int j = i + 1; j < N; j++) s -= lu[i][j] * x[j];
        x[i] = s / lu[i][i];
    }
    double resid = 0;
    for (int i = 0; i < N; i++) {
        double s = 0;
        for (int j = 0; j < N; j++) s += (a[i][j] + b[i][j] * 0.1) * x[j];
        resid = fmax(resid, fabs(s - rhs[i]));
    }
    for (int i = 0; i < N; i += 4) printf("x[%d]=%.15g\n", i, x[i]);
    printf("residual small=%d\n", resid < 1e-9);
    /* Gram-Schmidt on the rows of b */
    static double q[N][N];
    for (int i = 0; i < N; i++) {
        for (int j = 0; j < N; j++) q[i][j] = b[i][j] + (i == j);
        for (int k = 0; k < i; k++) {
            double d = 0;
            for (int j = 0; j < N; j++) d += q[i][j] * q[k][j];
            for (int j = 0; j < N; j++) q[i][j] -= d * q[k][j];
        }
        double nrm = 0;
        for (int j = 0; j < N; j++) nrm += q[i][j] * q[i][j];
        nrm = sqrt(nrm);
        for (int j = 0; j < N; j++) q[i][j] /= nrm;
    }
    double maxoff = 0;
    for (int i = 0; i < N; i++)
        for (int k = 0; k < i; k++) {
            double d = 0;
            for (int j = 0; j < N; j++) d += q[i][j] * q[k][j];
            maxoff = fmax(maxoff, fabs(d));
        }
    printf("orthogonal=%d q[5][5]=%.15g\n", maxoff < 1e-10, q[5][5]);
    /* Simpson integration of exp(-x^2) on [0, 2] */
    for (int n = 2; n <= 2048; n *= 4) {
        double h = 2.0 / n, s = 1.0 + exp(-4.0);
        for (int i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * exp(-(i * h) * (i * h));
        printf("simpson n=%d: %.17g\n", n, s * h / 3);
    }
    return 0;
}
