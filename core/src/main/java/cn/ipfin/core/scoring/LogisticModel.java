package cn.ipfin.core.scoring;

import java.util.Arrays;

/** {@code ln(odds of bad) = intercept + sum(coefficient_j * x_j)}. */
public record LogisticModel(double intercept, double[] coefficients, int iterations) {

    public LogisticModel {
        coefficients = coefficients.clone();
    }

    @Override
    public double[] coefficients() {
        return coefficients.clone();
    }

    public double coefficient(int feature) {
        return coefficients[feature];
    }

    public double logOdds(double[] x) {
        double z = intercept;
        for (int j = 0; j < coefficients.length; j++) {
            z += coefficients[j] * x[j];
        }
        return z;
    }

    public double probabilityOfBad(double[] x) {
        return LogisticRegression.sigmoid(logOdds(x));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LogisticModel that && intercept == that.intercept
                && Arrays.equals(coefficients, that.coefficients) && iterations == that.iterations;
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(intercept) + Arrays.hashCode(coefficients);
    }

    @Override
    public String toString() {
        return "LogisticModel[intercept=" + intercept + ", coefficients=" + Arrays.toString(coefficients) + "]";
    }
}
