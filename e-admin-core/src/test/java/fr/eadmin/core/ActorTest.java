package fr.eadmin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.eadmin.core.usager.UsagerId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorTest {
    @Test
    void referencesRoundTrip() {
        List<Actor> actors = List.of(
                Actor.usager(UsagerId.random()),
                Actor.agent("mairie-maurepas", "a-1042"),
                Actor.system("deadline-sweeper"),
                Actor.partner("caf-78", "agent_7"));
        for (Actor actor : actors) {
            assertThat(Actor.parse(actor.reference())).isEqualTo(actor);
        }
        assertThat(Actor.agent("mairie-maurepas", "a-1042").reference()).isEqualTo("agent:mairie-maurepas/a-1042");
    }

    @Test
    void refusesCodesThatCouldBreakAReference() {
        assertThatThrownBy(() -> Actor.agent("mairie/maurepas", "a1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Actor.system("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Actor.agent("mairie", "Jean Dupont")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesMalformedReferences() {
        assertThatThrownBy(() -> Actor.parse("nobody")).hasMessageContaining("<kind>:<id>");
        assertThatThrownBy(() -> Actor.parse("agent:mairie")).hasMessageContaining("organisation");
        assertThatThrownBy(() -> Actor.parse("robot:x")).hasMessageContaining("unknown actor kind");
    }

    @Test
    void assistedChannelsAreKeyedInByAnAgent() {
        assertThat(Channel.GUICHET.isAssisted()).isTrue();
        assertThat(Channel.INTERNET.isAssisted()).isFalse();
        assertThat(Channel.BORNE.isAssisted()).isFalse();
    }
}
