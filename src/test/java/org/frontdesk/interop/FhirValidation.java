package org.frontdesk.interop;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * Validates what the API emits against the FHIR R4 specification (structure, cardinality, invariants, required
 * bindings). Built once per JVM: the first validation loads the R4 definitions and takes a few seconds.
 */
public final class FhirValidation {

    private static final FhirContext CONTEXT = FhirContext.forR4Cached();
    private static final FhirValidator VALIDATOR = create();

    private FhirValidation() {}

    private static FhirValidator create() {
        var support = new ValidationSupportChain(
                new DefaultProfileValidationSupport(CONTEXT),
                new InMemoryTerminologyServerValidationSupport(CONTEXT),
                new CommonCodeSystemsTerminologyService(CONTEXT));
        var validator = CONTEXT.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(support));
        return validator;
    }

    /** Errors and fatal problems, as readable lines; empty when the resource is valid. */
    public static List<String> errorsIn(String json) {
        return messages(json).stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(m -> m.getSeverity() + " " + m.getLocationString() + ": " + m.getMessage())
                .toList();
    }

    public static List<SingleValidationMessage> messages(String json) {
        synchronized (VALIDATOR) {
            return VALIDATOR.validateWithResult(json).getMessages();
        }
    }
}
