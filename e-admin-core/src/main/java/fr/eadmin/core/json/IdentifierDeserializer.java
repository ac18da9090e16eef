package fr.eadmin.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import fr.eadmin.core.identifier.InvalidIdentifierException;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;

/**
 * Reads an identifier from its canonical string with its {@code parse} method. An invalid value fails with
 * an {@link InvalidFormatException} whose message says what is wrong and whose path names the field, but
 * which does not quote nor keep the value: identifiers such as the NIR or the IBAN are personal data.
 *
 * @param <T> the identifier type
 */
final class IdentifierDeserializer<T> extends StdScalarDeserializer<T> {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The {@code parse} method of an identifier type. */
    @FunctionalInterface
    interface Parser<T> extends Serializable {
        T parse(String text);
    }

    private final String typeName;
    private final Parser<T> parser;

    IdentifierDeserializer(Class<T> type, String typeName, Parser<T> parser) {
        super(type);
        this.typeName = typeName;
        this.parser = parser;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return (T) ctxt.handleUnexpectedToken(handledType(), p);
        }
        String text = p.getText();
        try {
            return parser.parse(text);
        } catch (InvalidIdentifierException e) {
            throw InvalidFormatException.from(
                    p, "Invalid " + typeName + " (" + e.getMessage() + ")", null, handledType());
        } catch (IllegalArgumentException e) {
            throw InvalidFormatException.from(p, "Invalid " + typeName + " (not a UUID)", null, handledType());
        }
    }
}
