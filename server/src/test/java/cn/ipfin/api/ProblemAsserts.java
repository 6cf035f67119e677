package cn.ipfin.api;

import org.springframework.test.web.servlet.ResultMatcher;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What every caller's mistake answers: a 4xx problem detail that names the field. */
final class ProblemAsserts {

    private ProblemAsserts() {
    }

    static ResultMatcher problemNaming(int status, String field) {
        ResultMatcher[] all = {status().is(status), jsonPath("$.type").value("urn:ipfin:problem:validation"),
                jsonPath("$.errors[*].field", hasItem(field))};
        return result -> {
            for (ResultMatcher m : all) {
                m.match(result);
            }
        };
    }
}
