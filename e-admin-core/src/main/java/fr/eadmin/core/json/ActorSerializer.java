package fr.eadmin.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import fr.eadmin.core.Actor;
import java.io.IOException;
import java.io.Serial;

/** Writes an {@link Actor} as its {@link Actor#reference()}, which {@link Actor#parse(String)} reads back. */
final class ActorSerializer extends StdSerializer<Actor> {
    @Serial
    private static final long serialVersionUID = 1L;

    ActorSerializer() {
        super(Actor.class);
    }

    @Override
    public void serialize(Actor value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(value.reference());
    }
}
