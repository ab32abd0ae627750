package org.frontdesk.patients.fhir;

import static org.frontdesk.patients.fhir.PatientProfile.*;

import java.util.Date;
import java.util.Locale;
import org.frontdesk.interop.FhirProperties;
import org.frontdesk.patients.Patient;
import org.frontdesk.patients.PhoneNumber;
import org.hl7.fhir.r4.model.Address.AddressUse;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointUse;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.HumanName.NameUse;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier.IdentifierUse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** A stored patient as a FHIR {@code Patient}; the inverse of {@link PatientReader}. */
@Component
class PatientWriter {

    private final FhirProperties properties;

    PatientWriter(FhirProperties properties) {
        this.properties = properties;
    }

    org.hl7.fhir.r4.model.Patient write(Patient patient) {
        var d = patient.details();
        var version = Integer.toString(patient.version());
        var fhir = new org.hl7.fhir.r4.model.Patient();
        fhir.setIdElement(new IdType("Patient", patient.id().toString(), version));
        fhir.getMeta().setVersionId(version).setLastUpdated(Date.from(patient.updatedAt()));
        fhir.addIdentifier().setUse(IdentifierUse.USUAL)
                .setType(new CodeableConcept(new Coding(IDENTIFIER_TYPE, "MR", "Medical record number")))
                .setSystem(properties.mrnSystem()).setValue(patient.mrn().value());
        fhir.setActive(patient.active());
        var official = fhir.addName().setUse(NameUse.OFFICIAL).setFamily(d.name().family()).addGiven(d.name().given());
        if (d.name().middle() != null) {
            official.addGiven(d.name().middle());
        }
        if (d.name().suffix() != null) {
            official.addSuffix(d.name().suffix());
        }
        if (d.preferredName() != null) {
            fhir.addName().setUse(NameUse.USUAL).setFamily(d.name().family()).addGiven(d.preferredName());
        }
        phone(fhir, d.mobilePhone(), ContactPointUse.MOBILE);
        phone(fhir, d.homePhone(), ContactPointUse.HOME);
        if (d.email() != null) {
            fhir.addTelecom().setSystem(ContactPointSystem.EMAIL).setValue(d.email());
        }
        fhir.setGender(switch (d.sex()) {
            case FEMALE -> AdministrativeGender.FEMALE;
            case MALE -> AdministrativeGender.MALE;
            case UNKNOWN -> AdministrativeGender.UNKNOWN;
        });
        fhir.setBirthDateElement(new DateType(d.birthDate().toString()));
        if (d.genderIdentity() != null) {
            var code = GENDER_IDENTITY_CODES.get(d.genderIdentity());
            fhir.addExtension(US_CORE_GENDER_IDENTITY,
                    new CodeableConcept(new Coding(code.system(), code.code(), code.display())));
        }
        if (d.preferredContact() != null) {
            fhir.addExtension(properties.extensionBase() + PREFERRED_CONTACT_PATH,
                    new CodeType(d.preferredContact().name().toLowerCase(Locale.ROOT)));
        }
        var address = d.address();
        if (address != null) {
            var fhirAddress = fhir.addAddress().setUse(AddressUse.HOME).setCity(address.city())
                    .setState(address.state()).setPostalCode(address.postalCode());
            if (address.line1() != null) {
                fhirAddress.addLine(address.line1());
            }
            if (address.line2() != null) {
                fhirAddress.addLine(address.line2());
            }
        }
        if (d.preferredLanguage() != null) {
            fhir.addCommunication().setPreferred(true)
                    .setLanguage(new CodeableConcept(new Coding().setSystem(LANGUAGE).setCode(d.preferredLanguage())));
        }
        var emergency = d.emergencyContact();
        if (emergency != null) {
            var contact = fhir.addContact()
                    .addRelationship(new CodeableConcept(new Coding(CONTACT_ROLE, "C", "Emergency Contact")))
                    .setName(new HumanName().setText(emergency.name()));
            if (emergency.relationship() != null) {
                contact.addRelationship(new CodeableConcept().setText(emergency.relationship()));
            }
            if (emergency.phone() != null) {
                contact.addTelecom(new ContactPoint().setSystem(ContactPointSystem.PHONE)
                        .setValue(emergency.phone().formatted()));
            }
        }
        return fhir;
    }

    private static void phone(org.hl7.fhir.r4.model.Patient fhir, @Nullable PhoneNumber phone, ContactPointUse use) {
        if (phone != null) {
            fhir.addTelecom().setSystem(ContactPointSystem.PHONE).setUse(use).setValue(phone.formatted());
        }
    }
}
