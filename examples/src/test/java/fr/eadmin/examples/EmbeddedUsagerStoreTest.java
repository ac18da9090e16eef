package fr.eadmin.examples;

import fr.eadmin.core.jdbc.DriverManagerDataSource;
import fr.eadmin.core.jdbc.JdbcUsagerStore;
import fr.eadmin.core.jdbc.SchemaInitializer;
import fr.eadmin.core.spi.UsagerStore;
import fr.eadmin.test.contract.UsagerStoreContract;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * How a town checks a store it wires or writes: extend the contract of the test kit and give it the store.
 * Here the JDBC store on the embedded H2 default, as the scenarios use it.
 */
// @start region="contract"
class EmbeddedUsagerStoreTest extends UsagerStoreContract {
    private static final DataSource H2 = DriverManagerDataSource.of("jdbc:h2:mem:usagers;DB_CLOSE_DELAY=-1", "sa", "");

    static {
        SchemaInitializer.core().migrate(H2);
    }

    @Override
    protected UsagerStore newStore() {
        return JdbcUsagerStore.create(H2, Clock.system(Main.PARIS)); // or your own implementation
    }
}
// @end
