package cn.ipfin.core.securitization.admission;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IpQualityScoreTest {

    @Test
    void inventionsWeighMostCitationsAreCappedAndTheScoreStopsAt100() {
        assertThat(IpQualityScore.of(2, 1, 1, 4)).isEqualTo(30 + 5 + 3 + 4);
        assertThat(IpQualityScore.of(0, 0, 0, 50)).isEqualTo(20);
        assertThat(IpQualityScore.of(7, 0, 0, 0)).isEqualTo(100);
        assertThat(IpQualityScore.of(0, 0, 0, 0)).isZero();
        assertThatThrownBy(() -> IpQualityScore.of(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
