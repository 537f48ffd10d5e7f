package org.clawmanager.identity.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import org.clawmanager.platform.errors.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UserImporterTest {

    private UserImporter cut;

    @BeforeEach
    void setUp() {
        cut = new UserImporter();
        cut.validator = Validation.buildDefaultValidatorFactory().getValidator();
        cut.defaults = new QuotaDefaults();
        cut.defaults.user = "10,40000,100,500,2";
        cut.defaults.privileged = "100,200000,1000,5000,10";
    }

    @Test
    void acceptsClawManagerColumnNamesAndFillsMissingQuotaColumnsFromTheRoleDefaults() {
        var parsed = cut.parse("Username,Role,MAX_MEMORY_GB,max_gpu_count\nbob,operator,64,1\n");
        assertThat(parsed.rejected()).isEmpty();
        var request = parsed.candidates().get(0).request();
        assertThat(request.role()).isEqualTo("operator");
        assertThat(request.quota().maxMemoryGiB()).isEqualTo(64);
        assertThat(request.quota().maxGpus()).isEqualTo(1);
        assertThat(request.quota().maxInstances()).isEqualTo(100);
        assertThat(request.quota().maxCpuCores()).isEqualByComparingTo("200");
    }

    @Test
    void withoutQuotaColumnsTheQuotaIsLeftToTheDefaults() {
        var parsed = cut.parse("username\nbob\n");
        assertThat(parsed.candidates().get(0).request().quota()).isNull();
        assertThat(parsed.candidates().get(0).request().role()).isEqualTo("user");
    }

    @Test
    void rejectsRowsWithReasonsAndKeepsGoing() {
        var parsed = cut.parse("username,email,maxCpuCores,password\nok1,,,\nbad user,,,\nok2,x,,\nok3,,-2,\nok4,,,tiny\nok1,,,\n");
        assertThat(parsed.candidates()).extracting(c -> c.request().username()).containsExactly("ok1");
        assertThat(parsed.rejected()).extracting(r -> r.line()).containsExactly(3, 4, 5, 6, 7);
        assertThat(parsed.rejected().get(0).reason()).contains("username");
        assertThat(parsed.rejected().get(1).reason()).contains("email");
        assertThat(parsed.rejected().get(2).reason()).contains("maxCpuCores");
        assertThat(parsed.rejected().get(3).reason()).contains("password");
        assertThat(parsed.rejected().get(4).reason()).contains("more than once");
        assertThat(parsed.total()).isEqualTo(6);
    }

    @Test
    void rowsWithMoreFieldsThanTheHeaderAreRejected() {
        var parsed = cut.parse("username\nbob,extra\nann,,\n");
        assertThat(parsed.rejected()).hasSize(1);
        assertThat(parsed.rejected().get(0).reason()).contains("more fields");
        assertThat(parsed.candidates()).extracting(c -> c.request().username()).containsExactly("ann");
    }

    @Test
    void rejectsTheWholeFileForAnUnusableHeaderOrSize() {
        assertThatThrownBy(() -> cut.parse("")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> cut.parse("email\na@b.c")).hasMessageContaining("username column");
        assertThatThrownBy(() -> cut.parse("username,age\nbob,3")).hasMessageContaining("age");
        assertThatThrownBy(() -> cut.parse("username\n" + "u\n".repeat(1001))).hasMessageContaining("1000");
    }
}
