package org.frontdesk.patients.fhir;

import static org.frontdesk.patients.fhir.PatientProfile.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.frontdesk.interop.FhirProperties;
import org.frontdesk.patients.PatientDraft;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointUse;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.Patient.ContactComponent;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A FHIR {@code Patient} as a {@link PatientDraft}: plain text, still unchecked, so that
 * {@code Patients.register/update} apply the one set of rules. Elements Frontdesk does not keep (work phones,
 * old addresses, name prefixes, periods) are left out; codes it cannot store become text that fails validation,
 * so an unknown code is refused, never dropped.
 */
@Component
class PatientReader {

    /** What came in: the demographics, the {@code active} flag, and the version the client last saw. */
    record Incoming(PatientDraft draft, @Nullable Boolean active, @Nullable String versionId) {}

    private final FhirProperties properties;

    PatientReader(FhirProperties properties) {
        this.properties = properties;
    }

    Incoming read(org.hl7.fhir.r4.model.Patient fhir) {
        var official = officialName(fhir.getName());
        var given = official == null ? List.<String>of() : official.getGiven().stream().map(PrimitiveType::getValue).toList();
        var preferred = fhir.getName().stream().filter(n -> n != official && n.getUse() == NameUse.USUAL)
                .findFirst().map(HumanName::getGivenAsSingleString).orElse(null);
        var address = fhir.getAddress().stream().filter(a -> a.getUse() != Address.AddressUse.OLD).findFirst().orElse(null);
        var lines = address == null ? List.<String>of() : address.getLine().stream().map(PrimitiveType::getValue).toList();
        var emergency = emergencyContact(fhir.getContact());
        var draft = new PatientDraft(
                official == null ? null : official.getFamily(),
                given.isEmpty() ? null : given.getFirst(),
                given.size() < 2 ? null : String.join(" ", given.subList(1, given.size())),
                official == null || !official.hasSuffix() ? null : official.getSuffixAsSingleString(),
                preferred,
                fhir.hasBirthDateElement() ? fhir.getBirthDateElement().getValueAsString() : null,
                fhir.hasGender() ? fhir.getGender().toCode().toUpperCase(Locale.ROOT) : null,
                genderIdentity(fhir),
                telecom(fhir.getTelecom(), ContactPointSystem.PHONE, ContactPointUse.MOBILE),
                telecom(fhir.getTelecom(), ContactPointSystem.PHONE, ContactPointUse.HOME),
                telecom(fhir.getTelecom(), ContactPointSystem.EMAIL, null),
                lines.isEmpty() ? null : lines.getFirst(),
                lines.size() < 2 ? null : String.join(", ", lines.subList(1, lines.size())),
                address == null ? null : address.getCity(),
                address == null ? null : address.getState(),
                address == null ? null : address.getPostalCode(),
                language(fhir),
                preferredContact(fhir),
                emergency == null ? null : contactName(emergency.getName()),
                emergency == null ? null : relationship(emergency),
                emergency == null ? null : telecom(emergency.getTelecom(), ContactPointSystem.PHONE, null));
        return new Incoming(draft, fhir.hasActive() ? fhir.getActive() : null,
                fhir.getMeta().hasVersionId() ? fhir.getMeta().getVersionId() : null);
    }

    /** The official name; failing that the first one not marked as a nickname, an old or a maiden name. */
    private static @Nullable HumanName officialName(List<HumanName> names) {
        return names.stream().filter(n -> n.getUse() == NameUse.OFFICIAL).findFirst()
                .or(() -> names.stream().filter(n -> n.getUse() == null || n.getUse() == NameUse.USUAL).findFirst())
                .orElse(null);
    }

    /** First current value of a kind; a phone without {@code use} counts as the home phone. */
    private static @Nullable String telecom(List<ContactPoint> telecom, ContactPointSystem system,
            @Nullable ContactPointUse use) {
        return telecom.stream()
                .filter(t -> t.getSystem() == system || use == ContactPointUse.MOBILE && t.getSystem() == ContactPointSystem.SMS)
                .filter(t -> t.getUse() != ContactPointUse.OLD && t.getUse() != ContactPointUse.WORK)
                .filter(t -> use == null || t.getUse() == use || use == ContactPointUse.HOME && t.getUse() == null)
                .map(ContactPoint::getValue).findFirst().orElse(null);
    }

    private static @Nullable String genderIdentity(org.hl7.fhir.r4.model.Patient fhir) {
        var concept = fhir.getExtensionsByUrl(US_CORE_GENDER_IDENTITY).stream()
                .map(Extension::getValue).filter(CodeableConcept.class::isInstance).map(CodeableConcept.class::cast)
                .findFirst()
                .or(() -> fhir.getExtensionsByUrl(INDIVIDUAL_GENDER_IDENTITY).stream()
                        .flatMap(e -> e.getExtensionsByUrl("value").stream()).map(Extension::getValue)
                        .filter(CodeableConcept.class::isInstance).map(CodeableConcept.class::cast).findFirst());
        if (concept.isEmpty()) {
            return fhir.hasExtension(US_CORE_GENDER_IDENTITY) || fhir.hasExtension(INDIVIDUAL_GENDER_IDENTITY)
                    ? "unrecognised" : null;
        }
        for (Coding coding : concept.get().getCoding()) {
            for (var entry : GENDER_IDENTITY_CODES.entrySet()) {
                if (entry.getValue().system().equals(coding.getSystem()) && entry.getValue().code().equals(coding.getCode())) {
                    return entry.getKey().name();
                }
            }
        }
        // Not one of the codes we keep: fails validation as "not one of the choices" instead of vanishing.
        return "unrecognised";
    }

    private static @Nullable String language(org.hl7.fhir.r4.model.Patient fhir) {
        var communication = fhir.getCommunication().stream().filter(c -> c.getPreferred()).findFirst()
                .or(() -> fhir.getCommunication().stream().findFirst());
        if (communication.isEmpty()) {
            return null;
        }
        var concept = communication.get().getLanguage();
        return concept.getCoding().stream().filter(c -> c.hasCode()).map(Coding::getCode).findFirst()
                .orElse(concept.getText());
    }

    private @Nullable String preferredContact(org.hl7.fhir.r4.model.Patient fhir) {
        var extension = fhir.getExtensionByUrl(properties.extensionBase() + PREFERRED_CONTACT_PATH);
        return extension == null || extension.getValue() == null ? null : extension.getValue().primitiveValue();
    }

    /** The contact marked as emergency contact (v2-0131 {@code C}); failing that, the first contact. */
    private static @Nullable ContactComponent emergencyContact(List<ContactComponent> contacts) {
        return contacts.stream()
                .filter(c -> c.getRelationship().stream().anyMatch(r -> r.hasCoding(CONTACT_ROLE, "C")))
                .findFirst().or(() -> contacts.stream().findFirst()).orElse(null);
    }

    private static @Nullable String contactName(HumanName name) {
        if (name.hasText()) {
            return name.getText();
        }
        var parts = new ArrayList<String>();
        name.getGiven().forEach(g -> parts.add(g.getValue()));
        if (name.hasFamily()) {
            parts.add(name.getFamily());
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** The relationship in words, other than the "emergency contact" role itself. */
    private static @Nullable String relationship(ContactComponent contact) {
        return contact.getRelationship().stream()
                .filter(r -> !(r.getCoding().size() == 1 && r.hasCoding(CONTACT_ROLE, "C")))
                .map(r -> r.hasText() ? r.getText()
                        : r.getCoding().stream().map(c -> c.hasDisplay() ? c.getDisplay() : c.getCode()).findFirst().orElse(null))
                .filter(t -> t != null && !t.isBlank())
                .findFirst().orElse(null);
    }

}
