package uk.ehcexchange.hub.cli;

import java.nio.file.Path;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A {@code CODE=FILE} option value: a file (trust anchor, CRL) that applies to one authority only. */
record AuthorityFile(String authority, Path file) {

    static final class Converter implements ITypeConverter<AuthorityFile> {
        @Override
        public AuthorityFile convert(String value) {
            int equals = value.indexOf('=');
            if (equals <= 0 || equals == value.length() - 1) {
                throw new TypeConversionException("expected CODE=FILE, e.g. 919=ca.pem");
            }
            return new AuthorityFile(AuthorityCode.checked(value.substring(0, equals)),
                    Path.of(value.substring(equals + 1)));
        }
    }
}
