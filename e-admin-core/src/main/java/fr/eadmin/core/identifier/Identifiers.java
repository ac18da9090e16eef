package fr.eadmin.core.identifier;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Parsing an identifier once, when a refused text is an ordinary outcome rather than an error: the form
 * validator checks an answer and keeps its canonical form in one pass.
 *
 * {@snippet :
 * Optional<Siret> siret = Identifiers.tryParse(answer, Siret::parse); // empty if Siret.isValid(answer) is false
 * }
 */
public final class Identifiers {
    private Identifiers() {}

    /**
     * Runs a parser of this package on a text, as its {@code isValid} does: a refusal costs no stack trace. Any
     * {@link InvalidIdentifierException} created while the parser runs, on this thread, has none; the parser should
     * let it through rather than wrap it.
     *
     * @param <T> what the parser gives
     * @param text the text
     * @param parse the parser, such as {@code Siret::parse}, or a function of its result ({@code s ->
     *     Siret.parse(s).value()})
     * @return what the parser gives, or empty if it throws {@link InvalidIdentifierException}
     */
    public static <T> Optional<T> tryParse(String text, Function<String, T> parse) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(parse, "parse");
        return Optional.ofNullable(Chars.parsed(text, parse));
    }
}
