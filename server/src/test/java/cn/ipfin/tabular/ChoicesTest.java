package cn.ipfin.tabular;

import cn.ipfin.core.asset.IpKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A choice column's codes and labels, in the order the template lists them. */
class ChoicesTest {

    @Test
    void codes_and_labels_keep_their_order_and_enum_constants_stand_for_their_names() {
        assertThat(Choices.of(IpKind.TRADEMARK, "商标", "MICRO", "微型"))
                .containsExactly(java.util.Map.entry("TRADEMARK", "商标"), java.util.Map.entry("MICRO", "微型"));
    }

    @Test
    void a_code_without_its_label_is_a_mistake_in_the_code() {
        assertThatThrownBy(() -> Choices.of("MICRO")).isInstanceOf(IllegalArgumentException.class);
    }
}
