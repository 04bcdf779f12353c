package org.casebook.ingest.counter;

/** Solves A X = B for a symmetric positive definite A (a ridge regression's normal equations), by Cholesky. */
final class LinearSystem {
    private LinearSystem() {}

    /** X with A X = B; A is {@code n x n}, B is {@code n x m}; neither is changed. */
    static double[][] solve(double[][] a, double[][] b) {
        int n = a.length;
        double[][] lower = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= lower[i][k] * lower[j][k];
                }
                if (i == j) {
                    if (sum <= 0) {
                        throw new IllegalArgumentException("matrix is not positive definite");
                    }
                    lower[i][i] = Math.sqrt(sum);
                } else {
                    lower[i][j] = sum / lower[j][j];
                }
            }
        }
        int m = b[0].length;
        double[][] x = new double[n][m];
        for (int c = 0; c < m; c++) {
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                double sum = b[i][c];
                for (int k = 0; k < i; k++) {
                    sum -= lower[i][k] * y[k];
                }
                y[i] = sum / lower[i][i];
            }
            for (int i = n - 1; i >= 0; i--) {
                double sum = y[i];
                for (int k = i + 1; k < n; k++) {
                    sum -= lower[k][i] * x[k][c];
                }
                x[i][c] = sum / lower[i][i];
            }
        }
        return x;
    }
}
