package org.casebook.ingest.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LinearSystemTest {
    @Test
    void solvesEachColumnOfTheRightHandSide() {
        double[][] a = {{4, 2, 0}, {2, 5, 1}, {0, 1, 3}};
        double[][] b = {{6, 4}, {8, 2}, {4, 1}};

        double[][] x = LinearSystem.solve(a, b);

        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 3; i++) {
                double sum = 0;
                for (int k = 0; k < 3; k++) {
                    sum += a[i][k] * x[k][c];
                }
                assertThat(sum).isCloseTo(b[i][c], within(1e-12));
            }
        }
        assertThat(x[0][0]).isCloseTo(1, within(1e-12));
    }

    @Test
    void aMatrixThatIsNotPositiveDefiniteIsRefused() {
        assertThatThrownBy(() -> LinearSystem.solve(new double[][] {{1, 2}, {2, 1}}, new double[][] {{1}, {1}}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
