package cn.ipfin.core.scoring;

/**
 * Maximum-likelihood logistic regression by Newton's method (iteratively reweighted least squares), plain Java.
 * A scorecard has a handful of WoE features, so solving the (p+1)x(p+1) normal equations each step is cheap
 * and converges in a few iterations; no penalty, so the fitted model is the textbook MLE the tests can check.
 */
public final class LogisticRegression {

    private static final int MAX_ITERATIONS = 50;
    private static final double TOLERANCE = 1e-10;

    private LogisticRegression() {
    }

    /**
     * @param x   one row per observation, one column per feature (here: the WoE of each binned feature)
     * @param bad the outcome to predict, true = bad
     */
    public static LogisticModel fit(double[][] x, boolean[] bad) {
        if (x.length != bad.length || x.length == 0) {
            throw new IllegalArgumentException("need as many outcomes as rows, and at least one row");
        }
        int p = x[0].length + 1;
        double[] beta = new double[p];
        for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
            double[] gradient = new double[p];
            double[][] hessian = new double[p][p];
            for (int i = 0; i < x.length; i++) {
                double[] row = withIntercept(x[i]);
                double prob = sigmoid(dot(beta, row));
                double residual = (bad[i] ? 1 : 0) - prob;
                double weight = prob * (1 - prob);
                for (int j = 0; j < p; j++) {
                    gradient[j] += residual * row[j];
                    for (int k = 0; k <= j; k++) {
                        hessian[j][k] += weight * row[j] * row[k];
                    }
                }
            }
            for (int j = 0; j < p; j++) {
                for (int k = j + 1; k < p; k++) {
                    hessian[j][k] = hessian[k][j];
                }
            }
            double[] step = solve(hessian, gradient);
            double largest = 0;
            for (int j = 0; j < p; j++) {
                beta[j] += step[j];
                largest = Math.max(largest, Math.abs(step[j]));
            }
            if (largest < TOLERANCE) {
                return model(beta, iteration);
            }
        }
        return model(beta, MAX_ITERATIONS);
    }

    private static LogisticModel model(double[] beta, int iterations) {
        double[] coefficients = new double[beta.length - 1];
        System.arraycopy(beta, 1, coefficients, 0, coefficients.length);
        return new LogisticModel(beta[0], coefficients, iterations);
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double[] withIntercept(double[] row) {
        double[] full = new double[row.length + 1];
        full[0] = 1;
        System.arraycopy(row, 0, full, 1, row.length);
        return full;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Gaussian elimination with partial pivoting; a singular system means collinear features. */
    private static double[] solve(double[][] matrix, double[] rhs) {
        int n = rhs.length;
        double[][] a = new double[n][];
        double[] b = rhs.clone();
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            if (Math.abs(a[pivot][col]) < 1e-12) {
                throw new IllegalArgumentException("features are collinear (or one is constant); drop one and refit");
            }
            double[] swapRow = a[col]; a[col] = a[pivot]; a[pivot] = swapRow;
            double swap = b[col]; b[col] = b[pivot]; b[pivot] = swap;
            for (int row = col + 1; row < n; row++) {
                double factor = a[row][col] / a[col][col];
                for (int k = col; k < n; k++) {
                    a[row][k] -= factor * a[col][k];
                }
                b[row] -= factor * b[col];
            }
        }
        double[] solution = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = b[row];
            for (int k = row + 1; k < n; k++) {
                sum -= a[row][k] * solution[k];
            }
            solution[row] = sum / a[row][row];
        }
        return solution;
    }
}
