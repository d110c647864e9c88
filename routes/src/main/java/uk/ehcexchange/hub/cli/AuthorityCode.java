package uk.ehcexchange.hub.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import uk.ehcexchange.security.trust.AuthorityNames;

/** Checks an authority code against the naming convention while parsing, so a typo is a usage error (exit 2). */
final class AuthorityCode {

    private AuthorityCode() {
    }

    static String checked(String code) {
        try {
            AuthorityNames.organizationIdentifierFor(code);
            return code;
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("'" + code + "' is not an authority code (3-digit LA code or ODS code)");
        }
    }

    static final class Converter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            return checked(value);
        }
    }
}
