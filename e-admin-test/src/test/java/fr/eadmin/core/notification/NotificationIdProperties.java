package fr.eadmin.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.eadmin.test.arbitraries.NotificationArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A derived id depends on its namespace and key only, and differs when either does. */
class NotificationIdProperties {
    @Property
    void derivesTheSameVersion5IdFromTheSameEvent(@ForAll("names") String namespace, @ForAll("names") String key) {
        NotificationId id = NotificationId.derived(namespace, key);

        assertThat(NotificationId.derived(namespace, key)).isEqualTo(id);
        assertThat(id.value().version()).isEqualTo(5);
        assertThat(id.value().variant()).isEqualTo(2);
    }

    @Property
    void derivesDifferentIdsFromDifferentEvents(
            @ForAll("names") String namespace,
            @ForAll("names") String key,
            @ForAll("names") String otherNamespace,
            @ForAll("names") String otherKey) {
        Assume.that(!namespace.equals(otherNamespace) || !key.equals(otherKey));

        assertThat(NotificationId.derived(otherNamespace, otherKey))
                .isNotEqualTo(NotificationId.derived(namespace, key));
    }

    @Provide
    Arbitrary<String> names() {
        return NotificationArbitraries.texts(40).filter(text -> !text.isBlank());
    }
}
