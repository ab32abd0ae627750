package org.frontdesk.audit.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.frontdesk.audit.ChainVerification;
import org.frontdesk.security.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Lets monitoring check the trail: {@code {"intact": true, "checked": 1234, "firstBrokenId": null}}. */
@RestController
@PreAuthorize(Permission.READ_AUDIT)
class VerificationApi {

    private final ChainCheck check;

    VerificationApi(ChainCheck check) {
        this.check = check;
    }

    /**
     * The application leaves nulls out of JSON; this answer always names {@code firstBrokenId}. {@code waiting}
     * counts entries recorded but not chained yet (ADR 16), for monitoring.
     */
    record Answer(boolean intact, long checked, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable Long firstBrokenId,
            long waiting) {

        static Answer of(ChainVerification result) {
            return new Answer(result.intact(), result.checked(), result.firstBrokenId(), result.waiting());
        }
    }

    @GetMapping("/api/audit/verification")
    Answer verification() {
        return Answer.of(check.run());
    }
}
