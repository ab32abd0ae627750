package org.frontdesk.patients.fhir;

import java.util.Map;
import org.frontdesk.patients.GenderIdentity;

/** The code systems and extension URLs our {@code Patient} uses, in one place so reader and writer agree. */
final class PatientProfile {

    static final String ADMINISTRATIVE_GENDER = "http://hl7.org/fhir/administrative-gender";
    static final String IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";
    static final String CONTACT_ROLE = "http://terminology.hl7.org/CodeSystem/v2-0131";
    static final String LANGUAGE = "urn:ietf:bcp:47";
    static final String SNOMED = "http://snomed.info/sct";
    static final String NULL_FLAVOR = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";
    static final String US_CORE_GENDER_IDENTITY = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-genderIdentity";
    static final String INDIVIDUAL_GENDER_IDENTITY = "http://hl7.org/fhir/StructureDefinition/individual-genderIdentity";
    static final String US_CORE_BIRTH_SEX = "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex";
    /** Relative to {@code frontdesk.fhir.extension-base}: no standard R4 extension says how to reach a patient. */
    static final String PREFERRED_CONTACT_PATH = "/StructureDefinition/preferred-contact-method";

    /** US Core's gender identity value set: SNOMED CT findings plus two null flavours. */
    record Code(String system, String code, String display) {}

    static final Map<GenderIdentity, Code> GENDER_IDENTITY_CODES = Map.of(
            GenderIdentity.FEMALE, new Code(SNOMED, "446141000124107", "Identifies as female gender (finding)"),
            GenderIdentity.MALE, new Code(SNOMED, "446151000124109", "Identifies as male gender (finding)"),
            GenderIdentity.NON_BINARY, new Code(SNOMED, "33791000087105", "Identifies as nonbinary gender (finding)"),
            GenderIdentity.TRANSGENDER_FEMALE, new Code(SNOMED, "407376001", "Male-to-female transsexual (finding)"),
            GenderIdentity.TRANSGENDER_MALE, new Code(SNOMED, "407377005", "Female-to-male transsexual (finding)"),
            GenderIdentity.OTHER, new Code(NULL_FLAVOR, "OTH", "other"),
            GenderIdentity.ASKED_DECLINED, new Code(NULL_FLAVOR, "ASKU", "asked but unknown"));

    /** Where each {@code PatientDraft} field lives in a {@code Patient}, for OperationOutcome expressions. */
    static final Map<String, String> FIELD_PATHS = Map.ofEntries(
            Map.entry("familyName", "Patient.name.where(use='official').family"),
            Map.entry("givenName", "Patient.name.where(use='official').given[0]"),
            Map.entry("middleName", "Patient.name.where(use='official').given[1]"),
            Map.entry("suffix", "Patient.name.where(use='official').suffix"),
            Map.entry("preferredName", "Patient.name.where(use='usual').given[0]"),
            Map.entry("birthDate", "Patient.birthDate"),
            Map.entry("sex", "Patient.gender"),
            Map.entry("genderIdentity", "Patient.extension('" + US_CORE_GENDER_IDENTITY + "')"),
            Map.entry("mobilePhone", "Patient.telecom.where(system='phone' and use='mobile').value"),
            Map.entry("homePhone", "Patient.telecom.where(system='phone' and use='home').value"),
            Map.entry("email", "Patient.telecom.where(system='email').value"),
            Map.entry("addressLine1", "Patient.address.line[0]"),
            Map.entry("addressLine2", "Patient.address.line[1]"),
            Map.entry("city", "Patient.address.city"),
            Map.entry("state", "Patient.address.state"),
            Map.entry("postalCode", "Patient.address.postalCode"),
            Map.entry("preferredLanguage", "Patient.communication.language"),
            Map.entry("preferredContact", "Patient.extension"),
            Map.entry("emergencyName", "Patient.contact.name"),
            Map.entry("emergencyRelationship", "Patient.contact.relationship"),
            Map.entry("emergencyPhone", "Patient.contact.telecom.value"));

    private PatientProfile() {}
}
