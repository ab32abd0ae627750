package org.frontdesk.interop;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParserErrorHandler;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ScalarType;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue.ValueType;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Refuses a body with bad values, unknown elements or wrong JSON types instead of HAPI's lenient default, which
 * drops the value and logs it (a name or a birth date in the log). Refusals name the element, never the value.
 * Problems that do not lose data (a contained resource without id, a missing required child) pass.
 */
final class StrictParserErrors implements IParserErrorHandler {

    /** Finds our refusal in the message of HAPI's wrapping exception, when HAPI parsed the body itself. */
    static final Pattern REFUSAL = Pattern.compile(
            "(Element '[A-Za-z0-9_.\\[\\]-]{1,100}'|An element) (has|is|may) [^\"'\\n]{1,120}\\.");

    /** A refused body, with a message that is safe to return and log. */
    static final class Refusal extends DataFormatException {

        private final @Nullable String element;

        Refusal(String message, @Nullable String element) {
            super(message);
            this.element = element;
        }

        @Nullable String element() {
            return element;
        }
    }

    @Override
    public void invalidValue(@Nullable IParseLocation location, @Nullable String value, @Nullable String error) {
        throw refusal(location, null, "has a value that is not valid for its type or value set");
    }

    @Override
    public void unknownElement(@Nullable IParseLocation location, @Nullable String name) {
        throw refusal(location, name, "is not an element of this resource in FHIR R4");
    }

    @Override
    public void unknownAttribute(@Nullable IParseLocation location, @Nullable String name) {
        throw refusal(location, name, "is not an attribute FHIR R4 defines here");
    }

    @Override
    public void incorrectJsonType(@Nullable IParseLocation location, @Nullable String name, @Nullable ValueType expected,
            @Nullable ScalarType expectedScalar, @Nullable ValueType found, @Nullable ScalarType foundScalar) {
        throw refusal(location, name, "has the wrong JSON type (expected " + expected + ", found " + found + ")");
    }

    @Override
    public void unexpectedRepeatingElement(@Nullable IParseLocation location, @Nullable String name) {
        throw refusal(location, name, "may occur only once");
    }

    @Override
    public void extensionContainsValueAndNestedExtensions(@Nullable IParseLocation location) {
        throw refusal(location, null, "is an extension with both a value and nested extensions");
    }

    @Override
    public void containedResourceWithNoId(@Nullable IParseLocation location) {}

    @Override
    public void missingRequiredElement(@Nullable IParseLocation location, @Nullable String name) {}

    @Override
    public void unknownReference(@Nullable IParseLocation location, @Nullable String reference) {}

    @Override
    public void invalidInternalReference(@Nullable IParseLocation location, @Nullable String reference) {}

    private static Refusal refusal(@Nullable IParseLocation location, @Nullable String name, String problem) {
        var parent = location == null ? null : location.getParentElementName();
        var element = name == null ? parent : parent == null ? name : parent + "." + name;
        var subject = element == null ? "An element" : "Element '" + element + "'";
        return new Refusal(subject + " " + problem + ".", element);
    }
}
